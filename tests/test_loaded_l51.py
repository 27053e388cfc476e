"""Round l51 (issue 13): dev misses of loaded language read by class and each candidate counted over every dev news use:
labels for a politician ("a proven failure", "the Washington cartel", "in thrall to", a rival's "best recruiter"), a
sneer at government ("micromanage"), politics as a circus or a carnival, a people damned as "the enemy of God",
collaborators named after Vichy. A drug cartel, Brazil's Carnival and a firm's recruiter stay unmatched. Every dev news
match the round added was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L51 = JUDGED_DIR / "news_dev_l51_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # labels for a politician
        ("The mayor called his opponent a proven failure at running anything.", ["proven failure"]),
        ("He vowed to take on the Washington cartel once elected.", ["Washington cartel"]),
        ("The governor is in thrall to the gambling industry, the editorial said.", ["in thrall to"]),
        ("Her challenger had become the militia's best recruiter, she said.", ["best recruiter"]),
        # a sneer at government
        ("The agency wants to micromanage how farmers plant their fields.", ["micromanage"]),
        # politics as a circus or a carnival
        ("Voters are tired of these hearing circuses in the capital.", ["circuses"]),
        ("The carnival-like primary drowned out the rest of the ballot.", ["carnival-like"]),
        # a people damned in a sermon, collaborators named after Vichy, a lust named
        ("The preacher named the protesters the enemy of God.", ["enemy of God"]),
        ("The blogger dismissed the press corps as Vichy journalism.", ["Vichy journalism"]),
        ("Their lust for power knows no limit.", ["lust for power"]),
    ],
)
def test_labels_figures_and_insults_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a drug gang, a festival
        "Police seized cash from the drug cartel's safe house.",
        "Thousands danced through the streets at the annual Carnival in Rio.",
        # the plain senses of the words beside the new entries
        "The recruiter said the firm hired forty engineers this year.",
    ],
)
def test_gangs_festivals_and_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    """32 dev news matches added, none removed, all judged right."""
    rows = read(L51)
    assert len(rows) == 32
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (32, 32)}


def test_the_census_rows_are_matched(shared_data: Path) -> None:
    joined = rejoin(read(L51), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} == {
        "Vichy journalism",
        "Vichy journalists",
        "Washington cartel",
        "a carnival of",
        "best recruiter",
        "carnival-like",
        "circuses",
        "college cartel",
        "enemy of God",
        "hostage-style",
        "in thrall to",
        "lust for power",
        "micromanage",
        "micromanaged",
        "proven failure",
        "thought crimes",
    }
