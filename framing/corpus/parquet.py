"""Parquet corpora (pyarrow is imported only when one is read)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .delimited import _unique_names
from .records import Corpus, Failure, Record, Unreadable


class ParquetCorpus(Corpus):
    """A Parquet file, read a batch of rows at a time. Extra columns keep their Arrow types."""

    def __iter__(self) -> Iterator[Record | Failure]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            schema = pq.ParquetFile(self.path).schema_arrow
            # Text stays dictionary-encoded as stored: a value repeated on every row is held once (decoded,
            # 400 rows of one 8 MB text in a 2 kB file took 3.2 GB, and 4,000 rows would take 32)
            pfile = pq.ParquetFile(self.path, read_dictionary=[f.name for f in schema if _is_text(f.type)])
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{self.source}: not a readable Parquet file ({_first_line(exc)})") from None
        names = _unique_names(list(schema.names))  # a file may repeat a column name
        self._pick_columns(names)
        types = dict(zip(names, schema.types))
        text_type = types[self.text_column]
        if not _is_text(text_type):
            raise InputError(f"{self.source}: the text column {self.text_column!r} holds {text_type}, not text")
        self.extra_types = {n: types[n] for n in self.extra_columns}
        self.total = pfile.metadata.num_rows
        row = 0
        try:
            for batch in pfile.iter_batches(batch_size=1024):
                columns = [_values(batch.column(k)) for k in range(batch.num_columns)]
                for values in (dict(zip(names, cells)) for cells in zip(*columns)):
                    row += 1
                    self.done = row
                    text = values.get(self.text_column)
                    if isinstance(text, bytes):
                        try:
                            values[self.text_column] = text.decode("utf-8")
                        except UnicodeDecodeError:
                            yield self._failure(None, row, "not valid UTF-8 in the text column", self._id_of(values))
                            continue
                    yield self._record(None, row, values)
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{self.source}: row {row + 1}: cannot read ({_first_line(exc)})") from None


def _is_text(kind: Any) -> bool:
    import pyarrow as pa

    return bool(
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_binary(kind)
        or pa.types.is_large_binary(kind)
    )


def _values(array) -> list[Any]:
    """A column as Python values; a value Arrow cannot convert (a date beyond year 9999) becomes
    `Unreadable`, and text that is not UTF-8 keeps its bytes as surrogates, for the record to fail.
    A dictionary-encoded column gives each distinct value once, shared by its rows (Arrow's own
    conversion makes a copy per row)."""
    import pyarrow as pa

    if pa.types.is_dictionary(array.type):
        indices = array.indices.to_pylist()
        used = sorted({k for k in indices if k is not None})
        value_of = dict(zip(used, _values(array.dictionary.take(pa.array(used, type=pa.int64())))))
        return [None if k is None else value_of[k] for k in indices]
    try:
        return array.to_pylist()
    except (ValueError, OverflowError, pa.ArrowException):  # UnicodeDecodeError is a ValueError
        pass
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        raw = array.view(pa.binary() if pa.types.is_string(array.type) else pa.large_binary()).to_pylist()
        return [None if v is None else v.decode("utf-8", "surrogateescape") for v in raw]
    out: list[Any] = []
    for k in range(len(array)):
        try:
            out.append(array[k].as_py())
        except (ValueError, OverflowError, pa.ArrowException) as exc:
            out.append(Unreadable(_first_line(exc)))
    return out


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
