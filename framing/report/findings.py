"""The report's sentences: findings and caveats as plain text with their numbers.

In: the pairwise and Kruskal–Wallis tables and the raw caveats of `framing.aggregate`, with each
measure's label. Out: sentences an editor can quote ("“A” uses escalation terms in its own voice
2.3× (95% CI 1.8–2.9) as often as “B” ..."). Wording lives here; numbers come from the tables.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import numpy as np
import pandas as pd

from ..aggregate import case_only
from ..wording import counted, interval, quote
from ..report_options import MeasureInfo, Options

MAX_FINDINGS = 8
# How a finding names a signal's matches ("uses hedging words in its own voice"); a signal not listed
# here (a user's own lexicon) reads "<label> terms".
PHRASES = {
    "hedging": "hedging words",
    "certainty": "words of certainty",
    "doubt": "words of doubt",
    "escalation": "escalating words",
    "loaded_language": "loaded words",
    "narrative": "narrative cues",
    "reporting_verbs": "reporting verbs",
    "loaded_attribution": "loaded attribution verbs",
    "anonymous_sources": "references to anonymous sources",
    "vague_sources": "references to vague sources",
    "state_media": "references to state media",
}
# How a finding names a narrative column (framing score --narratives): the share of a group's
# articles where the narrative model predicts it.
NARRATIVE_PHRASE = "the narrative “{label}”"
MAX_PER_GROUP = 2  # findings one group leads, before findings led by the others
ALPHA = 0.05
# Below these the lower rate is too small for its ratio to mean much ("21.8× as often": 4.15 against
# 0.19 per 1,000 words), so the finding states the difference instead.
# What --min-hits counts: a signal's matches where the table has their count (`--measure per_1k`); for
# own-voice rates, sentence shares, sourcing, model and narrative shares, the records (articles, or the
# report's --unit) with a non-zero value (`framing.aggregate.group_hits`). Said wherever the threshold is named.
MIN_HITS_UNIT = "matches (--min-hits; for own-voice rates and shares: {units} with a match)"
RATE_FLOOR = 0.5  # per 1,000 words
SHARE_FLOOR = 0.02  # of sentences


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


def _few_hits(c: dict[str, Any], options: Options) -> str:
    """A `few_hits` caveat keyed on its numbers: "17 of the 23 articles (74%), few in all — any difference rests
    on a few articles" called 17 a few where the corpus was what is small (u45)."""
    share, units = _share(c["share_with_hit"]), options.units
    rests = "any difference rests on " + ("it" if c["hits"] == 1 else f"these {c['hits']:,}")
    if c["unit"] == "matches":
        return f"only {counted(c['hits'], 'match', 'matches')} in all, in {share} of {units} — {rests}"
    if c["share_with_hit"] >= 0.5 and "articles" in c:  # common, but in a small corpus
        return (
            f"found in {c['hits']:,} of the {options.count(c['articles'])} ({share}): common, but the corpus is "
            f"small — {rests}"
        )
    return f"found in only {options.count(c['hits'])} ({share}) — {rests}"


