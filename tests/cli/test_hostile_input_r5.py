"""Round r5's hostile input: Parquet files whose pages unpack to more than their footer says, Parquet score
tables and evidence read whole by `framing compare`. Each test failed before its fix."""

from __future__ import annotations

import csv
import struct
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from framing.cli import app

runner = CliRunner()


def _varint(value: int, width: int = 0) -> bytes:
    """`value` as a Thrift varint, padded with continuation bytes to `width` bytes (readers accept them)."""
    out = bytearray()
    while value >> 7 or len(out) + 1 < width:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _understate(path: Path) -> None:
    """Make the footer of `path` declare 100 bytes where it declares a column chunk's (or row group's)
    size unpacked, leaving the pages as they are."""
    import pyarrow.parquet as pq

    data = bytearray(path.read_bytes())
    footer_start = len(data) - 8 - struct.unpack("<I", data[-8:-4])[0]
    group = pq.read_metadata(path).row_group(0)
    for size in [group.total_byte_size] + [group.column(k).total_uncompressed_size for k in range(group.num_columns)]:
        declared = _varint(size << 1)  # zigzag of a positive size
        at = data.find(declared, footer_start)
        if size > 10_000 and at > 0:
            data[at : at + len(declared)] = _varint(100 << 1, len(declared))
    path.write_bytes(bytes(data))
    assert pq.read_metadata(path).row_group(0).column(1).total_uncompressed_size == 100


def test_a_footer_that_understates_the_pages_still_gives_bounded_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows read at a time were counted from the footer's sizes: a footer saying 100 bytes for 1.6 GB of
    pages (200 rows of 8 MB) had all the rows decoded at once, 4.7 GB. The pages' own headers are read now
    (here 60 rows of 100 kB against batches of 1 MB)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.corpus import parquet

    monkeypatch.setattr(parquet, "BATCH_BYTES", 1_000_000)
    text = "The war may spread. " * 5_000
    path = tmp_path / "c.parquet"
    table = pa.table({"id": [str(k) for k in range(60)], "text": [text + str(k) for k in range(60)]})
    pq.write_table(table, path, compression="zstd", use_dictionary=False)
    _understate(path)
    batches = list(parquet._batches(pq.ParquetFile(path), path))
    assert sum(batch.num_rows for batch in batches) == 60
    assert max(batch.nbytes for batch in batches) <= 1_000_000


def test_a_page_too_large_to_unpack_is_refused_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any row of a page is read by unpacking the page whole: 200 rows of 8 MB written at once make one page
    of 1.6 GB (a 150 kB file) that took 2.2 GB for its first row; a carried list column of a text, 2.0 GB.
    Here a page of 2 MB against a cap of 1 MB."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.corpus import parquet

    monkeypatch.setattr(parquet, "MAX_PAGE_BYTES", 1_000_000, raising=False)
    path = tmp_path / "c.parquet"
    text = "The war may spread. " * 5_000
    table = pa.table({"id": [str(k) for k in range(20)], "text": ["A short text."] * 20, "tags": [[text]] * 20})
    pq.write_table(table, path, compression="zstd", use_dictionary=False)
    result = runner.invoke(app, ["score", str(path), "-o", str(tmp_path / "s.csv")])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {path}: column 'tags.list.element': a page unpacks to 2 MB, over the 1 MB a reader may unpack "
        "at once: write the file with fewer rows per row group\n"
    )
    assert not (tmp_path / "s.csv").exists()


