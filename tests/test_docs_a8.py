"""The README and lexicons/README.md as a new user reads them after this stop's rounds (round a8).

Held here, beside round a7's tables (tests/test_readme_figures_a7.py), the figures a7 left to prose:
- the finding the README quotes from the seed corpus's report is the one `framing compare seeds/articles` writes;
- the sourcing table's dev voice match count, the per-outlet gaps below it and the labeller's dev figures
  ("With the labeller on the dev fold it was trained on: …") are what `sourcing_eval` prints now; the test-fold
  columns are checked and marked as expected to fail, as a7 does (the lead measures them once per release);
- every lexicon key lexicons/README.md names in code type is one the schema accepts (it named `negation_window`,
  the code's field, where a user writes `window` in `[negation]`).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from doc_cases import SOURCING_ROWS, rounds_to, tool_json

from framing.lexicon import schema

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
LEXICONS_README = (ROOT / "lexicons" / "README.md").read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_compare_finding_the_readme_quotes_is_the_seed_reports(tmp_path: Path) -> None:
    """The README said 8.0% and 8.3× (95% CI 5.5–14.2); the seed report says 7.1% and 9.4× (5.9–18.2)."""
    quoted = re.search(r'"(Sentences citing named sources: [^"]+)" \(the seed corpus', _flat(README))
    assert quoted is not None
    subprocess.run(
        [sys.executable, "-m", "framing", "compare", "seeds/articles", "-o", str(tmp_path / "demo"), "--jobs", "1"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    assert quoted.group(1) in _flat((tmp_path / "demo" / "report.md").read_text(encoding="utf-8"))


def _accepted_names() -> set[str]:
    names = set(schema.GRAMMAR_KEYS) | set(schema._LANGUAGE_KEYS)
    for keys in (*schema._SECTION_KEYS.values(), *schema._LANGUAGE_SECTION_KEYS.values()):
        names |= set(keys)
    for keys in (schema._TOP_KEYS, schema._TERM_KEYS, schema._CONTEXT_KEYS, schema._PROXIMITY_KEYS):
        names |= set(keys)
    names |= {*schema.ACTIONS, *schema.CASES, *schema.SOURCES, *schema.SOURCING_ROLES, *schema.MODES}
    shipped = ROOT / "lexicons" / "en"
    names |= {path.stem for path in shipped.glob("*.toml") if not path.stem.startswith("_")}
    return names


def test_every_key_lexicons_readme_names_is_one_the_schema_accepts() -> None:
    named = {
        span.strip()
        for span in re.findall(r"`([^`\n]+)`", LEXICONS_README)
        if re.fullmatch(r"[a-z]+(?:_[a-z]+)+", span.strip())
    }
    assert "hearer_followers" in named and "ends_as_terms" in named
    assert sorted(named - _accepted_names()) == []
    language = tomllib.loads((ROOT / "lexicons" / "en" / "_language.toml").read_text(encoding="utf-8"))
    assert language["negation"]["window"] == 3
    assert "`window` words (the `[negation]` table's, 3)" in _flat(LEXICONS_README)


@pytest.fixture(scope="module")
def rules(shared_data: Path) -> dict:
    return tool_json(shared_data, "framing.quality.sourcing_eval")


@pytest.fixture(scope="module")
def trained(shared_data: Path) -> dict:
    return tool_json(shared_data, "framing.quality.sourcing_eval", "--sourcing", "trained")


def _sourcing_row(start: str) -> list[str]:
    line = next(line for line in README.splitlines() if line.startswith(f"| {start}"))
    return [cell.strip().strip("*") for cell in line.strip().strip("|").split("|")]


def test_the_dev_voice_cell_counts_the_matches_sourcing_eval_scores(rules: dict) -> None:
    """It said 9,597; the tool scores 9,641 dev matches."""
    cell = _sourcing_row("voice: inside an annotated `Content`")[1]
    count = re.search(r"\(([\d,]+) matches\)", cell)
    assert count is not None and int(count.group(1).replace(",", "")) == rules["dev"]["voice_matches"]


def test_the_outlet_gaps_below_the_table_are_sourcing_evals(rules: dict) -> None:
    """It said 0.104-0.111 for the four; USA Today's gap is 0.110 (0.6295 annotated, 0.5192 ours)."""
    outlets = rules["dev"]["outlets"]
    gap = {name: row["annotated"] - row["ours"] for name, row in outlets.items()}
    groups = {
        "Breitbart and the Western Journal": ["breitbart", "west-journal"],
        "the NYT, Politico, USA Today and the Washington Post": ["nyt", "politico", "usa-today", "wash-post"],
        "HuffPost": ["huff-post"],
    }
    prose = _flat(README.split("Per outlet (dev, rules), our share of attributed sentences is below", 1)[1])
    for words, names in groups.items():
        found = re.search(rf"(\d\.\d+)(?:-(\d\.\d+))? for {re.escape(words)}", prose)
        assert found is not None, words
        low, high = found.group(1), found.group(2) or found.group(1)
        gaps = [gap[name] for name in names]  # each from two figures of 4 decimals: 0.0001 of slack
        assert rounds_to(low, min(gaps), 0.0001) and rounds_to(high, max(gaps), 0.0001), (words, gaps)


LABELLER_DEV = {"cue": ("cue", "f1"), "source": ("source", "f1"), "boundaries": ("source_boundary", "f1")}
LABELLER_DEV |= {"voice": ("voice_accuracy",), "found": ("kind_found",), "kind macro F1": ("kind_f1", "macro")}
LABELLER_DEV |= {"articles": ("article_rho",)}


def test_the_labellers_dev_figures_are_sourcing_evals(trained: dict) -> None:
    """It said voice 0.912, found 0.767, kind macro F1 0.790; the labeller now gives 0.913, 0.768, 0.789."""
    sentence = _flat(README.split("With the labeller on the dev fold it was trained on:", 1)[1].split(";", 1)[0])
    written = dict(re.findall(r"([A-Za-z][A-Za-z ]*?[A-Za-z1]) (\d\.\d{3})", sentence))
    stale = []
    for words, path in LABELLER_DEV.items():
        value = trained["dev"]
        for part in path:
            value = value[part]
        if words not in written or not rounds_to(written[words], value):
            stale.append(f"{words}: {written.get(words)!r}, the tool gives {value}")
    assert stale == []


@pytest.mark.xfail(reason="test fold: the lead measures it once per release", strict=False)
@pytest.mark.parametrize("column", [2, 3], ids=["test, rules", "test, trained"])
def test_the_sourcing_tables_test_columns_are_sourcing_evals(column: int, rules: dict, trained: dict) -> None:
    figures = (rules if column == 2 else trained)["test"]
    stale = []
    for start, path in SOURCING_ROWS.items():
        value = figures
        for part in path:
            value = value[part]
        cell = _sourcing_row(start)[column].split(" ", 1)[0]
        if not rounds_to(cell, value):
            stale.append(f"{start}: {cell!r}, the tool gives {value}")
    assert stale == []
