"""Round q14 (issue 13): doubt by class from the dev-fold PTC Doubt lines no match touched, each class counted over
every dev news article: a claim dismissed as nonsense, "no evidence" with a word between, a motive questioned by a
rhetorical frame or named hidden, a coincidence insinuated, a fact set out as suspicious by a sentence adverb, a
sneering "supposedly" (taken from hedging); and three senses: "lies"/"lying" of place or posture, a question whose
"why" counts nothing keeping its "?", a run of question marks counted once. Each case is a sentence written for the
test."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_q14_added.csv"  # every dev news doubt match the round's changes added
REMOVED = JUDGED_DIR / "news_dev_q14_removed.csv"  # and every one they removed

# each invented sentence with the doubt spans it must give
CASES = {
    # a claim dismissed as nonsense
    "The minister called the leaked figures complete nonsense.": ["nonsense"],
    "That whole theory about the dam is a bunch of hogwash.": ["hogwash"],
    "The council's nonsensical claims about the budget fooled nobody.": ["nonsensical", "claims"],
    "Her rival said the story was utter rubbish.": ["utter rubbish"],
    "The bins were full of rubbish after the fair.": [],
    # "no evidence" with a word between
    "The mayor offered no real evidence for the charge.": ["no real evidence"],
    "He claimed without citing any evidence that the vote was rigged.": ["without citing any evidence"],
    "She accused the firm of fraud without offering proof.": ["without offering proof"],
    # a motive questioned by a rhetorical frame, or named hidden
    "One can only speculate as to what the real purpose of the raid was.": ["One can only speculate"],
    "We must ask ourselves why the report was shelved.": ["ask ourselves"],
    "Voters were never told the governor's true agenda.": ["true agenda"],
    # a coincidence insinuated
    "Not coincidentally, the audit was cancelled the week after the donation.": ["Not coincidentally"],
    "By a remarkable coincidence, the contract went to the chairman's cousin.": ["remarkable coincidence"],
    # a fact set out as suspicious by a sentence adverb with its comma; the degree adverb is no entry
    "Strangely, the footage from that night has never been released.": ["Strangely,"],
    "Oddly enough, none of the witnesses was ever questioned.": ["Oddly enough"],
    "The singer seemed oddly calm before the show.": [],
    # "supposedly" where it sneers; hearsay stays a hedge
    "They want to tax cattle to supposedly cool the planet.": ["to supposedly"],
    "Officials blamed the supposedly independent panel for the delay.": ["the supposedly"],
    "The new coach is supposedly arriving on Monday.": [],
}


@pytest.mark.parametrize("sentence", list(CASES))
def test_the_new_classes_cast_doubt(sentence: str) -> None:
    assert shipped_spans(sentence, "doubt") == CASES[sentence]


def test_hearsay_supposedly_stays_a_hedge_and_the_sneer_leaves_hedging() -> None:
    assert shipped_spans("The new coach is supposedly arriving on Monday.", "hedging") == ["supposedly"]
    assert shipped_spans("Officials blamed the supposedly independent panel for the delay.", "hedging") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of place or posture: no claim called false
        ("The gunman was lying in wait behind the fence.", []),
        ("The answer is lying in plain sight in the budget.", []),
        ("Much of the blame lies at the feet of the council.", []),
        # the accusation stays
        ("The senator is lying about the deal.", ["lying"]),
        ("He lies to voters every week.", ["lies"]),
    ],
)
def test_lies_of_place_or_posture_cast_no_doubt(text: str, expected: list[str]) -> None:
    assert shipped_spans(text, "doubt") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "why" that counts nothing (indirect, or before a bare verb) leaves the question its "?"
        ("Why waste money on a stadium nobody wants?", ["?"]),
        ("Did the board not understand why the pension fund was shrinking?", ["?"]),
        # a "why" that counts takes the question's place
        ("Why would the council hide the report?", ["Why would"]),
        # a run of marks is one question
        ("Is this what they call reform???", ["?"]),
    ],
)
def test_a_question_keeps_one_mark_unless_its_why_counts(text: str, expected: list[str]) -> None:
    assert shipped_spans(text, "doubt") == expected


def test_the_judged_moves_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"doubt": (84, 73)}
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"doubt": (9, 3)}


# round t11: the "?" of "Why in the world would you try to cozy up to George W. Bush?" is counted on the question's
# opening words now ("why in the world", as "how on earth"), so that one row of the census is no longer made
COUNTED_ON_ITS_WORDS = {("polnear/text", "usa-today_2016-08-10_historians-clinton-obama-linked-", 2887)}


def test_the_added_matches_are_made_and_the_removed_are_gone(shared_data: Path) -> None:
    analyzer = shipped_analyzer()
    added = rejoin(read(ADDED), shared_data, analyzer)
    assert all(kept for r, *_, kept in added if (r.dataset, r.id, r.start) not in COUNTED_ON_ITS_WORDS)
    assert not any(kept for *_, kept in rejoin(read(REMOVED), shared_data, analyzer))
