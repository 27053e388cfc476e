"""Sources and contents of round c58 (issue 12), in sentences of our own.

A name and its long description after a quotation ('"…," Ana Ruiz, director of the … in the town of …, said') lost
the name: the read back from the cue stops at eight words, and the reading that takes the sentence's opening name
with its description started at the quotation's mark, so it found no name. And an "according to" aside before a
verb in the present ("The rule, according to officials, enables …") kept only the subject as its content. A
relative "who" stays the source, as PolNeAR marks it (293 of 300 dev marks), with its antecedent's kind; a source
read back no longer runs over a spaced hyphen used as a dash ("… in delegates - was steep for Ruiz, who")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields


@pytest.fixture(scope="module")
def rules() -> Analyzer:
    return Analyzer(sourcing="rules")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The pipes are old," Ana Ruiz, director of the water board in the town of Dunmore, said.',
            [("said", "Ana Ruiz, director of the water board in the town of Dunmore", '"The pipes are old,"')],
        ),
        (
            "“The ferry is late again,” Tom Okafor, head of the harbour office at the port of Larne, told reporters.",
            [
                (
                    "told reporters",
                    "Tom Okafor, head of the harbour office at the port of Larne",
                    "“The ferry is late again,”",
                )
            ],
        ),
        (
            '"The road is closed," Oleh Marchenko, deputy head of the district council in the town of Vovchansk, '
            'told Reuters. "We are waiting for the buses."',
            [
                (
                    "told",
                    "Oleh Marchenko, deputy head of the district council in the town of Vovchansk",
                    '"The road is closed,"',
                ),
                (
                    "",
                    "Oleh Marchenko, deputy head of the district council in the town of Vovchansk",
                    '"We are waiting for the buses."',
                ),
            ],
        ),
    ],
)
def test_a_name_and_its_long_description_after_a_quotation_speak(rules: Analyzer, text: str, expected: list) -> None:
    assert fields(rules, text, "cue", "source", "content") == expected


def test_a_short_description_after_a_quotation_stays_whole(rules: Analyzer) -> None:
    text = '"The pipes are old," Ana Ruiz, the town engineer, said.'
    assert fields(rules, text, "source", "content") == [("Ana Ruiz, the town engineer", '"The pipes are old,"')]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The new rule, according to officials, enables the agency to fine landlords.",
            "officials",
            "The new rule, according to officials, enables the agency to fine landlords.",
        ),
        (
            "Most members, according to the register, live outside the capital.",
            "the register",
            "Most members, according to the register, live outside the capital.",
        ),
        (
            "The mayor said that the new tariff, according to two aides, costs importers a billion dollars.",
            "two aides",
            "the new tariff, according to two aides, costs importers a billion dollars.",
        ),
    ],
)
def test_an_according_to_aside_before_a_present_verb_gives_the_whole_clause(
    rules: Analyzer, text: str, source: str, content: str
) -> None:
    assert [row for row in fields(rules, text, "cue", "source", "content") if row[0] == "according to"] == [
        ("according to", source, content)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Now, according to the poll, voters favour the plan.", "voters favour the plan."),
        ("In May, according to the survey, total employment rose.", "total employment rose."),
        (
            "The new rule, according to officials, will enable the agency to fine landlords.",
            "The new rule, according to officials, will enable the agency to fine landlords.",
        ),
    ],
)
def test_an_aside_after_an_opening_phrase_or_before_an_auxiliary_reads_as_before(
    rules: Analyzer, text: str, content: str
) -> None:
    assert fields(rules, text, "content") == [(content,)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The plan was dropped by Ana Ruiz, who said it cost too much.", "named"),
        ("The plan was opposed by two officials, who said it cost too much.", "anonymous"),
        ("Older voters, who say the plan costs too much, are split.", "vague"),
    ],
)
def test_a_relative_who_is_the_source_with_its_antecedents_kind(rules: Analyzer, text: str, kind: str) -> None:
    assert fields(rules, text, "source", "kind")[0] == ("who", kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The road ahead - in the polls and in delegates - was steep for Ana Ruiz, who said she would stay in the race.",
            [("said", "who", "named")],
        ),
        ("The ferry was late again - Ana Ruiz said the crew was tired.", [("said", "Ana Ruiz", "named")]),
        (
            "Most residents were worried - 62 percent of them said the rents were too high.",
            [("said", "62 percent of them", "vague")],
        ),
    ],
)
def test_a_source_read_back_stops_at_a_spaced_hyphen_used_as_a_dash(rules: Analyzer, text: str, expected: list) -> None:
    assert fields(rules, text, "cue", "source", "kind") == expected


def test_a_hyphen_inside_a_compound_stays_inside_the_source(rules: Analyzer) -> None:
    assert fields(rules, "A U.S.-born engineer said the bridge was safe.", "source") == [("A U.S.-born engineer",)]
