"""Where a source phrase starts and ends (issue 12, helper round 12s), in sentences of our own: each
construction below gave a wrong or an empty source before, and each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a comma that closes no quotation only a speech verb reads its source after it
        (
            "The head of the largest nurses' union in the state, Ana Ruiz, praised the new rules.",
            [("named", "praised", "Ana Ruiz")],
        ),
        (
            "Politico, in a long look at the campaign, described a candidate in retreat.",
            [("named", "described", "Politico")],
        ),
        ("The vote was close, said Ruiz.", [("named", "said", "Ruiz")]),
    ],
)
def test_only_a_speech_verb_reads_its_source_after_a_comma(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of an object relative clause speaks, not the noun the clause describes
        ("The tax, which critics say will hurt farmers, passed on Monday.", [("vague", "say", "critics")]),
        ("She toured the plant, which he described as unsafe.", [("named", "described", "he")]),
        # a relative clause about the speaker stays part of the source
        (
            "Ruiz, who chairs the committee, said the bill is dead.",
            [("named", "said", "Ruiz, who chairs the committee")],
        ),
    ],
)
def test_the_subject_of_an_object_relative_clause_speaks(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between commas after the subject is no part of the source ...
        ("Mayor Hill, for her part, has denied the report.", [("named", "has denied", "Mayor Hill")]),
        ("The union, however, says the deal is fair.", [("named", "says", "The union")]),
        # ... an affiliation is
        (
            "Dr. Okafor, of the Lakeside Clinic, said the drug works.",
            [("named", "said", "Dr. Okafor, of the Lakeside Clinic")],
        ),
    ],
)
def test_an_aside_after_the_subject_is_not_the_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second clause after "and" has its own subject
        ("The council approved the plan and Ruiz said it would fail.", [("named", "said", "Ruiz")]),
        # a subject after an opening phrase ends at its verb
        ("On Monday, Ms. Tan has started saying the plan failed.", [("named", "saying", "Ms. Tan")]),
        ("By then, Ruiz had begun calling the plan a fraud.", [("named", "calling", "Ruiz")]),
        # a pronoun in a coordinated subject keeps the rest
        ("It was a fair fight, he and Ms. Lee said.", [("named", "said", "he and Ms. Lee")]),
        ("More recently, Lo said the plan was dead.", [("named", "said", "Lo")]),
    ],
)
def test_a_subject_read_back_ends_at_its_verb_and_starts_after_a_first_clause(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past participle without "be" reads its agent after "by"
        ("The measures added by Republicans on Friday will stall the bill.", [("vague", "added", "Republicans")]),
        ("Asked by a reporter about the vote, Lo shrugged.", [("anonymous", "Asked", "a reporter")]),
    ],
)
def test_a_passive_participle_reads_its_agent(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a quotation, the words after a speech verb are its speaker, a lower-case title included
        (
            '"The plan will fail," said former state senator Ann Roe.',
            [("named", "said", "former state senator Ann Roe")],
        ),
        ('"We are ready," said election lawyer Tom Reyes.', [("named", "said", "election lawyer Tom Reyes")]),
        # a described subject before its named appositive is read whole, after a '' quotation too
        (
            "''We will appeal,'' the county's lawyer, Ann Roe, said.",
            [("named", "said", "the county's lawyer, Ann Roe")],
        ),
        (
            "But his sister, Jane, told reporters the plan had failed.",
            [("named", "told reporters", "his sister, Jane")],
        ),
        (
            "Another nurse on the ward, Ben Cole, said the shifts are too long.",
            [("named", "said", "Another nurse on the ward, Ben Cole")],
        ),
    ],
)
def test_a_speaker_with_a_title_or_a_description_is_read_whole(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "seems", "appears" and "reportedly" are the writer's hedge on what somebody else knows: their
        # subject is no source (PolNeAR marks none in most of their dev uses)
        ("The senator seemed to accept the deal.", [("vague", "seemed", "")]),
        ("It appears the talks have stalled.", [("vague", "appears", "")]),
        ("The mayor will reportedly resign on Friday.", [("vague", "will reportedly", "")]),
    ],
)
def test_a_hedging_cue_names_no_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
