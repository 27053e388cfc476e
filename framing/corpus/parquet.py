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
MAX_PAGE_BYTES = 512_000_000  # a page is unpacked whole to read any of its rows


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
        if pa.types.is_dictionary(text_type):  # pandas writes a categorical column so: its values are the text
            text_type = text_type.value_type
        if not (
            pa.types.is_string(text_type)
            or pa.types.is_large_string(text_type)
            or pa.types.is_binary(text_type)
            or pa.types.is_large_binary(text_type)
        ):
            raise InputError(f"{self.source}: the text column {self.text_column!r} holds {text_type}, not text")
        self.extra_types = {n: types[n] for n in self.extra_columns}
        self.total = pfile.metadata.num_rows
        if not self.total:  # as an empty CSV: a run of no records is a mistake, not a result
            raise InputError(f"{self.source}: no rows; one record per row is needed")
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
    a 2 kB file, 3.2 GB), so a row may hold a whole dictionary page of each column. The sizes are the pages'
    own, which the reader allocates: a footer may understate them (1.6 GB read as 100 bytes took 4.7 GB)."""
    meta = pfile.metadata
    for group in range(meta.num_row_groups):
        info = meta.row_group(group)
        sizes = [_chunk_sizes(path, info.column(k)) for k in range(info.num_columns)]
        row_bytes = sum(data for data, _ in sizes) / max(1, info.num_rows) + sum(dictionary for _, dictionary in sizes)
        rows = max(1, min(BATCH_ROWS, int(BATCH_BYTES // max(1.0, row_bytes))))
        yield from pfile.iter_batches(batch_size=rows, row_groups=[group])


def refuse_unpacking_over(pfile: Any, path: Path, limit: int, what: str) -> None:
    """Refuse a file that unpacks to over `limit` bytes before it is read whole (by pandas): compressed, or a
    value stored once and standing on every row, a 2 kB file held 3.2 GB. Counted a batch at a time, as a
    corpus is read: the footer's sizes count a dictionary once, and may understate."""
    unpacked = 0
    for batch in _batches(pfile, path):
        unpacked += batch.nbytes
        if unpacked > limit:
            raise InputError(
                f"{path}: unpacks to over {limit / 1e6:,.0f} MB, more than {what} read whole into memory may take: "
                "keep the rows you need in a smaller file"
            )


def _chunk_sizes(path: Path, chunk: Any) -> tuple[int, int]:
    """A column chunk's data pages and dictionary page, unpacked, as the page headers declare them (the
    reader allocates what they say), never less than the footer says. A page of over `MAX_PAGE_BYTES` is
    refused: to read any row of it the reader unpacks it whole (one of 200 rows of 8 MB took 2.2 GB)."""
    # a writer may leave the dictionary's offset 0 with the dictionary page first at the data's
    start = (chunk.dictionary_page_offset if chunk.has_dictionary_page else None) or chunk.data_page_offset
    end = start + chunk.total_compressed_size
    data = dictionary = 0
    try:
        with open(path, "rb") as fh:
            at = start
            while 0 <= at < end:
                fh.seek(at)
                header = _Header(fh)
                kind, unpacked, packed = header.page()
                if unpacked > MAX_PAGE_BYTES:
                    raise InputError(
                        f"{path}: column {chunk.path_in_schema!r}: a page unpacks to {unpacked / 1e6:,.0f} MB, "
                        f"over the {MAX_PAGE_BYTES / 1e6:,.0f} MB a reader may unpack at once: write the file with "
                        "fewer rows per row group"
                    )
                if kind == 2:  # the dictionary page
                    dictionary += unpacked
                else:
                    data += unpacked
                if packed < 0:
                    break
                at = fh.tell() + packed
    except (OSError, ValueError, IndexError):  # a header the reader cannot read either: it says so
        if chunk.has_dictionary_page and not dictionary:  # the dictionary unknown: as large as the whole chunk
            dictionary = int(chunk.total_uncompressed_size)
    return max(data, int(chunk.total_uncompressed_size) - dictionary), dictionary


class _Header:
    """A Parquet page header (Thrift compact protocol) read from a file: its type and sizes, every other
    field skipped, so that the next page is found after it. Lengths are not trusted: skipped by seeking."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh

    def page(self) -> tuple[int, int, int]:
        found = {1: 0, 2: 0, 3: -1}
        field = 0
        while kind := self._byte():  # 0 ends the struct
            field = field + (kind >> 4) if kind >> 4 else self._zigzag()
            if field in found and kind & 0x0F == 5:
                found[field] = self._zigzag()
            else:
                self._skip(kind & 0x0F)
        return found[1], found[2], found[3]

    def _byte(self) -> int:
        read = self.fh.read(1)
        if not read:
            raise ValueError("the file ends inside a page header")
        return read[0]

    def _varint(self) -> int:
        value = shift = 0
        while shift < 70:
            byte = self._byte()
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
        raise ValueError("a varint too long")

    def _zigzag(self) -> int:
        value = self._varint()
        return (value >> 1) ^ -(value & 1)

    def _skip(self, kind: int, depth: int = 0) -> None:
        if depth > 64:
            raise ValueError("a page header nested too deep")
        if kind in (3,):
            self._byte()
        elif kind in (4, 5, 6):
            self._varint()
        elif kind == 7:
            self.fh.seek(8, 1)
        elif kind == 8:
            self.fh.seek(self._varint(), 1)
        elif kind in (9, 10):
            head = self._byte()
            size = head >> 4 if head >> 4 != 15 else self._varint()
            for _ in range(size):
                self._skip(head & 0x0F if head & 0x0F not in (1, 2) else 3, depth + 1)
        elif kind == 11:
            size = self._varint()
            types = self._byte() if size else 0
            for _ in range(size):
                self._skip(types >> 4 if types >> 4 not in (1, 2) else 3, depth + 1)
                self._skip(types & 0x0F if types & 0x0F not in (1, 2) else 3, depth + 1)
        elif kind == 12:
            field = 0
            while inner := self._byte():
                field = field + (inner >> 4) if inner >> 4 else self._zigzag()
                self._skip(inner & 0x0F, depth + 1)
        elif kind not in (1, 2):  # booleans are held in the field's type
            raise ValueError(f"a page header field of unknown type {kind}")


def _values(array) -> list[Any]:
    """A column as Python values; a value Arrow cannot convert (a date beyond year 9999) becomes
    `Unreadable`, and text that is not UTF-8 keeps its bytes as surrogates, for the record to fail."""
    import pyarrow as pa

    if pa.types.is_dictionary(array.type):  # each value once, rows pointing to it: read as a plain column
        array = array.dictionary_decode()
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
