"""`framing lexicon check` and `audit` as a user meets them (issue 15, point 3)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.quality.audit import audit
from framing.quality.lexicon_check import check
from framing.lexicon.loader import Layer, load_lexicons, shipped_dir

runner = CliRunner()
EXTEND = (
    'schema = 1\n[signal]\nlabel = "Hedging"\ndescription = "mine"\nmode = "extend"\n'
    '[terms]\n"zorblaxishly" = 1.0\n[examples]\nmatch = ["It went zorblaxishly."]\n'
)


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("how", [[], ["-L"], ["--lexicons"]])
def test_check_layers_a_folder_over_the_shipped_lexicons(tmp_path: Path, how: list[str]) -> None:
    """An extend file is checked as `score --lexicons` uses it: no false E213, and its example is run."""
    folder = _folder(tmp_path, "hedging.toml", EXTEND)
    result = runner.invoke(app, ["lexicon", "check", *how, str(folder)])
    assert result.exit_code == 0, result.output
    assert "E213" not in result.output
    assert re.search(r"\d+ signals, 0 errors", result.output), result.output
    broken = _folder(tmp_path, "hedging.toml", EXTEND.replace("zorblaxishly.", "plainly."))
    result = runner.invoke(app, ["lexicon", "check", *how, str(broken)])
    assert result.exit_code == 2
    assert f'{broken / "hedging.toml"}:9: E215 example does not match: "It went plainly."' in result.output


def test_check_still_reports_an_extend_of_a_signal_nobody_defines(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "no_such_signal.toml", EXTEND.replace('"Hedging"', '"Nothing"'))
    result = runner.invoke(app, ["lexicon", "check", str(folder)])
    assert result.exit_code == 2
    assert f'{folder / "no_such_signal.toml"}: E213 mode = "extend" but no earlier layer has a signal' in result.output


def test_check_of_the_shipped_folder_reads_it_once(tmp_path: Path) -> None:
    result = runner.invoke(app, ["lexicon", "check", str(shipped_dir())])
    assert result.exit_code == 0, result.output
    assert "W208" not in result.output  # read twice, every term would be "also a term of" itself


def _broken_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(shipped_dir() / "en", copy)
    hedging = copy / "hedging.toml"
    text = hedging.read_text(encoding="utf-8")
    hedging.write_text(text.replace('"may" = { weight = 1.0, case = "exact" }', '"may" = "heavy"', 1), encoding="utf-8")
    return copy


def test_one_error_causes_no_follow_on_errors(tmp_path: Path) -> None:
    """A hedging.toml that fails to load is one E203, not also an E210 for certainty's flip rule into it."""
    copy = _broken_copy(tmp_path)
    _, problems = check([Layer(copy, "test")])
    errors = [(Path(p.path).name, p.code) for p in problems if p.severity == "error"]
    assert errors == [("hedging.toml", "E203")], errors
    result = runner.invoke(app, ["lexicon", "check", str(copy)])
    assert result.exit_code == 2
    line = (copy / "hedging.toml").read_text(encoding="utf-8").split("\n").index('"may" = "heavy"') + 1
    assert f'{copy / "hedging.toml"}:{line}: E203 weight for "may" must be a number' in result.output
    assert "E210" not in result.output


def test_a_rule_naming_a_term_with_a_bad_weight_is_no_second_error(tmp_path: Path) -> None:
    """The term's own E203 says what is wrong; the rule naming it is not also an E210. A term not written
    at all still is."""
    folder = _folder(
        tmp_path,
        "mine.toml",
        'schema = 1\n[signal]\nlabel = "M"\ndescription = "d"\n[terms]\n"may" = "heavy"\n"might" = 1\n'
        '[[context]]\nterms = ["may", "might"]\nafter = ["want to"]\naction = "cancel"\n'
        '[[context]]\nterms = ["could"]\nafter = ["want to"]\naction = "cancel"\n',
    )
    _, problems = check([Layer(folder, "test")])
    assert [(p.code, p.line) for p in problems if p.severity == "error"] == [("E203", 6), ("E210", 12)]
    assert 'context rule names "could", which is not a term of this file' in str(problems[1])


