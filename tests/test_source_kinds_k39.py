"""Source kinds of round k39 (issue 12), vague sources on PolNeAR's dev fold, in sentences of our own: "those polled"
and "those surveyed" can hold a view ("were split on whether": no attribution before), a vague population; "some"
before members of a legislature ("Some senators", "some lawmakers") is a share of one house's members, specific
people left unnamed, anonymous (vague before). Guards pin what must not change: a bare or "many" share of
legislators, a coordination of legislators and a broad group, "some" before a profession, "those" before a noun."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, those polled were evenly split on whether the mayor or her rival would run the port better.",
            [("vague", "were evenly split", "those polled")],
        ),
        (
            "Those surveyed are divided over whether the toll should rise.",
            [("vague", "are divided", "Those surveyed")],
        ),
    ],
)
def test_those_polled_hold_a_view(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some senators declined to comment on the harbour bill.",
            [("anonymous", "declined to comment", "Some senators")],
        ),
        (
            "At the caucus lunch, some lawmakers said they had lost patience with the governor.",
            [("anonymous", "said", "some lawmakers")],
        ),
    ],
)
def test_some_legislators_are_unnamed_members(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers said the harbour bill would pass.", [("vague", "said", "Lawmakers")]),
        ("Many senators said the harbour bill would pass.", [("vague", "said", "Many senators")]),
        (
            "Some lawmakers and fishing groups oppose the harbour bill.",
            [("vague", "oppose", "Some lawmakers and fishing groups")],
        ),
        ("Some economists said the toll would rise.", [("vague", "said", "Some economists")]),
        ("Those figures are split on the toll.", []),
    ],
)
def test_broad_groups_stay_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
