"""Group statistics on score tables: intervals, tests, effect sizes and distinctive terms.

In: a score table (one row per article, as written by `framing score -o`: a group column such as
`outlet`, an optional `date`, `n_words`, and per signal `{signal}_count`, `{signal}_per_1k`, ...),
and for distinctive terms a long table of term counts (group, term, count). Out: tidy pandas
DataFrames, one row per (group, measure), (pair, measure) or (group, term), which the report
renders. Nothing here formats text or draws; nothing here reads files.

Choices, and why:
- Intervals are percentile bootstrap intervals: rates per 1,000 words are skewed and zero-heavy,
  so a normal interval would reach below zero. One resampling of the articles serves every
  measure at once (a matrix product), which keeps 100,000 articles fast.
- Tests are rank tests (Kruskal–Wallis, Mann–Whitney U), which assume no distribution; all
  pairwise p-values of a report are one family for Benjamini–Hochberg, because an editor reads
  them together.
- Effect sizes travel with every test: Cliff's delta (rank based, the companion of U) and the
  ratio of means with a bootstrap interval (the number an editor quotes).
- Distinctive terms use the weighted log-odds ratio with an informative Dirichlet prior of
  Monroe, Colaresi & Quinn (2008, Political Analysis 16:372-403), with the corpus's own term
  frequencies as the prior, as in the tidylo package: it shrinks rare terms toward zero.
"""
from __future__ import annotations

import itertools
import math
import re
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from .tables import SOURCING_SHARES

# Romano et al. (2006), "Appropriate statistics for ordinal level data", thresholds for |delta|.
CLIFF_THRESHOLDS = ((0.147, "negligible"), (0.33, "small"), (0.474, "medium"), (math.inf, "large"))
SMALL_GROUP = 30          # below this a bootstrap interval is wide and undercovers a little
LENGTH_RATIO = 2.0        # median article lengths this far apart make rates hard to compare
SHORT_TEXT = 100          # median words below which one match moves a rate by 10 per 1,000 or more
MIN_HITS = 20             # fewer matches than this in a whole comparison say little
MIN_HIT_SHARE = 0.05      # ... or fewer than 5% of articles with any match
PERIODS = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}
MAX_PAIRWISE_GROUPS = 20  # beyond this, each group against the reference or the pooled rest: pairs grow as groups²
REST = "all other groups"
COVERAGE_MIN_DATED = 5    # dated articles a group needs before its period counts
COVERAGE_OVERLAP = 0.5    # groups whose common period is under half the whole span cover different times
TOPIC_COLUMNS = ("topic", "category", "section", "event")   # a column that says what an article is about
MAX_TOPICS = 100          # more distinct values than this are labels, not topics
TOPIC_DISTANCE = 0.3      # total variation distance between two groups' topic mixes that makes a caveat
# Outlet-name endings that make two spellings of one outlet ("Newsmax - News", "Newsmax").
_SUFFIX = r"(?:\s*[-–—|:,]\s*|\s+)(?:news|online|com|inc|ltd|the)\.?$|\.com$"


@dataclass(frozen=True)
class Measure:
    """One number per article to compare groups on: a signal's rate or a sourcing share."""

    id: str            # the signal id ("hedging"), "sourcing_anonymous" or "model_hedged"
    column: str        # the score-table column holding the number
    kind: str          # "rate" (per 1,000 words) or "share" (of sentences; for a model: or a probability)
    hits: str | None   # the column counting the matches measured, when there is one


def find_measures(columns: list[str], measure: str = "per_1k", signals: list[str] | None = None) -> list[Measure]:
    """The measures a score table offers, in table order; `signals` picks (and orders) a subset.

    A signal is a stem with both `{stem}_count` and `{stem}_per_1k` columns; `measure` chooses which
    of its per-article numbers to compare (`per_1k`, `author_per_1k` or `sentence_share`).
    """
    present = set(columns)
    found: dict[str, Measure] = {}
    for col in columns:
        stem = col[: -len("_count")] if col.endswith("_count") else None
        if stem and f"{stem}_per_1k" in present and f"{stem}_{measure}" in present:
            kind = "share" if measure == "sentence_share" else "rate"
            # `_count` counts matches in every voice, so it measures the own-voice rate only roughly
            found[stem] = Measure(stem, f"{stem}_{measure}", kind, col if measure == "per_1k" else None)
    for name in SOURCING_SHARES:
        col = f"sourcing_{name}"
        if col in present:
            found[col] = Measure(col, col, "share", None)
    labels = [col for col in columns if col.startswith("model_") and col.endswith(("_share", "_prob"))]
    for col in labels:   # a model's labels (framing score --model): shares of sentences, or probabilities
        stem = col.rsplit("_", 1)[0]
        found[stem] = Measure(stem, col, "share", None)
    for col in columns:   # narratives (framing score --narratives): 1 when predicted, so a share of articles
        if col.startswith("narrative_") and f"{col}_prob" in present:
            found[col] = Measure(col, col, "share", None)
    if signals is None:
        complement = _binary_complement(labels)
        return [m for m in found.values() if m.column != complement]
    unknown = [s for s in signals if s not in found]
    if unknown:
        raise KeyError(", ".join(unknown))
    return [found[s] for s in signals]


