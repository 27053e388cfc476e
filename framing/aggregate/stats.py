"""Group statistics: bootstrap means and intervals, the Kruskal–Wallis test across groups, Cliff's
delta names, Benjamini–Hochberg adjustment and standardized differences (each group against the
reference or the rest). The pairwise tests, built on these, are in `pairwise`."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats
from .measures import Measure


# Romano et al. (2006), "Appropriate statistics for ordinal level data", thresholds for |delta|.
CLIFF_THRESHOLDS = ((0.147, "negligible"), (0.33, "small"), (0.474, "medium"), (math.inf, "large"))
MAX_PAIRWISE_GROUPS = 20  # beyond this, each group against the reference or the pooled rest: pairs grow as groups²
# beyond MAX_PAIRWISE_GROUPS, the replicates kept for the ratio intervals (the largest groups'); the rest drawn again
KEPT_REPLICATE_BYTES = 128_000_000


def cliff_label(delta: float) -> str:
    """The Romano et al. (2006) name for an effect of this size."""
    if math.isnan(delta):
        return ""
    return next(label for bound, label in CLIFF_THRESHOLDS if abs(delta) < bound)


def bh_adjust(p: np.ndarray | list[float]) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values; NaN (an untestable comparison) stays NaN, outside the family."""
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    if ok.any():
        out[ok] = stats.false_discovery_control(p[ok], method="bh")
    return out


