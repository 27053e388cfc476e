"""Contents after a cue (issue 12, helper round v32), in texts of our own, with either sourcing method.

A that-clause opening with a circumstance ("said that from May to June, a clerk reported …") runs on past the
circumstance's comma: the attribution of the clause's own subject and verb after it is part of what was said, not a
tag that ends it. A cue that ends its paragraph with no colon after the writer's opening phrase ("In a statement,
the council said", a blank line, a quotation) credits the quotation, carried on, and not the opening phrase.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices

OPENING = "The harbor board met on Monday. "


@pytest.mark.parametrize(
    ("sentence", "content", "voices"),
    [
        (
            "A spokesman for the port said that from May to August, a clerk at the harbor reported probably "
            "fake invoices.",
            "from May to August, a clerk at the harbor reported probably fake invoices.",
            [("probably", "reported")],
        ),
        (
            "The general said that if the talks collapse, the rebels will announce a brutal offensive.",
            "if the talks collapse, the rebels will announce a brutal offensive.",
            [("if the talks collapse, the rebels will", "reported")],
        ),
        (
            "The judge said that, in her view, the lawyers argued a probably weak case.",
            "in her view, the lawyers argued a probably weak case.",
            [("probably", "reported")],
        ),
    ],
)
def test_a_that_clause_runs_past_its_opening_circumstance(
    sourcing_analyzer: Analyzer, sentence: str, content: str, voices: list[tuple[str, str]]
) -> None:
    found, matched = attributions_and_voices(sourcing_analyzer, OPENING + sentence)
    assert found[0][2] == content
    assert [v for v in matched if v[0] in dict(voices)] == voices


@pytest.mark.parametrize("stop", ["", "."])
def test_an_opening_phrase_before_a_quoted_paragraph_is_not_the_content(sourcing_analyzer: Analyzer, stop: str) -> None:
    text = (
        OPENING + f"In a statement, the council said{stop}\n\n“The levy is probably unfair to every boat owner.”\n\n"
        "The vote is on Tuesday."
    )
    found, matched = attributions_and_voices(sourcing_analyzer, text)
    assert found == [
        ("said", "the council", ""),
        ("", "the council", "“The levy is probably unfair to every boat owner.”"),
    ]
    assert [v for v in matched if v[0] == "probably"] == [("probably", "quoted")]
