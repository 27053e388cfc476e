"""Hostile input, eleventh pass (round r12): signals as outputs are put in place, outputs in awkward places."""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing import cli, report
from framing.batch.run import BATCH_ITEMS, _batches
from framing.cli import app
from framing.cli.common import Terminated
from framing.corpus import open_corpus
from framing.errors import RunError
from framing.outputs import REPORT_MARKER, put_in_place
from framing.tables.write import TableWriter

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


@pytest.fixture
def signal_on_first_rename(monkeypatch):
    """Ctrl-C delivered right after the first rename a swap makes (an earlier output moved aside)."""
    real, calls = os.replace, []

    def replace(src, dst):
        real(src, dst)
        if not calls:
            calls.append(dst)
            signal.raise_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    monkeypatch.setattr(os, "replace", replace)
    yield calls
    signal.signal(signal.SIGINT, previous)


def test_a_signal_as_outputs_are_swapped_keeps_the_earlier_ones(tmp_path, signal_on_first_rename):
    """A run stopped between moving its earlier table aside and placing the new one lost the earlier table
    (left under a hidden temporary name); now the run stops with the earlier table and sidecar in place."""
    table, sidecar = tmp_path / "scores.csv", tmp_path / "scores.meta.json"
    table.write_text("earlier table")
    sidecar.write_text("earlier meta")
    new_table, new_sidecar = tmp_path / ".t.partial", tmp_path / ".s.partial"
    new_table.write_text("new table")
    new_sidecar.write_text("new meta")
    with pytest.raises(KeyboardInterrupt):
        put_in_place([(new_sidecar, sidecar), (new_table, table)])
    assert signal_on_first_rename, "the swap made no rename"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.csv", "scores.meta.json"]
    assert (table.read_text(), sidecar.read_text()) == ("earlier table", "earlier meta")


def test_a_signal_as_a_report_replaces_another_keeps_the_earlier_report(tmp_path, monkeypatch, signal_on_first_rename):
    """compare stopped between moving the earlier report aside and renaming the new one into place left no
    report at --out-dir (the earlier one hidden in a `.old` folder beside it)."""
    out = tmp_path / "report"
    out.mkdir()
    (out / REPORT_MARKER).write_text("written by framing compare\n")
    (out / "index.html").write_text("earlier report")
    monkeypatch.setattr(report, "_write_into", lambda rep, folder, *how: (folder / "index.html").write_text("new"))
    with pytest.raises(KeyboardInterrupt):
        report.write_report(None, out)  # type: ignore[arg-type]
    assert signal_on_first_rename, "the swap made no rename"
    assert [p.name for p in tmp_path.iterdir()] == ["report"]
    assert (out / "index.html").read_text() == "earlier report"


# a signal as the command line's modules load (the first second or two of every command)
_LOADING_SIGNAL = """
import importlib.abc, os, signal, sys

class Signal(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "typer":
            os.kill(os.getpid(), signal.{sig})
        return None

sys.meta_path.insert(0, Signal())
import framing.cli
"""


@pytest.mark.parametrize(("sig", "code", "said"), [("SIGTERM", 143, "terminated"), ("SIGINT", 130, "interrupted")])
def test_a_signal_while_the_command_loads_is_one_line(sig, code, said):
    """A SIGTERM in the command's first second or two killed it with nothing said; a Ctrl-C printed the
    traceback of the import it cut."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADING_SIGNAL.format(sig=sig)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert (done.returncode, done.stderr) == (code, said + "\n")


def test_importing_the_command_line_leaves_the_callers_signal_handlers():
    """A test or program importing `framing.cli` keeps its own Ctrl-C."""
    done = subprocess.run(
        [sys.executable, "-c", "import signal, framing.cli; print(signal.getsignal(signal.SIGINT).__name__)"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert done.stdout.strip() == "default_int_handler", done.stderr


def test_two_csv_files_joined_give_no_record_of_the_second_header(tmp_path):
    """`cat a.csv b.csv` repeats the header (b's with its byte-order mark): it was scored as an article
    reading "text" with the id "id" (or "\\ufeffid"); now it is listed as what it is, and no id keeps the mark."""
    part = "id,text\n1,The minister said the plan may fail.\n"
    path = tmp_path / "joined.csv"
    path.write_bytes(part.encode() + b"\xef\xbb\xbf" + part.replace("1,", "2,").encode())
    items = list(open_corpus(path))
    assert [(type(i).__name__, i.id) for i in items] == [("Record", "1"), ("Failure", None), ("Record", "2")]
    assert items[1].reason.startswith("the header row again") and items[1].line == 3


def test_a_jsonl_line_opening_with_a_byte_order_mark_is_read(tmp_path):
    """The mark of a JSONL file joined on failed its first record with "Unexpected UTF-8 BOM (decode using
    utf-8-sig)"; it is read as the file's own first line is."""
    path = tmp_path / "joined.jsonl"
    line = '{"id": "%s", "text": "The minister said the plan may fail."}\n'
    path.write_bytes((line % 1).encode() + b"\xef\xbb\xbf" + (line % 2).encode())
    assert [(type(i).__name__, i.id) for i in open_corpus(path)] == [("Record", "1"), ("Record", "2")]


