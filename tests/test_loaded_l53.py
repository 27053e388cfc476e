"""Round l53 (issue 13): loaded-language recall by family, not by phrase. A word of a person's mind pinned on a party,
a camp or a candidate ("hostile Democrats", "how desperate the Republicans are", "a desperate candidate", "confused
and contradictory statements") a bill "tanked" by someone, a sarcastic
opening ("How inconvenient that ..."), abortion named as killing, a person called a "weak figure", a mind called
broken ("her mind is shot", "out of his depth") and a camp called "the anti-X crowd" count; a person's plight, a "hostile takeover", a
reported attitude ("hostile to trade") and a market that "tanked" do not. Every dev news match the round moved was
judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_l53_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The zoning plan can no longer be stopped by hostile Republicans on the council.", ["hostile"]),
        ("The ad shows how desperate the Democrats are to change the subject.", ["desperate"]),
        ("The mailer was the work of a desperate candidate three points behind.", ["desperate"]),
        ("Desperate liberals will say anything now, the pundit wrote.", ["Desperate"]),
        ("The mayor answered with confused and contradictory statements about the budget.", ["confused"]),
        ("The governor's confused messages left his own party guessing.", ["confused"]),
        ("Senate leaders tanked the housing bill on Friday night.", ["tanked"]),
        ("How inconvenient that the audit landed the week of the vote.", ["How inconvenient"]),
        ("Funny that the mayor only found the money after the election.", ["Funny that"]),
        ("The new rule would let clinics kill unborn children later in pregnancy.", ["kill unborn"]),
        ("The columnist says the governor is a weak figure with no plan.", ["weak figure"]),
        ("The senator told reporters that the chairman's mind is shot.", ["mind is shot"]),
        ("The new minister is plainly out of her depth on trade.", ["out of her depth"]),
        ("The anti-tax crowd will not like the new levy.", ["anti-tax crowd"]),
    ],
)
def test_a_mind_pinned_on_a_camp_and_a_bill_tanked_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's plight, a literal hostility, an attitude reported, a plain confusion, a market that fell
        "The farmer was a desperate man by the end of the drought.",
        "Thousands of families are desperate for clean water.",
        "The board rejected a hostile takeover bid from its rival.",
        "Hostile actors could use the list to find targets.",
        "Many of these voters are hostile to new trade deals.",
        "The old emblem is often confused with a different symbol.",
        "Shares tanked after the earnings report.",
        "It is funny that the cat sleeps all day.",
        "A weak candidate field left voters cold.",
        "The cheering crowd waited for the speech.",
        "The swimmer drifted out of her depth and was rescued.",
    ],
)
def test_plight_takeovers_attitudes_and_markets_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    """Every dev news match the round added, each judged right (none removed)."""
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"loaded_language": (35, 35)}


def test_the_census_rows_moved(shared_data: Path) -> None:
    added = rejoin(read(ADDED), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in added)
    assert {r.entry for r, *_ in added} == {
        "desperate",
        "hostile",
        "confused",
        "tanked",
        "How inconvenient",
        "Funny that",
        "kill unborn",
        "killing developing humans",
        "ending a life in the womb",
        "weak figure",
        "weak candidate",
        "mind is shot",
        "lost their common sense",
        "their personality disorders",
        "out of his depth",
        "lack the ability to think",
        "anti-* crowd",
    }
