"""The comparison report as data: every table, finding and caveat, before anything is rendered.

In: a score table (one row per article; see `framing.aggregate`), optionally the long-form evidence (id, signal,
entry, sentence, start, end, text, sentence_text, voice, negated) and the per-article term counts (id, term, count),
plus `Options`. Out: a `Report` whose tables are plain DataFrames (written as CSV) and whose findings and caveats are
plain sentences with their numbers (worded in findings.py); the trends, terms and examples tables are built in
sections.py. Renderers (plots, html) read a `Report`; they compute nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Collection
from typing import Any

import numpy as np
import pandas as pd

from .. import aggregate as ag
from ..errors import InputError
from ..report_options import MeasureInfo, Options
from ..wording import nearest
from .findings import NARRATIVE_PHRASE, PHRASES, caveat_message, look_alike_message, quote, state_findings, together
from .sections import example_table, repeated_passages, term_table, trend_table

# How sourcing shares read in a sentence; a share the table has but this does not name reads
# "sourcing: <field>".
SHARE_LABELS = {
    "attributed": "attributed sentences",
    "named": "sentences citing named sources",
    "anonymous": "sentences citing anonymous sources",
    "vague": "sentences citing vague sources",
    "state_media": "sentences citing state media",
    "direct_quote": "sentences with a direct quotation",
    "unattributed_assertive": "unattributed assertive sentences",
}


@dataclass
class Report:
    options: Options
    meta: dict[str, Any]
    groups: list[str]
    measures: list[MeasureInfo]
    overview: pd.DataFrame
    means: pd.DataFrame
    kruskal: pd.DataFrame
    pairwise: pd.DataFrame
    std_diff: pd.DataFrame
    trends: pd.DataFrame | None
    period: str | None
    terms: pd.DataFrame | None
    examples: pd.DataFrame | None
    findings: list[str]
    caveats: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the report by file stem, in reading order."""
        named = {
            "overview": self.overview,
            "means": self.means,
            "std_diff": self.std_diff,
            "kruskal": self.kruskal,
            "pairwise": self.pairwise,
            "trends": self.trends,
            "terms": self.terms,
            "examples": self.examples,
            "caveats": pd.DataFrame(
                [{"kind": c["kind"], "message": c["message"]} for c in self.caveats], columns=["kind", "message"]
            ),
        }
        return {name: table for name, table in named.items() if table is not None}

    def measure(self, measure_id: str) -> MeasureInfo:
        return next(m for m in self.measures if m.id == measure_id)


