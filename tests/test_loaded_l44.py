"""Round l44 (issue 13): idioms of figurative evaluation the dev hand-marked samples mark and the lexicon lacked,
written by class from the definition with their forms: complicity and evasion ("looked the other way", "passing
the buck"), cheating ("gaming the system", "stacks the deck"), gullibility and disarray ("tripping over
themselves", "lost the plot"), contempt for a mind ("the attention span of a"), shame ("egg on his face"), folly
("a race to the bottom"), attack ("out for blood"), madness and cowardice ("off his rocker"), glorifying ("a tour
de force") and privilege ("born with a silver spoon"). Every dev news match of the kept entries was judged (the
census below); "paper over", "walk on water" and "a free-for-all" were dropped on their dev uses."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L44 = JUDGED_DIR / "news_dev_l44_census.csv"  # every dev news match of the kept entries, judged before they were kept
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L44)
    assert len(rows) == 14
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (14, 14)}


def test_the_census_rows_are_still_matched(shared_data: Path) -> None:
    joined = rejoin(read(L44), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} >= {"look the other way", "game the system", "race to the bottom"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # complicity and evasion
        ("The regulators looked the other way while the mill dumped its waste.", ["looked the other way"]),
        ("The council keeps passing the buck on the potholes.", ["passing the buck"]),
        ("The board paid lip service to the tenants' demands.", ["paid lip service"]),
        # cheating
        ("The landlords are gaming the system to dodge the levy.", ["gaming the system"]),
        ("The new map stacks the deck against rural towns.", ["stacks the deck"]),
        # gullibility and disarray
        ("The fans swallowed the coach's excuse hook, line and sinker.", ["hook, line and sinker"]),
        ("Rival bakers were tripping over themselves to praise the judge.", ["tripping over themselves"]),
        ("The chairman has clearly lost the plot.", ["lost the plot"]),
        # contempt for a mind, shame, folly
        ("The minister has the attention span of a goldfish.", ["attention span of a"]),
        ("The agency was left with egg on its face after the recall.", ["egg on its face"]),
        ("The tax contest between the towns is a race to the bottom.", ["race to the bottom"]),
        # attack, madness, cowardice
        ("The committee was out for blood at the hearing.", ["out for blood"]),
        ("The rival said the mayor was off his rocker.", ["off his rocker"]),
        ("The council has no backbone when the developers call.", ["no backbone"]),
        # glorifying and privilege
        ("Her closing speech was a tour de force.", ["tour de force"]),
        ("He was born with a silver spoon in his mouth.", ["silver spoon"]),
    ],
)
def test_the_round_idioms_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the dropped entries and literal neighbours stay plain
        "The two sides tried to paper over their differences before the vote.",
        "Visitors may not walk on water lilies in the pond.",
        "The debate turned into a free-for-all on taxes.",
        "The deck of the ferry was stacked with crates.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []
