"""Round r4's hostile input: labelled tables for `framing train`, Parquet files that unpack to far more than
they hold. Each test failed before its fix."""

from __future__ import annotations

import csv
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _labelled(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("text,label\n" + "".join(f"{text},{label}\n" for text, label in rows), encoding="utf-8")
    return path


def test_a_label_column_of_scores_is_refused_in_our_words(tmp_path: Path) -> None:
    """A column of 30 different floats trained a 30-class model with `--folds 0` (exit 0) under scikit-learn's
    warning, printed with the path and line of its own source file; with folds, the advice was to give "two
    of each label"."""
    rows = [(f"The war may spread to region {k}.", f"0.{k + 10}") for k in range(30)]
    data = _labelled(tmp_path / "scores.csv", rows)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a library warning fails the test
        result = runner.invoke(app, ["train", str(data), "-o", str(tmp_path / "m.skops"), "--folds", "0"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {data}: 'label' holds 30 different labels in 30 rows, 30 of them on one row only (such as "
        "'0.10'); a classifier learns labels seen several times each: is it a score or an id rather than a class?\n"
    )
    assert not (tmp_path / "m.skops").exists()


def test_too_little_text_names_the_file_and_the_column(tmp_path: Path) -> None:
    """A text column of numbers ended in "error: too little text to learn from: ..." naming nothing."""
    data = _labelled(tmp_path / "numbers.csv", [(str(1000 + k), "ab"[k % 2]) for k in range(20)])
    result = runner.invoke(app, ["train", str(data), "-o", str(tmp_path / "m.skops"), "--folds", "0"])
    assert result.exit_code == 2
    assert result.output.endswith(
        f"error: {data}: too little text to learn from: no word occurs in two examples in 'text' "
        "(is --text-col the column of the texts?)\n"
    )


@pytest.mark.parametrize("stored", ["once, in the dictionary", "compressed, a copy a row"])
def test_a_parquet_corpus_that_unpacks_large_is_read_in_bounded_memory(tmp_path: Path, stored: str) -> None:
    """Parquet stores a text repeated on every row once, and compresses one that repeats itself: 400 rows of
    an 8 MB text made a 2 kB (or 318 kB) file that took 3.2 GB to read (4,000 rows: more than the machine),
    the rows decoded 1,024 at a time. Here 300 rows of a 1 MB text: each row's text is still read whole."""
    import tracemalloc

    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.corpus import Record, open_corpus

    text = "The war may spread. " * 50_000
    rows = 300
    table = pa.table({"id": [str(k) for k in range(rows)], "text": [text + str(k) for k in range(rows)]})
    if stored.startswith("once"):
        table = table.set_column(1, "text", pa.array([text] * rows))
    pq.write_table(table, tmp_path / "c.parquet", compression="zstd", use_dictionary=stored.startswith("once"))
    assert (tmp_path / "c.parquet").stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        read = sum(
            isinstance(item, Record) and item.text.startswith(text) for item in open_corpus(tmp_path / "c.parquet")
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == rows
    assert peak < 200 * len(text)  # a batch of 1,024 rows decoded them all: 300 times the text


def test_a_labelled_parquet_table_that_unpacks_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`train` read a Parquet table whole with pandas: a 2 kB file of one 8 MB text on 400 rows took 3.2 GB
    and more with more rows. Its size unpacked is now counted a batch at a time first (here against a cap
    of 1 MB, for a 5 MB table in a file of a few kB)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.corpus import labelled

    monkeypatch.setattr(labelled, "MAX_TABLE_BYTES", 1_000_000, raising=False)
    data = tmp_path / "lab.parquet"
    pq.write_table(pa.table({"text": ["The war may spread. " * 5_000] * 50, "label": ["a", "b"] * 25}), data)
    assert data.stat().st_size < 20_000
    result = runner.invoke(app, ["train", str(data), "-o", str(tmp_path / "m.skops"), "--folds", "0"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {data}: unpacks to over 1 MB, more than a labelled table read whole into memory may take: keep "
        "the rows you need in a smaller file\n"
    )


def test_sigterm_stops_compare_without_leaving_its_partial_report(tmp_path: Path) -> None:
    """Only `score` wound down on SIGTERM: `compare` died of it (exit -15, no word) and left its half-written
    report folder `.report.XXXX.partial` beside the output; `train` and `narratives` died as abruptly."""
    import signal
    import subprocess
    import sys
    import time

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "articles"
    for attempt in range(8):  # the report may be finished before the signal lands (its partial folder lives briefly)
        folder = tmp_path / str(attempt)
        folder.mkdir()
        run = subprocess.Popen(
            [sys.executable, "-c", "from framing.cli import main; main()", "compare", str(seeds), "-o", "report"],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        started = time.monotonic()
        while not list(folder.glob(".report.*.partial")) and run.poll() is None and time.monotonic() - started < 120:
            time.sleep(0.01)
        run.send_signal(signal.SIGTERM)
        output, _ = run.communicate(timeout=120)
        if run.returncode != 0 or not (folder / "report" / "index.html").exists():
            break
    assert (run.returncode, output.splitlines()[-1:]) == (143, ["terminated; no output written"])
    assert list(folder.iterdir()) == []


def test_many_labels_of_two_rows_each_train_without_a_library_warning(tmp_path: Path) -> None:
    """1,000 labels of 3 rows each trained, but each cross-validation fold printed scikit-learn's "could
    represent a regression problem" with the path and line of its source file. Here 24 labels of 2 rows."""
    rows = [(f"The war may spread to region {k} of {label}.", f"c{label}") for label in range(24) for k in range(2)]
    data = _labelled(tmp_path / "many.csv", rows)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = runner.invoke(app, ["train", str(data), "-o", str(tmp_path / "m.skops"), "--folds", "2"])
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.output


def test_an_outlet_that_is_a_structure_is_left_empty_and_flagged(tmp_path: Path) -> None:
    """A JSON object, list or true as the outlet became its printed form ('{"n": "x"}', "True"), a group of
    its own in `compare`, unflagged, where a date of that kind is left empty with a flag."""
    corpus = tmp_path / "c.jsonl"
    outlets = ['{"n": "x"}', '["x", "y"]', "true", '"Daily"']
    corpus.write_text(
        "".join(f'{{"id": "{k}", "outlet": {o}, "text": "The war may spread."}}\n' for k, o in enumerate(outlets)),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv")])
    assert result.exit_code == 0, result.output
    rows = [line.split(",")[:2] for line in (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert rows == [["0", ""], ["1", ""], ["2", ""], ["3", "Daily"]]
    with open(tmp_path / "s.errors.csv", encoding="utf-8", newline="") as fh:
        reasons = [row["reason"] for row in csv.DictReader(fh)]
    assert reasons == [
        "outlet left empty: it is an object, not a name",
        "outlet left empty: it is a list, not a name",
        "outlet left empty: it is a boolean, not a name",
    ]


@pytest.mark.parametrize("command", ["score", "train"])
def test_a_gzip_file_named_as_a_table_is_named_for_what_it_is(tmp_path: Path, command: str) -> None:
    """A gzip file named .csv was "not valid UTF-8; save the file as UTF-8" at line 1: no compressed input is
    read, and the user is told to unpack it."""
    import gzip

    data = tmp_path / "c.csv"
    data.write_bytes(gzip.compress(b"id,text,label\n1,The war may spread.,a\n"))
    result = runner.invoke(
        app, [command, str(data), "-o", str(tmp_path / ("s.csv" if command == "score" else "m.skops"))]
    )
    assert result.exit_code == 2
    assert result.output == f"error: {data}: is a gzip file, not CSV; unpack it first\n"
