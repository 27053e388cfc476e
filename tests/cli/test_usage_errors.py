"""Usage errors (an unknown option or command, a bad or missing value) are one line on stderr that
names the command and the option, with exit code 2: never Click's usage block and boxed panel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
PROGRAM = "import sys; from framing.cli import main; sys.argv[0] = 'framing'; main()"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Officials said it may rain.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["score", "{a}", "--format", "xml"],
            "error: framing score: Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'json', "
            "'csv'. (framing score --help)",
        ),
        (
            ["score", "{a}", "--jobs", "-3"],
            "error: framing score: Invalid value for '--jobs' / '-j': Input should be greater than or equal to 1 "
            "(framing score --help)",
        ),
        (
            ["narratives", "{a}", "-f", "xml"],
            "error: framing narratives: Invalid value for '--format' / '-f': 'xml' is not one of 'tsv', 'json', "
            "'csv'. (framing narratives --help)",
        ),
        (["score"], "error: framing score: Missing argument 'INPUT'. (framing score --help)"),
        (["lexicon", "bogus"], "error: framing lexicon: No such command 'bogus'. (framing lexicon --help)"),
        (
            ["compare", "{a}", "--no-such-option"],
            "error: framing compare: No such option: --no-such-option (framing compare --help)",
        ),
    ],
)
def test_a_usage_error_is_one_line_naming_the_option(article: Path, args: list[str], expected: str) -> None:
    result = runner.invoke(app, [a.format(a=article) for a in args])
    assert result.exit_code == 2
    assert result.output.splitlines() == [expected]


def test_an_unknown_language_is_one_line(article: Path) -> None:
    result = runner.invoke(app, ["score", str(article), "--lang", "zz"])
    assert result.exit_code == 2
    [line] = result.output.splitlines()
    assert line.startswith("error: ") and "no signal lexicons for language 'zz'" in line


def test_the_program_prints_one_line_and_exits_2(article: Path) -> None:
    """The console script, not the test runner: stderr holds the one line, stdout nothing."""
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, "score", str(article), "-j", "x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "error: framing score: Invalid value for '--jobs' / '-j': Input should be a valid integer, unable to "
        "parse string as an integer (framing score --help)"
    ]


def test_help_and_a_good_run_keep_their_exit_codes(article: Path) -> None:
    assert runner.invoke(app, ["score", "--help"]).exit_code == 0
    assert "Usage: framing score [OPTIONS] INPUT" in runner.invoke(app, ["score", "--help"]).output
    assert runner.invoke(app, ["score", str(article), "--format", "json"]).exit_code == 0
    assert runner.invoke(app, []).exit_code == 2  # no command: the help, as before


@pytest.mark.parametrize("value", ["abc", "99999999999999999", "-5"])
def test_a_malformed_source_date_epoch_is_one_line_before_scipy_is_imported(article: Path, value: str) -> None:
    """NumPy's f2py, imported by SciPy, read int($SOURCE_DATE_EPOCH) and stopped with a traceback."""
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, "score", str(article), "--narratives"],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"SOURCE_DATE_EPOCH": value},
    )
    assert done.returncode == 2 and done.stdout == ""
    assert (
        done.stderr
        == f"error: SOURCE_DATE_EPOCH={value!r}: not a time (whole seconds since 1970, UTC); fix or unset it\n"
    )


def test_a_valid_source_date_epoch_dates_the_report() -> None:
    from framing.outputs import source_date

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1709603340")
        assert source_date().isoformat() == "2024-03-05T01:49:00+00:00"
        mp.delenv("SOURCE_DATE_EPOCH")
        assert source_date() is None
