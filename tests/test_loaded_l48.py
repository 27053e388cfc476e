"""Round l48 (issue 13): name-calling by construction. "devil" and "satan" count only where they are pinned on someone
(after a copula, "as", a verb of calling, a demonstrative or a vocative "you"), never as the figure of a church text, an
idiom or a team's name; "devils" only as written in lower case; a state, regime or nation called a terror state, a
terrorist regime or nation; "the powers that be", save the scriptural phrase of obedience. Every dev news match the
round added was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L48 = JUDGED_DIR / "news_dev_l48_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a demonising noun pinned on a person, a group or a state
        ("The pastor told the crowd the bankers are not neighbours: that's Satan.", ["Satan"]),
        ("In the broadcast he refers to the tax collectors as 'Satan'.", ["Satan"]),
        ("The old pamphlets called him a devil.", ["devil"]),
        ("Whether it's the devil or the neighbours, someone keeps moving the fence.", ["devil"]),
        ("Get out of my orchard, you little devil!", ["devil"]),
        ("Those devils set the granary on fire.", ["devils"]),
        ("The envoy said the island republic is a terror state.", ["terror state"]),
        ("Terror regimes must never be paid for their captives, the senator said.", ["Terror regimes"]),
        ("He wants no visitors from terrorist nations, he told the rally.", ["terrorist nations"]),
        ("Lately the powers that be ignore every letter we send.", ["powers that be"]),
    ],
)
def test_demonising_labels_pinned_on_someone_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the figure of a church text
        "The sermon set out the struggle between Christ and Satan.",
        "The abbot wrote that the smoke of Satan had entered the cloister.",
        "Lying, the monk taught, makes us most like the devil.",
        # idioms and a species
        "The devil is in the details of the grain contract.",
        "She played devil's advocate at the board meeting.",
        "A Tasmanian devil escaped from the zoo on Sunday.",
        # a team's name
        "The Devils beat the Rangers in overtime.",
        "Duke's Blue Devils lost at home.",
        # the scriptural call to obey the authorities
        "The letter urged submission to the powers that be.",
    ],
)
def test_literal_religious_and_team_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L48)
    assert len(rows) == 10
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (10, 10)}


def test_the_census_rows_are_matched(shared_data: Path) -> None:
    joined = rejoin(read(L48), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} == {
        "satan",
        "devil",
        "devils",
        "terror state",
        "terror regimes",
        "terrorist nations",
        "powers that be",
    }
