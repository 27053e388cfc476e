"""A content inside a clause of the sentence's subject ends where the sentence's main verb comes back (issue 12,
helper round c33), in sentences of our own: the exact content of each attribution and the voice of each matched
word, with either sourcing method. Before the round the content ran on into the writer's own predicate when the
clause picks out its subject ("Voters who believe …, are"), when a quotation closes the clause (',” clearly'),
or when the source phrase read back holds the clause's pronoun ("Lund, who has for years described …"): the
writer's "unlikely" and "clearly" were reported. And
"according to" set off between a subject and its verb ("The levy, according to two aides, would …") credited
the aides with the subject alone: their "would likely" was the writer's."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a clause that picks out its subject closes at the comma before the main verb
        (
            "Voters in the harbour towns who believe the levy is a scam, are unlikely to back the council.",
            [("believe", "who", "the levy is a scam")],
            [("believe", "author"), ("scam", "reported"), ("unlikely", "author")],
        ),
        # a quotation closed by the clause's comma: its closing mark stays in the content
        (
            "Lund, who described the plan as “a scam,” clearly wanted the council to drop it.",
            [("described", "who", "the plan as “a scam,”")],
            [("scam", "quoted"), ("clearly", "author")],
        ),
    ],
)
def test_a_subject_clause_content_ends_before_the_main_verb(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


def test_a_source_read_back_past_its_pronoun_still_closes_the_clause(sourcing_analyzer: Analyzer) -> None:
    """ "Lund, who has for years described …": the pronoun sits inside the source phrase read back."""
    text = "Lund, who has for years described the levy as “a scam,” clearly wanted the council to drop it."
    [attribution] = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert attribution["content"] == "the levy as “a scam,”"
    assert attributions_and_voices(sourcing_analyzer, text)[1] == [("scam", "quoted"), ("clearly", "author")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause closed before its cue: the cue is the main verb, and what it says runs on past its comma
        (
            "Lund, who placed second in the vote, said she will decide by June, and if she runs she may win.",
            "she will decide by June, and if she runs she may win.",
        ),
        # a clause read past in the source phrase closes only before a main verb: "and" goes on with what was said
        (
            "It echoes Lund’s, who last week said the harbour is a gift, and the town should use it.",
            "the harbour is a gift, and the town should use it.",
        ),
    ],
)
def test_what_a_cue_says_runs_on_where_no_main_verb_closes_its_clause(
    sourcing_analyzer: Analyzer, text: str, content: str
) -> None:
    [attribution] = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert attribution["content"] == content


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # "according to" between a subject and its verb: the clause on both sides is the aides'
        (
            "The levy, according to two aides, would likely cut rents.",
            [("according to", "two aides", "The levy, according to two aides, would likely cut rents.")],
            [("would likely", "reported")],
        ),
        # after a whole clause the aside closes what they said: the writer goes on
        (
            "The levy would cut rents, according to two aides, and the council may vote on it.",
            [("according to", "two aides", "The levy would cut rents,")],
            [("may", "author")],
        ),
        # inside a bracket's relative clause the sentence's start is not the legend's
        (
            "The harbour (named after a sailor who, according to legend, drowned there) is likely to close.",
            [("according to", "legend", "The harbour (named after a sailor who,")],
            [("likely", "author")],
        ),
    ],
)
def test_an_according_to_aside_inside_a_clause_credits_the_clause(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)
