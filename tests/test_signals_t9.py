"""Round t9 (issue 13): what a fifth fresh blind sample like the hidden one (hiddenlike5) missed in hedging, by class,
each class counted on every dev news use first: "what they consider", the kin of "what he sees as", an opinion named as
one ("in my opinion"), and an inverted "should" after a comma that sets a condition ("..., should the tide turn").
"Why should we?" asks; and an attitude reported with "see him as" stays out, as the earlier hand-markers left it."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The fishermen resent what they consider an unfair quota.", ["what they consider"]),
        ("The pilots fought what she considered a fair wage.", ["what she considered"]),
    ],
)
def test_a_view_named_as_its_holders_hedges(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


def test_an_opinion_named_as_one_hedges() -> None:
    assert matched("In my opinion, the ferry line will never turn a profit.", "hedging") == ["In my opinion"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The quay will flood by noon, should the tide turn early.", ["should the"]),
        ("Tolls will double next spring, should he sign the harbour bill.", ["should he"]),
    ],
)
def test_an_inverted_should_after_a_comma_sets_a_condition(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Dock workers see the owner as a threat to their pensions.",
        "The port never paid its pilots, so why should we pay them now?",
        "The port board asked the pilots what they should do next.",
    ],
)
def test_an_attitude_reported_and_a_should_that_asks_do_not_hedge(sentence: str) -> None:
    assert matched(sentence, "hedging") == []


ADDED = JUDGED_DIR / "news_dev_t9_added.csv"


@needs_dev_news
def test_the_census_of_the_new_matches_is_all_right() -> None:
    """Every dev news match the round's hedging entries added, judged: 23, all right; none removed."""
    figures, entries = judged_census(ADDED)
    assert figures == [("hedging", 23, 23)]
    assert "what * consider" in entries and "in my opinion" in entries and "should the" in entries
