"""CSV and TSV corpora."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..wording import counted
from .records import Corpus, Failure, Record, _CountingReader, _open_binary, not_utf8
from .files import MAX_ARTICLE_BYTES, check_input_file

RECORD_LIMIT = 2 * MAX_ARTICLE_BYTES  # characters of one CSV/TSV record, all its fields
READ_CHUNK = 1 << 20  # characters read at a time from a CSV line


class Overlong:
    """In place of a record's lines: a record over RECORD_LIMIT whose quotes close (it ends where a record
    ends, a field too long to read), skipped unread. None in their place: a record over the limit that the
    end of the file leaves inside a quote (a quote never closed)."""


OVERLONG = Overlong()


class CsvCorpus(Corpus):
    """CSV or TSV with a header row. A row is malformed when the CSV syntax breaks or its number of
    fields differs from the header's: the columns cannot then be trusted, so it is not scored.

    Records are split before they are parsed (`_csv_records`), so a broken one is reported once and
    the next starts where it should: a stray quote never turns the rest of a record into records."""

    unit = "bytes"

    def __iter__(self) -> Iterator[Record | Failure]:
        self.total = self.path.stat().st_size
        csv.field_size_limit(RECORD_LIMIT)
        raw = _open_binary(self.path)
        text = io.TextIOWrapper(
            io.BufferedReader(_CountingReader(raw, self)), encoding="utf-8-sig", errors="surrogateescape", newline=""
        )
        delimiter = "\t" if self.kind == "tsv" else ","
        kind = self.kind.upper()
        with text:
            records = _csv_records(text, delimiter)
            header = self._header(records, delimiter)
            self._pick_columns(header)
            width = len(header)
            row = 0
            first = next(records, None)
            if first is None:  # as an empty file: a run of no records is a mistake, not a result
                raise InputError(f"{self.source}: no rows under the header; one record per row is needed")
            for line, lines in itertools.chain([first], records):
                if isinstance(lines, Overlong):
                    row += 1
                    yield self._failure(
                        line, row, f"{kind} row over the limit of {RECORD_LIMIT:,} characters: row {row} is not read"
                    )
                    continue
                if lines is None:
                    row += 1
                    yield self._failure(
                        line,
                        row,
                        f"malformed {kind} row: over {RECORD_LIMIT / 1e6:.0f} million "
                        "characters (a quote never closed?)",
                    )
                    continue
                try:
                    parsed = list(csv.reader(lines, delimiter=delimiter, strict=True))
                except csv.Error as exc:
                    row += 1
                    yield self._failure(
                        line,
                        row,
                        f"malformed {kind} row: {exc}" + _unclosed_quote(str(exc), line, len(lines)),
                    )
                    continue
                if parsed in ([], [[]]):
                    continue  # a blank line holds no record
                row += 1
                fields = parsed[0]
                if len(parsed) != 1 or len(fields) != width:
                    yield self._failure(
                        line, row, f"malformed {kind} row: {counted(len(fields), 'field')} where the header has {width}"
                    )
                    continue
                if fields[0].startswith("\ufeff"):  # the byte-order mark of a file joined on (`cat a.csv b.csv`)
                    fields[0] = fields[0][1:]
                if fields == header:  # scored, it was an article reading "text", its id "id"
                    yield self._failure(line, row, "the header row again (files joined into one?): not a record")
                    continue
                yield self._record(line, row, dict(zip(header, fields)))

    def _header(self, records: Iterator[tuple[int, list[str] | Overlong | None]], delimiter: str) -> list[str]:
        for line, lines in records:
            if lines is None or isinstance(lines, Overlong):
                raise InputError(
                    f"{self.source}:{line}: the header row is not valid {self.kind.upper()}: "
                    f"over {RECORD_LIMIT / 1e6:.0f} million characters"
                )
            try:
                parsed = list(csv.reader(lines or [], delimiter=delimiter, strict=True))
            except csv.Error as exc:
                raise InputError(
                    f"{self.source}:{line}: the header row is not valid {self.kind.upper()}: {exc}"
                ) from None
            if parsed not in ([], [[]]):
                header = parsed[0]
                break
        else:
            raise InputError(f"{self.source}: is empty; a header row naming the columns is needed")
        if any(not_utf8(h) for h in header):
            raise InputError(f"{self.source}:1: not valid UTF-8; save the file as UTF-8")
        return _unique_names(header)


def small_table_rows(path: Path, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of each row of a CSV file a command reads whole, such as a judged sample or a group
    map, held to a corpus's bounds: lines read a megabyte at a time, a record over `RECORD_LIMIT` never
    kept. Blank lines are skipped; a record over the limit, broken CSV or bytes that are not UTF-8 are
    one `InputError` naming the line."""
    csv.field_size_limit(RECORD_LIMIT)
    check_input_file(path)
    try:
        with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as text:
            for line, lines in whole_records(path, text, delimiter, "row"):
                try:
                    parsed = [cells for cells in csv.reader(lines, delimiter=delimiter) if cells]
                except csv.Error as exc:
                    raise InputError(f"{path}:{line}: not a readable CSV row ({exc})") from None
                for cells in parsed:
                    if any(not_utf8(c) for c in cells):
                        raise InputError(f"{path}:{line}: not valid UTF-8; save the file as UTF-8")
                    yield line, cells
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def whole_records(path: Path, text: io.TextIOBase, delimiter: str, unit: str) -> Iterator[tuple[int, list[str]]]:
    """`_csv_records` for a file a command reads whole (a small table, a labelled table): a record over
    `RECORD_LIMIT` stops the command, named by its line as a `unit` ("row", "record"), where a corpus only
    fails that record."""
    for line, lines in _csv_records(text, delimiter):
        if isinstance(lines, Overlong):
            raise InputError(f"{path}:{line}: a {unit} over the limit of {RECORD_LIMIT:,} characters")
        if lines is None:
            raise InputError(
                f"{path}:{line}: a {unit} of over {RECORD_LIMIT / 1e6:.0f} million characters (a quote never closed?)"
            )
        yield line, lines


