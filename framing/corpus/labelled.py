"""Labelled tables: a text column and a label column in CSV, TSV, JSONL or Parquet. The one reader of
`framing train`, `framing evaluate` and `lexicon audit` (and of `train_model`).

Training needs the whole table in memory, so pandas reads it whole; before it does, the file is held to
the bounds a corpus is read within (a CSV record of at most `RECORD_LIMIT` characters, a JSONL line of at
most `LINE_LIMIT` bytes, at most `MAX_COLUMNS` columns), and after, a cell of a named column to the size
of one article: a quote never closed, a 2 GB line or 200,000 columns is one line naming where, not a
machine out of memory.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .delimited import RECORD_LIMIT, Overlong, _csv_records, _unclosed_quote, whole_records
from .files import MAX_ARTICLE_BYTES, check_input_file
from .jsonl import LINE_LIMIT, _bounded_lines, _json_problem
from .parquet import refuse_unpacking_over
from .records import MAX_CARRIED_COLUMNS, ROLES, _kind_of, _open_binary, check_text_head, not_utf8

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".csv", ".tsv", ".jsonl", ".parquet")
MAX_COLUMNS = MAX_CARRIED_COLUMNS + len(ROLES)  # as many as a corpus may have
MAX_TABLE_BYTES = 2_000_000_000  # unpacked: training holds the texts several times over besides


def read_labelled_table(path: Path, columns: dict[str, str | None]) -> pd.DataFrame:
    """The table at `path`, CSV and TSV cells as written (a label "1" stays "1", not 1.0 when the column
    has a gap; "None", "NA" or "null" is a label, not a missing one: only an empty cell is), JSONL values
    as JSON wrote them (the string "01" stays "01", not the number 1). `columns` maps each option to the
    column it names (`{"--label-col": "y"}`); a column that is not there is a one-line error naming the
    option and the columns there are."""
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: labelled data must be .csv, .tsv, .jsonl or .parquet")
    check_input_file(path)
    if suffix != ".parquet":
        check_text_head(path, suffix[1:])
    _check_bounds(path, suffix)
    try:
        if suffix == ".jsonl":
            table = pd.read_json(path, lines=True, dtype=False)
        elif suffix == ".parquet":
            table = pd.read_parquet(path)
        else:
            table = pd.read_csv(
                path, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False, na_values=[""]
            )
    except pd.errors.EmptyDataError:
        table = pd.DataFrame()
    except Exception as exc:  # noqa: BLE001 - pandas raises many kinds; all mean an unreadable table
        if suffix in (".csv", ".tsv"):
            _refuse_broken_record(path, "\t" if suffix == ".tsv" else ",")
        first = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: cannot read the labelled examples ({first})") from None
    if table.columns.empty:  # a CSV, TSV or JSONL file of blank lines: pandas finds no column
        raise InputError(f"{path}: is empty")
    for option, column in columns.items():
        if column is not None and column not in table.columns:
            names = ", ".join(map(str, table.columns))
            raise InputError(f"{path}: no column {column!r} ({option}); columns: {names}")
        if column is not None:
            if suffix == ".jsonl":
                table[column] = _json_numbers(table[column])
            _refuse_structures(path, table[column], option)
            _refuse_oversized(path, table[column], option)
            _refuse_binary(path, table[column], option)
    return table


def _json_numbers(values: pd.Series) -> pd.Series:
    """JSON has one kind of number: 1.0 is the label 1, as pandas read it when it still guessed each
    column's type (and read the string "01" as 1 too)."""
    import pandas as pd

    return pd.Series(
        [int(v) if isinstance(v, float) and v.is_integer() else v for v in values], index=values.index, dtype=object
    )


def _check_bounds(path: Path, suffix: str) -> None:
    """Refuse a record over the corpus caps, or too many columns, before pandas reads the file whole."""
    width = _parquet_width(path) if suffix == ".parquet" else check_records(path, suffix)
    if width > MAX_COLUMNS:
        found = f"more than {MAX_COLUMNS:,} fields" if suffix == ".jsonl" else f"{width:,} columns"
        raise InputError(
            f"{path}: {found}; at most {MAX_COLUMNS:,} columns are read: keep those you need in a copy of the file"
        )