def caveat_message(c: dict[str, Any], info: dict[str, MeasureInfo], options: Options) -> dict[str, Any]:
    """The caveat `c` in words, its records named in `options.unit`."""
    kind, units = c["kind"], options.units
    if kind == "small_group":
        listed = ", ".join(f"{quote(g)} ({n})" for g, n in c["groups"])
        text = (
            f"{len(c['groups'])} groups have fewer than {c['threshold']} {units} — {listed}: their intervals "
            "are wide and their differences uncertain."
            if len(c["groups"]) > 1
            else f"{quote(c['subject'])} has only {options.count(c['n'])} (fewer than {c['threshold']}): its intervals are "
            "wide and its differences uncertain."
        )
    elif kind == "length":
        text = (
            f"{options.unit.capitalize()} lengths differ a lot between groups: the median {options.unit} of "
            f"{quote(c['longest'])} has "
            f"{c['longest_words']:,.0f} words, of {quote(c['shortest'])} {c['shortest_words']:,.0f} "
            f"({c['ratio']:.1f}×). Rates in short texts jump between zero and large values, so compare them "
            "with care."
        )
    elif kind == "few_hits":
        text = f"{info[c['subject']].label}: {_few_hits(c, options)}."
    elif kind == "short_texts":
        words = c["median_words"]
        text = (
            f"The texts are short (median {words:.0f} words): one match in a text of that length is "
            f"{1000 / max(words, 1):.0f} per 1,000 words, so rates jump between zero and large values and "
            "means rest on the few texts with a match."
        )
        if options.unit == "article":  # BABE's sentences, read as they are, were called articles (u25)
            text += " If each record is not an article (a sentence, a post), --unit names what it is."
    elif kind == "no_hits_in_group":
        listed = " or ".join(f"the {options.count(n)} of {quote(g)}" for g, n in c["groups"])
        text = f"{info[c['subject']].label}: no match at all in {listed}, while other groups have some."
    elif kind == "coverage":
        spans = "; ".join(f"{quote(g)} {a} to {b}" for g, a, b in c["spans"])
        common = (
            f"they overlap only from {c['start']} to {c['end']}; to compare the same period, add "
            f"--since {c['start']} --until {c['end']}"
            if c["overlap"]
            else "no period is covered by all of them"
        )
        text = (
            f"The groups cover different periods ({spans}): {common}. Differences may be changes over time "
            "rather than between groups."
        )
    elif kind == "repeated_passage":
        text = (
            f"{info[c['subject']].label}: {c['matches']:,} of the {c['all']:,} matches in {quote(c['group'])} "
            f"({c['matches'] / c['all']:.0%}) are in sentences opening “{c['opening']} …”, repeated in "
            f"{c['articles']:,} of its {c['of']:,} {units}: a standing passage rather than each {options.unit}'s "
            "writing, "
            "and the group's mean rests on it."
        )
    else:  # topic_mix
        tops = "; ".join(f"{quote(g)} {share:.0%} {quote(t)}" for g, t, share in c["top"])
        text = (
            f"The groups cover different topics (column {quote(c['subject'])}, {c['topics']} values; most "
            f"frequent per group: {tops}). Signals follow the topic, so part of a difference may be the "
            "topic mix rather than the outlet; compare within one topic to check."
        )
    return {**c, "message": text}


def look_alike_message(names: list[str], sizes: dict[str, int], by: str) -> str:
    """The caveat for group names that look like one outlet, with the option that merges them."""
    keep = max(names, key=lambda n: (sizes.get(n, 0), n == min(names)))
    listed = ", ".join(f"{quote(n)} ({sizes.get(n, 0)})" for n in names)
    if case_only(names):
        fix = f"add --normalize-groups (it keeps the most frequent spelling, {quote(keep)})"
    else:
        rows = "; ".join(_csv_row([n, keep]) for n in names if n != keep)
        fix = f"add --group-map FILE, a CSV file with the header from,to and the rows: {rows}"
    return f"These {by} names look like one group but are counted apart: {listed}. To merge them, {fix}."


