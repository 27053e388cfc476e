"""Corpus runs end to end: counts, outputs, evidence, errors file, parallel and Dask equality, CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing import __version__
from framing.batch import run as batch
from framing.batch.run import RunSummary, score_corpus
from framing.cli.progress import Progress
from framing.report_options import Options
from framing.tables import EVIDENCE_COLUMNS
from framing.tables.read import read_run_meta
from framing.cli import app

ARTICLE = (
    "Officials reportedly met on Sunday. The talks could collapse, sources said.\n\n"
    "Critics warned of a catastrophic escalation. The minister denied it."
)


@pytest.fixture
def cli(monkeypatch, lexicons):
    """The CLI, with the lexicons loaded once for the whole module."""
    monkeypatch.setattr("framing.cli.score.load_lexicons", lambda *a, **k: lexicons)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["score", *map(str, args)])


def errors_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def csv_corpus(path: Path, n: int, bad: bool = True) -> Path:
    """`n` good articles, then (with `bad`) one of each bad kind: empty, no words, malformed."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "outlet", "date", "text"])
        for i in range(n):
            w.writerow(
                [f"a{i}", f"outlet{i % 3}", f"2026-01-{i % 28 + 1:02d}", f"Article {i}. " + ARTICLE * (1 + i % 3)]
            )
        if bad:
            w.writerow(["e1", "x", "2026-01-01", "   "])
            w.writerow(["e2", "x", "2026-01-01", "--- !!!"])
            f.write('e3,x,"2026-01-01,"broken"quote\n')
    return path


# ---- every format: counts and the errors file ------------------------------------------------


