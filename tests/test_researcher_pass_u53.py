"""Round u53: an eighth researcher's pass over ten unread PolNeAR dev articles, half mainstream US news and half
partisan and propaganda-prone writing. A joint poll's partners joined by a slash are one source read forward
("according to a CNN/ORC poll"); a dateline opening the sentence is the writer's, not part of a content before its
tag ("WASHINGTON (AP) — …, officials said"); a telling verb's hearer may hold "of" after a head such as "members",
"crowd" or "president" ("told members of the council that …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing_cases import fields, researcher_pass_problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry line leads its rivals, according to a Gazette/Harbour Radio survey released on Friday.",
            [("according to", "a Gazette/Harbour Radio survey released")],
        ),
        (
            "Turnout fell by a tenth, according to the latest Tide/ORB poll.",
            [("according to", "the latest Tide/ORB poll")],
        ),
        # unchanged: a slash between words in lower case joins no name
        (
            "The pier will reopen, according to the harbour's owner/operator.",
            [("according to", "the harbour's owner")],
        ),
    ],
)
def test_a_joint_polls_partners_are_one_source(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PORTVILLE, March 3 (Tide) — The old pier will reopen in May, the harbour board said on Monday.",
            [("said", "the harbour board", "The old pier will reopen in May,")],
        ),
        (
            "PORTVILLE (Tide) — The ferry will run twice a day, according to a schedule the port released.",
            [("according to", "a schedule the port released", "The ferry will run twice a day,")],
        ),
        (
            "PORTVILLE - Storms closed the harbour for a week, the mayor said.",
            [("said", "the mayor", "Storms closed the harbour for a week,")],
        ),
        # unchanged: a dash after words in lower case is inside what was said
        (
            "“(The board) turned its back on us — for two weeks it said nothing,” the skipper said.",
            [
                (
                    "said",
                    "the skipper",
                    "“(The board) turned its back on us — for two weeks it said nothing,”",
                )
            ],
        ),
    ],
)
def test_a_dateline_is_no_part_of_what_was_said(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The skipper told members of the harbour board that the pier was unsafe.",
            [("told", "The skipper", "the pier was unsafe.")],
        ),
        (
            "The mayor assured a crowd of anxious fishermen that the port would stay open.",
            [("assured", "The mayor", "the port would stay open.")],
        ),
        (
            "The minister warned the president of Lorvia on Sunday that the talks would fail.",
            [("warned", "The minister", "the talks would fail.")],
        ),
    ],
)
def test_a_hearers_of_phrase_is_no_part_of_what_was_told(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


def test_the_pass_file_points_into_its_texts(shared_data: Path) -> None:
    """Each judged row's offsets lie inside its text, each verdict is y, n or -, and every row has a class and a
    reason."""
    assert researcher_pass_problems(shared_data, "u53") == (84, [])