def test_a_flip_to_a_signal_nobody_defines_is_still_an_error(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "mine.toml",
        'schema = 1\n[signal]\nlabel = "M"\ndescription = "d"\n[terms]\n"sure" = 1\n'
        '[[context]]\nbefore = ["not"]\naction = "flip"\nto = "nosuch"\n',
    )
    _, problems = check([Layer(folder, "test")])
    assert [(p.code, p.line) for p in problems if p.severity == "error"] == [("E210", 7)]
    assert 'context rule flips to unknown signal "nosuch"' in str(problems[0])


BIAS = [
    ("They rammed through a radical scheme.", "Biased"),
    ("The council approved the budget.", "Non-biased"),
    ("Critics slammed the disastrous plan.", "Biased"),
    ("The vote was held on Tuesday.", "Non-biased"),
]


def test_audit_names_the_file_the_label_values_it_saw_and_suggests_positive(tmp_path: Path) -> None:
    """The file was left out of the message until round u18."""
    data = tmp_path / "bias.csv"
    pd.DataFrame(BIAS, columns=["text", "label_bias"]).to_csv(data, index=False)
    args = ["lexicon", "audit", str(data), "--signal", "loaded_language", "--label-col", "label_bias"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.strip() == (
        f'error: {data}: the label column "label_bias" needs both positive and negative examples; it holds "Biased", '
        '"Non-biased": name the positive label with --positive VALUE (e.g. --positive "Biased")'
    ), result.output
    result = runner.invoke(app, [*args, "--positive", "Biased"])
    assert result.exit_code == 0, result.output
    assert "4 examples, 2 positive" in result.output


def test_audit_of_a_file_with_a_header_and_no_rows_says_so(tmp_path: Path) -> None:
    """Until round u19 it said the label column "holds no values", as if the rows were there but unlabelled."""
    data = tmp_path / "bias.csv"
    data.write_text("text,label_bias\n", encoding="utf-8")
    args = ["lexicon", "audit", str(data), "--signal", "loaded_language", "--label-col", "label_bias"]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.output) == (2, f"error: {data}: no rows under the header; nothing to audit\n")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"text": "It may rain.", "y": 1}\n[1, 2]\n', "2: the line is a list, not a JSON object"),
        (b'{"text": "It may rain.", "y": 1}\n{"text": \n', "2: invalid JSON at column 10: Expecting value"),
        (
            b'{"text": "It may rain.", "y": 1}\n\n{"y": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
            "3: invalid JSON: nested too deeply",
        ),
        (
            b'{"text": "It may rain.", "y": 1}\n{"text": "It r\xe4ined.", "y": 0}\n',
            "2: not valid UTF-8; save the file as UTF-8",
        ),
    ],
    ids=["list", "broken", "nested", "latin1"],
)
def test_audit_of_a_broken_jsonl_file_is_one_line_naming_the_line(tmp_path: Path, content: bytes, reason: str) -> None:
    """A JSON list escaped as a pandas TypeError traceback; then pandas' words named a position in the file,
    never the line."""
    data = tmp_path / "labelled.jsonl"
    data.write_bytes(content)
    result = runner.invoke(app, ["lexicon", "audit", str(data), "--signal", "hedging", "--label-col", "y"])
    assert (result.exit_code, result.output) == (2, f"error: {data}:{reason}\n")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"text,y\nIt may rain.,1\nIt r\xe4ined.,0\n", ":3: not valid UTF-8; save the file as UTF-8"),
        (
            b'text,y\nIt may rain.,1\n"It\x00 rained.",0\n',
            ": row 2: the text (--text-col 'text') holds NUL bytes: binary data, not text",
        ),
    ],
    ids=["latin1", "nul"],
)
def test_audit_of_a_csv_with_bad_bytes_is_one_line_naming_the_line(tmp_path: Path, content: bytes, reason: str) -> None:
    """A NUL in a text ended audit in an IndexError traceback; bytes not UTF-8 named no line."""
    data = tmp_path / "labelled.csv"
    data.write_bytes(content)
    result = runner.invoke(app, ["lexicon", "audit", str(data), "--signal", "hedging", "--label-col", "y"])
    assert (result.exit_code, result.output) == (2, f"error: {data}{reason}\n")


