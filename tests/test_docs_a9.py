"""The README and lexicons/README.md as a new user reads them after stop 64's rounds (round a9).

Held here, beside rounds a7's and a8's tests, what a9 found stale or missing and no test held:
- the grammar of a signal file in lexicons/README.md writes every key a term's table may hold (it left out
  `alone`, which the schema accepts and the narrative cue files use);
- the PolNeAR dev voice figure the README sets beside the judged voice draws is the sourcing table's dev voice
  cell, which `sourcing_eval` prints (it said 0.905 in both places; this stop's rounds moved the tool to 0.906).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from doc_cases import rounds_to, tool_json

from framing.lexicon import schema

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
LEXICONS_README = (ROOT / "lexicons" / "README.md").read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_lexicon_grammar_writes_every_key_a_terms_table_accepts() -> None:
    grammar = LEXICONS_README.split("### Grammar\n```", 1)[1].split("```", 1)[0]
    weight = next(line for line in grammar.splitlines() if line.startswith("weight "))
    written = set(re.findall(r"([a-z_]+) = ", weight))
    assert written == set(schema._TERM_KEYS)
    assert "`alone` (default true) is read in narrative cue files only" in _flat(LEXICONS_README)


@pytest.fixture(scope="module")
def rules(shared_data: Path) -> dict:
    return tool_json(shared_data, "framing.quality.sourcing_eval")


def test_the_dev_voice_beside_the_judged_draws_is_the_sourcing_tables(rules: dict) -> None:
    """The judged voice paragraph compared its draws with "PolNeAR dev's 0.905"; the tool gives 0.906."""
    beside = re.search(r"against PolNeAR dev's (\d\.\d{3})", _flat(README))
    cell = next(line for line in README.splitlines() if line.startswith("| voice: inside an annotated `Content`"))
    in_table = re.search(r"\| \*\*(\d\.\d{3})\*\* \(", cell)
    assert beside is not None and in_table is not None
    assert beside.group(1) == in_table.group(1)
    assert rounds_to(beside.group(1), rules["dev"]["voice_accuracy"])


def test_the_where_examples_of_lexicons_readme_are_what_lexicon_where_prints() -> None:
    """It gave "mother jones" at reporting_verbs.toml:1611; the entry has moved (2510 at a9's base): LINE now."""
    printed = subprocess.run(
        [sys.executable, "-m", "framing", "lexicon", "where", "mother"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    examples = re.findall(r"`…/en/([a-z_]+\.toml):(\w+): (\[[a-z]+\] [a-z_]+): \"mother", _flat(LEXICONS_README))
    assert len(examples) == 2
    for name, line, table_key in examples:
        found = re.search(rf"/en/{re.escape(name)}:(\d+): {re.escape(table_key)}: \"mother", printed)
        assert found is not None, (name, table_key)
        assert line in ("LINE", found.group(1)), (
            f"{name}: the README says line {line}, the command prints {found.group(1)}"
        )
