"""An aside between a pair of long dashes inside what a source says (issue 12, helper round c36), in sentences of
our own, with either sourcing method. Before the round the first dash ended the content: "Lo said the levy — a tax
on every harbour berth — would surely fail" left "surely" the writer's, and "Lo said that — in her view — …" had no
content at all. The content now runs over the pair when the clause goes on after it, and the aside itself, the
writer's gloss, stays the writer's."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "Ruiz said the levy — a tax on every harbour berth — would surely fail.",
            "the levy — a tax on every harbour berth — would surely fail.",
            [("surely", "reported")],
        ),
        # the pair right after "that": the clause after it is what was said
        (
            "Ruiz argued that — in her view — the levy would probably fail.",
            "— in her view — the levy would probably fail.",
            [("would probably", "reported")],
        ),
        # en dashes, and "and" going on with the clause after the closing one
        (
            "The mayor said the ferry – a costly one – and two new piers would surely open soon.",
            "the ferry – a costly one – and two new piers would surely open soon.",
            [("surely", "reported")],
        ),
    ],
)
def test_the_content_runs_over_an_aside_between_dashes(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert [a[2] for a in attributions] == [content]
    assert found == voices


def test_the_aside_itself_stays_the_writers(sourcing_analyzer: Analyzer) -> None:
    attributions, voices = attributions_and_voices(
        sourcing_analyzer, "Ruiz said the levy — presumably her own idea — would surely fail."
    )
    assert [a[2] for a in attributions] == ["the levy — presumably her own idea — would surely fail."]
    assert voices == [("presumably", "author"), ("surely", "reported")]


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        # a clause of its own after the closing dash: the writer's
        (
            "Ruiz said the levy would fail — a fear shared by many — while the port will surely grow.",
            "the levy would fail",
            [("surely", "author")],
        ),
        # the clause before the pair has its verb: the verb after it is the main clause's, the writer's
        (
            "Voters who think the levy will pass — about a third of them — were surely wrong.",
            "the levy will pass",
            [("think", "author"), ("surely", "author")],
        ),
        # "and" with a new subject after the closing dash
        (
            "Ruiz praised the ferry deal — a costly one — and some critics will surely object.",
            "the ferry deal",
            [("surely", "author")],
        ),
    ],
)
def test_the_pair_keeps_its_limits(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert [a[2] for a in attributions][:1] == [content]
    assert found == voices


def test_an_attribution_inside_the_pair_ends_the_content_before_it(sourcing_analyzer: Analyzer) -> None:
    """ "— as Lo noted on Monday — will …": the aside is an attribution of its own, and the clause after it the
    writer's main clause."""
    attributions, voices = attributions_and_voices(
        sourcing_analyzer, "The levy — as Lo noted on Monday — will surely fail."
    )
    assert voices == [("surely", "author")]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "Lo said she had no time to read the bill (seriously?) and that she would surely vote for it.",
            [("?", "author"), ("surely", "reported")],
        ),
        # inside quotation marks the bracket is the speaker's
        (
            '"I had no time to read it (seriously?) and I will surely vote for it," Lo said.',
            [("?", "quoted"), ("surely", "quoted")],
        ),
    ],
)
def test_a_bracketed_question_inside_a_content_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text)[1] == voices
