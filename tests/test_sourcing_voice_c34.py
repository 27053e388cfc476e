"""A cue word that lies inside another attribution's content stays the writer's unless what was said holds its
clause (issue 12, helper round c34), in sentences of our own, with either sourcing method. Round c34 read the PolNeAR
dev matches on such a nested cue: most of them are the writer's own words, a second verb of the same source ("said …
and suggested") or the writer's clause about someone inside a content that runs on ("praised the plan, which she
believes …"), so a nested cue does not take the voice of the content it sits in; one whose subject stands inside
what a speech verb reports still does ("Lo said Ruiz believes …")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # the same source's second verb: the writer's word for a second speech act
        (
            "Ms. Ruiz said the levy was fair and suggested that it might rise next year.",
            [("suggested", "author"), ("might", "reported")],
        ),
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


def test_a_cue_whose_subject_a_speech_verb_reports_is_the_speakers(sourcing_analyzer: Analyzer) -> None:
    """What Lo said holds Ruiz's belief: "believes" is Lo's word, not the writer's."""
    text = "Mr. Lo said Ms. Ruiz believes the levy will fail."
    assert attributions_and_voices(sourcing_analyzer, text)[1] == [("believes", "reported")]
