"""Every `python -m framing....` script takes --help and refuses an unknown argument in one line
(exit code 2), never a traceback: `narratives.evaluate --HELP` read "--HELP" as a language."""

from __future__ import annotations

import runpy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# Any warning fails a test, as a process's stderr would show it; runpy's own notice that the module was imported
# before it ran as __main__ is the one difference from `python -m`, and says nothing about the script.
pytestmark = [
    pytest.mark.filterwarnings("error"),
    pytest.mark.filterwarnings("ignore:.*found in sys.modules after import of package:RuntimeWarning"),
]

PACKAGE = Path(__file__).resolve().parent.parent / "framing"
SCRIPTS = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    for path in PACKAGE.rglob("*.py")
    if 'if __name__ == "__main__":' in path.read_text(encoding="utf-8")
)


Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`python -m MODULE ARGS` run in this process, as `-m` runs it (its `__main__` block, its exit code, what it
    printed): a process per run cost each script's imports again, about 2 CPU seconds."""

    def run_module(module: str, *args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", [module, *args])
        with pytest.raises(SystemExit) as ended:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
        code = ended.value.code
        assert code is None or isinstance(code, int), code  # every script exits with a number
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess([sys.executable, "-m", module, *args], code or 0, out, err)

    return run_module


def test_the_scripts_are_found() -> None:
    assert "framing.narratives.evaluate" in SCRIPTS and "framing.quality.lexicon_eval" in SCRIPTS


@pytest.mark.parametrize("module", SCRIPTS)
def test_a_script_takes_help_and_refuses_an_unknown_argument_in_one_line(run: Run, module: str) -> None:
    helped = run(module, "--help")
    assert helped.returncode == 0 and helped.stdout.startswith(f"usage: python -m {module} ")
    refused = run(module, "--HELP")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == (
        f"error: python -m {module}: unrecognized arguments: --HELP (python -m {module} --help)\n"
    )


@pytest.mark.parametrize("module", ["framing.narratives.evaluate", "framing.narratives.train"])
def test_the_narrative_scripts_name_an_unknown_language(run: Run, module: str) -> None:
    """Codes are read in any case ("ZZ" is "zz"): "EN" once ran English without its language's switches."""
    refused = run(module, "--lang", "ZZ")
    assert refused.returncode == 2
    assert refused.stderr == (
        f"error: python -m {module}: unknown language 'zz'; choose from en, ru, bg, pt, hi "
        f"(python -m {module} --help)\n"
    )
    assert run(module, "--lang", "ruu").stderr == (  # u39: the nearest code, as the commands say it
        f"error: python -m {module}: unknown language 'ruu'; choose from en, ru, bg, pt, hi; did you mean 'ru'? "
        f"(python -m {module} --help)\n"
    )


EVALUATIONS = [
    *(f"framing.quality.{name}_eval" for name in ("lexicon", "model", "signal", "sourcing")),
    "framing.narratives.evaluate",
    "framing.evaluation",
]


@pytest.mark.parametrize("module", EVALUATIONS)
def test_the_evaluations_share_their_options_and_skip_absent_data_alike(run: Run, module: str, tmp_path: Path) -> None:
    """`make eval` on a machine without the data sets: one line on stderr each, exit 0, nothing on stdout."""
    assert "--format {table,json}" in run(module, "--help").stdout
    absent = tmp_path / "no-data"
    skipped = run(module, "--data", str(absent), "--format", "json")
    assert (skipped.returncode, skipped.stdout, skipped.stderr) == (0, "", f"skipped: {absent} is absent\n")


def test_the_model_evaluation_prints_its_rows_as_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    import pandas as pd

    from framing.quality import model_eval

    seeds = pd.read_csv(PACKAGE.parent / "seeds" / "labelled" / "sentences.csv")
    seeds = seeds[seeds["label"].isin(["escalatory", "neutral"])].head(80)
    task = model_eval.Task(
        "seeds",
        "escalatory sentence",
        seeds["text"].tolist(),
        seeds["label"].tolist(),
        None,
        "f1_positive",
        "escalatory",
    )
    monkeypatch.setattr(model_eval, "TASKS", {"seeds": ("seeds", lambda data: task)})
    (tmp_path / "seeds").mkdir()
    assert model_eval.main(["--data", str(tmp_path), "--folds", "2", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["data"], row["n"], row["measure"], row["folds"], row["grouped"]) == (
        "seeds",
        80,
        "F1 (escalatory)",
        2,
        False,
    )
    assert 0 <= row["majority"] < row["ours"] <= 1


def test_a_misspelled_choice_is_answered_with_the_nearest_one(capsys: pytest.CaptureFixture[str]) -> None:
    """u39: as the commands answer `--sourcing rule`; a value near no choice is refused as before."""
    from framing.quality.sourcing_eval import main

    module = "python -m framing.quality.sourcing_eval"
    for value, hint in (("rule", "; did you mean 'rules'?"), ("xyz", "")):
        with pytest.raises(SystemExit) as exit:
            main(["--sourcing", value])
        assert exit.value.code == 2
        assert capsys.readouterr().err == (
            f"error: {module}: argument --sourcing: invalid choice: {value!r} (choose from 'rules', 'trained', 'hybrid'){hint} "
            f"({module} --help)\n"
        )
