"""Source phrases of cues we find (issue 12, round s22), in sentences of our own: a quotation that closes inside
the subject's description right before the cue; abbreviation periods inside an aside or a relative clause
before the cue; the subject of a relative clause with no pronoun after a verb of being; a time between a
subject's affiliation and its cue, or a count of periods before "ago"; an aside opened by an adverb, a
preposition or a participle between a subject and its cue. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title or a nickname in quotation marks is part of the subject's description
        (
            "Ana Ruiz, a host of “The Morning Desk,” said the plan was dead.",
            [("named", "said", "Ana Ruiz, a host of “The Morning Desk,”")],
        ),
        (
            "Tom Black, star of the sitcom “Harbour Lights,” thanked the mayor for “acting so fast.”",
            [("named", "thanked", "Tom Black, star of the sitcom “Harbour Lights,”")],
        ),
        (
            "Ed Lo, of ''The Evening Hour,'' said the bridge would close.",
            [("named", "said", "Ed Lo, of ''The Evening Hour,''")],
        ),
        # after a quotation the speaker opens with his description
        (
            "“It is over,” Ana Ruiz, a host of “The Morning Desk,” said.",
            [("named", "said", "Ana Ruiz, a host of “The Morning Desk,”")],
        ),
        # a participle or a relative clause holding a cue of its own: the name alone, as without quotation marks
        (
            "Mr. Lo, citing “the sheer cost of it,” said the bridge would close.",
            [("named", "citing", "Mr. Lo"), ("named", "said", "Mr. Lo")],
        ),
        (
            "Ruiz, who calls the levy a “tax on thrift,” said she would vote against it.",
            [("named", "calls", "who"), ("named", "said", "Ruiz")],
        ),
        # no name opens the sentence: nothing is guessed
        (
            "The leaflet, titled “Enough?”, concludes that the levy must go.",
            [("named", "titled", "The leaflet"), ("vague", "concludes", "")],  # no phrase read, no name (k60)
        ),
    ],
)
def test_quotation_inside_the_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Salceda, citing figures from the U.S. Treasury, said the deficit would grow.",
            [("named", "citing", "Salceda"), ("named", "said", "Salceda")],
        ),
        (
            "Ana Ruiz, who backed Mr. Lee in 2012, said on Monday that the plan was dead.",
            [("named", "backed", "who"), ("named", "said", "Ana Ruiz")],
        ),
        (
            "Mr. Black, recalling long lunches with Mrs. Ruiz, described himself as her confidant.",
            [("named", "recalling", "Mr. Black"), ("named", "described", "Mr. Black")],
        ),
    ],
)
def test_abbreviations_inside_an_aside(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Here are nine things the senator has said about the port.",
            [("named", "has said", "the senator")],
        ),
        (
            "Here are some ways her campaign hopes to win back rural voters.",
            [("named", "hopes", "her campaign")],
        ),
        (
            "This is not the kind of race Ruiz hoped to be running.",
            [("named", "hoped", "Ruiz")],
        ),
        (
            "Those are topics Lee actually wants to talk about.",
            [("named", "actually wants", "Lee")],
        ),
        (
            "The harbour is now the place Navy officials say the fleet might gather.",
            [("anonymous", "say", "Navy officials")],
        ),
    ],
)
def test_relative_clause_without_pronoun(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rep. Ed Lo (D-Ore.) last week said the port would close.",
            [("named", "said", "Rep. Ed Lo (D-Ore.)")],
        ),
        (
            "Sen. Ana Ruiz (R-Tex.) last month joked to reporters that the budget was a novel.",
            [("named", "joked", "Sen. Ana Ruiz (R-Tex.)")],
        ),
        (
            "The ministry less than two weeks ago said the port would close.",
            [("named", "said", "The ministry")],
        ),
        (
            "Ed Lo a few days ago warned that the port would close.",
            [("named", "warned", "Ed Lo")],
        ),
        (
            "The coast guard had last month warned that the port would close.",
            [("named", "warned", "The coast guard")],
        ),
        # a gerund's subject is not read back past the time: the sender of the letter speaks
        (
            "The union sent a letter on Monday saying the port would close.",
            [("named", "saying", "The union")],
        ),
    ],
)
def test_time_between_subject_and_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaflet, now available online, plainly exposed the council's deception.",
            [("named", "plainly exposed", "The leaflet")],
        ),
        (
            "Ms. Ruiz, in an essay published in The Harbour Post, rebuked Mr. Lee for his remarks.",
            [("named", "rebuked", "Ms. Ruiz")],
        ),
        (
            "Two local elections, over a century apart, suggest the party faces trouble.",
            [("vague", "suggest", "Two local elections")],
        ),
        (
            "The mayor, still smarting over the vote, grudgingly agreed to meet Mr. Lee.",
            [("named", "grudgingly agreed", "The mayor")],
        ),
        (
            "The survey, conducted by the Harbour Institute, found that support for the levy rose.",
            [("named", "found", "The survey")],
        ),
        (
            "Ana Ruiz, also campaigning in Ohio, said the plan was dead.",
            [("named", "said", "Ana Ruiz")],
        ),
        # an appositive stays: a title, an affiliation, a description opening with a participle and a name
        (
            "Ed Lo, chairman of the harbour board, said the plan was dead.",
            [("named", "said", "Ed Lo, chairman of the harbour board")],
        ),
        (
            "Ed Lo, of the Acme Institute, said the plan was dead.",
            [("named", "said", "Ed Lo, of the Acme Institute")],
        ),
        (
            "Ann Lee, retired Professor of Botany at the Harbour College, called the claims absurd.",
            [("named", "called", "Ann Lee, retired Professor of Botany at the Harbour College")],
        ),
    ],
)
def test_aside_between_subject_and_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
