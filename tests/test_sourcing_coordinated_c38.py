"""A second cue joined by "and" to the cue whose reported clause it follows is an attribution of its own, with the
same source; the first content ends before the "and" (issue 12, helper round c38). Our own sentences."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields

NAMES = ("cue", "source", "content")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak cue after the reported clause: the speaker's second act, tenses agreeing
        (
            "He says he respects the judge and calls her fair.",
            [("says", "He", "he respects the judge"), ("calls", "He", "her fair.")],
        ),
        (
            "The coach did say he found the plan sound and called its cost too high.",
            [
                ("did say", "The coach", "he found the plan sound"),
                ("called", "The coach", "its cost too high."),
            ],
        ),
        (
            "The coach praised the team, saying he was proud of it and calling the season a triumph.",
            [
                ("praised", "The coach", "the team"),
                ("saying", "The coach", "he was proud of it"),
                ("calling", "The coach", "the season a triumph."),
            ],
        ),
        # a full cue after "and" was read already: only the first content now ends before it
        (
            "The mayor said she admired the council and added that its plan was bold.",
            [("said", "The mayor", "she admired the council"), ("added", "The mayor", "its plan was bold.")],
        ),
        # a clause with a subject pronoun of its own after "and" or "but": its weak cue is read, the content before ends
        (
            "The coach said the season was over, and he wants a new contract.",
            [("said", "The coach", "the season was over"), ("wants", "he", "a new contract.")],
        ),
        (
            "The coach said the season was over and he wants a new contract.",
            [("said", "The coach", "the season was over"), ("wants", "he", "a new contract.")],
        ),
    ],
)
def test_coordinated_cue(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, *NAMES) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the reported clause has a noun subject: "calls" may be the council's, inside what the mayor says
        "The mayor says the council is wrong and calls its plan a bold step.",
        # tenses disagree: the present verb goes on the reported clause
        "The mayor said he respects the judge and calls her fair.",
        # the first speaker read is not the content's: "and calls" would take it
        "A judge had ordered a release, but the lawyers said they would miss it, and requested more time.",
    ],
)
def test_coordinated_cue_stays_inside(analyzer: Analyzer, text: str) -> None:
    assert [cue for cue, _, _ in fields(analyzer, text, *NAMES)] in (["says"], ["said"], ["had ordered", "said"])


def test_subject_pair_keeps_its_content(analyzer: Analyzer) -> None:
    """Two subject pronouns joined by "and" open one clause: no content ends between them."""
    assert fields(analyzer, "Lo said that she and he agree.", *NAMES)[0] == ("said", "Lo", "she and he agree.")
