"""A table a test hands in as a user would: written by pandas in the format its file name ends in."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def write_table(frame: pd.DataFrame, path: Path) -> Path:
    """`frame` as `path`: .csv, .parquet, else JSON lines (.jsonl)."""
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    elif path.suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_json(path, orient="records", lines=True)
    return path
