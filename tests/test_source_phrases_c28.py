"""Sources read from the right place, spurious sources dropped (round c28, issue 12), in sentences of our own.

A weak cue in a reduced passive ("the law, opposed by Democrats,", "clinics backed by the ministry") read its
source back from the cue ("The harbor plan", "Those"), though the agent after "by" holds the stance; that agent
now ends before the main clause's verb or a relative clause ("the budget backed by Governor Ruiz, which trims").
"continued" after a possessive or a verb of meeting ("the mayor's continued support", "faces continued
protests") is an adjective, no cue. A lone "insiders" with no cue names nobody's statement, as a lone "experts"
does not, and "on background checks" is no anonymity formula. "claims" after a singular speaker or document
("The lawsuit claims …") is the verb. Guards pin what stays: a weak passive with "be"
is no attribution, a cause after "by" is no agent, a quotation's "she continued", "Insiders said"."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbor plan, opposed by the Dockworkers Guild, stalled in committee.",
            [("opposed", "the Dockworkers Guild", "named", "The harbor plan")],
        ),
        (
            "The council adopted a budget backed by Governor Ana Ruiz, which trims school funds.",
            [("backed", "Governor Ana Ruiz", "named", "The council adopted a budget")],
        ),
        (
            "The budget, backed by Governor Ana Ruiz, trims school funds.",
            [("backed", "Governor Ana Ruiz", "named", "The budget")],
        ),
        (
            "Clinics backed by the Ministry of Health have no shortage of nurses.",
            [("backed", "the Ministry of Health", "named", "Clinics")],
        ),
        (
            "The ferry routes listed by Mayor Ed Lowe included two island stops.",
            [("listed", "Mayor Ed Lowe", "named", "The ferry routes")],
        ),
    ],
)
def test_a_reduced_passive_reads_its_agent(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective "continued"
        ("Despite the mayor's continued support, the plan failed.", []),
        ("The port faces continued protests over the dredging.", []),
        # a lone "insiders" with no cue; "background checks"
        ("The new rules give more power to party insiders.", []),
        ("The senator broke with her party on background checks last year.", []),
        # a weak cue's passive with "be" stays no attribution
        ("The bill was backed by the union.", []),
    ],
)
def test_no_source_where_nobody_speaks(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are not done,” she continued.", [("continued", "she", "named", "“We are not done,”")]),
        ("Insiders said the deal was close.", [("said", "Insiders", "anonymous", "the deal was close.")]),
    ],
)
def test_cues_that_stay(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


def test_a_cause_after_by_is_no_agent(analyzer: Analyzer) -> None:
    """A cause after "by" is no agent: in "worried by the rise" the parents stay the source (the rules; the trained
    labeller keeps only "wrote" there)."""
    [found] = analyzer.analyze(
        "Parents worried by the rise in fees wrote to the school board.", split_title=False
    ).attributions
    assert (found["cue"], found["source"], found["kind"]) == ("worried", "Parents", "vague")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lawsuit claims the port broke its lease.",
            [("claims", "The lawsuit", "named", "the port broke its lease.")],
        ),
        (
            "The candidate claims his plan will cut fares.",
            [("claims", "The candidate", "named", "his plan will cut fares.")],
        ),
    ],
)
def test_claims_after_a_singular_speaker_is_the_verb(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


def test_claims_before_of_stays_the_noun(sourcing_analyzer: Analyzer) -> None:
    assert attributions(sourcing_analyzer, "The ministry claims of success were premature.") == []
