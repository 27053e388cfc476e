"""Verbs that attribute a stance or an evaluation to their subject (issue 12, helper round v14), in sentences of our
own: the exact cue, source, kind and content of each attribution and the voice of each matched word, with the
rules. "came out against" and "stood by" credit their subject with a position as "said" credits a statement, and
"portraying … as" with a portrayal; they count only when that subject can hold one (`source = "holder"`): a name, a pronoun,
a person, group or collective noun. Before the round none of these sentences had an attribution."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds, attributions_with_kinds_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a stance taken in public by a named person
        (
            "Senator Okafor came out against the pipeline expansion on Tuesday.",
            [("came out against", "Senator Okafor", "named", "the pipeline expansion on Tuesday.")],
            [],
        ),
        # the same by a group of people: vague, as "Democrats said" is
        (
            "Many rural Democrats have come out in support of the water levy.",
            [("have come out in support of", "Many rural Democrats", "vague", "the water levy.")],
            [],
        ),
        # a statement of one's own kept to, after a pronoun
        (
            "She stood by her remarks about the harbor contract.",
            [("stood by", "She", "named", "her remarks about the harbor contract.")],
            [],
        ),
        # a person named by a noun for people ("the mayor") holds a position too
        (
            "The mayor stood by her decision to close the pier.",
            [("stood by", "The mayor", "named", "her decision to close the pier.")],
            [],
        ),
        # a portrayal after a comma is the subject's, beside the verb before it; the loaded word inside it is the mayor's, not ours
        # ("smear" is loaded language and, since round q19, doubt too: both matches reported)
        (
            "The mayor attacked the audit, portraying it as a reckless smear.",
            [
                ("attacked", "The mayor", "named", "the audit"),
                ("portraying", "The mayor", "named", "it as a reckless smear."),
            ],
            [("reckless", "reported"), ("smear", "reported"), ("smear", "reported")],
        ),
    ],
)
def test_a_stance_verb_credits_its_subject(
    analyzer: Analyzer,
    text: str,
    attributions: list[tuple[str, str, str, str]],
    voices: list[tuple[str, str]],
) -> None:
    assert attributions_with_kinds_and_voices(analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions"),
    [
        # a thing as subject holds no position: no cue
        ("The new zoning plan came out against all odds.", []),
        ("It stands by the river.", []),
        # "stood by" as a place or a wait, not before what the subject said or decided
        ("The guards stood by the gate all night.", []),
        # a participle after a noun describes the thing
        ("Protesters carried banners portraying the senator as a clown.", []),
        # plain actions stay out
        ("The governor signed the bill and met the farmers.", []),
    ],
)
def test_no_stance_without_a_holder(
    analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str, str]]
) -> None:
    assert attributions_with_kinds(analyzer, text) == attributions
