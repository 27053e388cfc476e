"""A statement or a question named by its noun (issue 12, helper round v11), in sentences of our own: the exact
content of each attribution and the voice of each matched word, with either sourcing method. Before the round
the clause after "Lund's allegation that" or "speculation that" was the writer's,
and the clause after a subject's "claim that" ran on into the writer's verdict on it ("… is absurd")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the noun's clause is the source's; the verdict after the subject is the writer's
        (
            "The mayor's claim that the levy is failing is false.",
            [("claim", "The mayor's", "the levy is failing")],
            [("false", "author")],
        ),
        # after "was that" the clause is the rest of the sentence
        (
            "Her contention was that the levy is a disgrace.",
            [("contention was", "Her", "the levy is a disgrace.")],
            [("disgrace", "reported")],
        ),
        # nobody named: the speculation is still others', not the writer's
        (
            "The council met amid speculation that the mayor might resign.",
            [("speculation", "", "the mayor might resign.")],
            [("speculation", "author"), ("might", "reported")],
        ),
    ],
)
def test_a_noun_of_saying_credits_its_clause(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


def test_an_allegation_as_the_subject_credits_its_clause_alone(analyzer: Analyzer) -> None:
    # the rules (the default); the trained labeller, a model of its own, does not take this cue in this sentence
    assert attributions_and_voices(
        analyzer, "Lund's allegation that the council lied about the harbour is absurd."
    ) == (
        [("allegation", "Lund's", "the council lied about the harbour")],
        [("allegation", "author"), ("lied", "reported"), ("absurd", "author")],
    )


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a relative "that" (a verb or a participle right after it) opens no clause of the source's
        (
            "The allegations that were made against the council are absurd.",
            [],
            [("allegations", "author"), ("absurd", "author")],
        ),
    ],
)
def test_a_noun_without_a_clause_credits_nothing(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)
