"""Group statistics: bootstrap means and intervals, the Kruskal–Wallis test across groups, Cliff's
delta names, Benjamini–Hochberg adjustment and standardized differences (each group against the
reference or the rest). The pairwise tests, built on these, are in `pairwise`."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
from scipy import stats
from .measures import Measure


# Romano et al. (2006), "Appropriate statistics for ordinal level data", thresholds for |delta|.
CLIFF_THRESHOLDS = ((0.147, "negligible"), (0.33, "small"), (0.474, "medium"), (math.inf, "large"))
MAX_PAIRWISE_GROUPS = 20  # beyond this, each group against the reference or the pooled rest: pairs grow as groups²


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
    """The percentile interval of bootstrap replicates. "inverted_cdf" picks replicate values (no
    interpolation), which stays defined when some replicate ratios are infinite."""
    alpha = (1 - conf) / 2
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a measure with no defined replicate: NaN
        lo, hi = np.nanquantile(reps, [alpha, 1 - alpha], axis=0, method="inverted_cdf")
    return lo, hi


def group_means(
    table: pd.DataFrame, by: str, measures: list[Measure], n_boot: int = 2000, conf: float = 0.95, seed: int = 0
) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Per group and measure: n, mean, sd, median, share of articles with a hit, bootstrap interval.

    Also returns each group's replicate means (n_boot x measures), reused for ratio intervals.
    """
    cols = [m.column for m in measures]
    rng = np.random.default_rng(seed)
    rows, reps = [], {}
    for group, frame in table.groupby(by, sort=True):
        values = frame[cols].to_numpy(dtype=float)
        reps[group] = bootstrap_means(values, n_boot, rng)
        lo, hi = quantiles(reps[group], conf)
        for j, m in enumerate(measures):
            v = values[:, j]
            rows.append(
                {
                    "group": group,
                    "measure": m.id,
                    "n": len(v),
                    "mean": v.mean(),
                    "sd": v.std(ddof=1) if len(v) > 1 else np.nan,
                    "median": np.median(v),
                    "share_with_hit": float((v > 0).mean()),
                    "ci_low": lo[j],
                    "ci_high": hi[j],
                }
            )
    return pd.DataFrame(rows), reps


def kruskal_tests(table: pd.DataFrame, by: str, measures: list[Measure]) -> pd.DataFrame:
    """Kruskal–Wallis H across all groups per measure, with epsilon-squared and BH-adjusted p."""
    groups = [frame for _, frame in table.groupby(by, sort=True)]
    n = len(table)
    rows = []
    for m in measures:
        samples = [g[m.column].to_numpy(dtype=float) for g in groups]
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
    for group, frame in table.groupby(by, sort=True):
        if group == reference:
            continue
        other = table[table[by] == reference] if reference is not None else table[table[by] != group]
        for m, col in zip(measures, cols):
            x, y = frame[col].to_numpy(dtype=float), other[col].to_numpy(dtype=float)
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
