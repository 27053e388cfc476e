"""A company's or a person's name that ends in an abbreviation speaks when a cue follows it (k47, blind set k47):
"Hadson Corp. said it expects to report a loss" read "it expects" as the source of an inverted "said" (as in
'"…," said he') and the name as what was said, since the period of "Corp." passed for a quotation's end."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Norvale Corp. said it expects a loss for the quarter.", "said", "Norvale Corp."),
        ("Tamsin Ltd. said it would close two mills next year.", "said", "Tamsin Ltd."),
        ("Brask Co. reported it had sold the ferry line.", "reported", "Brask Co."),
        ("Ed Lo Jr. said it was too early to tell.", "said", "Ed Lo Jr."),
    ],
)
def test_a_name_ending_in_an_abbreviation_is_the_source_of_the_cue_after_it(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert ("named", cue, source) in attributions(sourcing_analyzer, text)


def test_a_quotation_that_ends_in_an_abbreviation_still_inverts(sourcing_analyzer: Analyzer) -> None:
    text = '"We will close the plant in the U.S." said Ann Roe.'
    assert ("named", "said", "Ann Roe") in attributions(sourcing_analyzer, text)


def test_a_capitalised_cue_after_an_abbreviation_opens_a_sentence_of_its_own(sourcing_analyzer: Analyzer) -> None:
    text = "He spoke on NewsTalk 990 AM.\n\nStated Roe:\n\nThe ferry will stop in May."
    assert ("named", "Stated", "Roe") in attributions(sourcing_analyzer, text)
