"""Round l49 (issue 13): labels by construction. "regime" counts where it takes a government's legitimacy away: an
elected government called a regime by its people's name, or any government beside a word that denies it (round l50
counts every government: tests/test_loaded_l50.py); a system of rules ("sanctions regime"), "regime change" and the
historical "Nazi regime" stay unmatched. A rival judged "unqualified", "the political class", "culture warriors", drugs or people
"pouring in" at a border, an elected leader's "reign", "rubbing our noses in", "gnashing their teeth", "unloaded again
on", "political pornography". Every dev news match the round added was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L49 = JUDGED_DIR / "news_dev_l49_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an elected government called a regime, or a government beside a word that denies it
        ("The envoy blamed the Ukrainian regime for the shelling of the dam.", ["regime"]),
        ("Activists marched against the Israeli regime outside the embassy.", ["regime"]),
        ("The broadcaster called it a criminal nationalist regime propped up by foreigners.", ["regime"]),
        ("The pamphlet called the cabinet an illegitimate regime run from abroad.", ["illegitimate", "regime"]),
        # a rival judged unfit, politicians as one caste, a sneer for activists
        ("The governor told voters his opponent was unqualified to hold any office.", ["unqualified"]),
        ("For decades the political class has ignored the farmers, the candidate said.", ["political class"]),
        ("The senator's culture warriors packed the school board meeting.", ["culture warriors"]),
        # a flood said of drugs or people at a border
        ("He said that without a wall the drugs will keep pouring in.", ["pouring in"]),
        ("Migrants are pouring in every night, the sheriff claimed.", ["pouring in"]),
        # an elected leader's term called a reign; idioms of contempt and of rivals' impotent rage
        ("Prices doubled during the Biden reign, the columnist wrote.", ["Biden reign"]),
        ("The council keeps rubbing our noses in its expense accounts.", ["rubbing our noses in"]),
        ("The rival campaign must be gnashing their teeth tonight.", ["gnashing their teeth"]),
        ("The mayor unloaded again on the water board at the hearing.", ["unloaded again on"]),
        ("Their attack videos are political pornography for the base.", ["political pornography"]),
    ],
)
def test_labels_and_judgements_that_sway_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "regime" as a system of rules or a course (round l50: an autocracy's government by its plain name counts)
        "The sanctions regime was tightened after the vote.",
        "Economists expect the new tax regimes to raise revenue.",
        "Her doctor put her on a strict medication regime.",
        "The senators argued over regime change in the region.",
        "The museum documents the crimes of the Nazi regime.",
        "He proposed a regime of tax cuts and tariffs.",
        # rain, money and letters pour in
        "Donations have been pouring in since the flood.",
        "Rain was pouring in through the broken roof.",
        # a monarch's reign
        "The cathedral was finished during the reign of Queen Anne.",
    ],
)
def test_plain_senses_and_plain_names_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L49)
    assert len(rows) == 39
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (39, 38)}


def test_the_census_rows_are_matched(shared_data: Path) -> None:
    joined = rejoin(read(L49), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} == {
        "regime",
        "regimes",
        "unqualified",
        "political class",
        "culture warrior",
        "culture warriors",
        "pouring in",
        "Obama reign",
        "rubbing our noses in",
        "gnashing their teeth",
        "unloaded again on",
        "political pornography",
    }