def _unclosed_quote(error: str, line: int, count: int) -> str:
    """Say which lines an unclosed quote swallowed, so a user knows how many records went with it."""
    if "end of data" not in error:
        return ""
    if count <= 1:
        return " (a quote is never closed)"
    return f" (a quote is never closed: lines {line}-{line + count - 1} were read as this one row)"


_START, _FIELD, _QUOTED, _QUOTE_IN_QUOTED, _AFTER_QUOTED = range(5)  # where a CSV scan is


_LINE_ENDS = ("\n", "\r\n", "\r")


def _csv_records(text: io.TextIOBase, delimiter: str) -> Iterator[tuple[int, list[str] | Overlong | None]]:
    """(first line, physical lines) of each record (a line read in several chunks is put back together:
    the csv module reads each item as a line); for a record over RECORD_LIMIT, OVERLONG when it ends as a
    record ends, None when the file ends inside its quote.

    A record ends at a line end outside quotes, as the csv module reads well-formed CSV. In a field
    that opened with a quote, a quote followed by anything but a quote or the delimiter (a bad
    quote) closes the quoted part, and the next quote opens it again: the quotes are counted in
    pairs, so a field holding "the regime" unescaped still ends where its writer ended it. Lines
    are read a megabyte at most at a time, and a record over the limit is skipped, not kept.
    """
    line = 0
    start = 1
    parts: list[str] | None = []
    size = 0
    state = _START
    while True:
        piece = text.readline(READ_CHUNK)
        if not piece:
            if parts is None or parts:
                yield start, OVERLONG if parts is None and state != _QUOTED else parts
            return
        ends = piece[-1] in "\r\n"
        line += ends
        if ends and state == _START and parts == [] and '"' not in piece:
            if piece not in _LINE_ENDS:  # a blank line holds no record: not parsed (100 MB of them took 8 min)
                yield line, [piece]  # the common case: a line is a record
            start = line + 1
            continue
        state = _scan(piece.rstrip("\r\n") if ends else piece, state, delimiter)
        if parts is not None:
            size += len(piece)
            if size > RECORD_LIMIT:
                parts = None
            elif parts and parts[-1][-1] not in "\r\n":  # the rest of a line longer than a chunk
                parts[-1] += piece
            else:
                parts.append(piece)  # in place: a new list per line made a record of n lines cost n² copies
        if ends and state != _QUOTED:
            yield start, OVERLONG if parts is None else parts
            start, parts, size, state = line + 1, [], 0, _START


def _scan(text: str, state: int, delimiter: str) -> int:
    """The scan state after `text` (part of a line, without its line end)."""
    i, n = 0, len(text)
    while i < n:
        if state == _QUOTED:
            j = text.find('"', i)
            if j < 0:
                return _QUOTED
            state, i = _QUOTE_IN_QUOTED, j + 1
        elif state == _FIELD:
            j = text.find(delimiter, i)
            if j < 0:
                return _FIELD
            state, i = _START, j + 1
        else:
            c = text[i]
            i += 1
            if c == '"':  # opens a field, is an escaped quote, or opens again after a bad one
                state = _QUOTED
            elif c == delimiter:
                state = _START
            else:
                state = _FIELD if state == _START else _AFTER_QUOTED
    return state


def _unique_names(names: list[str]) -> list[str]:
    """Header names made unique and non-empty (a pandas index column has no name)."""
    out: list[str] = []
    taken: set[str] = set()  # a list's `in` made a header of 200,000 columns take two minutes
    suffix: dict[str, int] = {}  # the next suffix to try per name: 200,000 columns "x" are not counted up anew
    for k, name in enumerate(names):
        name = name.strip() or f"column_{k + 1}"
        base, n = name, suffix.get(name, 2)
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        suffix[base] = n
        out.append(name)
        taken.add(name)
    return out
