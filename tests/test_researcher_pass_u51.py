"""Round u51: a sixth researcher's pass over ten unread dev articles, half mainstream US news and half
international and propaganda-prone writing. A cue inside a clause that opens the sentence with a subordinator
("Although …", "After …", "If …") says nothing about the main clause after its comma: that clause is the writer's,
so the cue has no content and no attribution is reported (a quotation opening after the comma stays the cue's);
"appeared for" is turning up, not seeming."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing_cases import fields, researcher_pass_problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Although the harbour master was never charged, he has blamed the council for the delays.",
            [("has blamed", "he", "the council for the delays.")],
        ),
        ("After the pilot testified, the inquiry turned to the radar logs.", []),
        (
            "When the skipper complained, the port board promised to rebuild the pier.",
            [("promised", "the port board", "to rebuild the pier.")],
        ),
        (
            "If confirmed, the figures would show a record season for the ferries.",
            [("would show", "the figures", "a record season for the ferries.")],
        ),
        # unchanged: what the opening clause's cue says inside it, and a quotation opening after its comma
        (
            "While the mayor said the pier was safe, the inspectors closed it.",
            [("said", "the mayor", "the pier was safe")],
        ),
        (
            "When the skipper rose, he began by saying, “The ferry stays.”",
            [("saying", "he", "“The ferry stays.”")],
        ),
    ],
)
def test_a_cue_in_an_opening_clause_says_nothing_of_the_main_clause(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deckhand appeared for his hearing at the harbour court and was fined.", []),
        ("The old chart appeared for the first time in a museum catalogue last spring.", []),
        # unchanged: "appears to" with a verb of saying reads its subject
        ("The ferry company appeared to blame the weather.", [("appeared to blame", "The ferry company")]),
    ],
)
def test_appeared_for_is_turning_up(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


def test_the_pass_file_points_into_its_texts(shared_data: Path) -> None:
    """Each judged row's offsets lie inside its text, each verdict is y, n or -, and every row has a class and a
    reason."""
    assert researcher_pass_problems(shared_data, "u51") == (70, [])
