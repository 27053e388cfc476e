"""Round p36: a corpus run to Parquet builds its Arrow columns without `pa.array` where it can, as that call's
first use imports pandas (and `numpy.ma` for a numpy array); the tables and files are the same as before."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from framing.tables.write import _arrow_array, _arrow_table

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import sys
from pathlib import Path
from framing.batch.run import score_corpus
from framing.lexicon.loader import load_lexicons

corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
score_corpus(corpus, out, load_lexicons(), jobs=1, evidence=out.with_name("evidence.parquet"))
print(sorted(name for name in ("pandas", "numpy.ma") if name in sys.modules))
"""


def test_parquet_run_imports_neither_pandas_nor_numpy_ma(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    texts = ["Officials reportedly said the plan might fail.", "The mayor insisted the vote was clearly rigged."]
    corpus.write_text(
        "".join(json.dumps({"id": f"a{k}", "outlet": "Daily", "text": t}) + "\n" for k, t in enumerate(texts))
    )
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(corpus), str(tmp_path / "scores.parquet")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"
    assert pq.read_table(tmp_path / "scores.parquet").column("id").to_pylist() == ["a0", "a1"]


def _old(values: tuple, kind: pa.DataType) -> pa.Array:
    """The conversion before round p36."""
    if kind == pa.float64() and None not in values:
        return pa.array(np.fromiter(values, np.float64, len(values)))
    return pa.array(values, type=kind)


def _parquet(table: pa.Table) -> bytes:
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (("a", None, "é", ""), pa.string()),
        ((None, None), pa.date32()),
        ((None, None), pa.string()),
        ((0, 7, -(2**63), 2**63 - 1), pa.int64()),
        ((3, None), pa.int64()),
        ((True, False, True, True, False, False, True, False, True), pa.bool_()),
        ((True, None), pa.bool_()),
        ((0.5, float("nan"), -0.0, 2), pa.float64()),
        ((0.5, None), pa.float64()),
        ((), pa.string()),
        ((), pa.float64()),
    ],
)
def test_columns_as_before(values: tuple, kind: pa.DataType) -> None:
    new, old = _arrow_array(values, kind), _old(values, kind)
    assert new.type == old.type
    assert new.to_pylist() == old.to_pylist() or kind == pa.float64()  # NaN is not equal to itself
    table = pa.schema([("c", kind)])
    assert _parquet(pa.Table.from_arrays([new], schema=table)) == _parquet(pa.Table.from_arrays([old], schema=table))


def test_out_of_range_integer_still_fails_as_before() -> None:
    with pytest.raises(OverflowError):
        _arrow_array((2**63,), pa.int64())
    with pytest.raises(OverflowError):
        _old((2**63,), pa.int64())


def test_table_of_mixed_rows() -> None:
    schema = pa.schema([("id", pa.string()), ("n", pa.int64()), ("x", pa.float64()), ("dup", pa.bool_())])
    rows = [("a", 1, 0.25, False), ("b", 2, 1.5, True)]
    assert _arrow_table(rows, schema).to_pylist() == [
        {"id": "a", "n": 1, "x": 0.25, "dup": False},
        {"id": "b", "n": 2, "x": 1.5, "dup": True},
    ]
