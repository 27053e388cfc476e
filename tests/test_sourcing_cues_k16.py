"""Views held by a population (round k16), in sentences of our own: "see", "want", "support", "would vote for" and
"approve of" count as cues only right after a group, a poll share or "many"/"some", and the source is then vague.
The counter-cases pin the uses that must stay out: the same verbs after other words, "want" with an infinitive,
"support" as a noun, and a modal or a relative pronoun between the group and its verb. The cues are weak (0.5), so
the trained labeller judges each one itself: the tests read the rules alone."""

from __future__ import annotations

import pytest

from framing.lexicon.loader import load_lexicons
from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.fixture(scope="module")
def rules() -> Analyzer:
    """The shipped lexicons with the rules alone."""
    return Analyzer(load_lexicons(), sourcing="rules")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics see a power grab in the new county charter.", [("vague", "see", "Critics")]),
        ("Many see the harbour deal as a giveaway.", [("vague", "see", "Many")]),
        ("Economists see the levy as unfair.", [("vague", "see", "Economists")]),
        ("Young voters increasingly see the mayor as aloof.", [("vague", "increasingly see", "Young voters")]),
        ("Some Liberals want a second vote on the harbour deal.", [("vague", "want", "Some Liberals")]),
        ("Many parents want smaller classes.", [("vague", "want", "Many parents")]),
        # "want" with an infinitive is a wish to act, not a view
        ("Some Liberals want to delay the vote.", []),
        # after a noun that is no group, or "people" (mostly quoted), the verbs stay out
        ("The tourists see the lake from the bridge.", []),
        ("Residents of the valley want the road paved.", []),
        ("That is what people want right now.", []),
        # a modal or a relative pronoun: what may come, or a clause about the group
        ("Voters will see the new ballots on Tuesday.", []),
        ("Teachers who want smaller classes met on Friday.", []),
        ("The mayor urged farmers to see the plan through.", [("named", "urged", "The mayor")]),
    ],
)
def test_a_population_sees_or_wants(rules: Analyzer, text: str, expected: list) -> None:
    assert attributions(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Millennials support a tax on sugary drinks.", [("vague", "support", "Millennials")]),
        ("Two-thirds support a later school start.", [("vague", "support", "Two-thirds")]),
        (
            "Forty percent of the teachers polled support the strike.",
            [("vague", "support", "Forty percent of the teachers polled")],
        ),
        ("A 58% majority of voters support the levy.", [("vague", "support", "A 58% majority of voters")]),
        # a share written with "%" is a population, even before a place's name
        ("43% of Ontario voters support the levy.", [("vague", "support", "43% of Ontario voters")]),
        # "support" as a noun: a poll's standings, or after a group that is no poll's population
        ("Ruiz leads the field with 31 percent support.", []),
        ("We owe our nurses and doctors our full support.", []),
        ("The union's members signal support for the deal.", []),
    ],
)
def test_a_polled_population_supports(rules: Analyzer, text: str, expected: list) -> None:
    assert attributions(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty-one percent would vote for Ruiz.", [("vague", "would vote for", "Thirty-one percent")]),
        (
            "Only 12 percent of Liberals approve of the new charter.",
            [("vague", "approve of", "Only 12 percent of Liberals")],
        ),
        ("Most voters disapprove of the levy.", [("vague", "disapprove of", "Most voters")]),
        # no group before: "would vote for" is a hypothetical, not a share's answer
        ("The mayor said she would vote for the levy.", [("named", "said", "The mayor")]),
        ("I would vote for anyone but Ruiz.", []),
    ],
)
def test_a_poll_share_votes_or_approves(rules: Analyzer, text: str, expected: list) -> None:
    assert attributions(rules, text) == expected
