"""Writing score tables, evidence and errors: to .parquet, .csv or .jsonl files, all of a run or none.

Every output goes to a temporary name of its own and is renamed into place by `commit_all` once
every output of the run is finished, so an interrupted or failed run never leaves a file that looks
finished. `FrameWriter` takes the same rows into a pandas DataFrame instead (what `compare` reads).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import glob
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corpus.records import reason_kind
from ..csvout import CsvRows
from ..errors import InputError, RunError
from ..forking import alive
from ..outputs import partial_path, put_in_place
from . import ERROR_COLUMNS, error_row, output_format, sidecar

if TYPE_CHECKING:
    from ..corpus import Failure

ROW_GROUP = 8192  # Parquet rows per row group at most (cut by content only: equal runs give equal files)
# ... and what a row group's rows may hold while they wait in memory: a cell counts as 50 (about the bytes
# of the object holding it) and the length of its text or list. A score table of up to about 150 columns
# and ordinary titles stays at 8,192 rows; a wide or heavy one is cut into smaller groups.
GROUP_COST = 64_000_000
CELL_COST = 50


def _arrow_type(kind: Any):
    import pyarrow as pa

    if not isinstance(kind, str):
        return kind
    return {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }[kind]


def _arrow_schema(columns: list[tuple[str, Any]], meta: dict[str, Any] | None):
    import pyarrow as pa

    schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns])
    return schema.with_metadata({"framing": json.dumps(meta, sort_keys=True)}) if meta is not None else schema


def _fixed_width(kind: Any) -> bool:
    """A column whose values all cost the same: numbers, booleans, dates and times."""
    import pyarrow as pa

    return bool(
        pa.types.is_integer(kind)
        or pa.types.is_floating(kind)
        or pa.types.is_boolean(kind)
        or pa.types.is_temporal(kind)
        or pa.types.is_decimal(kind)
    )


def _arrow_table(rows: list[tuple], schema):
    """Rows as an Arrow table."""
    import pyarrow as pa

    columns = list(zip(*rows)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([_arrow_array(column, f.type) for column, f in zip(columns, schema)], schema=schema)


def _arrow_array(values: tuple, kind: Any):
    """A column as an Arrow array. Text, empty columns, and numbers and booleans with no gaps are built apart
    from `pa.array`, whose first call imports pandas (to tell pandas objects from others) and, given a numpy
    array, `numpy.ma`: a third of a second of CPU, a tenth of a 2,000-article run's. Python floats go through
    numpy: pyarrow converts them one by one, at about 15 times the cost, and a score table is mostly floats."""
    import numpy as np
    import pyarrow as pa

    n = len(values)
    if all(v is None for v in values):  # a column the input did not have (dates, most often)
        return pa.nulls(n, kind)
    if kind == pa.string() and all(type(v) is str or v is None for v in values):
        builder = pa.lib.StringBuilder()
        builder.append_values(values)
        return builder.finish()
    if None not in values:
        data: Any  # the values as one buffer
        if kind == pa.float64():
            data = np.fromiter(values, np.float64, n)
        elif kind == pa.int64() and all(type(v) is int for v in values) and all(_INT64 <= v < -_INT64 for v in values):
            data = np.fromiter(values, np.int64, n)
        elif kind == pa.bool_() and all(type(v) is bool for v in values):
            data = np.packbits(np.fromiter(values, np.bool_, n), bitorder="little")
        else:
            return pa.array(values, type=kind)
        return pa.Array.from_buffers(kind, n, [None, pa.py_buffer(data)])
    return pa.array(values, type=kind)


_INT64 = -(2**63)  # the least 64-bit integer


def cell(value: Any) -> Any:
    """A value as CSV/JSON can hold it."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _json_value(value: Any) -> Any:
    """What JSON cannot hold as such (Parquet decimal, time and duration columns): exact decimals as
    text, durations in seconds, the rest as text."""
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    return str(value)


