"""Option values and input paths a new user can get wrong, on every command that takes them: each is one line
naming the option or the file, exit code 2, before any work; never a traceback, a wrong reason or a wait."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report_options import MAX_BOOT

runner = CliRunner()
PROGRAM = "import sys; from framing.cli import main; sys.argv[0] = 'framing'; main()"
JUDGED = "id,signal,entry,match,start,end,sentence,correct\n" + "".join(
    f"a{k},hedging,may,may,10,13,It may rain.,{k % 2}\n" for k in range(6)
)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """An article, a labelled table, a judged sample and a folder named like a table, in `tmp_path`."""
    (tmp_path / "a.txt").write_text("Officials said it may rain.\n", encoding="utf-8")
    rows = "".join(f"Officials may resign {k}.,1\nThe council met on day {k}.,0\n" for k in range(10))
    (tmp_path / "lab.csv").write_text("text,label\n" + rows, encoding="utf-8")
    (tmp_path / "judged.csv").write_text(JUDGED, encoding="utf-8")
    (tmp_path / "folder.csv").mkdir()
    return tmp_path


def run(folder: Path, *args: str):
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        return runner.invoke(app, list(args))
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "a.txt", "-o", "report", "--seed", "-1"],
        ["train", "lab.csv", "-o", "m.skops", "--seed", "-1"],
        ["train", "lab.csv", "-o", "m.skops", "--seed", str(2**32)],
        ["lexicon", "sample", "a.txt", "-s", "hedging", "--seed", "-1"],
    ],
)
def test_a_seed_numpy_cannot_take_is_a_usage_error(files: Path, args: list[str]) -> None:
    """-1 reached NumPy and stopped train and compare with a traceback."""
    result = run(files, *args)
    assert result.exit_code == 2
    assert "Invalid value for '--seed'" in result.output and len(result.output.splitlines()) == 1


def test_bootstrap_resamples_are_bounded(files: Path) -> None:
    """10^11 resamples asked NumPy for 3.6 TiB (a traceback) and fewer would have taken the memory there was."""
    result = run(files, "compare", "a.txt", "-o", "report", "--bootstrap", str(MAX_BOOT + 1))
    assert result.exit_code == 2
    assert "Invalid value for '--bootstrap'" in result.output


def test_negative_candidates_are_a_usage_error(files: Path) -> None:
    result = run(files, "lexicon", "audit", "lab.csv", "-s", "hedging", "--candidates", "-1")
    assert result.exit_code == 2
    assert "Invalid value for '--candidates'" in result.output


def test_one_fold_is_named_as_the_problem_not_the_data(files: Path) -> None:
    """Before: "too few rows for cross-validation: label '0' has 10", of a table that has plenty."""
    result = run(files, "train", "lab.csv", "-o", "m.skops", "--folds", "1")
    assert result.exit_code == 2
    assert result.output == "error: --folds 1: cross-validation takes at least 2 folds (0: none)\n"
    assert not (files / "m.skops").exists()


def test_signals_that_name_no_signal_are_refused(files: Path) -> None:
    """`--signals ,` was read as an empty list and ended in "no score columns for measure author_per_1k"."""
    result = run(files, "compare", "a.txt", "-o", "report", "--signals", " , ")
    assert result.exit_code == 2
    assert result.output.startswith("error: --signals names no signal")


@pytest.mark.parametrize(("name", "said"), [("folder.csv", "is a folder"), ("missing.skops", "no such model file")])
def test_a_narrative_model_given_says_what_is_wrong_with_it(files: Path, name: str, said: str) -> None:
    """Before, a folder or a missing file given as --narrative-model was "no narrative model; build it with make"."""
    result = run(files, "narratives", "a.txt", "--narrative-model", name)
    assert result.exit_code == 2
    assert result.output == f"error: {name}: {said}\n"


@pytest.mark.parametrize(
    "args",
    [
        ["lexicon", "audit", "--judged", "folder.csv"],
        ["lexicon", "audit", "folder.csv", "-s", "hedging"],
        ["train", "folder.csv", "-o", "m.skops"],
        ["compare", "a.txt", "-o", "report", "--group-map", "folder.csv"],
    ],
)
def test_a_folder_named_like_a_table_is_called_a_folder(files: Path, args: list[str]) -> None:
    """Before: "folder.csv: no such file", of a folder that is there."""
    result = run(files, *args)
    assert result.exit_code == 2
    assert result.output == "error: folder.csv: is a folder; give a file\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_group_map_is_refused_without_waiting(tmp_path: Path) -> None:
    """A FIFO given as the group map was opened and read: the run waited for a writer forever."""
    fifo = tmp_path / "map.csv"
    os.mkfifo(fifo)
    table = tmp_path / "scores.csv"
    table.write_text("id,outlet,text\n1,a,x\n", encoding="utf-8")
    command = [
        sys.executable,
        "-c",
        PROGRAM,
        "compare",
        str(table),
        "-o",
        str(tmp_path / "r"),
        "--group-map",
        str(fifo),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"error: {fifo}: is not a regular file (a device, FIFO or socket)\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_where_any_table_is_read_is_refused_without_waiting(files: Path) -> None:
    """The README: a FIFO given where a table is read (a labelled table, a --judged sample, a score or evidence
    table) is named as such, exit 2, never opened; opened, it waits for a writer forever (round u30)."""
    os.mkfifo(files / "fifo.csv")
    corpus = "".join(f"{k},{'ab'[k % 2]},Officials said it may rain on day {k}.\n" for k in range(4))
    (files / "corpus.csv").write_text("id,outlet,text\n" + corpus, encoding="utf-8")
    model = Path(__file__).resolve().parents[2] / "models" / "default.skops"
    commands = [
        ["score", "corpus.csv", "-o", "scores.csv"],  # the score table for compare's --evidence-table below
        ["train", "fifo.csv", "-o", "m.skops"],
        ["evaluate", str(model), "fifo.csv"],
        ["lexicon", "audit", "fifo.csv", "-s", "hedging"],
        ["lexicon", "audit", "--judged", "fifo.csv"],
        ["compare", "fifo.csv", "-o", "r1"],
        ["compare", "scores.csv", "--evidence-table", "fifo.csv", "-o", "r2"],
    ]
    program = (
        "import json, sys\nfrom typer.testing import CliRunner\nfrom framing.cli import app\nrunner = CliRunner()\n"
        "print(json.dumps([(r.exit_code, r.output) for r in (runner.invoke(app, c) for c in json.loads(sys.argv[1]))]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, json.dumps(commands)], cwd=files, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    results = [tuple(r) for r in json.loads(done.stdout)]
    assert results[0][0] == 0, results[0][1]
    assert results[1:] == [(2, "error: fifo.csv: is not a regular file (a device, FIFO or socket)\n")] * 6


def test_judged_audit_keeps_the_signal_asked_for(files: Path) -> None:
    """--signal was ignored with --judged: `-s certainty` printed hedging's precision."""
    result = run(files, "lexicon", "audit", "--judged", "judged.csv", "-s", "certainty")
    assert result.exit_code == 2
    assert result.output == "error: judged.csv: no judged row of 'certainty' (judged: hedging)\n"
    assert run(files, "lexicon", "audit", "--judged", "judged.csv", "-s", "hedging").exit_code == 0


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["lab.csv"], "the labelled file lab.csv"),
        (["--positive", "1"], "--positive"),
        (["--candidates", "5"], "--candidates"),
    ],
)
def test_judged_audit_refuses_what_it_would_ignore(files: Path, extra: list[str], named: str) -> None:
    result = run(files, "lexicon", "audit", "--judged", "judged.csv", *extra)
    assert result.exit_code == 2
    assert result.output.startswith(f"error: --judged reads the judged file alone; {named} would be ignored")


