"""Round k63: single unnamed people and the antecedents of relative pronouns (issue 12). A clause ending in a
capitalised word is no name an appositive "a spokesman" describes; an age set off after a described person is no
source of its own; a place opened by a preposition is no name before "a soldier"; a person introduced with "a" and a
capitalised modifier is the one "the" takes up; "who" after a verb's object takes the object. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause ending in a capitalised word before ", a <person> said" is what is said, not the person's name
        ("The plant closed in Ohio, a worker said.", [("anonymous", "said", "a worker")]),
        ("The rent doubled in March, a mother of three said.", [("anonymous", "said", "a mother of three")]),
        ("The strike hit Lviv on Friday, a spokesman said.", [("anonymous", "said", "a spokesman")]),
        (
            "The bread ran out on Tuesday, a Gaza resident told the radio.",
            [("anonymous", "told", "a Gaza resident")],
        ),
        # a body's name, with or without a title before it, is still described by the appositive
        (
            "The Acme Institute, a think tank, estimates that rents will rise.",
            [("named", "estimates", "The Acme Institute, a think tank")],
        ),
        (
            "The economist Tal Brenner, a former adviser to the bank, wrote that rates would fall.",
            [("named", "wrote", "The economist Tal Brenner, a former adviser to the bank")],
        ),
    ],
)
def test_clause_before_an_appositive(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age set off after a described person belongs to the person, as after a name
        ("A Moldovan teenager, 16, said the border was closed.", [("anonymous", "said", "A Moldovan teenager, 16")]),
        ("A nurse, 45, said the ward was full.", [("anonymous", "said", "A nurse, 45")]),
        ("One resident, 72, said the water was brown.", [("anonymous", "said", "One resident, 72")]),
        (
            "Their neighbor Ana Ruiz, 83, said the street had changed.",
            [("named", "said", "Their neighbor Ana Ruiz, 83")],
        ),
        ("Ana Ruiz, 83, said the street had changed.", [("named", "said", "Ana Ruiz, 83")]),
        # a count opening the subject is no age
        ("Of the 50 delegates, 12 said they would abstain.", [("vague", "said", "12")]),
    ],
)
def test_age_after_a_person(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place opened by a preposition is no name the person is described after
        ("Outside Bakhmut, a soldier said the unit had withdrawn.", [("anonymous", "said", "a soldier")]),
        ("Near Kherson, a farmer said the rains came too late.", [("anonymous", "said", "a farmer")]),
        ("Across Kharkiv, one resident said the lights were out.", [("anonymous", "said", "one resident")]),
        # a name before the comma still names the person described
        (
            "Tomas Ruiz, a farmer, said the rains came too late.",
            [("named", "said", "Tomas Ruiz, a farmer")],
        ),
    ],
)
def test_place_before_a_person(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the teenager" takes up "a Moldovan teenager", whose modifier is capitalised
        (
            "A Moldovan teenager told reporters the border was closed. The teenager said he slept in a car.",
            [("anonymous", "told reporters", "A Moldovan teenager"), ("anonymous", "said", "The teenager")],
        ),
        (
            "A 45-year-old pharmacist said the shelves were empty. The pharmacist said no trucks had come.",
            [("anonymous", "said", "A 45-year-old pharmacist"), ("anonymous", "said", "The pharmacist")],
        ),
        # named when a name stands beside the first mention
        (
            "Ivan Popa, a Moldovan teenager, fled in May. The teenager said he slept in a car.",
            [("named", "said", "The teenager")],
        ),
    ],
)
def test_the_one_introduced(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "who" with no comma after a verb's object: the object, not the clause's subject
        ("Police arrested a teenager who said he saw the fire start.", [("anonymous", "said", "who")]),
        (
            "The mayor's office hired a consultant who warned that the bridge was unsafe.",
            [("anonymous", "warned", "who")],
        ),
        ("The city hired consultants who said the plant was safe.", [("vague", "said", "who")]),
        # a definite object may be someone named before; a thing's "that" keeps the clause's subject
        ("Ruiz leaked files that revealed the plan.", [("named", "revealed", "that")]),
    ],
)
def test_object_before_who(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the people before the comma: counted ones are specific people, a share keeps the people's kind
        (
            "The state has five delegates, two of whom said they would back Ruiz.",
            [("anonymous", "said", "two of whom")],  # the part with its pronoun (k69), of the same kind
        ),
        (
            "The story angered Republicans in Ohio, several of whom dismissed it.",
            # k77: the group the story angered is the source of its anger
            [("vague", "angered", "Republicans"), ("anonymous", "dismissed", "several of whom")],
        ),
        ("Residents, many of whom said the plan would fail, gathered outside.", [("vague", "said", "many of whom")]),
        # "who" after people placed in a place: the people, not the place read as a name or a body
        ("The plan angered farmers in the region, who said it would ruin them.", [("vague", "said", "who")]),
    ],
)
def test_people_before_whom(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's state or country between commas is no surname the description after it describes
        (
            "In Austin, Texas, a spokeswoman for the city said the roads were closed.",
            [("anonymous", "said", "a spokeswoman for the city")],
        ),
        (
            "At a hospital in Kharkiv, Ukraine, a nurse said the ward was full.",
            [("anonymous", "said", "a nurse")],
        ),
        ("In Austin, Texas, officials said the roads were closed.", [("anonymous", "said", "officials")]),
        # a dateline's spaced dash before a capitalised article is no hyphen inside a noun phrase
        (
            "Odesa, Ukraine - A mother of three said she could not afford the rent.",
            [("anonymous", "said", "A mother of three")],
        ),
        # a surname the article uses again is still described
        (
            "Nefzi was arrested. Later, Nefzi, a chemistry professor, said he was innocent.",
            [("named", "said", "Nefzi, a chemistry professor")],
        ),
    ],
)
def test_place_names_before_a_person(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's one person by what they do: its capitals are the headline's; unnamed unless the lead names them
        (
            "Moldovan Teenager Says Border Is Closed\n\nThe crossing near Palanca was shut on Monday.",
            [("anonymous", "Says", "Moldovan Teenager")],
        ),
        (
            "Historian Warns Of Long War\n\nHistorian Ana Ruiz said the war would last for years.",
            [("named", "Warns", "Historian"), ("named", "said", "Historian Ana Ruiz")],
        ),
        (
            "Senator Says Talks Will Resume\n\nSen. Ana Ruiz said the talks would resume.",
            [("named", "Says", "Senator"), ("named", "said", "Sen. Ana Ruiz")],
        ),
        # a column's name in capitals stays a name
        ("ACMEPOLLSTER: Ohio Primary Will Be Close Again", [("named", ":", "ACMEPOLLSTER")]),
    ],
)
def test_headline_person(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
