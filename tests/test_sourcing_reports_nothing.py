"""Cue words that report nothing, one statement read once, and surveys that open a sentence (issue 12, round
q12), in sentences of our own:
exact kind, cue and source with either sourcing method, and the counter-cases that must stay cues."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is offered is a chance, goods or an effect: no statement, and no subject becomes its source
        ("The port authority will vote on the dredging plan today, potentially offering a lifeline to fishermen.", []),
        ("Ms. Ruiz unveiled the bill, offering a path to citizenship for farm workers.", []),
        ("A food truck parked outside the hall, offering voters free coffee and doughnuts.", []),
        ("The clinic offered patients a second appointment.", []),
        # what is offered is said: a cue, with the subject as its source
        ("The mayor offered her condolences to the families.", [("named", "offered", "The mayor")]),
        ("Mr. Lund offered few specifics about the levy.", [("named", "offered", "Mr. Lund")]),
        (
            "The union released a statement on Friday, offering “a full and unreserved apology” to the nurses.",
            [("named", "released a statement", "The union"), ("named", "offering", "The union")],
        ),
        # an offer to act is an entry of its own
        ("The governor offered to debate her rival in May.", [("named", "offered to", "The governor")]),
    ],
)
def test_offered_reports_only_what_is_said(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "went on to" and the reporting verb after it are one attribution, whose cue is the whole phrase
        ("The striker went on to discuss the club's finances.", [("named", "went on to discuss", "The striker")]),
        ("Ms. Okafor went on to say the plant would close.", [("named", "went on to say", "Ms. Okafor")]),
        ('"We will rebuild," the mayor went on to say.', [("named", "went on to say", "the mayor")]),
        # without a reporting verb after it, "went on to" stays the cue (as before)
        ("Ms. Ruiz went on to list her demands.", [("named", "went on to", "Ms. Ruiz")]),
        # a participle after "to" is no infinitive: the two cues stay apart
        ("Mr. Lund did not respond to repeated calls.", [("named", "did not respond to", "Mr. Lund")]),
    ],
)
def test_went_on_to_and_its_verb_are_one_attribution(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening "In" and a poll credits the poll, up to the comma, with what follows
        (
            "In a Gallup poll released on Tuesday, 61 percent of farmers backed the tariff.",
            [("named", "In", "a Gallup poll released on Tuesday")],
        ),
        ("In exit polls, turnout among young voters looked higher than in 2020.", [("vague", "In", "exit polls")]),
        # a place, a clause about polls or a fragment after the comma is no survey's finding
        ("In Ohio, the party ran no poll this spring.", []),
        ("In three counties where exit polls were taken, turnout rose.", []),
        ("In the polls, anyway.", []),
    ],
)
def test_a_survey_opening_the_sentence(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert [a for a in attributions(sourcing_analyzer, text) if a[1] == "In"] == expected


def test_the_content_of_a_survey_follows_its_comma(analyzer: Analyzer) -> None:
    found = analyzer.analyze("In a Gallup poll, most farmers opposed the levy.", split_title=False).attributions
    assert [(a["source"], a["content"]) for a in found if a["cue"] == "In"] == [
        ("a Gallup poll", "most farmers opposed the levy.")
    ]
