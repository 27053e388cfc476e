"""Corpus values and folders that are hostile: dates that are no dates (flagged with a short reason, never left empty
in silence), folders nested deeper than the recursion limit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from framing.corpus import Record, open_corpus, parse_date


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (True, "true is not a date"),
        ("13/13/2024", "unrecognised date '13/13/2024' (no month)"),
        ("x" * 2_000_000, "unrecognised date '" + "x" * 40 + "'…; write dates as YYYY-MM-DD"),
    ],
)
def test_a_value_that_is_no_date_is_refused_in_a_few_words(value: object, reason: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_date(value)
    assert reason in str(raised.value) and len(str(raised.value)) < 120


def test_a_boolean_date_in_a_corpus_is_flagged_not_dropped(tmp_path: Path) -> None:
    """JSON `"date": true` gave an empty date with no flag: a record's date lost without a word."""
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": 1, "date": True, "text": "Officials said it may rain."}) + "\n", encoding="utf-8")
    (record,) = list(open_corpus(path))
    assert isinstance(record, Record) and record.date is None
    assert record.flags == ["date left empty: true is not a date; write dates as YYYY-MM-DD"]


def test_a_folder_nested_deeper_than_pythons_recursion_limit_is_read(tmp_path: Path, monkeypatch) -> None:
    """os.walk recursed once per level: a folder 1,500 deep stopped the run with a RecursionError."""
    (tmp_path / "corpus" / "outlet").mkdir(parents=True)
    (tmp_path / "corpus" / "outlet" / "a.txt").write_text("Critics warned.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "corpus" / "outlet")
    for _ in range(1500):  # one level at a time: the whole path at once is over what one call may name
        os.mkdir("d")
        os.chdir("d")
    Path("x.txt").write_text("Officials said it may rain.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    try:
        items = list(open_corpus(Path("corpus")))
        assert [item.id for item in items] == ["outlet/a", "outlet/" + "d/" * 1500 + "x"]
    finally:
        _remove_nested(tmp_path / "corpus" / "outlet")


def _remove_nested(folder: Path) -> None:
    """Take the nested folders down one level at a time: shutil.rmtree recurses once per level as well, and
    pytest's clean-up of old temporary folders, a later session's, stopped with a RecursionError on them."""
    os.chdir(folder)
    depth = 0
    while os.path.isdir("d"):
        os.chdir("d")
        depth += 1
    for name in os.listdir("."):
        os.remove(name)
    for _ in range(depth):
        os.chdir("..")
        os.rmdir("d")
