"""`framing lexicon where WORD` names the word lists that decide a source's kind (round u35).

u34: "The victim's mother said" is anonymous because "mother" is in `kin_nouns`, yet `lexicon where mother`
said the word was "in no signal": an analyst could not find the list to edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon.loader import shipped_dir

runner = CliRunner()
LANGUAGE = shipped_dir() / "en" / "_language.toml"


def where(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["lexicon", "where", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _list(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(g for g in data["lists"] if g["key"] == key)


def test_where_names_the_language_list_file_line_and_what_it_does() -> None:
    data = where("mother")
    kin = _list(data, "kin_nouns")
    assert (Path(kin["file"]), kin["table"], kin["entries"]) == (LANGUAGE, "sourcing", ["mother"])
    assert '"mother"' in LANGUAGE.read_text(encoding="utf-8").splitlines()[kin["line"] - 1]
    assert kin["description"].startswith("A person's relatives")  # the comment written above the list
    assert "\n" not in kin["description"] and kin["description"].endswith(".")


def test_where_prints_the_list_in_the_table() -> None:
    result = runner.invoke(app, ["lexicon", "where", "Mother"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "in no signal" not in text
    assert "_language.toml" in text and '[sourcing] kin_nouns: "mother" — A person\'s relatives' in text


def test_a_key_under_the_comment_of_the_key_above_shares_it() -> None:
    """`question_subjects` has no comment of its own: the one above `question_auxiliaries` is about both."""
    assert (
        _list(where("they"), "question_subjects")["description"]
        == _list(where("is"), "question_auxiliaries")["description"]
    )


def test_where_names_a_sourcing_signal_file_list_holding_the_word() -> None:
    """A context rule of reporting_verbs.toml (a `cue` file) reads "reports" after "mother jones"."""
    data = where("mother")
    rule = _list(data, "before")
    assert Path(rule["file"]).name == "reporting_verbs.toml" and rule["table"] == "context"
    assert rule["entries"] == ["mother jones"] and rule["description"].startswith('"reports" also after a news outlet')


def test_where_finds_a_phrase_in_a_list_entry() -> None:
    assert _list(where("court records"), "case_papers")["entries"] == ["court records"]
    assert _list(where("that said"), "discourse_phrases")["entries"] == ["that said", "all that said", "with that said"]


def test_a_word_in_no_list_and_no_entry_says_so() -> None:
    data = where("zorblaxish")
    assert data["found"] == [] and data["lists"] == []
    result = runner.invoke(app, ["lexicon", "where", "zorblaxish"])
    assert '"zorblaxish" matches no signal entry and is in no word list' in result.output


def test_a_user_folder_layered_with_L_is_searched_too(tmp_path: Path) -> None:
    (tmp_path / "_language.toml").write_text(
        "schema = 1\n[sourcing]\n# Stepfamily, as kin_nouns. More words.\nkin_nouns = [\n"
        '  "stepmother",\n]\n[grammar]\n# not read here\nbe = ["stepmother"]\n',
        encoding="utf-8",
    )
    (tmp_path / "my_sources.toml").write_text(
        'schema = 1\n[signal]\nlabel = "Mine"\ndescription = """\nunnamed\n"""\nrole = "anonymous"\n'
        '[terms]\n# family voices\n"a stepmother of the victim" = 1.0\n[examples]\nmatch = ["a stepmother of the victim"]\n',
        encoding="utf-8",
    )
    data = where("stepmother", "-L", str(tmp_path))
    mine = [g for g in data["lists"] if Path(g["file"]).parent == tmp_path]
    # a user [grammar] table is not read, so not named; the shipped lists hold no "stepmother"
    assert [(Path(g["file"]).name, g["line"], g["table"], g["key"], g["entries"], g["description"]) for g in mine] == [
        ("_language.toml", 5, "sourcing", "kin_nouns", ["stepmother"], "Stepfamily, as kin_nouns."),
        ("my_sources.toml", 10, "terms", "", ["a stepmother of the victim"], "family voices"),
    ]
    assert mine == data["lists"]
    assert where("stepmother")["lists"] == []


def test_a_term_of_a_sourcing_file_holding_the_word_is_named() -> None:
    data = where("familiar")
    terms = [g for g in data["lists"] if g["table"] == "terms"]
    assert any(
        Path(g["file"]).name == "anonymous_sources.toml" and "familiar with the matter" in g["entries"] for g in terms
    )
    assert all(g["description"] for g in terms)