def _csv_row(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(cells)
    return buffer.getvalue()


def state_findings(
    pairwise: pd.DataFrame,
    kruskal: pd.DataFrame,
    info: dict[str, MeasureInfo],
    options: Options,
    hits: dict[tuple[str, str], int] | None = None,
    unread: set[Any] | None = None,
) -> list[str]:
    """The main differences as plain sentences, largest effects first, spread across groups.

    For each measure whose Kruskal–Wallis test survives BH correction, the pair with the largest
    |Cliff's delta| (then the largest gap in means) among the pairs that survive it too and whose
    means differ in the direction of their delta, stated with the higher group first. A pair qualifies only when its higher group has at least
    `options.min_hits` matches (`hits`: per group and measure), so a handful of matches in a small
    group never makes a headline; and no group leads more than MAX_PER_GROUP findings while other
    groups lead qualifying pairs. A group in `unread` (mostly in another language than the lexicons') is named
    only on narratives, which are read in each language.
    """
    n_tests, n_pairs = int(pairwise["p"].notna().sum()), len(pairwise)
    significant = set(kruskal.loc[kruskal["p_adj"] < ALPHA, "measure"])
    is_significant = pairwise["measure"].isin(significant) & (pairwise["p_adj"] < ALPHA)
    if hits is not None and len(pairwise):
        higher = pairwise["a"].where(pairwise["mean_a"] >= pairwise["mean_b"], pairwise["b"])
        enough = [hits.get((g, m), 0) >= options.min_hits for g, m in zip(higher, pairwise["measure"])]
        pairwise, is_significant = pairwise[enough], is_significant[enough]
    if unread:
        readable = pairwise["measure"].str.startswith("narrative_") | ~(
            pairwise["a"].isin(unread) | pairwise["b"].isin(unread)
        )
        pairwise, is_significant = pairwise[readable], is_significant[readable]
    # The test and Cliff's δ say whose articles tend to score higher; a mean pulled the other way by a few
    # articles (2.37 against 2.12 with δ = -0.19) would state the difference backwards: no finding.
    backwards = (pairwise["cliffs_delta"] * (pairwise["mean_a"] - pairwise["mean_b"])) < 0
    pairs = pairwise[is_significant & ~backwards]
    if pairs.empty and (is_significant & backwards).any():
        held = pairwise[is_significant & backwards]
        top = held.loc[held["cliffs_delta"].abs().idxmax()]
        return [
            "Groups differ beyond chance only where the group with the higher mean has the lower-ranked "
            f"{options.units} "
            "(a few high scores pull its mean up): no finding to state. The largest such gap, not a finding: "
            + _sentence(top, info[top["measure"]], options)
        ]
    if pairs.empty:
        if pairwise["cliffs_delta"].notna().any():
            top = pairwise.loc[pairwise["cliffs_delta"].abs().idxmax()]
            few = (
                f" with at least {options.min_hits} {MIN_HITS_UNIT.format(units=options.units)} in the group ahead"
                if len(pairwise) < n_pairs
                else ""
            )
            return [
                f"No group differs from another beyond chance on any measure{few}, after correcting {n_tests} "
                f"pairwise tests (Benjamini–Hochberg, {ALPHA:.0%} false discovery rate). The largest gap, not a "
                "finding: " + _sentence(top, info[top["measure"]], options)
            ]
        if hits is not None and n_tests:
            return [
                f"No group has at least {options.min_hits} {MIN_HITS_UNIT.format(units=options.units)} on a signal where it is ahead "
                "of another: no finding to state."
            ]
        return ["No measure could be tested: every score is identical across groups."]
    # Largest |delta| first; among equal deltas (often 1.0 in small corpora) the largest gap in means.
    ranked = pairs.assign(_d=pairs["cliffs_delta"].abs(), _gap=pairs["diff"].abs())
    ranked = ranked.sort_values(["_d", "_gap"], ascending=False, kind="stable")
    return [_sentence(row, info[row["measure"]], options) for row in _spread(ranked)]


def _spread(ranked: pd.DataFrame) -> list[pd.Series]:
    """One pair per measure, at most MAX_FINDINGS; no group leads more than MAX_PER_GROUP findings
    while pairs led by other groups qualify, then the rest in rank order."""
    chosen: list[pd.Series] = []
    used: set[str] = set()
    led: dict[str, int] = {}
    for capped in (True, False):
        for _, row in ranked.iterrows():
            if len(chosen) == MAX_FINDINGS:
                return chosen
            lead = row["a"] if row["mean_a"] >= row["mean_b"] else row["b"]
            if row["measure"] in used or (capped and led.get(lead, 0) >= MAX_PER_GROUP):
                continue
            chosen.append(row)
            used.add(row["measure"])
            led[lead] = led.get(lead, 0) + 1
    return chosen


def _sentence(row: pd.Series, m: MeasureInfo, options: Options) -> str:
    conf = options.conf
    a, b, ma, mb = row["a"], row["b"], row["mean_a"], row["mean_b"]
    ratio, lo, hi, delta = row["ratio"], row["ratio_low"], row["ratio_high"], row["cliffs_delta"]
    na, nb = row.get("n_a"), row.get("n_b")
    if ma < mb:
        a, b, ma, mb, delta, na, nb = b, a, mb, ma, -delta, nb, na
        ratio, lo, hi = _invert(ratio), _invert(hi), _invert(lo)
    tail = f"Cliff's δ = {delta:+.2f}, {row['magnitude'] or 'n/a'}; adjusted p {_p(row['p_adj'])}"
    if na is not None and nb is not None:  # the n behind the two means, in the order they are named
        tail += f"; {int(na):,} and {int(nb):,} {options.units}"
    # A ratio over a near-zero rate, or with an interval open to ∞, is not a number to quote.
    as_ratio = math.isfinite(hi) and math.isfinite(ratio) and mb >= (SHARE_FLOOR if m.kind == "share" else RATE_FLOOR)
    if m.id.startswith("narrative_"):
        shares = f"{quote(a)} carries {m.phrase} in {ma:.1%} of its {options.units}"
        if mb == 0:
            return f"{shares}, {quote(b)} in none ({tail})."
        if not as_ratio:
            return f"{shares} against {mb:.1%} in {quote(b)}, {(ma - mb) * 100:.1f} percentage points more ({tail})."
        return (
            f"{shares} against {mb:.1%} in {quote(b)}, {ratio:.1f}× ({conf:.0%} CI {interval(_x(lo), _x(hi))}) "
            f"as often ({tail})."
        )
    if m.kind == "share":
        if mb == 0:
            return f"{m.label}: {ma:.1%} of sentences in {quote(a)}, none in {quote(b)} ({tail})."
        if not as_ratio:
            return (
                f"{m.label}: {ma:.1%} of sentences in {quote(a)} against {mb:.1%} in {quote(b)}, "
                f"{(ma - mb) * 100:.1f} percentage points more ({tail})."
            )
        return (
            f"{m.label}: {ma:.1%} of sentences in {quote(a)} against {mb:.1%} in {quote(b)}, "
            f"{ratio:.1f}× ({conf:.0%} CI {interval(_x(lo), _x(hi))}) as many ({tail})."
        )
    if mb == 0:
        return f"{quote(a)} uses {m.phrase} ({ma:.2f} per 1,000 words) where {quote(b)} uses none ({tail})."
    if not as_ratio:
        return (
            f"{quote(a)} uses {m.phrase} more often than {quote(b)}: {ma:.2f} against {mb:.2f} per 1,000 "
            f"words, {ma - mb:.2f} more per 1,000 words ({tail})."
        )
    return (
        f"{quote(a)} uses {m.phrase} {ratio:.1f}× ({conf:.0%} CI {interval(_x(lo), _x(hi))}) as often as "
        f"{quote(b)}: {ma:.2f} against {mb:.2f} per 1,000 words ({tail})."
    )


def _invert(x: float) -> float:
    if math.isnan(x):
        return x
    return math.inf if x == 0 else 1.0 / x


def _x(x: float) -> str:
    return "∞" if math.isinf(x) else "n/a" if math.isnan(x) else ratio_bound(x, 1)


def ratio_bound(x: float, digits: int) -> str:
    """A ratio's interval bound with `digits` decimals, or as many more as it takes to show its side of 1: a lower
    bound of 1.045 read "1.0" looked like an interval touching 1 where it does not, and 0.996 read "1.0" like one
    that stops at 1 where it goes below (u24). 1 itself stays "1.0"."""
    for shown in range(digits, 13):
        rounded = round(x, shown)
        if x == 1 or (rounded != 1 and (rounded > 1) == (x > 1)):
            return f"{x:,.{shown}f}"
    return repr(x)


def _p(p: float) -> str:
    if np.isnan(p):
        return "n/a"
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"


def _share(x: float) -> str:
    return "under 1%" if 0 < x < 0.01 else f"{x:.0%}"
