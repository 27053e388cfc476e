"""Single articles: a text, Markdown or HTML file, with its front matter, read into a dict."""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..html_input import HTML_SUFFIXES, page_article

MAX_ARTICLE_BYTES = 10_000_000  # a single article beyond this is surely a corpus or a mistake
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UNPRINTABLE = frozenset({"Cc", "Cn", "Co", "Cs"})
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
TEXT_SUFFIXES = (".txt", ".md") + HTML_SUFFIXES


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is dropped), UTF-16 or UTF-32 with a byte-order mark, or an `InputError` saying why not."""
    encoding = marked_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(
                f"{where}: starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()}"
            ) from None
        if _mostly_unprintable(text):
            raise InputError(f"{where}: looks like a binary file, not text")
        return text
    if b"\x00" in data[:8192]:
        if _looks_utf16(data[:8192]):
            raise InputError(f"{where}: looks like UTF-16 without a byte-order mark; save the file as UTF-8")
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{where}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None


def marked_encoding(data: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark names (its codec drops the mark), else None.

    UTF-32's little-endian mark begins with UTF-16's, so it is looked for first.
    """
    for marks, encoding in ((_UTF32_MARKS, "utf-32"), (_UTF16_MARKS, "utf-16")):
        if data.startswith(marks):
            return encoding
    return None


# How a compressed file or an archive opens; none is read (unpacked first, it is bounded as any input)
_PACKED = {b"\x1f\x8b": "gzip", b"PK\x03\x04": "zip", b"BZh": "bzip2", b"\xfd7zXZ": "xz", b"\x28\xb5\x2f\xfd": "zstd"}


def packed_kind(data: bytes) -> str | None:
    """The compressed or archive format `data` (a file's first bytes) opens as, else None."""
    return next((kind for magic, kind in _PACKED.items() if data.startswith(magic)), None)


def _mostly_unprintable(text: str) -> bool:
    """More than 1 in 100 characters are controls (not white space), unassigned or private: not a text."""
    odd = sum(1 for c in text if unicodedata.category(c) in _UNPRINTABLE and c not in "\t\n\r\f\v")
    return odd * 100 > len(text)


def _looks_utf16(head: bytes) -> bool:
    """Mostly-ASCII text in UTF-16: every other byte is NUL, and the bytes between mostly not (NULs throughout,
    as a sparse file holds, are no text)."""
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and any(
        nuls.count(0) >= 0.9 * len(nuls) and other.count(0) < 0.5 * len(other)
        for nuls, other in ((odd, even), (even, odd))
    )


def unmarked_problem(head: bytes, kind: str) -> str | None:
    """Why a `kind` file (csv, tsv, jsonl) whose first bytes are `head` is no UTF-8 text, its bytes unmarked: UTF-16
    without a byte-order mark (its header was read as columns "i\\x00d\\x00"), or mostly NUL bytes (a 2 GB sparse
    file was read through for 14 s to one failure); a NUL byte in one record fails that record alone."""
    if _looks_utf16(head):
        return "looks like UTF-16 without a byte-order mark; save the file as UTF-8"
    if head.count(0) * 2 > len(head):
        return f"looks like a binary file (NUL bytes), not {kind.upper()}"
    return None


# columns only a table of matches written by `score --evidence` holds beside its "text" (the matched words)
_EVIDENCE_MARKS = frozenset({"signal", "entry", "sentence_text"})


def evidence_problem(names: list[str]) -> str | None:
    """Why a table with these columns is no corpus: one of matches (`score --evidence`), whose "text" column
    holds a matched word, so each match would be scored as an article of one or two words (u44); else None."""
    if _EVIDENCE_MARKS <= {n.strip().lower() for n in names}:
        return (
            "a table of matches (one row per match, written by `score --evidence`), not a corpus: give it to "
            "`compare --evidence-table`, or read the articles it came from"
        )
    return None


def check_regular(path: Path) -> None:
    """Refuse a device, FIFO or socket before opening it: /dev/zero never ends, a FIFO waits forever."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise InputError(f"{path}: is not a regular file (a device, FIFO or socket)")


def absent_path(path: Path, what: str = "file") -> str:
    """What a path that is not there is, for its one-line error: "no such file", or a symbolic link whose target is
    missing or that leads back to itself (a loop was "no such file", and so was a link to a file moved away)."""
    if not path.is_symlink():
        return f"no such {what}"
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link in a loop (it leads back to itself)"
    return f"is a symbolic link to {os.readlink(path)}, which does not exist"


def check_input_file(path: Path) -> None:
    """Refuse a table path that is missing, a folder, or a device, FIFO or socket, each said as it is: a FIFO
    given as a group map waited forever, and a folder was "no such file"."""
    if not path.exists():
        raise InputError(f"{path}: {absent_path(path)}")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file")
    check_regular(path)


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
            raise InputError(f"{where}: {absent_path(path)}")
        if path.is_dir():
            raise InputError(f"{where}: is a folder; to score a corpus give an output file with -o OUT")
        try:
            check_regular(path)
            size = path.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                raise InputError(
                    f"{where}: {size / 1e6:.1f} MB is too large for one article (limit {MAX_ARTICLE_BYTES / 1e6:.0f} MB)"
                )
            with path.open("rb") as f:  # bounded: the size can be 0 when it is not known (/proc)
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
    return meta, text[m.end() :]


def read_article(path: Path, page_seconds: float | None = None) -> dict[str, Any]:
    """One article file as a record; the title comes from front matter or, later, the first line
    (a saved web page: from the page, extracted within `page_seconds`, None: no limit)."""
    meta, body = _read_meta_and_body(path, page_seconds)
    record: dict[str, Any] = {"id": meta.pop("id", Path(str(path)).stem), "text": body}
    record["title"] = meta.pop("title", None)
    record.update(meta)
    return record


def _read_meta_and_body(path: Path, page_seconds: float | None = None) -> tuple[dict[str, str], str]:
    """Front matter and body of a text file, or the metadata and article text of a saved web page
    (extracted within `page_seconds`, None: no limit)."""
    if path.suffix.lower() in HTML_SUFFIXES:
        data, where = read_file_bytes(path)
        if not data.strip():
            raise InputError(f"{where}: is empty")
        page = page_article(data, where, page_seconds)
        return {k: v for k, v in page.items() if k != "text"}, page["text"]
    text = read_text_file(path)
    meta, body = parse_front_matter(text)
    if not body.strip():
        raise InputError(f"{path}: has front matter but no text")
    return meta, body
