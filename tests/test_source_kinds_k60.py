"""Round k60: an attribution whose source phrase is empty claims no name (a question put to someone, "Asked whether
…", is the asker's, unnamed); a handle names its account; bodies of one kind placed somewhere name none of them.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who asks is not the one who answers: the question has no source, and names nobody
        (
            "Maria Ostrowska said the budget was sound. Asked whether it would pass, the treasurer told reporters "
            "that it would.",
            [
                ("named", "said", "Maria Ostrowska"),
                ("vague", "Asked", ""),
                ("named", "told reporters", "the treasurer"),
            ],
        ),
        (
            '"We will not sell," Ivo Marsh said when asked about the offer.',
            [("named", "said", "Ivo Marsh"), ("vague", "when asked", "")],
        ),
        (
            "Ivo Marsh said the mill would close. When asked about the deal, the crowd went quiet.",
            [("named", "said", "Ivo Marsh"), ("vague", "When asked", "")],
        ),
    ],
)
def test_no_source_read_claims_no_name(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handle written in lower case names one account
        (
            "The harbour board met on Friday. @portwatch data show that the queues doubled.",
            [("named", "show", "portwatch data")],
        ),
        # firms of one kind placed in an area: the place says where they are, not which
        (
            "Companies in the Leeds area were worried that the levy would cut trade.",
            [("vague", "were worried", "Companies in the Leeds area")],
        ),
        (
            "Businesses in the Tucson area were worried that the levy would cut trade.",
            [("vague", "were worried", "Businesses in the Tucson area")],
        ),
    ],
)
def test_kind_of_handles_and_placed_bodies(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
