"""Means over time: the period a trend is drawn by, and per group and period means with intervals."""

from __future__ import annotations


import numpy as np
import pandas as pd
from .stats import quantiles, bootstrap_means
from .measures import Measure


PERIODS = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}


# A trend's point is the mean of a group's articles in a period. The automatic period is the finest whose
# median point rests on TYPICAL_CELL articles; when none does, the one whose median point rests on the most
# articles, if at least MIN_CELL. PolNeAR's seven outlets (840 articles, 2015-11 to 2016-09): weeks have a
# median of 3 (49 points of one article), months 12 (4 of one): months (u23).
TYPICAL_CELL = 10
MIN_CELL = 3


def choose_period(
    dates: pd.Series,
    groups: pd.Series,
    min_cell: int = MIN_CELL,
    min_periods: int = 3,
    max_periods: int = 60,
    typical_cell: int = TYPICAL_CELL,
) -> str | None:
    """The finest period (week, month, quarter, year) with `min_periods` to `max_periods` periods
    (more points than a chart can show) and a median of `typical_cell` articles per group and period;
    when none has, the one of them with the largest median, if at least `min_cell` (the finer on a tie);
    None when no period is good enough."""
    frame = pd.DataFrame({"d": dates.to_numpy(), "g": groups.to_numpy()}).dropna()
    best, best_median = None, float(min_cell)
    for name, code in PERIODS.items():
        periods = frame["d"].dt.to_period(code)
        if not min_periods <= periods.nunique() <= max_periods:
            continue
        median = float(pd.DataFrame({"g": frame["g"], "p": periods}).value_counts().median())
        if median >= typical_cell:
            return name
        if median > best_median or (best is None and median >= best_median):
            best, best_median = name, median
    return best


def trends(
    table: pd.DataFrame,
    by: str,
    date: str,
    measures: list[Measure],
    period: str,
    n_boot: int = 1000,
    conf: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Per group, period (its first day) and measure: n, mean and bootstrap interval.

    Cells with a single article get no interval. Rows without a date are left out.
    """
    cols = [m.column for m in measures]
    dated = table.loc[table[date].notna(), [by, date, *cols]]  # not every column: grouping sorts a copy of it
    start = dated[date].dt.to_period(PERIODS[period]).dt.start_time
    rng = np.random.default_rng(seed)
    rows = []
    for (group, when), frame in dated.groupby([dated[by], start.rename("_period")], sort=True):
        values = frame[cols].to_numpy(dtype=float)
        lo, hi = (
            quantiles(bootstrap_means(values, n_boot, rng), conf)
            if len(values) > 1
            else (np.full(len(cols), np.nan), np.full(len(cols), np.nan))
        )
        for j, m in enumerate(measures):
            rows.append(
                {
                    "group": group,
                    "period": when.date(),
                    "measure": m.id,
                    "n": len(values),
                    "mean": values[:, j].mean(),
                    "ci_low": lo[j],
                    "ci_high": hi[j],
                }
            )
    return pd.DataFrame(rows, columns=["group", "period", "measure", "n", "mean", "ci_low", "ci_high"])
