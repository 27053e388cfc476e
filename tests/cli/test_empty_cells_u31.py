"""Round u31: a score table's empty cells in `framing compare`, as a researcher's hand-made tables have them.
Each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _table(folder: Path, extra: str = "", blank: str = "", groups: str = "ab") -> Path:
    """Outlets `groups` (each letter one) in turn, 24 articles; `extra` a column of the corpus's own, empty in every
    third row, and `blank` a score column left empty in every row (in outlet "c"'s rows only when there is one)."""
    header = [
        "id",
        "outlet",
        "n_words",
        "hedging_count",
        "hedging_per_1k",
        "hedging_author_per_1k",
        *([extra] if extra else []),
    ]
    rows = []
    for k in range(24):
        outlet = groups[k % len(groups)]
        cells = [str(k), outlet, "100", str(k % 3), str(k % 3 * 10), str(k % 3 * 10)]
        if extra:
            cells.append("" if k % 3 == 0 else "0.5")
        if blank and (outlet == "c" or "c" not in groups):
            cells[header.index(blank)] = ""
        rows.append(",".join(cells))
    path = folder / "scores.csv"
    path.write_text(",".join(header) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_an_input_column_named_like_a_share_keeps_its_rows(tmp_path: Path) -> None:
    """A corpus column `audience_share` (kept in the score table as the input's own) is not a score: its empty
    cells left a third of a tool-written table's articles out of the report."""
    path = _table(tmp_path, extra="audience_share")
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "empty score cell" not in result.output
    overview = pd.read_csv(tmp_path / "r" / "tables" / "overview.csv")
    assert overview["articles"].tolist() == [12, 12]


@pytest.mark.parametrize("column", ["hedging_per_1k", "n_words"])
def test_a_score_column_empty_throughout_is_refused_naming_it(tmp_path: Path, column: str) -> None:
    """Every row left out, compare said only that fewer than two groups of 'outlet' remained."""
    path = _table(tmp_path, blank=column)
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert result.output == f"error: {path}: {column} is empty in every row; nothing to compare\n"
    assert not (tmp_path / "r").exists()


def test_a_group_every_row_of_which_has_an_empty_cell_is_named(tmp_path: Path) -> None:
    """Outlet "c" vanished from the report; the note only counted its rows among those left out."""
    path = _table(tmp_path, blank="hedging_per_1k", groups="abc")
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    note = "8 articles with an empty score cell are left out (" + f"{path}: row 3: hedging_per_1k and 7 more); "
    note += "no article of “c” (outlet) is left."
    assert note in " ".join(result.output.split())
    assert note.replace("_", "\\_") in (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
