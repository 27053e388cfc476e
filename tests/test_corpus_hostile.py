"""Hostile values in corpus inputs: each bad record is failed once with its reason, never a crash,
never a fragment scored as a record; files that are not regular files are refused."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import os
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing.corpus import delimited, files, jsonl, records
from framing.batch.run import score_corpus
from framing.tables.read import read_run_meta
from framing.cli import app
from framing.corpus import Failure, Record, open_corpus, read_text_file
from framing.errors import InputError

TEXT = "Officials reportedly met on Sunday. The talks could collapse, sources said."


def items(path: Path) -> list[Record | Failure]:
    return list(open_corpus(path))


def summary(found: list[Record | Failure]) -> list[tuple]:
    return [(type(i).__name__, i.line, i.row, i.id, getattr(i, "reason", None)) for i in found]


def errors_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# ---- 5. CSV resynchronises after a damaged record ----------------------------------------


def test_a_bad_quote_in_a_multi_line_field_fails_that_record_once(tmp_path):
    """The quoted field holds "the regime" unescaped; the csv module went out of step and scored
    the rest of the field as records ("read 3" for 2 records, a record with id "the regime")."""
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"First line.\nHe said "the regime" fell,\nthen left."\n2,"Fine text."\n')
    assert summary(items(path)) == [
        ("Failure", 2, 1, None, "malformed CSV row: ',' expected after '\"'"),
        ("Record", 5, 2, "2", None),
    ]


def test_a_field_over_the_limit_with_a_newline_fails_once(tmp_path, monkeypatch):
    """Its quotes close: the failure names the limit and the row, not a quote never closed (it did)."""
    monkeypatch.setattr(delimited, "RECORD_LIMIT", 1000)
    monkeypatch.setattr(delimited, "READ_CHUNK", 64)
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"' + "word " * 150 + "\n" + "more " * 150 + '"\n2,Fine text.\n')
    assert summary(items(path)) == [
        ("Failure", 2, 1, None, "CSV row over the limit of 1,000 characters: row 1 is not read"),
        ("Record", 4, 2, "2", None),
    ]


@pytest.mark.parametrize("end", ["\n", ""])
def test_a_field_over_the_limit_is_told_from_a_quote_never_closed(tmp_path, monkeypatch, end):
    monkeypatch.setattr(delimited, "RECORD_LIMIT", 1000)
    monkeypatch.setattr(delimited, "READ_CHUNK", 64)  # as 1 MB chunks are to 20 million characters
    long = tmp_path / "long.tsv"
    long.write_text("id\ttext\n1\tShort.\n2\t" + "word " * 300 + end)
    assert summary(items(long)) == [
        ("Record", 2, 1, "1", None),
        ("Failure", 3, 2, None, "TSV row over the limit of 1,000 characters: row 2 is not read"),
    ]
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('id,text\n1,"Never closed.\n' + "2,More words.\n" * 100 + end)
    assert summary(items(unclosed)) == [
        ("Failure", 2, 1, None, "malformed CSV row: over 0 million characters (a quote never closed?)"),
    ]


@pytest.mark.parametrize("quoted", [False, True])
def test_a_line_longer_than_a_read_chunk_is_one_record(tmp_path, monkeypatch, quoted):
    """Under the record limit but over a chunk (1 MB of characters, here 64): the chunks were handed
    to the csv module as lines, and the record failed as "2 fields where the header has 2"."""
    monkeypatch.setattr(delimited, "READ_CHUNK", 64)
    text = "It may rain, " * 20 + ('and he said ""no""\nthen left.' if quoted else "then left.")
    path = tmp_path / "c.csv"
    path.write_text(f"id,text\n1,{chr(34) + text + chr(34) if quoted else text.replace(',', ';')}\n2,Fine text.\n")
    found = items(path)
    assert summary(found) == [("Record", 2, 1, "1", None), ("Record", 4 if quoted else 3, 2, "2", None)]
    assert found[0].text == (text.replace('""', '"') if quoted else text.replace(",", ";"))


def test_a_quote_never_closed_over_many_lines_is_read_in_linear_time(tmp_path):
    """Each line of an open quoted field copied the record's list of lines: 600,000 lines after a quote
    never closed (33 MB) took minutes. 300,000 took over a minute; now well under a second."""
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"It may rain.\n' + "x\n" * 300_000 + "2,Fine text.\n")
    started = time.process_time()
    found = summary(items(path))
    assert time.process_time() - started < 15
    assert found == [
        (
            "Failure",
            2,
            1,
            None,
            "malformed CSV row: unexpected end of data (a quote is never closed: "
            "lines 2-300003 were read as this one row)",
        )
    ]


def test_a_header_of_many_columns_is_read_in_linear_time(tmp_path, monkeypatch):
    """Names were made unique against a list: 200,000 columns (a 2 MB file) took two minutes."""
    n = 200_000
    monkeypatch.setattr(records, "MAX_CARRIED_COLUMNS", n + 1)  # the naming is timed here, not the refusal
    names = ["id", "text", *(f"c{k}" for k in range(n // 2)), *["c7"] * (n // 2 + 1)]  # repeats made unique
    (tmp_path / "c.csv").write_text(",".join(names) + "\n" + ",".join(["1", "It may rain.", *["x"] * (n + 1)]) + "\n")
    started = time.process_time()
    corpus = open_corpus(tmp_path / "c.csv")
    [record] = list(corpus)
    assert time.process_time() - started < 15
    assert len(record.extra) == n + 1 and list(record.extra)[n // 2 - 1 :][:3] == ["c99999", "c7_2", "c7_3"]
    assert list(record.extra)[-1] == f"c7_{n // 2 + 2}"


def test_a_field_over_the_text_limit_fails_as_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "MAX_ARTICLE_BYTES", 100)
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"' + "word " * 30 + "\n" + "more " * 30 + '"\n2,Fine text.\n')
    assert [(type(i).__name__, i.id) for i in items(path)] == [("Failure", "1"), ("Record", "2")]


# ---- 3. one bad value in a side field ----------------------------------------------------


def test_jsonl_bad_values_in_side_fields_fail_their_record(tmp_path, lexicons):
    lines = [
        json.dumps({"id": "ok1", "text": TEXT}),
        '{"id": "nested", "text": "%s", "meta": {"who": "\\ud800"}}' % TEXT,
        '{"id": "\\udc80", "text": "%s"}' % TEXT,
        '{"id": "title", "title": "\\ud83d", "text": "%s"}' % TEXT,
        '{"id": "key", "\\udfff": 1, "text": "%s"}' % TEXT,
        '{"id": "big", "text": "%s", "n": %s}' % (TEXT, "9" * 5000),
        "null",
        '"a string"',
        json.dumps({"id": "ok2", "text": TEXT, "meta": {"who": "x"}}),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n")
    for out in ("out.parquet", "out.csv", "out.jsonl"):
        run = score_corpus(tmp_path / "c.jsonl", tmp_path / out, lexicons, jobs=1)
        assert run.counts() == {"read": 9, "scored": 2, "failed": 7, "flagged": 0}
    assert [(e["line"], e["id"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        # r12: a lone surrogate is no bytes to save as UTF-8 (U+DC80-U+DCFF are also how bytes that were not
        # UTF-8 are read, and keep that message)
        ("2", "nested", "a lone surrogate (\\ud800 in 'meta'): half of a character's JSON escape, no character"),
        ("3", "\\udc80", "not valid UTF-8 (in 'id'); save the file as UTF-8"),
        ("4", "title", "a lone surrogate (\\ud83d in 'title'): half of a character's JSON escape, no character"),
        (
            "5",
            "key",
            "a lone surrogate (\\udfff in the name of the field '\\udfff'): half of a character's JSON escape, "
            "no character",
        ),
        ("6", "", "a number with more than 4,300 digits (Python's limit for reading one)"),
        ("7", "", "the line is null, not a JSON object"),
        ("8", "", "the line is a string, not a JSON object"),
    ]
    assert json.loads((tmp_path / "out.jsonl").read_text().splitlines()[1])["meta"] == '{"who": "x"}'


def test_a_folder_file_whose_name_is_not_utf8_fails_alone(tmp_path, lexicons):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "w") as f:
        f.write(TEXT)
    run = score_corpus(folder, tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 2, "scored": 1, "failed": 1, "flagged": 0}
    [error] = errors_of(tmp_path / "out.errors.csv")
    assert error["source"].endswith("bad\\udcff.txt") and error["id"] == "bad\\udcff"
    assert error["reason"] == "the file name is not valid UTF-8; rename the file"


def parquet_of(path: Path, table: pa.Table) -> Path:
    pq.write_table(table, path)
    return path


def test_parquet_bad_values_fail_their_row_and_keep_the_id(tmp_path, lexicons):
    notes = pa.array([b"fine", b"bad \xff byte", b"fine"], pa.binary()).view(pa.string())
    days = pa.array([0, 2**31 - 1, 1], pa.int32()).view(pa.date32())
    table = pa.table({"id": ["a", "b", "c"], "text": [TEXT] * 3, "note": notes, "day": pa.array([0, 0, 0], pa.int32())})
    parquet_of(tmp_path / "utf8.parquet", table)
    assert summary(items(tmp_path / "utf8.parquet"))[1] == (
        "Failure",
        None,
        2,
        "b",
        "not valid UTF-8 (in 'note'); save the file as UTF-8",
    )
    table = pa.table({"id": ["a", "b", "c"], "text": [TEXT] * 3, "published": days})
    parquet_of(tmp_path / "date.parquet", table)
    found = summary(items(tmp_path / "date.parquet"))
    assert [f[0] for f in found] == ["Record", "Failure", "Record"]
    assert found[1][3] == "b" and found[1][4].startswith("unreadable value in 'published' (")
    for out in ("o.parquet", "o.csv", "o.jsonl"):
        run = score_corpus(tmp_path / "date.parquet", tmp_path / out, lexicons, jobs=1)
        assert run.counts() == {"read": 3, "scored": 2, "failed": 1, "flagged": 0}


def test_parquet_text_not_utf8_keeps_the_id(tmp_path):
    table = pa.table({"id": ["a", "b"], "text": pa.array([TEXT.encode(), b"\xff\xfe"], pa.binary())})
    assert summary(items(parquet_of(tmp_path / "t.parquet", table)))[1] == (
        "Failure",
        None,
        2,
        "b",
        "not valid UTF-8 in the text column",
    )


def test_parquet_duplicate_column_names_are_made_unique(tmp_path, lexicons):
    table = pa.Table.from_arrays([pa.array(["a"]), pa.array([TEXT]), pa.array(["x"])], names=["id", "text", "id"])
    parquet_of(tmp_path / "dup.parquet", table)
    run = score_corpus(tmp_path / "dup.parquet", tmp_path / "out.parquet", lexicons, jobs=1)
    assert run.scored == 1
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.column("id").to_pylist() == ["a"] and out.column("id_2").to_pylist() == ["x"]


def test_decimal_time_and_duration_columns_reach_every_format(tmp_path, lexicons):
    table = pa.table(
        {
            "text": [TEXT],
            "price": pa.array([decimal.Decimal("1.50")]),
            "at": pa.array([dt.time(1, 2, 3)]),
            "took": pa.array([dt.timedelta(seconds=5)]),
        }
    )
    parquet_of(tmp_path / "t.parquet", table)
    for out in ("o.parquet", "o.csv", "o.jsonl"):
        assert score_corpus(tmp_path / "t.parquet", tmp_path / out, lexicons, jobs=1).scored == 1
    row = json.loads((tmp_path / "o.jsonl").read_text())
    assert (row["price"], row["at"], row["took"]) == ("1.50", "01:02:03", 5.0)


# ---- 10. column names never collide ------------------------------------------------------


def test_input_columns_named_like_score_columns_are_renamed_uniquely(tmp_path, lexicons):
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"text": TEXT, "n_words": 1, "input_n_words": 2, "duplicate_id": "x"}) + "\n"
    )
    for out in ("out.parquet", "out.jsonl"):
        score_corpus(tmp_path / "c.jsonl", tmp_path / out, lexicons, jobs=1)
    row = json.loads((tmp_path / "out.jsonl").read_text())
    assert (row["input_n_words_2"], row["input_n_words"], row["input_duplicate_id"]) == ("1", "2", "x")
    assert row["n_words"] > 5
    names = pq.read_table(tmp_path / "out.parquet").column_names
    assert len(names) == len(set(names))
    assert read_run_meta(tmp_path / "out.parquet")["input"]["renamed"] == {
        "duplicate_id": "input_duplicate_id",
        "n_words": "input_n_words_2",
    }


# ---- 17. JSONL keys after the sample, UTF-16 ---------------------------------------------


def test_a_jsonl_line_over_the_limit_fails_without_being_held(tmp_path, monkeypatch):
    """A 150 MB line took 500 MB of memory (a 2 GB one would take the machine's): it is skipped in chunks."""
    reads: list[int] = []

    class Recording(io.BufferedReader):
        def readline(self, size=-1):
            reads.append(size)
            return super().readline(size)

    monkeypatch.setattr(jsonl, "LINE_LIMIT", 100)
    monkeypatch.setattr(jsonl, "READ_CHUNK", 16)
    monkeypatch.setattr(jsonl, "_open_binary", lambda path: Recording(io.FileIO(path)))
    lines = [{"id": "a", "text": TEXT[:60]}, {"id": "b", "text": "word " * 100}, {"id": "c", "text": "It may."}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert summary(items(tmp_path / "c.jsonl")) == [
        ("Record", 1, 1, "a", None),
        ("Failure", 2, 2, None, "a line of 0.0 MB is over the 0 MB a record may take"),
        ("Record", 3, 3, "c", None),
    ]
    assert reads and max(reads) == 101 and -1 not in reads  # never a whole line at once


def test_jsonl_ids_that_name_no_article_are_listed_with_their_reason(tmp_path, lexicons):
    """A number is an id as written; null is flagged and hashed; a structure or a boolean fails."""
    ids = [7, 7.5, None, {"a": 1}, [1], True, "x"]
    lines = [json.dumps({"id": i, "text": f"{TEXT} Record {k}."}) for k, i in enumerate(ids)]
    lines.append(json.dumps({"text": TEXT}))  # no id at all: hashed, as documented, and not flagged
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n")
    run = score_corpus(tmp_path / "c.jsonl", tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 8, "scored": 5, "failed": 3, "flagged": 1}
    scored = [row["id"] for row in errors_of(tmp_path / "out.csv")]
    assert scored[:2] == ["7", "7.5"] and scored[3] == "x"
    assert scored[2] == records.content_id(None, f"{TEXT} Record 2.")
    assert [(e["line"], e["id"], e["status"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        ("3", scored[2], "flagged", "the id is null; a hash of title and text is used"),
        ("4", "", "failed", "the id is an object, not a string or a number"),
        ("5", "", "failed", "the id is a list, not a string or a number"),
        ("6", "", "failed", "the id is a boolean, not a string or a number"),
    ]


def test_jsonl_fields_first_seen_after_the_sample_are_flagged(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "SCHEMA_SAMPLE", 2)
    rows = [{"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}, {"id": "c", "text": TEXT, "late": 1}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    found = items(tmp_path / "c.jsonl")
    assert [i.flags for i in found] == [
        [],
        [],
        ["field 'late' first appears after the first 2 records: not in the output"],
    ]


def test_front_matter_keys_first_seen_after_the_sample_are_flagged(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "SCHEMA_SAMPLE", 1)
    (tmp_path / "a.txt").write_text("---\ntopic: x\n---\n" + TEXT)
    (tmp_path / "b.txt").write_text("---\ntopic: y\nlate: z\n---\n" + TEXT)
    assert [i.flags for i in items(tmp_path)] == [
        [],
        ["field 'late' first appears after the first 1 records: not in the output"],
    ]


def test_utf16_articles_are_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffSome words, in UTF-16.".encode("utf-16-le"))
    assert read_text_file(path) == "Some words, in UTF-16."


def test_utf16_without_a_mark_is_named(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Some words, in UTF-16.".encode("utf-16-le"))
    with pytest.raises(InputError, match="looks like UTF-16 without a byte-order mark; save the file as UTF-8"):
        read_text_file(path)


def test_a_utf16_corpus_file_is_named(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("id,text\n1,Words.\n".encode("utf-16"))
    with pytest.raises(InputError, match="is UTF-16; save the file as UTF-8"):
        items(path)


# ---- 9. bounded reads, no FIFOs or devices -----------------------------------------------


def test_score_refuses_a_device_and_a_fifo_without_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    runner = CliRunner()
    for path in ("/dev/zero", tmp_path / "pipe.txt"):
        result = runner.invoke(app, ["score", str(path)])
        assert result.exit_code == 2, result.output
        assert result.output.strip() == f"error: {path}: is not a regular file (a device, FIFO or socket)"
    os.mkfifo(tmp_path / "pipe.jsonl")
    result = runner.invoke(app, ["score", str(tmp_path / "pipe.jsonl"), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 2 and "is not a regular file" in result.output


def test_a_folder_that_cannot_be_listed_is_a_failed_record(tmp_path, lexicons, monkeypatch):
    """os.walk passed over a folder it could not list: its articles were neither scored nor listed.
    (Permissions do not bind root, so the refusal is the system's answer, given here by hand.)"""
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "b.txt").write_text(TEXT)
    (folder / "a.txt").write_text(TEXT)
    scandir = os.scandir

    def refusing(path=".", locked=str(folder / "locked")):
        if os.fspath(path) in (locked, str(tmp_path / "shut")):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    run = score_corpus(folder, tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 2, "scored": 1, "failed": 1, "flagged": 0}
    assert [(e["source"], e["reason"]) for e in errors_of(tmp_path / "out.errors.csv")] == [
        (str(folder / "locked"), "cannot list this folder (Permission denied); its files were not read")
    ]
    (tmp_path / "shut").mkdir()
    with pytest.raises(InputError, match="shut: cannot list this folder \\(Permission denied\\)$"):
        items(tmp_path / "shut")


def test_a_fifo_in_a_corpus_folder_is_a_failed_record(tmp_path, lexicons):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").symlink_to("/dev/zero")
    run = score_corpus(folder, tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 3, "scored": 1, "failed": 2, "flagged": 0}
    assert {e["reason"] for e in errors_of(tmp_path / "out.errors.csv")} == {
        "is not a regular file (a device, FIFO or socket)"
    }


def test_a_linked_folder_in_a_corpus_folder_is_read_once_and_a_link_loop_ends(tmp_path, lexicons):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(TEXT)
    folder = tmp_path / "in"
    (folder / "north").mkdir(parents=True)
    (folder / "north" / "a.txt").write_text(TEXT)
    (folder / "south").symlink_to(elsewhere)  # its article used to be left out without a word
    (folder / "north" / "loop").symlink_to(folder)
    run = score_corpus(folder, tmp_path / "out.csv", lexicons, jobs=1)
    assert run.counts() == {"read": 2, "scored": 2, "failed": 0, "flagged": 0}
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as fh:
        assert [(r["id"], r["outlet"]) for r in csv.DictReader(fh)] == [("north/a", "north"), ("south/b", "south")]


def test_reads_are_bounded_even_when_the_size_is_unknown(tmp_path, monkeypatch):
    """st_size is 0 for devices and /proc files: the read itself must stop at the limit."""
    import tracemalloc

    monkeypatch.setattr(files, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "a.txt"
    path.write_bytes(b"word " * 4_000_000)  # 20 MB
    real_stat = Path.stat
    monkeypatch.setattr(
        Path, "stat", lambda self, **kw: os.stat_result((*real_stat(self, **kw)[:6], 0, *real_stat(self, **kw)[7:]))
    )
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="too large for one article"):
            read_text_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
