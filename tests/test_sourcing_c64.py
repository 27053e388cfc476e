"""`--sourcing hybrid` (round c64): every attribution of the rules, plus the trained labeller's cues that lie
outside all of them; a labeller cue inside a content the rules credit is left as part of what was said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import SOURCING_ENV, Analyzer

runner = CliRunner()
# "cast doubt on" is in no lexicon: the rules read only "said"; the labeller scores it as a cue
OUTSIDE = "Governor Alvarez cast doubt on the pipeline plan on Monday, and her staff said she would veto it."
# the same words inside what her staff said: the rules credit them to the staff
INSIDE = "Her staff said Governor Alvarez cast doubt on the pipeline plan on Monday."


@pytest.fixture(autouse=True)
def no_sourcing_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SOURCING_ENV, raising=False)


@pytest.fixture(scope="module")
def hybrid(analyzer: Analyzer) -> Analyzer:
    return Analyzer(analyzer.lexicons, sourcing="hybrid")


def _read(analyzer: Analyzer, sentence: str) -> list[tuple[str, str, str]]:
    result = analyzer.analyze(f"A headline\n\n{sentence}\n")
    return [(a["cue"], a["source"], a["content"]) for a in result.attributions]


def test_hybrid_reads_a_cue_the_rules_miss_with_its_source_and_content(hybrid: Analyzer, analyzer: Analyzer) -> None:
    assert _read(analyzer, OUTSIDE) == [("said", "her staff", "she would veto it.")]
    assert _read(hybrid, OUTSIDE) == [
        ("cast doubt on", "Governor Alvarez", "the pipeline plan on Monday"),
        ("said", "her staff", "she would veto it."),
    ]


def test_a_labeller_cue_inside_a_content_of_the_rules_is_no_attribution(hybrid: Analyzer, analyzer: Analyzer) -> None:
    """The trained method reads "cast doubt on" there too; the hybrid leaves it to the staff's content."""
    said = [("said", "Her staff", "Governor Alvarez cast doubt on the pipeline plan on Monday.")]
    assert _read(analyzer, INSIDE) == said
    assert _read(hybrid, INSIDE) == said
    trained = Analyzer(analyzer.lexicons, sourcing="trained")
    assert [cue for cue, _, _ in _read(trained, INSIDE)] == ["said", "cast doubt on"]


def test_the_command_line_takes_hybrid_and_says_which_method_made_the_output(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"A headline\n\n{OUTSIDE}\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--format", "json", "--sourcing", "hybrid"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["meta"]["sourcing"] == "hybrid"
    assert [a["cue"] for a in data["attributions"]] == ["cast doubt on", "said"]
