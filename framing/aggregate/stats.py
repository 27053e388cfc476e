"""Group statistics: bootstrap means and intervals, rank tests, effect sizes (Cliff's delta, ratio
of means) and standardized differences, pairwise or each group against the rest."""

from __future__ import annotations

import itertools
import math
import warnings
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats
from .measures import Measure


# Romano et al. (2006), "Appropriate statistics for ordinal level data", thresholds for |delta|.
CLIFF_THRESHOLDS = ((0.147, "negligible"), (0.33, "small"), (0.474, "medium"), (math.inf, "large"))
MAX_PAIRWISE_GROUPS = 20  # beyond this, each group against the reference or the pooled rest: pairs grow as groups²
REST = "all other groups"


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
    # "inverted_cdf" picks replicate values (no interpolation), which stays defined when some
    # replicate ratios are infinite.
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


def pairs_of(groups: list[str], reference: str | None = None) -> list[tuple[str, str]]:
    """Every pair of groups, or every group against the reference (reference second)."""
    if reference is not None:
        return [(g, reference) for g in groups if g != reference]
    return list(itertools.combinations(groups, 2))


def pairwise_tests(
    table: pd.DataFrame,
    by: str,
    measures: list[Measure],
    reps: dict[str, np.ndarray],
    pairs: list[tuple[str, str]],
    conf: float = 0.95,
) -> pd.DataFrame:
    """Mann–Whitney U, Cliff's delta and ratio of means (with bootstrap interval) per pair and measure.

    `delta` > 0 means group `a` tends to score higher than `b`; `ratio` is mean(a) / mean(b),
    its interval taken from the two groups' independent bootstrap replicates. All p-values of the
    table are BH-adjusted as one family.
    """
    by_group = {g: f for g, f in table.groupby(by, sort=True)}
    rows = []
    for a, b in pairs:
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_lo, ratio_hi = quantiles(reps[a] / reps[b], conf)
        for j, m in enumerate(measures):
            x = by_group[a][m.column].to_numpy(dtype=float)
            y = by_group[b][m.column].to_numpy(dtype=float)
            u = p = delta = np.nan
            if len(x) and len(y) and np.ptp(np.concatenate([x, y])) > 0:
                u, p = stats.mannwhitneyu(x, y, alternative="two-sided")
                delta = 2.0 * u / (len(x) * len(y)) - 1.0
            elif len(x) and len(y):
                delta = 0.0
            ma, mb = x.mean() if len(x) else np.nan, y.mean() if len(y) else np.nan
            rows.append(_pair_row(m.id, a, b, len(x), len(y), ma, mb, ratio_lo[j], ratio_hi[j], u, p, delta))
    return _pair_table(rows)


_PAIR_COLUMNS = [
    "measure",
    "a",
    "b",
    "n_a",
    "n_b",
    "mean_a",
    "mean_b",
    "diff",
    "ratio",
    "ratio_low",
    "ratio_high",
    "U",
    "p",
    "cliffs_delta",
    "magnitude",
]


def _pair_row(
    measure: str,
    a: str,
    b: str,
    n_a: int,
    n_b: int,
    mean_a: float,
    mean_b: float,
    ratio_low: float,
    ratio_high: float,
    u: float,
    p: float,
    delta: float,
) -> dict[str, Any]:
    """One row of a pairwise table: the ratio and its interval only where group b's mean is above 0."""
    defined = mean_b > 0
    return {
        "measure": measure,
        "a": a,
        "b": b,
        "n_a": n_a,
        "n_b": n_b,
        "mean_a": mean_a,
        "mean_b": mean_b,
        "diff": mean_a - mean_b,
        "ratio": mean_a / mean_b if defined else np.nan,
        "ratio_low": ratio_low if defined else np.nan,
        "ratio_high": ratio_high if defined else np.nan,
        "U": u,
        "p": p,
        "cliffs_delta": delta,
        "magnitude": cliff_label(delta),
    }


