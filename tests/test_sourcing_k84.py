"""A one-word name after a role noun opening the sentence (round k84): "Band member Flea shared …, saying …"
credits the role and its name, not the role alone (which read as anonymous); a day after the name, or a
group's plural, is not taken in."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer


def _read(analyzer: Analyzer, sentence: str) -> list[tuple[str, str, str]]:
    result = analyzer.analyze(f"A headline\n\n{sentence}\n")
    return [(a["cue"], a["source"], a["kind"]) for a in result.attributions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Choir member Dell shared a video on Friday, saying the concert was off.",
            [("saying", "Choir member Dell", "named")],
        ),
        (
            "Choir member Dell shared the news online, writing that the concert was off.",
            [("writing", "Choir member Dell", "named")],
        ),
        (
            "Club member Ana Ruiz shared a note on Sunday, saying the league had folded.",
            [("saying", "Club member Ana Ruiz", "named")],
        ),
        # a plural role and its names joined
        (
            "Club members Dell and Pruitt shared a note, saying the league had folded.",
            [("saying", "Club members Dell and Pruitt", "named")],
        ),
    ],
)
def test_the_name_after_a_role_noun_is_the_source(analyzer: Analyzer, sentence: str, expected: list) -> None:
    assert _read(analyzer, sentence) == expected


def test_a_day_after_the_name_is_not_taken_in(analyzer: Analyzer) -> None:
    assert _read(analyzer, "Choir member Dell Friday shared a video, saying the concert was off.") == [
        ("saying", "Choir member Dell", "named")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group's plural before a day: the day is no name, the officials stay unnamed
        (
            "Party officials Monday shared a memo, saying the vote was delayed.",
            [("saying", "Party officials", "anonymous")],
        ),
        # a plural role and a place: no name of theirs
        (
            "Border sources Lviv would hold the line, saying the supplies were ready.",
            [("saying", "Border sources", "anonymous")],
        ),
        # a lower-case verb after the role: nothing to take in
        ("Board members shared the plan, saying it would help.", [("saying", "Board members", "anonymous")]),
        # a title and its name read as before
        ("Guitarist Dell shared a video, saying the concert was off.", [("saying", "Guitarist Dell", "named")]),
    ],
)
def test_controls_read_as_before(analyzer: Analyzer, sentence: str, expected: list) -> None:
    assert _read(analyzer, sentence) == expected
