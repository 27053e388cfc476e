"""Corpus readers: every format, every bad-record kind, column detection, dates and ids."""

from __future__ import annotations

import datetime as dt
import gc
import json
import re
import warnings
from pathlib import Path

import pytest

from framing.corpus import (
    Failure,
    Record,
    content_id,
    corpus_format,
    open_corpus,
    parse_date,
    read_article,
    text_problem,
)
from framing.errors import InputError


def read(path: Path, **columns) -> tuple[list[Record], list[Failure], object]:
    corpus = open_corpus(path, columns)
    items = list(corpus)
    return [i for i in items if isinstance(i, Record)], [i for i in items if isinstance(i, Failure)], corpus


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(data, bytes) else lambda d: path.write_text(d, encoding="utf-8"))(data)
    return path


# ---- folders ---------------------------------------------------------------------------------


def test_folder_takes_outlet_from_parent_folder_or_front_matter(tmp_path):
    write(tmp_path / "blaze" / "a.txt", "Headline here\n\nThe body says something.\n")
    write(
        tmp_path / "blaze" / "b.md", "---\noutlet: The Daily Blaze\ndate: 2026-02-09\ntitle: T\nevent: e1\n---\nBody.\n"
    )
    write(tmp_path / "loose.txt", "A file at the top level.\n")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    records, failures, corpus = read(tmp_path)
    assert failures == []
    by_id = {r.id: r for r in records}
    assert list(by_id) == ["loose", "blaze/a", "blaze/b"]  # a folder's own files, then its subfolders
    assert by_id["blaze/a"].outlet == "blaze" and by_id["blaze/a"].split_title and by_id["blaze/a"].title is None
    assert by_id["blaze/b"].outlet == "The Daily Blaze"
    assert by_id["blaze/b"].date == dt.date(2026, 2, 9) and by_id["blaze/b"].title == "T"
    assert by_id["blaze/b"].extra == {"event": "e1"} and not by_id["blaze/b"].split_title
    assert by_id["loose"].outlet is None
    assert corpus.skipped == [tmp_path / "notes.pdf"]


def test_folder_order_is_sorted_path_order(tmp_path):
    for name in ("b/2.txt", "a/9.txt", "a/10.txt", "c.txt"):
        write(tmp_path / name, f"Text of {name}.")
    records, _, _ = read(tmp_path)
    assert [r.id for r in records] == ["c", "a/10", "a/9", "b/2"]


def test_folder_bad_files_fail_with_reason_and_line(tmp_path):
    write(tmp_path / "o" / "empty.txt", "  \n")
    write(tmp_path / "o" / "binary.txt", b"abc\x00\x01\x02")
    write(tmp_path / "o" / "latin1.txt", "line one\nna\xefve\n".encode("latin-1"))
    write(tmp_path / "o" / "fm_only.txt", "---\ntitle: x\n---\n\n")
    write(tmp_path / "o" / "good.txt", "Fine text.")
    records, failures, _ = read(tmp_path)
    assert [r.id for r in records] == ["o/good"]
    reasons = {Path(f.source).name: (f.line, f.reason, f.id) for f in failures}
    assert reasons["empty.txt"] == (None, "is empty", "o/empty")
    assert reasons["binary.txt"] == (None, "looks like a binary file, not text", "o/binary")
    assert reasons["latin1.txt"][0] == 2
    assert reasons["latin1.txt"][1].startswith("not valid UTF-8 (byte 0xef")
    assert reasons["fm_only.txt"][1] == "has front matter but no text"


def test_folder_without_articles_is_a_user_error(tmp_path):
    write(tmp_path / "x.pdf", b"%PDF")
    with pytest.raises(InputError, match="no .txt, .md or .html files"):
        read(tmp_path)


# ---- CSV / TSV -------------------------------------------------------------------------------


