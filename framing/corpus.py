"""Readers: files and folders in, article records (and reasons for the ones that failed) out.

A single article (`read_article`) is a dict with `id`, `title`, `text` and any front-matter keys.
A corpus (`open_corpus`: a folder of .txt/.md/.html, CSV, TSV, JSONL, Parquet) streams `Record`s (id,
outlet, date, title, text, extra metadata carried through) and `Failure`s (source, line or row,
reason) in input order: every input record comes out exactly once, as one or the other.
Text files may open with front matter between `---` lines holding `key: value` pairs (outlet,
date, title, ...). pyarrow is imported only when a Parquet file is read.
"""
from __future__ import annotations

import csv
import datetime as _dt
import difflib
import hashlib
import io
import itertools
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from .errors import InputError
from .html_input import HTML_SUFFIXES, page_article

MAX_ARTICLE_BYTES = 10_000_000   # a single article beyond this is surely a corpus or a mistake
RECORD_LIMIT = 2 * MAX_ARTICLE_BYTES   # characters of one CSV/TSV record, all its fields
READ_CHUNK = 1 << 20             # characters read at a time from a CSV line
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
TEXT_SUFFIXES = (".txt", ".md") + HTML_SUFFIXES


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is dropped), UTF-16 with a byte-order mark, or an `InputError` saying why not."""
    if data.startswith(_UTF16_MARKS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if any(c in text for c in " \n"):   # text has spaces or lines; two bytes after a mark need not
            return text
    if b"\x00" in data[:8192]:
        if _looks_utf16(data[:8192]):
            raise InputError(f"{where}: looks like UTF-16 without a byte-order mark; save the file as UTF-8")
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{where}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "save the file as UTF-8") from None


def _looks_utf16(head: bytes) -> bool:
    """Mostly-ASCII text in UTF-16: every other byte is NUL."""
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (odd.count(0) >= 0.9 * len(odd) or even.count(0) >= 0.9 * len(even))


def check_regular(path: Path) -> None:
    """Refuse a device, FIFO or socket before opening it: /dev/zero never ends, a FIFO waits forever."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise InputError(f"{path}: is not a regular file (a device, FIFO or socket)")


def read_text_file(path: Path) -> str:
    """The text of one article file, with a one-line error for every way it can be wrong."""
    data, where = read_file_bytes(path)
    text = decode(data, where)
    if not text.strip():
        raise InputError(f"{where}: is empty")
    return text


