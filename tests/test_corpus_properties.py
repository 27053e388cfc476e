"""Property tests: random bytes and random CSV/JSONL fragments never crash a reader, and every
record comes out exactly once, scored or failed."""
from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.batch import score_corpus
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
    items = items_of("c.csv", b"id,text\n" + body)
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
        csv.writer(out).writerow([f"id{k}", draw(texts)])   # the default \r\n line end quotes a bare \r
        data = out.getvalue().encode()
        if kind == "bad_bytes":
            data = data[:-2] + b"\xff\r\n"
        fragments.append((f"id{k}", data))
    return fragments


@SETTINGS
@given(csv_fragments())
def test_csv_fragments_each_come_out_once_in_order(fragments):
    items = items_of("c.csv", b"id,text\n" + b"".join(data for _, data in fragments))
    expected = [key for key, data in fragments if data.strip(b"\r\n")]   # a blank line holds no record
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
            value = {"good": draw(texts), "nontext": draw(st.integers() | st.lists(st.integers())), "missing": None}[kind]
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
