"""`python -m framing.evaluation`, the one entry point of `make eval`: its options, its errors, and the
narratives' JSON, which must hold the figures the table prints (round u40)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing import evaluation
from framing.errors import ModelError
from framing.quality.datasets import default_data_dir

RUSSIAN = default_data_dir() / "semeval2025_narratives" / "RU"


def test_an_absent_data_folder_is_one_line_and_exit_code_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absent = tmp_path / "no-data"
    assert evaluation.main(["--data", str(absent), "--format", "json", "--only", "models"]) == 0
    assert capsys.readouterr() == (("", f"skipped: {absent} is absent\n"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--only", "lexicons"], "argument --only: invalid choice: 'lexicons'"),
        (["--format", "csv"], "argument -f/--format: invalid choice: 'csv'"),
        (["--folds", "1"], "argument --folds: cross-validation takes at least 2 folds, not 1"),
        (["--seed", "one"], "argument --seed: not a whole number: 'one'"),
    ],
)
def test_a_bad_option_is_refused_in_one_line(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        evaluation.main(args)
    out, err = capsys.readouterr()
    assert exit_.value.code == 2 and out == "" and len(err.splitlines()) == 1
    assert err.startswith("error: python -m framing.evaluation: ") and message in err


def test_parts_run_in_their_order_and_only_those_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--only` names what it runs; the JSON has one key per part asked, each the part's own figures."""
    monkeypatch.setattr(evaluation.model_eval, "evaluate", lambda data, folds, seed: [{"folds": folds, "seed": seed}])
    monkeypatch.setattr(
        evaluation.narratives_eval, "figures", lambda seeds, root, folds: {"folds": folds, "seeds": list(seeds)}
    )
    results = list(evaluation.evaluate(tmp_path, ("narratives", "models"), seed=3, folds=2))
    assert results == [("models", [{"folds": 2, "seed": 3}]), ("narratives", {"folds": 2, "seeds": [3]})]


def test_a_file_framing_refuses_is_one_line_and_exit_code_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(data: Path, folds: int, seed: int) -> None:
        raise ModelError("models/default.skops: not a framing model")

    monkeypatch.setattr(evaluation.model_eval, "evaluate", refuse)
    assert evaluation.main(["--data", str(tmp_path), "--only", "models"]) == 2
    assert capsys.readouterr() == ("", "error: models/default.skops: not a framing model\n")


@pytest.fixture(scope="module")
def russian_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the narratives of the smallest language alone (93 articles)."""
    if not RUSSIAN.is_dir():
        pytest.skip("../shared/data/semeval2025_narratives is absent")
    root = tmp_path_factory.mktemp("data")
    (root / "semeval2025_narratives").mkdir()
    (root / "semeval2025_narratives" / "RU").symlink_to(RUSSIAN, target_is_directory=True)
    return root


def test_the_narratives_json_holds_the_figures_the_table_prints(
    russian_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data", str(russian_only), "--only", "narratives", "--folds", "2"]
    assert evaluation.main([*args, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["narratives"]
    figures = document["narratives"]
    assert figures["folds"] == 2 and list(figures["languages"]) == ["ru"]
    russian = figures["languages"]["ru"]
    [split] = russian["splits"]
    assert russian["articles"] == 93 and split["seed"] == 0
    assert set(split) == {"seed", "model", "tfidf", "other", "model_by_fold"}
    for system in ("model", "tfidf", "other"):
        for level in ("coarse", "fine"):
            cell = split[system][level]
            assert 0 <= cell["low"] <= cell["mean"] <= cell["high"] <= 1
    assert sum(part["articles"] for part in split["model_by_fold"].values()) == 93

    assert evaluation.main([*args, "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert table.startswith(
        "Narratives (SemEval-2025 Task 10, subtask 2): samples-F1, out-of-fold (2 folds over articles)"
    )
    printed = {
        row[2]: [float(x) for x in re.findall(r"\d\.\d{3}", row[3])]
        for row in (line.split(maxsplit=3) for line in table.splitlines())
        if row[:2] == ["ru", "93"]
    }
    assert printed == {
        system: [split[system][level][key] for level in ("coarse", "fine") for key in ("mean", "low", "high")]
        for system in ("model", "tfidf", "other")
    }
    by_fold = [split["model_by_fold"][part][level] for part in ("dev", "test") for level in ("coarse", "fine")]
    line = next(line for line in table.splitlines() if "dev-fold" in line)
    assert [float(x) for x in re.findall(r"\d\.\d{3}", line)] == by_fold