def read_file_bytes(path: Path) -> tuple[bytes, str]:
    """The bytes of one article file (bounded) and how to name it in an error."""
    if str(path) == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        where = "<stdin>"
    else:
        where = str(path)
        if not path.exists():
            raise InputError(f"{where}: no such file")
        if path.is_dir():
            raise InputError(f"{where}: is a folder; to score a corpus give an output file with -o OUT")
        try:
            check_regular(path)
            size = path.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                raise InputError(f"{where}: {size / 1e6:.1f} MB is too large for one article (limit "
                                 f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB); to score a corpus give -o OUT")
            with path.open("rb") as f:   # bounded: the size can be 0 when it is not known (/proc)
                data = f.read(MAX_ARTICLE_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{where}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{where}: more than {MAX_ARTICLE_BYTES / 1e6:.0f} MB is too large for one article")
    return data, where


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `key: value` front matter from the body; no front matter gives ({}, text)."""
    m = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        kv = _FRONT_LINE.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip("\"'")
    return meta, text[m.end():]


def read_article(path: Path) -> dict[str, Any]:
    """One article file as a record; the title comes from front matter or, later, the first line
    (a saved web page: from the page)."""
    meta, body = _read_meta_and_body(path)
    record: dict[str, Any] = {"id": meta.pop("id", Path(str(path)).stem), "text": body}
    record["title"] = meta.pop("title", None)
    record.update(meta)
    return record


def _read_meta_and_body(path: Path) -> tuple[dict[str, str], str]:
    """Front matter and body of a text file, or the metadata and article text of a saved web page."""
    if path.suffix.lower() in HTML_SUFFIXES:
        data, where = read_file_bytes(path)
        if not data.strip():
            raise InputError(f"{where}: is empty")
        page = page_article(data, where)
        return {k: v for k, v in page.items() if k != "text"}, page["text"]
    text = read_text_file(path)
    meta, body = parse_front_matter(text)
    if not body.strip():
        raise InputError(f"{path}: has front matter but no text")
    return meta, body


# --------------------------------------------------------------------------------------------
# Corpora: a folder of text files, CSV/TSV, JSONL or Parquet -> records and failures, streamed.
#
# Every input record comes out exactly once, in input order, as a `Record` (to be scored) or a
# `Failure` (with source, line or row, and reason). `Corpus.columns` says which input column
# fills each role; `Corpus.extra_columns` are the other columns, carried through to the output.
# --------------------------------------------------------------------------------------------

ROLES = ("id", "outlet", "date", "title", "text")
CORPUS_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                   ".parquet": "parquet", ".pq": "parquet"}
# Column names that common exports (news APIs, scrapers, research data sets) use for each role,
# tried in this order when no --*-col option names one.
COLUMN_ALIASES = {
    "text": ("text", "body", "content", "article", "full_text", "article_text", "maintext", "story"),
    "id": ("id", "article_id", "doc_id", "uid", "uuid", "guid", "url"),
    "outlet": ("outlet", "source", "publisher", "publication", "site", "domain", "media", "newspaper"),
    "date": ("date", "published", "published_at", "publish_date", "publication_date", "pubdate",
             "date_published", "datetime", "timestamp"),
    "title": ("title", "headline", "heading"),
}
SCHEMA_SAMPLE = 1000   # JSONL/folder records read ahead to fix the text field and the extra columns
_LOCATED = re.compile(r":(?:(\d+):)? (.*)", re.S)   # the rest of "path:line: reason"
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
                 "%d.%m.%Y", "%a, %d %b %Y")


@dataclass(slots=True)
class Record:
    """One article read from a corpus, with where it came from."""

    source: str
    line: int | None            # first line of the record in a text file (CSV, TSV, JSONL)
    row: int | None             # data row (CSV, TSV, Parquet) or line (JSONL), from 1
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: _dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    split_title: bool = False   # take a stand-alone first line as the headline (text files only)
    flags: list[str] = field(default_factory=list)   # problems that do not stop scoring


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be scored, or a scored one with a problem worth flagging."""

    source: str
    line: int | None
    row: int | None
    id: str | None
    reason: str
    status: str = "failed"      # "failed" (not in the output) or "flagged" (in the output)

    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


def corpus_format(path: Path) -> str | None:
    """"folder", "csv", "tsv", "jsonl" or "parquet" for a corpus input; None for a single article."""
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix == ".json":
        raise InputError(f"{path}: a .json file is not a corpus format; write one JSON object per line (.jsonl)")
    return CORPUS_SUFFIXES.get(suffix)


def open_corpus(path: Path, columns: dict[str, str | None] | None = None) -> Corpus:
    """A corpus reader for `path`; `columns` maps roles (text, id, ...) to column names chosen by the user.

    Raises `InputError` for input that cannot be used at all (missing file, no text column).
    """
    kind = corpus_format(path)
    if kind is None:
        raise InputError(f"{path}: not a corpus; give a folder or a .csv, .tsv, .jsonl or .parquet file")
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if kind != "folder":
        check_regular(path)
        if kind != "parquet":
            with _open_binary(path) as f:
                if f.read(2) in _UTF16_MARKS:
                    raise InputError(f"{path}: is UTF-16; save the file as UTF-8")
    readers = {"folder": FolderCorpus, "csv": CsvCorpus, "tsv": CsvCorpus, "jsonl": JsonlCorpus,
               "parquet": ParquetCorpus}
    return readers[kind](path, kind, {k: v for k, v in (columns or {}).items() if v})


def parse_date(value: Any) -> _dt.date | None:
    """A calendar date from the usual ways of writing one; ValueError when there is none.

    Times and zones are dropped: the date is the one written in the source's own time zone,
    which is the publication day its readers saw. Day/month order is never guessed.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for parse in (_dt.date.fromisoformat, _dt.datetime.fromisoformat):
        try:
            result = parse(text)
            return result.date() if isinstance(result, _dt.datetime) else result
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(text).date()   # RFC 2822, as in RSS feeds
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    m = _SLASH_DATE.fullmatch(text)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a > 12 >= b:
            return _dt.date(year, b, a)
        if b > 12 >= a:
            return _dt.date(year, a, b)
        raise ValueError(f"ambiguous date {text!r} (day/month order unknown); write dates as YYYY-MM-DD")
    raise ValueError(f"unrecognised date {text!r}; write dates as YYYY-MM-DD")


def content_id(title: str | None, text: str) -> str:
    """The id of a record that has none: a hash of its content, so it is the same in every run,
    whatever the order of the input or the part of it scored (identical articles share it and
    are flagged as duplicates)."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update((title or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def text_problem(value: Any) -> str | None:
    """Why `value` cannot be scored as an article body, or None when it can."""
    if value is None:
        return "no text"
    if not isinstance(value, str):
        return f"the text is {_kind_of(value)}, not a string"
    if not value or value.isspace():
        return "empty text"
    if "\x00" in value:
        return "binary data, not text (NUL bytes)"
    if not_utf8(value):
        return "not valid UTF-8; save the file as UTF-8"
    if len(value) > MAX_ARTICLE_BYTES:
        return f"{len(value) / 1e6:.1f} million characters is too large for one article"
    return None


def not_utf8(text: str) -> bool:
    """True when `text` holds bytes that were not UTF-8 (kept by `surrogateescape`) or lone
    surrogates from JSON escapes: text that no UTF-8 output could hold."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _kind_of(value: Any) -> str:
    names = {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number",
             bytes: "binary data", str: "a string", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _as_text(value: Any) -> str | None:
    """Metadata values as text (JSON for structures); None stays None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class Corpus:
    """Base of the readers: iterate for `Record`s and `Failure`s in input order.

    `total` and `done` measure progress in `unit`s (bytes, rows or files) for a progress bar.
    """

    unit = "rows"

    def __init__(self, path: Path, kind: str, chosen: dict[str, str]):
        self.path = path
        self.kind = kind
        self.source = str(path)
        self.chosen = chosen
        self.columns: dict[str, str | None] = dict.fromkeys(ROLES)
        self.extra_columns: list[str] = []
        self.extra_types: dict[str, Any] = {}   # Arrow types of carried columns (Parquet input)
        self.total: int | None = None
        self.done = 0
        self.skipped: list[Path] = []           # files in a folder that are not articles

    def __iter__(self) -> Iterator[Record | Failure]:
        raise NotImplementedError

    def _pick_columns(self, names: list[str], what: str = "column") -> None:
        """Fill `self.columns` from the user's choices or the aliases; the text column is required."""
        lowered = {n.strip().lower(): n for n in reversed(names)}
        for role in ROLES:
            wanted = self.chosen.get(role)
            if wanted is not None:
                if wanted not in names:
                    close = difflib.get_close_matches(wanted, names, n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else f"; {what}s: {_listing(names)}"
                    raise InputError(f"{self.source}: no {what} {wanted!r} for --{role}-col{hint}")
                self.columns[role] = wanted
                continue
            taken = set(self.columns.values())
            self.columns[role] = next((lowered[a] for a in COLUMN_ALIASES[role]
                                       if a in lowered and lowered[a] not in taken), None)
        if self.columns["text"] is None:
            raise InputError(f"{self.source}: no text {what} found among {_listing(names)}; "
                             f"name it with --text-col")
        used = set(self.columns.values())
        self.extra_columns = [n for n in names if n not in used]

    def _record(self, line: int | None, row: int | None, values: dict[str, Any],
                split_title: bool = False) -> Record | Failure:
        """A record from the values of one input row, or the failure saying why not."""
        col = self.columns
        given_id = self._id_of(values)
        text = values.get(col["text"])
        problem = text_problem(text) or _unwritable(values, text)
        if problem is not None:
            return Failure(self.source, line, row, given_id, problem)
        title = _as_text(values.get(col["title"])) if col["title"] else None
        title = title.strip() or None if title else None
        record = Record(self.source, line, row, given_id or content_id(title, text), text, title,
                        split_title=split_title)
        if col["outlet"]:
            outlet = _as_text(values.get(col["outlet"]))
            record.outlet = outlet.strip() or None if outlet else None
        if col["date"]:
            try:
                record.date = parse_date(values.get(col["date"]))
            except (ValueError, OverflowError, OSError) as exc:
                record.flags.append(f"date left empty: {exc}")
        for name in self.extra_columns:
            value = values.get(name)
            record.extra[name] = value if name in self.extra_types else _as_text(value)
        return record

    def _id_of(self, values: dict[str, Any]) -> str | None:
        """The id the input gives a record, if any."""
        given = _as_text(values.get(self.columns["id"])) if self.columns["id"] else None
        return given.strip() if given and given.strip() else None

    def _failure(self, line: int | None, row: int | None, reason: str, id: str | None = None) -> Failure:
        return Failure(self.source, line, row, id, reason)


def _unwritable(values: dict[str, Any], text: str) -> str | None:
    """Why a record's other values cannot be written out (text that is not UTF-8, as a lone
    surrogate from a JSON escape, at any depth, or a value Arrow could not read), or None."""
    for key, value in values.items():
        if not_utf8(key):
            return f"not valid UTF-8 (in the name of the field {key!r}); save the file as UTF-8"
        if isinstance(value, Unreadable):
            return f"unreadable value in {key!r} ({value.reason})"
        if value is text or value is None or isinstance(value, (int, float)):
            continue
        if isinstance(value, str):
            if not_utf8(value):
                return f"not valid UTF-8 (in {key!r}); save the file as UTF-8"
            continue
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                if not_utf8(item):
                    return f"not valid UTF-8 (in {key!r}); save the file as UTF-8"
            elif isinstance(item, dict):
                stack.extend(item.keys())
                stack.extend(item.values())
            elif isinstance(item, (list, tuple)):
                stack.extend(item)
    return None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A value Arrow could not turn into Python (a date out of range, bytes that are not UTF-8)."""

    reason: str


def _listing(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(repr(n) for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "") if names else "(none)"


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it, for a progress bar over text readers."""

    def __init__(self, raw: BinaryIO, corpus: Corpus):
        self.raw = raw
        self.corpus = corpus

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer) or 0
        self.corpus.done += n
        return n


def _open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


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
        text = io.TextIOWrapper(io.BufferedReader(_CountingReader(raw, self)), encoding="utf-8-sig",
                                errors="surrogateescape", newline="")
        delimiter = "\t" if self.kind == "tsv" else ","
        kind = self.kind.upper()
        with text:
            records = _csv_records(text, delimiter)
            header = self._header(records, delimiter)
            self._pick_columns(header)
            width = len(header)
            row = 0
            for line, lines in records:
                if lines is None:
                    row += 1
                    yield self._failure(line, row, f"malformed {kind} row: over {RECORD_LIMIT / 1e6:.0f} million "
                                                   "characters (a quote never closed?)")
                    continue
                try:
                    parsed = list(csv.reader(lines, delimiter=delimiter, strict=True))
                except csv.Error as exc:
                    row += 1
                    yield self._failure(line, row, f"malformed {kind} row: {exc}"
                                        + (" (a quote is never closed)" if "end of data" in str(exc) else ""))
                    continue
                if parsed in ([], [[]]):
                    continue   # a blank line holds no record
                row += 1
                fields = parsed[0]
                if len(parsed) != 1 or len(fields) != width:
                    yield self._failure(line, row, f"malformed {kind} row: {len(fields)} fields "
                                        f"where the header has {width}")
                    continue
                yield self._record(line, row, dict(zip(header, fields)))

    def _header(self, records: Iterator[tuple[int, list[str] | None]], delimiter: str) -> list[str]:
        for line, lines in records:
            try:
                parsed = list(csv.reader(lines or [], delimiter=delimiter, strict=True))
            except csv.Error as exc:
                raise InputError(f"{self.source}:{line}: the header row is not valid "
                                 f"{self.kind.upper()}: {exc}") from None
            if lines is None:
                raise InputError(f"{self.source}:{line}: the header row is not valid {self.kind.upper()}: "
                                 f"over {RECORD_LIMIT / 1e6:.0f} million characters")
            if parsed not in ([], [[]]):
                header = parsed[0]
                break
        else:
            raise InputError(f"{self.source}: is empty; a header row naming the columns is needed")
        if any(not_utf8(h) for h in header):
            raise InputError(f"{self.source}:1: not valid UTF-8; save the file as UTF-8")
        return _unique_names(header)


_START, _FIELD, _QUOTED, _QUOTE_IN_QUOTED, _AFTER_QUOTED = range(5)   # where a CSV scan is


def _csv_records(text: io.TextIOBase, delimiter: str) -> Iterator[tuple[int, list[str] | None]]:
    """(first line, physical lines) of each record, with lines None for a record over RECORD_LIMIT.

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
                yield start, parts
            return
        ends = piece[-1] in "\r\n"
        line += ends
        if ends and state == _START and parts == [] and '"' not in piece:
            yield line, [piece]   # the common case: a line is a record
            start = line + 1
            continue
        state = _scan(piece.rstrip("\r\n") if ends else piece, state, delimiter)
        if parts is not None:
            size += len(piece)
            parts = parts + [piece] if size <= RECORD_LIMIT else None
        if ends and state != _QUOTED:
            yield start, parts
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
            if c == '"':   # opens a field, is an escaped quote, or opens again after a bad one
                state = _QUOTED
            elif c == delimiter:
                state = _START
            else:
                state = _FIELD if state == _START else _AFTER_QUOTED
    return state


def _unique_names(names: list[str]) -> list[str]:
    """Header names made unique and non-empty (a pandas index column has no name)."""
    out: list[str] = []
    for k, name in enumerate(names):
        name = name.strip() or f"column_{k + 1}"
        base, n = name, 2
        while name in out:
            name, n = f"{base}_{n}", n + 1
        out.append(name)
    return out


class JsonlCorpus(Corpus):
    """One JSON object per line; blank lines are skipped. The text field and the extra columns are
    chosen from the keys of the first `SCHEMA_SAMPLE` objects."""

    unit = "bytes"

    def __iter__(self) -> Iterator[Record | Failure]:
        self.total = self.path.stat().st_size
        with _open_binary(self.path) as f:
            parsed = self._parse(f)
            sample = list(itertools.islice(parsed, SCHEMA_SAMPLE))
            keys: dict[str, None] = {}
            for item in sample:
                if isinstance(item[2], dict):
                    keys.update(dict.fromkeys(k for k in item[2] if not not_utf8(k)))
            if not keys and all(isinstance(item[2], str) for item in sample):
                # nothing but broken lines: report them rather than a missing text field
                self.columns["text"] = "text"
            else:
                self._pick_columns(list(keys), "field")
            for line, row, value in sample:
                yield self._failure(line, row, value) if isinstance(value, str) else self._record(line, row, value)
            for line, row, value in parsed:
                if isinstance(value, str):
                    yield self._failure(line, row, value)
                    continue
                record = self._record(line, row, value)
                if isinstance(record, Record) and value.keys() - keys:
                    record.flags += [_late(key) for key in value if key not in keys]
                yield record

    def _parse(self, f: BinaryIO) -> Iterator[tuple[int, int, dict | str]]:
        """(line, row, object) per non-blank line, or (line, row, reason) when it is not an object."""
        row = 0
        for line, raw in enumerate(f, 1):
            self.done += len(raw)
            if raw.isspace():
                continue
            row += 1
            try:
                text = raw.decode("utf-8-sig" if line == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield line, row, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); " \
                                 "save the file as UTF-8"
                continue
            try:
                value = json.loads(text)
            except (ValueError, RecursionError) as exc:   # ValueError: also a number of over 4,300 digits
                yield line, row, _json_problem(text, exc)
                continue
            if not isinstance(value, dict):
                yield line, row, f"the line is {_kind_of(value)}, not a JSON object"
                continue
            yield line, row, value


def _json_problem(text: str, exc: Exception) -> str:
    """Why a line is not JSON, located in the line as written (without its line end)."""
    if isinstance(exc, json.JSONDecodeError):
        try:
            json.loads(text.rstrip("\r\n"))
        except json.JSONDecodeError as located:
            return f"invalid JSON at column {located.colno}: {located.msg}"
        except (ValueError, RecursionError):
            pass
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested too deeply"
    if "digits" in str(exc):
        return "a number with more than 4,300 digits (Python's limit for reading one)"
    return f"invalid JSON: {exc}"


def _late(key: str) -> str:
    """The flag of a record with a field the output has no column for (columns are fixed early)."""
    return f"field {key!r} first appears after the first {SCHEMA_SAMPLE:,} records: not in the output"


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
        names = _unique_names(list(schema.names))   # a file may repeat a column name
        self._pick_columns(names)
        types = dict(zip(names, schema.types))
        text_type = types[self.columns["text"]]
        if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)
                or pa.types.is_binary(text_type) or pa.types.is_large_binary(text_type)):
            raise InputError(f"{self.source}: the text column {self.columns['text']!r} holds {text_type}, not text")
        self.extra_types = {n: types[n] for n in self.extra_columns}
        self.total = pfile.metadata.num_rows
        row = 0
        try:
            for batch in pfile.iter_batches(batch_size=1024):
                columns = [_values(batch.column(k)) for k in range(batch.num_columns)]
                for values in (dict(zip(names, cells)) for cells in zip(*columns)):
                    row += 1
                    self.done = row
                    text = values.get(self.columns["text"])
                    if isinstance(text, bytes):
                        try:
                            values[self.columns["text"]] = text.decode("utf-8")
                        except UnicodeDecodeError:
                            yield self._failure(None, row, "not valid UTF-8 in the text column", self._id_of(values))
                            continue
                    yield self._record(None, row, values)
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{self.source}: row {row + 1}: cannot read ({_first_line(exc)})") from None


def _values(array) -> list[Any]:
    """A column as Python values; a value Arrow cannot convert (a date beyond year 9999) becomes
    `Unreadable`, and text that is not UTF-8 keeps its bytes as surrogates, for the record to fail."""
    import pyarrow as pa

    try:
        return array.to_pylist()
    except (ValueError, OverflowError, pa.ArrowException):   # UnicodeDecodeError is a ValueError
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


class FolderCorpus(Corpus):
    """A folder of .txt/.md files and saved web pages (.html/.htm), one article each, in sorted path order.

    The id is the front matter's `id` or the path under the folder without suffix; the outlet is the
    front matter's `outlet` or the top-level folder the file sits in. Other front-matter keys are
    carried through (those of the first `SCHEMA_SAMPLE` files).
    """

    unit = "files"

    def __iter__(self) -> Iterator[Record | Failure]:
        paths = self._paths()
        self.total = len(paths)
        items = (self._read(p) for p in paths)
        sample = list(itertools.islice(items, SCHEMA_SAMPLE))
        keys: dict[str, None] = {}
        for item in sample:
            if isinstance(item, tuple):
                keys.update(dict.fromkeys(k for k in item[1] if k not in ROLES))
        self.columns = {role: role for role in ROLES}
        self.extra_columns = list(keys)
        for item in itertools.chain(sample, items):
            self.done += 1
            if isinstance(item, Failure):
                yield item
                continue
            path, meta, body = item
            rel = path.relative_to(self.path)
            values = {"text": body, "id": meta.get("id") or rel.with_suffix("").as_posix(),
                      "outlet": meta.get("outlet") or (rel.parts[0] if len(rel.parts) > 1 else None)}
            values.update((k, v) for k, v in meta.items() if k not in values)
            record = self._record(None, None, values, split_title=not meta.get("title"))
            if isinstance(record, Record):
                record.source = str(path)
                record.flags += [_late(k) for k in meta if k not in keys and k not in ROLES]
            yield record

    def _paths(self) -> list[Path]:
        found: list[Path] = []
        for folder, dirs, files in os.walk(self.path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = Path(folder, name)
                (found if path.suffix.lower() in TEXT_SUFFIXES else self.skipped).append(path)
        if not found:
            raise InputError(f"{self.path}: no .txt, .md or .html files in this folder")
        return found

    def _read(self, path: Path) -> tuple[Path, dict[str, str], str] | Failure:
        rel_id = path.relative_to(self.path).with_suffix("").as_posix()
        if not_utf8(rel_id):
            return Failure(str(path), None, None, rel_id, "the file name is not valid UTF-8; rename the file")
        try:
            if path.suffix.lower() in HTML_SUFFIXES:
                meta, body = _read_meta_and_body(path)
                return path, meta, body
            text = read_text_file(path)
        except InputError as exc:
            located = _LOCATED.match(str(exc)[len(str(path)):])
            line = int(located.group(1)) if located and located.group(1) else None
            return Failure(str(path), line, None, rel_id, located.group(2) if located else str(exc))
        meta, body = parse_front_matter(text)
        if not body.strip():
            return Failure(str(path), None, None, meta.get("id") or rel_id, "has front matter but no text")
        return path, meta, body
