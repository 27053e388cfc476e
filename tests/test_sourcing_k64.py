"""Round k64: source phrases in coordinated predicates and after a sending verb (issue 12). A second predicate
after an aside of companions ("…, along with her allies, denounced") is the first clause's subject's, not the
aside's; capitalised modifiers before two lower-case words and a noun for a person ("The Interior affairs
minister") are no name cut from its noun; a letter sent to lower-case addressees is its sender's; a subject placed
"in City, State," is the subject, not the state."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor has opposed the tax for years, along with her allies on the council, denounced the budget.",
            [("has opposed", "The mayor"), ("denounced", "The mayor")],
        ),
        (
            "Ruiz has fought the plan, together with two aides, warned that it would fail.",
            [("warned", "Ruiz")],
        ),
        # a subject after the conjunction opening its clause keeps the aside's members
        (
            "The vote was close, though many members of his party, including his deputy, said the bill was flawed.",
            [("said", "many members of his party, including his deputy")],
        ),
        (
            "But several unions, including the nurses, said the plan would fail.",
            [("said", "several unions, including the nurses")],
        ),
        # an aside after a subject keeps its members (u43): unchanged
        (
            "Several nurses, along with their union leader, said the ward was unsafe.",
            [("said", "Several nurses, along with their union leader")],
        ),
    ],
)
def test_second_predicate_after_an_aside_is_the_clause_subjects(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Interior affairs minister has spoken out against the miners, and ordered the police to close the "
            "roads.",
            [("ordered", "The Interior affairs minister")],
        ),
        (
            "The Harbour works commissioner has toured the docks, and claimed that the cranes were unsafe.",
            [("claimed", "The Harbour works commissioner")],
        ),
        # a past form is no modifier of a noun: "went further" is the subject's verb
        ("On Monday, Ruiz went further, insisting the fund was empty.", [("insisting", "Ruiz")]),
    ],
)
def test_capitalised_modifiers_keep_their_noun(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union sent lawmakers a memo saying the plan would cut wages.", [("saying", "The union")]),
        ("The clinic mailed each patient a letter warning that fees would rise.", [("warning", "The clinic")]),
        (
            "A group of nurses at a clinic in Austin, Texas, has sent Ruiz a letter saying the ward was unsafe.",
            [("saying", "A group of nurses at a clinic in Austin, Texas")],
        ),
        (
            "Teachers at the school in Dover, Del., said the roof leaked.",
            [("said", "Teachers at the school in Dover, Del.")],
        ),
        # the sender reads past no time: "sent a letter this week urging" is unchanged
        ("The league sent a letter this week urging the council to act.", [("urging", "The league")]),
    ],
)
def test_a_sent_document_is_its_senders(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected
