"""Parquet corpora (pyarrow is imported only when one is read)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from .delimited import _unique_names
from .records import Corpus, Failure, Record, Unreadable


BATCH_ROWS = 1024  # rows read at a time
BATCH_BYTES = 64_000_000  # and at most about this many bytes of them, unpacked


class ParquetCorpus(Corpus):
    """A Parquet file, read a batch of rows at a time. Extra columns keep their Arrow types."""

    def __iter__(self) -> Iterator[Record | Failure]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            pfile = pq.ParquetFile(self.path)
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{self.source}: not a readable Parquet file ({_first_line(exc)})") from None
        schema = pfile.schema_arrow
        names = _unique_names(list(schema.names))  # a file may repeat a column name
        self._pick_columns(names)
        types = dict(zip(names, schema.types))
        text_type = types[self.text_column]
        if not (
            pa.types.is_string(text_type)
            or pa.types.is_large_string(text_type)
            or pa.types.is_binary(text_type)
            or pa.types.is_large_binary(text_type)
        ):
            raise InputError(f"{self.source}: the text column {self.text_column!r} holds {text_type}, not text")
        self.extra_types = {n: types[n] for n in self.extra_columns}
        self.total = pfile.metadata.num_rows
        row = 0
        try:
            for batch in _batches(pfile, self.path):
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


def _batches(pfile: Any, path: Path) -> Iterator[Any]:
    """The file's rows a batch at a time, each batch of at most about `BATCH_BYTES` unpacked. A compressed
    file declares its rows' size unpacked (400 rows of 8 MB, a 318 kB file, took 3.1 GB read 1,024 rows at
    a time); a value stored once in a column's dictionary may stand on every row (400 rows of one 8 MB text,
    a 2 kB file, 3.2 GB), so a row may hold a whole dictionary page of each column."""
    meta = pfile.metadata
    for group in range(meta.num_row_groups):
        info = meta.row_group(group)
        chunks = [info.column(k) for k in range(info.num_columns)]
        row_bytes = sum(chunk.total_uncompressed_size for chunk in chunks) / max(1, info.num_rows)
        row_bytes += sum(_dictionary_bytes(path, chunk) for chunk in chunks if chunk.has_dictionary_page)
        rows = max(1, min(BATCH_ROWS, int(BATCH_BYTES // max(1.0, row_bytes))))
        yield from pfile.iter_batches(batch_size=rows, row_groups=[group])


def _dictionary_bytes(path: Path, chunk: Any) -> int:
    """The unpacked size of a column chunk's dictionary page, as its page header (Thrift compact: field 1 the
    page type, field 2 its unpacked size, zigzag varints) gives it; the whole chunk's when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            fh.seek(chunk.dictionary_page_offset)
            head = fh.read(24)
    except (OSError, ValueError):
        return int(chunk.total_uncompressed_size)
    at = field = 0
    while at < len(head) and head[at] & 0x0F == 5 and head[at] >> 4:  # a field of type i32, by delta
        field += head[at] >> 4
        at, value, shift = at + 1, 0, 0
        while at < len(head):
            value |= (head[at] & 0x7F) << shift
            at, shift = at + 1, shift + 7
            if not head[at - 1] & 0x80:
                break
        if field == 2:
            return max(0, (value >> 1) ^ -(value & 1))
    return int(chunk.total_uncompressed_size)


def _values(array) -> list[Any]:
    """A column as Python values; a value Arrow cannot convert (a date beyond year 9999) becomes
    `Unreadable`, and text that is not UTF-8 keeps its bytes as surrogates, for the record to fail."""
    import pyarrow as pa

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
