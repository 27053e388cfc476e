"""Source kinds that two blind samples of outside news (issue 12, rounds u14 and k15) showed wrong, in
sentences of our own: "it" is no person, so never an unnamed one; evidence or data in general is a vague
source even with "the"; names joined by "and" with their party affiliations between are named for "both"
and "they". Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" takes up the notice, not the unnamed spokeswoman between them
        (
            "The ministry's notice says the water is safe. The tests were clean, a ministry spokeswoman said.\n"
            '"Boil it anyway," it says.',
            [
                ("named", "says", "The ministry's notice"),
                ("anonymous", "said", "a ministry spokeswoman"),
                ("named", "says", "it"),
            ],
        ),
        # "he" still takes up the unnamed person just quoted
        (
            "The ministry's notice says the water is safe. The tests were clean, a ministry spokesman said.\n"
            '"Boil it anyway," he said.',
            [
                ("named", "says", "The ministry's notice"),
                ("anonymous", "said", "a ministry spokesman"),
                ("anonymous", "said", "he"),
            ],
        ),
    ],
)
def test_it_is_no_unnamed_person(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics say the levy is fair, but the current evidence suggests it is not.",
            [("vague", "say", "Critics"), ("vague", "suggests", "the current evidence")],
        ),
        ("Evidence shows that the levy failed.", [("vague", "shows", "Evidence")]),
        (
            "The mayor is hopeful. Still, all available evidence shows that the levy failed.",
            [("vague", "shows", "all available evidence")],
        ),
        ("The research suggests that the levy failed.", [("vague", "suggests", "The research")]),
        # whose data it is names it, and so does pointing back to data named before
        ("Census Bureau data show that the levy failed.", [("named", "show", "Census Bureau data")]),
        ("The ministry's data show that the levy failed.", [("named", "show", "The ministry's data")]),
        (
            "Census Bureau data show that prices rose. The same data show that the levy failed.",
            [("named", "show", "Census Bureau data"), ("named", "show", "The same data")],
        ),
    ],
)
def test_evidence_in_general_is_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two aides left early. Senator Ed Lo, D-Ore., and Senator Ana Ruiz, R-Texas, then met the press. They said"
            " the bill was dead.",
            [("named", "said", "They")],
        ),
        (
            "Two aides left early. Rep. Ed Lo (D-Ore.) and Rep. Ana Ruiz (R-Texas) then met the press. They said"
            " the bill was dead.",
            [("named", "said", "They")],
        ),
        # no names: the aides
        ("Two aides left early. Later they said the bill was dead.", [("anonymous", "said", "they")]),
    ],
)
def test_names_with_affiliations_joined_by_and_are_named(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
