"""Round t5 (issue 13): the avowals and truth frames of the held-out misses' classes, in the forms the lexicon lacked on
dev news. A speaker's "let me/us be clear" with a word of degree or an equative inside ("Let's be very clear", "Let
me be as clear as I can be"); a truth called clear with a degree word, in the perfect or leading a colon ("the rule
is very clear", "it has long been clear", "The implications are clear:"), and "couldn't be more clear"; a claim
called plainly a fact or the truth; doubt and dispute ruled out ("There's no doubting", "no one would dispute"), not
a hedge. Not: a person who "was very clear about" a thing (manner), "are clear" before a noun, a supposed truth."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Let's be very clear: the ferry stays in service.", ["Let's be very clear"]),
        ("Let me be totally clear about the toll.", ["Let me be totally clear"]),
        ("Let me be as clear as I can: the pier closes in May.", ["Let me be as clear as"]),
        ("The harbour rule is very clear.", ["is very clear"]),
        ("However, the statute was quite clear, the port may levy it.", ["was quite clear"]),
        ("It has long been clear which side the mayor backs.", ["It has long been clear"]),
        ("It’s been clear for months that the tram is late.", ["It’s been clear"]),
        ("The consequences are clear: fares will double.", ["are clear:"]),
        ("For the council, it couldn't be more clear.", ["couldn't be more clear"]),
        ("That the bridge is unsafe is simply a fact.", ["simply a fact"]),
        ("It is a plain fact that the levy failed.", ["a plain fact"]),
        ("The tram was late every day. That's the truth.", ["That's the truth"]),
        ("There's no doubting the ferry's record.", ["no doubting"]),
        ("No one would dispute that the pier needs repair.", ["No one would dispute"]),
        ("Truth is: the toll never paid for the bridge.", ["Truth is:"]),
        ('"Let me tell you the facts," the harbour master said.', ["Let me tell you the facts"]),
    ],
)
def test_avowals_and_truths_called_clear_boost(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master was very clear about one thing: no night crossings.",
        "The two ports are clear rivals for the ferry trade.",
        "If that is the truth, the levy must go.",
        "Whether that's the truth nobody on the board could say.",
        "The tram timetable is less clear than the ferry's.",
    ],
)
def test_manner_a_named_rival_and_a_supposed_truth_are_no_boosters(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


def test_doubt_ruled_out_is_no_hedge() -> None:
    assert matched("There's no doubting the ferry's record.", "hedging") == []


# every dev news match the round's entries added (the one they moved, a "clear that" now read as "was very clear", round
# q12's draw judged)
ADDED = JUDGED_DIR / "news_dev_t5_added.csv"


@needs_dev_news
def test_the_added_matches_keep_their_judgements_and_still_match() -> None:
    figures, entries = judged_census(ADDED)
    assert figures == [("certainty", 10, 10)]
    assert entries == [
        "are clear :",
        "couldn't be more clear",
        "is quite clear",
        "is very clear",
        "it has long been clear",
        "it's been clear",
        "let me be as clear as",
        "let me tell you the facts",
        "let's be * clear",
    ]
