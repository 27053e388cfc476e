"""Round u47: a researcher's pass over ten unread dev articles of other outlets (BASIL, PTC). A setting opened by a
preposition before its "that" ("said at the time that …", "noted in weekly updates Wednesday that …", "saying for
instance that …") is the writer's, not what was said, unless the noun before the "that" has a clause of its own
("bristled at the suggestion that …"); a "that" before one word that ends the sentence is a demonstrative, part
of the object ("has dismissed that option."); "a person briefed on the matter said" takes "said" as its cue, not
"briefed"."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a setting opened by a preposition: the content starts after its "that"
        (
            "Ms. Okafor noted in her weekly radio updates Friday that the ferry had not been sold.",
            [("noted", "the ferry had not been sold.")],
        ),
        ("The council said at the time that it would study the levy.", [("said", "it would study the levy.")]),
        ("Mr. Lund said during the town meeting that the bridge would close.", [("said", "the bridge would close.")]),
        ("The port authority has said for months that its cranes are safe.", [("has said", "its cranes are safe.")]),
        (
            "The mayor defended the budget, saying for instance that the fee is merely a charge.",
            [("defended", "the budget"), ("saying", "the fee is merely a charge.")],
        ),
        # unchanged: the noun before "that" has a clause of its own, or a relative's verb follows it
        (
            "Ms. Okafor bristled at the suggestion that she had sold the ferry.",
            [("bristled", "at the suggestion that she had sold the ferry.")],
        ),
        ("Mr. Lund spoke at a rally that drew thousands.", []),
        ("Mr. Lund complained at a meeting that ran late.", [("complained", "at a meeting that ran late.")]),
    ],
)
def test_a_prepositional_setting_before_that(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonstrative "that" before one word and the sentence's end: part of the object
        ("Governor Ruiz has dismissed that option.", [("has dismissed", "that option.")]),
        ("The harbor board rejected that idea.", [("rejected", "that idea.")]),
        # unchanged: a clause after "that", a pronoun, an adverb or a comma
        ("The harbor board said that prices rose.", [("said", "prices rose.")]),
        (
            "Ms. Okafor stressed that she, too, liked the ferry.",
            [("stressed", "she, too, liked the ferry.")],
        ),
        (
            "Port officials have said that locally, the risk is small.",
            [("have said", "locally, the risk is small.")],
        ),
    ],
)
def test_a_demonstrative_that_after_a_cue(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A person briefed on the inquiry said the ferry had been sold.",
            [("said", "A person briefed on the inquiry", "anonymous")],
        ),
        # unchanged: the plural form had its tail already
        (
            "Two people briefed on the inquiry said the ferry had been sold.",
            [("said", "Two people briefed on the inquiry", "anonymous")],
        ),
    ],
)
def test_a_person_briefed_on_the_matter(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "kind") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role opening the sentence and its appositive, both with a determiner: one subject
        (
            "The harbor master, the port's senior officer, declined to comment.",
            [("declined to comment", "The harbor master, the port's senior officer", "")],
        ),
        (
            "A spokesman for Senator Ana Ruiz, the Democrat leading the inquiry, said the ferry was sold.",
            [("said", "A spokesman for Senator Ana Ruiz, the Democrat leading the inquiry", "the ferry was sold.")],
        ),
        # unchanged: a name before its appositive, and a clause before the tag
        (
            "Tom Reed, the port's budget chief, has denied any part in the sale.",
            [("has denied", "Tom Reed, the port's budget chief", "any part in the sale.")],
        ),
        (
            "The ferry is sold, the harbor master said.",
            [("said", "the harbor master", "The ferry is sold,")],
        ),
    ],
)
def test_a_role_and_its_appositive_before_the_cue(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund cue after "by" and a cue of its own: that cue's source, not the opening clause's subject
        (
            "While Ms. Lund has praised the budget, Mr. Osei has responded by noting that it cuts the ferry.",
            [("has praised", "Ms. Lund"), ("has responded", "Mr. Osei"), ("noting", "Mr. Osei")],
        ),
        # a participle after a main clause that an opening "as" aside precedes: the main clause's subject
        (
            "As the Gazette reported on Monday, several harbor pilots have met the plan with shrugs, noting that"
            " such sales are common.",
            [("reported", "the Gazette"), ("noting", "several harbor pilots")],
        ),
        # unchanged: a governing verb that is no cue leaves the sentence's subject
        ("Mr. Osei hit back by accusing the board of waste.", [("hit back", "Mr. Osei"), ("accusing", "Mr. Osei")]),
    ],
)
def test_a_participle_after_by_or_an_as_aside(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected
