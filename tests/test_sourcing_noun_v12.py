"""The source phrase of a noun cue (issue 12, helper round v12), in sentences of our own: the exact source span,
kind and content of each attribution and the voice of each matched word, with the rules. A noun of saying or
thinking ("allegation that", "speculation that", "concern that") is held by its possessor or by the subject of a
verb that voices it ("made the allegation that"), else by nobody named; before the round the phrase
read back from the noun could be a participle opening the sentence ("Batting down"), an adverbial or a verb."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the possessor holds the accusation; the verdict after the subject is the writer's
        (
            "Mr. Halloran's allegation that the board had hidden the audit is absurd.",
            [("allegation", "Mr. Halloran's", "named", "the board had hidden the audit")],
            [("allegation", "author"), ("absurd", "author")],
        ),
        # a possessive pronoun past a modifier: "her repeated insistence"
        (
            "The mayor kept her repeated insistence that the levy was a disgrace.",
            [("insistence", "her", "named", "the levy was a disgrace.")],
            [("disgrace", "reported")],
        ),
        # the subject of a verb that voices the statement
        (
            "Councillor Okafor made the allegation that the port authority lied about the dredging.",
            [("allegation", "Councillor Okafor", "named", "the port authority lied about the dredging.")],
            [("allegation", "author"), ("lied", "reported")],
        ),
        # a clause-initial participle is no source: the allegations are nobody's named, vague
        (
            "Batting down allegations that the mayor had lied, the commission said the inquiry was over.",
            [
                ("allegations", "", "vague", "the mayor had lied"),
                ("said", "the commission", "named", "the inquiry was over."),
            ],
            [("allegations", "author"), ("lied", "reported")],
        ),
        # stirring up speculation is not holding it: no source
        (
            "The leak fuelled speculation that the minister might resign.",
            [("speculation", "", "vague", "the minister might resign.")],
            [("speculation", "author"), ("might", "reported")],
        ),
        # an earlier subject, and one that can speak, holds them ("many voters harbor suspicions")
        (
            "Many voters harbor suspicions that the count was rigged.",
            [("suspicions", "Many voters", "vague", "the count was rigged.")],
            [("suspicions", "author"), ("rigged", "reported")],
        ),
        # a subject that can speak raises a concern and holds it; an inanimate one holds none
        (
            "Senator Lund also raised the concern that the dam could fail.",
            [("concern", "Senator Lund", "named", "the dam could fail.")],
            [("could", "reported")],
        ),
        (
            "The collapse raised the concern that the dam could fail.",
            [("concern", "", "vague", "the dam could fail.")],
            [("could", "reported")],
        ),
        # a relative "that" before a voicing verb with no object opens no clause of the source's
        (
            "The allegations that the rivals made were absurd.",
            [],
            [("allegations", "author"), ("absurd", "author")],
        ),
    ],
)
def test_a_noun_cue_reads_its_holder_or_none(
    analyzer: Analyzer,
    text: str,
    attributions: list[tuple[str, str, str, str]],
    voices: list[tuple[str, str]],
) -> None:
    assert attributions_with_kinds_and_voices(analyzer, text) == (attributions, voices)
