"""Corpus runs under stress: outputs committed together or not at all, concurrent runs, dead workers,
output paths checked before scoring, carriage returns in CSV, the per-record time budget."""

from __future__ import annotations

import csv
import errno
import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import tables
from framing.batch import run as batch
from framing.forking import WORKER_DIED
from framing.batch.run import score_corpus
from framing.errors import RunError
from framing.tables.write import TableWriter, alive
from framing.cli import app

ARTICLE = "Officials reportedly met on Sunday. The talks could collapse, sources said."


@pytest.fixture
def cli(monkeypatch, lexicons):
    monkeypatch.setattr("framing.cli.score.load_lexicons", lambda *a, **k: lexicons)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [*map(str, args)])


def jsonl(path: Path, n: int, prefix: str = "a", extra: dict | None = None) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"{prefix}{i}", "text": f"Article {i}. " + ARTICLE} | (extra or {})) + "\n")
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- 1. two runs writing the same output --------------------------------------------------


def test_two_runs_writing_one_output_each_finish_with_a_complete_file(tmp_path, lexicons, monkeypatch):
    """Run B starts and finishes while run A is writing the same -o: each has a temporary file of
    its own, so both succeed and the file left is A's, whole (it used to be unreadable, and A crashed)."""
    a, b = jsonl(tmp_path / "a.jsonl", 3, "a"), jsonl(tmp_path / "b.jsonl", 5, "b")
    out = tmp_path / "out.parquet"
    merge = batch._merge
    calls = []

    def merge_and_run_b(*args, **kwargs):
        if not calls:
            calls.append(1)
            assert score_corpus(b, out, lexicons, jobs=1).scored == 5
        return merge(*args, **kwargs)

    monkeypatch.setattr(batch, "_merge", merge_and_run_b)
    assert score_corpus(a, out, lexicons, jobs=1).scored == 3
    assert pq.read_table(out).column("id").to_pylist() == ["a0", "a1", "a2"]
    assert names(tmp_path) == ["a.jsonl", "b.jsonl", "out.errors.csv", "out.parquet"]


def test_temporary_names_differ_per_writer(tmp_path):
    first = TableWriter(tmp_path / "x.csv", [("id", "string")])
    second = TableWriter(tmp_path / "x.csv", [("id", "string")])
    assert first.tmp != second.tmp and first.tmp.name.startswith(".x.csv.") and first.tmp.name.endswith(".partial")
    first.abort()
    second.abort()
    assert names(tmp_path) == []


# ---- 2. all outputs of a run together, or none --------------------------------------------


def test_a_failure_putting_the_outputs_in_place_leaves_none_of_them(tmp_path, cli, monkeypatch):
    """A late failure (disk full, on the errors file) used to leave the score table in place and the
    failed records in neither file, with a traceback; now: nothing new, the old files back, exit 3."""
    corpus = jsonl(tmp_path / "c.jsonl", 4)
    (tmp_path / "out.csv").write_text("old table\n")
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == "out.errors.csv":
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    result = cli("score", corpus, "-o", tmp_path / "out.csv", "--evidence", tmp_path / "ev.jsonl")
    assert result.exit_code == 3, result.output
    assert result.output.strip().splitlines() == [
        f"error: {tmp_path / 'out.errors.csv'}: cannot write (No space left on device); no output was written"
    ]
    assert names(tmp_path) == ["c.jsonl", "out.csv"]
    assert (tmp_path / "out.csv").read_text() == "old table\n"


def test_a_write_failing_mid_run_is_one_line_and_exit_3(tmp_path, cli, monkeypatch):
    corpus = jsonl(tmp_path / "c.jsonl", 4)

    def full(self, rows):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(TableWriter, "_flush", full)
    result = cli("score", corpus, "-o", tmp_path / "out.parquet")
    assert result.exit_code == 3, result.output
    assert "No space left on device" in result.output and len(result.output.strip().splitlines()) == 1
    assert names(tmp_path) == ["c.jsonl"]


def test_ctrl_c_while_an_output_file_is_made_leaves_no_file(tmp_path, monkeypatch):
    """Only a failure to write removed the file a writer had just made: Ctrl-C there left it behind."""

    def interrupted(kind):
        raise KeyboardInterrupt

    monkeypatch.setattr(tables.write, "_fixed_width", interrupted)  # after the Parquet file is made
    with pytest.raises(KeyboardInterrupt):
        TableWriter(tmp_path / "out.parquet", [("id", "string")])
    assert names(tmp_path) == []


