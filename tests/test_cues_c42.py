"""Round c42: verbs that report nothing, and a clause after "said" read as its speaker (issue 12). A "wants" with no
complement after it ("whatever he wants.") attributes no content; a retreat ("backed away") is no stance; after
"…, said" a name followed by a present tense ("said Lopez wants to") is the content's subject, not the speaker."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    "text",
    [
        "Voters can pick anyone she wants?",
        "He will take whatever he wants.",
        "He can come to the gala if he wants.",
        "The board blocks anything Ruiz wants, and the talks stall.",
        "The draft left out what Lo wants in the platform.",
        "Lo backed away from the deal.",
        "The union backed off its threat of a strike.",
    ],
)
def test_a_verb_that_reports_nothing_is_no_cue(analyzer, text: str) -> None:
    assert fields(analyzer, text, "cue", "source") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unchanged: a wish with its object or an infinitive, a stance on a candidate or a bill
        ("Ruiz wants a new budget for the schools.", [("wants", "Ruiz", "a new budget for the schools.")]),
        ("Lo wants to cut the sales tax.", [("wants", "Lo", "to cut the sales tax.")]),
        ("Lo backed the deal in May.", [("backed", "Lo", "the deal in May.")]),
    ],
)
def test_a_wish_or_a_stance_stays_a_cue(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present tense after the name: the name is the content's subject, the speaker comes before the comma
        (
            "Ruiz gave an evasive answer, said Lopez wants to score points.",
            [("said", "Ruiz gave an evasive answer", "Lopez wants to score points.")],
        ),
        (
            "The mayor dodged the question, said Ana Lopez believes the count was fair.",
            [("said", "The mayor dodged the question", "Ana Lopez believes the count was fair.")],
        ),
        # unchanged: a name closing the sentence, a name with a relative clause, a group named after a name
        ("The plan is a failure, said Lopez.", [("said", "Lopez", "The plan is a failure,")]),
        (
            "The mayor is wrong, said Ana Lopez, who wants a recount.",
            [("said", "Ana Lopez, who wants a recount", "The mayor is wrong,")],
        ),
        ("Taxes will rise, said Clinton aides on Monday.", [("said", "Clinton aides", "Taxes will rise,")]),
    ],
)
def test_a_present_tense_after_said_marks_the_content(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [a for a in fields(analyzer, text, "cue", "source", "content") if a[0] == "said"] == expected
