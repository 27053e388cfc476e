"""A cue word inside another attribution's content (issue 12, helper round c34), in sentences of our own, with
either sourcing method. A transcript speaker's "I", "we" or "you" is the speaker talking anywhere in the turn, not
only as its first word: before the round "OKAFOR: Honestly, I mean, I just believe …" left "believe" the
writer's. Other nested cues stay the writer's: round c34 read the PolNeAR dev matches on them and found most to be
the writer's own clause inside a content that runs on ("praised the plan, which she believes …")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # past a turn's opening words
        ("OKAFOR: Honestly, I mean, I just believe the port will close.", [("believe", "reported")]),
        # after a first clause of the turn
        (
            "LUND: And of course, you back the levy, but I think the council will fail.",
            [("of course", "reported"), ("think", "reported")],
        ),
        ("LUND: The levy is fair, and we believe it will pass.", [("believe", "reported")]),
    ],
)
def test_a_speakers_i_anywhere_in_the_turn_is_the_speakers(
    sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text)[1] == voices


def test_the_writers_paragraph_after_a_turn_is_the_writers(sourcing_analyzer: Analyzer) -> None:
    """The turn ends with its paragraph: a later "I think" is the writer's own."""
    text = "LUND: The port is open.\n\nOf course, I think the council will fail."
    assert attributions_and_voices(sourcing_analyzer, text)[1] == [("Of course", "author"), ("think", "author")]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # the same source's second verb after a comma: the writer's word for a second speech act
        (
            "The mayor said the vote had been close, and later suggested that a recount was likely.",
            [("suggested", "author"), ("likely", "reported")],
        ),
        # the writer's relative clause about the source, inside the content of a stance verb
        (
            "Ms. Ruiz praised the harbour plan, which she believes will bring jobs to the town.",
            [("believes", "author")],
        ),
        # the writer's clause about other people, inside a content that runs on past "even as"
        (
            "Ms. Ruiz defended the levy, even as farmers who believe it is unfair staged protests.",
            [("believe", "author")],
        ),
    ],
)
def test_a_cue_inside_another_content_stays_the_writers(
    sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text)[1] == voices
