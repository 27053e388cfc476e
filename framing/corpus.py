"""Readers: files and folders in, article records (and reasons for the ones that failed) out.

An article record is a dict with `id`, `outlet`, `date`, `title`, `text`, plus any extra
metadata, carried through. Text files may open with front matter between `---` lines holding
`key: value` pairs (outlet, date, title, ...).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .errors import InputError

MAX_ARTICLE_BYTES = 10_000_000   # a single article beyond this is surely a corpus or a mistake
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
TEXT_SUFFIXES = (".txt", ".md")


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is dropped), or an `InputError` saying why not."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{where}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "save the file as UTF-8") from None


def read_text_file(path: Path) -> str:
    """The text of one article file, with a one-line error for every way it can be wrong."""
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
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"{where}: {size / 1e6:.1f} MB is too large for one article (limit "
                             f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB); to score a corpus give -o OUT")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{where}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{where}: more than {MAX_ARTICLE_BYTES / 1e6:.0f} MB is too large for one article")
    text = decode(data, where)
    if not text.strip():
        raise InputError(f"{where}: is empty")
    return text


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
    """One article file as a record; the title comes from front matter or, later, the first line."""
    text = read_text_file(path)
    meta, body = parse_front_matter(text)
    if not body.strip():
        raise InputError(f"{path}: has front matter but no text")
    record: dict[str, Any] = {"id": meta.pop("id", Path(str(path)).stem), "text": body}
    record["title"] = meta.pop("title", None)
    record.update(meta)
    return record