class TableWriter:
    """Rows to .parquet, .csv or .jsonl, written to a temporary name of its own (two runs writing
    the same OUT never share one) and renamed by `commit_all` once every output of the run is finished."""

    def __init__(self, path: Path, columns: list[tuple[str, Any]], meta: dict[str, Any] | None = None):
        self.path = path
        self.format = output_format(path)
        self.names = [name for name, _ in columns]
        self.meta = meta
        self.tmp = partial_path(path)
        self._meta_tmp: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale_partials(path)
            if self.format == "parquet":
                import pyarrow.parquet as pq

                self.schema = _arrow_schema(columns, meta)
                self._writer = pq.ParquetWriter(self.tmp, self.schema)
                self._rows: list[tuple] = []
                self._cost = 0
                self._sized = [k for k, f in enumerate(self.schema) if not _fixed_width(f.type)]
            else:
                self._file = self.tmp.open("x", encoding="utf-8", newline="")
                if self.format == "csv":
                    self._csv = CsvRows(self._file)
                    self._csv.writerow(self.names)
        except BaseException as exc:  # SIGTERM or Ctrl-C too: one that lands here left the file behind
            self.abort()
            if isinstance(exc, OSError):
                raise InputError(f"{path}: cannot write ({exc.strerror})") from None
            raise

    def write(self, rows: Iterable[tuple]) -> None:
        """Rows as tuples of values in column order."""
        with self._failing():
            if self.format == "parquet":
                cells, sized = CELL_COST * len(self.names), self._sized
                for row in rows:
                    self._rows.append(row)
                    self._cost += cells + sum(len(row[k]) for k in sized if hasattr(row[k], "__len__"))
                    if len(self._rows) >= ROW_GROUP or self._cost >= GROUP_COST:
                        self._flush(self._rows)
                        self._rows, self._cost = [], 0
            elif self.format == "csv":
                self._csv.writerows([cell(v) for v in row] for row in rows)
            else:
                names = self.names
                self._file.writelines(
                    json.dumps(dict(zip(names, map(cell, row))), ensure_ascii=False, default=_json_value) + "\n"
                    for row in rows
                )

    def _flush(self, rows: list[tuple]) -> None:
        self._writer.write_table(_arrow_table(rows, self.schema))

    def finish(self, meta: dict[str, Any] | None = None) -> None:
        """Complete the temporary file; `meta` (the run metadata with its final counts) replaces the first."""
        meta = meta if meta is not None else self.meta
        with self._failing():
            if self.format == "parquet":
                if self._rows:
                    self._flush(self._rows)
                if meta is not None:
                    self._writer.add_key_value_metadata({"framing": json.dumps(meta, sort_keys=True)})
                self._writer.close()
            else:
                self._file.close()
                if meta is not None:
                    self._meta_tmp = partial_path(sidecar(self.path))
                    with self._meta_tmp.open("x", encoding="utf-8") as f:
                        f.write(json.dumps(meta, indent=2, sort_keys=True) + "\n")

    def moves(self) -> list[tuple[Path, Path]]:
        """(finished temporary file, where it goes): the sidecar, then the table."""
        return ([(self._meta_tmp, sidecar(self.path))] if self._meta_tmp else []) + [(self.tmp, self.path)]

    def abort(self) -> None:
        with contextlib.suppress(Exception):  # the file is being thrown away; a second error changes nothing
            (self._writer if self.format == "parquet" else self._file).close()
        for tmp in (self.tmp, self._meta_tmp):
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)

    @contextlib.contextmanager
    def _failing(self) -> Iterator[None]:
        """A write that fails (disk full, file system gone) ends the run: exit 3, not a traceback."""
        try:
            yield
        except OSError as exc:
            raise RunError(f"{self.path}: cannot write ({exc.strerror or exc}); no output was written") from None


class FrameWriter:
    """Rows into a pandas DataFrame (`frame()`, once finished), with the column types a Parquet file
    of the same rows reads back with: a run in memory gives what a run to a file and back gives."""

    def __init__(self, columns: list[tuple[str, Any]]):
        self.columns = columns  # the Arrow schema is made at the end: pyarrow loads while workers score
        self._rows: list[tuple] = []
        self._table = None

    def write(self, rows: Iterable[tuple]) -> None:
        self._rows.extend(rows)

    def finish(self, meta: dict[str, Any] | None = None) -> None:
        self._table = _arrow_table(self._rows, _arrow_schema(self.columns, None))
        self._rows = []

    def frame(self):
        """The rows as a DataFrame."""
        return self._table.to_pandas()

    def moves(self) -> list[tuple[Path, Path]]:
        return []

    def abort(self) -> None:
        self._rows = []


def commit_all(writers: list[TableWriter | FrameWriter]) -> None:
    """Put every finished output of a run in place, or none (`outputs.put_in_place`)."""
    put_in_place(itertools.chain.from_iterable(w.moves() for w in writers))


class ErrorsFile:
    """The errors file of a run that lists its failed and flagged records as they come (`narratives`, `lexicon
    sample`), written row by row to a temporary file: held in a list for the end, a million failed lines took
    490 MB. `commit` puts it in place when a record was listed or an earlier run left one (it names other
    records); a `with` block's end removes what was not committed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kinds: Counter[tuple[str, str]] = Counter()  # (status, reason kind) -> records
        self._writer: TableWriter | None = None

    def __enter__(self) -> ErrorsFile:
        return self

    def __exit__(self, *raised: object) -> None:
        if self._writer is not None:
            self._writer.abort()

    def append(self, failure: Failure) -> None:
        if self._writer is None:
            self._writer = TableWriter(self.path, list(ERROR_COLUMNS))
        self._writer.write([error_row(failure)])
        self.kinds[failure.status, reason_kind(failure.reason)] += 1

    def count(self, status: str | None = None) -> int:
        """Records listed with `status` ("failed", "flagged"), or all."""
        return sum(n for (listed, _), n in self.kinds.items() if status in (None, listed))

    def reasons(self, status: str | None = None) -> Counter[str]:
        """Reason kind -> records, of those with `status` or all."""
        return Counter({kind: n for (listed, kind), n in self.kinds.items() if status in (None, listed)})

    def commit(self) -> None:
        if self._writer is None:
            if self.path.is_file():
                write_errors(self.path, [])
            return
        self._writer.finish()
        commit_all([self._writer])
        self._writer = None


def write_errors(path: Path, failures: Iterable[Failure]) -> None:
    """The errors file of a run that keeps its failures in memory (`framing narratives`): the columns and
    writer of `framing score`'s, so the two errors files read alike."""
    writer = TableWriter(path, list(ERROR_COLUMNS))
    try:
        writer.write(error_row(f) for f in failures)
        writer.finish()
        commit_all([writer])
    except BaseException:  # a failed rename too: no temporary file is left beside the errors file
        writer.abort()
        raise


def _remove_stale_partials(path: Path) -> None:
    """Delete the temporary files that runs killed outright (SIGKILL, power loss) left for `path`."""
    prefix = f".{path.name}."
    for entry in path.parent.glob(glob.escape(prefix) + "*.partial"):
        pid = entry.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            with contextlib.suppress(OSError):
                entry.unlink()