def _binary_complement(labels: list[str]) -> str | None:
    """Of a two-class model's two columns, the one to leave out: its share (or probability) is one
    minus the other's, so testing both would state one difference twice. The negative class goes
    ("non_biased" beside "biased"), else the second."""
    if len(labels) != 2 or labels[0].rsplit("_", 1)[1] != labels[1].rsplit("_", 1)[1]:
        return None
    negative = [c for c in labels if re.match(r"model_(non|not|no)(_|$)", c)]
    return negative[0] if len(negative) == 1 else labels[1]


def normalize_groups(values: pd.Series, fold: bool = False,
                     mapping: dict[str, str] | None = None) -> tuple[pd.Series, dict[str, list[str]]]:
    """Group labels after optional case/space folding and an explicit old -> new map.

    Folding keeps the most frequent spelling of each folded name ("hpo" x63 and "HPO" x1 become
    "hpo"); the map is applied after folding and matched on folded keys when folding is on.
    Returns the new labels and, for every label that absorbed others, the spellings it absorbed.
    """
    raw = values.astype("string").str.strip()
    new = raw.copy()
    if fold:
        key = _fold(raw)
        counts = pd.DataFrame({"key": key, "raw": raw}).value_counts().reset_index()
        counts = counts.sort_values(["key", "count", "raw"], ascending=[True, False, True])
        canonical = counts.drop_duplicates("key").set_index("key")["raw"]
        new = key.map(canonical)
    if mapping:
        keys = _fold(pd.Series(list(mapping), dtype="string")) if fold else pd.Series(list(mapping)).str.strip()
        table = dict(zip(keys, (v.strip() for v in mapping.values())))
        lookup = _fold(new) if fold else new
        new = lookup.map(table).fillna(new).astype("string")
    merges: dict[str, list[str]] = {}
    pairs = pd.DataFrame({"old": raw, "new": new}).dropna().drop_duplicates()
    for label, olds in pairs.groupby("new")["old"]:
        spellings = sorted(set(olds))
        if spellings != [label]:
            merges[str(label)] = spellings
    return new, merges


def _fold(values: pd.Series) -> pd.Series:
    return values.str.casefold().str.replace(r"\s+", " ", regex=True).str.strip()


def look_alikes(names: list[str]) -> list[list[str]]:
    """Sets of group names that look like one outlet: equal after folding case, dropping
    punctuation and spacing, and a generic ending (" - News", ".com"). Each set sorted."""
    if len(names) < 2:
        return []
    keys = _fold(pd.Series(names, dtype="string")).str.replace(_SUFFIX, "", regex=True)
    keys = keys.str.replace(r"[\W_]+", "", regex=True)
    found = pd.Series(names).groupby(keys.to_numpy())
    return [sorted(map(str, part)) for key, part in found if len(part) > 1 and key]


def case_only(names: list[str]) -> bool:
    """Whether names differ only in case or spacing (what --normalize-groups merges)."""
    return _fold(pd.Series(names, dtype="string")).nunique() == 1


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
        out[lo:lo + k] = counts @ values / n
    return out


def _quantiles(reps: np.ndarray, conf: float) -> tuple[np.ndarray, np.ndarray]:
    # "inverted_cdf" picks replicate values (no interpolation), which stays defined when some
    # replicate ratios are infinite.
    alpha = (1 - conf) / 2
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)   # a measure with no defined replicate: NaN
        lo, hi = np.nanquantile(reps, [alpha, 1 - alpha], axis=0, method="inverted_cdf")
    return lo, hi


