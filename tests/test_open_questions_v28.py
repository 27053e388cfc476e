"""An open question that people debate, dispute, decide, waver on or wonder about (issue 12, helper round v28), in
sentences of our own, with either sourcing method. Before the round "whether" after such a noun or verb and its
preposition ("at odds over whether", "a decision on whether", "hedged on whether") was no content of ours, so the
question stayed in the writer's voice, and a cue followed by "on whether" took an opening phrase ("On Monday,") for
what was said. The question is now what its holders weigh; the writer's own "the question of whether" stays hers."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attribution", "voices"),
    [
        # a state of disagreement before "over whether"
        (
            "Lawmakers remain at odds over whether the levy could pass.",
            ("at odds", "Lawmakers", "over whether the levy could pass."),
            [("whether", "reported"), ("could", "reported")],
        ),
        # a noun after a voicing verb: its subject holds the question
        (
            "Reporters raised questions about whether the mayor had lied.",
            ("questions", "Reporters", "about whether the mayor had lied."),
            [("whether", "reported"), ("lied", "reported")],
        ),
        (
            "Ruiz has not made a decision on whether the pier might reopen.",
            ("decision", "Ruiz", "on whether the pier might reopen."),
            [("whether", "reported"), ("might", "reported")],
        ),
        # "the question" that someone dodges is no issue of the writer's
        (
            "Ruiz tried to dodge the question of whether she could run again.",
            ("question", "", "of whether she could run again."),
            [("whether", "reported"), ("could", "reported")],
        ),
        # a verb of wavering, with "as to"
        (
            "Ruiz has waffled as to whether she could back the levy.",
            ("has waffled", "Ruiz", "as to whether she could back the levy."),
            [("whether", "reported"), ("could", "reported")],
        ),
        # weighing it, pressing someone on it, and "be" with an adverb before the participle
        (
            "Some donors contemplate whether the levy might pass.",
            ("contemplate", "Some donors", "whether the levy might pass."),
            [("whether", "reported"), ("might", "reported")],
        ),
        (
            "Lo tried to press Ruiz on whether she could win.",
            ("press", "Lo", "Ruiz on whether she could win."),
            [("whether", "reported"), ("could", "reported")],
        ),
        (
            "The board is still debating whether the merger might work.",
            ("is still debating", "The board", "whether the merger might work."),
            [("whether", "reported"), ("might", "reported")],
        ),
        # wondering, and the bare "ask" before the question it puts
        (
            "Many residents are wondering if the ferry will ever return.",
            ("are wondering", "Many residents", "if the ferry will ever return."),
            [("if", "reported")],
        ),
        (
            "Residents may now ask whether the levy was rigged.",
            ("may now ask", "Residents", "whether the levy was rigged."),
            [("whether", "reported"), ("rigged", "reported")],
        ),
    ],
)
def test_an_open_question_is_its_holders(
    sourcing_analyzer: Analyzer, text: str, attribution: tuple[str, str, str], voices: list[tuple[str, str]]
) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert attributions == [attribution]
    assert [v for v in found if v[0] in dict(voices)] == voices


def test_an_opening_phrase_is_no_content_before_on_whether(sourcing_analyzer: Analyzer) -> None:
    # before the round the content was "On Monday,": "on whether" was read as a circumstance of the cue
    attributions, voices = attributions_and_voices(
        sourcing_analyzer, "On Monday, Ruiz hedged on whether she could run again."
    )
    assert attributions == [("hedged", "Ruiz", "on whether she could run again.")]
    assert voices == [("whether", "reported"), ("could", "reported")]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # no open question after the noun or verb: nothing is reported
        ("The debate is on Tuesday, and the port could close.", [("could", "author")]),
        ("The council made a decision to close the pier, which could hurt the town.", [("could", "author")]),
        ("Ask for the menu before the port could close.", [("could", "author")]),
        # "the question of whether" names the issue the writer takes up
        (
            "The question of whether the levy is fair could decide the race.",
            [("whether", "author"), ("could", "author")],
        ),
    ],
)
def test_no_open_question_held_by_anyone(sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert attributions == []
    assert found == voices
