"""Round l41 (issue 13): loaded-language misses and wrong matches by class, from a fresh blind dev set
(`twentyninth_*`). Spin pushed on the public ("push a narrative"), graft ("padding the pockets of"), mischief
("stir up trouble"), a show put on ("theatrical", "theatrics"), "dehumanize", a politician's circle named as a
firm ("Obama Inc."), "uncivil" and "obfuscate(d)" count; "extremist" before an act and the stage's own
"theatrical" do not. Every dev news match of the new entries was judged (the census below)."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L41 = JUDGED_DIR / "news_dev_l41_census.csv"  # every dev news match of the new entries, judged before they were kept
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "ptc", "polnear", "semeval2025_narratives")),
    reason="no ../shared",
)
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L41)
    assert len(rows) == 19
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (19, 18)}
    assert [r.entry for r in rows if not r.correct] == ["theatrics"]  # a rival's charge reported


@needs_data
def test_the_census_rows_are_still_matched() -> None:
    joined = rejoin(read(L41), default_data_dir(), shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert sorted({text.lower() for _, text, _, _ in joined}) == [
        "dehumanized",
        "obama inc",
        "obfuscate",
        "obfuscated",
        "padding the pockets",
        "push a narrative",
        "push the same narrative",
        "pushed this narrative",
        "pushing a narrative",
        "stir up more trouble",
        "theatrical",
        "theatrics",
        "uncivil",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council keeps pushing a narrative that the library is empty.", ["pushing a narrative"]),
        ("Both campaigns pushed the same narrative all autumn.", ["pushed the same narrative"]),
        ("Lobbyists spent the summer padding their own pockets.", ["padding their own pockets"]),
        ("The new rules only pad the pockets of the contractors.", ["pad the pockets"]),
        ("The visitors came to stir up trouble at the fair.", ["stir up trouble"]),
        ("He was jailed for stirring up hatred against his neighbours.", ["stirring up hatred"]),
        ("The senator's theatrical outrage fooled nobody.", ["theatrical"]),
        ("Voters are tired of the mayor's theatrics.", ["theatrics"]),
        ("The pamphlet dehumanizes the strikers.", ["dehumanizes"]),
        ("Clinton Inc. wants the seat back.", ["Clinton Inc"]),
        ("It was the most uncivil debate of the season.", ["uncivil"]),
        ("The agency obfuscated the cost for a year.", ["obfuscated"]),
        # a person or a stand called extremist still counts
        ("The real extremist on this bill is the governor.", ["extremist"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the stage's and the screen's own "theatrical", and "extremist" before an act it sorts
        "The film opens with a theatrical release in May.",
        "She joined a theatrical troupe after college.",
        "Police recorded a rise in extremist attacks last year.",
        "The report counts extremist violence by region.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []
