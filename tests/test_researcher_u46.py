"""Round u46: a researcher's pass over ten unread dev articles. A cue that puts its person before "of" ("accused")
right after a noun is a reduced passive ("A charity accused of fraud …"): the noun is the accused, and nobody named
accuses; "called" after a noun phrase opening with "a", "one" or "another" names a thing even when the source read
opens earlier ("Ms. Ode shared a flyer for a dance class called …"). Hedging: "unlikely" after a determiner is
surprising, not improbable ("an unlikely alliance"); "potential" before more role nouns is a prospect ("potential
donors"); "not clear that" is one hedge, not a second one flipped from certainty."""

from __future__ import annotations

import pytest

from signal_cases import spans
from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduced passive: the noun is the accused, no accuser named
        ("A charity accused of fraud may have paid the mayor's travel.", []),
        ("The driver accused of speeding will appear in court on Monday.", []),
        ("Harbor Board Accused Of Hiding Ferry Faults", []),
        # the sentence's own cue is read once the false one is gone
        (
            "A charity accused of fraud paid the mayor's travel, the Harbor Gazette found.",
            [("found", "the Harbor Gazette", "named")],
        ),
        # unchanged: the active with its object, a relative gap, an auxiliary, a form of "be" and an agent
        ("Ms. Ode accused the harbor board of hiding faults.", [("accused", "Ms. Ode", "named")]),
        ("The pilot, whom Ms. Ode accused of lying, resigned.", [("accused", "Ms. Ode", "named")]),
        ("Ms. Ode met the pilot she has accused of lying.", [("has accused", "she", "named")]),
        ("Mr. Ode is still persuaded of the plan's merits.", [("is still persuaded", "Mr. Ode", "named")]),
    ],
)
def test_a_reduced_passive_names_no_accuser(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "kind") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing named, its noun phrase opening with "a", "one" or "another" inside a longer source
        ("Later Ms. Ode shared a flyer for a dance class called “Step Up” on her page.", []),
        ("Mr. Ode works at a harbor cafe called Blue Gull.", []),
        ("The fund gave money to three groups, including one charity called Clean Taps.", []),
        # unchanged: a person calls someone, and a thing called with no name after it
        ("A pilot called Ms. Ode a hero.", [("called", "A pilot")]),
        ("The mayor called Ms. Ode a hero.", [("called", "The mayor")]),
        ("A pilot for a harbor cafe called Ms. Ode a hero.", [("called", "A pilot for a harbor cafe")]),
    ],
)
def test_a_thing_called_inside_a_longer_phrase(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surprising, not improbable
        ("The vote sealed an unlikely alliance between the two mayors.", []),
        ("Ferry captains and bakers, some unlikely group, met at dawn.", []),
        ("He defended his unlikely plan to move the port.", []),
        # unchanged: a probability
        ("It is unlikely that the ferry will run on Sunday.", ["unlikely"]),
        ("In the unlikely event of a storm, the ferry stays in port.", ["unlikely"]),
        ("The ferry is unlikely to run on Sunday.", ["unlikely"]),
    ],
)
def test_unlikely_before_its_noun(analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She built a network of potential donors in the city.", []),
        ("The campaign tried to reach potential supporters by mail.", []),
        ("Ms. Ode, a potential VP pick, spoke first.", []),
        # unchanged: a possibility
        ("The inspectors found a potential leak in the hull.", ["potential"]),
    ],
)
def test_potential_before_a_role(analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        ("It is not clear that the ferry will run.", ["not clear"]),
        ("It was not clear that the ferry would run.", ["not clear"]),
        # unchanged: a booster, and "not clear" with no "that"
        ("It is clear that the ferry will run.", []),
        ("It is not clear whether the ferry will run.", ["not clear", "whether"]),
    ],
)
def test_not_clear_that_is_one_hedge(analyzer, text: str, hedges: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == hedges


def test_an_agent_ends_before_the_charge(analyzer) -> None:
    text = "The harbor board was accused by Ms. Ode of hiding ferry faults."
    assert fields(analyzer, text, "cue", "source", "content") == [("was accused", "Ms. Ode", "of hiding ferry faults.")]
    text = "Mr. Ruiz, accused by Ms. Ode of hiding faults, left the board, the Harbor Gazette reported."
    assert fields(analyzer, text, "cue", "source", "content") == [
        ("accused", "Ms. Ode", "of hiding faults"),
        ("reported", "the Harbor Gazette", "Mr. Ruiz, accused by Ms. Ode of hiding faults, left the board,"),
    ]
