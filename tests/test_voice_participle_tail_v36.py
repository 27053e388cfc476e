"""A cue's object followed by a comma and a participle (issue 12, helper round v36), in texts of our own, with either
sourcing method.

"The mayor opposed the levy, believing it would …": the participle's subject is the clause's, the mayor, so what
follows the comma is the writer's account of what the mayor did, not part of what was opposed. The content ran on to
the sentence's end, and the matches in the participle's clause were reported. It now ends at the comma when the
content is an object (no clause of its own), outside a quotation, and the -ing word is the source's act: not a
preposition or a word that describes the object ("including", "ranging"), not a list of adjectives ("a kind, loving
and …") or of the object's gerunds ("supported closing …, cutting …"), and not after a cue that takes a bare clause
("say", "believe").
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "The mayor opposed the ferry levy, believing it would probably hurt the island.",
            "the ferry levy",
            [("believing", "author"), ("would probably", "author")],
        ),
        (
            "The governor praised the rescue crews, touring the flooded town, where the damage was clearly worse.",
            "the rescue crews",
            [("clearly", "author")],
        ),
    ],
)
def test_the_participle_after_an_object_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",))
    assert attributions[0] == (content,)
    assert matched == voices


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a preposition in -ing: the object goes on
        (
            "The council praised the bridge plan, including its possibly costly tolls.",
            "the bridge plan, including its possibly costly tolls.",
        ),
        # a list of adjectives
        ("Ruiz called him a kind, loving and perhaps reckless man.", "a kind, loving and perhaps reckless man."),
        # a list of the object's gerunds
        (
            "The board supported closing the depot, cutting the routes and raising fares.",
            "closing the depot, cutting the routes and raising fares.",
        ),
        # a cue that takes a bare clause: the participle may be that clause's
        (
            "Aides say the mayor also meets farmers each week, hearing their possibly unfounded fears.",
            "the mayor also meets farmers each week, hearing their possibly unfounded fears.",
        ),
    ],
)
def test_the_content_goes_on_past_other_commas(sourcing_analyzer: Analyzer, text: str, content: str) -> None:
    attributions, _ = fields_and_voices(sourcing_analyzer, text, ("content",))
    assert attributions[0] == (content,)