def test_csv_run_counts_and_errors_file(tmp_path, lexicons):
    run = score_corpus(csv_corpus(tmp_path / "c.csv", 5), tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 8, "scored": 5, "failed": 3, "flagged": 0}
    assert [
        (e["line"], e["row"], e["id"], e["status"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")
    ] == [
        ("25", "6", "e1", "failed", "empty text"),  # the first line of a record: texts span lines
        ("26", "7", "e2", "failed", "no words in the text"),
        ("27", "8", "", "failed", "malformed CSV row: ',' expected after '\"'"),
    ]
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["a0", "a1", "a2", "a3", "a4"]
    assert rows[1]["outlet"] == "outlet1" and rows[1]["date"] == "2026-01-02" and int(rows[1]["n_words"]) > 20


def test_tsv_run(tmp_path, lexicons):
    (tmp_path / "c.tsv").write_text("id\ttext\n1\tOne text.\n2\t\n3\ttoo\tmany\n", encoding="utf-8")
    run = score_corpus(tmp_path / "c.tsv", tmp_path / "out.parquet", lexicons, jobs=1)
    assert run.counts() == {"read": 3, "scored": 1, "failed": 2, "flagged": 0}
    assert [e["reason"] for e in errors_of(tmp_path / "out.errors.csv")] == [
        "empty text",
        "malformed TSV row: 3 fields where the header has 2",
    ]


def test_jsonl_run(tmp_path, lexicons):
    lines = [
        json.dumps({"id": "a", "text": ARTICLE}),
        "{oops",
        json.dumps({"id": "b", "text": ["list"]}),
        json.dumps({"id": "c", "text": ARTICLE, "date": "someday"}),
    ]
    (tmp_path / "c.jsonl").write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff"}\n')
    run = score_corpus(tmp_path / "c.jsonl", tmp_path / "out.jsonl", lexicons, jobs=1)
    assert run.counts() == {"read": 5, "scored": 2, "failed": 3, "flagged": 1}
    assert [(e["line"], e["status"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        ("2", "failed", "invalid JSON at column 2: Expecting property name enclosed in double quotes"),
        ("3", "failed", "the text is a list, not a string"),
        ("4", "flagged", "date left empty: unrecognised date 'someday'; write dates as YYYY-MM-DD"),
        ("5", "failed", "not valid UTF-8 (byte 0xff at column 11); save the file as UTF-8"),
    ]
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["date"]) for r in rows] == [("a", None), ("c", None)]


def test_parquet_run(tmp_path, lexicons):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table({"id": ["p1", "p2", "p3"], "text": [ARTICLE, None, "   "], "rank": [1, 2, 3]}), tmp_path / "c.parquet"
    )
    run = score_corpus(tmp_path / "c.parquet", tmp_path / "out.parquet", lexicons, jobs=1)
    assert run.counts() == {"read": 3, "scored": 1, "failed": 2, "flagged": 0}
    assert [(e["row"], e["id"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        ("2", "p2", "no text"),
        ("3", "p3", "empty text"),
    ]
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column("rank").type == pa.int64() and table.column("rank").to_pylist() == [1]
    assert table.column("date").type == pa.date32()


def test_folder_run_splits_headlines_and_counts_bad_files(tmp_path, lexicons):
    (tmp_path / "in" / "blaze").mkdir(parents=True)
    (tmp_path / "in" / "blaze" / "a.txt").write_text("CHAOS ERUPTS\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "blaze" / "b.txt").write_bytes(b"caf\xe9 bad")  # Latin-1; "\xff\xfe bad" is UTF-16 (two letters)
    run = score_corpus(tmp_path / "in", tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 2, "scored": 1, "failed": 1, "flagged": 0}
    row = next(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert (row["id"], row["outlet"], row["title"]) == ("blaze/a", "blaze", "CHAOS ERUPTS")
    (error,) = errors_of(tmp_path / "out.errors.csv")
    assert (error["source"], error["line"], error["id"]) == (str(tmp_path / "in" / "blaze" / "b.txt"), "1", "blaze/b")


def test_duplicate_ids_are_kept_and_flagged(tmp_path, lexicons):
    write_csv(tmp_path / "c.csv", [["id", "text"], ["x", "Short one."], ["y", "Other."], ["x", "Third."]])
    run = score_corpus(tmp_path / "c.csv", tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 3, "scored": 3, "failed": 0, "flagged": 1}
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [(r["id"], r["duplicate_id"]) for r in rows] == [("x", "False"), ("y", "False"), ("x", "True")]
    assert [(e["line"], e["status"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        ("4", "flagged", "duplicate id 'x' (first at line 2); kept and flagged")
    ]


# ---- outputs ---------------------------------------------------------------------------------


def test_outputs_carry_run_metadata(tmp_path, lexicons):
    corpus = csv_corpus(tmp_path / "c.csv", 3, bad=False)
    for name in ("out.parquet", "out.csv", "out.jsonl"):
        score_corpus(corpus, tmp_path / name, lexicons, jobs=1)
        meta = read_run_meta(tmp_path / name)
        assert meta["lexicon_hash"] == lexicons.hash and meta["version"] == __version__
        assert meta["counts"] == {"read": 3, "scored": 3, "failed": 0, "flagged": 0}
        assert meta["input"]["columns"]["text"] == "text"
    assert (tmp_path / "out.csv.meta.json").exists() and (tmp_path / "out.jsonl.meta.json").exists()
    import pyarrow.parquet as pq

    schema_meta = json.loads(pq.read_schema(tmp_path / "out.parquet").metadata[b"framing"])
    assert schema_meta["lexicon_hash"] == lexicons.hash


def test_evidence_file_is_long_form(tmp_path, lexicons, analyzer):
    corpus = csv_corpus(tmp_path / "c.csv", 2, bad=False)
    score_corpus(corpus, tmp_path / "out.csv", lexicons, jobs=1, evidence=tmp_path / "ev.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "ev.csv").read_text(encoding="utf-8"))))
    assert list(rows[0]) == [name for name, _ in EVIDENCE_COLUMNS]
    expected = analyzer.analyze("Article 0. " + ARTICLE, id="a0", split_title=False).evidence
    got = [r for r in rows if r["id"] == "a0"]
    assert [(r["signal"], r["entry"], int(r["sentence"]), int(r["start"]), int(r["end"]), r["voice"]) for r in got] == [
        (e.signal, e.entry, e.sentence, e.start, e.end, e.voice) for e in expected
    ]
    assert expected and all(r["text"] in r["sentence_text"] for r in got)
    assert read_run_meta(tmp_path / "ev.csv")["evidence"] is True


def test_output_is_written_whole_or_not_at_all(tmp_path, lexicons, monkeypatch):
    corpus = csv_corpus(tmp_path / "c.csv", 3, bad=False)

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_merge", boom)
    with pytest.raises(KeyboardInterrupt):
        score_corpus(corpus, tmp_path / "out.parquet", lexicons, jobs=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]


def test_unknown_output_format_and_clashing_paths_are_user_errors(tmp_path, lexicons):
    from framing.errors import InputError

    corpus = csv_corpus(tmp_path / "c.csv", 1, bad=False)
    with pytest.raises(InputError, match=r"out.xlsx: unknown output format '.xlsx'; use .parquet, .csv, .jsonl"):
        score_corpus(corpus, tmp_path / "out.xlsx", lexicons)
    with pytest.raises(InputError, match=r"o.csv: given as both -o and --errors; give each its own file"):
        score_corpus(corpus, tmp_path / "o.csv", lexicons, errors=tmp_path / "o.csv")


# ---- parallel and distributed ----------------------------------------------------------------


def test_output_is_identical_whatever_the_number_of_jobs(tmp_path, lexicons, monkeypatch):
    monkeypatch.setattr(batch, "BATCH_RECORDS", 4)  # many batches in flight at once
    corpus = csv_corpus(tmp_path / "c.csv", 30)
    files = {}
    for jobs in (1, 2):
        run = score_corpus(
            corpus,
            tmp_path / f"out{jobs}.csv",
            lexicons,
            jobs=jobs,
            evidence=tmp_path / f"ev{jobs}.parquet",
            errors=tmp_path / f"err{jobs}.csv",
        )
        assert run.counts() == {"read": 33, "scored": 30, "failed": 3, "flagged": 0}
        assert run.where == ("1 process" if jobs == 1 else "2 processes")
        files[jobs] = [
            (tmp_path / f"{stem}{jobs}.{ext}").read_bytes()
            for stem, ext in (("out", "csv"), ("ev", "parquet"), ("err", "csv"))
        ]
    assert files[1] == files[2]


def test_dask_cluster_output_equals_local_output(tmp_path, lexicons, monkeypatch):
    pytest.importorskip("distributed")
    import pandas as pd
    from distributed import LocalCluster

    monkeypatch.setattr(batch, "BATCH_RECORDS", 4)
    corpus = csv_corpus(tmp_path / "c.csv", 20)
    model = Path(__file__).resolve().parent.parent / "models" / "default.skops"  # the model travels too
    local = score_corpus(
        corpus, tmp_path / "local.parquet", lexicons, jobs=1, model=model, sentences=tmp_path / "local.sentences.csv"
    )
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        remote = score_corpus(
            corpus,
            tmp_path / "dask.parquet",
            lexicons,
            scheduler=cluster.scheduler_address,
            errors=tmp_path / "dask.errors.csv",
            model=model,
            sentences=tmp_path / "dask.sentences.csv",
        )
    assert remote.where == f"Dask at {cluster.scheduler_address} (2 threads)"
    assert remote.counts() == local.counts() == {"read": 23, "scored": 20, "failed": 3, "flagged": 0}
    table = pd.read_parquet(tmp_path / "local.parquet")
    assert "model_hedged_share" in table and table["model_hedged_share"].between(0, 1).all()
    pd.testing.assert_frame_equal(table, pd.read_parquet(tmp_path / "dask.parquet"))
    assert (tmp_path / "local.errors.csv").read_bytes() == (tmp_path / "dask.errors.csv").read_bytes()
    assert (tmp_path / "local.sentences.csv").read_bytes() == (tmp_path / "dask.sentences.csv").read_bytes()


def test_a_dask_worker_lost_mid_run_is_one_line_and_exit_3(tmp_path, lexicons, monkeypatch):
    """A Dask worker that died took the lexicons scattered to it: FutureCancelledError, a traceback, exit 1."""
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from framing.errors import RunError

    monkeypatch.setattr(batch, "BATCH_RECORDS", 2)
    corpus = csv_corpus(tmp_path / "c.csv", 40)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:

        class WorkerLost:  # after the first batch is written, the only worker goes
            def __init__(self, corpus):
                pass

            def update(self, run, reach):
                cluster.scale(0)
                cluster.sync(cluster._correct_state)

            def close(self, run):
                pass

        with pytest.raises(RunError, match="a worker process died"):
            score_corpus(
                corpus, tmp_path / "o.parquet", lexicons, scheduler=cluster.scheduler_address, progress=WorkerLost
            )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]


def test_unreachable_scheduler_is_a_user_error(tmp_path, lexicons):
    pytest.importorskip("distributed")
    from framing.errors import InputError

    corpus = csv_corpus(tmp_path / "c.csv", 1, bad=False)
    with pytest.raises(InputError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        score_corpus(corpus, tmp_path / "o.parquet", lexicons, scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "o.parquet").exists()


# ---- progress --------------------------------------------------------------------------------


def test_progress_is_plain_log_lines_when_not_a_terminal():
    class Corpus:
        total, done = 1000, 900  # reading runs ahead of writing: progress counts what is written

    stream = io.StringIO()
    progress = Progress(Corpus(), stream, every=0, unit=Options(unit="sentence"))
    progress.update(RunSummary(read=120, failed=2), 250)
    progress.close(RunSummary())
    assert stream.getvalue().startswith("framing: 120 sentences read (25% of the input), 2 failed, ")
    assert stream.getvalue().rstrip().endswith(" sentences/s")  # BABE's rows, named as `score --unit` says (u26)


# ---- the command line ------------------------------------------------------------------------


def test_cli_exit_1_when_some_failed_with_summary_line(tmp_path, cli):
    result = cli(csv_corpus(tmp_path / "c.csv", 4), "-o", tmp_path / "out.parquet", "--jobs", "1")
    assert result.exit_code == 1
    assert "read 7 · scored 4 · failed 3 · flagged 0" in result.output
    assert "1 × empty text" in result.output and f"listed in {tmp_path / 'out.errors.csv'}" in result.output


def test_cli_counts_the_reasons_records_were_flagged_under_the_closing_line(tmp_path, cli):
    """Flagged records are counted by reason, as failed ones are: "flagged 3" alone said nothing of why."""
    write_csv(
        tmp_path / "c.csv",
        [
            ["id", "date", "text"],
            ["x", "2024-01-02", "Talks may resume."],
            ["x", "2024-01-03", "Talks resumed."],
            ["y", "2024-01-04", "Nobody came."],
            ["y", "31/31/2024", "Everybody came."],
        ],
    )
    out = tmp_path / "out.csv"
    result = cli(tmp_path / "c.csv", "-o", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"read 4 · scored 4 · failed 0 · flagged 2 → {out} (")
    assert lines[1:] == [
        "  2 × duplicate id",
        "  1 × date left empty",
        f"every failed and flagged record is listed in {tmp_path / 'out.errors.csv'}",
    ]


def test_cli_counts_texts_over_the_article_limit_as_one_reason_naming_the_limit(tmp_path, cli, monkeypatch):
    monkeypatch.setattr("framing.corpus.records.MAX_ARTICLE_BYTES", 2_000_000)
    with (tmp_path / "c.jsonl").open("w", encoding="utf-8") as f:
        for rid, words in (("a", 500_000), ("b", 1), ("c", 700_000)):
            f.write(json.dumps({"id": rid, "text": "Talk. " * words}) + "\n")
    out = tmp_path / "out.csv"
    result = cli(tmp_path / "c.jsonl", "-o", out, "--jobs", "1")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[1:] == [
        "  2 × too large for one article",
        f"every failed and flagged record is listed in {tmp_path / 'out.errors.csv'}",
    ]
    assert [(e["id"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        ("a", "too large for one article: 3.0 million characters (limit 2 million)"),
        ("c", "too large for one article: 4.2 million characters (limit 2 million)"),
    ]


def test_cli_exit_0_and_summary_by_outlet(tmp_path, cli):
    result = cli(csv_corpus(tmp_path / "c.csv", 6, bad=False), "-o", tmp_path / "out.csv", "--summary", "outlet")
    assert result.exit_code == 0, result.output
    assert "read 6 · scored 6 · failed 0" in result.output
    table = result.output[result.output.index("Mean per outlet") :]
    assert all(f"outlet{k}" in table for k in range(3))
    # the word column is a mean per article (compare's "words" is a group's total): it said "words" (u25)
    scores = pd.read_csv(tmp_path / "out.csv")
    mean = scores.groupby("outlet")["n_words"].mean()
    assert "mean words" in table and "Mean per outlet: words per article;" in table
    row = next(line for line in table.splitlines() if "outlet1" in line)
    assert (
        f" {mean['outlet1']:.0f} " in row and f" {scores['n_words'][scores['outlet'] == 'outlet1'].sum()} " not in row
    )


def test_cli_unit_names_the_records_in_the_summary_and_the_closing_line(tmp_path, cli):
    """`--unit sentence`, compare's option: BABE's rows were "articles" in the summary of `score` (u26)."""
    corpus = csv_corpus(tmp_path / "c.csv", 6, bad=False)
    result = cli(corpus, "-o", tmp_path / "out.csv", "--summary", "outlet", "--unit", "sentence")
    assert result.exit_code == 0, result.output
    table = result.output[result.output.index("Mean per outlet") :]
    assert "Mean per outlet: words per sentence;" in table and " sentences " in table.splitlines()[2]
    assert "article" not in result.output
    assert " sentences/s, " in result.output.splitlines()[0]
    assert cli(corpus, "-o", tmp_path / "o2.csv").exit_code == 0  # the file's columns are the same whatever the unit
    assert list(pd.read_csv(tmp_path / "out.csv").columns) == list(pd.read_csv(tmp_path / "o2.csv").columns)


def test_cli_unit_goes_with_a_corpus(tmp_path, cli):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli(tmp_path / "a.txt", "--unit", "sentence")
    assert result.exit_code == 2 and "--unit goes with a corpus run" in result.output


def test_cli_column_options(tmp_path, cli):
    write_csv(tmp_path / "c.csv", [["a", "b"], ["z", ARTICLE]])
    result = cli(tmp_path / "c.csv", "-o", tmp_path / "o.csv", "--text-col", "b", "--id-col", "a")
    assert result.exit_code == 0, result.output
    assert next(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_text(encoding="utf-8"))))["id"] == "z"


@pytest.mark.parametrize(
    "args, message",
    [
        (["c.csv", "-o", "o.csv", "--text-col", "nope"], "error: {d}/c.csv: no column 'nope' for --text-col"),
        (["c.csv"], "error: {d}/c.csv: is a corpus; give the score table to write with -o OUT"),
        (["c.csv", "-o", "o.txt"], "error: {d}/o.txt: unknown output format '.txt'"),
        (["c.csv", "-o", "o.csv", "--summary", "nope"], "error: --summary nope: no such column"),
        (["missing.csv", "-o", "o.csv"], "error: {d}/missing.csv: no such file or folder"),
        (["a.txt", "-o", "o.csv"], "error: {d}/a.txt: -o scores a corpus"),
        (["c.csv", "-o", "."], "error: {d}: is a folder; give the name of a file to write"),  # was a traceback
        (
            ["c.csv", "-o", "o.csv", "--text-col", "text", "--id-col", "text"],  # the id was the text
            "error: --text-col and --id-col both name 'text'; give each its own column\n",
        ),
    ],
)
def test_cli_user_errors_are_one_line_and_exit_2(tmp_path, cli, args, message):
    (tmp_path / "c.csv").write_text("id,text\n1,x\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = cli(*[tmp_path / a if "." in a and not a.startswith("-") else a for a in args])
    assert result.exit_code == 2
    assert result.output.startswith(message.format(d=tmp_path)) and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_single_article_is_unchanged_and_imports_no_pandas(fixture_article):
    """`framing score article.txt` must stay quick: the corpus code imports pandas/pyarrow lazily."""
    code = (
        "import sys; from framing.cli import app\n"
        f"try: app(['score', {str(fixture_article)!r}, '-f', 'json'])\n"
        "except SystemExit as e: assert not e.code, e.code\n"
        "print('heavy:', sorted(m for m in ('pandas', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.rstrip().endswith("heavy: []")
    assert json.loads(out[: out.rindex("heavy:")])["schema"] == "framing.article/1"


def test_sigterm_stops_a_parallel_run_without_partial_files_or_traceback(tmp_path):
    """Regression: a terminated run used to leave its worker processes behind (they block forever), and
    hung when a worker was ended halfway through sending a result (the pool waited for the rest)."""
    import os
    import signal
    import time

    from framing.forking import alive

    write_csv(tmp_path / "c.csv", [["id", "text"]] + [[f"a{i}", ARTICLE * 10] for i in range(20000)])
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "framing"),
            "score",
            str(tmp_path / "c.csv"),
            "-o",
            str(tmp_path / "out.parquet"),
            "--jobs",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: one that hangs is killed whole below
    )
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = [int(p) for p in children.read_text().split()] if children.exists() else [0, 0]  # 0: no /proc
    time.sleep(1.0)  # the workers score and send results back
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=60)  # seconds are enough; a loaded CI machine gets more
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the terminated run did not end")
    assert proc.returncode == 143, err  # 128 + SIGTERM, as shells report it (130 is Ctrl-C's)
    assert err.strip() == "terminated; no output written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]
    assert not any(alive(p) for p in workers if p)  # no worker left behind
