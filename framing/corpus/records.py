"""What every corpus reader gives: `Record`s and `Failure`s, the `Corpus` base class, and the
checks and conversions of field values (dates, ids, text) the readers share."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..wording import group_name, nearest
from .dates import parse_date
from .files import MAX_ARTICLE_BYTES, evidence_problem, marked_encoding, packed_kind, unmarked_problem

# --------------------------------------------------------------------------------------------
# Corpora: a folder of text files, CSV/TSV, JSONL or Parquet -> records and failures, streamed.
#
# Every input record comes out exactly once, in input order, as a `Record` (to be scored) or a
# `Failure` (with source, line or row, and reason). `Corpus.columns` says which input column
# fills each role; `Corpus.extra_columns` are the other columns, carried through to the output.
# --------------------------------------------------------------------------------------------

ROLES = ("id", "outlet", "date", "title", "text")
CORPUS_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
# Column names that common exports (news APIs, scrapers, research data sets) use for each role,
# tried in this order when no --*-col option names one.
COLUMN_ALIASES = {
    "text": ("text", "body", "content", "article", "full_text", "article_text", "maintext", "story"),
    "id": ("id", "article_id", "doc_id", "uid", "uuid", "guid", "url"),
    "outlet": ("outlet", "source", "publisher", "publication", "site", "domain", "media", "newspaper"),
    "date": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "pubdate",
        "date_published",
        "datetime",
        "timestamp",
    ),
    "title": ("title", "headline", "heading"),
}
# Columns (fields, front-matter keys) carried through besides the five roles: each costs memory in every
# batch and, in a Parquet output, in every row group's metadata (200,000 columns to Parquet took 1 GB)
MAX_CARRIED_COLUMNS = 1_000
SCHEMA_SAMPLE = 1000  # JSONL/folder records read ahead to fix the text field and the extra columns
_LOCATED = re.compile(r":(?:(\d+):)? (.*)", re.S)  # the rest of "path:line: reason"


@dataclass(slots=True)
class Record:
    """One article read from a corpus, with where it came from."""

    source: str
    line: int | None  # first line of the record in a text file (CSV, TSV, JSONL)
    row: int | None  # data row (CSV, TSV, Parquet) or line (JSONL), from 1
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: _dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    split_title: bool = False  # take a stand-alone first line as the headline (text files only)
    flags: list[str] = field(default_factory=list)  # problems that do not stop scoring

    def failed(self, reason: str) -> Failure:
        """This record's failure to be scored, with the columns that name its group (`compare` counts them)."""
        return Failure(
            self.source, self.line, self.row, self.id, reason, columns=(("outlet", self.outlet), *self.extra.items())
        )


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be scored, or a scored one with a problem worth flagging."""

    source: str
    line: int | None
    row: int | None
    id: str | None
    reason: str
    status: str = "failed"  # "failed" (not in the output) or "flagged" (in the output)
    columns: tuple[tuple[str, Any], ...] = ()  # a failed record's outlet and carried columns, when they were read

    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


def reason_kind(reason: str) -> str:
    """A failure reason without its specifics, to count reasons alike ("malformed CSV row: ...")."""
    if reason.startswith("duplicate id "):  # "duplicate id 'x' (first at line 3); ...": one kind, whatever the id
        return "duplicate id"
    return reason.split(":")[0].split(" (")[0]


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
        return encoding_problem(value)
    if len(value) > MAX_ARTICLE_BYTES:
        size, limit = len(value) / 1e6, MAX_ARTICLE_BYTES / 1e6  # the limit first: one reason kind for all sizes
        return f"too large for one article: {size:.1f} million characters (limit {limit:.0f} million)"
    return None


def encoding_problem(text: str, where: str = "") -> str:
    """Why `text`, which `not_utf8` refuses, is refused: bytes that were not UTF-8 (read as U+DC80-U+DCFF), or a
    lone surrogate, which only a JSON escape ("\\ud800") gives: "save the file as UTF-8" sent the user to mend
    a file that is UTF-8 already."""
    lone = next((c for c in text if "\ud800" <= c <= "\udfff" and not "\udc80" <= c <= "\udcff"), None)
    if lone is None:
        return f"not valid UTF-8{f' ({where})' if where else ''}; save the file as UTF-8"
    escape = f"\\u{ord(lone):04x}"
    return f"a lone surrogate ({escape}{f' {where}' if where else ''}): half of a character's JSON escape, no character"


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
    names = {
        dict: "an object",
        list: "a list",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        bytes: "binary data",
        str: "a string",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _no_name(value: Any) -> bool:
    """Whether an outlet value is a JSON or Parquet structure or true/false, which names no outlet."""
    return isinstance(value, (dict, list, tuple, bool))


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
        self.extra_types: dict[str, Any] = {}  # Arrow types of carried columns (Parquet input)
        self.total: int | None = None
        self.done = 0
        self.skipped: list[Path] = []  # files in a folder that are not articles
        self.page_seconds: float | None = None  # the time a saved page's extraction may take (--max-seconds)

    def __iter__(self) -> Iterator[Record | Failure]:
        raise NotImplementedError

    @property
    def text_column(self) -> str:
        """The text column's name: set before the first record is read (`_pick_columns` fails without one)."""
        name = self.columns["text"]
        assert name is not None
        return name

    def _pick_columns(self, names: list[str], what: str = "column") -> None:
        """Fill `self.columns` from the user's choices or the aliases; the text column is required."""
        if "text" not in self.chosen and (problem := evidence_problem(names)) is not None:
            raise InputError(f"{self.source}: {problem}")
        lowered = {n.strip().lower(): n for n in reversed(names)}
        given: dict[str, str] = {}  # column -> the role the user gave it
        for role, column in self.chosen.items():
            if column in given:  # the id would be the text, or the outlet the title: never what is meant
                raise InputError(
                    f"--{given[column]}-col and --{role}-col both name {column!r}; give each its own {what}"
                )
            given[column] = role
        for role in ROLES:
            wanted = self.chosen.get(role)
            if wanted is not None:
                if wanted not in names:
                    hint = nearest(wanted, names) or f"; {what}s: {_listing(names)}"
                    raise InputError(f"{self.source}: no {what} {wanted!r} for --{role}-col{hint}")
                self.columns[role] = wanted
                continue
            taken = set(self.columns.values())
            self.columns[role] = next(
                (lowered[a] for a in COLUMN_ALIASES[role] if a in lowered and lowered[a] not in taken), None
            )
        if self.columns["text"] is None:
            raise InputError(f"{self.source}: no text {what} found among {_listing(names)}; name it with --text-col")
        used = set(self.columns.values())
        self._carry([n for n in names if n not in used])

    def _carry(self, names: list[str]) -> None:
        """Set the columns carried through to the output, refusing more than a run can hold."""
        if len(names) > MAX_CARRIED_COLUMNS:
            raise InputError(
                f"{self.source}: {len(names):,} columns besides the text, id, outlet, date and title; at most "
                f"{MAX_CARRIED_COLUMNS:,} are read: keep those you need in a copy of the file"
            )
        self.extra_columns = names

    def _record(
        self, line: int | None, row: int | None, values: dict[str, Any], split_title: bool = False
    ) -> Record | Failure:
        """A record from the values of one input row, or the failure saying why not."""
        col = self.columns
        raw_id = values.get(col["id"]) if col["id"] else None
        if isinstance(raw_id, (dict, list, tuple, bool)):  # a JSON structure or true/false names no article
            return Failure(self.source, line, row, None, f"the id is {_kind_of(raw_id)}, not a string or a number")
        given_id = self._id_of(values)
        text = values.get(self.text_column)
        unwritable = _unwritable(values, text)
        problem = text_problem(text) or unwritable
        if problem is not None:  # an empty text still tells its group, unless a value cannot be written out
            return Failure(
                self.source, line, row, given_id, problem, columns=() if unwritable else self._columns(values)
            )
        assert isinstance(text, str)  # text_problem passes strings only
        title = _as_text(values.get(col["title"])) if col["title"] else None
        title = title.strip() or None if title else None
        (_, outlet), *extra = self._columns(values)
        id = given_id or content_id(title, text)
        record = Record(self.source, line, row, id, text, title, outlet, extra=dict(extra), split_title=split_title)
        if col["id"] and col["id"] in values and raw_id is None:
            record.flags.append("the id is null; a hash of title and text is used")
        if _no_name(raw_outlet := values.get(col["outlet"]) if col["outlet"] else None):
            record.flags.append(f"outlet left empty: it is {_kind_of(raw_outlet)}, not a name")
        if col["date"]:
            try:
                record.date = parse_date(values.get(col["date"]))
            except (ValueError, OverflowError, OSError) as exc:
                record.flags.append(f"date left empty: {exc}")
        return record

    def _columns(self, values: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
        """A record's outlet and carried columns, as its row in the score table holds them."""
        outlet = _as_text(values.get(self.columns["outlet"])) if self.columns["outlet"] else None
        if _no_name(values.get(self.columns["outlet"]) if self.columns["outlet"] else None):
            outlet = None  # its printed form ('{"n": "x"}', "True") would be a group of its own in compare
        carried = ((n, values.get(n) if n in self.extra_types else _as_text(values.get(n))) for n in self.extra_columns)
        return (("outlet", group_name(outlet) or None if outlet else None), *carried)

    def _id_of(self, values: dict[str, Any]) -> str | None:
        """The id the input gives a record, if any: a string, or a number as written (7 -> "7")."""
        given = _as_text(values.get(self.columns["id"])) if self.columns["id"] else None
        return given.strip() if given and given.strip() else None

    def _failure(self, line: int | None, row: int | None, reason: str, id: str | None = None) -> Failure:
        return Failure(self.source, line, row, id, reason)


def _unwritable(values: dict[str, Any], text: object) -> str | None:
    """Why a record's other values cannot be written out (text that is not UTF-8, as a lone
    surrogate from a JSON escape, at any depth, or a value Arrow could not read), or None."""
    for key, value in values.items():
        if not_utf8(key):
            return encoding_problem(key, f"in the name of the field {key!r}")
        if isinstance(value, Unreadable):
            return f"unreadable value in {key!r} ({value.reason})"
        if value is text or value is None or isinstance(value, (int, float)):
            continue
        if isinstance(value, str):
            if not_utf8(value):
                return encoding_problem(value, f"in {key!r}")
            continue
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                if not_utf8(item):
                    return encoding_problem(item, f"in {key!r}")
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

    def __init__(self, raw: io.BufferedReader, corpus: Corpus):
        self.raw = raw
        self.corpus = corpus

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer) or 0
        self.corpus.done += n
        return n

    def close(self) -> None:
        """Close the file too: io's wrappers close only what they wrap, not the file under this one."""
        if not self.closed:
            self.raw.close()
        super().close()


def _open_binary(path: Path) -> io.BufferedReader:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def check_text_head(path: Path, kind: str) -> None:
    """Refuse a CSV, TSV or JSONL file (a corpus or a labelled table) that its first bytes show is no UTF-8 text:
    UTF-16 or UTF-32 (marked or not), packed (gzip, zip, ...: was "not valid UTF-8" at line 1), NUL bytes."""
    with _open_binary(path) as f:
        head = f.read(4096)
    encoding = marked_encoding(head)
    if encoding is not None:
        raise InputError(f"{path}: is {encoding.upper()}; save the file as UTF-8")
    if packed := packed_kind(head):
        raise InputError(f"{path}: is a {packed} file, not {kind.upper()}; unpack it first")
    if problem := unmarked_problem(head, kind):
        raise InputError(f"{path}: {problem}")


def _late(key: str) -> str:
    """The flag of a record with a field the output has no column for (columns are fixed early)."""
    return f"field {key!r} first appears after the first {SCHEMA_SAMPLE:,} records: not in the output"
