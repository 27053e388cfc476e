"""Round k61: vague and anonymous sources that generalise. An anonymity phrase after a capitalised plural of people
describes that plural, not a name; counted bodies are specific bodies left unnamed; a relative pronoun takes a bare
object or a passive's agent as its antecedent; more views held by a population and impersonal passives are read as
vague attributions. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the anonymity phrase describes the plural at the sentence's start, which is no name
        (
            "Officials, who declined to be named, said the talks had stalled.",
            [("anonymous", "said", "Officials, who declined to be named")],
        ),
        (
            "Diplomats, who requested anonymity to discuss the talks, said they had stalled.",
            [("anonymous", "said", "Diplomats, who requested anonymity to discuss the talks")],
        ),
        (
            "Sources, speaking on condition of anonymity, said the talks had stalled.",
            [("anonymous", "said", "Sources")],
        ),
        # set off after the source, the anonymity phrase outranks a group word, and is no attribution of its own
        (
            "Critics, speaking on condition of anonymity because they feared reprisals, said the plan would fail.",
            [("anonymous", "said", "Critics")],
        ),
        ("Analysts, on condition of anonymity, said the bank would cut rates.", [("anonymous", "said", "Analysts")]),
        # a name before the comma stays a name
        (
            "Rivera, who asked not to be named, said they feared arrest.",
            [("named", "said", "Rivera, who asked not to be named")],
        ),
    ],
)
def test_anonymity_phrase_after_a_plural_of_people(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies counted up to a dozen, described only by lower-case words or a people's adjective: unnamed firms
        (
            "Several Canadian banks said the levy would cut lending.",
            [("anonymous", "said", "Several Canadian banks")],
        ),
        ("Three local firms said the levy would cut lending.", [("anonymous", "said", "Three local firms")]),
        ("Two unions said the levy would cut wages.", [("anonymous", "said", "Two unions")]),
        ("A dozen companies said the levy would cut lending.", [("anonymous", "said", "A dozen companies")]),
        # a body named by its capitals, the ones named before, a crowd and a sweeping share keep their kinds
        ("Two House committees said the levy would cut lending.", [("named", "said", "Two House committees")]),
        (
            "Acme and Vox both sell chips. The two companies said the levy would cut lending.",
            [("named", "said", "The two companies")],
        ),
        ("Dozens of companies said the levy would cut lending.", [("vague", "said", "Dozens of companies")]),
        ("Many businesses said the levy would cut lending.", [("vague", "said", "Many businesses")]),
    ],
)
def test_counted_bodies(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare object of a past verb, not the whole clause read as "the retirees"
        ("The levy angered retirees, who said it would cut their income.", [("vague", "said", "who")]),
        ("The mayor met residents, who said the plan would raise rents.", [("vague", "said", "who")]),
        # a passive's agent after "by", not the clause's subject
        ("The levy was opposed by a spokesman, who said it would cut lending.", [("anonymous", "said", "who")]),
    ],
)
def test_relative_pronoun_takes_its_antecedent(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # views held by a population, right after the group
        ("Others call it a farce.", [("vague", "call it", "Others")]),
        ("Critics call him reckless.", [("vague", "call him", "Critics")]),
        ("Some conservatives contemplate a third-party run.", [("vague", "contemplate", "Some conservatives")]),
        ("Others wonder how the deal could affect the race.", [("vague", "wonder", "Others")]),
        ("Many Republicans admire the governor.", [("vague", "admire", "Many Republicans")]),
        ("Investors see a one-in-three chance of a cut.", [("vague", "see", "Investors")]),
        # no group right before, or a relative or an infinitive between: no view reported
        ("The agency will call him tomorrow.", []),
        ("Fans who love the team cheered the goal.", []),
        ("Residents want to call it a day.", []),
        # the impersonal passive of an expectation or an assumption with its "that": nobody in particular
        (
            "It is widely expected that the bank will raise rates.",
            [("vague", "", "It is widely expected that")],
        ),
        (
            "When the delegates arrive, it is assumed that Ruiz will speak first.",
            [("vague", "", "it is assumed that")],
        ),
    ],
)
def test_views_of_a_population(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
