"""Broken lexicon files: each gives its `file:line: CODE message`, exit code 2 and no traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import LexiconError
from framing.quality.lexicon_check import check
from framing.lexicon import loader
from framing.lexicon.loader import Layer, load_lexicons

BROKEN = Path(__file__).parents[1] / "data" / "broken"
runner = CliRunner()

# file -> (line, code, words the message must contain)
EXPECTED = {
    "syntax_error.toml": (4, "E101", "TOML syntax error"),
    "duplicate_key.toml": (7, "E101", "allegedly"),
    "unknown_key.toml": (4, "E201", 'unknown key "descripton" in [signal] (hint: did you mean "description"?)'),
    "weight_not_number.toml": (8, "E203", 'weight for "allegedly" must be a number'),
    "empty_signal.toml": (5, "E204", "no terms"),
    "bad_wildcard.toml": (7, "E205", 'malformed wildcard in term "esc*late"'),
    "lone_star_edge.toml": (7, "E205", 'starts or ends with a lone "*"'),
    "never_matches.toml": (7, "E206", "can never match"),
    "listed_twice.toml": (8, "E207", '"experts say" is listed twice'),
    "missing_label.toml": (2, "E202", "needs a non-empty label"),
    "bad_schema.toml": (1, "E211", "schema must be 1"),
    "bad_case.toml": (6, "E212", "case must be one of"),
    "bad_role.toml": (5, "E212", "role must be one of cue, loaded_cue, anonymous, vague, state_media"),
    "bad_mode.toml": (5, "E212", '[signal] mode must be one of replace, extend (found "merge")'),
    "bad_context_action.toml": (8, "E210", "context action must be one of"),
    "bad_proximity.toml": (8, "E210", 'proximity rule "half" needs terms in both'),
    "remove_without_extend.toml": (7, "E213", "[remove] only works"),
    "bad_example.toml": (8, "E215", 'example does not match: "Nothing here fires."'),
    "not_utf8.toml": (None, "E102", "not UTF-8"),
}


def single(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "lex"
    folder.mkdir()
    shutil.copy(BROKEN / name, folder / name)
    return folder


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.toml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_reports_file_line_code_and_exits_2(tmp_path: Path, name: str) -> None:
    folder = single(tmp_path, name)
    line, code, words = EXPECTED[name]
    result = runner.invoke(app, ["lexicon", "check", str(folder)])
    assert result.exit_code == 2, result.output
    location = f"{folder / name}:{line}" if line else f"{folder / name}"
    assert f"{location}" in result.output and code in result.output, result.output
    assert words in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - {"bad_example.toml"}))
def test_scoring_with_a_broken_lexicon_stops_with_the_same_message(tmp_path: Path, name: str) -> None:
    folder = single(tmp_path, name)
    line, code, _ = EXPECTED[name]
    article = tmp_path / "a.txt"
    article.write_text("Officials may have met.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--lexicons", str(folder)])
    assert result.exit_code == 2
    checked = runner.invoke(app, ["lexicon", "check", str(folder)]).output.splitlines()
    assert result.output.splitlines() == [line for line in checked if line.startswith("error: ")]
    location = f"{folder / name}:{line}" if line else f"{folder / name}"
    assert result.output.startswith(f"error: {location}") and f" {code} " in result.output


def test_all_problems_of_a_file_are_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "many.toml").write_text(
        'schema = 1\n[signal]\nlabel = "x"\ndescription = "y"\ncolour = 1\n[terms]\n"a*b" = 1\n"c" = "heavy"\n"d" = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as err:
        load_lexicons(layers=[Layer(tmp_path, "test")])
    assert [(p.code, p.line) for p in err.value.problems] == [("E201", 5), ("E205", 7), ("E203", 8)]


def test_an_unknown_key_inside_a_rule_or_a_term_table_is_named_on_its_own_line(check_lexicon_file) -> None:
    """They were all put on line 1 (round u18): only keys of plain [section] tables were found."""
    where, output = check_lexicon_file(
        "keys.toml",
        'schema = 1\n[signal]\nlabel = "Keys"\ndescription = "d"\n\n'
        '[terms]\n"zorbax" = { weight = 1.0, wieght = 2 }\n"quux" = 1.0\n\n'
        '[terms."blip"]\nweight = 1.0\ncse = "exact"\n\n'
        '[[context]]\nbefore = ["not"]\n\n'
        '[[context]]\nbefore = ["never"]\nwindw = 4\n\n'
        '[[proximity]]\nid = "p1"\na = ["zorbax"]\nb = ["quux"]\nwieght = 2\n\n'
        '[[vicinity]]\na = ["zorbax"]\n',
    )
    assert [line for line in output.splitlines() if line.startswith("error:")] == [
        f'error: {where}:7: E201 unknown key "wieght" in [terms."zorbax"] (hint: did you mean "weight"?)',
        f'error: {where}:12: E201 unknown key "cse" in [terms."blip"] (hint: did you mean "case"?)',
        f'error: {where}:19: E201 unknown key "windw" in [[context]] (hint: did you mean "window"?)',
        f'error: {where}:25: E201 unknown key "wieght" in [[proximity]] (hint: did you mean "weight"?)',
        f'error: {where}:27: E201 unknown key "vicinity" in the top level (hint: known keys: context, examples, '
        "exceptions, match, proximity, remove, schema, signal, terms)",
    ]


def test_a_key_written_outside_its_table_is_sent_to_its_table(check_lexicon_file) -> None:
    """`mode = "extend"` above [signal], as a user extending a shipped signal writes it, was told 'did you mean
    "remove"?' (u32)."""
    where, output = check_lexicon_file(
        "hedging.toml",
        'schema = 1\nmode = "extend"\n[signal]\nlabel = "H"\ndescription = "d"\ncase = "exact"\n[terms]\n"zorbax" = 1\n',
    )
    assert [line for line in output.splitlines() if line.startswith("error:")] == [
        f'error: {where}:2: E201 unknown key "mode" in the top level (hint: "mode" belongs under [signal])',
        f'error: {where}:6: E201 unknown key "case" in [signal] (hint: "case" belongs under [match])',
    ]


