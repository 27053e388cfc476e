"""`framing lexicon show|test|where`: what an analyst sees when asking what fires and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
RULES = Path(__file__).parents[1] / "data" / "rules"


def run_json(*args: str) -> dict:
    result = runner.invoke(app, ["lexicon", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_show_lists_terms_with_file_and_line() -> None:
    data = run_json("show", "narrative_test", "--lexicons", str(RULES))
    terms = {t["term"]: t for t in data["terms"]}
    assert terms["catastrophic consequences"]["weight"] == 3.0
    assert terms["catastrophic consequences"]["from"].endswith("narrative_test.toml:14")
    assert terms["NATO"]["case"] == "exact"
    assert data["exceptions"] == ["in May", "May Day"]
    assert [r["id"] for r in data["proximity"]] == ["west-wages-war", "nato-provoked"]


def test_test_shows_matches_and_what_a_context_rule_cancelled() -> None:
    data = run_json(
        "test",
        "There is no evidence that it was confirmed, and escalation may follow.",
        "--lexicons",
        str(RULES),
        "--signal",
        "narrative_test",
    )
    fired = [(m["matched"], m["entry"], m["cancelled"]) for m in data["matches"]]
    assert ("escalation", "escalat*", "") in fired and ("may", "may", "") in fired
    assert ("confirmed", "confirmed", "context rule (line 20) cancels it") in fired


def test_test_shows_what_an_exception_cancelled_with_its_line() -> None:
    """An exception's work was invisible: "in May" left "nothing fires", a context rule's cancel was listed (u32)."""
    data = run_json("test", "They meet in May.", "--lexicons", str(RULES), "--signal", "narrative_test")
    fired = [(m["matched"], m["entry"], m["cancelled"]) for m in data["matches"]]
    assert fired == [("May", "may", 'exception "in May" (line 18) covers it')]


def test_where_names_signal_file_and_line() -> None:
    data = run_json("where", "existential threat")
    found = {(f["signal"], f["entry"]) for f in data["found"]}
    assert ("escalation", "existential threat") in found
    assert all(f["file"].endswith(".toml") and f["line"] for f in data["found"] if f["signal"] == "escalation")


def test_where_names_the_line_of_an_entry_a_rule_or_an_exception_cancels() -> None:
    """A cancelled entry was printed "narrative_test.toml:: narrative_test": its file without its line (u32)."""
    result = runner.invoke(app, ["lexicon", "where", "in May", "--lexicons", str(RULES)])
    assert result.exit_code == 0, result.output
    assert f'{RULES / "narrative_test.toml"}:9: narrative_test: "may" exception "in May" (line 18) covers it' in (
        result.output.replace("\n", "")
    )


def test_show_an_unknown_signal_is_a_clear_error() -> None:
    result = runner.invoke(app, ["lexicon", "show", "nope"])
    assert result.exit_code == 2
    assert result.output.startswith('error: no signal "nope" (known: ')


@pytest.mark.parametrize(
    "args",
    [
        ["test", "It may rain.", "--signal", "hedgin"],
        ["sample", "seeds/articles", "--signal", "hedgin", "-o", "judge.csv"],
        ["audit", "seeds/labelled/hedging_sentences.csv", "--signal", "hedgin", "--label-col", "hedged"],
    ],
    ids=["test", "sample", "audit"],
)
def test_a_misspelled_signal_is_refused_in_the_words_of_show(args: list[str], tmp_path: Path) -> None:
    """u37: `lexicon test --signal hedgin` printed "nothing fires" (exit 0), as if the sentence held no hedge;
    `sample` worded the refusal otherwise than `show` and `audit`."""
    root = Path(__file__).parents[2]
    args = [str(root / a) if a.startswith("seeds/") else str(tmp_path / a) if a.endswith(".csv") else a for a in args]
    result = runner.invoke(app, ["lexicon", *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(
        "error: no signal \"hedgin\"; did you mean 'hedging'? (known: anonymous_sources, certainty"  # u39
    ), result.output


def test_show_names_the_files_of_a_signal_on_one_line() -> None:
    result = runner.invoke(app, ["lexicon", "show", "narrative_test", "--lexicons", str(RULES)])
    assert result.exit_code == 0, result.output
    assert f"from {RULES / 'narrative_test.toml'}" in result.output.splitlines()


def test_where_names_the_grammar_line_of_a_word_the_source_readers_use() -> None:
    """u29: "told" steers the sourcing ("We are told that ..." is no source named "We") from the
    [grammar] table, but `where` named only its signal entry, so a user never found the line to edit."""
    data = run_json("where", "Told")
    places = {(Path(g["file"]).name, g["class"]) for g in data["grammar"]}
    assert ("_language.toml", "hearer_passives") in places
    lines = Path(data["grammar"][0]["file"]).read_text(encoding="utf-8").splitlines()
    assert all('"told"' in lines[g["line"] - 1] for g in data["grammar"])
    table = runner.invoke(app, ["lexicon", "where", "told"])
    assert '[grammar] hearer_passives: "told"' in table.output
    assert run_json("where", "existential threat")["grammar"] == []


def test_list_points_to_the_grammar_table() -> None:
    """u29: `lexicon list` showed the signals only; the grammar words that steer the sourcing were nowhere."""
    data = run_json("list")
    assert Path(data["grammar"]["file"]).name == "_language.toml" and data["grammar"]["classes"] > 50
    table = runner.invoke(app, ["lexicon", "list"])
    assert "word classes in the [grammar] table of" in " ".join(table.output.split())
