"""Round v43 (issue 12): an agentless "was announced" with no clause after it reports its subject, credited to nobody
("On Friday, the closure of the mill was announced."): PolNeAR dev marks the subject as the content of 7 of its 9
uses, so the passive is a vague attribution with no source and the subject (without "will be") for content; "by" and
an agent, "it was announced that" and the other verbs ("was revealed", "was confirmed": fewer than half marked) keep
their readings. An opening "Asked which …," ends its question at the comma (22 of 26 PolNeAR dev uses), so the main
clause after it is the writer's or its own cue's, not part of the question."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds, fields_and_voices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, the closure of the old mill was announced.",
            [("was announced", "", "vague", "the closure of the old mill")],
        ),
        (
            "Pike runs a contest for young bakers, the winners of which will be announced on Sunday.",
            [("announced", "", "vague", "Pike runs a contest for young bakers, the winners of which")],
        ),
        (
            "Two months after it was announced, the grant had reached no family in the valley.",
            [("was announced", "", "vague", "it")],
        ),
    ],
)
def test_an_agentless_announced_reports_its_subject(analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


def test_a_hedge_in_the_announced_subject_is_reported(analyzer) -> None:
    """The subject is what was reported: a hedge inside it is not the writer's."""
    attributions, voices = fields_and_voices(
        analyzer, "A possible merger of the two dairies was announced on Monday.", ("cue", "content")
    )
    assert attributions == [("was announced", "A possible merger of the two dairies")]
    assert voices == [("possible", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an agent after "by" speaks
            "The closure of the old mill was announced by the owners on Friday.",
            [("was announced", "the owners", "named", "The closure of the old mill")],
        ),
        (  # an impersonal passive keeps its clause for content
            "It was announced on Friday that the old mill would close.",
            [("was announced", "", "vague", "on Friday that the old mill would close.")],
        ),
        (  # another verb's agentless passive stays no cue
            "On Friday, the closure of the old mill was revealed.",
            [],
        ),
        (  # negated: nothing was announced
            "No date for the closure of the old mill was announced.",
            [],
        ),
        ("The charges against the mill's owners had not been formally announced.", []),
    ],
)
def test_announced_controls(analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked which road needs repair first, 41 percent of drivers picked the coast highway.",
            [("Asked", "", "vague", "which road needs repair first")],
        ),
        (
            "Asked whether the mayor “deserves a second term,” 60 percent of residents said yes.",
            [
                ("Asked", "", "vague", "whether the mayor “deserves a second term,”"),
                ("said", "60 percent of residents", "vague", "yes."),
            ],
        ),
        (
            'Asked whether the bridge would open in May, Pike said, "We hope so."',
            [
                ("Asked", "", "vague", "whether the bridge would open in May"),
                ("said", "Pike", "named", '"We hope so."'),
            ],
        ),
    ],
)
def test_an_opening_asked_ends_its_question_at_the_comma(analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


def test_asked_with_its_answer_after_a_plain_cue_is_unchanged(analyzer) -> None:
    """Control: "Asked about it, Pike said …" already ended the question at the comma."""
    assert attributions_with_kinds(analyzer, "Asked about the bridge, Pike said it would open in May.") == [
        ("Asked", "", "vague", "about the bridge"),
        ("said", "Pike", "named", "it would open in May."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relative's speaker and cue are a second attribution: the first content ends before it
            "Pike praised the new ferry service, which she described as a lifeline for the islands.",
            [
                ("praised", "Pike", "named", "the new ferry service"),
                ("described", "she", "named", "as a lifeline for the islands."),
            ],
        ),
        (
            "Pike said the budget would cut bus routes, which Lund called a betrayal of riders.",
            [
                ("said", "Pike", "named", "the budget would cut bus routes"),
                ("called", "Lund", "named", "a betrayal of riders."),
            ],
        ),
    ],
)
def test_a_relative_with_its_own_cue_ends_the_content(analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no speaker of its own after "which": a passive, the content runs on
            "Pike criticized the ferry contract, which was first reported by the Gazette.",
            "the ferry contract, which was first reported by the Gazette.",
        ),
        (  # a stance before an infinitive, no speech: the content runs on
            "Pike said the rules cover the mayor, which he appeared to ignore last year.",
            "the rules cover the mayor, which he appeared to ignore last year.",
        ),
    ],
)
def test_relative_controls_keep_the_content(analyzer, text: str, expected: str) -> None:
    first = attributions_with_kinds(analyzer, text)[0]
    assert first[3] == expected