def test_sigterm_just_after_an_output_file_is_made_leaves_no_file(tmp_path, lexicons, monkeypatch):
    """A SIGTERM after a writer was made but before the run listed it (as one its stopping removes) left
    its file behind: `score --jobs 2`, terminated as it started, left `.out.parquet.*.partial` 4 times in 12."""
    from framing.cli.common import Terminated, _terminated

    made: list[Path] = []

    class Signalled(TableWriter):
        def __init__(self, path, *args, **kwargs):
            super().__init__(path, *args, **kwargs)
            made.append(path)
            if len(made) == 1:
                signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(batch, "TableWriter", Signalled)
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}  # _terminated changes both
    signal.signal(signal.SIGTERM, _terminated)
    try:
        with pytest.raises(Terminated):
            score_corpus(jsonl(tmp_path / "c.jsonl", 2), tmp_path / "out.parquet", lexicons, jobs=1)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    assert made and names(tmp_path) == ["c.jsonl"]


# ---- 14. output paths refused before scoring ----------------------------------------------


@pytest.mark.parametrize("option", ["-o", "--errors", "--evidence"])
def test_an_output_that_is_a_folder_is_refused_before_scoring(tmp_path, cli, monkeypatch, option):
    corpus = jsonl(tmp_path / "c.jsonl", 2)
    (tmp_path / "taken.csv").mkdir()
    monkeypatch.setattr(batch, "_merge", lambda *a: pytest.fail("scored before checking the outputs"))
    args = ["-o", tmp_path / "out.csv"] if option != "-o" else []
    result = cli("score", corpus, option, tmp_path / "taken.csv", *args)
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: {tmp_path / 'taken.csv'}: is a folder; give the name of a file to write"
    assert names(tmp_path) == ["c.jsonl", "taken.csv"]


def test_an_output_that_is_a_device_or_fifo_is_never_replaced(tmp_path, cli):
    corpus = jsonl(tmp_path / "c.jsonl", 2)
    (tmp_path / "null.csv").symlink_to("/dev/null")
    os.mkfifo(tmp_path / "fifo.csv")
    for name in ("null.csv", "fifo.csv"):
        result = cli("score", corpus, "-o", tmp_path / "out.csv", "--errors", tmp_path / name)
        assert result.exit_code == 2, result.output
        assert result.output.strip() == (
            f"error: {tmp_path / name}: is not a regular file (a device, FIFO or "
            "socket); give the name of a file to write"
        )
    assert (tmp_path / "null.csv").is_char_device() and (tmp_path / "fifo.csv").is_fifo()


