"""Reading a score table (or evidence) back: `framing compare TABLE` and notebooks."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corpus.files import check_input_file, evidence_problem
from ..corpus.labelled import check_records
from ..corpus.parquet import refuse_unpacking_over
from ..errors import InputError
from . import OUTPUT_FORMATS, SIGNAL_MEASURES, score_columns, sidecar

if TYPE_CHECKING:
    import pandas as pd


def read_run_meta(path: Path | str) -> dict[str, Any]:
    """The run metadata stored with an output file (Parquet metadata, or the sidecar); KeyError
    when a Parquet file has none. A notebook passes a string, as to the rest of the public API."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return json.loads((pq.read_metadata(path).metadata or {})[b"framing"])
    return json.loads(sidecar(path).read_text(encoding="utf-8"))


def is_score_table(path: Path) -> bool:
    """A table file with article scores (n_words and rates), not texts to score."""
    if not path.is_file() or path.suffix.lower() not in OUTPUT_FORMATS:
        return False
    names = column_names(path)
    return "n_words" in names and any(n.endswith("_per_1k") for n in names)


def evidence_table_problem(path: Path) -> str | None:
    """Why a file is a table of matches (`score --evidence`), not texts to score nor a score table; None when it is
    not one: told before a run would refuse it for a reason that sends the user elsewhere (r15: "give -o")."""
    if not path.is_file() or path.suffix.lower() not in OUTPUT_FORMATS:
        return None
    return evidence_problem(column_names(path))


def column_names(path: Path) -> list[str]:
    """The columns of a table file, from its schema or first line ([] when it cannot be read)."""
    try:
        if path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            first = fh.readline(HEADER_LIMIT)  # a line of 2 GB (a sparse file) was read whole: 4.3 GB
        if path.suffix.lower() == ".jsonl":
            return list(json.loads(first)) if first.strip() else []
        return next(csv.reader([first]), [])
    except (OSError, ValueError, UnicodeDecodeError, csv.Error):
        return []


HEADER_LIMIT = 10_000_000  # characters of a table's first line read to learn its columns (1,000 long names fit)


