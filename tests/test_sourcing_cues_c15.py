"""Cues that two blind samples of issue 12 (rounds u14 and k14) showed missed, by class, in sentences of our
own: present-tense forms that are nouns more often ("she states", "which it reports", "officials report"),
the impersonal passive ("It is reported that …"), a reaction drawn from someone ("drew criticism from X"), a
firm stance ("were adamant") and a vote cast. The counter-cases pin the noun and modal uses that must stay
out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense form right after a subject pronoun or a relative is the verb
        ("Ana Lo left the hall as she states the vote was rigged.", [("named", "states", "she")]),
        (
            "The heat matched the drought in Spain, which it reports has lasted two months.",
            [("named", "reports", "it")],
        ),
        (
            "Health officials report the infections started earlier than usual.",
            [("anonymous", "report", "Health officials")],
        ),
        ("In their speeches they tell us that the war is nearly won.", [("vague", "tell", "they")]),
        # the same words as nouns, or "tell" after a modal, report nothing
        ("Republicans now control both chambers in 30 states.", []),
        ("He said states like Ohio would decide the race.", [("named", "said", "He")]),
        ("Romney said he supports states' rights to decide.", [("named", "said", "Romney")]),
        ("She asked which states he could win in March.", [("named", "asked", "She")]),
        ("Campaign finance reports show the group spent $2 million.", [("vague", "show", "Campaign finance reports")]),
        ("The panel will release its report on Monday.", []),
        ("You can't tell the difference between the two plans.", []),
    ],
)
def test_present_tense_forms_after_a_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is reported that talks are under way between the two sides.", [("vague", "is reported", "")]),
        ("It has been widely reported that the plant will close in May.", [("vague", "has been widely reported", "")]),
        ("It was confirmed that the ministry ran two offices abroad.", [("vague", "was confirmed", "")]),
        # a modal before "be" is the writer's own aside; a passive with no "it … that" stays turned down
        ("It should be noted that the plant will close in May.", []),
        ("The closure was reported to the board in May.", []),
    ],
)
def test_the_impersonal_passive_has_no_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator's visit drew criticism from prominent Republicans.",
            [("vague", "criticism from", "prominent Republicans")],
        ),
        (
            "The report has drawn heavy criticism from the Lakeside Institute.",
            [("named", "criticism from", "the Lakeside Institute")],
        ),
        (
            "The plan drew sharp pushback from the Lakeside Farm Bureau.",
            [("named", "pushback from", "the Lakeside Farm Bureau")],
        ),
        ("Facing criticism from abroad, the minister defended the levy.", [("named", "defended", "the minister")]),
        # the noun alone, with no verb that draws it, is no cue
        ("Criticism from abroad has grown since May.", []),
        ("Loyalists were adamant that the rules must not change.", [("vague", "were adamant", "Loyalists")]),
        (
            "Most of the 721 delegates cast their votes for Ana Lo.",
            [("vague", "cast their votes for", "Most of the 721 delegates")],
        ),
        ("Voters cast ballots on Tuesday.", []),
    ],
)
def test_a_reaction_drawn_a_stance_and_a_vote(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
