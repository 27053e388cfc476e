"""The score-table contract (framing.tables): columns from the signal set and from the row types,
and writing then reading a table back in every format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from pathlib import Path

import pandas as pd
import pytest

from framing.corpus.records import Failure
from framing.errors import InputError, RunError
from framing.pipeline import Evidence
from framing.tables import ERROR_COLUMNS, EVIDENCE_COLUMNS, EvidenceRow, ScoreColumns, evidence_row, score_columns
from framing.tables.read import is_score_table, read_run_meta, read_table
from framing.tables.write import FrameWriter, TableWriter, commit_all, write_errors

SOURCING = [
    "sourcing_attributed",
    "sourcing_named",
    "sourcing_anonymous",
    "sourcing_vague",
    "sourcing_state_media",
    "sourcing_direct_quote",
    "sourcing_unattributed_assertive",
    "sourcing_attributions",
    "sourcing_loaded_cues",
]


def test_score_columns_come_from_the_signal_set() -> None:
    columns = score_columns(("hedging", "doubt"))
    assert [name for name, _ in columns] == [
        "n_words",
        "n_sentences",
        "hedging_count",
        "hedging_weighted",
        "hedging_per_1k",
        "hedging_author_per_1k",
        "hedging_sentence_share",
        "doubt_count",
        "doubt_weighted",
        "doubt_per_1k",
        "doubt_author_per_1k",
        "doubt_sentence_share",
        *SOURCING,
    ]
    kinds = dict(columns)
    assert (kinds["n_words"], kinds["doubt_count"], kinds["doubt_weighted"]) == ("int64", "int64", "float64")
    assert (kinds["sourcing_named"], kinds["sourcing_attributions"]) == ("float64", "int64")


def test_an_article_row_has_the_score_columns_of_its_lexicons_and_values_of_their_types(analyzer) -> None:
    row = analyzer.analyze("Officials may have said the war could escalate.", id="a1").row()
    columns = score_columns(tuple(analyzer.lexicons.signals))
    assert list(row) == ["id"] + [name for name, _ in columns]
    for name, kind in columns:
        assert isinstance(row[name], int if kind == "int64" else float), name


def test_evidence_columns_are_the_evidence_fields_with_the_id_and_sentence() -> None:
    names = [name for name, _ in EVIDENCE_COLUMNS]
    assert names == list(EvidenceRow._fields)
    hints = typing.get_type_hints(Evidence)
    python = {"string": str, "int64": int, "float64": float, "bool": bool}
    evidence_fields = {f.name: hints[f.name] for f in dataclasses.fields(Evidence)}
    assert set(names) == set(evidence_fields) | {"id", "sentence_text"}
    for name, kind in EVIDENCE_COLUMNS:
        if name in evidence_fields:
            assert python[kind] is evidence_fields[name], name
    assert [name for name, _ in ERROR_COLUMNS] == ["source", "line", "row", "id", "status", "reason"]


def test_an_evidence_row_takes_the_fields_by_name() -> None:
    e = Evidence(
        part="body",
        signal="hedging",
        entry="may",
        text="May",
        sentence=2,
        start=40,
        end=43,
        voice="author",
        negated=False,
        weight=1.0,
        rule="",
    )
    row = evidence_row("a1", e, "He May go.")
    assert row == ("a1", "body", "hedging", "may", 2, 40, 43, "May", "He May go.", "author", False, 1.0, "")
    assert (row.entry, row.sentence_text) == ("may", "He May go.")

    @dataclasses.dataclass
    class Grown:  # evidence with a field the evidence file has no column for
        part: str
        colour: str

    with pytest.raises(TypeError, match="colour"):
        evidence_row("a1", Grown("body", "red"), "")


def test_extra_input_columns_that_clash_are_renamed() -> None:
    cols = ScoreColumns(["hedging"], ["n_words", "topic", "input_n_words"], {}, [("model_x_share", "float64")])
    assert cols.extra == {"n_words": "input_n_words_2", "topic": "topic", "input_n_words": "input_n_words"}
    assert cols.renamed == {"n_words": "input_n_words_2"}
    assert cols.names[:4] == ["id", "outlet", "date", "title"]
    assert cols.names[-2:] == ["model_x_share", "duplicate_id"]


ROWS = [
    ("a1", "Daily", dt.date(2024, 3, 1), 'Tëst, "quoted"\nline', 120, 0.25, True),
    ("a2", None, None, None, 0, 0.0, False),
]
COLUMNS = [
    ("id", "string"),
    ("outlet", "string"),
    ("date", "date"),
    ("title", "string"),
    ("n_words", "int64"),
    ("hedging_per_1k", "float64"),
    ("duplicate_id", "bool"),
]


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_a_table_reads_back_as_written(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"scores{suffix}"
    writer = TableWriter(path, COLUMNS, {"lexicon_hash": "abc"})
    writer.write(ROWS)
    writer.finish({"lexicon_hash": "abc", "counts": {"read": 2}})
    assert not path.exists()  # nothing in place before the run commits
    commit_all([writer])
    table = read_table(path)
    assert list(table.columns) == [name for name, _ in COLUMNS]
    assert table["id"].tolist() == ["a1", "a2"]
    assert table["title"][0] == 'Tëst, "quoted"\nline' and pd.isna(table["title"][1])
    assert str(table["date"][0])[:10] == "2024-03-01" and pd.isna(table["date"][1])
    assert table["n_words"].tolist() == [120, 0]
    assert table["hedging_per_1k"].tolist() == [0.25, 0.0]
    assert table["duplicate_id"].tolist() == [True, False]
    assert read_run_meta(path) == {"lexicon_hash": "abc", "counts": {"read": 2}}
    assert is_score_table(path)
    # a notebook names the file with a string (an AttributeError on `.suffix` before)
    assert read_run_meta(str(path)) == read_run_meta(path)
    assert read_table(str(path)).equals(table)


def test_a_frame_writer_gives_what_a_parquet_file_reads_back(tmp_path: Path) -> None:
    file, frame = TableWriter(tmp_path / "s.parquet", COLUMNS), FrameWriter(COLUMNS)
    for writer in (file, frame):
        writer.write(ROWS)
        writer.finish()
    commit_all([file, frame])
    pd.testing.assert_frame_equal(frame.frame(), read_table(tmp_path / "s.parquet"))


def test_an_errors_file_that_cannot_be_put_in_place_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "n.errors.csv").mkdir()  # a folder where the errors file goes: the rename is refused
    with pytest.raises(RunError, match=r"n\.errors\.csv: is a folder; no output was written"):
        write_errors(tmp_path / "n.errors.csv", [Failure("a.txt", None, None, "a", "no words")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.errors.csv"]


def test_a_corpus_is_not_a_score_table_and_an_unknown_format_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Some words."}\n')
    assert not is_score_table(corpus)
    with pytest.raises(InputError, match=r"unknown output format '\.xlsx'; use \.parquet, \.csv, \.jsonl"):
        TableWriter(tmp_path / "s.xlsx", COLUMNS)
