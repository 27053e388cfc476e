"""CSV as every output of framing writes it: score tables, evidence, errors and the report's tables.

Python's csv module quotes a field holding a line end only when that character is part of the
writer's own line terminator: with "\\n" line ends, a carriage return inside a field is written bare,
and every CSV reader (framing's own, pandas, spreadsheets) then ends the record there. A row or
table holding one is written with every text field quoted. Cells that a spreadsheet would run as
a formula are defused for the report (OWASP CSV injection); the score tables keep their values as
read, since `framing compare` reads them back.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    import pandas as pd

FORMULA_START = tuple("=+-@\t\r")
_FORMULA_LINE = re.compile(r"([\r\n])(?=[=+\-@\t])")  # a line inside a cell that starts like a formula


def defuse(value: Any) -> Any:
    """A text cell a spreadsheet cannot run as a formula: an apostrophe before a leading =, +, -, @,
    tab or carriage return, at the start of the cell and of every line in it."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START):
        value = "'" + value
    return _FORMULA_LINE.sub(r"\1'", value) if "\n" in value or "\r" in value else value


def _has_cr(cells: Iterable[Any]) -> bool:
    return any(isinstance(v, str) and "\r" in v for v in cells)


class CsvRows:
    """A csv writer (lines end with "\\n") that quotes every text field of a row holding a carriage return."""

    def __init__(self, file: IO[str]):
        self._plain = csv.writer(file, lineterminator="\n")
        self._quoted = csv.writer(file, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)

    def writerow(self, row: list | tuple) -> None:
        (self._quoted if _has_cr(row) else self._plain).writerow(row)

    def writerows(self, rows: Iterable[list | tuple]) -> None:
        for row in rows:
            self.writerow(row)


def write_frame(table: pd.DataFrame, path: Path) -> None:
    """A table as CSV; with every text field quoted when a cell holds a carriage return."""
    import pandas as pd

    text = [table[c] for c in table.columns if table[c].dtype == object or pd.api.types.is_string_dtype(table[c])]
    quoting = csv.QUOTE_NONNUMERIC if any(_has_cr(col) for col in text) else csv.QUOTE_MINIMAL
    table.to_csv(path, index=False, lineterminator="\n", quoting=quoting)
