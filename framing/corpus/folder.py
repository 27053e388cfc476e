"""A folder of .txt, .md and .html articles, one per file."""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path

from ..errors import InputError
from ..html_input import HTML_SUFFIXES
from . import records
from .records import ROLES, _LOCATED, Corpus, Failure, Record, _late, not_utf8
from .files import TEXT_SUFFIXES, _read_meta_and_body, parse_front_matter, read_text_file

Extracted = tuple[dict[str, str], str] | InputError
# Saved pages that `compare`'s check for one group extracted, taken up by the scoring that follows, so that a
# page is extracted once (round u20): (path, size, modification time) -> what its extraction gave. None
# outside `pages_read_once`.
_EXTRACTED: ContextVar[dict[tuple[str, int, int], Extracted] | None] = ContextVar("extracted_pages", default=None)


@contextlib.contextmanager
def pages_read_once() -> Iterator[None]:
    """Within it, a saved page that a folder read with `keep_pages` extracted is not extracted again by the
    next reading of the same folder (the page unchanged on disk): the second reading takes it up."""
    token = _EXTRACTED.set({})
    try:
        yield
    finally:
        _EXTRACTED.reset(token)


class FolderCorpus(Corpus):
    """A folder of .txt/.md files and saved web pages (.html/.htm), one article each, in sorted path order.

    The id is the front matter's `id` or the path under the folder without suffix; the outlet is the
    front matter's `outlet` or the top-level folder the file sits in. Other front-matter keys are
    carried through (those of the first `SCHEMA_SAMPLE` files).
    """

    unit = "files"
    keep_pages = False  # keep each page's extraction for the next reading (inside `pages_read_once`)

    def __iter__(self) -> Iterator[Record | Failure]:
        paths, unlisted = self._paths()
        self.total = len(paths) + len(unlisted)
        for failure in unlisted:
            self.done += 1
            yield failure
        items = (self._read(p) for p in paths)
        sample = list(itertools.islice(items, records.SCHEMA_SAMPLE))
        keys: dict[str, None] = {}
        for item in sample:
            if isinstance(item, tuple):
                keys.update(dict.fromkeys(k for k in item[1] if k not in ROLES))
        self.columns = {role: role for role in ROLES}
        self._carry(list(keys))
        for item in itertools.chain(sample, items):
            self.done += 1
            if isinstance(item, Failure):
                yield item
                continue
            path, meta, body = item
            rel = path.relative_to(self.path)
            values = {
                "text": body,
                "id": meta.get("id") or rel.with_suffix("").as_posix(),
                "outlet": meta.get("outlet") or (rel.parts[0] if len(rel.parts) > 1 else None),
            }
            values.update((k, v) for k, v in meta.items() if k not in values)
            record = self._record(None, None, values, split_title=not meta.get("title"))
            if isinstance(record, Record):
                record.source = str(path)
                record.flags += [_late(k) for k in meta if k not in keys and k not in ROLES]
            yield record

    def _page(self, path: Path) -> tuple[dict[str, str], str]:
        """A saved page's metadata and text: kept from an earlier reading of it inside `pages_read_once`,
        or extracted (and kept there when this reading `keep_pages`)."""
        kept = _EXTRACTED.get()
        if kept is None:
            return _read_meta_and_body(path, self.page_seconds)
        try:
            info = path.stat()
        except OSError:  # the reading names the problem
            return _read_meta_and_body(path, self.page_seconds)
        key = (str(path), info.st_size, info.st_mtime_ns)
        found = kept.pop(key, None)
        if found is None:
            try:
                found = _read_meta_and_body(path, self.page_seconds)
            except InputError as exc:
                found = exc
            if self.keep_pages:
                kept[key] = found
        if isinstance(found, InputError):
            raise found
        return found

    def _paths(self) -> tuple[list[Path], list[Failure]]:
        """The article files, and a failure for each folder that could not be listed (its files are
        unknown, so they cannot each be listed: the folder is, instead of being passed over in silence)."""
        found: list[Path] = []
        refused: list[OSError] = []
        seen: set[object] = set()  # real folders walked: a linked folder is read once, a link loop ends
        for folder, dirs, files in _walk(str(self.path), refused.append):
            real = _identity(folder)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = Path(folder, name)
                (found if path.suffix.lower() in TEXT_SUFFIXES else self.skipped).append(path)
        unlisted = [
            Failure(
                str(e.filename), None, None, None, f"cannot list this folder ({e.strerror}); its files were not read"
            )
            for e in refused
        ]
        if not found and [str(e.filename) for e in refused] == [str(self.path)]:
            raise InputError(f"{self.path}: cannot list this folder ({refused[0].strerror})")
        if not found and not unlisted:
            raise InputError(f"{self.path}: no .txt, .md or .html files in this folder")
        return found, unlisted

    def _read(self, path: Path) -> tuple[Path, dict[str, str], str] | Failure:
        rel_id = path.relative_to(self.path).with_suffix("").as_posix()
        if not_utf8(rel_id):
            return Failure(str(path), None, None, rel_id, "the file name is not valid UTF-8; rename the file")
        try:
            if path.suffix.lower() in HTML_SUFFIXES:
                meta, body = self._page(path)
                return path, meta, body
            text = read_text_file(path)
        except InputError as exc:
            located = _LOCATED.match(str(exc)[len(str(path)) :])
            line = int(located.group(1)) if located and located.group(1) else None
            return Failure(str(path), line, None, rel_id, located.group(2) if located else str(exc))
        meta, body = parse_front_matter(text)
        if not body.strip():
            return Failure(str(path), None, None, meta.get("id") or rel_id, "has front matter but no text")
        return path, meta, body


def _walk(top: str, onerror: Callable[[OSError], object]) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk(top, followlinks=True, onerror=onerror)` without its recursion: in Python 3.11 a folder nested
    about 1,000 deep stopped the run with a RecursionError. Top-down, depth first; `dirs` may be pruned in place."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as exc:
            onerror(exc)
            continue
        dirs: list[str] = []
        files: list[str] = []
        for entry in listed:
            try:
                is_dir = entry.is_dir()  # a link to a folder is walked, as with followlinks
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
        yield folder, dirs, files
        stack.extend(os.path.join(folder, name) for name in reversed(dirs))


def _identity(folder: str) -> object:
    """The folder itself, whatever link led to it: its device and inode (`realpath` looked up every part of the
    path in Python, so a folder 1,500 deep took half a minute), or its path when it cannot be looked at."""
    try:
        info = os.stat(folder)
    except OSError:
        return folder
    return info.st_dev, info.st_ino
