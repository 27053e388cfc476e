"""Round e40 (issue 13): a composed rule with `defer_to_terms` defers also to a term a `cancel` rule took ("an
all-out bidding war" stays no match, not a `stakes-grade` pair), not to one a `require` rule dropped; and round
e39's leftovers as constructions: a war on what is American, a threat of global scope, the speaker's side losing a
war, doom told to the hearer."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon.loader import Layer, load_lexicons
from framing.match import Matcher
from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import entries_covering, judged_census, needs_dev_news, shipped_entries

DRAW = JUDGED_DIR / "news_dev_e40_added.csv"  # every dev news match the round's rules added, judged
VETO = Path(__file__).parent / "data" / "grid_veto"


@pytest.fixture(scope="module")
def veto() -> Matcher:
    return Matcher(load_lexicons(layers=[Layer(VETO, "test")]))


def test_a_pair_over_a_cancelled_term_does_not_count(veto: Matcher) -> None:
    """The cancel rule decided "all-out" here; the grid does not take the span back as "all-out bidding war"."""
    assert entries_covering(veto, "Two studios began an all-out bidding war.") == []


def test_a_pair_over_a_term_a_require_rule_dropped_counts(veto: Matcher) -> None:
    """A require rule finds the term too weak alone; the grade the pair adds is what it lacked."""
    assert entries_covering(veto, "They warned of uncontrolled escalation.") == [("grade", "uncontrolled escalation")]


def test_a_kept_term_still_holds_its_span(veto: Matcher) -> None:
    assert entries_covering(veto, "They warned of an all-out war.") == [("all-out", "all-out")]


def test_the_shipped_stakes_grade_leaves_a_market_contest() -> None:
    """Round q12's case: "all-out" cancelled before a contest of commerce, and no composed pair in its place."""
    assert shipped_entries("Two studios are locked in an all-out bidding war for the script.", "escalation") == []
    assert shipped_entries("The chains slid into an all-out price war.", "escalation") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The party is launching a war on American towns.", [("war on", "war on")]),
        ("The report calls drug smuggling a global security threat.", [("global-threat", "global security threat")]),
        ("Officials called the fungus a worldwide menace.", [("global-threat", "worldwide menace")]),
        (
            "If the fleet is scrapped, this could be how we lose the next war.",
            [("we-lose-war", "we lose the next war")],
        ),
        ("Mark my words: you will suffer for it.", [("doom-to-hearer", "you will suffer")]),
        (
            "Mark my words: you, and all your allies, will suffer for it.",
            [("doom-to-hearer", "you, and all your allies, will suffer")],
        ),
    ],
)
def test_a_class_construction_is_one_match(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "If you fly east, you will suffer from jet lag.",  # an ailment
        "The Worldwide Threat Assessment was published in May.",  # a report's name
        "Exports fell during the global financial crisis.",  # a crisis reported, not a threat's scope
        "If he loses the war, his rivals will move against him.",  # another's defeat forecast
        "The army's war on Ukrainian cities went on all winter.",  # a literal war
        "The outbreak could spread globally within weeks.",  # a spread projected: left out by the definition
    ],
)
def test_a_class_pair_outside_its_sense_does_not_count(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round's rules added (4), judged: all right; none removed."""
    assert judged_census(DRAW) == (
        [("escalation", 4, 4)],
        ["doom-to-hearer", "global-threat", "war on", "we-lose-war"],
    )
