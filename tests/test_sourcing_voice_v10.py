"""What a colon opens runs on past its sentence (issue 12, helper round v10), in sentences of our own: the
exact content of each attribution and the voice of each matched word, with either sourcing method. Before the
round a transcript turn's later sentences on the same line ("LUND: … I believe the council has betrayed us.")
and the paragraph after "the mayor said:" were the writer's: the speaker's words were in the author's voice."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # every sentence of the line is the speaker's, and so is her "I believe"
        (
            "LUND: I think the harbour plan is reckless. I believe the council has betrayed us. It is a disgrace.",
            [
                (":", "LUND", "I think the harbour plan is reckless."),
                ("think", "I", "the harbour plan is reckless."),
                ("", "LUND", "I believe the council has betrayed us."),
                ("believe", "I", "the council has betrayed us."),
                ("", "LUND", "It is a disgrace."),
            ],
            [
                ("think", "reported"),
                ("reckless", "reported"),
                ("believe", "reported"),
                ("betrayed", "reported"),
                ("disgrace", "reported"),
            ],
        ),
        # an opening "Well," does not end the turn at her "I think"
        (
            "LUND: Well, I think the levy is a disgrace.",
            [(":", "LUND", "Well, I think the levy is a disgrace."), ("think", "I", "the levy is a disgrace.")],
            [("think", "reported"), ("disgrace", "reported")],
        ),
    ],
)
def test_a_transcript_turn_runs_to_the_end_of_its_line(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the next paragraph is the writer's again
        (
            "LUND: The levy is a disgrace.\n\nThe vote was reckless.",
            [(":", "LUND", "The levy is a disgrace.")],
            [("disgrace", "reported"), ("reckless", "author")],
        ),
        # a headline's colon opens no turn: its speaker is not written in capitals
        (
            "Ana Lund: The Harbour Will Close. The vote was reckless.",
            [(":", "Ana Lund", "The Harbour Will Close.")],
            [("reckless", "author")],
        ),
    ],
)
def test_a_turn_ends_with_its_line(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


def test_the_next_speaker_takes_the_line_over(sourcing_analyzer: Analyzer) -> None:
    text = "LUND: The levy is a disgrace. ROE: I doubt it is reckless."
    assert attributions_and_voices(sourcing_analyzer, text) == (
        [(":", "LUND", "The levy is a disgrace."), (":", "ROE", "I doubt it is reckless.")],
        [("disgrace", "reported"), ("doubt", "reported"), ("reckless", "reported")],
    )


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the cue's opening phrase is the writer's; the paragraph after the colon is what was said: its first
        # sentence the cue's own content (c52), listed once (d9), each later one carried
        (
            "In a speech on Monday, the mayor said:\n\nThe levy is a disgrace. It will surely fail.\n\n"
            "The vote was reckless.",
            [
                ("said:", "the mayor", "The levy is a disgrace."),
                ("", "the mayor", "It will surely fail."),
            ],
            [("disgrace", "reported"), ("surely", "reported"), ("reckless", "author")],
        ),
        (
            "Lund argued that:\n\nThe harbour plan is reckless.",
            [("argued", "Lund", "The harbour plan is reckless.")],
            [("reckless", "reported")],
        ),
        # a bracketed note after the block is the writer's
        (
            "The auditors stated:\n\nThe levy is a disgrace. [Our italics, a disgrace.]\n\nThe vote was reckless.",
            [("stated:", "The auditors", "The levy is a disgrace.")],
            [("disgrace", "reported"), ("disgrace", "author"), ("reckless", "author")],
        ),
    ],
)
def test_a_cue_before_a_closing_colon_introduces_the_next_paragraph(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


def test_a_colon_inside_its_line_opens_no_block(sourcing_analyzer: Analyzer) -> None:
    text = "The mayor said: the levy is a disgrace.\n\nThe vote was reckless."
    assert attributions_and_voices(sourcing_analyzer, text) == (
        [("said:", "The mayor", "the levy is a disgrace.")],
        [("disgrace", "reported"), ("reckless", "author")],
    )
