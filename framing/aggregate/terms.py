"""Distinctive terms: the weighted log-odds ratio with an informative Dirichlet prior."""

from __future__ import annotations


import numpy as np
import pandas as pd


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
    wide = counts.pivot_table(index="term", columns="group", values="count", aggfunc="sum", fill_value=0, observed=True)
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
        with np.errstate(divide="ignore", invalid="ignore"):  # a term that is the whole vocabulary: NaN
            delta = np.log((y + prior) / (n + a0 - y - prior)) - np.log(
                (y_other + prior) / (n_other + a0 - y_other - prior)
            )
        se = np.sqrt(1 / (y + prior) + 1 / (y_other + prior))
        keep = (y + y_other) > 0
        frames.append(
            pd.DataFrame(
                {
                    "group": group,
                    "term": wide.index[keep],
                    "count": y[keep].astype(int),
                    "count_other": y_other[keep].astype(int),
                    "delta": delta[keep],
                    "se": se[keep],
                    "z": delta[keep] / se[keep],
                }
            )
        )
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)
    return out.sort_values(["group", "z", "term"], ascending=[True, False, True], ignore_index=True)
