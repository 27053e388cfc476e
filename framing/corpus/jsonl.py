"""JSONL corpora: one JSON object per line."""

from __future__ import annotations

import codecs
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO
from ..errors import InputError
from . import records
from .files import MAX_ARTICLE_BYTES
from .records import Corpus, Failure, Record, _kind_of, _late, _open_binary, not_utf8

LINE_LIMIT = 4 * MAX_ARTICLE_BYTES  # bytes of one line: an article's text, escaped, and its other fields
READ_CHUNK = 1 << 20  # bytes skipped at a time of a line over the limit
# bytes of the first records held while their keys fix the columns; past it, only the keys are kept and the file is
# read again: the whole sample (`SCHEMA_SAMPLE` records) was held through the run, a gigabyte for records of 1 MB
SAMPLE_BYTES = 50_000_000


class JsonlCorpus(Corpus):
    """One JSON object per line; blank lines are skipped. The text field and the extra columns are
    chosen from the keys of the first `SCHEMA_SAMPLE` objects."""

    unit = "bytes"

    def __iter__(self) -> Iterator[Record | Failure]:
        self.total = self.path.stat().st_size
        with _open_binary(self.path) as f:
            parsed = self._parse(f)
            sample: list[tuple[int, int, dict | str | Undecoded]] | None = []
            keys: dict[str, None] = {}
            sampled, objects = 0, False
            for item in itertools.islice(parsed, records.SCHEMA_SAMPLE):
                sampled += 1
                if isinstance(item[2], dict):
                    objects = True
                    keys.update(dict.fromkeys(k for k in item[2] if not not_utf8(k)))
                if sample is not None:
                    sample.append(item)
                    if self.done > SAMPLE_BYTES:
                        sample = None  # held no longer: the file is read again from its start
            if not sampled:  # as an empty CSV or folder: a run of no records is a mistake, not a result
                raise InputError(f"{self.source}: is empty; one JSON object per line is needed")
            if not keys and not objects:  # nothing but broken lines: report them rather than a missing text field
                self.columns["text"] = "text"
            else:
                self._pick_columns(list(keys), "field")
            if sample is None:
                f.seek(0)
                self.done, sample, parsed = 0, [], self._parse(f)
            for line, row, value in itertools.chain(sample, parsed):
                if isinstance(value, str):
                    yield self._failure(line, row, value)
                    continue
                if isinstance(value, Undecoded):
                    yield self._undecoded_failure(line, row, value)
                    continue
                record = self._record(line, row, value)
                if isinstance(record, Record) and row > sampled and value.keys() - keys:
                    record.flags += [_late(key) for key in value if key not in keys]
                yield record

    def _undecoded_failure(self, line: int, row: int, value: Undecoded) -> Failure:
        """The failure of a line that is not UTF-8, with the id and group its fields give as a CSV row's keeps
        them (`_record` refuses what it read past the bad bytes: they are in a field or a field's name)."""
        if value.values is None:
            return self._failure(line, row, value.reason)
        read = self._record(line, row, value.values)
        return replace(read, reason=value.reason) if isinstance(read, Failure) else read.failed(value.reason)

    def _parse(self, f: BinaryIO) -> Iterator[tuple[int, int, dict | str | Undecoded]]:
        """(line, row, object) per non-blank line, or (line, row, reason) when it is not an object, or (line, row,
        Undecoded) when it is not UTF-8."""
        row = 0
        for line, raw in enumerate(_bounded_lines(f), 1):
            if isinstance(raw, int):  # a line over the limit, skipped without being held
                self.done += raw
                row += 1
                yield (
                    line,
                    row,
                    f"a line of {raw / 1e6:,.1f} MB is over the {LINE_LIMIT / 1e6:.0f} MB a record may take",
                )
                continue
            self.done += len(raw)
            if raw.isspace() or (raw.startswith(codecs.BOM_UTF8) and not raw[3:].strip()):  # a joined file's mark alone
                continue
            row += 1
            try:
                text = raw.decode("utf-8-sig")  # any line's: a file joined on (`cat a.jsonl b.jsonl`) brings its mark
            except UnicodeDecodeError as exc:
                reason = (
                    f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); save the file as UTF-8"
                )
                yield line, row, _undecoded(raw, reason)
                continue
            try:
                value = json.loads(text)
            except (ValueError, RecursionError) as exc:  # ValueError: also a number of over 4,300 digits
                yield line, row, _json_problem(text, exc)
                continue
            if not isinstance(value, dict):
                yield line, row, f"the line is {_kind_of(value)}, not a JSON object"
                continue
            yield line, row, value


@dataclass(frozen=True, slots=True)
class Undecoded:
    """A line that is not UTF-8: why, and its object read with the bad bytes kept as escapes (None when it is
    not one), for the id and the group its failure is listed with."""

    reason: str
    values: dict | None


def _undecoded(raw: bytes, reason: str) -> Undecoded:
    try:
        value = json.loads(raw.decode("utf-8-sig", "surrogateescape"))
    except (ValueError, RecursionError):
        value = None
    return Undecoded(reason, value if isinstance(value, dict) else None)


def _bounded_lines(f: BinaryIO) -> Iterator[bytes | int]:
    """Each line of `f`; for a line over LINE_LIMIT bytes, its length instead: a 2 GB line is read a
    chunk at a time and dropped, never held (it took the whole line and several copies of it)."""
    while raw := f.readline(LINE_LIMIT + 1):
        if len(raw) <= LINE_LIMIT or raw.endswith(b"\n"):
            yield raw
            continue
        size = len(raw)
        while not raw.endswith(b"\n") and (raw := f.readline(READ_CHUNK)):
            size += len(raw)
        yield size


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
