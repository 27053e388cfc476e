"""Passive cues and second clauses (issue 12, helper round k13), in sentences of our own: a passive's
subject is what was said about, never its speaker; the agent is read after a short complement ("was labeled
as a 'hoax' by …") and past an adverb after "be" ("was widely criticized"); "and" and a new subject after a
first clause start a cue's subject of its own. Each construction gave a wrong source or none before; the
counter-cases pin what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent after a complement of the passive: its speaker
        (
            "The inquiry was often labeled as a “witch hunt” by Democrats.",
            [("vague", "was often labeled", "Democrats")],
        ),
        # a reduced passive after a dash and an adverb
        (
            "Critics attacked the probe — often labeled as a “witch hunt” by Democrats — for months.",
            [("vague", "attacked", "Critics"), ("vague", "often labeled", "Democrats")],
        ),
        (
            "The mayor was criticized for the vote by Ana Ruiz.",
            [("named", "was criticized", "Ana Ruiz")],
        ),
        (
            "The memo was first reported on Friday by the Tulsa Courier.",
            [("named", "was first reported", "the Tulsa Courier")],
        ),
        # a participle after "as" or opening the sentence is a passive too
        (
            "Exports rose, as mentioned in a report by Acme Research.",
            [("named", "mentioned", "Acme Research")],
        ),
    ],
)
def test_agent_after_a_complement(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adverb between "be" and the cue leaves it a passive: the subject did not speak ("widely criticized" is
        # a verdict credited to nobody since c23, an attribution with no source phrase)
        "The mayor was widely criticized for the vote.",
        "The levy was never mentioned in the debate.",
        "Lee was specifically asked about the audit.",
    ],
)
def test_passive_after_an_adverb_names_no_speaker(sourcing_analyzer: Analyzer, text: str) -> None:
    assert [source for _, _, source in attributions(sourcing_analyzer, text) if source] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb in the past tense is active: "by" there names an author of its object, not the speaker
        (
            "Ruiz praised efforts by Tom Lee to end the strike.",
            [("named", "praised", "Ruiz")],
        ),
        # "by" and a number after a complement is a time
        (
            "Lee has pledged to cut the deficit by 2030.",
            [("named", "has pledged", "Lee")],
        ),
        # a weak stance after an adverb stays the subject's ("is firmly opposed": an adjective)
        (
            "Ana Ruiz is firmly opposed to the levy.",
            [("named", "is firmly opposed", "Ana Ruiz")],
        ),
        # the agent right after the cue, as before
        (
            "The levy was criticized by Ana Ruiz.",
            [("named", "was criticized", "Ana Ruiz")],
        ),
    ],
)
def test_what_stays(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" and a new subject after a first clause with its verb: the second cue is that subject's
        (
            "Ana Ruiz said the levy would fail and Tom Lee said it would pass.",
            [("named", "said", "Ana Ruiz"), ("named", "said", "Tom Lee")],
        ),
        (
            "Many mayors have said they will not attend and others have said they are busy.",
            [("vague", "have said", "Many mayors"), ("vague", "have said", "others")],
        ),
        (
            # (round v18: a refusal is a cue only when what is refused is said: "refused to extend it" is an act)
            "The strike was to end on Friday and Ana Ruiz refused to comment on it.",
            [("named", "refused", "Ana Ruiz")],
        ),
    ],
)
def test_second_clause_has_its_own_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