def group_means(table: pd.DataFrame, by: str, measures: list[Measure], n_boot: int = 2000,
                conf: float = 0.95, seed: int = 0) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Per group and measure: n, mean, sd, median, share of articles with a hit, bootstrap interval.

    Also returns each group's replicate means (n_boot x measures), reused for ratio intervals.
    """
    cols = [m.column for m in measures]
    rng = np.random.default_rng(seed)
    rows, reps = [], {}
    for group, frame in table.groupby(by, sort=True):
        values = frame[cols].to_numpy(dtype=float)
        reps[group] = bootstrap_means(values, n_boot, rng)
        lo, hi = _quantiles(reps[group], conf)
        for j, m in enumerate(measures):
            v = values[:, j]
            rows.append({"group": group, "measure": m.id, "n": len(v), "mean": v.mean(),
                         "sd": v.std(ddof=1) if len(v) > 1 else np.nan, "median": np.median(v),
                         "share_with_hit": float((v > 0).mean()), "ci_low": lo[j], "ci_high": hi[j]})
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
        rows.append({"measure": m.id, "groups": len(samples), "n": n, "H": h, "df": len(samples) - 1, "p": p,
                     "epsilon2": h / (n - 1) if n > 1 else np.nan})
    out = pd.DataFrame(rows)
    out["p_adj"] = bh_adjust(out["p"].to_numpy()) if len(out) else []
    return out


def pairs_of(groups: list[str], reference: str | None = None) -> list[tuple[str, str]]:
    """Every pair of groups, or every group against the reference (reference second)."""
    if reference is not None:
        return [(g, reference) for g in groups if g != reference]
    return list(itertools.combinations(groups, 2))


def pairwise_tests(table: pd.DataFrame, by: str, measures: list[Measure], reps: dict[str, np.ndarray],
                   pairs: list[tuple[str, str]], conf: float = 0.95) -> pd.DataFrame:
    """Mann–Whitney U, Cliff's delta and ratio of means (with bootstrap interval) per pair and measure.

    `delta` > 0 means group `a` tends to score higher than `b`; `ratio` is mean(a) / mean(b),
    its interval taken from the two groups' independent bootstrap replicates. All p-values of the
    table are BH-adjusted as one family.
    """
    by_group = {g: f for g, f in table.groupby(by, sort=True)}
    rows = []
    for a, b in pairs:
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_lo, ratio_hi = _quantiles(reps[a] / reps[b], conf)
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


_PAIR_COLUMNS = ["measure", "a", "b", "n_a", "n_b", "mean_a", "mean_b", "diff", "ratio", "ratio_low", "ratio_high",
                 "U", "p", "cliffs_delta", "magnitude"]


def _pair_row(measure: str, a: str, b: str, n_a: int, n_b: int, mean_a: float, mean_b: float,
              ratio_low: float, ratio_high: float, u: float, p: float, delta: float) -> dict[str, Any]:
    """One row of a pairwise table: the ratio and its interval only where group b's mean is above 0."""
    defined = mean_b > 0
    return {"measure": measure, "a": a, "b": b, "n_a": n_a, "n_b": n_b, "mean_a": mean_a, "mean_b": mean_b,
            "diff": mean_a - mean_b, "ratio": mean_a / mean_b if defined else np.nan,
            "ratio_low": ratio_low if defined else np.nan, "ratio_high": ratio_high if defined else np.nan,
            "U": u, "p": p, "cliffs_delta": delta, "magnitude": cliff_label(delta)}