def test_csv_columns_are_detected_from_common_names(tmp_path):
    path = write(
        tmp_path / "c.csv",
        "Headline,Body,source,published_at,url,views\nT1,Text one.,Blaze,2026-02-09T10:00:00Z,http://x/1,5\n",
    )
    records, failures, corpus = read(path)
    assert corpus.columns == {
        "id": "url",
        "outlet": "source",
        "date": "published_at",
        "title": "Headline",
        "text": "Body",
    }
    assert corpus.extra_columns == ["views"]
    r = records[0]
    assert (r.id, r.outlet, r.date, r.title, r.text, r.extra) == (
        "http://x/1",
        "Blaze",
        dt.date(2026, 2, 9),
        "T1",
        "Text one.",
        {"views": "5"},
    )
    assert (r.line, r.row) == (2, 1) and not r.split_title


def test_csv_column_options_win_over_detection(tmp_path):
    path = write(tmp_path / "c.csv", "text,story,paper\nnot this,This one.,P\n")
    records, _, corpus = read(path, text="story", outlet="paper")
    assert records[0].text == "This one." and records[0].outlet == "P"
    assert corpus.extra_columns == ["text"]


def test_csv_without_text_column_names_the_columns_and_the_option(tmp_path):
    path = write(tmp_path / "c.csv", "a,b\n1,2\n")
    with pytest.raises(InputError, match=r"c.csv: no text column found among 'a', 'b'; name it with --text-col"):
        read(path)


def test_csv_unknown_column_option_suggests_the_close_one(tmp_path):
    path = write(tmp_path / "c.csv", "id,body_text\n1,x\n")
    with pytest.raises(InputError, match=r"no column 'body_txt' for --text-col; did you mean 'body_text'\?"):
        read(path, text="body_txt")


@pytest.mark.parametrize(
    ("content", "texts"),
    [("text,id\nHello there.,1\n", ["Hello there."]), ("a,b\n1,2\n", None)],
    ids=["reads", "refuses"],
)
def test_csv_reader_closes_its_file_whether_it_reads_or_refuses(tmp_path, content, texts):
    """A run over thousands of CSV files must not hold each open until the garbage collector runs."""
    path = write(tmp_path / "c.csv", content)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        if texts is None:
            with pytest.raises(InputError, match="no text column found among 'a', 'b'"):
                read(path)
        else:
            assert [r.text for r in read(path)[0]] == texts
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_csv_bad_rows_fail_with_line_row_and_reason(tmp_path):
    data = (
        "id,text\n"
        '1,"Good one."\n'
        '2,"bad"quote\n'
        "3,two,many\n"
        "\n"
        '4,"multi\nline text."\n'
        "5,   \n"
        '6,"unterminated\n'
        "7,swallowed\n"
    )  # record 7 is inside record 6's open quote: the reason says which lines went with it
    records, failures, _ = read(write(tmp_path / "c.csv", data))
    assert [(r.id, r.line, r.row) for r in records] == [("1", 2, 1), ("4", 6, 4)]
    assert [(f.line, f.row, f.reason) for f in failures] == [
        (3, 2, "malformed CSV row: ',' expected after '\"'"),
        (4, 3, "malformed CSV row: 3 fields where the header has 2"),
        (8, 5, "empty text"),
        (
            9,
            6,
            "malformed CSV row: unexpected end of data (a quote is never closed: lines 9-10 were read as this one row)",
        ),
    ]
    assert failures[2].id == "5"


def test_csv_undecodable_bytes_fail_only_their_row(tmp_path):
    data = "id,outlet,text\n1,A,Fine.\n".encode() + b"2,B\xff,Bad outlet byte.\n3,C,Also fine.\n"
    records, failures, _ = read(write(tmp_path / "c.csv", data))
    assert [r.id for r in records] == ["1", "3"]
    assert [(f.line, f.id, f.reason) for f in failures] == [
        (3, "2", "not valid UTF-8 (in 'outlet'); save the file as UTF-8")
    ]


