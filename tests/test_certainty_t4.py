"""Round t4 (issue 13): boosters a fresh blind booster-dense dev sample (booster3) missed or took wrongly, by class.
A truth coming into view with "become" ("it will become clear that", "it became clear" with no "that", "became
apparent"), not one that has yet to ("before it becomes clear"); a sentence opening by vouching for what was said
("That's right, ..."), not a fit ("That's right for the city"); "in fact" deep in a "whether" clause; a poll's
"certainly support" and a rating scale's "definitely voting"; "make it clear" only as the speaker's own avowal ("Let
me make it clear"), not a statement asked for, tried or meant; an alternative ruled out as unthinkable."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("By spring it will become clear that the ferry cannot pay.", ["become clear that"]),
        ("The board left once it became clear the pier would close.", ["it became clear"]),
        ("It soon became apparent that the toll was too high.", ["became apparent"]),
        ("Her skill at budgets is becoming apparent.", ["becoming apparent"]),
        ("That's right, the council wants a second bridge.", ["That's right"]),
        ("That’s right. The levy doubles in May.", ["That’s right"]),
        ("It is absolutely unthinkable that the harbour master was not told.", ["unthinkable that"]),
        ("Let me make it clear: the ferry stays.", ["make it clear"]),
        ("I want to make it clear that the pier is safe.", ["make it clear"]),
    ],
)
def test_truth_coming_into_view_and_a_claim_vouched_for_boost(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The board will wait until it becomes clear who runs the port.",
        "Nobody can plan before it became apparent that the pier was safe.",
        "That's right for the city, the mayor said of the tram.",
        "Reporters asked whether the mayor, a former pilot, was in fact a resident.",
        "In the poll, 40 percent said they will certainly support the levy.",
        "If it is inconceivable that the pier fails, why insure it?",
        "The union asked the mayor to make it clear that the ferry stays.",
        "He has always tried to make it clear his post was in the harbour office.",
        "We need to make it clear that we stand with the ferry crews.",
        'Canvassers ranked voters from 1 ("I\'m definitely voting for Ann") to 6.',
    ],
)
def test_unsettled_truths_fits_questions_and_poll_answers_are_no_boosters(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


def test_if_in_fact_asserts_the_main_clause() -> None:
    """The wider "whether" window leaves "if": a comma-set "in fact" after it asserts what follows."""
    assert matched("If elected, in fact, she would be the first pilot to run the port.", "certainty") == ["in fact"]


# every dev news match the round's entries added, but the sample's and one an earlier draw judged (a "clear that"
# now read whole as "it became clear")
ADDED = JUDGED_DIR / "news_dev_t4_added.csv"


@needs_dev_news
def test_the_added_matches_keep_their_judgements_and_still_match() -> None:
    figures, entries = judged_census(ADDED)
    assert figures == [("certainty", 10, 9)]
    assert entries == ["That's right", "became apparent", "it became clear"]