def _pair_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rows as a table, with every p-value BH-adjusted as one family."""
    out = pd.DataFrame(rows, columns=_PAIR_COLUMNS)
    out.insert(out.columns.get_loc("p") + 1, "p_adj", bh_adjust(out["p"].to_numpy()))
    return out


def against_comparison(table: pd.DataFrame, by: str, measures: list[Measure], reps: dict[str, np.ndarray],
                       reference: str | None = None, conf: float = 0.95) -> pd.DataFrame:
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
            other = (total - n_x * reps[a]) / (len(values) - n_x) if len(values) > n_x else np.full_like(reps[a], np.nan)
        else:
            other = reps[reference]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_lo, ratio_hi = _quantiles(reps[a] / other, conf)
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
            rows.append(_pair_row(m.id, a, reference if reference is not None else REST, int(n_x), int(n_y),
                                  ma, mb, ratio_lo[j], ratio_hi[j], u, p, delta))
    return _pair_table(rows)


def _tie_term(v: np.ndarray) -> float:
    """Sum of t³ - t over the sizes t of runs of equal values."""
    _, t = np.unique(v, return_counts=True)
    return float((t.astype(float) ** 3 - t).sum())


def _tie_terms_against(v: np.ndarray, codes: np.ndarray, y: np.ndarray, n_groups: int
                       ) -> tuple[np.ndarray, np.ndarray]:
    """Per group, the tie term of the group's values joined with the reference's `y`, and whether
    the joined values differ at all."""
    values_y, counts_y = np.unique(y, return_counts=True)
    base = float((counts_y.astype(float) ** 3 - counts_y).sum())
    cells = pd.DataFrame({"g": codes, "v": v}).value_counts().reset_index(name="c")
    at = np.searchsorted(values_y, cells["v"].to_numpy())
    found = (at < len(values_y)) & (values_y[np.minimum(at, len(values_y) - 1)] == cells["v"].to_numpy()) \
        if len(values_y) else np.zeros(len(cells), dtype=bool)
    c_y = np.where(found, counts_y[np.minimum(at, max(len(values_y) - 1, 0))] if len(values_y) else 0, 0).astype(float)
    c = cells["c"].to_numpy(dtype=float) + c_y
    extra = np.bincount(cells["g"], weights=(c ** 3 - c) - (c_y ** 3 - c_y), minlength=n_groups)
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


def standardized_differences(table: pd.DataFrame, by: str, measures: list[Measure],
                             reference: str | None = None) -> pd.DataFrame:
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
            rows.append({"group": group, "measure": m.id, "mean": x.mean() if len(x) else np.nan,
                         "comparison_mean": y.mean() if len(y) else np.nan, "std_diff": d})
    return pd.DataFrame(rows, columns=["group", "measure", "mean", "comparison_mean", "std_diff"])


def _standardized_from_sums(table: pd.DataFrame, by: str, measures: list[Measure],
                            reference: str | None) -> pd.DataFrame:
    """`standardized_differences` from per-group sums and sums of squares: linear in the groups,
    where selecting "all other groups" once per group is quadratic (used beyond MAX_PAIRWISE_GROUPS)."""
    groups = sorted(table[by].unique())
    codes = pd.Categorical(table[by], categories=groups).codes
    n = np.bincount(codes, minlength=len(groups)).astype(float)
    values = table[[m.column for m in measures]].to_numpy(dtype=float)
    s1 = np.stack([np.bincount(codes, weights=values[:, j], minlength=len(groups)) for j in range(len(measures))], 1)
    s2 = np.stack([np.bincount(codes, weights=values[:, j] ** 2, minlength=len(groups))
                   for j in range(len(measures))], 1)
    if reference is None:
        n_y, t1, t2 = len(values) - n, s1.sum(0) - s1, s2.sum(0) - s2
    else:
        k = groups.index(reference)
        n_y, t1, t2 = np.full(len(groups), n[k]), np.broadcast_to(s1[k], s1.shape), np.broadcast_to(s2[k], s2.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_x, mean_y = s1 / n[:, None], t1 / n_y[:, None]
        var_x = np.where(n[:, None] > 1, (s2 - n[:, None] * mean_x ** 2) / (n[:, None] - 1), np.nan)
        var_y = np.where(n_y[:, None] > 1, (t2 - n_y[:, None] * mean_y ** 2) / (n_y[:, None] - 1), np.nan)
        spread = np.sqrt(np.maximum((var_x + var_y) / 2, 0))
        diff = mean_x - mean_y
        d = np.where(spread > 1e-12 * np.maximum(np.abs(mean_x), np.abs(mean_y)).clip(min=1), diff / spread,
                     np.where(diff == 0, 0.0, np.nan))
    rows = [{"group": g, "measure": m.id, "mean": mean_x[k, j], "comparison_mean": mean_y[k, j], "std_diff": d[k, j]}
            for k, g in enumerate(groups) if g != reference for j, m in enumerate(measures)]
    return pd.DataFrame(rows, columns=["group", "measure", "mean", "comparison_mean", "std_diff"])


def log_odds(counts: pd.DataFrame, reference: str | None = None, prior_scale: float = 1.0) -> pd.DataFrame:
    """Weighted log-odds ratio of every term in every group against the others (or the reference).

    `counts` has columns group, term, count. With y the term's count in the group, y' its count
    in the comparison, n and n' their totals, a = prior_scale x the term's count in the whole
    table and a0 = prior_scale x the whole total (Monroe et al. 2008, eqs. 16 and 20):

        delta = log((y + a) / (n + a0 - y - a)) - log((y' + a) / (n' + a0 - y' - a))
        var   = 1 / (y + a) + 1 / (y' + a),     z = delta / sqrt(var)

    z > 1.96 marks a term as used more by the group. Returns group, term, count, count_other,
    delta, se, z, sorted by group and falling z.
    """
    cols = ["group", "term", "count", "count_other", "delta", "se", "z"]
    counts = counts[counts["count"] > 0]
    if counts.empty:
        return pd.DataFrame(columns=cols)
    wide = counts.pivot_table(index="term", columns="group", values="count", aggfunc="sum", fill_value=0,
                              observed=True)
    y_all = wide.to_numpy(dtype=float)
    prior = prior_scale * y_all.sum(axis=1)
    a0 = prior.sum()
    frames = []
    for j, group in enumerate(wide.columns):
        if group == reference:
            continue
        y = y_all[:, j]
        if reference is not None:
            y_other = y_all[:, list(wide.columns).index(reference)]
        else:
            y_other = y_all.sum(axis=1) - y
        n, n_other = y.sum(), y_other.sum()
        delta = (np.log((y + prior) / (n + a0 - y - prior))
                 - np.log((y_other + prior) / (n_other + a0 - y_other - prior)))
        se = np.sqrt(1 / (y + prior) + 1 / (y_other + prior))
        keep = (y + y_other) > 0
        frames.append(pd.DataFrame({"group": group, "term": wide.index[keep], "count": y[keep].astype(int),
                                    "count_other": y_other[keep].astype(int), "delta": delta[keep],
                                    "se": se[keep], "z": delta[keep] / se[keep]}))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)
    return out.sort_values(["group", "z", "term"], ascending=[True, False, True], ignore_index=True)


def choose_period(dates: pd.Series, groups: pd.Series, min_cell: int = 3, min_periods: int = 3,
                  max_periods: int = 60) -> str | None:
    """The finest period (week, month, quarter, year) with `min_periods` to `max_periods` periods
    (more points than a chart can show) and a median of `min_cell` articles per group and period;
    None when no period is good enough."""
    frame = pd.DataFrame({"d": dates.to_numpy(), "g": groups.to_numpy()}).dropna()
    for name, code in PERIODS.items():
        periods = frame["d"].dt.to_period(code)
        if not min_periods <= periods.nunique() <= max_periods:
            continue
        cells = pd.DataFrame({"g": frame["g"], "p": periods}).value_counts()
        if cells.median() >= min_cell:
            return name
    return None


def trends(table: pd.DataFrame, by: str, date: str, measures: list[Measure], period: str,
           n_boot: int = 1000, conf: float = 0.95, seed: int = 0) -> pd.DataFrame:
    """Per group, period (its first day) and measure: n, mean and bootstrap interval.

    Cells with a single article get no interval. Rows without a date are left out.
    """
    dated = table[table[date].notna()]
    start = dated[date].dt.to_period(PERIODS[period]).dt.start_time
    cols = [m.column for m in measures]
    rng = np.random.default_rng(seed)
    rows = []
    for (group, when), frame in dated.groupby([dated[by], start.rename("_period")], sort=True):
        values = frame[cols].to_numpy(dtype=float)
        lo, hi = _quantiles(bootstrap_means(values, n_boot, rng), conf) if len(values) > 1 else (
            np.full(len(cols), np.nan), np.full(len(cols), np.nan))
        for j, m in enumerate(measures):
            rows.append({"group": group, "period": when.date(), "measure": m.id, "n": len(values),
                         "mean": values[:, j].mean(), "ci_low": lo[j], "ci_high": hi[j]})
    return pd.DataFrame(rows, columns=["group", "period", "measure", "n", "mean", "ci_low", "ci_high"])


def group_hits(table: pd.DataFrame, by: str, measures: list[Measure]) -> dict[tuple[str, str], int]:
    """Matches per (group, measure): the measure's match count, or for a measure without one the
    articles with a non-zero value. What a finding about a group rests on."""
    out: dict[tuple[str, str], int] = {}
    for m in measures:
        counts = (table[m.hits] if m.hits else (table[m.column] > 0)).fillna(0).groupby(table[by]).sum()
        out.update({(str(g), m.id): int(k) for g, k in counts.items()})
    return out


def caveats(table: pd.DataFrame, by: str, measures: list[Measure], words: str = "n_words") -> list[dict]:
    """Warnings computed from the data, each a dict with kind, subject and the numbers behind it.

    Kinds: `small_group` (fewer than SMALL_GROUP articles), `length` (median article lengths
    LENGTH_RATIO or more apart), `short_texts` (a median under SHORT_TEXT words), `few_hits` (a
    signal with under MIN_HITS matches or under
    MIN_HIT_SHARE of articles with one), `no_hits_in_group` (a signal never seen in a group that
    others use), `coverage` (groups dated over different periods), `topic_mix` (groups with
    different mixes of the first TOPIC_COLUMNS column present).
    """
    out: list[dict] = []
    sizes = table.groupby(by).size()
    for group, n in sizes.items():
        if n < SMALL_GROUP:
            out.append({"kind": "small_group", "subject": group, "n": int(n), "threshold": SMALL_GROUP})
    if words in table and len(table) and table[words].median() < SHORT_TEXT:
        out.append({"kind": "short_texts", "subject": by, "median_words": float(table[words].median())})
    if words in table and len(sizes) > 1:
        medians = table.groupby(by)[words].median()
        if medians.min() > 0 and medians.max() / medians.min() >= LENGTH_RATIO:
            out.append({"kind": "length", "subject": by, "longest": medians.idxmax(), "longest_words": medians.max(),
                        "shortest": medians.idxmin(), "shortest_words": medians.min(),
                        "ratio": medians.max() / medians.min()})
    for m in measures:
        hit = table[m.column] > 0
        hits = int(table[m.hits].sum()) if m.hits else int(hit.sum())
        share = float(hit.mean()) if len(table) else 0.0
        if hits < MIN_HITS or share < MIN_HIT_SHARE:
            out.append({"kind": "few_hits", "subject": m.id, "hits": hits, "unit": "matches" if m.hits else "articles",
                        "share_with_hit": share})
            continue
        by_group = hit.groupby(table[by]).sum()
        for group in by_group[by_group == 0].index:
            out.append({"kind": "no_hits_in_group", "subject": m.id, "group": group, "n": int(sizes[group])})
    if "date" in table:
        out += _coverage(table, by)
    for col in TOPIC_COLUMNS:
        if col in table and col != by and 1 < table[col].nunique() <= MAX_TOPICS:
            out += _topic_mix(table, by, col)
            break
    return out


def _coverage(table: pd.DataFrame, by: str) -> list[dict]:
    """A `coverage` caveat when the groups' dated articles span different periods."""
    dated = table[table["date"].notna()]
    spans = dated.groupby(by)["date"].agg(["min", "max", "count"])
    spans = spans[spans["count"] >= COVERAGE_MIN_DATED]   # one dated article says nothing of a period
    if len(spans) < 2:
        return []
    start, end = spans["min"].max(), spans["max"].min()
    whole = spans["max"].max() - spans["min"].min()
    common = max(end - start, pd.Timedelta(0))
    if whole <= pd.Timedelta(0) or (end >= start and common / whole >= COVERAGE_OVERLAP):
        return []
    return [{"kind": "coverage", "subject": by, "spans": [(g, r["min"].date(), r["max"].date())
                                                          for g, r in spans.iterrows()],
             "start": start.date(), "end": end.date(), "overlap": bool(end >= start)}]


def _topic_mix(table: pd.DataFrame, by: str, col: str) -> list[dict]:
    """A `topic_mix` caveat when two groups' mixes of `col` values are far apart."""
    mix = pd.crosstab(table[by], table[col].astype("string").fillna("(none)"), normalize="index")
    values = mix.to_numpy()
    distance = 0.5 * np.abs(values[:, None, :] - values[None, :, :]).sum(axis=2)
    if distance.max() < TOPIC_DISTANCE:
        return []
    top = [(g, str(mix.loc[g].idxmax()), float(mix.loc[g].max())) for g in mix.index]
    return [{"kind": "topic_mix", "subject": col, "distance": float(distance.max()), "top": top,
             "topics": int(mix.shape[1])}]
