"""The writer's own "I" and "we" among several first persons of one text (round p32): where each pronoun stands is
found in one pass over the text, so a later pronoun's line, and a quotation opened lines before it, are read
right whatever came before it."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    "quoted",
    [
        # a line that opens with a quotation mark
        "“The flood was a test for all of us. I think the council is a corrupt scam.",
        # a quotation opened lines before
        "The mayor spoke at length.\n“The flood was a test for all of us.\nThe river rose.\n"
        "I think the council is a corrupt scam.",
    ],
)
def test_each_first_person_of_a_text_is_read_at_its_own_place(sourcing_analyzer: Analyzer, quoted: str) -> None:
    text = f"I believe the ferry plan is a disaster.\n\n{quoted}\n\nWe know the new toll is a scam."
    _, voices = attributions_and_voices(sourcing_analyzer, text)
    assert [voice for voice in voices if voice[0] in ("disaster", "scam")] == [
        ("disaster", "author"),
        ("scam", "reported"),
        ("scam", "author"),
    ]
