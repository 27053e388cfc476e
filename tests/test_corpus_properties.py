"""Property tests: random bytes and random CSV/JSONL fragments never crash a reader, and every
record comes out exactly once, scored or failed."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from framing.batch.run import score_corpus
from framing.corpus import Failure, Record, open_corpus
from framing.errors import InputError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)
garbage = st.binary(max_size=200)


def items_of(name: str, data: bytes) -> list[Record | Failure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(open_corpus(path))


@SETTINGS
@given(garbage)
def test_random_bytes_after_a_csv_header_are_all_accounted_for(body):
    try:
        items = items_of("c.csv", b"id,text\n" + body)
    except InputError as exc:  # nothing but blank lines under the header: refused as an empty file is (u43)
        assert str(exc).endswith(": no rows under the header; one record per row is needed")
        assert not body.strip(b"\r\n")
        return
    assert [i.row for i in items] == list(range(1, len(items) + 1))
    lines = [i.line for i in items]
    assert lines == sorted(set(lines)) and all(line >= 2 for line in lines)
    assert all(isinstance(i, Record) or i.reason for i in items)


@SETTINGS
@given(garbage)
def test_random_bytes_as_a_whole_file_give_records_or_a_user_error(data):
    for name in ("c.csv", "c.tsv", "c.jsonl", "c.parquet"):
        try:
            items = items_of(name, data)
        except InputError as exc:
            assert str(exc).startswith(str(Path(tempfile.gettempdir())))
            continue
        assert all(isinstance(i, (Record, Failure)) for i in items)


@st.composite
def csv_fragments(draw):
    """Rows written by a CSV writer (texts with quotes, commas, newlines, NULs or bad bytes) mixed
    with quote-free garbage lines, which cannot swallow the rows after them."""
    fragments = []
    for k in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["row", "row", "bad_bytes", "garbage"]))
        if kind == "garbage":
            line = draw(st.binary(max_size=40)).replace(b'"', b"").replace(b"\n", b"").replace(b"\r", b"")
            fragments.append(("garbage", line + b"\n"))
            continue
        out = io.StringIO()
        csv.writer(out).writerow([f"id{k}", draw(texts)])  # the default \r\n line end quotes a bare \r
        data = out.getvalue().encode()
        if kind == "bad_bytes":
            data = data[:-2] + b"\xff\r\n"
        fragments.append((f"id{k}", data))
    return fragments


@SETTINGS
@given(csv_fragments())
def test_csv_fragments_each_come_out_once_in_order(fragments):
    expected = [key for key, data in fragments if data.strip(b"\r\n")]  # a blank line holds no record
    if not expected:  # a header and no rows is refused as an empty file is (u43)
        with pytest.raises(InputError, match="no rows under the header"):
            items_of("c.csv", b"id,text\n" + b"".join(data for _, data in fragments))
        return
    items = items_of("c.csv", b"id,text\n" + b"".join(data for _, data in fragments))
    assert len(items) == len(expected)
    for key, item in zip(expected, items):
        if key != "garbage":
            assert isinstance(item, Failure) or item.id == key
            assert item.id in (key, None)


@st.composite
def jsonl_fragments(draw):
    """JSON objects with good, empty, non-string or missing texts, mixed with random bytes."""
    lines = [b'{"text": "first"}']
    for k in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["good", "nontext", "missing", "bytes"]))
        if kind == "bytes":
            lines.append(draw(st.binary(max_size=40)).replace(b"\n", b" "))
        else:
            value = {"good": draw(texts), "nontext": draw(st.integers() | st.lists(st.integers())), "missing": None}[
                kind
            ]
            obj = {"id": f"id{k}"} | ({} if value is None else {"text": value})
            lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())).encode())
    return lines


@SETTINGS
@given(jsonl_fragments())
def test_jsonl_fragments_are_scored_or_failed_never_lost(analyzer, lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        run = score_corpus(path, Path(tmp) / "out.jsonl", analyzer.lexicons, jobs=1)
        scored = (Path(tmp) / "out.jsonl").read_text(encoding="utf-8").splitlines()
        with (Path(tmp) / "out.errors.csv").open(encoding="utf-8", newline="") as f:
            failed = [e for e in csv.DictReader(f) if e["status"] == "failed"]
    records = sum(1 for line in lines if line.strip())
    assert run.read == records == run.scored + run.failed
    assert len(scored) == run.scored and len(failed) == run.failed
    assert sorted(int(e["line"]) for e in failed) == [int(e["line"]) for e in failed]


# ---- hostile values in every field, every input format, every output format ----------------

BIG = "<a number of 5,000 digits in JSONL>"
hostile_text = st.one_of(
    st.text(max_size=30),  # surrogates included
    st.sampled_from(
        [
            "",
            " ",
            "=cmd|' /C calc'!A0",
            "a\rb",
            "line\r\n=1+1",
            'say "hi", "x',
            "\x00NUL",
            "\ufeffBOM",
            "2026-13-45",
            "10/11/2026",
            "He said. " * 20,
            "War. " * 30,
        ]
    ),
)
hostile_value = st.one_of(
    hostile_text,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.just(BIG),
    st.lists(hostile_text, max_size=3),
    st.dictionaries(hostile_text, hostile_text, max_size=2),
)
hostile_key = st.one_of(
    st.sampled_from(
        ["id", "title", "outlet", "date", "n_words", "input_n_words", "duplicate_id", "model_label", "extra", "extra "]
    ),
    st.text(max_size=8),
)


@st.composite
def hostile_records(draw) -> list[dict]:
    """Records that all have a text field (so the input as a whole is usable), hostile everywhere."""
    keys = draw(st.lists(hostile_key, max_size=4, unique=True))
    records = []
    for _ in range(draw(st.integers(1, 6))):
        record = {k: draw(hostile_value) for k in keys if k != "text" and draw(st.booleans())}
        record["text"] = draw(st.one_of(hostile_text, st.just("Officials reportedly met. Talks could collapse.")))
        records.append(record)
    return records


def _bytes(value) -> bytes:
    text = value if isinstance(value, str) else json.dumps(value, default=str) if value is not None else ""
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes bytes that are not UTF-8


def _write_input(folder: Path, kind: str, records: list[dict]) -> Path:
    if kind == "jsonl":
        path = folder / "in.jsonl"
        lines = (json.dumps(r, default=str).replace(json.dumps(BIG), "9" * 5000) for r in records)
        path.write_bytes(b"".join(line.encode() + b"\n" for line in lines))
    elif kind in ("csv", "tsv"):
        path = folder / f"in.{kind}"
        keys = list(dict.fromkeys(k for r in records for k in r))
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if kind == "csv" else "\t")
        writer.writerow(keys)
        for r in records:
            writer.writerow([_bytes(r.get(k)).decode("utf-8", "surrogateescape") if k in r else "" for k in keys])
        path.write_bytes(out.getvalue().encode("utf-8", "surrogateescape"))
    elif kind == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = folder / "in.parquet"
        keys = list(dict.fromkeys(k for r in records for k in r))
        arrays = [
            pa.array([_bytes(r[k]) if k in r else None for r in records], pa.binary()).view(pa.string()) for k in keys
        ]
        pq.write_table(pa.Table.from_arrays(arrays, names=[k.encode("utf-8", "replace").decode() for k in keys]), path)
    else:
        path = folder / "in"
        path.mkdir()
        for k, r in enumerate(records):
            meta = b"".join(
                _bytes(key).replace(b"\n", b" ") + b": " + _bytes(v).replace(b"\n", b" ") + b"\n"
                for key, v in r.items()
                if key != "text"
            )
            name = f"{k}.txt".encode() if k % 3 else b"\xff" + f"{k}.txt".encode()
            with open(os.path.join(os.fsencode(path), name), "wb") as f:
                f.write((b"---\n" + meta + b"---\n" if meta else b"") + _bytes(r["text"]))
    return path


def _output_rows(path: Path) -> int:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_metadata(path).num_rows
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return sum(1 for _ in csv.DictReader(f))
    return sum(1 for line in path.read_text(encoding="utf-8").split("\n") if line)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=hostile_records(),
    kind=st.sampled_from(["folder", "csv", "tsv", "jsonl", "parquet"]),
    out_format=st.sampled_from(["parquet", "csv", "jsonl"]),
)
def test_hostile_values_in_every_field_are_scored_or_failed_never_lost(analyzer, records, kind, out_format):
    from typer.testing import CliRunner

    from framing.cli import app

    with (
        tempfile.TemporaryDirectory() as tmp,
        mock.patch("framing.cli.score.load_lexicons", lambda *a, **k: analyzer.lexicons),
    ):
        folder = Path(tmp)
        source = _write_input(folder, kind, records)
        out = folder / f"out.{out_format}"
        result = CliRunner().invoke(
            app, ["score", str(source), "-o", str(out), "--jobs", "1", "--evidence", str(folder / f"ev.{out_format}")]
        )
        event(f"{kind} -> {out_format}: exit {result.exit_code}")
        assert result.exit_code in (0, 1, 2), result.output  # 3: the run itself broke
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.output
        assert not list(folder.glob(".*.partial"))
        if result.exit_code == 2:  # the input as a whole is unusable: one line, nothing written
            assert result.output.startswith("error: ") and result.output.count("\n") == 1, result.output
            assert not out.exists()
            return
        with (folder / "out.errors.csv").open(encoding="utf-8", newline="") as f:
            failed = sum(1 for e in csv.DictReader(f) if e["status"] == "failed")
        scored = _output_rows(out)
        assert scored + failed == len(records)
        assert result.exit_code == (1 if failed else 0)
        assert f"read {len(records):,} · scored {scored:,} · failed {failed:,}" in result.output