def test_csv_binary_body_fails(tmp_path):
    records, failures, _ = read(write(tmp_path / "c.csv", b'id,text\n1,"a\x00b"\n'))
    assert records == [] and failures[0].reason == "binary data, not text (NUL bytes)"


def test_tsv_with_bom_and_unnamed_index_column(tmp_path):
    path = write(tmp_path / "c.tsv", "\ufeff\tid\ttext\n0\ta\tText with, comma.\n")
    records, failures, corpus = read(path)
    assert failures == [] and records[0].text == "Text with, comma." and records[0].id == "a"
    assert corpus.extra_columns == ["column_1"]


def test_empty_csv_is_a_user_error(tmp_path):
    with pytest.raises(InputError, match="is empty; a header row"):
        read(write(tmp_path / "c.csv", ""))


@pytest.mark.parametrize("content", ["", "\n  \n"])
def test_empty_jsonl_is_a_user_error(tmp_path, content):
    """As an empty CSV or folder is: a run of zero records used to end with exit code 0 and an empty table."""
    path = write(tmp_path / "c.jsonl", content)
    with pytest.raises(InputError, match=f"^{re.escape(str(path))}: is empty; one JSON object per line is needed$"):
        read(path)


def test_missing_ids_are_content_hashes_stable_across_runs(tmp_path):
    path = write(tmp_path / "c.csv", "title,text\nA,Same text.\nB,Same text.\nA,Same text.\n")
    first = [r.id for r in read(path)[0]]
    assert first == [r.id for r in read(path)[0]]
    assert first[0] == content_id("A", "Same text.") == first[2] != first[1]
    assert len(first[0]) == 16


# ---- JSONL -----------------------------------------------------------------------------------


def test_jsonl_bad_lines_fail_with_line_and_reason(tmp_path):
    lines = [
        json.dumps({"id": "a", "content": "Good.", "outlet": "X", "tags": ["p", "q"]}),
        "",
        '{"id": "b", "content": "broken"',
        "[1, 2]",
        json.dumps({"id": "c", "content": 42}),
        json.dumps({"id": "d", "content": ""}),
        json.dumps({"id": "e"}),
        json.dumps({"id": "f", "content": "Late.", "date": "31/12/2026"}),
    ]
    data = ("\n".join(lines) + "\n").encode() + b'{"id": "g", "content": "caf\xe9"}\n'
    records, failures, corpus = read(write(tmp_path / "c.jsonl", data))
    assert corpus.columns["text"] == "content"
    assert [(r.id, r.line, r.row) for r in records] == [("a", 1, 1), ("f", 8, 7)]
    assert records[0].extra == {"tags": '["p", "q"]'}
    assert records[1].date == dt.date(2026, 12, 31)
    assert [(f.line, f.reason) for f in failures] == [
        (3, "invalid JSON at column 32: Expecting ',' delimiter"),
        (4, "the line is a list, not a JSON object"),
        (5, "the text is a number, not a string"),
        (6, "empty text"),
        (7, "no text"),
        (9, "not valid UTF-8 (byte 0xe9 at column 28); save the file as UTF-8"),
    ]


def test_jsonl_of_only_broken_lines_reports_each_line(tmp_path):
    records, failures, _ = read(write(tmp_path / "c.jsonl", "nope\n{bad\n"))
    assert records == [] and [f.line for f in failures] == [1, 2]


def test_jsonl_without_text_field_is_a_user_error(tmp_path):
    with pytest.raises(InputError, match=r"no text field found among 'id', 'name'"):
        read(write(tmp_path / "c.jsonl", '{"id": 1, "name": "x"}\n'))


def test_unparseable_date_is_flagged_not_failed(tmp_path):
    records, failures, _ = read(write(tmp_path / "c.jsonl", '{"text": "x", "date": "05/06/2026"}\n'))
    assert failures == [] and records[0].date is None
    assert records[0].flags == [
        "date left empty: ambiguous date '05/06/2026' (day/month order unknown); write dates as YYYY-MM-DD"
    ]