def _pair_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rows as a table, with every p-value BH-adjusted as one family."""
    out = pd.DataFrame(rows, columns=_PAIR_COLUMNS)
    out.insert(out.columns.get_loc("p") + 1, "p_adj", bh_adjust(out["p"].to_numpy()))
    return out


def against_comparison(
    table: pd.DataFrame,
    by: str,
    measures: list[Measure],
    reps: dict[str, np.ndarray],
    reference: str | None = None,
    conf: float = 0.95,
) -> pd.DataFrame:
    """`pairwise_tests` for many groups in time linear in the articles: each group against the
    reference, or against all other groups pooled (`b` is then `REST`), with the same columns.

    U comes from ranks computed once per measure (against the pooled rest, a group's joint ranking is
    the whole table's); p from the normal approximation with tie and continuity corrections (scipy's
    "asymptotic" method). The rest's bootstrap replicates are the other groups' replicates weighted
    by their sizes: resampling within each group, as everywhere in the report.
    """
    groups = sorted(reps)
    codes = pd.Categorical(table[by], categories=groups).codes
    sizes = np.bincount(codes, minlength=len(groups)).astype(float)
    values = table[[m.column for m in measures]].to_numpy(dtype=float)
    if reference is None:
        total = sum(sizes[k] * reps[g] for k, g in enumerate(groups))
    else:
        ref = groups.index(reference)
    rows = []
    per_measure = []
    for j in range(len(measures)):
        v = values[:, j]
        sums = np.bincount(codes, weights=v, minlength=len(groups))
        if reference is None:
            u = np.bincount(codes, weights=stats.rankdata(v), minlength=len(groups)) - sizes * (sizes + 1) / 2
            n_y, mean_y = len(v) - sizes, (v.sum() - sums) / np.maximum(len(v) - sizes, 1)
            ties = np.full(len(groups), _tie_term(v))
            spread = np.full(len(groups), np.ptp(v) > 0 if len(v) else False)
        else:
            y = np.sort(v[codes == ref])
            less, upto = np.searchsorted(y, v, "left"), np.searchsorted(y, v, "right")
            u = np.bincount(codes, weights=less + 0.5 * (upto - less), minlength=len(groups))
            n_y, mean_y = np.full(len(groups), float(len(y))), np.full(len(groups), y.mean() if len(y) else np.nan)
            ties, spread = _tie_terms_against(v, codes, y, len(groups))
        per_measure.append((u, n_y, mean_y, ties, spread, sums))
    for k, a in enumerate(groups):
        if k == (None if reference is None else ref):
            continue
        n_x = sizes[k]
        if reference is None:
            other = (
                (total - n_x * reps[a]) / (len(values) - n_x) if len(values) > n_x else np.full_like(reps[a], np.nan)
            )
        else:
            other = reps[reference]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_lo, ratio_hi = quantiles(reps[a] / other, conf)
        for j, m in enumerate(measures):
            u_all, n_y_all, mean_y_all, ties, spread, sums = per_measure[j]
            n_y, mb = n_y_all[k], mean_y_all[k]
            ma = sums[k] / n_x if n_x else np.nan
            u = p = delta = np.nan
            if n_x and n_y and spread[k]:
                u = u_all[k]
                p = _u_p_value(u, n_x, n_y, ties[k])
                delta = 2.0 * u / (n_x * n_y) - 1.0
            elif n_x and n_y:
                delta = 0.0
            rows.append(
                _pair_row(
                    m.id,
                    a,
                    reference if reference is not None else REST,
                    int(n_x),
                    int(n_y),
                    ma,
                    mb,
                    ratio_lo[j],
                    ratio_hi[j],
                    u,
                    p,
                    delta,
                )
            )
    return _pair_table(rows)


def _tie_term(v: np.ndarray) -> float:
    """Sum of t³ - t over the sizes t of runs of equal values."""
    _, t = np.unique(v, return_counts=True)
    return float((t.astype(float) ** 3 - t).sum())


def _tie_terms_against(v: np.ndarray, codes: np.ndarray, y: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Per group, the tie term of the group's values joined with the reference's `y`, and whether
    the joined values differ at all."""
    values_y, counts_y = np.unique(y, return_counts=True)
    base = float((counts_y.astype(float) ** 3 - counts_y).sum())
    cells = pd.DataFrame({"g": codes, "v": v}).value_counts().reset_index(name="c")
    at = np.searchsorted(values_y, cells["v"].to_numpy())
    found = (
        (at < len(values_y)) & (values_y[np.minimum(at, len(values_y) - 1)] == cells["v"].to_numpy())
        if len(values_y)
        else np.zeros(len(cells), dtype=bool)
    )
    c_y = np.where(found, counts_y[np.minimum(at, max(len(values_y) - 1, 0))] if len(values_y) else 0, 0).astype(float)
    c = cells["c"].to_numpy(dtype=float) + c_y
    extra = np.bincount(cells["g"], weights=(c**3 - c) - (c_y**3 - c_y), minlength=n_groups)
    lo = np.full(n_groups, np.inf)
    hi = np.full(n_groups, -np.inf)
    np.minimum.at(lo, codes, v)
    np.maximum.at(hi, codes, v)
    if len(y):
        lo, hi = np.minimum(lo, y[0]), np.maximum(hi, y[-1])
    return base + extra, hi > lo


def _u_p_value(u: float, n_x: float, n_y: float, ties: float) -> float:
    """Two-sided p of Mann–Whitney U by the normal approximation, tie- and continuity-corrected."""
    n = n_x + n_y
    mu = n_x * n_y / 2
    sd = math.sqrt(n_x * n_y / 12 * ((n + 1) - ties / (n * (n - 1))))
    if sd == 0:
        return np.nan
    z = (max(u, n_x * n_y - u) - mu - 0.5) / sd
    return float(min(1.0, 2 * stats.norm.sf(z)))


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