@pytest.mark.parametrize("role", ["scores", "evidence"])
def test_a_parquet_table_compare_reads_whole_is_refused_when_it_unpacks_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    """`compare` read a Parquet score table (and `--evidence-table`) whole with pandas: a 50 kB score table of
    one 8 MB title stored once for 438 rows stopped with a traceback (ArrowMemoryError) after 3.7 GB. Its size
    unpacked is counted a batch at a time first (here 24 titles of 100 kB against a cap of 1 MB)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.tables import read

    monkeypatch.setattr(read, "MAX_TABLE_BYTES", 1_000_000, raising=False)
    rate = [float(k % 3 * 10) for k in range(24)]
    scores = pa.table(
        {
            "id": [str(k) for k in range(24)],
            "outlet": ["ab"[k % 2] for k in range(24)],
            "title": ["The war may spread. " * (5_000 if role == "scores" else 1)] * 24,
            "n_words": [100.0] * 24,
            "hedging_count": [r / 10 for r in rate],
            "hedging_per_1k": rate,
            "hedging_author_per_1k": rate,
        }
    )
    pq.write_table(scores, tmp_path / "scores.parquet")
    args = ["compare", str(tmp_path / "scores.parquet"), "--by", "outlet", "-o", str(tmp_path / "report")]
    big = tmp_path / "scores.parquet"
    if role == "evidence":
        big = tmp_path / "evidence.parquet"
        text = ["The war may spread. " * 5_000] * 24
        pq.write_table(
            pa.table(
                {
                    "id": scores["id"],
                    "signal": ["hedging"] * 24,
                    "entry": ["may"] * 24,
                    "text": text,
                    "sentence_text": text,
                }
            ),
            big,
        )
        args += ["--evidence-table", str(big)]
    assert big.stat().st_size < 50_000
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.endswith(
        f"error: {big}: unpacks to over 1 MB, more than a table read whole into memory may take: keep the rows "
        "you need in a smaller file\n"
    )
    assert not (tmp_path / "report").exists()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            "drop start",
            "not an evidence file (no start column); give the file `framing score -o OUT --evidence FILE` wrote",
        ),
        ("set start x", "row 2: start is 'x', not a whole number, 0 or more"),
        ("set sentence -1", "row 2: sentence is '-1', not a whole number, 0 or more"),
    ],
)
def test_an_evidence_table_without_offsets_is_refused_in_one_line(tmp_path: Path, change: str, said: str) -> None:
    """An evidence table with the columns `compare` checked for but no `sentence`, `start` or `end` column,
    or a word in one, stopped the report with a KeyError or ValueError traceback."""
    scores = tmp_path / "scores.csv"
    evidence = tmp_path / "evidence.csv"
    result = runner.invoke(app, ["score", "seeds/articles", "-o", str(scores), "--evidence", str(evidence)])
    assert result.exit_code == 0
    with evidence.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    action, name, *value = change.split()
    column = rows[0].index(name)
    if action == "drop":
        rows = [row[:column] + row[column + 1 :] for row in rows]
    else:
        rows[2][column] = value[0]
    with evidence.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = runner.invoke(
        app, ["compare", str(scores), "--by", "outlet", "--evidence-table", str(evidence), "-o", str(tmp_path / "r")]
    )
    assert result.exit_code == 2
    assert result.output.endswith(f"error: {evidence}: {said}\n")


def test_a_judged_file_of_one_entry_on_every_row_is_held_once(tmp_path: Path) -> None:
    """`audit --judged` kept each row's signal and entry as new strings: a 100 MB judged file of one entry
    took 884 MB (a 1 GB file, more than the machine). A row seen before is now the same tuple."""
    import tracemalloc

    from framing.quality.judging import read_judged

    judged = tmp_path / "judged.csv"
    row = "a,hedging,may,1,0,3,may,It may rain.,1\n"
    judged.write_text("id,signal,entry,sentence,start,end,text,sentence_text,correct\n" + row * 100_000)
    tracemalloc.start()
    try:
        rows, _ = read_judged(judged)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(rows) == 100_000
    assert peak < 5_000_000  # 8 bytes a row; a tuple and two strings a row took over 15 MB


def test_a_judged_file_of_many_entries_is_audited_in_linear_time(tmp_path: Path) -> None:
    """Each entry's answers were found by a pass over all its signal's rows: 40,000 entries judged once each
    took 35 s (400,000: about an hour)."""
    import time

    judged = tmp_path / "judged.csv"
    rows = "".join(f"a,hedging,may{k},1,0,3,may,It may rain.,{k % 2}\n" for k in range(40_000))
    judged.write_text("id,signal,entry,sentence,start,end,text,sentence_text,correct\n" + rows)
    started = time.process_time()
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged), "--format", "json"])
    assert result.exit_code == 0
    assert time.process_time() - started < 8  # CPU seconds, whatever the load: about 2 here, against 30
    assert '"entry": "may39999"' in result.output


def _compare_score_table(tmp_path: Path, ids: Sequence[object], outlets: Sequence[object]) -> Result:
    """`compare --by outlet` on a hand-made Parquet score table of 24 rows with these ids and outlets."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rate = [float(k % 3 * 10) for k in range(24)]
    scores = pa.table(
        {
            "id": ids,
            "outlet": outlets,
            "n_words": [100.0] * 24,
            "hedging_count": [r / 10 for r in rate],
            "hedging_per_1k": rate,
            "hedging_author_per_1k": rate,
        }
    )
    pq.write_table(scores, tmp_path / "scores.parquet")
    return runner.invoke(
        app, ["compare", str(tmp_path / "scores.parquet"), "--by", "outlet", "-o", str(tmp_path / "report")]
    )


@pytest.mark.parametrize(("ids", "said"), [([b"\xff\xfe"] * 24, "row 1: id is not valid UTF-8 text"), (None, "")])
def test_a_binary_id_column_of_a_parquet_score_table_is_read_as_text(
    tmp_path: Path, ids: list[bytes] | None, said: str
) -> None:
    """A Parquet score table with a binary `id` column stopped `compare` with a UnicodeDecodeError traceback
    when a value was not UTF-8; one that is UTF-8 is read as the text it holds."""
    outlets = ["ab"[k % 2] for k in range(24)]
    result = _compare_score_table(tmp_path, ids or [f"article {k}".encode() for k in range(24)], outlets)
    if said:
        assert result.exit_code == 2
        assert result.output.endswith(f"error: {tmp_path / 'scores.parquet'}: {said}\n")
    else:
        from framing.tables.read import read_table

        assert result.exit_code == 0, result.output
        assert read_table(tmp_path / "scores.parquet")["id"].to_list()[:2] == ["article 0", "article 1"]


@pytest.mark.parametrize("outlets", [[["a"], ["b"]], [{"x": "a"}, {"x": "b"}]], ids=["list", "struct"])
def test_a_grouping_column_of_lists_or_structures_is_refused(tmp_path: Path, outlets: list[object]) -> None:
    """A hand-made Parquet score table whose outlet held lists or structs was compared by their printed
    forms, groups named “{'x': 'a'}” and “['a']” in every finding."""
    result = _compare_score_table(tmp_path, [str(k) for k in range(24)], outlets * 12)
    assert result.exit_code == 2
    assert result.output.endswith("row 1: outlet holds a list or a structure, not a group name (--by)\n")
    assert not (tmp_path / "report").exists()


def test_an_advice_line_names_twenty_entries_and_counts_the_rest(tmp_path: Path) -> None:
    """Every entry to judge more was named on one line: 40,000 entries judged once made a line of 800 kB."""
    judged = tmp_path / "judged.csv"
    rows = "".join(f"a,hedging,may{k:02},1,0,3,may,It may rain.,1\n" for k in range(30))
    judged.write_text("id,signal,entry,sentence,start,end,text,sentence_text,correct\n" + rows)
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 0
    [advice] = [line for line in result.output.splitlines() if line.startswith("judge more matches")]
    assert advice.endswith('hedging: "may19", and 10 more (all in the table)')
    assert '"may20"' not in advice
