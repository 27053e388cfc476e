"""The problem-code catalogue (`framing.errors.Code`) is the one lexicons/README.md documents."""

from __future__ import annotations

import re
from pathlib import Path

from framing.errors import MEANING, Code, Problem

ROOT = Path(__file__).resolve().parent.parent


def readme_table() -> dict[str, str]:
    text = (ROOT / "lexicons" / "README.md").read_text(encoding="utf-8")
    section = text.split("## Problems `framing lexicon check` reports", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| ([EW]\d{3}) \| (.+) \|$", section, flags=re.M))


def test_the_lexicon_readme_lists_every_code_with_its_meaning() -> None:
    assert readme_table() == {code.value: MEANING[code] for code in Code}


def test_no_code_is_written_outside_the_catalogue() -> None:
    """A code typed as a literal somewhere (a module not yet using `Code`) must still be one of the catalogue's."""
    known = {code.value for code in Code} | {"E000"}  # E000: a Problem made without a code
    for path in (ROOT / "framing").rglob("*.py"):
        for literal in re.findall(r"[\"']([EW]\d{3})[\"']", path.read_text(encoding="utf-8")):
            assert literal in known, f"{path.relative_to(ROOT)}: {literal} is not in framing.errors.Code"


def test_a_problem_prints_its_code_as_text() -> None:
    problem = Problem("en/hedging.toml", "weight must be a number", Code.WRONG_TYPE, 4, 9)
    assert str(problem) == "en/hedging.toml:4:9: E203 weight must be a number"
    assert problem.code == "E203"