def test_audit_reads_labels_as_written_when_a_label_is_missing(tmp_path: Path) -> None:
    """One reader for labelled tables (train, evaluate, audit): a gap in the label column made audit's
    labels floats, "1.0" was no positive label, and audit stopped for want of positives."""
    data = tmp_path / "hedged.csv"
    data.write_text("text,y\nIt may rain.,1\nIt rains.,0\nIt might snow.,\nIt snows.,0\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "audit", str(data), "--signal", "hedging", "--label-col", "y"])
    assert result.exit_code == 0, result.output
    # the row without a label is left out, not counted as a negative (round r2)
    assert "3 examples, 1 positive" in " ".join(result.output.split())
    assert "note: 1 row without a text or a label left out" in result.output


@pytest.mark.parametrize("command", [["lexicon", "audit", "--signal", "hedging"], ["train", "-o", "m.skops"]])
def test_labelled_readers_name_a_missing_column_and_the_option(tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "d.csv"
    data.write_text("sentence,tag\nA text.,x\n", encoding="utf-8")
    args = [*command[:-2], str(data), *command[-2:]] if command[0] == "train" else [*command, str(data)]
    result = runner.invoke(app, [*args, "--label-col", "tag"])
    assert result.exit_code == 2
    assert result.output == f"error: {data}: no column 'text' (--text-col); columns: sentence, tag\n"


def test_audit_candidates_never_start_or_end_with_a_stop_word() -> None:
    lexicons = load_lexicons()
    stop = lexicons.language_spec.stop_words
    assert {"he", "is", "our", "us"} <= stop
    rows = [(f"He is with us and our zorblax grew {i}.", 1) for i in range(4)] + [("The sun rose.", 0)] * 4
    result = audit(pd.DataFrame(rows, columns=["text", "y"]), "hedging", "y", lexicons, min_count=3)
    terms = result.candidates["term"].tolist()
    assert "zorblax" in terms and "zorblax grew" in terms, terms
    assert all(t.split()[0] not in stop and t.split()[-1] not in stop for t in terms), terms


def test_stop_words_are_a_checked_list_a_user_can_extend(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "_language.toml", 'schema = 1\n[matching]\nstop_words = ["Zorblax"]\n')
    assert "zorblax" in load_lexicons([folder]).language_spec.stop_words
    assert "he" in load_lexicons([folder]).language_spec.stop_words
    _folder(tmp_path, "_language.toml", 'schema = 1\n[matching]\nstop_words = "he"\n')
    result = runner.invoke(app, ["lexicon", "check", str(folder)])
    assert result.exit_code == 2
    assert f"{folder / '_language.toml'}:3: E203 [matching] stop_words must be a list of strings" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["test", "They catastrophically weaponized the so-called crisis, critics claimed."],
        ["show", "loaded_language"],
        ["list"],
    ],
    ids=lambda args: args[0],
)
def test_lexicon_tables_fold_long_cells_instead_of_cutting_them(args: list[str]) -> None:
    """At 80 columns (not a terminal) `lexicon test` read "catastrophi…" and "loaded_langu…", `show` and `list` cut
    terms and paths: a wildcard or a word hidden (u26)."""
    result = runner.invoke(app, ["lexicon", *args])
    assert result.exit_code == 0, result.output
    assert "…" not in result.output
