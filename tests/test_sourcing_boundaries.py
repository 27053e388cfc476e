"""Where a source phrase ends around clauses of its own (issue 12, helper round 12w), in sentences of our
own: each construction gave a wrong source before, and each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause that reports a statement of its own is no part of the speaker's name
        (
            "Ms. Okafor, who says the levy is unfair, criticized the council on Monday.",
            [("named", "says", "who"), ("named", "criticized", "Ms. Okafor")],
        ),
        (
            "Dr. Lund, who said last year that the clinic would close, told reporters it will stay open.",
            [("named", "said", "who"), ("named", "told reporters", "Dr. Lund")],
        ),
        # a relative clause that only describes the speaker stays part of the source
        (
            "Ruiz, who chairs the committee, said the bill is dead.",
            [("named", "said", "Ruiz, who chairs the committee")],
        ),
    ],
)
def test_a_relative_clause_with_a_cue_of_its_own_ends_the_source(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening the sentence with a description too long to read back at once speaks, not the
        # content's subject after the verb
        (
            "Ed Lo, a senior lecturer in public law at the University of Leeds in England, said the court's"
            " ruling was wrong.",
            [("named", "said", "Ed Lo, a senior lecturer in public law at the University of Leeds in England")],
        ),
        (
            "Tom Hale, a member of the state's select committee on energy policy, said the utility's new plan"
            " would fail.",
            [("named", "said", "Tom Hale, a member of the state's select committee on energy policy")],
        ),
        # a described subject and its name after an agency's dateline
        (
            "LONDON, May 2 (Reuters) - Britain's longest-serving opposition party leader, Tom Hale, said on"
            " Friday he would resign.",
            [("named", "said", "Britain's longest-serving opposition party leader, Tom Hale")],
        ),
    ],
)
def test_a_long_described_name_opening_the_sentence_speaks(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
