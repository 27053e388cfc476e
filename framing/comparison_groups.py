"""Refuse a comparison of one group before anything is scored or the report's modules load.

`framing compare` needs two groups; scoring a corpus takes minutes and loading the report's modules
(pandas, SciPy, matplotlib) seconds, so an input whose grouping column holds one value is refused first,
in the words the report's own check uses after scoring. Whatever this cannot read cheaply is left to that
check.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError
from .html_input import HTML_SUFFIXES
from .lexicon.loader import LexiconSet
from .report_options import Options
from .tables import ScoreColumns
from .tables.read import evidence_table_problem
from .time_limit import MAX_SECONDS
from .wording import quote


# A folder's files are read twice when its outlet changes late, once by the check and once to be scored: the
# check cost about 2 s of a 33-38 s `compare` of 5,000 small files whose last file names a second outlet
# (round u19), so it reads this many files at most (as many as a folder reads ahead for its columns).
FOLDER_CHECK_FILES = 1_000
# The text of saved pages the check extracted is kept for scoring (a page is extracted once, round u20): past this
# many characters the check stops and the rest is left to the check after scoring.
FOLDER_CHECK_PAGE_CHARS = 50_000_000


def refuse_evidence_with(input: Path, evidence: Path | None) -> None:
    """Refuse `--evidence-table` beside an input that is no score table, before a corpus is read: its matches go
    with the scores written with them. An input that is itself a table of matches is told what compare reads
    instead (r15: it was told to give the table to --evidence-table, as given)."""
    if evidence is None:
        return
    if evidence_table_problem(input):
        raise InputError(
            f"{input}: a table of matches (written by `score --evidence`), not a score table: give compare the score "
            "table written with it (`score -o OUT --evidence FILE`), with the matches in --evidence-table"
        )
    raise InputError("--evidence-table goes with a score table; a corpus is scored here, with its evidence")


def refuse_one_group(
    input: Path, columns: dict[str, str | None] | None, options: Options, lexicons: LexiconSet
) -> None:
    """Refuse a corpus whose grouping column holds fewer than two values before it is scored (minutes),
    with the words the report's check uses after. No step after reading adds a group: scoring only fails
    records, a missing name, the date window and --min-articles only leave articles or groups out, and
    --normalize-groups and --group-map only merge names. Read for a table file, a folder (milliseconds a
    text file; a saved page's extraction is kept, inside `pages_read_once`, for the scoring that follows)
    and a column the score table takes as it is from the input: the outlet, or a carried column not
    renamed. Reading stops at the second value, and in a folder after `FOLDER_CHECK_FILES` records or
    `FOLDER_CHECK_PAGE_CHARS` characters of pages kept: the rest is left to the check after scoring."""
    from .corpus import Record, corpus_format, open_corpus
    from .corpus.folder import FolderCorpus

    if corpus_format(input) is None:
        return
    by = options.by
    corpus = open_corpus(input, columns, MAX_SECONDS)  # a page is extracted within the scoring's time limit
    limit = None
    if isinstance(corpus, FolderCorpus):
        limit = FOLDER_CHECK_FILES
        corpus.keep_pages = True
    items = iter(corpus)
    values: set[Any] = set()
    read, articles, kept = False, 0, 0
    try:
        for item in items:
            if not isinstance(item, Record):
                continue
            if limit is not None and corpus.done > limit:  # files read, failed ones included
                return
            if limit is not None and Path(item.source or "").suffix.lower() in HTML_SUFFIXES:
                kept += len(item.text)
                if kept > FOLDER_CHECK_PAGE_CHARS:
                    return
            if not read:  # the columns are fixed by now
                read = True
                if by != "outlet" and not _carried_as_is(by, corpus.extra_columns, lexicons):
                    return
            value = item.outlet if by == "outlet" else item.extra.get(by)
            if value is None:
                continue
            try:
                values.add(value)
            except TypeError:  # a Parquet list or map: left to the report's own check
                return
            if len(values) > 1:
                return
            articles += 1
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
    if values:
        raise InputError(options.one_group(quote(next(iter(values))), articles))
    if read and by == "outlet":  # no outlet at all: say where one comes from (round u20)
        if isinstance(corpus, FolderCorpus):
            raise InputError(
                f"{input}: no article names an outlet; put each outlet's files in a subfolder named after it, or "
                "write `outlet:` in their front matter"
            )
        if corpus.columns.get("outlet") is None:
            names = ", ".join([c for c in corpus.columns.values() if c] + corpus.extra_columns)
            raise InputError(
                f"{input}: no outlet column (its columns: {names}); name it with --outlet-col COLUMN, or group by "
                "another column with --by COLUMN"
            )
    if read:  # a corpus of no readable record keeps its own message, after the run
        raise InputError(options.too_few_groups())


def refuse_one_group_in_table(input: Path, options: Options) -> None:
    """Refuse a score table whose grouping column holds one name (stripped, as the report takes it)
    before the report's modules are loaded (pandas, SciPy, matplotlib: 26 s under load, against 3 s).
    Only that column of a CSV or Parquet table is read, with the options of `read_table`; of a JSONL table
    each line is parsed and only its value of that column kept. A missing column or a column of no name
    are left to the report's own check."""
    from .tables.read import column_names, refuse_large_parquet

    suffix = input.suffix.lower()
    if suffix not in (".csv", ".parquet", ".jsonl") or options.by not in column_names(input):
        return
    if suffix == ".jsonl":
        _refuse_one_group_in_lines(input, options)
        return
    import pandas as pd

    try:
        if suffix == ".parquet":
            refuse_large_parquet(input)
            column = pd.read_parquet(input, columns=[options.by])[options.by]
        else:
            read = pd.read_csv(
                input, usecols=[options.by], dtype={"id": str, "date": str}, keep_default_na=False, na_values=[""]
            )
            column = read[options.by]
    except (ValueError, OSError, TypeError):  # read_table names the problem
        return
    names = column.astype("string").str.strip().dropna()
    if len(names) and names.nunique() == 1:
        raise InputError(options.one_group(quote(names.iloc[0]), len(names)))


def _refuse_one_group_in_lines(input: Path, options: Options) -> None:
    """`refuse_one_group_in_table` for a JSONL table, without pandas: refused only when every line is a
    JSON object and every value of the column present is text of one name once stripped. Anything else (a
    line `read_table` would refuse, a number, a list, a column pandas reads as dates) is left to the report's
    own check, which reads it as pandas does. Reading stops at the second name."""
    by = options.by
    if (
        by.lower() in ("date", "datetime", "modified")
        or by.lower().endswith(("_at", "_time"))
        or by.lower().startswith("timestamp")
    ):
        return  # pandas parses these columns as dates: their names would not be the file's text
    name, articles = None, 0
    try:
        with input.open(encoding="utf-8-sig") as lines:
            for line in lines:
                if not line.strip():
                    continue
                row = json.loads(line)
                if not isinstance(row, dict):
                    return
                value = row.get(by)
                if value is None:
                    continue
                if not isinstance(value, str) or (name is not None and value.strip() != name):
                    return
                name, articles = value.strip(), articles + 1
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return
    if name is not None:
        raise InputError(options.one_group(quote(name), articles))


def _carried_as_is(by: str, extra_columns: list[str], lexicons: LexiconSet) -> bool:
    """Whether the score table's column `by` is the input's column of that name (not renamed for a clash
    with a score column, not a model's or the narratives' column)."""
    if by not in extra_columns or by.startswith(("model_", "narrative_")):
        return False
    return ScoreColumns(lexicons.signals, extra_columns, {}).extra.get(by) == by