# ---- Parquet ---------------------------------------------------------------------------------


def test_parquet_keeps_extra_column_types_and_fails_null_text(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "doc_id": [1, 2, 3],
            "body": ["One.", None, "Three."],
            "publisher": ["A", "B", None],
            "pubdate": pa.array([dt.datetime(2026, 1, 2, 23, 0), None, dt.datetime(2026, 3, 4)]),
            "score": [0.5, 0.25, 1.0],
        }
    )
    pq.write_table(table, tmp_path / "c.parquet")
    records, failures, corpus = read(tmp_path / "c.parquet")
    assert [(r.id, r.row, r.outlet, r.date, r.extra) for r in records] == [
        ("1", 1, "A", dt.date(2026, 1, 2), {"score": 0.5}),
        ("3", 3, None, dt.date(2026, 3, 4), {"score": 1.0}),
    ]
    assert [(f.row, f.id, f.reason) for f in failures] == [(2, "2", "no text")]
    assert corpus.extra_types == {"score": pa.float64()} and corpus.total == 3


def test_parquet_text_column_of_numbers_is_a_user_error(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": [1, 2]}), tmp_path / "c.parquet")
    with pytest.raises(InputError, match="the text column 'text' holds int64, not text"):
        read(tmp_path / "c.parquet")


def test_parquet_binary_text_is_decoded_or_failed(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": pa.array([b"Fine.", b"\xff\xfe"], pa.binary())}), tmp_path / "c.parquet")
    records, failures, _ = read(tmp_path / "c.parquet")
    assert records[0].text == "Fine." and failures[0].reason == "not valid UTF-8 in the text column"


def test_not_a_parquet_file_is_a_user_error(tmp_path):
    with pytest.raises(InputError, match="not a readable Parquet file"):
        read(write(tmp_path / "c.parquet", b"PAR1 not really"))


# ---- formats, dates, single articles ---------------------------------------------------------


def test_corpus_format_by_suffix_and_folder(tmp_path):
    assert corpus_format(tmp_path) == "folder"
    assert [corpus_format(Path(f"x{s}")) for s in (".csv", ".TSV", ".jsonl", ".ndjson", ".parquet", ".txt")] == [
        "csv",
        "tsv",
        "jsonl",
        "jsonl",
        "parquet",
        None,
    ]
    with pytest.raises(InputError, match="one JSON object per line"):
        corpus_format(Path("x.json"))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-02-09", dt.date(2026, 2, 9)),
        ("2026-02-09T23:30:00-05:00", dt.date(2026, 2, 9)),
        ("2026-02-09 10:00", dt.date(2026, 2, 9)),
        ("Mon, 09 Feb 2026 10:00:00 +0000", dt.date(2026, 2, 9)),
        ("9 February 2026", dt.date(2026, 2, 9)),
        ("Feb 9, 2026", dt.date(2026, 2, 9)),
        ("2026/02/09", dt.date(2026, 2, 9)),
        ("09.02.2026", dt.date(2026, 2, 9)),
        ("25/02/2026", dt.date(2026, 2, 25)),
        ("02/25/2026", dt.date(2026, 2, 25)),
        (dt.datetime(2026, 2, 9, 5), dt.date(2026, 2, 9)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_gives_one_type(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value, message", [("03/04/2026", "ambiguous date"), ("yesterday", "unrecognised date")])
def test_parse_date_refuses_to_guess(value, message):
    with pytest.raises(ValueError, match=message):
        parse_date(value)


def test_text_problem_names_each_kind():
    assert [text_problem(v) for v in (None, 3, {"a": 1}, " ", "a\x00", "ok")] == [
        "no text",
        "the text is a number, not a string",
        "the text is an object, not a string",
        "empty text",
        "binary data, not text (NUL bytes)",
        None,
    ]


def test_read_article_still_reads_one_file(fixture_article):
    record = read_article(fixture_article)
    assert record["id"] == fixture_article.stem and record["text"].strip()