def test_an_output_under_a_file_is_refused(tmp_path, cli):
    corpus = jsonl(tmp_path / "c.jsonl", 2)
    (tmp_path / "afile").write_text("x")
    result = cli("score", corpus, "-o", tmp_path / "afile" / "sub" / "out.csv")
    assert result.exit_code == 2, result.output
    assert result.output.strip() == (
        f"error: {tmp_path / 'afile' / 'sub' / 'out.csv'}: cannot write ({tmp_path / 'afile'} is a file, not a folder)"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(tmp_path, cli):
    corpus = jsonl(tmp_path / "c.jsonl", 2)
    (tmp_path / "ro").mkdir(mode=0o555)
    result = cli("score", corpus, "-o", tmp_path / "ro" / "out.csv")
    assert result.exit_code == 2 and "no permission to write in" in result.output


def test_lexicon_import_into_a_file_is_a_user_error(tmp_path, cli):
    (tmp_path / "terms.txt").write_text("alpha\nbeta\n")
    (tmp_path / "taken").write_text("x")
    result = cli("lexicon", "import", tmp_path / "terms.txt", "--out-dir", tmp_path / "taken")
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: {tmp_path / 'taken'}: exists and is not a folder"


def test_compare_out_under_a_file_is_refused_before_scoring(tmp_path, cli, monkeypatch):
    corpus = jsonl(tmp_path / "c.jsonl", 2)
    (tmp_path / "afile").write_text("x")
    monkeypatch.setattr("framing.cli.compare.load_lexicons", lambda *a, **k: pytest.fail("worked first"))
    result = cli("compare", corpus, "--out-dir", tmp_path / "afile" / "report")
    assert result.exit_code == 2, result.output
    assert "is a file, not a folder" in result.output


def test_report_folders_follow_the_umask(tmp_path, monkeypatch):
    """mkdtemp made report folders drwx------: private, whatever the user's umask."""
    import framing.report as report

    monkeypatch.setattr(report, "_write_into", lambda rep, folder, *how: None)
    previous = os.umask(0o022)
    try:
        report.write_report(None, tmp_path / "r")
    finally:
        os.umask(previous)
    assert (tmp_path / "r").stat().st_mode & 0o777 == 0o755


# ---- 4. dead workers ----------------------------------------------------------------------


@pytest.mark.parametrize("died", ["pool", "starting worker"])
def test_a_pool_broken_at_submit_is_exit_3_not_a_traceback(tmp_path, lexicons, monkeypatch, died):
    """A worker killed while a submit hands a new worker its start-up data breaks the pipe to it:
    click turned that BrokenPipeError into exit 1 with nothing on stderr."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def broken(*args, **kwargs):
        if died == "pool":
            raise BrokenProcessPool("A child process terminated abruptly")
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(batch, "BATCH_RECORDS", 2)
    monkeypatch.setattr(ProcessPoolExecutor, "submit", broken)
    with pytest.raises(RunError, match="a worker process died"):
        score_corpus(jsonl(tmp_path / "c.jsonl", 6), tmp_path / "out.csv", lexicons, jobs=2)
    assert names(tmp_path) == ["c.jsonl"]


def test_workers_exit_when_the_main_process_is_killed(tmp_path):
    code = (
        "import os, sys, time\n"
        "from framing.batch import workers\n"
        "from framing.lexicon.loader import load_lexicons\n"
        "ex = workers.Executor(load_lexicons(), False, 2, None)\n"
        "ex.submit([('Some words here.', None, False, 'x')]).result()\n"
        "print(' '.join(str(p) for p in ex._pool._processes), flush=True)\n"
        "time.sleep(600)\n"
    )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as proc:
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert workers
        proc.send_signal(signal.SIGKILL)
    deadline = time.monotonic() + 60  # generous: the workers look once a second
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in workers)


# A worker stopped halfway through sending its result to the run's main process: the result's length
# and first byte are in the pipe, the rest never comes. The first worker to score a batch does that and
# then dies (the OOM killer) or sends the run a SIGTERM; every worker, the first included, then sleeps,
# as one scoring a long batch. The pool's thread waits for the rest of that result for ever.
CUT_SHORT = """
import os, signal, struct, sys, time
from pathlib import Path
from framing.batch import run, workers
from framing.cli.common import _terminated
from framing.lexicon.loader import load_lexicons

def cut_short(*args):
    Path(sys.argv[1], "pids", str(os.getpid())).touch()
    try:
        os.close(os.open(Path(sys.argv[1], "first"), os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        time.sleep(600)
    queue = sys._getframe(1).f_locals["result_queue"]  # concurrent.futures' worker loop called this
    os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"\\x80")
    os.kill(os.getpid(), signal.SIGKILL) if sys.argv[2] == "died" else os.kill(os.getppid(), signal.SIGTERM)
    time.sleep(600)

workers._worker_score = cut_short
signal.signal(signal.SIGTERM, _terminated)
run.BATCH_RECORDS = 1
try:
    run.score_corpus(Path(sys.argv[1], "c.jsonl"), Path(sys.argv[1], "out.csv"), load_lexicons(), jobs=2)
except BaseException as exc:
    print(type(exc).__name__, exc)
"""


@pytest.mark.parametrize("how", ["died", "stopped"])
def test_a_worker_cut_short_while_sending_a_result_ends_the_run(tmp_path, how):
    """A worker killed halfway through sending a result (by the OOM killer, or by a terminated run that
    ends its workers) left the pool waiting for the rest for ever: `score --jobs 2` hung after SIGTERM."""
    (tmp_path / "pids").mkdir()
    jsonl(tmp_path / "c.jsonl", 4)
    with subprocess.Popen(
        [sys.executable, "-c", CUT_SHORT, str(tmp_path), how], stdout=subprocess.PIPE, text=True, start_new_session=True
    ) as proc:
        try:
            out, _ = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail("the run hung")
    pids = [int(p.name) for p in (tmp_path / "pids").iterdir()]
    assert pids and not any(alive(p) for p in pids)  # no worker left behind
    assert out.strip() == ("RunError " + WORKER_DIED if how == "died" else "Terminated")
    assert names(tmp_path) == ["c.jsonl", "first", "pids"]  # no output, no partial file


def test_a_partial_file_left_by_a_killed_run_is_removed_and_harmless(tmp_path, lexicons):
    dead = 2**22 + 12345  # above the kernel's pid limit: no such process
    stale = tmp_path / f".out.csv.{dead}-0badc0de.partial"
    stale.write_text("half a table")
    score_corpus(jsonl(tmp_path / "c.jsonl", 2), tmp_path / "out.csv", lexicons, jobs=1)
    assert names(tmp_path) == ["c.jsonl", "out.csv", "out.csv.meta.json", "out.errors.csv"]


# ---- 6. carriage returns in CSV outputs ---------------------------------------------------


def test_a_carriage_return_in_a_field_survives_a_csv_round_trip(tmp_path, lexicons):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "x\ry", "title": "=cmd|' /C calc'!A0\r=2+2", "text": ARTICLE})
        + "\n"
        + json.dumps({"id": "plain", "text": ARTICLE})
        + "\n"
    )
    score_corpus(corpus, tmp_path / "out.csv", lexicons, jobs=1)
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == ["x\ry", "plain"]
    assert rows[0]["title"] == "=cmd|' /C calc'!A0\r=2+2"  # the table keeps values as read
    again = score_corpus(
        tmp_path / "out.csv", tmp_path / "again.csv", lexicons, jobs=1, columns={"text": "title"}
    )  # framing reads its own CSV back: still two records
    assert again.read == 2


def test_report_cells_are_defused_on_every_line():
    from framing.csvout import defuse

    assert defuse("=1+1") == "'=1+1"
    assert defuse("ok\r=cmd|' /C calc'!A0") == "ok\r'=cmd|' /C calc'!A0"
    assert defuse("a\n+b\n-c\n@d") == "a\n'+b\n'-c\n'@d"
    assert defuse("a - b") == "a - b" and defuse(3) == 3


def test_report_tables_quote_carriage_returns(tmp_path):
    import pandas as pd

    from framing.csvout import write_frame

    write_frame(pd.DataFrame({"group": ["a\rb", "c"], "n": [1, 2]}), tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes().decode() == '"group","n"\n"a\rb",1\n"c",2\n'
    write_frame(pd.DataFrame({"group": ["ab", "c"], "n": [1, 2]}), tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes().decode() == "group,n\nab,1\nc,2\n"


# ---- 7. per-record time budget ------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_record_over_the_time_budget_fails_alone(tmp_path, lexicons, monkeypatch, jobs):
    """A 4.8 MB article takes seconds (a short one half a millisecond); with two seconds allowed it
    fails with the reason, and the records around it are scored, even on a loaded machine."""
    corpus = tmp_path / "c.jsonl"
    long = (ARTICLE + " Critics warned of a catastrophic escalation. ") * 40000
    rows = [{"id": f"a{i}", "outlet": "quick", "text": ARTICLE} for i in range(3)]
    rows += [{"id": "long", "outlet": "slow", "text": long}]
    rows += [{"id": f"b{i}", "outlet": "quick", "text": ARTICLE} for i in range(3)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    monkeypatch.setattr(batch, "BATCH_RECORDS", 2)
    run = score_corpus(corpus, tmp_path / "out.csv", lexicons, jobs=jobs, max_seconds=2)
    errors = list(csv.DictReader((tmp_path / "out.errors.csv").read_text(encoding="utf-8").splitlines()))
    assert [(e["id"], e["reason"]) for e in errors] == [
        ("long", "scoring took over 2 s (the --max-seconds limit; 0: none)")
    ]
    assert run.counts() == {"read": 7, "scored": 6, "failed": 1, "flagged": 0}
    assert run.failed_groups == []  # a streamed run keeps nothing per failed record: its memory stays flat
    if jobs == 1:  # a comparison holds every row anyway, and says which group lost one (u24)
        frames = batch.score_frames(corpus, lexicons, jobs=jobs, max_seconds=2)
        assert frames.run.failed_groups == [{"outlet": "slow"}]


@pytest.mark.parametrize("seconds", [float("inf"), 1e300])
def test_an_infinite_or_huge_time_limit_is_no_limit(tmp_path, cli, seconds):
    """setitimer overflows past about 10^11 s: every record failed with "scoring failed"."""
    corpus = jsonl(tmp_path / "c.jsonl", 3)
    result = cli("score", corpus, "-o", tmp_path / "out.csv", "--max-seconds", seconds)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("read 3 · scored 3 · failed 0 · flagged 0")


def test_a_records_time_limit_covers_its_signals_and_narratives_together(lexicons, monkeypatch):
    """A batch's narratives are read after its signal scoring, each record's in what its signal scoring
    left of its time limit: a record whose two steps together take over the limit fails, alone."""
    from framing.batch import workers
    from framing.narratives.columns import NarrativeSpec

    class SlowOnOne:
        """The scorer, slow on the record "slow" (a compiled Analyzer's methods cannot be patched)."""

        def __init__(self, scorer):
            self.scorer = scorer

        def __getattr__(self, name):
            return getattr(self.scorer, name)

        def analyze(self, text, **kwargs):
            if kwargs["id"] == "slow":
                time.sleep(0.7)
            return self.scorer.analyze(text, **kwargs)

    scorer = SlowOnOne(workers.analyzer(lexicons, "rules"))

    def slow_read(spec, text, rid):
        if rid == "slow":
            time.sleep(0.7)
        return f"no narratives: {rid}"

    monkeypatch.setattr(workers, "narrative_read", slow_read)
    monkeypatch.setattr(workers, "narrative_values", lambda spec, read: [((None, None), r) for r in read])
    payload = [(ARTICLE, None, True, rid) for rid in ("a", "slow", "b")]
    results = workers.score_payload(scorer, payload, False, None, 1.0, NarrativeSpec("m", "0", ("A",)))[0]
    assert results[1] == "scoring took over 1 s (the --max-seconds limit; 0: none)"
    assert [(r[1][-2:], r[2]) for r in (results[0], results[2])] == [
        ((None, None), f"no narratives: {x}") for x in "ab"
    ]


def test_an_evidence_row_shows_a_window_of_a_very_long_sentence(tmp_path, lexicons):
    """Regression: each evidence row of a 320 KB one-sentence record repeated the whole sentence, and
    the evidence file of 'He said ' * 40000 reached 3.2 GB. Rows now show the match in a window."""
    corpus = tmp_path / "c.jsonl"
    long = "He said " * 1750 + "the deal may collapse " + "and he said " * 2000  # mid-way in a 1,000-token piece
    corpus.write_text(
        json.dumps({"id": "long", "text": long}) + "\n" + json.dumps({"id": "short", "text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    score_corpus(corpus, tmp_path / "out.csv", lexicons, jobs=1, evidence=tmp_path / "ev.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "ev.jsonl").read_text(encoding="utf-8").splitlines()]
    long_rows = [r for r in rows if r["id"] == "long"]
    assert long_rows and all(len(r["sentence_text"]) <= tables.EVIDENCE_SENTENCE_CHARS + 2 for r in long_rows)
    [hedge] = [r for r in long_rows if r["signal"] == "hedging"]
    assert hedge["text"] == "may" and "the deal may collapse" in hedge["sentence_text"]
    assert hedge["sentence_text"].startswith("…") and hedge["sentence_text"].endswith("…")
    assert all(r["sentence_text"] in ARTICLE for r in rows if r["id"] == "short")


def test_a_sentence_window_keeps_short_sentences_whole_and_centres_long_ones():
    assert tables.sentence_window("He may go.", 3, 6) == "He may go."
    text = "a" * 3000 + "MATCH" + "b" * 3000
    window = tables.sentence_window(text, 3000, 3005)
    assert window.startswith("…") and window.endswith("…") and "MATCH" in window
    assert window.index("MATCH") - 1 == len(window) - window.index("MATCH") - 5 - 1


def test_a_one_process_run_settles_its_collector_as_a_worker_and_puts_it_back(tmp_path, lexicons, monkeypatch):
    from framing.batch import workers
    from framing.forking import YOUNG

    seen = []
    real = workers.score_payload

    def scoring(*args, **kwargs):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return real(*args, **kwargs)

    monkeypatch.setattr(workers, "score_payload", scoring)
    before = gc.get_threshold()
    score_corpus(jsonl(tmp_path / "c.jsonl", 3), tmp_path / "out.csv", lexicons, jobs=1)
    assert seen and set(seen) == {(YOUNG, True)}  # the analyzer frozen, the youngest collected less often
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
