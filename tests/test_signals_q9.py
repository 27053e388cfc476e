"""Round q9 (issue 13): hedging, certainty and doubt leftovers by class. An "if" that grants a premise only to ask
why and a conceding "if ever" hedge nothing; a thing's reality stressed ("very real"), a claim given as already
shown ("as proven by") and "really" before a form of "be" or "do" are boosters, but not in a clause that asks,
compares or supposes, nor before a negation. The verb "claim(s)" after a body that speaks ("her office claims",
"scientists claim", "advocates now claim") distances the writer: hedging's, not doubt's sneering noun. "it looked
like" guesses as "it looks like" does. Conditions, the degree word and the noun are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "If the levy is so fair, why did the council hide the figures?",
        "“If the mayor is not to blame, why was the audit shelved?” she asked.",
        "But if the tram pays its way, why hasn't the city built a second line yet?",
        "The ferry stops there rarely, if ever, in the winter months.",
        "Nobody knows how and when, if ever, the bridge will reopen.",
    ],
)
def test_a_premise_granted_and_a_conceding_if_ever_hedge_nothing(sentence: str) -> None:
    assert matched(sentence, "hedging") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("If the talks fail, the union will strike.", ["If", "If the talks fail, the union will"]),
        ("The council will act if that ever becomes necessary.", ["will act if", "if"]),
        ("If the dam holds, what happens to the valley is unclear.", ["If", "unclear"]),
        ("Ask the clerk if ever more forms are needed.", ["if"]),
        ("For a week it looked like the strike might end.", ["it looked like", "might"]),
        ("Few remember what it looked like before the mill closed.", []),
    ],
)
def test_conditions_and_guesses_are_hedges(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("There is a very real risk that the harbour silts up.", ["very real"]),
        ("The damage to the orchards is all too real.", ["all too real"]),
        ("Price caps do not work, as proven by the fuel crisis of 1974.", ["as proven by"]),
        ("The plan failed, as evidenced by the empty wards.", ["as evidenced by"]),
        ("It really is a broken system, the farmer said.", ["really is"]),
        ("Tenants really are paying more for less.", ["really are"]),
        ("The board really did lose the ledger.", ["really did"]),
        ("You honour us. You really do.", ["really do"]),
    ],
)
def test_boosters_are_matched(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Few people grasp how big the reservoir really is.",
        "The mayor hid what the levy really was.",
        "The virus was described as more dangerous than it really is.",
        "If the river really is rising, the farms should be cleared.",
        "Nobody asked whether the pump really does work.",
        "I really don't see the council doing that.",
        "The new stadium is really big.",
    ],
)
def test_asked_compared_supposed_denied_or_degree_boost_nothing(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


@pytest.mark.parametrize(
    ("sentence", "hedged", "doubted"),
    [
        ("Her office claims the levy will cut the deficit.", ["claims"], []),
        ("The tax will pay for itself, as the mayor's campaign claims.", ["claims"], []),
        ("Scientists claim the heavier rains caused the landslide.", ["claim"], []),
        ("Tenant advocates now claim that rents doubled.", ["claim"], []),
        ("Two eyewitnesses claim to have seen a second van.", ["claim"], []),
        ("The mayor repeated his claims about the levy.", [], ["claims"]),
        ("Critics dismissed the claim that rents doubled.", [], ["claim"]),
    ],
)
def test_the_verb_claim_after_a_speaking_body_hedges(sentence: str, hedged: list[str], doubted: list[str]) -> None:
    assert (matched(sentence, "hedging"), matched(sentence, "doubt")) == (hedged, doubted)


REMOVED = JUDGED_DIR / "news_dev_q9_removed.csv"  # every dev news hedging match the round's rules removed, judged
ADDED = JUDGED_DIR / "news_dev_q9_added.csv"  # every dev news match the round's entries and flips added, judged


def test_the_judged_moves_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"hedging": (13, 0)}
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {
        "certainty": (19, 19),
        "hedging": (13, 13),
    }


def test_the_removed_matches_are_gone_and_the_added_entries_match(shared_data: Path) -> None:
    analyzer = shipped_analyzer()
    assert not any(kept for *_, kept in rejoin(read(REMOVED), shared_data, analyzer))
    assert all(kept for *_, kept in rejoin(read(ADDED), shared_data, analyzer))
