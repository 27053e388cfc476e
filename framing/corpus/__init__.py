"""Readers: files and folders in, article records (and reasons for the ones that failed) out.

A single article (`read_article`) is a dict with `id`, `title`, `text` and any front-matter keys.
A corpus (`open_corpus`: a folder of .txt/.md/.html, CSV, TSV, JSONL, Parquet) streams `Record`s (id,
outlet, date, title, text, extra metadata carried through) and `Failure`s (source, line or row,
reason) in input order: every input record comes out exactly once, as one or the other.
Text files may open with front matter between `---` lines holding `key: value` pairs (outlet,
date, title, ...). pyarrow is imported only when a Parquet file is read.
Modules: `files` (single articles), `records` (records, failures, the `Corpus` base, field
checks), one per format (`delimited`, `jsonl`, `parquet`, `folder`), each imported when its format is seen.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .files import (
    absent_path,
    check_regular,
    parse_front_matter,
    read_article,
    read_text_file,
)
from .records import (
    CORPUS_SUFFIXES,
    Corpus,
    Failure,
    Record,
    check_text_head,
    content_id,
    parse_date,
    reason_kind,
    text_problem,
)

__all__ = [
    "Corpus",
    "Failure",
    "Record",
    "content_id",
    "corpus_format",
    "open_corpus",
    "parse_date",
    "parse_front_matter",
    "read_article",
    "read_text_file",
    "reason_kind",
    "text_problem",
]


def corpus_format(path: Path) -> str | None:
    """ "folder", "csv", "tsv", "jsonl" or "parquet" for a corpus input; None for a single article."""
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix == ".json":
        raise InputError(f"{path}: a .json file is not a corpus format; write one JSON object per line (.jsonl)")
    return CORPUS_SUFFIXES.get(suffix)


def open_corpus(path: Path, columns: dict[str, str | None] | None = None, page_seconds: float | None = None) -> Corpus:
    """A corpus reader for `path`; `columns` maps roles (text, id, ...) to column names chosen by the user;
    a saved page of a folder is extracted within `page_seconds` (None: no limit).

    Raises `InputError` for input that cannot be used at all (missing file, no text column).
    """
    kind = corpus_format(path)
    if kind is None:
        raise InputError(f"{path}: not a corpus; give a folder or a .csv, .tsv, .jsonl or .parquet file")
    if not path.exists():
        raise InputError(f"{path}: {absent_path(path, 'file or folder')}")
    if kind != "folder":
        check_regular(path)
        if kind != "parquet":
            check_text_head(path, kind)
    corpus = _reader(kind)(path, kind, {k: v for k, v in (columns or {}).items() if v})
    corpus.page_seconds = page_seconds
    return corpus


def _reader(kind: str) -> type[Corpus]:
    """The reader of one format, its module imported when that format is seen (one article needs none)."""
    if kind == "folder":
        from .folder import FolderCorpus

        return FolderCorpus
    if kind in ("csv", "tsv"):
        from .delimited import CsvCorpus

        return CsvCorpus
    if kind == "jsonl":
        from .jsonl import JsonlCorpus

        return JsonlCorpus
    from .parquet import ParquetCorpus

    return ParquetCorpus
