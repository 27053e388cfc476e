"""Two classes of issue 12's round c16, in sentences of our own: the tail of an unnamed source's head ("a
source close to the campaign", "people familiar with the plans", "officials with knowledge of the meeting")
belongs to the source, read forward and back; and a count that makes a crowd ("thousands of people", "13
million people", "200 protesters") is a vague source, where a few counted people ("two people") stay
anonymous. The counter-cases pin what must not change."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read forward, after "according to" or an inverted "said"
        (
            "The plant will close in May, according to a source close to the mayor.",
            [("anonymous", "according to", "a source close to the mayor")],
        ),
        (
            "The plant will close in May, according to workers familiar with the owner's plans.",
            [("anonymous", "according to", "workers familiar with the owner's plans")],
        ),
        (
            "The plant will close in May, according to aides with direct knowledge of the sale.",
            [("anonymous", "according to", "aides with direct knowledge of the sale")],
        ),
        (
            "The plant will close in May, said one banker involved in the sale.",
            [("anonymous", "said", "one banker involved in the sale")],
        ),
        # the tail ends as a forward source does: before a day, a comma or a second clause
        (
            "The plant will close, according to two people briefed on the sale on Monday.",
            [("anonymous", "according to", "two people briefed on the sale")],
        ),
        (
            "According to a person close to the owner, the plant will close.",
            [("anonymous", "According to", "a person close to the owner")],
        ),
        # read back from the cue: a capitalised subject and its participle tail are one source
        (
            "People briefed on the sale said the plant would close in May.",
            [("anonymous", "said", "People briefed on the sale")],
        ),
        # counter-cases: a name and its verb, an appositive, a plain source
        ("Ms. Ruiz walked them through the sale, she said.", [("named", "said", "she")]),
        (
            "According to Ana Ruiz, the owner, the plant will close.",
            [("named", "According to", "Ana Ruiz, the owner")],
        ),
        ("The plant will close, according to the owner.", [("named", "according to", "the owner")]),
    ],
)
def test_the_tail_of_an_unnamed_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of farmers said the new levy would ruin them.", [("vague", "said", "Thousands of farmers")]),
        ("Hundreds of nurses told the board they were exhausted.", [("vague", "told", "Hundreds of nurses")]),
        ("Millions of viewers believe the show was staged.", [("vague", "believe", "Millions of viewers")]),
        ("Some 95 members said the levy would fail.", [("vague", "said", "Some 95 members")]),
        ("About 300 residents said the levy would fail.", [("vague", "said", "About 300 residents")]),
        ("Two million voters said the levy would fail.", [("vague", "said", "Two million voters")]),
        ("1,200 employees said the firm would close.", [("vague", "said", "1,200 employees")]),
        (
            "The 5,000 people in the hall said the speech ran long.",
            [("vague", "said", "The 5,000 people in the hall")],
        ),
        # a few counted people are specific people, unnamed; a year is no count
        ("Two people said the levy would fail.", [("anonymous", "said", "Two people")]),
        ("Three officials said the levy would fail.", [("anonymous", "said", "Three officials")]),
        ("Several officials said the levy would fail.", [("anonymous", "said", "Several officials")]),
        ("Former 2016 staffers said the levy would fail.", [("anonymous", "said", "Former 2016 staffers")]),
    ],
)
def test_a_crowd_is_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
