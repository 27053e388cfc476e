"""Warnings computed from the data: small groups, different lengths, few matches, coverage, topic mix."""

from __future__ import annotations


from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ..wording import counted
from .measures import Measure


SMALL_GROUP = 30  # below this a bootstrap interval is wide and undercovers a little
LENGTH_RATIO = 2.0  # median article lengths this far apart make rates hard to compare
SHORT_TEXT = 100  # median words below which one match moves a rate by 10 per 1,000 or more
MIN_HITS = 20  # fewer matches than this in a whole comparison say little
MIN_HIT_SHARE = 0.05  # ... or fewer than 5% of articles with any match
COVERAGE_MIN_DATED = 5  # dated articles a group needs before its period counts
COVERAGE_OVERLAP = 0.5  # groups whose common period is under half the whole span cover different times
TOPIC_COLUMNS = ("topic", "category", "section", "event")  # a column that says what an article is about
MAX_TOPICS = 100  # more distinct values than this are labels, not topics
TOPIC_DISTANCE = 0.3  # total variation distance between two groups' topic mixes that makes a caveat
LISTED_GROUPS = 5  # a note names this many groups, then counts the rest in one


def listed_groups(counts: pd.Series, name: Callable[[Any, int], str]) -> list[str]:
    """The first LISTED_GROUPS groups of `counts` (group -> records, in the order given), each as `name` words
    it, then the rest in one count ("7 in 3 more groups"): the notes on records not scored and on records in
    another language list their groups alike (u25: each had its own code and wording)."""
    listed = [name(g, int(n)) for g, n in counts.head(LISTED_GROUPS).items()]
    if len(counts) > LISTED_GROUPS:
        rest = counts.iloc[LISTED_GROUPS:]
        listed.append(f"{int(rest.sum()):,} in {counted(len(rest), 'more group')}")
    return listed


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
            out.append(
                {
                    "kind": "length",
                    "subject": by,
                    "longest": medians.idxmax(),
                    "longest_words": medians.max(),
                    "shortest": medians.idxmin(),
                    "shortest_words": medians.min(),
                    "ratio": medians.max() / medians.min(),
                }
            )
    for m in measures:
        hit = table[m.column] > 0
        hits = int(table[m.hits].sum()) if m.hits else int(hit.sum())
        share = float(hit.mean()) if len(table) else 0.0
        if hits < MIN_HITS or share < MIN_HIT_SHARE:
            out.append(
                {
                    "kind": "few_hits",
                    "subject": m.id,
                    "hits": hits,
                    "unit": "matches" if m.hits else "articles",
                    "share_with_hit": share,
                    "articles": len(table),
                }
            )
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
    spans = spans[spans["count"] >= COVERAGE_MIN_DATED]  # one dated article says nothing of a period
    if len(spans) < 2:
        return []
    start, end = spans["min"].max(), spans["max"].min()
    whole = spans["max"].max() - spans["min"].min()
    common = max(end - start, pd.Timedelta(0))
    if whole <= pd.Timedelta(0) or (end >= start and common / whole >= COVERAGE_OVERLAP):
        return []
    return [
        {
            "kind": "coverage",
            "subject": by,
            "spans": [(g, r["min"].date(), r["max"].date()) for g, r in spans.iterrows()],
            "start": start.date(),
            "end": end.date(),
            "overlap": bool(end >= start),
        }
    ]


def _topic_mix(table: pd.DataFrame, by: str, col: str) -> list[dict]:
    """A `topic_mix` caveat when two groups' mixes of `col` values are far apart."""
    mix = pd.crosstab(table[by], table[col].astype("string").fillna("(none)"), normalize="index")
    values = mix.to_numpy()
    # The largest distance between two groups, a row at a time: the groups x groups x topics array it was took
    # 10 GB for 10,000 groups (groups² grows faster than any other part of the report)
    largest = max((0.5 * np.abs(values - row).sum(axis=1).max() for row in values), default=0.0)
    if largest < TOPIC_DISTANCE:
        return []
    top = [(g, str(mix.loc[g].idxmax()), float(mix.loc[g].max())) for g in mix.index]
    return [
        {
            "kind": "topic_mix",
            "subject": col,
            "distance": float(largest),
            "top": top,
            "topics": int(mix.shape[1]),
        }
    ]
