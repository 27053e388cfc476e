"""Round r11: `compare` on many groups, its bootstrap intervals and replicates, scaled down with the limit as a parameter."""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np
import pandas as pd
import pytest

from framing import aggregate as ag
from framing.aggregate import stats
from framing.tables import read


def _python_calls(work: Any) -> int:
    """How many Python functions `work()` calls (numpy's wrappers included)."""
    calls = 0

    def count(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("columns", [300])
def test_an_interval_takes_no_python_call_per_measure(columns: int) -> None:
    """Each group's interval (and its ratio's) went through `np.nanquantile`, a Python call per column: 20,000
    groups of 18 measures spent most of `compare`'s 4 minutes there. The same values, NaN left out, from one sort."""
    rnd = np.random.default_rng(5)
    with np.errstate(divide="ignore", invalid="ignore"):
        reps = rnd.exponential(1.0, (2000, columns)) / (
            rnd.exponential(1.0, (2000, columns)) * (rnd.random(columns) > 0.1)
        )
    reps[rnd.random(reps.shape) < 0.05] = np.nan
    reps[:, 3] = np.nan  # no defined replicate
    reps[:40, 5] = np.inf
    for conf in (0.95, 0.5, 0.0, 1.0):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            expected = np.nanquantile(reps, [(1 - conf) / 2, (1 + conf) / 2], axis=0, method="inverted_cdf")
        np.testing.assert_array_equal(np.array(stats.quantiles(reps, conf)), expected)
    assert _python_calls(lambda: stats.quantiles(reps, 0.95)) < columns  # 9,300 before: some 30 a column


def _groups_of_sizes(sizes: list[int], measures: int = 4) -> pd.DataFrame:
    rnd = np.random.default_rng(3)
    n = sum(sizes)
    return pd.DataFrame(
        {
            "outlet": [f"g{k:03d}" for k, size in enumerate(sizes) for _ in range(size)],
            **{f"s{j}_per_1k": rnd.exponential(2.0, n) for j in range(measures)},
        }
    )


@pytest.mark.parametrize("kept", [10])
def test_many_groups_are_bootstrapped_once_when_their_replicates_fit(
    monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    """Beyond MAX_PAIRWISE_GROUPS every group's replicates were drawn again for its ratio against the rest: 10^6
    articles in 40 groups paid the bootstrap (95 s) twice to save 11 MB. Up to KEPT_REPLICATE_BYTES they are kept,
    the largest groups' first (drawing again costs a group's articles); the intervals are the same."""
    groups = stats.MAX_PAIRWISE_GROUPS + 30
    sizes = [2 + (k * 7) % 23 for k in range(groups)]
    table = _groups_of_sizes(sizes)
    measures = [ag.Measure(f"s{j}", f"s{j}_per_1k", "rate", None) for j in range(4)]
    drawn: list[int] = []
    bootstrap = stats.bootstrap_means

    def counted(values: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
        drawn.append(len(values))
        return bootstrap(values, n_boot, rng)

    monkeypatch.setattr(stats, "bootstrap_means", counted)

    def run() -> tuple[pd.DataFrame, pd.DataFrame]:
        means, reps = ag.group_means(table, "outlet", measures, n_boot=500)
        return means, ag.against_comparison(table, "outlet", measures, reps)

    means, against = run()
    assert len(drawn) == groups  # each drawn once: 2 x groups
    drawn.clear()
    monkeypatch.setattr(stats, "KEPT_REPLICATE_BYTES", kept * 500 * len(measures) * 8)
    means_bounded, against_bounded = run()
    assert sorted(drawn[groups:]) == sorted(sizes)[: groups - kept]  # the smallest drawn again
    pd.testing.assert_frame_equal(means, means_bounded)
    pd.testing.assert_frame_equal(against, against_bounded)


@pytest.mark.parametrize("columns", [600])
def test_a_wide_table_read_in_chunks_takes_time_in_its_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """r10 joined a CSV's chunks a column at a time, popping each column from its chunk's frame: a pop costs the
    frame's columns, so a table of 2,000 columns read in chunks took minutes (400 columns, 3 chunks: 3.8 s)."""
    table = pd.DataFrame({f"c{k}_per_1k": np.arange(30.0) + k for k in range(columns)})
    table.insert(0, "id", [f"a{k}" for k in range(len(table))])
    path = tmp_path / "scores.csv"
    table.to_csv(path, index=False)
    monkeypatch.setattr(read, "_CHUNK_ROWS", 10)
    start = time.perf_counter()
    whole = pd.read_csv(path, dtype={"id": str})
    plain = time.perf_counter() - start
    start = time.perf_counter()
    chunked = read.read_table(path)
    assert time.perf_counter() - start < 20 * plain + 1.0  # 30 times pandas' read and more, growing as columns²
    pd.testing.assert_frame_equal(chunked, whole)