def build_report(
    scores: pd.DataFrame,
    options: Options,
    *,
    evidence: pd.DataFrame | None = None,
    term_counts: pd.DataFrame | None = None,
    line_counts: pd.DataFrame | None = None,
    labels: dict[str, str] | None = None,
    meta: dict[str, Any] | None = None,
    other_language: Collection[str] = (),
) -> Report:
    """Compute every table of an outlet comparison from a score table. `term_counts` (id, term, count) give
    the distinctive words overall; `line_counts` (id, line, count, term, words: `WordTable.line_frame`) the
    boilerplate left out of them (`sections.boilerplate_lines`). `other_language`: the ids of records read as
    another language than the lexicons' (see `unread_groups`).

    Raises `InputError` when the grouping column is missing, a requested signal is unknown, or
    fewer than two groups remain after filtering.
    """
    labels = labels or {}
    notes: list[str] = []
    table, pre_caveats = _prepare(scores, options, notes, (meta or {}).get("input"))
    try:
        measures = ag.find_measures(list(table.columns), options.measure, options.signals)
    except KeyError as exc:
        known = [m.id for m in ag.find_measures(list(table.columns), options.measure)]
        listed = ", ".join(known) + nearest(exc.args[0].split(", ")[0], known)  # the first: one typo is usual
        raise InputError(f"unknown signal(s) {exc.args[0]}; the table has: {listed}") from None
    if not measures:
        raise InputError(
            f"the table has no score columns for measure {options.measure!r} "
            "(expected columns like hedging_count and hedging_per_1k)"
        )
    if options.signals is None:
        measures = [m for m in measures if m.id not in options.exclude]
        silent = [m for m in measures if not (table[m.column].fillna(0) != 0).any()]
        if silent:
            pre_caveats.append(
                {
                    "kind": "silent",
                    "message": f"No {options.unit} has any match for "
                    + ", ".join(_named(_info(m, labels, options)) for m in silent)
                    + "; left out of the comparison.",
                }
            )
            measures = [m for m in measures if m not in silent]
    if not measures:
        raise InputError(f"no {options.unit} has a match for any signal; nothing to compare")
    groups = sorted(table[options.by].unique().tolist())
    if options.reference is not None and options.reference not in groups:
        raise InputError(
            f"reference group {options.reference!r} is not among the groups compared: " + ", ".join(map(repr, groups))
        )
    infos = [_info(m, labels, options) for m in measures]
    means, reps = ag.group_means(table, options.by, measures, options.n_boot, options.conf, options.seed)
    kruskal = ag.kruskal_tests(table, options.by, measures)
    if len(groups) > ag.stats.MAX_PAIRWISE_GROUPS:  # every pair would be groups² tests: linear stand-in
        pairwise = ag.against_comparison(table, options.by, measures, reps, options.reference, options.conf)
        if options.reference is None:
            pre_caveats.append({"kind": "many_groups", "message": many_groups_message(len(groups))})
    else:
        pairwise = ag.pairwise_tests(
            table, options.by, measures, reps, ag.pairs_of(groups, options.reference), options.conf
        )
    std_diff = ag.standardized_differences(table, options.by, measures, options.reference)
    shown = largest_groups(table[options.by].value_counts(), options.reference)
    if len(shown) < len(groups):  # a trend cell per group and period: only for the groups the figures draw
        notes.append(f"Trends are computed for the {len(shown)} largest of {len(groups):,} groups.")
    period, trends = trend_table(
        table[table[options.by].isin(shown)] if len(shown) < len(groups) else table, options, measures, notes
    )
    if evidence is not None and options.measure == "author_per_1k" and "voice" in evidence:
        evidence = evidence[evidence["voice"] == "author"]  # terms and examples in the voice compared
    terms = term_table(table, options, measures, evidence, term_counts, notes, line_counts, pre_caveats)
    examples = example_table(table, options, measures, evidence) if evidence is not None else None
    passages = repeated_passages(table, options, measures, evidence) if evidence is not None else []
    info = {m.id: m for m in infos}
    raw = together(ag.caveats(table, options.by, measures)) + passages
    caveats = pre_caveats + [caveat_message(c, info, options) for c in raw]
    unread = unread_groups(table, options, other_language)
    caveats += [
        {
            "kind": "other_language",
            "message": f"{quote(g)}: {n:,} of its {options.count(of)} read as another language than the lexicons', "
            "so its signal, sourcing and model scores are near zero for want of words the lexicons know, not for "
            "its wording; no finding names it on them (narratives are read in each language).",
        }
        for g, (n, of) in unread.items()
    ]
    return Report(
        options=options,
        meta=dict(meta or {}),
        groups=groups,
        measures=infos,
        overview=_overview(table, options.by),
        means=means,
        kruskal=kruskal,
        pairwise=pairwise,
        std_diff=std_diff,
        trends=trends,
        period=period,
        terms=terms,
        examples=examples,
        findings=state_findings(
            pairwise, kruskal, info, options, ag.group_hits(table, options.by, measures), set(unread)
        ),
        caveats=caveats,
        notes=notes,
    )


def unread_groups(table: pd.DataFrame, options: Options, ids: Collection[str]) -> dict[Any, tuple[int, int]]:
    """Groups at least half of whose records read as another language than the lexicons' (`ids`): group ->
    (such records, all records). SemEval-2025's Russian documents compared with English lexicons: "“EN” uses
    hedging words where “RU” uses none" was a finding about the lexicons' language, not RU's wording (u25)."""
    if not len(ids):
        return {}
    other = table["id"].isin(set(map(str, ids))).groupby(table[options.by])
    counts = pd.DataFrame({"n": other.sum(), "of": other.size()})
    counts = counts[counts["n"] * 2 >= counts["of"]]
    return {g: (int(r.n), int(r.of)) for g, r in counts[counts["n"] > 0].iterrows()}


def largest_groups(sizes: pd.Series, reference: str | None) -> list[str]:
    """Groups (sorted) that figures and trends show: all up to MAX_PAIRWISE_GROUPS, else the largest
    (and the reference): a chart of a thousand rows is unreadable, and its trend cells take minutes."""
    if len(sizes) <= ag.stats.MAX_PAIRWISE_GROUPS:
        return sorted(sizes.index)
    chosen = set(sizes.sort_index().sort_values(ascending=False, kind="stable").index[: ag.stats.MAX_PAIRWISE_GROUPS])
    return sorted(chosen | ({reference} if reference is not None else set()))