def check_records(path: Path, suffix: str) -> int:
    """Refuse a CSV, TSV or JSONL record over the corpus caps or not UTF-8, or a JSONL line that is not an
    object, at its line, reading a record at a time; return the number of columns (-1: a broken header).
    `compare` reads its score and evidence tables through it too: one 500 MB line took pandas 10 GB."""
    width = 0
    if suffix == ".jsonl":
        keys: set[str] = set()
        with _open_binary(path) as f:
            for line, raw in enumerate(_bounded_lines(f), 1):
                if isinstance(raw, int):
                    raise InputError(
                        f"{path}:{line}: a line of {raw / 1e6:,.1f} MB is over the {LINE_LIMIT / 1e6:.0f} MB a "
                        "record may take"
                    )
                if raw.isspace():
                    continue
                try:
                    decoded = raw.decode("utf-8-sig" if line == 1 else "utf-8")
                except UnicodeDecodeError:
                    raise InputError(f"{path}:{line}: not valid UTF-8; save the file as UTF-8") from None
                try:
                    value = json.loads(decoded)
                except (ValueError, RecursionError) as exc:  # named by line, as in a corpus (pandas names none)
                    raise InputError(f"{path}:{line}: {_json_problem(decoded, exc)}") from None
                if not isinstance(value, dict):
                    raise InputError(f"{path}:{line}: the line is {_kind_of(value)}, not a JSON object")
                if len(keys) <= MAX_COLUMNS:  # enough to refuse a labelled table; the lines are all checked
                    keys.update(value)
        width = len(keys)
    else:
        csv.field_size_limit(RECORD_LIMIT)
        delimiter = "\t" if suffix == ".tsv" else ","
        with io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", errors="surrogateescape", newline="") as text:
            for line, lines in whole_records(path, text, delimiter, "record"):
                if any(not_utf8(piece) for piece in lines):
                    raise InputError(f"{path}:{line}: not valid UTF-8; save the file as UTF-8")
                if not width:
                    try:
                        width = max(map(len, csv.reader(lines, delimiter=delimiter)), default=0)
                    except csv.Error:  # pandas reports a broken header
                        width = -1
    return width


def _parquet_width(path: Path) -> int:
    """The columns of a Parquet file, after refusing one that unpacks to over `MAX_TABLE_BYTES`: compressed, or
    a value stored once and standing on every row, a 2 kB file held 3.2 GB, which pandas took whole. 0 when it
    is not Parquet (pandas says so in the caller's words)."""
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(path)
        width = len(pfile.schema_arrow.names)
        if width <= MAX_COLUMNS:
            refuse_unpacking_over(pfile, path, MAX_TABLE_BYTES, "a labelled table")
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - not Parquet, or broken: pandas says so in the caller's words
        return 0
    return width


def _refuse_broken_record(path: Path, delimiter: str) -> None:
    """After pandas failed on a CSV/TSV file: the first record the csv module cannot read either, named by
    its line as a corpus names it (pandas' own words name a row of its parser, not a line of the file)."""
    kind = "TSV" if delimiter == "\t" else "CSV"
    with io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", errors="surrogateescape", newline="") as text:
        for line, lines in _csv_records(text, delimiter):
            if isinstance(lines, Overlong):
                continue  # well-formed: not what pandas failed on
            try:
                list(csv.reader(lines or [], delimiter=delimiter, strict=True))
            except csv.Error as exc:
                raise InputError(
                    f"{path}:{line}: malformed {kind} row: {exc}{_unclosed_quote(str(exc), line, len(lines or []))}"
                ) from None


def _refuse_oversized(path: Path, values: pd.Series, option: str) -> None:
    """A cell longer than one article may be (a text column that holds a whole corpus, a runaway quote)."""
    for index, value in values.items():
        if isinstance(value, str) and len(value) > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{path}: row {int(index) + 1}: the {option.removeprefix('--').removesuffix('-col')} ({option} "
                f"{values.name!r}) holds {len(value):,} characters; one article may hold "
                f"{MAX_ARTICLE_BYTES:,} at most"
            )


def _refuse_binary(path: Path, values: pd.Series, option: str) -> None:
    """A NUL byte in a cell is binary data, as a corpus record's (the tokenizer never sees one: it broke
    `lexicon audit`'s candidate terms with an IndexError)."""
    for index, value in values.items():
        if isinstance(value, str) and "\x00" in value:
            raise InputError(
                f"{path}: row {int(index) + 1}: the {option.removeprefix('--').removesuffix('-col')} ({option} "
                f"{values.name!r}) holds NUL bytes: binary data, not text"
            )


def _refuse_structures(path: Path, values: pd.Series, option: str) -> None:
    """A JSON list or object (a Parquet list) in a text, label or group cell would be used as its printed
    form (a label "['x', 'y']")."""
    import numpy as np

    for index, value in values.items():
        if isinstance(value, (list, tuple, dict, set, np.ndarray)):
            kind = "an object" if isinstance(value, dict) else "a list"
            role = option.removeprefix("--").removesuffix("-col")
            hint = (
                "; several labels go in one string (train and evaluate split it with --label-sep)"
                if role == "label"
                else ""
            )
            raise InputError(
                f"{path}: row {int(index) + 1}: the {role} ({option} {values.name!r}) is {kind}, not a single value{hint}"
            )