def test_warnings_for_shared_and_shadowed_terms(tmp_path: Path) -> None:
    (tmp_path / "one.toml").write_text(
        'schema = 1\n[signal]\nlabel = "One"\ndescription = "d"\n[terms]\n"escalat*" = 1\n"escalating" = 2\n'
        '[examples]\nmatch = ["escalating"]\nno_match = ["calm"]\n',
        encoding="utf-8",
    )
    (tmp_path / "two.toml").write_text(
        'schema = 1\n[signal]\nlabel = "Two"\ndescription = "d"\n[terms]\n"escalating" = 1\n'
        '[examples]\nmatch = ["escalating"]\nno_match = ["calm"]\n',
        encoding="utf-8",
    )
    _, problems = check([Layer(tmp_path, "test")])
    found = {(p.code, Path(p.path).name, p.line) for p in problems}
    assert ("W209", "one.toml", 7) in found  # "escalating" is already covered by "escalat*"
    assert ("W208", "two.toml", 6) in found  # and it is a term of signal "one" too
    assert all(p.severity == "warning" for p in problems)


def test_shipped_lexicons_are_clean_and_every_signal_has_examples() -> None:
    """The meta-test: shipped files have no errors, and each carries match and no_match examples."""
    lexicons, problems = check([Layer(load_lexicons().layers[0].path, "shipped")])
    assert [str(p) for p in problems if p.severity == "error"] == []
    for sid, spec in lexicons.signals.items():
        assert spec.examples_match and spec.examples_no_match, sid


@pytest.mark.parametrize("weight", ["nan", "inf", "-inf", "1e999"])
def test_weights_that_are_not_finite_are_refused(check_lexicon_file, weight: str) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A weight that is not finite."\n\n'
        f'[terms]\n"reportedly" = 1.0\n"allegedly" = {weight}\n\n'
        f'[[proximity]]\nid = "near"\na = ["war"]\nb = ["peace"]\nweight = {weight}\n',
    )
    assert f'{odd}:8: E203 weight for "allegedly" must be a finite number' in output
    assert f'{odd}:10: E203 weight of proximity rule "near" must be a finite number' in output


def test_messages_print_user_text_as_written(tmp_path: Path) -> None:
    """Rich would turn ":x:" into an emoji and "[bold]" into a style."""
    folder = tmp_path / "lex :x: [bold]b[/bold]"
    result = runner.invoke(app, ["lexicon", "check", str(folder)])
    assert result.exit_code == 2
    assert f"{folder}: E100 lexicon folder not found" in result.output, result.output
    assert result.stdout.endswith("signals, 1 error, 0 warnings\n")  # counts agree with their nouns


