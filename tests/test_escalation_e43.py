"""Round e43 (issue 13): the brief's escalation classes, each counted on every dev news use first: a people of
newcomers pictured as an active flood into a country or across its border ("immigrants pouring into this country"),
people declared "enemy combatants", a cause's "kill list" of a whole, and mass death foretold as an act's outcome
("will lead to mass starvation"). "point of no return", "ticking time bomb", "bloodbath", "apocalyptic" and "on the
verge of collapse" were already entries; a control keeps one of them counted."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_entries

CENSUS = JUDGED_DIR / "news_dev_e43_added.csv"  # every dev news match the round's entries and rules added


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a people of newcomers pictured as an active flood into a country or across its border
        ("Every week more migrants are pouring into this country, the flyer says.", [("pouring into", "pouring into")]),
        ("Thousands of illegals flooded across the border last spring.", [("flooded across", "flooded across")]),
        ("Do not let a flood of foreigners pour into your country.", [("pour into", "pour into")]),
        # people declared enemy combatants
        (
            "The pundit said the protesters should be declared enemy combatants.",
            [("enemy combatants", "enemy combatants")],
        ),
        ("Treat these activists as enemy combatants, he wrote.", [("enemy combatants", "enemy combatants")]),
        # a cause's kill list of a whole
        ("Sheep are the latest animals on the green kill list.", [("kill list", "kill list")]),
        ("Farmers are next on the kill list, the blog warned.", [("kill list", "kill list")]),
        # mass death foretold as the outcome of an act
        ("The embargo will lead to mass starvation across the region.", [("mass starvation", "mass starvation")]),
        ("A strike on the plant could cause mass casualties.", [("mass casualties", "mass casualties")]),
    ],
)
def test_a_class_of_the_brief_matches(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Campaign money is pouring into Ohio this month.",  # money, no people
        "Refugees fleeing the war flooded into Europe in 2015.",  # a migration reported, into no country of ours
        "Fans poured into the stadium before kickoff.",  # no people of newcomers
        "Our soldiers killed terrorists and enemy combatants in the valley.",  # the literal fighters of a war
        "The president keeps a kill list of militant leaders.",  # a government's target list reported
        "Police said the bombing caused mass casualties downtown.",  # a death toll reported
        "The museum recalls the mass starvation of the 1930s.",  # a history
    ],
)
def test_the_class_leaves_a_plain_report(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


def test_an_entry_the_brief_named_still_counts() -> None:
    """A control: the brief's "point of no return" was an entry before the round, and stays one."""
    assert shipped_entries("We have passed the point of no return on debt.", "escalation") == [
        ("point of no return", "point of no return")
    ]


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round added (6), judged: 6 right; none removed."""
    assert judged_census(CENSUS) == (
        [("escalation", 6, 6)],
        ["enemy combatants", "kill list", "pour into", "poured across", "pouring into"],
    )
