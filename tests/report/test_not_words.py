"""Tokens that are not words (numbers, ids run together with words, clock abbreviations, markup, web addresses)
are left out of the distinctive words overall, and a caveat counts them (round u23: PolNeAR's "p.m", "00",
"tweet-id", "4len")."""

from __future__ import annotations

import pandas as pd

from framing.batch.words import word_counts
from framing.report import Options, build_report
from framing.report.sections import is_plain_word


def test_the_words_inside_markup_tags_are_not_counted() -> None:
    text = 'Senators met.\n<tweet tweet-id="6611961"><tweet/>.\n<p class="lead">Voters wait</p> while 3 < 4 > 2.'
    assert word_counts(text) == {"senators": 1, "met": 1, "voters": 1, "wait": 1, "while": 1, "3": 1, "4": 1, "2": 1}


def test_web_addresses_are_not_counted() -> None:
    text = "Polls at http://polls.example.com/q?x=1, www.example.org/a and pic.twitter.com/Ab3dE — Ann."
    assert word_counts(text) == {"polls": 1, "at": 1, "and": 1, "ann": 1}


def test_a_token_with_a_digit_or_a_clock_abbreviation_is_not_a_plain_word() -> None:
    kept = ["senate", "u.s", "i-vt", "e-mails", "___", "mr"]
    left = ["00", "2016", "1.6", "4len", "5ptsmoderatorfeaturedfebruary", "g4s", "covid-19", "p.m", "a.m"]
    assert [t for t in kept + left if is_plain_word(t)] == kept


def corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two outlets of 12 articles; the "Blog" articles carry clock times and tweet embeds."""
    rows, words = [], []
    for outlet in ("Blog", "Paper"):
        for k in range(12):
            rid = f"{outlet}{k}"
            rows.append(
                {"id": rid, "outlet": outlet, "n_words": 300, "hedging_count": k % 3}
                | {"hedging_per_1k": float(k % 3), "hedging_author_per_1k": float(k % 3)}
            )
            text = "The mayor spoke about housing and rents.\n"
            if outlet == "Blog":
                text += f'Update at {k + 1}:05 p.m.\n<tweet tweet-id="66{k}"><tweet/>.\nThe mayor left.\n'
            else:
                text += "The council answered about schools.\n"
            words += [(rid, term, n) for term, n in word_counts(text).items()]
    return pd.DataFrame(rows), pd.DataFrame(words, columns=["id", "term", "count"])


def test_the_distinctive_words_leave_out_non_words_and_a_caveat_counts_them() -> None:
    scores, words = corpus()
    assert "tweet-id" not in set(words["term"])  # markup: not counted at all
    report = build_report(scores, Options(n_boot=50), term_counts=words)
    overall = report.terms[report.terms["scope"] == "overall"]
    assert not overall["term"].map(is_plain_word).eq(False).any()
    assert {"update", "mayor", "left"} <= set(overall[overall["group"] == "Blog"]["term"])
    assert [c for c in report.caveats if c["kind"] == "not_words"] == [
        {
            "kind": "not_words",
            "message": "Left out of the distinctive words overall as not words: 14 distinct tokens (36 uses) holding "
            "a digit or abbreviating a clock time (a.m, p.m), the most frequent “05” (12), “p.m” (12), “1” (1), "
            "“10” (1), “11” (1); markup tags (<tweet tweet-id=…>), web addresses and page furniture (photo credits, "
            "bylines, wire datelines, headings in capitals) are not counted.",
        }
    ]


def test_no_caveat_when_every_token_is_a_word() -> None:
    scores, words = corpus()
    plain = words[words["term"].map(is_plain_word)]
    report = build_report(scores, Options(n_boot=50), term_counts=plain)
    assert not [c for c in report.caveats if c["kind"] == "not_words"]