def bootstrap_means(values: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """`n_boot` bootstrap replicates of the column means of `values` (articles x measures).

    Each replicate draws articles with replacement; counting the draws and multiplying the count
    matrix by `values` gives every measure's mean at once, in chunks that stay under ~16 MB.
    """
    n = values.shape[0]
    if n == 0:
        return np.full((n_boot, values.shape[1]), np.nan)
    out = np.empty((n_boot, values.shape[1]))
    chunk = max(1, 2_000_000 // n)
    for lo in range(0, n_boot, chunk):
        k = min(chunk, n_boot - lo)
        # int32 halves the memory traffic of drawing and counting (k * n stays under 2**31).
        draws = rng.integers(0, n, size=(k, n), dtype=np.int32) + (np.arange(k, dtype=np.int32) * n)[:, None]
        counts = np.bincount(draws.ravel(), minlength=k * n).reshape(k, n)
        out[lo : lo + k] = counts @ values / n
    return out


def quantiles(reps: np.ndarray, conf: float) -> tuple[np.ndarray, np.ndarray]:
    """The percentile interval of bootstrap replicates (n_boot x measures), NaN replicates left out: numpy's
    "inverted_cdf", which picks replicate values (no interpolation) and so stays defined when some replicate
    ratios are infinite. One sort of all columns, where `np.nanquantile` took a Python call per column (11 ms
    for 2,000 x 18, twice a group: 20,000 groups spent most of 4 minutes there, round r11)."""
    alpha = (1 - conf) / 2
    n = np.count_nonzero(~np.isnan(reps), axis=0)  # NaN sorts last
    index = n * np.array([alpha, 1 - alpha])[:, None] - 1  # numpy's virtual index, computed as it does
    below = np.floor(index)
    pick = np.where(index == below, below, below + 1).astype(np.intp)
    out = np.take_along_axis(np.sort(reps, axis=0), np.maximum(pick, 0), axis=0)
    out[:, n == 0] = np.nan  # a measure with no defined replicate
    return out[0], out[1]


class Replicates(Mapping[Any, np.ndarray]):
    """Each group's bootstrap replicate means (n_boot x measures), for the ratio intervals, and `total`, the
    replicates weighted by their groups' sizes, summed in group order (the pooled rest's, `against_comparison`).
    Beyond MAX_PAIRWISE_GROUPS, and past KEPT_REPLICATE_BYTES, a group's replicates are not kept but drawn again
    when asked for, from the generator's state before they were drawn: 2,000 replicates of 18 measures are 288 kB
    a group, 5.8 GB for 20,000 groups (rounds r9, r10). The largest groups are the ones kept: drawing again costs
    a group's articles, so a table of 10^6 rows in 40 groups is not bootstrapped twice (round r11)."""

    def __init__(self, values: np.ndarray, bounds: dict[Any, tuple[int, int]], n_boot: int) -> None:
        self.rows, self.bounds, self.n_boot = values, bounds, n_boot  # a group's rows: rows[lo:hi]
        if len(bounds) <= MAX_PAIRWISE_GROUPS:
            self.keep = set(bounds)
        else:
            largest = sorted(bounds, key=lambda g: bounds[g][0] - bounds[g][1])  # stable: ties in group order
            self.keep = set(largest[: KEPT_REPLICATE_BYTES // max(1, n_boot * values.shape[1] * 8)])
        self.kept: dict[Any, np.ndarray] = {}
        self.states: dict[Any, Mapping[str, Any]] = {}
        self.total: np.ndarray | int = 0

    def draw(self, group: Any, rng: np.random.Generator) -> np.ndarray:
        """The group's replicates, drawn from `rng` (groups in order)."""
        lo, hi = self.bounds[group]
        if group not in self.keep:
            self.states[group] = rng.bit_generator.state
        reps = bootstrap_means(self.rows[lo:hi], self.n_boot, rng)
        if group in self.keep:
            self.kept[group] = reps
        self.total = self.total + float(hi - lo) * reps
        return reps

    def __getitem__(self, group: Any) -> np.ndarray:
        if group in self.keep:
            return self.kept[group]
        rng = np.random.default_rng()
        rng.bit_generator.state = self.states[group]
        lo, hi = self.bounds[group]
        return bootstrap_means(self.rows[lo:hi], self.n_boot, rng)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.bounds)

    def __len__(self) -> int:
        return len(self.bounds)


def grouped_values(
    table: pd.DataFrame, by: str, measures: list[Measure]
) -> tuple[np.ndarray, dict[Any, tuple[int, int]]]:
    """The measures' values (articles x measures) with each group's rows together, in the table's order within
    it, as `table.groupby(by, sort=True)` gives them, and each group's rows (lo, hi): one array, where a frame per
    group copied every column of the table (20,000 groups of a 10^6-row table)."""
    codes, groups = pd.factorize(table[by], sort=True)
    order = np.argsort(codes, kind="stable")
    values = table[[m.column for m in measures]].to_numpy(dtype=float)[order[codes[order] >= 0]]
    ends = np.cumsum(np.bincount(codes[codes >= 0], minlength=len(groups)))
    return values, {g: (int(e - n), int(e)) for g, e, n in zip(groups, ends, np.diff(ends, prepend=0))}


def group_means(
    table: pd.DataFrame, by: str, measures: list[Measure], n_boot: int = 2000, conf: float = 0.95, seed: int = 0
) -> tuple[pd.DataFrame, Replicates]:
    """Per group and measure: n, mean, sd, median, share of articles with a hit, bootstrap interval.

    Also returns each group's replicate means (n_boot x measures), reused for ratio intervals.
    """
    rng = np.random.default_rng(seed)
    values, bounds = grouped_values(table, by, measures)
    reps = Replicates(values, bounds, n_boot)
    names = ["n", "mean", "sd", "median", "share_with_hit", "ci_low", "ci_high"]
    cells = np.empty((len(bounds), len(measures), len(names)))  # filled a cell at a time: no dict per cell
    for k, (group, (lo, hi)) in enumerate(bounds.items()):
        lo_q, hi_q = quantiles(reps.draw(group, rng), conf)
        for j in range(len(measures)):
            v = values[lo:hi, j]
            sd = v.std(ddof=1) if len(v) > 1 else np.nan
            cells[k, j] = (len(v), v.mean(), sd, np.median(v), float((v > 0).mean()), lo_q[j], hi_q[j])
    out = pd.DataFrame(
        {"group": [g for g in bounds for _ in measures], "measure": [m.id for _ in bounds for m in measures]}
    )
    for i, name in enumerate(names):
        out[name] = cells[:, :, i].ravel().astype(int) if name == "n" else cells[:, :, i].ravel()
    return out, reps


def kruskal_tests(table: pd.DataFrame, by: str, measures: list[Measure]) -> pd.DataFrame:
    """Kruskal–Wallis H across all groups per measure, with epsilon-squared and BH-adjusted p."""
    values, bounds = grouped_values(table, by, measures)
    n = len(table)
    rows = []
    for j, m in enumerate(measures):
        samples = [values[lo:hi, j] for lo, hi in bounds.values()]
        h = p = np.nan
        if len(samples) >= 2 and np.ptp(np.concatenate(samples)) > 0:
            h, p = stats.kruskal(*samples)
        rows.append(
            {
                "measure": m.id,
                "groups": len(samples),
                "n": n,
                "H": h,
                "df": len(samples) - 1,
                "p": p,
                "epsilon2": h / (n - 1) if n > 1 else np.nan,
            }
        )
    out = pd.DataFrame(rows)
    out["p_adj"] = bh_adjust(out["p"].to_numpy()) if len(out) else []
    return out


def standardized_differences(
    table: pd.DataFrame, by: str, measures: list[Measure], reference: str | None = None
) -> pd.DataFrame:
    """Per group and measure: (mean - mean of the comparison) / sqrt((var + var_comparison) / 2).

    The comparison is the reference group when there is one, else all other groups pooled, so
    each cell reads "how far this group sits from the rest, in standard deviations".
    """
    cols = [m.column for m in measures]
    if table[by].nunique() > MAX_PAIRWISE_GROUPS:
        return _standardized_from_sums(table, by, measures, reference)
    rows = []
    groups, numbers = table[by], table[cols].to_numpy(dtype=float)  # rows picked from it: no copy of every column
    for group in sorted(groups.dropna().unique()):
        if group == reference:
            continue
        own = (groups == group).to_numpy()
        other = (groups == reference if reference is not None else groups != group).to_numpy()
        for j, m in enumerate(measures):
            x, y = numbers[own, j], numbers[other, j]
            var_x = x.var(ddof=1) if len(x) > 1 else np.nan
            var_y = y.var(ddof=1) if len(y) > 1 else np.nan
            spread = math.sqrt((var_x + var_y) / 2) if not (np.isnan(var_x) or np.isnan(var_y)) else np.nan
            diff = x.mean() - y.mean() if len(x) and len(y) else np.nan
            if spread and spread > 0:
                d = diff / spread
            else:
                d = 0.0 if diff == 0 else np.nan
            rows.append(
                {
                    "group": group,
                    "measure": m.id,
                    "mean": x.mean() if len(x) else np.nan,
                    "comparison_mean": y.mean() if len(y) else np.nan,
                    "std_diff": d,
                }
            )
    return pd.DataFrame(rows, columns=["group", "measure", "mean", "comparison_mean", "std_diff"])


def _standardized_from_sums(
    table: pd.DataFrame, by: str, measures: list[Measure], reference: str | None
) -> pd.DataFrame:
    """`standardized_differences` from per-group sums and sums of squares: linear in the groups,
    where selecting "all other groups" once per group is quadratic (used beyond MAX_PAIRWISE_GROUPS)."""
    groups = sorted(table[by].unique())
    codes = pd.Categorical(table[by], categories=groups).codes
    n = np.bincount(codes, minlength=len(groups)).astype(float)
    values = table[[m.column for m in measures]].to_numpy(dtype=float)
    s1 = np.stack([np.bincount(codes, weights=values[:, j], minlength=len(groups)) for j in range(len(measures))], 1)
    s2 = np.stack(
        [np.bincount(codes, weights=values[:, j] ** 2, minlength=len(groups)) for j in range(len(measures))], 1
    )
    if reference is None:
        n_y, t1, t2 = len(values) - n, s1.sum(0) - s1, s2.sum(0) - s2
    else:
        k = groups.index(reference)
        n_y, t1, t2 = np.full(len(groups), n[k]), np.broadcast_to(s1[k], s1.shape), np.broadcast_to(s2[k], s2.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_x, mean_y = s1 / n[:, None], t1 / n_y[:, None]
        var_x = np.where(n[:, None] > 1, (s2 - n[:, None] * mean_x**2) / (n[:, None] - 1), np.nan)
        var_y = np.where(n_y[:, None] > 1, (t2 - n_y[:, None] * mean_y**2) / (n_y[:, None] - 1), np.nan)
        spread = np.sqrt(np.maximum((var_x + var_y) / 2, 0))
        diff = mean_x - mean_y
        d = np.where(
            spread > 1e-12 * np.maximum(np.abs(mean_x), np.abs(mean_y)).clip(min=1),
            diff / spread,
            np.where(diff == 0, 0.0, np.nan),
        )
    rows = [
        {"group": g, "measure": m.id, "mean": mean_x[k, j], "comparison_mean": mean_y[k, j], "std_diff": d[k, j]}
        for k, g in enumerate(groups)
        if g != reference
        for j, m in enumerate(measures)
    ]
    return pd.DataFrame(rows, columns=["group", "measure", "mean", "comparison_mean", "std_diff"])
