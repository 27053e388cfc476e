"""Boilerplate: short lines repeated verbatim across a large share of a group's articles are left out of the
group's distinctive words overall, and a caveat names them (round u21)."""

from __future__ import annotations

import pandas as pd

from framing.batch.words import WordTable, short_lines, word_counts
from framing.report import Options, build_report
from framing.report.sections import _without_boilerplate, boilerplate_lines


def test_short_lines_are_counted_stripped_and_long_or_wordless_lines_left_out() -> None:
    # "ABSTRACT." itself is page furniture since u24 (a heading in capitals): its word is not counted at all
    text = "Budget talks stall.\n\n  In brief. \nThe talks stalled again.\n___.\n" + "word " * 30 + "\n---\nIn brief."
    assert short_lines(text) == {
        "Budget talks stall.": 1,
        "In brief.": 2,
        "The talks stalled again.": 1,
        "___.": 1,
    }


def test_the_word_table_keeps_the_lines_of_more_than_one_article_with_their_words() -> None:
    table = WordTable()
    for rid, text in (("a", "FULL TEXT.\nRain on Monday."), ("b", "FULL TEXT.\nFULL TEXT.\nSun."), ("c", "Sun later.")):
        table.add(rid, word_counts(text), short_lines(text))
    assert table.line_frame().values.tolist() == [
        ["a", "FULL TEXT.", 1, "full", 1],
        ["a", "FULL TEXT.", 1, "text", 1],
        ["b", "FULL TEXT.", 2, "full", 1],
        ["b", "FULL TEXT.", 2, "text", 1],
    ]


def corpus() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Three outlets of 20 articles: every "Daily" article opens with "FULL TEXT.", two of the 20 end with
    "Subscribe today." (under 10%), five "Wire" articles carry "___." lines three times each."""
    rows, words, lines = [], [], []
    for outlet in ("Daily", "Wire", "Post"):
        for k in range(20):
            rid = f"{outlet}{k}"
            rows.append(
                {"id": rid, "outlet": outlet, "n_words": 400, "hedging_count": k % 5}
                | {"hedging_per_1k": float(k % 5), "hedging_author_per_1k": float(k % 5)}
            )
            text = f"The council voted on budget number {k}.\nTaxes rise by {k} percent.\n"
            if outlet == "Daily":
                text = "FULL TEXT.\n" + text + ("Subscribe today.\n" if k < 2 else "")
            elif outlet == "Wire" and k < 5:
                text += f"___.\nMore votes at {k}.\n___.\nLater, at {k + 1}.\n___.\n"
            words += [(rid, term, n) for term, n in word_counts(text).items()]
            lines += [
                (rid, line, n, term, w)
                for line, n in short_lines(text).items()
                for term, w in word_counts(line).items()
            ]
    return (
        pd.DataFrame(rows),
        pd.DataFrame(words, columns=["id", "term", "count"]),
        pd.DataFrame(lines, columns=["id", "line", "count", "term", "words"]),
    )


def group_counts(words: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    group = words["id"].map(scores.set_index("id")["outlet"])
    return words.assign(group=group).groupby(["group", "term"])["count"].sum().reset_index()


def test_boilerplate_words_are_left_out_of_the_distinctive_words_and_named_in_a_caveat() -> None:
    scores, words, lines = corpus()
    group_of = scores.set_index("id")["outlet"]
    found = boilerplate_lines(lines, group_of)
    assert found.values.tolist() == [["Daily", "FULL TEXT.", 20, 20, 20], ["Wire", "___.", 5, 20, 15]]
    caveats: list[dict] = []
    left = _without_boilerplate(group_counts(words, scores), lines, group_of, caveats)
    counts = {(g, t): n for g, t, n in left.itertuples(index=False)}
    assert ("Daily", "full") not in counts and ("Daily", "text") not in counts and ("Wire", "___") not in counts
    assert counts[("Daily", "subscribe")] == 2  # in 2 of 20 articles: not boilerplate
    assert counts[("Wire", "more")] == 5 and counts[("Daily", "budget")] == 20  # the other lines stay
    assert caveats == [
        {
            "kind": "boilerplate",
            "message": "Boilerplate left out of the distinctive words: 2 lines repeated verbatim in at least 10% "
            "of a group's articles (and in at least 5): “FULL TEXT.” in 20 of the 20 articles of “Daily”; “___.” "
            "in 5 of the 20 articles of “Wire”.",
        }
    ]
    report = build_report(scores, Options(n_boot=50), term_counts=words, line_counts=lines)
    assert [c for c in report.caveats if c["kind"] == "boilerplate"] == caveats
    assert not report.terms["term"].isin(["full", "text", "___"]).any()


def test_without_line_counts_the_words_are_counted_as_before() -> None:
    scores, words, _ = corpus()
    report = build_report(scores, Options(n_boot=50), term_counts=words)
    overall = report.terms[report.terms["scope"] == "overall"]
    assert overall.set_index(["group", "term"])["count"].get(("Daily", "full")) == 20
    assert not [c for c in report.caveats if c["kind"] == "boilerplate"]
