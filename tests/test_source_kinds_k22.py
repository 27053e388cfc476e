"""Source kinds and cues that round k22 (issue 12: vague and anonymous sources) took from the dev labels' vague
errors and a blind-marked sample of outside news, in sentences of our own: the people "led", "left" or "prompted" to
think something are its source, not what moved them ("The closure led some residents to suspect that …"); a
doubt or a suspicion raised after "to" ("to question whether", "to wonder if", "to suspect that") is a cue; evidence or data whose first word is capitalised only because it opens the sentence is evidence in
general ("Sales data shows …": vague); a titled name leads "and" a modified group ("Ms. Ruiz and senior Democrats":
named). Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sudden closure led some residents to suspect that the plant had failed an inspection.",
            [("vague", "suspect", "some residents")],
        ),
        (
            "The ruling left many to wonder whether the port would reopen before winter.",
            [("vague", "wonder", "many")],
        ),
        (
            # an auxiliary before the verb: still its object, not the subject read past "has"
            "The vote has caused many to wonder if a third candidate should enter the race.",
            [("vague", "wonder", "many")],
        ),
        (
            "The delay prompted critics to argue that the council had lost control of the budget.",
            [("vague", "argue", "critics")],
        ),
        (
            "The missing pages caused two auditors to question whether the accounts were complete.",
            [("anonymous", "question", "two auditors")],
        ),
    ],
)
def test_the_people_moved_to_think_it_are_the_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested the suspect that fled the harbour on Friday.", []),  # the noun: no cue
        ("The suspected arsonist was arrested on Friday near the harbour.", []),  # the adjective: no cue
        ("It remains an open question whether the port will reopen this year.", []),  # the noun, not after "to"
        (
            "Ana Ruiz left the hall to say that the vote would go ahead on Monday.",
            [("named", "say", "Ana Ruiz")],  # "left" a place: the subject still speaks
        ),
    ],
)
def test_doubts_after_to_are_cues_and_nouns_are_not(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales data clearly shows that fewer people bought electric cars this spring.",
            [("vague", "clearly shows", "Sales data")],
        ),
        (
            "All available evidence suggests that the reef is slowly recovering.",
            [("vague", "suggests", "All available evidence")],
        ),
        (
            # the text writes "Harlow" after a lower-case word: a name, so its data are named
            "The figures come from Harlow, a research firm. Harlow data shows that fewer people bought cars.",
            [("named", "shows", "Harlow data")],
        ),
    ],
)
def test_evidence_capitalised_only_by_the_sentence_start_is_vague(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Ruiz and senior Democrats said they would not take the bait this week.",
            [("named", "said", "Ms. Ruiz and senior Democrats")],
        ),
        (
            "Ana Ruiz and top aides said they would not take the bait this week.",
            [("named", "said", "Ana Ruiz and top aides")],
        ),
        (
            "Current and former officials said the talks had stalled over the port.",
            [("anonymous", "said", "Current and former officials")],  # an adjective leads: no name
        ),
    ],
)
def test_a_sure_name_leads_a_modified_group(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
