"""Round l50 (issue 13): "regime" for every government is a label and counts, whoever governs ("the Assad regime",
"Maduro's regime", "the regime in Damascus", "the regime" referring back), at weight 0.5; a system of rules ("sanctions
regime", "a regime of"), the policy phrase "regime change" and the historical "Nazi regime" stay unmatched. "the
establishment" and "the mainstream media" count as sneers, after a word of contempt. Every dev news match the round
added was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L50 = JUDGED_DIR / "news_dev_l50_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a government called a regime, by its leader's, its people's or its capital's name, or referred back to
        ("Diplomats said the Assad regime had shelled the market again.", ["regime"]),
        ("The exiles accused Maduro's regime of jailing reporters.", ["regime"]),
        ("Aid convoys still wait for permits from the regime in Damascus.", ["regime"]),
        ("The envoy met officials of the Iranian regime in Oman. The regime later denied it.", ["regime", "regime"]),
        ("Refugees fled the military regimes of the region.", ["regimes"]),
        # the establishment and the mainstream media sneered at
        ("Then the limp party establishment begged the voters for mercy.", ["establishment"]),
        ("The left-liberal establishment closed ranks around the minister.", ["establishment"]),
        ("Every corporate mainstream media outlet ignored the rally.", ["mainstream media"]),
    ],
)
def test_a_government_called_a_regime_and_sneers_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a system of rules or a course, the policy phrase, a historical name
        "Hawks in the cabinet pressed for regime change in Caracas.",
        "The sanctions regime on oil exports was eased in May.",
        "Her coach put her on a strict training regime.",
        "The Nazi regime seized the family's factory in 1938.",
        "He proposed a regime of quarterly audits.",
        # the establishment and the mainstream media described
        "He ran as the establishment candidate in the primary.",
        "The story was picked up by the mainstream media on Monday.",
        "The council voted for the establishment of a new court.",
    ],
)
def test_rules_policies_history_and_descriptions_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_a_government_called_a_regime_weighs_half_a_label() -> None:
    """Weight 0.5 by measurement (PTC's loaded sentence AUC, 1.0 cost more): one match, half a normal label."""
    score = Analyzer().analyze("The regime denied the report.", split_title=False, evidence=False).signals
    assert (score["loaded_language"].count, score["loaded_language"].weighted) == (1, 0.5)


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L50)
    assert len(rows) == 56
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (56, 56)}


def test_the_census_rows_are_matched(shared_data: Path) -> None:
    joined = rejoin(read(L50), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} == {"regime", "regimes", "establishment", "mainstream media"}
