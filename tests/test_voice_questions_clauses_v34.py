"""Three constructions of reported speech whose words went to the writer (issue 12, helper round v34), in texts of our
own, with either sourcing method.

1. A cue entry that ends in "whether" or "if" ("to question whether", "to wonder if") kept that word in the cue, so
   the question its holders put started after it and the "whether" or "if" (a hedging match) was the writer's word.
   The word now opens the content, as after "questioned" or "asked".
2. A second "that" clause of one report after a dash or ", but" ("said the plan failed — and that …", "warned that
   …, but that …", "did not say …, only that …") ended the content at the mark, so the second clause was the
   writer's. It now runs on; a demonstrative "that" ("…, but that could change") still ends it.
3. A portrayal of someone as a kind ("critics describe her as aloof", "framed the levy as a tax", "paints the mayor
   as a crook") had no cue, as "portrayed" and "cast … as" have: the view was the writer's. The verbs are cues
   before their "as" only; their other senses ("framed the clerk", "was present as a guest") are not.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "found", "voices"),
    [
        # 1: the question's "whether"/"if" opens its content
        (
            "The missing pages led two auditors to question whether the accounts might be wrong.",
            [("question", "two auditors", "whether the accounts might be wrong.")],
            [("whether", "reported"), ("might", "reported")],
        ),
        (
            "The long delay has caused many to wonder if the ferry will ever sail again.",
            [("wonder", "many", "if the ferry will ever sail again.")],
            [("if", "reported"), ("if the ferry will", "reported")],
        ),
        # 3: a portrayal as a kind
        (
            "Critics describe the mayor as aloof and arrogant.",
            [("describe", "Critics", "the mayor as aloof and arrogant.")],
            [("arrogant", "reported")],
        ),
        (
            "The guild has framed the levy as a disaster for the harbor.",
            [("has framed", "The guild", "the levy as a disaster for the harbor.")],
            [("disaster", "reported")],
        ),
        (
            "Her rival paints the mayor as a corrupt crook.",
            [("paints", "Her rival", "the mayor as a corrupt crook.")],
            [("corrupt", "reported"), ("crook", "reported")],
        ),
        # other senses of the verbs, and "as" opening a clause: no cue, the words stay the writer's
        ("The police framed the clerk, and the scandal was a disaster.", [], [("disaster", "author")]),
        ("The mayor was present as a guest at the disaster drill.", [], [("disaster", "author")]),
        ("The speech framed the choice facing voters as they face a disaster.", [], [("disaster", "author")]),
    ],
)
def test_the_holders_words_are_reported(
    sourcing_analyzer: Analyzer, text: str, found: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "source", "content"))
    assert attributions == found
    assert [v for v in matched if v[0] in dict(voices)] == voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "The harbor master warned that the levy was a burden, but that the guild might still accept it.",
            "the levy was a burden, but that the guild might still accept it.",
            [("might", "reported")],
        ),
        (
            "The harbor master said the levy was unfair — and that the guild might strike.",
            "the levy was unfair — and that the guild might strike.",
            [("might", "reported")],
        ),
        (
            "The harbor master did not say the levy should go — only that Lo could perhaps soften it.",
            "the levy should go — only that Lo could perhaps soften it.",
            [("perhaps", "reported")],
        ),
        # a demonstrative "that" opens the writer's own clause: the content still ends at the comma
        (
            "The harbor master said the levy was fair, but that could probably change.",
            "the levy was fair",
            [("probably", "author")],
        ),
    ],
)
def test_a_second_that_clause_goes_on_with_the_report(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"hedging"})
    assert attributions == [(content,)]
    assert [v for v in matched if v[0] in dict(voices)] == voices
