"""Round u49: a fourth researcher's pass over ten unread dev articles, half mainstream US news and half
international and propaganda-prone writing. A quoted title that a preposition of the cue's setting governs
('said on "This Week."', 'said on NBC's "Meet the Press."') names the occasion: the quotation before the
source is what was said, not the title; "said afterward that" and "saying in a tweet that additional fees
will …" report the clause after the "that". A question cue in a list's item or after "Q:" doubts nothing;
"feral" of animals judges no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from signal_cases import shipped_spans
from sourcing_cases import fields, researcher_pass_problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The dam will hold," Mayor Ruiz said on "Harbor Hour."', [("said", '"The dam will hold,"')]),
        ("“The dam will hold,” Ms. Lund said on KTX’s “Morning Desk.”", [("said", "“The dam will hold,”")]),
        (
            "“The ferry stays,” the governor said during a taping of a show on the “Late Desk” on Friday in Salem.",
            [("said", "“The ferry stays,”")],
        ),
        ('"The ferry stays," Lo said Tuesday on KTX\'s the "Dawn Hour" show.', [("said", '"The ferry stays,"')]),
        # unchanged: NYT-style marks (read right before), a quotation after the setting, a scare-quoted topic, an
        # infinitive, a write-in vote
        ("''The ferry stays,'' Lo said on ''Harbor Hour.''", [("said", "''The ferry stays,''")]),
        ('Mayor Ruiz said on the radio, "We will win."', [("said", 'on the radio, "We will win."')]),
        (
            'The agency has been warning about the "Flood season" in the valley.',
            [("has been warning", 'about the "Flood season" in the valley.')],
        ),
        ('The file was said to include the "Owl" tool.', [("was said", 'to include the "Owl" tool.')]),
        ('I wrote in "Jane Roe" on my first ballot.', [("wrote in", '"Jane Roe" on my first ballot.')]),
    ],
)
def test_a_governed_title_is_no_content(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ruiz met the board and said afterward that the levy would stay.", [("said", "the levy would stay.")]),
        ("The levy will stay, said Mayor Ruiz afterwards.", [("said", "Mayor Ruiz", "The levy will stay,")]),
        # a bare plural subject after the setting's "that" opens the clause; a relative's verb or "and" does not
        (
            "The mayor left early, saying in a post that higher fees will follow.",
            [("saying", "higher fees will follow.")],
        ),
        ("Ms. Lund said at the hearing that new ferries would come.", [("said", "new ferries would come.")]),
        (
            "Lo was hoping for more than that and will try again.",
            [("was hoping", "for more than that and will try again.")],
        ),
    ],
)
def test_a_setting_before_that(analyzer, text: str, expected: list[tuple[str, ...]]) -> None:
    names = ("cue", "content") if len(expected[0]) == 2 else ("cue", "source", "content")
    assert fields(analyzer, text, *names) == expected


def test_the_pass_file_points_into_its_texts(shared_data: Path) -> None:
    """Each judged row's offsets lie inside its text, each verdict is y, n or -, and every row has a class and a
    reason."""
    assert researcher_pass_problems(shared_data, "u49") == (266, [])


@pytest.mark.parametrize(
    ("text", "signal", "expected"),
    [
        ("- Why is the ferry late?\n- How can I buy a pass?", "doubt", []),
        ("Q: Why did the ferry stop?", "doubt", []),
        ("Stray and feral cats roam the docks.", "loaded_language", []),
        # unchanged: a writer's own rhetorical "why", a people's feral rage
        ("Why would anyone believe the port board?", "doubt", ["Why would"]),
        ("The crowd showed a feral hunger for revenge.", "loaded_language", ["feral"]),
    ],
)
def test_a_list_item_question_and_feral_animals(text: str, signal: str, expected: list[str]) -> None:
    assert shipped_spans(text, signal) == expected
