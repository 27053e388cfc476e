"""Round e39 (issue 13): escalation classes mined from the dev fold's PTC fear and exaggeration spans, each composed
as a proximity rule over two word lists (a whole subjugated, a deed equated with an atrocity, a harm unleashed on a
whole, a call to kill, a whole dismantled or breaking down, war declared as the state of things); and
`defer_to_terms` reading the next-closest pair when a term covers the closest one, not dropping the sentence's pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon.loader import Layer, load_lexicons
from framing.match import Matcher
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import entries_covering, needs_dev_news, shipped_analyzer, shipped_entries

DRAW = JUDGED_DIR / "news_dev_e39_added.csv"  # every dev news match the round's rules made, judged


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The cult dreams of a plan to enslave the human race.", [("subjugation-of-whole", "enslave the human race")]),
        (
            "Closing the clinic amounts to a death sentence for the valley.",
            [("equals-atrocity", "amounts to a death sentence")],
        ),
        ("Sending the boy back would be a cruel atrocity.", [("equals-atrocity", "would be a cruel atrocity")]),
        ("Doing nothing now is tantamount to genocide.", [("equals-atrocity", "tantamount to genocide")]),
        (
            "The regime unleashed a wave of violence on the country.",
            [("unleashed-on-whole", "unleashed a wave of violence on the country")],
        ),
        ("The preacher shouted that the heretics should be hanged.", [("call-to-kill", "should be hanged")]),
        ("These rulings hollow out our democracy, she wrote.", [("dismantle-whole", "hollow out our democracy")]),
        ("Once the courts are packed, democracy breaks down.", [("whole-breaks-down", "democracy breaks down")]),
        ("Make no mistake, we are at war with these gangs.", [("this-is-war", "we are at war")]),
    ],
)
def test_a_class_construction_is_one_match(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The inquiry said the shelling may amount to genocide.",  # a legal finding, hedged
        "A neighbour yelled through the door that I should be killed.",  # a threat received, told
        "Aides said the old tariffs should be eliminated.",  # no killing
        "I do not think we are at war with the whole region.",  # a war state denied
        "It is that war that historians blame for the famine.",  # a real war pointed at
        "The board voted to dismantle the health program.",  # a program, not a whole
        "The firm hopes to take over the country's largest bank.",  # a takeover: not a subjugation
        "The outbreak has become an epidemic in the north.",  # a spread reported (no plague class)
    ],
)
def test_a_class_pair_outside_its_sense_does_not_count(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


GRID = Path(__file__).parent / "data" / "grid"


@pytest.fixture(scope="module")
def grid() -> Matcher:
    return Matcher(load_lexicons(layers=[Layer(GRID, "test")]))


def test_defer_to_terms_reads_the_next_closest_pair(grid: Matcher) -> None:
    """The closest pair ("grave threat") is a term; the rule's other pair in the sentence still counts."""
    assert entries_covering(grid, "A grave threat and an imminent danger loom.") == [
        ("grave threat", "grave threat"),
        ("grid", "imminent danger"),
    ]


def test_defer_to_terms_keeps_the_other_pair_with_the_shipped_rules() -> None:
    assert shipped_entries(
        "It is an imminent danger, and an unprecedented bloodshed looms over the valley.", "escalation"
    ) == [
        ("imminent danger", "imminent danger"),
        ("stakes-grade", "unprecedented bloodshed"),
    ]


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round's rules made (12), judged: all right (the classes that judged below .8 went)."""
    rows = read(DRAW)
    assert [(name, n, right) for name, n, right, _, _ in precision(rows)] == [("escalation", 12, 12)]
    joined = rejoin(rows, default_data_dir(), shipped_analyzer())
    assert all(still for *_, still in joined)
    assert sorted({r.entry for r in rows}) == [
        "call-to-kill",
        "dismantle-whole",
        "equals-atrocity",
        "subjugation-of-whole",
        "this-is-war",
        "unleashed-on-whole",
        "whole-breaks-down",
    ]
