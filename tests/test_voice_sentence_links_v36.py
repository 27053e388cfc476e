"""A content before its cue that opens with a word linking the writer's sentence to the one before (issue 12, helper
round v36), in texts of our own, with either sourcing method.

"In fact, the levy is clearly a tax, critics say.": "In fact," ties the sentence to what the writer wrote before;
what the critics say starts after its comma. The content took the link in, so a signal match on it ("In fact", a
certainty match) was reported. Now a link of one to three words ("Still,", "In contrast,", "As a result,") before
a comma leaves a content that stands before its cue; inside quotation marks it stays the speaker's.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "In fact, the levy is clearly a tax, critics say.",
            "the levy is clearly a tax,",
            [("In fact", "author"), ("clearly", "reported")],
        ),
        ("Still, the ferry levy will probably pass, the mayor said.", "the ferry levy will probably pass,", []),
        (
            "In contrast, Ruiz has probably kept her lead, according to the poll.",
            "Ruiz has probably kept her lead,",
            [],
        ),
        ("As a result, the levy will likely pass, Lo said.", "the levy will likely pass,", []),
        # inside quotation marks the link is the speaker's
        ('"Still, it may fail," the mayor said.', '"Still, it may fail,"', []),
    ],
)
def test_a_link_before_a_content_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"certainty"})
    assert attributions == [(content,)]
    assert matched == voices
