"""Very wide or heavy input rows: memory stays bounded. A corpus with more columns than a score table
carries is refused before scoring; batches and Parquet row groups are cut by what they hold, not only
by how many rows, and the rows written are the same."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing.batch import run as batch
from framing.cli import app
from framing.corpus import Failure, Record, open_corpus
from framing.errors import InputError
from framing.lexicon.loader import load_lexicons
from framing.corpus.records import MAX_CARRIED_COLUMNS
from framing.tables import ScoreColumns
from framing.tables import write
from framing.tables.write import TableWriter

ARTICLE = "Officials reportedly met on Sunday. The talks could collapse, sources said."


def test_a_corpus_wider_than_a_score_table_carries_is_refused_before_scoring(tmp_path, monkeypatch, lexicons):
    monkeypatch.setattr("framing.cli.score.load_lexicons", lambda *a, **k: lexicons)
    n = MAX_CARRIED_COLUMNS + 1
    path = tmp_path / "wide.csv"
    path.write_text(
        "id,text," + ",".join(f"c{i}" for i in range(n)) + "\n1," + ARTICLE + "," + ",".join("v" * n) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["score", str(path), "-o", str(tmp_path / "out.parquet")])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {path}: 1,001 columns besides the text, id, outlet, date and title; at most 1,000 are read: "
        "keep those you need in a copy of the file\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wide.csv"]


def test_every_reader_refuses_too_many_columns_before_its_records(tmp_path):
    """narratives and lexicon sample read through the same readers: a wide file is refused for them too."""
    fields = {f"c{i}": "v" for i in range(MAX_CARRIED_COLUMNS + 1)}
    jsonl = tmp_path / "wide.jsonl"
    jsonl.write_text(json.dumps({"id": "1", "text": ARTICLE} | fields) + "\n", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("---\n" + "".join(f"{k}: v\n" for k in fields) + "---\n" + ARTICLE, encoding="utf-8")
    for path in (jsonl, folder):
        with pytest.raises(InputError) as caught:
            list(open_corpus(path))
        assert str(caught.value).startswith(f"{path}: 1,001 columns besides the text, id, outlet, date and title")


def test_batches_are_cut_by_the_columns_they_carry(monkeypatch):
    monkeypatch.setattr(batch, "BATCH_CARRIED", 10_000)
    wide = {f"c{i}": "x" * 50 for i in range(40)}  # 40 cells of 50 + 50: 4,000 a record
    items: list[Record | Failure] = [Record("c.csv", k, k, str(k), ARTICLE, extra=dict(wide)) for k in range(7)]
    items.insert(3, Failure("c.csv", 9, 9, None, "empty text"))
    sizes = [len(b) for b, _ in batch._batches(iter(items), type("Done", (), {"done": 0})())]
    assert sizes == [3, 4, 1]  # records 0-2; a failure and records 3-5 (the failure holds nothing); record 6


def test_parquet_row_groups_are_cut_by_their_content_and_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(write, "GROUP_COST", 1_000)
    path = tmp_path / "t.parquet"
    writer = TableWriter(path, [("id", "string"), ("note", "string"), ("score", "float64")])
    rows = [(str(k), "n" * (300 if k % 2 else 10), float(k)) for k in range(7)]
    writer.write(rows[:2])
    writer.write(rows[2:])  # a group's cut does not depend on how rows arrive
    writer.finish()
    write.commit_all([writer])
    # a row costs 150 for its three cells and the length of its id and note: 161, 451, 161, 451, ...
    file = pq.ParquetFile(path)
    assert [file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)] == [4, 3]
    assert pq.read_table(path).to_pylist() == [{"id": i, "note": n, "score": s} for i, n, s in rows]


def test_an_ordinary_score_table_keeps_its_full_row_groups():
    cols = ScoreColumns(
        load_lexicons().signals, ["url", "author"], {}, [(f"model_{k}_prob", "float64") for k in range(20)]
    )
    texts = 200  # id, outlet, title, url and author of a news article, in characters
    assert write.ROW_GROUP * (write.CELL_COST * len(cols.names) + texts) < write.GROUP_COST
