"""Round u50: a fifth researcher's pass over ten unread dev articles, half mainstream US news and half
international and propaganda-prone writing. A day between a cue and the "to" or "for" that opens what was urged
or vowed ("called Tuesday for …", "vowed on Monday to …") is when it was done, not part of what was said; the
words after an occasion's "in an interview with" name who asked, never what was said; a listed place in capitals
before a colon is a dateline wherever its line stands, not a speaker; "hope(s)" right after an article or a
preposition is a noun, no one's verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing_cases import fields, researcher_pass_problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers' union called Tuesday for the port board to lower fees.",
            [("called", "for the port board to lower fees.")],
        ),
        ("Mayor Ruiz vowed on Monday to keep the ferry running.", [("vowed", "to keep the ferry running.")]),
        ("Ms. Lund promised Friday night to publish the budget.", [("promised", "to publish the budget.")]),
        (
            "The board responded Sunday to reports that the pier would close.",
            [("responded", "to reports that the pier would close.")],
        ),
        # unchanged: a day before "that" or a clause, and a day before the setting's preposition
        ("Mayor Ruiz said Monday that the ferry would stay.", [("said", "the ferry would stay.")]),
        ("Mayor Ruiz said Monday the ferry would stay.", [("said", "the ferry would stay.")]),
        ("Mayor Ruiz said Sunday on KTX that the ferry would stay.", [("said", "the ferry would stay.")]),
    ],
)
def test_a_day_before_what_was_urged(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Lund made the remarks in an interview with Harbor Radio.", []),
        ("The mayor will take part in an interview with KTX in Salem, Oregon.", []),
        (
            'Mayor Ruiz tried the line in an interview with KTX on Monday: "The ferry stays."',
            [("in an interview with", "Mayor Ruiz", '"The ferry stays."')],
        ),
        # unchanged: an occasion opening the sentence, and the cue after it
        (
            "In an interview with KTX, Mayor Ruiz said the ferry stays.",
            [("said", "Mayor Ruiz", "the ferry stays.")],
        ),
        ("Mayor Ruiz said in an interview the ferry stays.", [("said", "Mayor Ruiz", "the ferry stays.")]),
    ],
)
def test_an_interviews_hearer_is_no_content(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A view of the harbour at dusk.\nMANILA: The port authority said the ferry would stay.",
            [("said", "The port authority")],
        ),
        # unchanged: a speaker's turn in capitals that no list names a place
        ("LUND: The ferry stays, and the pier will reopen next week.", [(":", "LUND")]),
    ],
)
def test_a_dateline_after_other_lines(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new fares fell short of hopes for a cheaper crossing.", []),
        ("The port board spent millions on dredging in hopes of luring larger ships.", []),
        ("The crews worked overnight in the hopes the bridge would open by noon.", []),
        # unchanged: the verb, and a possessive's noun
        ("Mayor Ruiz hopes the ferry will stay.", [("hopes", "Mayor Ruiz", "the ferry will stay.")]),
        ("Dock workers hope to keep the night shift.", [("hope", "Dock workers", "to keep the night shift.")]),
    ],
)
def test_hopes_after_a_preposition_is_a_noun(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


def test_the_pass_file_points_into_its_texts(shared_data: Path) -> None:
    """Each judged row's offsets lie inside its text, each verdict is y, n or -, and every row has a class and a
    reason."""
    assert researcher_pass_problems(shared_data, "u50") == (112, [])