def many_groups_message(n_groups: int) -> str:
    """The caveat of a comparison too large for every pair (report and stderr say the same)."""
    pairs = n_groups * (n_groups - 1) // 2
    return (
        f"{n_groups:,} groups would make {pairs:,} pairwise tests per signal; beyond "
        f"{ag.stats.MAX_PAIRWISE_GROUPS} groups each group is tested against all other groups pooled instead "
        "(Mann–Whitney U, normal approximation), and the figures and trends show the "
        f"{ag.stats.MAX_PAIRWISE_GROUPS} largest groups. Give --reference to compare each group with one of them."
    )


def _prepare(
    scores: pd.DataFrame, options: Options, notes: list[str], source: str | None = None
) -> tuple[pd.DataFrame, list[dict]]:
    """Normalise group names, parse dates, apply the date window and the minimum group size. `source`
    (the input's name, when known) opens the refusal of a missing grouping column."""
    by = options.by
    if by not in scores.columns:
        columns = list(map(str, scores.columns))
        metadata = columns[: columns.index("n_words")] if "n_words" in columns else columns  # scores follow
        where = f"{source}: " if source else ""
        listed = ", ".join(metadata) + nearest(by, metadata)
        raise InputError(f"{where}no column {by!r} to group by (--by); the columns to group by are: {listed}")
    # a Parquet list or struct (a hand-made table) was a group named by its printed form, "{'x': 'a'}" (r5)
    nested = next(
        (row for row, cell in enumerate(scores[by]) if isinstance(cell, list | tuple | dict | np.ndarray)), -1
    )
    if nested >= 0:
        where = f"{source}: " if source else ""
        raise InputError(f"{where}row {nested + 1}: {by} holds a list or a structure, not a group name (--by)")
    table = scores.copy(deep=False)  # copy on write: only the columns set here are new (deep: 0.7 GB at 10^6 rows)
    table["id"] = table["id"].astype(str) if "id" in table else pd.RangeIndex(len(table)).astype(str)
    # a blank cell is no group: BABE's 640 rows without a `type` were compared as a group named “” (u26)
    blank = table[by].astype(str).str.strip() == ""
    if blank.any():
        table[by] = table[by].mask(blank)
    if options.group_map:
        unmatched = ag.unmatched_map_keys(table[by], options.group_map, options.normalize_groups)
        if unmatched:
            notes.append(
                f"the group map renames {len(unmatched)} names found in no {by}: "
                + ", ".join(quote(k) for k in unmatched[:10])
                + (", …" if len(unmatched) > 10 else "")
                + "."
            )
    table[by], merges = ag.normalize_groups(table[by], options.normalize_groups, options.group_map)
    caveats = [
        {
            "kind": "merged",
            "message": f"{quote(new)} brings together the names " + ", ".join(quote(o) for o in olds) + ".",
        }
        for new, olds in merges.items()
    ]
    missing = int(table[by].isna().sum())
    if missing:
        caveats.append(
            {
                "kind": "no_group",
                "message": f"{options.count(missing)} {'has' if missing == 1 else 'have'} no {by} and {'is' if missing == 1 else 'are'} left out.",
            }
        )
        table = table[table[by].notna()]
    if "date" in table:
        written, table["date"] = table["date"], _dates(table["date"])
        unread = written[written.notna() & (written.astype("string").str.strip() != "") & table["date"].isna()]
        if len(unread):  # a hand-edited "yesterday" was counted as undated in silence
            notes.append(
                f"{len(unread):,} dates could not be read (the first: {str(unread.iloc[0])[:40]!r}) and count as none."
            )
    else:
        table["date"] = pd.Series(pd.NaT, index=table.index)
    if options.since or options.until:
        keep = table["date"].notna()
        if options.since:
            keep &= table["date"] >= pd.Timestamp(options.since)
        if options.until:
            keep &= table["date"] < pd.Timestamp(options.until) + pd.Timedelta(days=1)
        if not keep.any():  # said as it is, not as "fewer than two groups remain"
            window = " ".join(
                f"--{name} {day}" for name, day in (("since", options.since), ("until", options.until)) if day
            )
            dated = table["date"].dropna()
            held = (
                f"the dates run {dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}"
                if len(dated)
                else f"no {options.unit} has a date"
            )
            raise InputError(f"no {options.unit} is dated within {window} ({held}); nothing to compare")
        if (~keep).any():
            notes.append(
                f"{options.count(int((~keep).sum()))} outside the date window (or without a date) "
                + ("is" if int((~keep).sum()) == 1 else "are")
                + " left out."
            )
        table = table[keep]
    repeated = int(table["id"].duplicated().sum())
    if repeated:
        caveats.append(
            {
                "kind": "repeated_id",
                "message": f"{repeated} {options.unit} ids occur more than once; evidence "
                f"and words for a repeated id are counted for its first {options.unit} only.",
            }
        )
    sizes = table.groupby(by).size()
    like: dict[str, str] = {}  # a name -> the largest name it looks like
    for names in ag.look_alikes([str(g) for g in sizes.index]):
        caveats.append({"kind": "look_alike", "message": look_alike_message(names, sizes.to_dict(), by)})
        largest = max(names, key=lambda n: int(sizes[n]))
        like |= {n: largest for n in names if n != largest}
    small = sizes[sizes < options.min_articles]
    if len(small):
        caveats.append(
            {
                "kind": "dropped",
                "message": "Left out for having fewer than "
                f"{options.min_articles} {options.units}: "
                + ", ".join(
                    f"{quote(g)} ({n}" + (f"; looks like {quote(like[g])}" if g in like else "") + ")"
                    for g, n in small.items()
                )
                + ".",
            }
        )
        table = table[~table[by].isin(small.index)]
    if table[by].nunique() < 2:  # name the groups there were, and the option that would keep them
        if len(sizes) == 1:
            raise InputError(options.one_group(quote(sizes.index[0]), int(sizes.iloc[0])))
        message = options.too_few_groups()
        if len(sizes) > 1:
            largest = sizes.sort_values(ascending=False, kind="stable")
            found = ", ".join(f"{quote(g)} ({int(n)})" for g, n in largest.head(5).items())
            message += f" (the largest: {found}; --min-articles {int(largest.iloc[1])} keeps at least two)"
        raise InputError(message)
    return table.reset_index(drop=True), caveats


