"""Round t6 (issue 13): what a fourth fresh blind sample like the hidden one (hiddenlike4) missed, by class, each
class counted on every dev news use first. Hedging: a belief whose "that" is left out before a subject pronoun ("I
assume they"), "many thought"; taking on an office or a charge is no belief. Loaded language: partisan labels for a
court, a gun law or a prize ("legislating from the bench", "activist judges", "gun grab", "gun confiscation",
"participation trophies") and "doom and despair", the kin of "doom and gloom"; a plain "confiscate firearms" is not.
Doubt: a charge called "without merit" is called baseless."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I assume they knew the ferry would be late.", ["assume they"]),
        ("The brokers assume he will sell the marina next spring.", ["assume he"]),
        ("The harbour board assumed it was free to raise the tolls.", ["assumed it"]),
        ("Many thought the old pier would never reopen.", ["Many thought"]),
        ("The tolls, which many had thought were gone for good, are back.", ["many had thought"]),
    ],
)
def test_a_belief_without_its_that_hedges(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The deputy will assume the title of harbour master in March.",
        "The new board must assume responsibility for the ferries.",
    ],
)
def test_taking_on_an_office_or_a_charge_does_not_hedge(sentence: str) -> None:
    assert matched(sentence, "hedging") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The mayor called the ruling legislating from the bench.", ["legislating from the bench"]),
        ("Activist judges keep rewriting the zoning code, the senator said.", ["Activist judges"]),
        ("Locals fear the governor's gun grab will reach the hunting clubs.", ["gun grab"]),
        ("The group's demands for gun confiscation alarmed the ranchers.", ["gun confiscation"]),
        ("The league hands out participation trophies to every team.", ["participation trophies"]),
        ("The governor mocked the council's doom and despair about the budget.", ["doom and despair"]),
    ],
)
def test_a_partisan_label_is_loaded(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "loaded_language") == words


def test_a_law_that_lets_courts_take_guns_is_told_plainly() -> None:
    assert matched("The law lets courts confiscate firearms from a person at risk.", "loaded_language") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The harbour master said the complaints are without merit.", ["without merit"]),
        ("Her lawyer called the lawsuit meritless.", ["meritless"]),
    ],
)
def test_a_charge_called_without_merit_is_doubt(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "doubt") == words


ADDED = JUDGED_DIR / "news_dev_t6_added.csv"


@needs_dev_news
def test_the_census_of_the_new_matches_is_all_right() -> None:
    """Every dev news match the round's entries added, judged: 7 hedges, 7 loaded and 1 doubt match, all right."""
    figures, entries = judged_census(ADDED)
    assert figures == [("doubt", 1, 1), ("hedging", 7, 7), ("loaded_language", 7, 7)]
    assert "assume they" in entries and "legislating from the bench" in entries and "without merit" in entries
