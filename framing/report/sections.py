"""The report's sections beyond the group statistics: trends over time, distinctive terms and
example sentences, each a table built from the prepared score table (and the evidence).

In: the table as `tables.build_report` prepared it (groups normalised, dates parsed, small
groups dropped), the `Options`, the measures compared, and the evidence and term counts when
given. Out: a DataFrame per section, or None (with a note saying why) when there is nothing to show.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import aggregate as ag
from .findings import quote
from ..report_options import Options
from ..wording import counted

TOP_TERMS = 50  # terms kept per group and scope in terms.csv
# Boilerplate: a short line repeated verbatim in at least this share of a group's articles, and in at least
# BOILERPLATE_ARTICLES of them ("ABSTRACT." and "FULL TEXT." in 99 of 120 NYT articles in PolNeAR), is the
# outlet's furniture, and its words are left out of the group's distinctive words overall.
BOILERPLATE_SHARE = 0.10
BOILERPLATE_ARTICLES = 5
BOILERPLATE_SHOWN = 5  # lines named in the caveat, the most widespread first
# A repeated passage: sentences opening with the same PASSAGE_WORDS words in at least BOILERPLATE_SHARE of a
# group's articles (and BOILERPLATE_ARTICLES of them) that hold at least PASSAGE_SHARE of the group's matches of
# a signal. HuffPost's editor's note on Trump ("... a serial liar, rampant xenophobe, racist ...", in variants)
# holds 84 of its 330 own-voice loaded-language matches in PolNeAR, in 18 of its 120 articles (u22).
PASSAGE_WORDS = 8
PASSAGE_SHARE = 0.20
# Not words, left out of the distinctive words overall: a token holding a digit (numbers, years, clock times,
# tweet and page ids, and digits run together with words: "00", "2016", "4len", "5ptsmoderatorfeaturedfebruary")
# and the abbreviations of a clock time ("p.m", 12.5 in Breitbart's live blogs in PolNeAR). Markup tags are not
# counted at all, nor web addresses (`batch.words.MARKUP_TAG`, `WEB_ADDRESS`).
CLOCK_WORDS = frozenset({"a.m", "p.m"})
NOT_WORDS_SHOWN = 5  # left-out tokens named in the caveat, the most frequent first


def is_plain_word(term: str) -> bool:
    """True for a word the distinctive words overall may list: no digit, not a clock abbreviation."""
    return term not in CLOCK_WORDS and not any(c.isdigit() for c in term)


def trend_table(
    table: pd.DataFrame, options: Options, measures: list[ag.Measure], notes: list[str]
) -> tuple[str | None, pd.DataFrame | None]:
    if table["date"].notna().sum() == 0:
        notes.append(f"No {options.unit} has a date, so there is no trend over time.")
        return None, None
    dated = table["date"].notna().groupby(table[options.by]).sum()
    if (dated == 0).any() or dated.sum() < len(table):
        undated = [g for g, k in dated.items() if k == 0]
        notes.append(
            f"{int(dated.sum())} of {options.count(len(table))} have a date; the trends leave out the rest"
            + (" (no dates at all in " + ", ".join(map(quote, undated)) + ")." if undated else ".")
        )
    period = options.period
    if period == "auto":
        chosen = ag.choose_period(table["date"], table[options.by])
        if chosen is None:
            notes.append(
                f"Too few dated {options.units} per group and period for a trend over time "
                f"(it needs 3 periods with a median of {ag.MIN_CELL} {options.units} per group and period)."
            )
            return None, None
        period = chosen
    # A band needs fewer resamples than a reported interval: a quarter of them, at least 200.
    return period, ag.trends(
        table, options.by, "date", measures, period, max(200, options.n_boot // 4), options.conf, options.seed
    )


def term_table(
    table: pd.DataFrame,
    options: Options,
    measures: list[ag.Measure],
    evidence: pd.DataFrame | None,
    term_counts: pd.DataFrame | None,
    notes: list[str],
    line_counts: pd.DataFrame | None = None,
    caveats: list[dict] | None = None,
) -> pd.DataFrame | None:
    """Distinctive terms per signal (from the evidence) and overall (from the article words, less the words
    of boilerplate lines found in `line_counts`, which a caveat names)."""
    group_of = _by_id(table)[options.by]
    frames = []
    if evidence is not None and len(evidence):
        body = _body(evidence)
        ev = body[body["id"].astype(str).isin(group_of.index)]
        if len(body) and ev.empty:  # an evidence table of another run: say so, not an empty section
            notes.append(
                f"None of the {counted(len(body), 'match', 'matches')} in the evidence table belongs to an article "
                "compared here (are the score table and the evidence table from one `framing score` run?), so "
                "there are no distinctive terms per signal and no example sentences."
            )
        ev = ev.assign(group=ev["id"].astype(str).map(group_of))
        for m in measures:
            hits = ev[ev["signal"] == m.id]
            if len(hits) < ag.MIN_HITS:
                continue
            counts = hits.groupby(["group", "entry"]).size().reset_index(name="count").rename(columns={"entry": "term"})
            frames.append(_top(ag.log_odds(counts, options.reference), m.id))
    elif evidence is None:
        notes.append(
            "No evidence was given (score a corpus, or pass --evidence-table FILE from `framing score -o OUT "
            "--evidence FILE`), so there are no distinctive terms per signal and no example sentences."
        )
    if term_counts is not None and len(term_counts):
        # Each article's group looked up once, through the ids' categories, not once per row: a word
        # table has some 300 rows per article, and per row the lookup was 60% of this section.
        ids = term_counts["id"].astype("category")
        names = ids.cat.categories.astype(str)
        codes = ids.cat.codes.to_numpy()
        kept = np.append(names.isin(group_of.index), False)[codes]  # code -1, a missing id: no article
        group = pd.Series(names.map(group_of), dtype=group_of.dtype).take(codes[kept])
        counts = (
            term_counts[kept]
            .assign(group=group.array)
            .groupby(["group", "term"], observed=True)["count"]
            .sum()
            .reset_index()
        )
        counts = _without_non_words(counts, caveats)
        if options.by == "outlet":  # a language "EN", a country "US", BABE's type "left": words, not names (u26)
            counts = _without_site_names(counts, caveats)
        if line_counts is not None and len(line_counts):
            counts = _without_boilerplate(counts, line_counts, group_of, caveats, options.units)
        frames.append(_top(ag.log_odds(counts, options.reference), "overall"))
    elif term_counts is None:
        notes.append(
            f"The {options.unit} texts were not available (the input is a score table), so there are no "
            "distinctive words overall; give the corpus itself to get them."
        )
    if not frames:
        return None
    return pd.concat(frames, ignore_index=True)


def boilerplate_lines(line_counts: pd.DataFrame, group_of: pd.Series) -> pd.DataFrame:
    """The lines that are boilerplate in each group: (group, line, articles, of, times), `articles` of the
    group's `of` articles holding the line, `times` times in all; see BOILERPLATE_SHARE. `line_counts` has a
    row per article, line and word of the line (id, line, count, term, words; see `WordTable.line_frame`)."""
    lines = line_counts.drop_duplicates(["id", "line"])
    lines = lines.assign(id=lines["id"].astype(str))
    lines = lines[lines["id"].isin(group_of.index)]
    lines = lines.assign(group=lines["id"].map(group_of).astype(str))
    sizes = group_of.astype(str).value_counts()
    found = lines.groupby(["group", "line"], sort=True).agg(articles=("id", "nunique"), times=("count", "sum"))
    found = found.reset_index()
    found["of"] = found["group"].map(sizes).astype(int)
    keep = (found["articles"] >= BOILERPLATE_ARTICLES) & (found["articles"] >= BOILERPLATE_SHARE * found["of"])
    return found[keep][["group", "line", "articles", "of", "times"]].reset_index(drop=True)


def _without_non_words(counts: pd.DataFrame, caveats: list[dict] | None) -> pd.DataFrame:
    """`counts` (group, term, count) less the terms that are not words (`is_plain_word`), which a caveat counts."""
    terms = counts["term"].astype(str)
    plain = terms.map({t: is_plain_word(t) for t in terms.unique()}).to_numpy(dtype=bool)
    if plain.all():
        return counts
    dropped = counts[~plain].assign(term=terms[~plain]).groupby("term")["count"].sum()
    dropped = dropped.sort_values(ascending=False, kind="stable")  # ties in the terms' order
    if caveats is not None:
        shown = ", ".join(f"“{t}” ({n:,})" for t, n in dropped.head(NOT_WORDS_SHOWN).items())
        caveats.append(
            {
                "kind": "not_words",
                "message": f"Left out of the distinctive words overall as not words: "
                f"{counted(len(dropped), 'distinct token')} ({counted(int(dropped.sum()), 'use')}) holding a digit "
                f"or abbreviating a clock time (a.m, p.m), the most frequent {shown}; markup tags "
                "(<tweet tweet-id=…>), web addresses and page furniture (photo credits, bylines, wire datelines, "
                "headings in capitals) are not counted.",
            }
        )
    return counts[plain].reset_index(drop=True)


def site_name(group: str) -> str:
    """A group's name as one token, run together ("huff-post", "HuffPost" -> "huffpost"; "Politico" ->
    "politico"): the token of an outlet's self-references and of others' credits ("[WashPost.]")."""
    return "".join(re.findall(r"[^\W_]+", group.lower()))


def _without_site_names(counts: pd.DataFrame, caveats: list[dict] | None) -> pd.DataFrame:
    """`counts` (group, term, count) less the groups' names as one token, in every group (u24: "politico" first
    among Politico's distinctive words, "breitbart" among Breitbart's, "huffpost" among HuffPost's): what sets an
    outlet apart is not that it names itself. Left out of every group, so no other group's count of it is
    shown as distinctive either. The separate words of a name of several ("usa", "today") are ordinary words
    as often as not ("West Virginia", "today"), and stay. Only for groups of outlets: an outlet names itself,
    a group of another column ("en", "us", "left") names what its texts say in words of their own."""
    terms = counts["term"].astype(str)
    names = {site_name(g) for g in counts["group"].astype(str).unique()} - {""}
    dropped = terms.isin(names).to_numpy()
    if not dropped.any():
        return counts
    if caveats is not None:
        left = counts[dropped].assign(term=terms[dropped]).groupby("term")["count"].sum()
        shown = ", ".join(f"“{t}” ({n:,})" for t, n in left.sort_values(ascending=False, kind="stable").items())
        caveats.append(
            {
                "kind": "site_names",
                "message": f"Left out of the distinctive words overall as the groups' names (written as one word): "
                f"{shown}.",
            }
        )
    return counts[~dropped].reset_index(drop=True)


def _without_boilerplate(
    counts: pd.DataFrame,
    line_counts: pd.DataFrame,
    group_of: pd.Series,
    caveats: list[dict] | None,
    units: str = "articles",
) -> pd.DataFrame:
    """`counts` (group, term, count) less every word of the group's boilerplate lines, as often as they occur;
    the caveat names the records in `units`."""
    lines = boilerplate_lines(line_counts, group_of)
    if lines.empty:
        return counts
    rows = line_counts.assign(group=line_counts["id"].astype(str).map(group_of).astype(str))
    rows = rows.merge(lines[["group", "line"]], on=["group", "line"])
    removed = (rows["count"] * rows["words"]).groupby([rows["group"], rows["term"].astype(str)]).sum()
    key = pd.MultiIndex.from_arrays([counts["group"].astype(str), counts["term"].astype(str)])
    left = counts["count"].to_numpy() - removed.reindex(key, fill_value=0).to_numpy()
    counts = counts.assign(count=left)[left > 0].reset_index(drop=True)
    if caveats is not None:
        named = lines.sort_values(["articles", "group", "line"], ascending=[False, True, True])
        shown = "; ".join(
            f"“{r.line}” in {r.articles} of the {r.of} {units} of {quote(r.group)}"
            for r in named.head(BOILERPLATE_SHOWN).itertuples()
        )
        if len(lines) > BOILERPLATE_SHOWN:
            shown += f"; and {counted(len(lines) - BOILERPLATE_SHOWN, 'more line')}"
        caveats.append(
            {
                "kind": "boilerplate",
                "message": f"Boilerplate left out of the distinctive words: {counted(len(lines), 'line')} repeated "
                f"verbatim in at least {BOILERPLATE_SHARE:.0%} of a group's {units} (and in at least "
                f"{BOILERPLATE_ARTICLES}): {shown}.",
            }
        )
    return counts


def _body(evidence: pd.DataFrame) -> pd.DataFrame:
    # Headline matches are not in the score table's numbers, and their sentence 0 is not the body's.
    return evidence[evidence["part"] == "body"] if "part" in evidence else evidence


def _by_id(table: pd.DataFrame) -> pd.DataFrame:
    # A repeated id cannot say which article its evidence belongs to; the first keeps it (see caveats).
    return table.drop_duplicates("id").set_index("id")


def _top(terms: pd.DataFrame, scope: str) -> pd.DataFrame:
    top = terms.groupby("group", sort=True, group_keys=False).head(TOP_TERMS)
    return top.assign(scope=scope)[["scope"] + list(terms.columns)].reset_index(drop=True)


def example_table(
    table: pd.DataFrame, options: Options, measures: list[ag.Measure], evidence: pd.DataFrame
) -> pd.DataFrame:
    """Up to `options.examples` sentences per group and signal, from different articles and of different
    words, the sentences with the most matches of the signal first; spans are offsets into the sentence."""
    cols = ["group", "measure", "id", "title", "sentence", "spans", "entries"]
    group_of = _by_id(table)[options.by]
    title_of = _by_id(table)["title"] if "title" in table else pd.Series(dtype="string")
    ev = _body(evidence)
    ev = ev.assign(id=ev["id"].astype(str))
    ev = ev[ev["id"].isin(group_of.index) & ev["signal"].isin([m.id for m in measures])]
    ev = ev[ev["sentence_text"].notna() & ev["text"].notna()]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    ev = ev.assign(group=ev["id"].map(group_of))
    per_sentence = (
        ev.groupby(["group", "signal", "id", "sentence"], sort=False)
        .agg(hits=("text", "size"), said=("sentence_text", "first"))
        .reset_index()
    )
    per_sentence = per_sentence.sort_values(
        ["group", "signal", "hits", "id", "sentence"], ascending=[True, True, False, True, True]
    )
    # one sentence per article, and a sentence two articles share (a wire story run twice) shown once (u20)
    chosen = (
        per_sentence.drop_duplicates(["group", "signal", "id"])
        .drop_duplicates(["group", "signal", "said"])
        .groupby(["group", "signal"], sort=False)
        .head(options.examples)
    )
    keyed = ev.set_index(["signal", "id", "sentence"]).sort_index()
    # each sentence's rows by position: one hash lookup each, where `.loc` on a non-unique index is a reindex
    where = keyed.groupby(level=[0, 1, 2], sort=False).indices
    order = {m.id: k for k, m in enumerate(measures)}
    rows = []
    for row in chosen.itertuples(index=False):
        matches = keyed.iloc[where[(row.signal, row.id, row.sentence)]]
        sentence = str(matches["sentence_text"].iloc[0])
        spans = sentence_spans(sentence, matches)
        rows.append(
            {
                "group": row.group,
                "measure": row.signal,
                "id": row.id,
                "title": title_of.get(row.id) if row.id in title_of.index else None,
                "sentence": sentence,
                "spans": spans,
                "entries": "; ".join(dict.fromkeys(matches["entry"].astype(str))),
            }
        )
    out = pd.DataFrame(rows, columns=cols)
    out["_order"] = out["measure"].map(order)
    return out.sort_values(["_order", "group"], kind="stable").drop(columns="_order").reset_index(drop=True)


def sentence_spans(sentence: str, matches: pd.DataFrame) -> list[tuple[int, int]]:
    """Match spans as offsets into the sentence, merged where they overlap.

    Evidence offsets may count from the sentence or from the article; the matched text tells
    which: when it is not at the offset, the sentence's start is the shift that puts most
    matches on their text (never a search for the first occurrence, which is wrong for a word
    the sentence repeats).
    """
    starts = matches["start"].to_numpy(dtype=int)
    ends = matches["end"].to_numpy(dtype=int)
    texts = matches["text"].astype(str).tolist()
    shift = 0
    if not all(sentence[s:e] == t for s, e, t in zip(starts, ends, texts)):
        candidates: dict[int, int] = {}
        for s, t in zip(starts, texts):
            k = sentence.find(t)
            while k >= 0:
                candidates[s - k] = candidates.get(s - k, 0) + 1
                k = sentence.find(t, k + 1)
        shift = max(candidates, key=lambda c: (candidates[c], -c)) if candidates else 0
    spans = sorted(
        (s - shift, e - shift)
        for s, e, t in zip(starts, ends, texts)
        if 0 <= s - shift and sentence[s - shift : e - shift] == t
    )
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def repeated_passages(
    table: pd.DataFrame, options: Options, measures: list[ag.Measure], evidence: pd.DataFrame
) -> list[dict]:
    """Caveats for a group whose matches of a signal sit largely in one passage its articles repeat (an
    editor's note, a standing disclaimer): the group's mean then says more about the passage than about its
    writing. Sentences are taken as one passage when they open with the same PASSAGE_WORDS words."""
    group_of = _by_id(table)[options.by]
    ev = _body(evidence)
    ev = ev[ev["signal"].isin([m.id for m in measures]) & ev["sentence_text"].notna()]
    ev = ev.assign(id=ev["id"].astype(str))
    ev = ev[ev["id"].isin(group_of.index)]
    if ev.empty:
        return []
    opening = ev["sentence_text"].astype(str).str.split().str[:PASSAGE_WORDS].str.join(" ")
    ev = ev.assign(group=ev["id"].map(group_of).astype(str), opening=opening.str.casefold(), shown=opening)
    found = (
        ev.groupby(["group", "signal", "opening"], sort=True)
        .agg(articles=("id", "nunique"), matches=("id", "size"), shown=("shown", "first"))
        .reset_index()
    )
    found["all"] = found.groupby(["group", "signal"])["matches"].transform("sum")
    found["of"] = found["group"].map(group_of.astype(str).value_counts()).astype(int)
    keep = (
        (found["articles"] >= BOILERPLATE_ARTICLES)
        & (found["articles"] >= BOILERPLATE_SHARE * found["of"])
        & (found["matches"] >= PASSAGE_SHARE * found["all"])
    )
    out = []
    for r in found[keep].sort_values(["signal", "group"]).itertuples():
        out.append(
            {
                "kind": "repeated_passage",
                "subject": r.signal,
                "group": r.group,
                "opening": r.shown,
                "matches": int(r.matches),
                "all": int(r.all),
                "articles": int(r.articles),
                "of": int(r.of),
            }
        )
    return out