def _valid_signal() -> str:
    return 'schema = 1\n[signal]\nlabel = "Fine"\ndescription = "A valid signal."\n[terms]\n"reportedly" = 1.0\n'


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: (p / "d.txt").mkdir(), "d.txt: E102 not a regular file (a folder)"),
        (lambda p: (p / "x.toml").mkdir(), "x.toml: E102 not a regular file (a folder)"),
        (
            lambda p: (p / "gone.toml").symlink_to(p / "missing.toml"),
            "gone.toml: E102 cannot read: a link to a missing file",
        ),
        (
            lambda p: (p / "gone.txt").symlink_to(p / "missing.txt"),
            "gone.txt: E102 cannot read: a link to a missing file",
        ),
        (lambda p: os.mkfifo(p / "pipe.toml"), "pipe.toml: E102 not a regular file (a FIFO)"),
        (lambda p: os.mkfifo(p / "pipe.dic"), "pipe.dic: E102 not a regular file (a FIFO)"),
    ],
)
def test_files_that_cannot_be_read_are_located_errors(tmp_path: Path, make, words: str) -> None:
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "fine.toml").write_text(_valid_signal(), encoding="utf-8")
    make(folder)
    for command in (["lexicon", "check", str(folder)], ["score", "-", "--lexicons", str(folder)]):
        result = runner.invoke(app, command, input="A text.")
        assert result.exit_code == 2, result.output
        assert f"{folder}/{words}" in result.output, result.output


def test_a_lexicon_file_over_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch) -> None:
    """A 29 MB file of 2 million terms took 2 minutes and 1.7 GB of memory to load."""
    monkeypatch.setattr(loader, "MAX_LEXICON_BYTES", 1_000)
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "big.toml").write_text(_valid_signal() + "".join(f'"w{i}" = 1\n' for i in range(200)), encoding="utf-8")
    (folder / "big.txt").write_bytes(b"word\n" * 300)
    for command in (["lexicon", "check", str(folder)], ["score", "-", "--lexicons", str(folder)]):
        result = runner.invoke(app, command, input="A text.")
        assert result.exit_code == 2, result.output
        for name in ("big.toml", "big.txt"):
            assert (
                f"error: {folder / name}: E102 over 0.001 MB, more than a lexicon file may hold (hint: split it, or keep "
                "only the terms you judged)"
            ) in result.output, result.output


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_located_error(tmp_path: Path) -> None:
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "locked.toml").write_text(_valid_signal(), encoding="utf-8")
    (folder / "locked.toml").chmod(0)
    result = runner.invoke(app, ["lexicon", "check", str(folder)])
    assert result.exit_code == 2
    assert f"{folder / 'locked.toml'}: E102 cannot read: Permission denied" in result.output


@pytest.mark.parametrize(
    "tail, where, words",
    [
        ('"allegedly" = ' + "7" * 5000 + "\n", ":7:15: E101", "more digits than Python reads"),
        ("[examples]\nmatch = " + "[" * 2000 + "]" * 2000 + "\n", ":8:109: E101", "nested too deeply"),
    ],
)
def test_toml_python_cannot_read_is_a_located_syntax_error(
    check_lexicon_file, tail: str, where: str, words: str
) -> None:
    huge, output = check_lexicon_file("huge.toml", _valid_signal() + tail)
    assert f"{huge}{where}" in output and words in output, output


def test_terms_written_with_escapes_or_as_sub_tables_are_located(check_lexicon_file) -> None:
    """Lines come from one index of the file (escapes decoded, `[terms."x"]` as key "x"), not a scan per term."""
    esc, output = check_lexicon_file(
        "esc.toml",
        _valid_signal() + '"t\\u0065rm1" = 1.0\n"t\\u0065rm2" = "high"\n'
        '[terms."sub one"]\nweight = 1.0\n[terms."sub\\u0020two"]\nweight = "low"\n',
    )
    assert f'{esc}:8: E203 weight for "term2" must be a number' in output, output
    assert f'{esc}:11: E203 weight for "sub two" must be a number' in output, output


@pytest.mark.parametrize("window", ["0", "2.5", "true", '"3"'])
def test_a_negation_window_that_is_not_a_whole_number_of_one_or_more_is_located(
    check_lexicon_file, window: str
) -> None:
    language, output = check_lexicon_file("_language.toml", f"schema = 1\n[negation]\nwindow = {window}\n")
    found = window.replace("true", "True").replace('"', "'")
    assert f"{language}:3: E210 [negation] window must be a whole number, at least 1 (found {found})" in output


def test_ends_as_terms_must_be_true_or_false(check_lexicon_file) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A flag that is not one."\n\n'
        '[terms]\n"reportedly" = 1.0\n\n'
        '[[proximity]]\nid = "near"\na = ["war"]\nb = ["peace"]\nends_as_terms = "yes"\n',
    )
    assert f'{odd}:9: E203 ends_as_terms of proximity rule "near" must be true or false' in output