def _dates(values: pd.Series) -> pd.Series:
    """Dates as naive timestamps; anything unparseable becomes NaT (and is counted as undated)."""
    parsed = pd.to_datetime(values.astype("string"), errors="coerce", utc=True, format="mixed")
    return parsed.dt.tz_localize(None)


def _named(info: MeasureInfo) -> str:
    """A label inside a sentence; a narrative's as written, quoted (not "urw: overpraising the west", u32)."""
    if info.id.startswith("narrative_"):
        return f"narrative “{info.label.removeprefix('Narrative: ')}”"
    return info.label[:1].lower() + info.label[1:]


def _info(m: ag.Measure, labels: dict[str, str], options: Options) -> MeasureInfo:
    measure = options.measure
    if m.id.startswith("model_"):
        name = m.id.removeprefix("model_").replace("_", " ")
        if m.column.endswith("_prob"):
            return MeasureInfo(m.id, f"Model: {name}", "% probability", m.kind, m.column, f"the model's {name} label")
        return MeasureInfo(
            m.id, f"Model: {name}", "% of sentences", m.kind, m.column, f"sentences the model labels {name}"
        )
    if m.id.startswith("narrative_"):
        label = labels.get(m.id) or m.id.removeprefix("narrative_")
        return MeasureInfo(
            m.id, f"Narrative: {label}", f"% of {options.units}", m.kind, m.column, NARRATIVE_PHRASE.format(label=label)
        )
    if m.kind == "share" and m.id.startswith("sourcing_"):
        name = m.id.removeprefix("sourcing_")
        label = SHARE_LABELS.get(name, "sourcing: " + name.replace("_", " ")).capitalize()
        return MeasureInfo(m.id, label, "% of sentences", m.kind, m.column, label.lower())
    base = labels.get(m.id) or m.id.replace("_", " ").capitalize()
    own = measure == "author_per_1k"
    return MeasureInfo(
        m.id,
        base + (" (own voice)" if own else ""),
        "% of sentences" if m.kind == "share" else "per 1,000 words",
        m.kind,
        m.column,
        PHRASES.get(m.id, f"{base.lower()} terms") + (" in its own voice" if own else ""),
    )


def _overview(table: pd.DataFrame, by: str) -> pd.DataFrame:
    g = table.groupby(by, sort=True)
    out = pd.DataFrame({"articles": g.size()})
    if "n_words" in table:
        out["words"] = g["n_words"].sum()
        out["median_words"] = g["n_words"].median()
    out["first_date"] = g["date"].min().dt.date
    out["last_date"] = g["date"].max().dt.date
    out["dated"] = g["date"].count()
    return out.reset_index().rename(columns={by: "group"})
