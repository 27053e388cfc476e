"""The report's sentences: findings and caveats as plain text with their numbers.

In: the pairwise and Kruskal–Wallis tables and the raw caveats of `framing.aggregate`, with each
measure's label. Out: sentences an editor can quote ("“A” uses escalation terms in its own voice
2.3× (95% CI 1.8–2.9) as often as “B” ..."). Wording lives here; numbers come from the tables.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from .tables import MeasureInfo, Options

MAX_FINDINGS = 8
ALPHA = 0.05


def together(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One caveat for all small groups, and one per signal for the groups without a match."""
    out: list[dict[str, Any]] = []
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for c in raw:
        if c["kind"] not in ("small_group", "no_hits_in_group"):
            out.append(c)
            continue
        key = (c["kind"], c["subject"] if c["kind"] == "no_hits_in_group" else "")
        if key not in merged:
            merged[key] = {**c, "groups": []}
            out.append(merged[key])
        merged[key]["groups"].append((c.get("group", c["subject"]), c["n"]))
    return out


def caveat_message(c: dict[str, Any], info: dict[str, MeasureInfo]) -> dict[str, Any]:
    kind = c["kind"]
    if kind == "small_group":
        listed = ", ".join(f"{quote(g)} ({n})" for g, n in c["groups"])
        text = (f"{len(c['groups'])} groups have fewer than {c['threshold']} articles — {listed}: their intervals "
                "are wide and their differences uncertain." if len(c["groups"]) > 1 else
                f"{quote(c['subject'])} has only {c['n']} articles (fewer than {c['threshold']}): its intervals are "
                "wide and its differences uncertain.")
    elif kind == "length":
        text = (f"Article lengths differ a lot between groups: the median article of {quote(c['longest'])} has "
                f"{c['longest_words']:.0f} words, of {quote(c['shortest'])} {c['shortest_words']:.0f} "
                f"({c['ratio']:.1f}×). Rates in short texts jump between zero and large values, so compare them "
                "with care.")
    elif kind == "few_hits":
        share = _share(c["share_with_hit"])
        counted = (f"only {_n(c['hits'], 'match', 'matches')} in all, in {share} of articles"
                   if c["unit"] == "matches" else f"found in only {_n(c['hits'], 'article')} ({share})")
        text = f"{info[c['subject']].label}: {counted} — any difference rests on a few articles."
    elif kind == "short_texts":
        words = c["median_words"]
        text = (f"The texts are short (median {words:.0f} words): one match in a text of that length is "
                f"{1000 / max(words, 1):.0f} per 1,000 words, so rates jump between zero and large values and "
                "means rest on the few texts with a match.")
    elif kind == "no_hits_in_group":
        listed = " or ".join(f"the {_n(n, 'article')} of {quote(g)}" for g, n in c["groups"])
        text = f"{info[c['subject']].label}: no match at all in {listed}, while other groups have some."
    else:  # case_variants
        text = ("Group names that differ only in case or spacing are counted apart: "
                + ", ".join(quote(n) for n in c["names"]) + ". Use --normalize-groups or --group-map to merge them.")
    return {**c, "message": text}


def state_findings(pairwise: pd.DataFrame, kruskal: pd.DataFrame, info: dict[str, MeasureInfo],
              options: Options) -> list[str]:
    """The main differences as plain sentences, largest effects first.

    For each measure whose Kruskal–Wallis test survives BH correction, the pair with the largest
    |Cliff's delta| (then the largest gap in means) among the pairs that survive it too, stated
    with the higher group first.
    """
    significant = set(kruskal.loc[kruskal["p_adj"] < ALPHA, "measure"])
    pairs = pairwise[pairwise["measure"].isin(significant) & (pairwise["p_adj"] < ALPHA)]
    n_tests = int(pairwise["p"].notna().sum())
    if pairs.empty:
        if pairwise["cliffs_delta"].notna().any():
            top = pairwise.loc[pairwise["cliffs_delta"].abs().idxmax()]
            return [f"No group differs from another beyond chance on any measure after correcting "
                    f"{n_tests} pairwise tests (Benjamini–Hochberg, {ALPHA:.0%} false discovery rate). The largest "
                    "gap, not significant: " + _sentence(top, info[top["measure"]], options.conf)]
        return ["No measure could be tested: every score is identical across groups."]
    # Per measure the largest |delta|; among equal deltas (often 1.0 in small corpora) the largest gap in means.
    ranked = pairs.assign(_d=pairs["cliffs_delta"].abs(), _gap=pairs["diff"].abs())
    best = (ranked.sort_values(["_d", "_gap"], ascending=False, kind="stable").drop_duplicates("measure")
            .drop(columns=["_d", "_gap"]))
    return [_sentence(row, info[row["measure"]], options.conf) for _, row in best.head(MAX_FINDINGS).iterrows()]


def _sentence(row: pd.Series, m: MeasureInfo, conf: float) -> str:
    a, b, ma, mb = row["a"], row["b"], row["mean_a"], row["mean_b"]
    ratio, lo, hi, delta = row["ratio"], row["ratio_low"], row["ratio_high"], row["cliffs_delta"]
    if ma < mb:
        a, b, ma, mb, delta = b, a, mb, ma, -delta
        ratio, lo, hi = _invert(ratio), _invert(hi), _invert(lo)
    tail = f"Cliff's δ = {delta:+.2f}, {row['magnitude'] or 'n/a'}; adjusted p {_p(row['p_adj'])}"
    if m.kind == "share":
        if mb == 0:
            return f"{m.label}: {ma:.1%} of sentences in {quote(a)}, none in {quote(b)} ({tail})."
        return (f"{m.label}: {ma:.1%} of sentences in {quote(a)} against {mb:.1%} in {quote(b)}, "
                f"{ratio:.1f}× ({conf:.0%} CI {_x(lo)}–{_x(hi)}) as many ({tail}).")
    if mb == 0:
        return (f"{quote(a)} uses {m.phrase} ({ma:.2f} per 1,000 words) where {quote(b)} uses none "
                f"({tail}).")
    return (f"{quote(a)} uses {m.phrase} {ratio:.1f}× ({conf:.0%} CI {_x(lo)}–{_x(hi)}) as often as "
            f"{quote(b)}: {ma:.2f} against {mb:.2f} per 1,000 words ({tail}).")


def _invert(x: float) -> float:
    if math.isnan(x):
        return x
    return math.inf if x == 0 else 1.0 / x


def _x(x: float) -> str:
    return "∞" if math.isinf(x) else "n/a" if math.isnan(x) else f"{x:.1f}"


def _p(p: float) -> str:
    if np.isnan(p):
        return "n/a"
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"


def _n(k: int, one: str, many: str | None = None) -> str:
    return f"{k} {one if k == 1 else many or one + 's'}"


def _share(x: float) -> str:
    return "under 1%" if 0 < x < 0.01 else f"{x:.0%}"


def quote(name: Any) -> str:
    return f"“{name}”"
