"""Labelled tables (train, evaluate, lexicon audit) are held to the bounds a corpus is read within,
before pandas reads them whole: one line naming where, exit 2, never a machine out of memory."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import labelled
from table_cases import write_table

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture
def small_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """One article's cap at a size a test writes in a moment (it is 10 MB)."""
    monkeypatch.setattr(labelled, "MAX_ARTICLE_BYTES", 500)


def _train(path: Path, tmp_path: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["train", str(path), "-o", str(tmp_path / "m.skops"), "--folds", "0"])
    return result.exit_code, result.output


def test_a_csv_quote_never_closed_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('text,label\nA text.,x\n"never closed,y\n' + "more words,z\n" * 1_700_000, encoding="utf-8")
    assert _train(path, tmp_path) == (
        2,
        f"error: {path}:3: a record of over 20 million characters (a quote never closed?)\n",
    )


def test_a_short_csv_quote_never_closed_is_named_by_its_lines_not_by_pandas_row(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('text,label\nThey may win.,hedged\n"It will fail,neutral\nThe end.,neutral\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(ROOT / "models" / "default.skops"), str(path)])
    assert (result.exit_code, result.output) == (
        2,
        f"error: {path}:3: malformed CSV row: unexpected end of data (a quote is never closed: lines 3-4 were "
        "read as this one row)\n",
    )


def test_a_jsonl_line_over_the_cap_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    rows = [{"text": "A text.", "label": "x"}, {"text": "word " * 8_500_000, "label": "y"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert _train(path, tmp_path) == (2, f"error: {path}:2: a line of 42.5 MB is over the 40 MB a record may take\n")


@pytest.mark.parametrize("suffix", [".tsv", ".jsonl"])
def test_a_text_longer_than_an_article_is_refused_with_its_row(
    tmp_path: Path, small_article: None, suffix: str
) -> None:
    path = tmp_path / f"d{suffix}"
    rows = [{"text": "A text.", "label": "x"}, {"text": "word " * 120, "label": "y"}]
    pd.DataFrame(rows).to_csv(path, sep="\t", index=False) if suffix == ".tsv" else path.write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    assert _train(path, tmp_path) == (
        2,
        f"error: {path}: row 2: the text (--text-col 'text') holds 600 characters; one article may hold 500 at most\n",
    )


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_a_table_wider_than_a_corpus_may_be_is_refused_unread(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"d{suffix}"
    wide = {"text": ["A text.", "Another."], "label": ["x", "y"]} | {f"c{k}": ["", ""] for k in range(1004)}
    frame = pd.DataFrame(wide)
    write_table(frame, path)
    found = "more than 1,005 fields" if suffix == ".jsonl" else "1,006 columns"
    result = runner.invoke(app, ["evaluate", "models/default.skops", str(path)])
    assert (result.exit_code, result.output) == (
        2,
        f"error: {path}: {found}; at most 1,005 columns are read: keep those you need in a copy of the file\n",
    )


def test_a_table_within_the_bounds_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('text,label\n"A text, quoted.",1\nOther.,\n', encoding="utf-8")
    table = labelled.read_labelled_table(path, {"--text-col": "text", "--label-col": "label"})
    assert table["text"].tolist() == ["A text, quoted.", "Other."]
    assert table["label"].tolist()[0] == "1" and pd.isna(table["label"].tolist()[1])


@pytest.mark.parametrize(
    ("name", "content"), [("d.csv", ""), ("d.tsv", " \n\n"), ("d.jsonl", ""), ("d.jsonl", "\n \n")]
)
@pytest.mark.parametrize("command", ["train", "evaluate", "audit"])
def test_an_empty_table_is_named_empty(tmp_path: Path, name: str, content: str, command: str) -> None:
    """Not pandas' "No columns to parse from file", nor a missing column among none: the words a corpus gets."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    args = {
        "train": ["train", str(path), "-o", str(tmp_path / "m.skops")],
        "evaluate": ["evaluate", str(ROOT / "models" / "default.skops"), str(path)],
        "audit": ["lexicon", "audit", str(path), "--signal", "hedging"],
    }[command]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.output) == (2, f"error: {path}: is empty\n")
