"""Labelled tables: a text column and a label column in CSV, TSV, JSONL or Parquet. The one reader of
`framing train`, `framing evaluate` and `lexicon audit` (and of `train_model`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".csv", ".tsv", ".jsonl", ".parquet")


def read_labelled_table(path: Path, columns: dict[str, str | None]) -> pd.DataFrame:
    """The table at `path`, CSV and TSV cells as written (a label "1" stays "1", not 1.0 when the column
    has a gap). `columns` maps each option to the column it names (`{"--label-col": "y"}`); a column
    that is not there is a one-line error naming the option and the columns there are."""
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: labelled data must be .csv, .tsv, .jsonl or .parquet")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        if suffix == ".jsonl":
            table = pd.read_json(path, lines=True)
        elif suffix == ".parquet":
            table = pd.read_parquet(path)
        else:
            table = pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str)
    except TypeError:  # pandas' words for a JSON line that is a list or a number name none of this
        raise InputError(f"{path}: cannot read the labelled examples (a line is not a JSON object)") from None
    except Exception as exc:  # noqa: BLE001 - pandas raises many kinds; all mean an unreadable table
        first = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: cannot read the labelled examples ({first})") from None
    for option, column in columns.items():
        if column is not None and column not in table.columns:
            names = ", ".join(map(str, table.columns))
            raise InputError(f"{path}: no column {column!r} ({option}); columns: {names}")
        if column is not None:
            _refuse_structures(path, table[column], option)
    return table


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
