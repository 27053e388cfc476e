"""Round r6's hostile input: CSV and JSONL score and evidence tables that `framing compare` read whole with
pandas, bounded only by their size on disk. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _scores(path: Path, rows: int) -> None:
    """A CSV score table of `rows` articles in two outlets."""
    lines = ["id,outlet,n_words,hedging_count,hedging_per_1k,hedging_author_per_1k"]
    lines += [f"{k},{'ab'[k % 2]},100,{k % 3},{k % 3 * 10},{k % 3 * 10}" for k in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("role", ["scores", "evidence"])
def test_a_csv_table_is_refused_when_pandas_would_hold_more_than_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    """A CSV score or evidence table was read whole: a 100 MB CSV of one-digit numbers took 960 MB, so nothing
    but the disk bounded `compare`'s memory. The rows are counted a chunk at a time against the cap the Parquet
    tables have (here 3,000 rows against 100 kB)."""
    from framing.tables import read

    monkeypatch.setattr(read, "MAX_TABLE_BYTES", 100_000)
    monkeypatch.setattr(read, "_CHUNK_ROWS", 500)
    big = scores = tmp_path / "scores.csv"
    _scores(scores, 3_000 if role == "scores" else 24)
    args = ["compare", str(scores), "--by", "outlet", "-o", str(tmp_path / "report")]
    if role == "evidence":
        big = tmp_path / "evidence.csv"
        row = "1,hedging,may,0,4,7,may,The war may spread."
        big.write_text("id,signal,entry,sentence,start,end,text,sentence_text\n" + f"{row}\n" * 3_000, encoding="utf-8")
        args += ["--evidence-table", str(big)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.endswith(
        f"error: {big}: takes over 0 MB read into memory, more than a score or evidence table read whole may take: "
        "keep the rows you need in a smaller file\n"
    )
    assert not (tmp_path / "report").exists()


def test_a_jsonl_score_table_with_a_line_over_the_record_cap_is_refused_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSONL score table with one line of 500 MB took pandas six minutes and 10.5 GB before it failed; the
    line is refused as a corpus's is (here a line of 20 kB against a cap of 10 kB)."""
    from framing.corpus import jsonl

    monkeypatch.setattr(jsonl, "LINE_LIMIT", 10_000)
    scores = tmp_path / "scores.jsonl"
    rows = [{"id": str(k), "outlet": "ab"[k % 2], "n_words": 100, "hedging_per_1k": k % 3} for k in range(24)]
    rows[1]["outlet"] = "x" * 20_000
    scores.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = runner.invoke(app, ["compare", str(scores), "--by", "outlet", "-o", str(tmp_path / "report")])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {scores}:2: a line of 0.0 MB is over the")


def test_a_jsonl_score_table_line_that_is_not_an_object_is_named_by_its_line(tmp_path: Path) -> None:
    """Lines of a JSONL score table are checked one by one as a corpus's are: a list on line 3 is named by
    its line (pandas said only that a line was not an object)."""
    scores = tmp_path / "scores.jsonl"
    rows = [json.dumps({"id": str(k), "outlet": "ab"[k % 2], "n_words": 100, "hedging_per_1k": 1}) for k in range(4)]
    rows[2] = "[1, 2]"
    scores.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(scores), "--by", "outlet", "-o", str(tmp_path / "report")])
    assert result.exit_code == 2
    assert result.output == f"error: {scores}:3: the line is a list, not a JSON object\n"
