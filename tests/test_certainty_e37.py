"""Round e37 (issue 13): boosters missed by a fresh blind dev sample dense in booster cues, by class. A claim endorsed
as right when reported ("rightly pointed out", "correctly viewed"), "really" after a form of "be" before what a thing
truly is ("is really about"), "simple truth" with any determiner and a claim called "a fact" in quotation marks. Not
a deed or a forecast judged right ("rightly apologized"), a degree ("really a lovely park") or a clause that asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("As the auditor rightly pointed out, the levy never paid for itself.", ["rightly pointed"]),
        ("The mayor rightly believes the ferry will pay its way.", ["rightly believes"]),
        ("Critics correctly viewed the plan as a giveaway to the builders.", ["correctly viewed"]),
        ("The quarrel over the pier is really about the harbour fees.", ["is really"]),
        ("It's really just a matter of who pays.", ["'s really"]),
        ("That simple truth escapes the council every spring.", ["simple truth"]),
        ('Ruiz insisted that the figure was "a fact."', ['was "a fact']),
    ],
)
def test_boosters_of_the_blind_sample_classes(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The clerk rightly apologized to the families on Monday.",
        "The poll correctly picked the winner of the county race.",
        "It is really a lovely park in the summer.",
        "Nobody asked whether the strike was really about pay.",
    ],
)
def test_deeds_degrees_and_questions_are_no_boosters(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


ADDED = JUDGED_DIR / "news_dev_e37_added.csv"  # every dev news match of the round's entries, the sample's left out


def test_the_added_matches_keep_their_judgements_and_still_match(shared_data: Path) -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"certainty": (19, 19)}
    assert all(kept for *_, kept in rejoin(read(ADDED), shared_data, shipped_analyzer()))