def test_a_report_on_a_full_disk_is_one_line_and_leaves_no_partial_folder(tmp_path, monkeypatch):
    """A table written by pandas onto a full disk raised an OSError naming no file: a traceback, exit 1."""

    def full(rep, folder, *how):
        (folder / "index.html").write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report, "_write_into", full)
    with pytest.raises(RunError, match="report: cannot write \\(No space left on device\\); no output was written"):
        report.write_report(None, tmp_path / "report")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_narratives_on_a_full_disk_is_exit_3_as_score_is(tmp_path, monkeypatch):
    """A text output (`narratives -o`, `lexicon sample -o`) that filled the disk was exit 2, the code of
    unusable input; the README and score's tables say 3, a run that could not finish."""
    monkeypatch.setattr("framing.outputs.open", lambda *args, **kwargs: _FullDisk(), raising=False)
    out = tmp_path / "n.tsv"
    result = CliRunner().invoke(app, ["narratives", str(SEEDS / "checkpoint-facts"), "-o", str(out)])
    assert (result.exit_code, result.stderr) == (
        3,
        f"error: {out}: cannot write (No space left on device); no output was written\n",
    )


def test_narratives_written_into_the_folder_it_labels_as_an_article_file_is_refused(tmp_path):
    """`narratives FOLDER -o FOLDER/labels.txt` made the labels an article of the next run over FOLDER."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said the war may spread to the region.\n")
    result = CliRunner().invoke(app, ["narratives", str(folder), "--lang", "en", "-o", str(folder / "labels.txt")])
    assert (result.exit_code, result.stderr) == (
        2,
        f"error: {folder / 'labels.txt'}: is inside the input folder {folder}, whose .txt files are read as "
        "articles; write it outside the folder\n",
    )
    assert [p.name for p in folder.iterdir()] == ["a.txt"]


def test_a_corpus_of_failing_lines_is_taken_in_bounded_batches(tmp_path):
    """Batches were closed by their records only: a million lines of "{}" (3 MB) made one batch of every
    failure, 350 MB held at once, and no progress was shown."""
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "The plan may fail."}\n' + "{}\n" * 20_000)
    corpus = open_corpus(path)
    sizes = [len(batch) for batch, _ in _batches(iter(corpus), corpus)]
    assert sum(sizes) == 20_001 and max(sizes) <= BATCH_ITEMS


def test_narratives_and_lexicon_sample_list_failures_as_they_come(tmp_path, monkeypatch):
    """Both kept every failed record in a list for the errors file written at the end: a million lines of "{}"
    took 490 and 320 MB. Each record is now written to the errors file's temporary as it is read."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Officials said the war may spread."}\n' + "{}\n" * 50)
    written: list[int] = []
    real = TableWriter.write
    monkeypatch.setattr(
        TableWriter, "write", lambda self, rows: written.append(len(rows := list(rows))) or real(self, rows)
    )
    for args in (
        ["narratives", str(corpus), "--lang", "en", "-o", str(tmp_path / "n.tsv")],
        ["lexicon", "sample", str(corpus), "-s", "hedging", "-o", str(tmp_path / "s.csv")],
    ):
        written.clear()
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1, result.stderr
        assert written == [1] * 50  # one row at a time, none held for the end
    assert len((tmp_path / "s.errors.csv").read_text().splitlines()) == 51


@pytest.mark.parametrize(
    ("stop", "code", "said"), [(KeyboardInterrupt, 130, "interrupted"), (Terminated, 143, "terminated")]
)
def test_a_signal_while_typer_reads_the_command_line_is_one_line(monkeypatch, capsys, stop, code, said):
    """Between the modules' loading and a command's own boundary (typer reading every command's signature, a
    few hundred milliseconds on a loaded machine) Ctrl-C printed a traceback and SIGTERM killed silently."""

    def stopped() -> None:
        raise stop

    monkeypatch.setattr(cli, "app", stopped)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        cli.main()
    except BaseException as exc:  # before the fix a KeyboardInterrupt, which must not stop the test session
        ended = exc
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert isinstance(ended, SystemExit), repr(ended)
    assert (ended.code, capsys.readouterr().err) == (code, said + "\n")


def test_the_command_line_imports_in_a_thread():
    """`signal.signal` works in the main thread only: the loading handlers must not break an import elsewhere."""
    code = "import threading; t = threading.Thread(target=__import__, args=('framing.cli',)); t.start(); t.join()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