def test_one_match_and_one_more_bad_row_are_said_in_the_singular(files: Path) -> None:
    (files / "one").mkdir()
    (files / "one" / "a.txt").write_text("Officials said it may rain.\n", encoding="utf-8")
    result = run(files, "lexicon", "sample", "one", "-s", "hedging", "-o", "s.csv")
    assert result.output.startswith("1 match of hedging written to s.csv")
    (files / "bad.csv").write_text(JUDGED + "x,hedging,may,may,1,2,s,2\nx,hedging,may,may,1,2,s,3\n", encoding="utf-8")
    result = run(files, "lexicon", "audit", "--judged", "bad.csv")
    assert "(and 1 more bad row);" in result.output


def _corpus(folder: Path) -> Path:
    for outlet in ("x", "y"):
        (folder / outlet).mkdir(parents=True)
        for k in range(5):
            (folder / outlet / f"a{k}.txt").write_text(f"Officials said the plan may fail {k}.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("input", "out"), [("corpus", "corpus"), ("corpus/x", "corpus"), ("corpus", ".")])
def test_force_never_replaces_the_input_with_the_report(files: Path, input: str, out: str) -> None:
    """`compare corpus -o corpus --force` replaced the corpus folder, every article in it, with the report."""
    _corpus(files / "corpus")
    result = run(files, "compare", input, "-o", out, "--force", "--min-articles", "3")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {out}: is or holds the input {input}, which the report would replace")
    assert len(list((files / "corpus").rglob("*.txt"))) == 10


def test_a_report_inside_the_corpus_folder_is_refused(files: Path) -> None:
    """A report in the corpus folder was read back as articles of an outlet "rep" by the next run."""
    _corpus(files / "corpus")
    result = run(files, "compare", "corpus", "-o", "corpus/rep", "--min-articles", "3")
    assert result.exit_code == 2
    assert result.output.startswith("error: corpus/rep: is inside the input folder corpus")
    assert not (files / "corpus" / "rep").exists()


def test_a_label_separator_for_a_single_label_model_is_refused(files: Path) -> None:
    """Each row's labels became a list, which the check for unknown labels could not hash: a traceback."""
    assert run(files, "train", "lab.csv", "-o", "m.skops", "--folds", "0").exit_code == 0
    result = run(files, "evaluate", "m.skops", "lab.csv", "--label-sep", ",")
    assert result.exit_code == 2
    assert result.output == "error: m.skops is a single-label model: leave --label-sep out\n"


def test_a_score_table_with_a_word_in_a_score_column_names_its_row(files: Path) -> None:
    """A hand-edited score table ("abc" in a rate column) stopped the report's means with a traceback."""
    rows = "".join(f"{k},{'ab'[k % 2]},{'abc' if k == 3 else k},100\n" for k in range(12))
    (files / "scores.csv").write_text("id,outlet,hedging_author_per_1k,n_words\n" + rows, encoding="utf-8")
    result = run(files, "compare", "scores.csv", "-o", "report", "--min-articles", "3")
    assert result.exit_code == 2
    assert result.output == "error: scores.csv: row 4: hedging_author_per_1k is 'abc', not a number\n"


def test_rows_left_out_of_an_evaluation_are_counted(files: Path) -> None:
    """Rows without a text or a label were dropped in silence: "(1 rows)" of a table of 3."""
    assert run(files, "train", "lab.csv", "-o", "m.skops", "--folds", "0").exit_code == 0
    (files / "gaps.csv").write_text("text,label\nOfficials may resign.,\n,1\nThe council met.,0\n", encoding="utf-8")
    result = run(files, "evaluate", "m.skops", "gaps.csv")
    assert result.exit_code == 0
    assert "gaps.csv: 2 rows without a text or a label left out" in result.output
