"""Source phrases and kinds of round k37 (issue 12), round k36's leftovers, in sentences of our own: a bare plural of
people by what they do opening the sentence is no surname when its verb or pronoun speaks of several people
("Teachers say", "Farmers said they": vague, named before); an "-ly" noun opening the source is part of it ("rally
organizers", "family members": the noun alone before); a name's long description with a bracketed acronym before
the cue is the name's appositive ("Lena Ortiz, head of … (WFP) said": no attribution, or the description alone,
before); a person's "leaders" are no country's government (named before). Guards pin what must not change: a
surname with a past form or "he", an adverb opening the source, an institution with its acronym, a country's
leaders."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teachers say the new timetable is too hard.",
            [("vague", "say", "Teachers")],
        ),
        (
            "Farmers said they would sell the herd before winter.",
            [("vague", "said", "Farmers")],
        ),
        (
            "Builders have said the bridge needs a new deck.",
            [("vague", "have said", "Builders")],
        ),
    ],
)
def test_a_plural_that_agrees_as_several_people_is_no_surname(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past form and "he", or no pronoun at all, agree with one person as well: the surname stays
        (
            "Walters said he would vote against the plan.",
            [("named", "said", "Walters")],
        ),
        (
            "Summers says the budget will balance.",
            [("named", "says", "Summers")],
        ),
    ],
)
def test_a_surname_that_agrees_as_one_person_stays_a_name(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 300 people came to the square, rally organizers said.",
            [("anonymous", "said", "rally organizers")],
        ),
        (
            "On Monday, family members said the school had lost the files.",
            [("anonymous", "said", "family members")],
        ),
    ],
)
def test_an_ly_noun_opening_the_source_is_part_of_it(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_an_adverb_opening_the_source_is_still_left_out(sourcing_analyzer: Analyzer) -> None:
    assert attributions(sourcing_analyzer, "The vote was close, and finally he said it would wait.") == [
        ("named", "said", "he")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Lena Ortiz, head of field logistics at the World Food Programme (WFP) said on Monday: "Roads are cut."',
            [("named", "said", "Lena Ortiz, head of field logistics at the World Food Programme (WFP)")],
        ),
        (
            "Ana Ruiz, a nurse at the Red Cross (ICRC) said the clinic was full.",
            [("named", "said", "Ana Ruiz, a nurse at the Red Cross (ICRC)")],
        ),
    ],
)
def test_a_description_ending_in_an_acronym_is_the_name_s(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_an_institution_with_its_acronym_is_unchanged(sourcing_analyzer: Analyzer) -> None:
    assert attributions(sourcing_analyzer, "In Rome, the World Food Programme (WFP) said the roads were cut.") == [
        ("named", "said", "the World Food Programme (WFP)")
    ]


def test_a_person_s_leaders_are_no_government(sourcing_analyzer: Analyzer) -> None:
    text = "The march was for Senator Dana Holt. Holt's leaders said the plan would stay."
    assert attributions(sourcing_analyzer, text) == [("vague", "said", "Holt's leaders")]


def test_a_country_s_leaders_are_still_its_government(sourcing_analyzer: Analyzer) -> None:
    text = "Aid went to Chile in May. Chile's leaders said the tax would stay."
    assert attributions(sourcing_analyzer, text) == [("named", "said", "Chile's leaders")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hackers have targeted the campaign of Senator Ana Ruiz, a senior security official said on Thursday.",
            [("anonymous", "said", "a senior security official")],
        ),
        (
            "The mayor will not sign the bill put forward by Tom Lee, a city hall spokeswoman said.",
            [("anonymous", "said", "a city hall spokeswoman")],
        ),
    ],
)
def test_a_description_closing_the_sentence_after_a_name_in_the_content_speaks_for_itself(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name opens its clause: the description is its appositive
        (
            "Ana Ruiz, a senior security official said on Thursday.",
            [("named", "said", "Ana Ruiz, a senior security official")],
        ),
        # the description's cue is no finite verb closing the sentence
        (
            '"It is a big deal," said Ross Lee of the Acme Institute, an early voice in urging the change.',
            [
                ("named", "said", "Ross Lee of the Acme Institute, an early voice in"),
                ("named", "urging", "an early voice in"),
            ],
        ),
    ],
)
def test_a_name_s_appositive_stays_the_name_s(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_day_inside_a_participle_s_phrase_keeps_its_agent(sourcing_analyzer: Analyzer) -> None:
    text = "Most voters back the plan, according to a poll released Monday by the Acme Institute."
    assert attributions(sourcing_analyzer, text) == [
        ("named", "according to", "a poll released Monday by the Acme Institute")
    ]


def test_a_day_with_no_agent_after_it_still_ends_the_source(sourcing_analyzer: Analyzer) -> None:
    text = "Most voters back the plan, according to a poll the Acme Institute released Monday."
    assert attributions(sourcing_analyzer, text) == [("named", "according to", "a poll the Acme Institute released")]
