"""A content before a trailing tag that a dash or a semicolon follows (issue 12, helper round c35), in sentences of
our own, with either sourcing method. Before the round the tag took what followed the mark as its content: "The
levy could fail, its backers believe — backers the mayor will need" left "could" the writer's and credited the
backers with the writer's words after the dash. A dash now closes what the tag's source said; a semicolon, which may
go on with the source's account, leaves both sides reported."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "The levy could fail, its backers believe — backers the mayor will clearly need in May.",
            [("could", "reported"), ("believe", "author"), ("clearly", "author")],
        ),
        (
            "The port could close, Ruiz said - and the union will obviously fight it.",
            [("could", "reported"), ("obviously", "author")],
        ),
        # the dash that opens an aside around the tag starts what was said: "whether" is the writer's
        (
            "The question is not whether she quits — that will likely not happen, her aides believe — but how she leaves.",
            [("whether", "author"), ("likely", "reported"), ("believe", "author")],
        ),
    ],
)
def test_a_dash_after_the_tag_closes_what_was_said(
    sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text)[1] == voices


def test_a_semicolon_after_the_tag_leaves_both_sides_reported(sourcing_analyzer: Analyzer) -> None:
    attributions, voices = attributions_and_voices(
        sourcing_analyzer, "Turnout could fall, pollsters say; in 2019, it rose."
    )
    assert attributions == [("say", "pollsters", "Turnout could fall, pollsters say; in 2019, it rose.")]
    assert voices == [("could", "reported")]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # a dash before "especially" goes on with what she said
        (
            "The port could close, Ruiz said — especially if the strike goes on.",
            [("could", "reported"), ("if", "reported")],
        ),
        # a quotation before the tag stays the content; the writer's comment after the dash stays the writer's
        (
            '"The port could close," Ruiz said — a claim the union clearly disputes.',
            [("could", "quoted"), ("clearly", "author")],
        ),
    ],
)
def test_the_dash_rule_keeps_its_limits(sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]) -> None:
    assert attributions_and_voices(sourcing_analyzer, text)[1] == voices
