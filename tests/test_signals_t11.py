"""Round t11 (issue 13): what a sixth fresh blind sample like the hidden one (hiddenlike6) missed in hedging and doubt,
by class, each class counted on every dev news use first: a guess that "doesn't look like" it will happen, "Looks like"
opening a sentence with its subject dropped, a rhetorical "Why in the world/on earth would ...?" and claims called
"conspiracy theorizing". A thing that looks like another inside a sentence is a likeness, not a guess."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("But it doesn\u2019t look like the ferry will sail before March.", ["it doesn\u2019t look like"]),
        ("It does not look like the harbour toll will rise.", ["It does not look like"]),
        ("Looks like the mayor forgot to read the port budget.", ["Looks like"]),
        ("So looks like the pilots are striking after all.", ["So looks like"]),
    ],
)
def test_a_guess_by_appearance_hedges(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


def test_a_likeness_inside_a_sentence_does_not_hedge() -> None:
    assert matched("The new dredger looks like a floating crane.", "hedging") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Why in the world would the port board trust that dredging firm?", ["Why in the world"]),
        ("Why on earth would anyone pay the ferry toll twice?", ["Why on earth"]),
    ],
)
def test_a_why_with_words_before_its_auxiliary_asks_rhetorically(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "doubt") == words


def test_claims_called_conspiracy_theorizing_cast_doubt() -> None:
    sentence = "For years the harbour forum was a swamp of conspiracy theorizing about the tides."
    assert matched(sentence, "doubt") == ["conspiracy theorizing"]


ADDED = JUDGED_DIR / "news_dev_t11_added.csv"


@needs_dev_news
def test_the_census_of_the_new_matches_is_all_right() -> None:
    """Every dev news match the round's entries added, judged: 7, all right (the two removed are the same questions'
    "?" and "why", now counted on their longer words)."""
    figures, entries = judged_census(ADDED)
    assert figures == [("doubt", 3, 3), ("hedging", 4, 4)]
    assert "why in the world" in entries and "Looks like" in entries and "it doesn't look like" in entries