def read_table(path: Path | str) -> pd.DataFrame:
    """A score table or evidence file as a DataFrame (ids and dates of a CSV kept as text); `path`
    may be a string, as a notebook gives it."""
    import pandas as pd

    path = Path(path)
    check_input_file(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            refuse_large_parquet(path)
            return _decoded(pd.read_parquet(path), path)
        return _read_text_table(path, suffix)
    except (ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot read as a table ({str(exc).splitlines()[0]})") from None
    except TypeError:  # pandas on a JSON line that is a list or a number
        raise InputError(f"{path}: cannot read as a table (a line is not a JSON object)") from None


_CHUNK_ROWS = 100_000  # rows of a CSV or JSONL table read at a time, each counted against the cap
# What a score or evidence table may take read into memory: `compare` holds its numbers about 2.5 times over at
# its peak (10^6 rows of a score table, 690 MB held, peaked at 1.7 GB), so a table of 2,000 MB (a labelled table's
# cap) ran out of memory under 3 GB where it should have been refused (round r10).
MAX_TABLE_BYTES = 1_000_000_000


def _read_text_table(path: Path, suffix: str) -> pd.DataFrame:
    """A CSV or JSONL table, its records held to a corpus's caps first and its rows read a chunk at a time,
    refused once pandas holds more than `MAX_TABLE_BYTES`: a 100 MB CSV of one-digit numbers took 960 MB, so
    a table's size on disk did not bound the memory of `compare`."""
    import pandas as pd

    check_records(path, suffix)
    if suffix == ".jsonl":
        reader = pd.read_json(path, lines=True, dtype=False, chunksize=_CHUNK_ROWS)
    else:
        reader = pd.read_csv(
            path, dtype={"id": str, "date": str}, keep_default_na=False, na_values=[""], chunksize=_CHUNK_ROWS
        )
    chunks: list[dict[str, pd.Series]] = []
    held = 0
    with reader:
        for chunk in reader:
            held += int(chunk.memory_usage(deep=True).sum())
            if held > MAX_TABLE_BYTES:
                raise InputError(
                    f"{path}: takes over {MAX_TABLE_BYTES / 1e6:,.0f} MB read into memory, more than a score or "
                    "evidence table read whole may take: keep the rows you need in a smaller file"
                )
            chunks.append({name: chunk[name].copy() for name in chunk.columns})
    return _joined(chunks)


def _joined(chunks: list[dict[str, pd.Series]]) -> pd.DataFrame:
    """The chunks as one table, joined a column at a time, each column's pieces let go once joined (each chunk's
    columns held apart, as read): joined whole, the table was held twice over (10^6 rows of a score table, 690 MB,
    took 1.5 GB; round r10). The columns stay apart: a consolidated table is one more copy. A chunk's columns are
    held in a dict, not a frame, whose `pop` costs its number of columns (2,000 columns took minutes, round r11).
    JSONL chunks that do not share their columns are joined whole."""
    import pandas as pd

    if not chunks:
        return pd.DataFrame()
    names = list(chunks[0])
    if any(list(chunk) != names for chunk in chunks):
        return pd.concat([pd.DataFrame(chunk, copy=False) for chunk in chunks], ignore_index=True)
    columns = {}
    for name in names:
        columns[name] = pd.concat([chunk.pop(name) for chunk in chunks], ignore_index=True)
    return pd.DataFrame(columns, columns=names, copy=False)


def refuse_large_parquet(path: Path) -> None:
    """Refuse a Parquet table that unpacks to more than pandas may hold, before it reads the table whole: a
    50 kB score table of one 8 MB title stored once for 438 rows stopped `compare` with a traceback, after
    3.7 GB. A file pyarrow cannot open is left to pandas, which names the problem."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(path)
    except (pa.ArrowException, OSError):
        return
    refuse_unpacking_over(pfile, path, MAX_TABLE_BYTES, "a table")


def _decoded(table: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Binary columns of a Parquet table as text, as a CSV gives them: bytes that are not UTF-8 in an id
    stopped the report with a UnicodeDecodeError traceback; they are named by row and column now."""
    import pandas as pd

    for column in table.columns:
        values = table[column]
        if values.dtype != object or not any(isinstance(v, bytes) for v in values):
            continue
        cells = values.to_list()
        for row, cell in enumerate(cells):
            if isinstance(cell, bytes):
                try:
                    cells[row] = cell.decode("utf-8")
                except UnicodeDecodeError:
                    raise InputError(f"{path}: row {row + 1}: {column} is not valid UTF-8 text") from None
        table[column] = pd.Series(cells, index=table.index, dtype=object)
    return table


def number_columns(table: pd.DataFrame) -> list[str]:
    """The columns of `table` that hold numbers by the score table's contract: the word and sentence counts, the
    sourcing mix, the measures of every signal (a stem with a rate per 1,000 words), a model's shares and probabilities, the narratives'. Not the input's own columns: a corpus column
    `audience_share` with empty cells left a third of a tool-written table's articles out of the report."""
    names = [str(column) for column in table.columns]
    present = set(names)
    stems = {n.removesuffix(end) for n in names for end in ("_per_1k", "_author_per_1k") if n.endswith(end)}
    numbers = {name for name, _ in score_columns(())}  # n_words, n_sentences, sourcing_*
    numbers |= {f"{stem}_{measure}" for stem in stems for measure, _ in SIGNAL_MEASURES}
    return [
        n
        for n in names
        if n in numbers
        or (n.startswith("model_") and n.endswith(("_share", "_prob")))
        or (n.startswith("narrative_") and (n.endswith("_prob") or f"{n}_prob" in present))
    ]


def check_numbers(table: pd.DataFrame, path: Path) -> None:
    """Refuse a score table with a number column holding something else (a CSV edited by hand), naming the row
    and column: the report's means stopped with a traceback. Columns read as text become numbers in place.
    Every count, rate and share the tool writes is finite and not negative (a weighted sum may be, as a lexicon
    weight may): an `inf` or -50 words made a report whose means and findings no article supports, so they are
    refused too (an empty cell is a missing value, as before)."""
    import numpy as np
    import pandas as pd

    for name in number_columns(table):
        column_values = table[name]
        if not pd.api.types.is_numeric_dtype(column_values):
            numbers = pd.to_numeric(column_values, errors="coerce")
            bad = (column_values.notna() & numbers.isna()).to_numpy()
            if bad.any():
                row = int(bad.argmax())
                raise InputError(f"{path}: row {row + 1}: {name} is {column_values.iloc[row]!r}, not a number")
            table[name] = column_values = numbers
        values = column_values.to_numpy(dtype=float, na_value=np.nan)
        out = np.isinf(values) | ((values < 0) & (not name.endswith("_weighted")))  # a lexicon weight may be negative
        if out.any():
            row = int(out.argmax())
            raise InputError(
                f"{path}: row {row + 1}: {name} is {float(values[row])!r}, not a count, rate or share (finite, 0 or more)"
            )


EVIDENCE_READ = ("id", "signal", "entry", "sentence", "start", "end", "text", "sentence_text")  # what a report reads
_OFFSETS = ("sentence", "start", "end")  # whole numbers, 0 or more


def read_evidence(path: Path) -> pd.DataFrame:
    """An evidence file of `framing score --evidence`; another table (a score table given by mistake), or one
    missing the sentence numbers and offsets or holding something else in them, is refused in one line instead
    of failing deep inside the report (a KeyError or a ValueError traceback)."""
    import pandas as pd

    evidence = read_table(path)
    missing = [name for name in EVIDENCE_READ if name not in evidence.columns]
    if missing:
        raise InputError(
            f"{path}: not an evidence file (no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}); "
            "give the file `framing score -o OUT --evidence FILE` wrote"
        )
    for name in _OFFSETS:
        values = evidence[name]
        numbers = pd.to_numeric(values, errors="coerce")
        bad = (values.notna() & ~(numbers.notna() & (numbers >= 0) & (numbers % 1 == 0))).to_numpy()
        if bad.any():
            row = int(bad.argmax())
            raise InputError(
                f"{path}: row {row + 1}: {name} is {str(values.iloc[row])!r}, not a whole number, 0 or more"
            )
        evidence[name] = numbers
    return evidence
