"""Round v37: the writer's discourse phrases ("That said,", "To be sure,", "Mind you,") opening a content that
stands before its cue are the writer's, as the linking words of round v36 are; inside quotation marks the
speaker's (issue 12)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("That said, the levy is probably a burden, critics say.", "the levy is probably a burden,"),
        ("To be sure, the levy is probably a burden, critics say.", "the levy is probably a burden,"),
        ("Mind you, the levy is probably a burden, critics say.", "the levy is probably a burden,"),
        ("That being said, the levy is probably a burden, according to the poll.", "the levy is probably a burden,"),
    ],
)
def test_a_discourse_phrase_before_a_content_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, content: str
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"hedging"})
    assert attributions == [(content,)]
    assert matched == [("probably", "reported")]


def test_inside_quotation_marks_the_phrase_is_the_speakers(sourcing_analyzer: Analyzer) -> None:
    text = '"To be sure, the levy is probably a burden," the mayor said.'
    attributions, _ = fields_and_voices(sourcing_analyzer, text, ("content",))
    assert attributions == [('"To be sure, the levy is probably a burden,"',)]
