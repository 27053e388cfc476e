"""Round v37: a sentence with no cue of its own that takes up a few quoted words inside the writer's own clause is
the writer's around them; only the quotation is carried on to the speaker of the sentence before (issue 12)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "carried", "voices"),
    [
        (
            "The mayor said the levy was fair.\nThe notorious “we will fix it later” line was a disaster for her.",
            ["“we will fix it later”"],
            [("notorious", "author"), ("disaster", "author")],
        ),
        (
            "The pope told the crowd what it hoped to hear.\nAt the infamous “who are we to judge them” moment, "
            "the room went quiet.",
            ["“who are we to judge them”"],
            [("infamous", "author")],
        ),
    ],
)
def test_a_quotation_taken_up_in_the_writers_clause(
    sourcing_analyzer: Analyzer, text: str, carried: list[str], voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "content"))
    assert [content for cue, content in attributions if not cue] == carried
    assert matched == voices


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        # a quotation that opens its sentence, or a short one before a longer one, is the speaker's as a whole
        (
            '"We will not yield," the mayor said. "Not now, not ever, whatever the disastrous cost."',
            '"Not now, not ever, whatever the disastrous cost."',
        ),
        (
            "The mayor said the levy was fair.\n“Rile up” the voters into a “frenzy so that they all turn out,” "
            "and then tax them.",
            "“Rile up” the voters into a “frenzy so that they all turn out,” and then tax them.",
        ),
    ],
)
def test_a_quotation_opening_its_sentence_is_carried_whole(
    sourcing_analyzer: Analyzer, text: str, carried: str
) -> None:
    attributions, _ = fields_and_voices(sourcing_analyzer, text, ("cue", "content"))
    assert [content for cue, content in attributions if not cue] == [carried]
