"""Round l47 (issue 13): loaded-language matches the hand-markers leave unmarked, read over every dev sample that marks
loaded language and each entry's judged-draw record. Out: "frosty", "bleak" and "outcry" (relations, moods and a
reaction described); "propaganda" only as a label pinned on an outlet, a gain or a ploy ("a propaganda newspaper",
"a propaganda victory"), since alone it names a claim called false (doubt's) or a group's material (a topic);
"reckless" naming a criminal charge. Every dev news match the round removed was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L47 = JUDGED_DIR / "news_dev_l47_removed.csv"  # every dev news match the round removed, judged as matched before
CENSUS_ROWS, CENSUS = 48, (48, 2)  # 46 of the 48 removed matches judged wrong as loaded language: removed rightly
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence
doubt = partial(shipped_spans, signal="doubt")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # relations, moods and a reaction described, not words chosen to sway
        ("Talks between the two ferry firms have been frosty since spring.", []),
        ("The harvest looked bleak after the long drought.", []),
        ("The closure of the library drew an outcry from parents.", []),
        # a criminal charge names its statute's word
        ("The driver was charged with reckless endangerment after the crash.", []),
        ("She pleaded guilty to reckless driving on the coast road.", []),
        # "propaganda" alone: a group's material or a claim called false
        ("The militia printed propaganda for the border villages.", []),
        ("The mayor said the leaflet was propaganda.", []),
    ],
)
def test_descriptions_charges_and_bare_propaganda_are_not_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verdicts stay
        ("The reckless plan to sell the harbour alarmed the fishermen.", ["reckless"]),
        # "propaganda" pinned on an outlet, a gain or a ploy
        ("The regime's propaganda newspaper praised the new dam.", ["propaganda"]),
        ("The rebels hoped the march would be a propaganda victory.", ["propaganda"]),
        ("The council tried every propaganda trick it knew.", ["propaganda"]),
    ],
)
def test_verdicts_and_propaganda_labels_stay(sentence: str, expected: list[str]) -> None:
    assert [w for w in loaded(sentence) if w in expected] == expected


def test_bare_propaganda_stays_with_doubt() -> None:
    assert doubt("The mayor said the leaflet was propaganda.") == ["propaganda"]


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L47)
    assert len(rows) == CENSUS_ROWS
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": CENSUS}


def test_the_census_rows_are_no_longer_matched(shared_data: Path) -> None:
    joined = rejoin(read(L47), shared_data, shipped_analyzer())
    assert not any(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} == {"propaganda", "frosty", "bleak", "outcry", "reckless"}
