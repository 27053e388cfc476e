"""Round l39 (issue 13): the loaded-language classes two blind dev sets missed (hiddenlike, twentyseventh): labels of
propaganda text, a disease named for a place or a party, sneers at a stance as infatuation or stealth, a crowd that
swarms a person, tabloid headline nouns. Every dev news match of the candidates was judged (the census below)."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L39 = JUDGED_DIR / "news_dev_l39_seed3939.csv"  # every dev news match of the candidates, judged before any was kept
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "polnear", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L39)
    assert len(rows) == 27 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (27, 23)}


@needs_data
def test_the_kept_entries_make_every_right_census_match_and_none_of_the_wrong() -> None:
    joined = rejoin(read(L39), default_data_dir(), shipped_analyzer())
    assert all(text.lower() == r.entry.lower() for r, text, _, _ in joined)
    assert sum(1 for *_, kept in joined if kept) == 22 and all(r.correct for r, *_, kept in joined if kept)
    # left out: "not enamored of" twice (understatement), "so desperate to" (1 of 2: the right one a speaker's sneer
    # in a speech), "front organization" (0 of 1)
    assert sorted((r.entry, r.correct) for r, *_, kept in joined if not kept) == [
        ("enamored of", False),
        ("enamored of", False),
        ("front organization", False),
        ("so desperate to", False),
        ("so desperate to", True),
    ]


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The broadcast blamed the Zionist entity for the blockade.", ["Zionist entity"]),
        ("The leaflet attacks the Zionist regime and its allies.", ["Zionist regime"]),
        ("The imperialists in the capital want another war.", ["imperialists"]),
        ("Marchers chanted against imperialist aggression.", ["imperialist"]),
        ("The charity is a front group for the ruling party.", ["front group"]),
        ("The island became a vassal of its larger neighbour.", ["vassal"]),
        ("The host kept calling it the Wuhan flu on air.", ["Wuhan flu"]),
        ("A poster blamed the CCP virus for the lockdowns.", ["CCP virus"]),
        ("Schools closed again over the Wuhan coronavirus.", ["Wuhan coronavirus"]),
        ("Pundits are so enamored of the tax plan that they ignore its cost.", ["enamored of"]),
        ("The board seems enamoured with its own slogans.", ["enamoured with"]),
        ("A secretive panel picked the winners.", ["secretive"]),
        ("Reporters swarmed her outside the courthouse.", ["swarmed her"]),
        ("The debate was a horror show for the incumbent.", ["horror show"]),
        ("Two teens were hurt in a horror crash near the bridge.", ["horror crash"]),
        ("Welcome to Crazytown, where the budget never balances.", ["Crazytown"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # understatement for mild dislike, history described, a feudal vassal, the plain "desperate" and "front"
        "Many farmers are not enamored of either candidate.",
        "Voters aren't enamored with the new map.",
        "The museum covers the country's imperialist past.",
        "Each feudal vassal owed the lord forty days of service.",
        "She was so desperate to see her children that she walked all night.",
        "The agency ran a front organization in the port.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []
