"""`--data` given a file: every figure script says so in one line, exit 2, instead of skipping it as absent."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

SCRIPTS = (
    "framing.evaluation",
    "framing.quality.lexicon_eval",
    "framing.quality.model_eval",
    "framing.quality.signal_eval",
    "framing.quality.signal_judged",
    "framing.quality.sourcing_eval",
    "framing.quality.voice_errors",
    "framing.quality.attribution_train",
    "framing.narratives.evaluate",
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_file_for_the_data_folder_is_a_usage_error(
    script: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "data.csv"
    notes.write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        importlib.import_module(script).main(["--data", str(notes)])
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"error: python -m {script}: argument --data: {notes} is a file, not the folder of the data sets "
        f"(python -m {script} --help)\n"
    )


@pytest.mark.parametrize("script", ("framing.evaluation", "framing.quality.signal_eval"))
def test_an_absent_data_folder_is_still_skipped(
    script: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "shared"
    assert importlib.import_module(script).main(["--data", str(missing)]) == 0
    assert capsys.readouterr().err == f"skipped: {missing} is absent\n"
