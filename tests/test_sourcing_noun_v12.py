"""The source phrase of a noun cue (issue 12, helper round v12), in sentences of our own: the exact source span,
kind and content of each attribution and the voice of each matched word, with the rules. A noun of saying or
thinking ("accusation that", "speculation that", "questions about whether") is held by its possessor or by the
subject of a verb that voices it ("made the accusation that"), else by nobody named; before the round the phrase
read back from the noun could be a participle opening the sentence ("Batting down"), an adverbial or a verb."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer


def _read(analyzer: Analyzer, text: str) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    """(cue, source, kind, content) of each attribution, and (word, voice) of each non-sourcing match."""
    result = analyzer.analyze(text, split_title=False)
    evidence = sorted(result.evidence, key=lambda e: e.start)
    return [(a["cue"], a["source"], a["kind"], a["content"]) for a in result.attributions], [
        (e.text, e.voice) for e in evidence if e.signal not in analyzer.sourcing_signals
    ]


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the possessor holds the accusation; the verdict after the subject is the writer's
        (
            "Mr. Halloran's accusation that the board had hidden the audit is absurd.",
            [("accusation that", "Mr. Halloran's", "named", "the board had hidden the audit")],
            [("absurd", "author")],
        ),
        # a possessive pronoun past a modifier: "her repeated insistence"
        (
            "The mayor kept her repeated insistence that the levy was a disgrace.",
            [("insistence that", "her", "named", "the levy was a disgrace.")],
            [("disgrace", "reported")],
        ),
        # the subject of a verb that voices the statement
        (
            "Councillor Okafor made the accusation that the port authority lied about the dredging.",
            [("accusation that", "Councillor Okafor", "named", "the port authority lied about the dredging.")],
            [("lied", "reported")],
        ),
        # a clause-initial participle is no source: the allegations are nobody's named, vague
        (
            "Batting down allegations that the mayor had lied, the commission said the inquiry was over.",
            [
                ("allegations that", "", "vague", "the mayor had lied"),
                ("said", "the commission", "named", "the inquiry was over."),
            ],
            [("allegations", "author"), ("lied", "reported")],
        ),
        # stirring up speculation is not holding it: no source
        (
            "The leak fuelled speculation that the minister might resign.",
            [("speculation that", "", "vague", "the minister might resign.")],
            [("speculation", "author"), ("might", "reported")],
        ),
        # an earlier subject, and one that can speak, holds them ("many voters harbor suspicions")
        (
            "Many voters harbor suspicions that the count was rigged.",
            [("suspicions that", "Many voters", "vague", "the count was rigged.")],
            [("suspicions", "author"), ("rigged", "reported")],
        ),
        # an inanimate subject raises questions but asks none
        (
            "The collapse raised new questions about whether the harbour plan could survive.",
            [("questions about", "", "vague", "whether the harbour plan could survive.")],
            [("whether", "reported"), ("could", "reported")],
        ),
    ],
)
def test_a_noun_cue_reads_its_holder_or_none(
    analyzer: Analyzer,
    text: str,
    attributions: list[tuple[str, str, str, str]],
    voices: list[tuple[str, str]],
) -> None:
    assert _read(analyzer, text) == (attributions, voices)
