"""Pairwise tests: Mann–Whitney U, Cliff's delta and the ratio of means with its bootstrap interval,
for every pair of groups, or (`against_comparison`, for many groups) each group against the
reference or the pooled rest in time linear in the articles. One table shape for both."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from .measures import Measure
from .stats import Replicates, bh_adjust, cliff_label, grouped_values, quantiles

REST = "all other groups"


def pairs_of(groups: list[str], reference: str | None = None) -> list[tuple[str, str]]:
    """Every pair of groups, or every group against the reference (reference second)."""
    if reference is not None:
        return [(g, reference) for g in groups if g != reference]
    return list(itertools.combinations(groups, 2))


def pairwise_tests(
    table: pd.DataFrame,
    by: str,
    measures: list[Measure],
    reps: Mapping[Any, np.ndarray],
    pairs: list[tuple[str, str]],
    conf: float = 0.95,
) -> pd.DataFrame:
    """Mann–Whitney U, Cliff's delta and ratio of means (with bootstrap interval) per pair and measure.

    `delta` > 0 means group `a` tends to score higher than `b`; `ratio` is mean(a) / mean(b),
    its interval taken from the two groups' independent bootstrap replicates. All p-values of the
    table are BH-adjusted as one family.
    """
    values, bounds = grouped_values(table, by, measures)  # no frame per group: one copied every column
    by_group = {g: values[lo:hi] for g, (lo, hi) in bounds.items()}
    rows = []
    for a, b in pairs:
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_lo, ratio_hi = quantiles(reps[a] / reps[b], conf)
        tested = _mann_whitney(by_group[a], by_group[b])
        for j, m in enumerate(measures):
            x, y = by_group[a][:, j], by_group[b][:, j]
            u = p = delta = np.nan
            if len(x) and len(y) and np.ptp(np.concatenate([x, y])) > 0:
                u, p = tested[j] if tested is not None else stats.mannwhitneyu(x, y, alternative="two-sided")
                delta = 2.0 * u / (len(x) * len(y)) - 1.0
            elif len(x) and len(y):
                delta = 0.0
            ma, mb = x.mean() if len(x) else np.nan, y.mean() if len(y) else np.nan
            rows.append(_pair_row(m.id, a, b, len(x), len(y), ma, mb, ratio_lo[j], ratio_hi[j], u, p, delta))
    return _pair_table(rows)


def _mann_whitney(x: np.ndarray, y: np.ndarray) -> list[tuple[float, float]] | None:
    """(U, p) of every column in one call, where that gives each column's own numbers: no NaN, and
    both groups over 8 articles (for smaller ones SciPy picks the exact test by ties in the whole
    array, not in the column). None otherwise: test column by column."""
    if len(x) <= 8 or len(y) <= 8 or np.isnan(x).any() or np.isnan(y).any():
        return None
    with np.errstate(divide="ignore", invalid="ignore"):  # a constant column: its numbers are not used
        u, p = stats.mannwhitneyu(x, y, alternative="two-sided", axis=0)
    return list(zip(u.tolist(), p.tolist()))


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
    reps: Replicates,
    reference: str | None = None,
    conf: float = 0.95,
) -> pd.DataFrame:
    """`pairwise_tests` for many groups in time linear in the articles: each group against the
    reference, or against all other groups pooled (`b` is then `REST`), with the same columns.

    U comes from ranks computed once per measure (against the pooled rest, a group's joint ranking is
    the whole table's); p from the normal approximation with tie and continuity corrections (scipy's
    "asymptotic" method). The rest's bootstrap replicates are the other groups' replicates weighted
    by their sizes (`Replicates.total`): resampling within each group, as everywhere in the report.
    """
    groups = sorted(reps)
    codes = pd.Categorical(table[by], categories=groups).codes
    sizes = np.bincount(codes, minlength=len(groups)).astype(float)
    values = table[[m.column for m in measures]].to_numpy(dtype=float)
    total = reps.total
    if reference is not None:
        ref, against = groups.index(reference), reps[reference]  # drawn once: `reps` may draw a group again
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
        n_x, own = sizes[k], reps[a]
        if reference is None:
            other = (total - n_x * own) / (len(values) - n_x) if len(values) > n_x else np.full_like(own, np.nan)
        else:
            other = against
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_lo, ratio_hi = quantiles(own / other, conf)
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
