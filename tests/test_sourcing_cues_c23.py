"""Whole attributions missed on PolNeAR's dev fold (round c23), by construction, in sentences of our own: a demand
in all its forms, a word vouched, a verdict passed by many, a reaction met, an endorsement won, a threat stated and
a request put to someone. The counter-cases pin the uses that must stay out: a thing's threat, an endorsement given
rather than won, a reaction no verb meets."""

from __future__ import annotations

import pytest
from sourcing_cases import attributions

from framing.pipeline import Analyzer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand in the progressive and in the past, its speaker before it
        (
            "The harbour union is demanding that the council reopen the east pier.",
            [("named", "is demanding", "The harbour union")],
        ),
        (
            "In a letter on Monday, Mayor Ana Ruiz demanded that the ferry company publish its timetable.",
            [("named", "demanded", "Mayor Ana Ruiz")],
        ),
        # a word given for someone
        ("Ana Ruiz vouched for the new harbour master.", [("named", "vouched for", "Ana Ruiz")]),
        # a verdict passed by many, credited to nobody: vague, no source phrase
        ("The levy plan was widely criticized as a tax on fishermen.", [("vague", "was widely criticized", "")]),
        ("Her speech on the piers has been roundly praised.", [("vague", "has been roundly praised", "")]),
        # a reaction met, nobody named; what it is for follows
        (
            "Councillor Ed Lo has faced sharp criticism over the closure of the fish market.",
            [("vague", "criticism over", "")],
        ),
        ("The port board drew criticism for its late timetable.", [("vague", "criticism for", "")]),
        # the criticism is the one attribution: a speech verb after "for" names what it was for, no cue of its own
        ("Lo drew criticism for suggesting the tally was rigged.", [("vague", "criticism for", "")]),
        # an endorsement won: its giver after "of" or "from" is the source
        (
            "Ana Ruiz won the endorsement of the harbour union on Tuesday.",
            [("named", "endorsement of", "the harbour union")],
        ),
        (
            "Mr. Lo picked up an endorsement from the fishermen's guild.",
            [("named", "endorsement from", "the fishermen's guild")],
        ),
        # a threat stated after an auxiliary, or after a comma by the subject of the clause before it
        (
            "The ferry company has threatened to cancel the winter crossings.",
            [("named", "has threatened to", "The ferry company")],
        ),
        (
            "Ruiz attacked the plan, threatening to take the board to court.",
            [("named", "attacked", "Ruiz"), ("named", "threatening to", "Ruiz")],
        ),
        # a request put to the subject by someone unsaid
        ("Ana Ruiz was asked to explain the delay.", [("vague", "was asked", "")]),
    ],
)
def test_missed_constructions(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a thing's threat, with no auxiliary or comma before it, or after "that"
        "The storm threatened to flood the lower town.",
        "The debate that threatened to split the party ended at noon.",
        # an endorsement given, not won: PolNeAR marks few
        "Ruiz's endorsement of Lo surprised the board.",
        # a reaction no verb meets
        "The criticism over the closure faded by June.",
        # a plural "demand" with no "that" is a want, not a reported demand
        "The dockers demand higher wages.",
    ],
)
def test_no_attribution(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text) == []
