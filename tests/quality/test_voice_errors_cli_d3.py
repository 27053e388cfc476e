"""`python -m framing.quality.voice_errors` has a command line of its own (round d3): the listing that
`sourcing_eval --voice-errors` prints, with sourcing_eval's `--data` and `--sourcing`, the same skip when
PolNeAR is absent and the same one-line usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality import sourcing_eval, voice_errors

from polnear_folder import write_polnear

PROG = "python -m framing.quality.voice_errors"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two dev articles whose annotated content "it may pass" has a made-up cue we do not know, so that "may" is
    reported in PolNeAR and the writer's in ours: one voice error each, no attribution of ours."""
    text = "Lund zorped that it may pass. The vote is on Monday."
    cue, content = text.index("zorped"), text.index("it may pass")
    spans = [("Cue", cue, cue + len("zorped")), ("Content", content, content + len("it may pass"))]
    return write_polnear(tmp_path_factory.mktemp("voice"), [(stem, "wire", text, spans) for stem in ("art_0", "art_1")])


def test_the_module_lists_what_sourcing_eval_voice_errors_lists(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert voice_errors.main(["--data", str(data)]) == 0
    ours = capsys.readouterr().out
    assert sourcing_eval.main(["--data", str(data), "--voice-errors"]) == 0
    assert ours == capsys.readouterr().out
    lines = ours.splitlines()
    assert [line.split("\t")[:4] + line.split("\t")[-1:] for line in lines[:2]] == [
        ["no-attribution", "author", "hedging", "'may'", stem] for stem in ("art_0", "art_1")
    ]
    assert lines[2:] == ["    2  no-attribution", "2 dev-fold matches in the wrong voice"]


def test_the_trained_sourcing_is_taken(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert voice_errors.main(["--data", str(data), "--sourcing", "trained"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("dev-fold matches in the wrong voice")


@pytest.mark.parametrize("inside", [False, True])
def test_an_absent_polnear_is_skipped_naming_the_folder(
    tmp_path: Path, inside: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path if inside else tmp_path / "nowhere"
    assert voice_errors.main(["--data", str(folder)]) == 0
    missing = tmp_path / "polnear" if inside else folder
    assert capsys.readouterr() == ("", f"skipped: {missing} is absent\n")


def test_a_misspelled_sourcing_is_one_line_with_the_nearest(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        voice_errors.main(["--sourcing", "rule"])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {PROG}: argument --sourcing: invalid choice: 'rule'") and err.count("\n") == 1
    assert err.endswith(f"; did you mean 'rules'? ({PROG} --help)\n")


def test_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        voice_errors.main(["--help"])
    assert exit.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the usage line at the terminal's width
    assert out.startswith(f"usage: {PROG} [-h] [--data DATA] [--sourcing {{rules,trained,hybrid}}] [--boundaries]")
