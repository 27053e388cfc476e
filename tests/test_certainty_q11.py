"""Round q11 (issue 13): boosters missed by a second fresh blind booster-dense dev sample (opinion and propaganda-prone
writing), by class. A claim endorsed as correct by a pointing word ("and that would be correct"), a person's claim
endorsed as right ("they are right"), what a thing truly is ("the true nature"), all the evidence said to settle a
claim, a claim called reality, a claim stated as factually so, a truth coming into view ("is becoming evident") and
knowledge asserted of a group or of "they" ("Republicans know that"). Not a place, a time, a deed or a condition
("right behind", "right to worry", "When he is right"), an aim to persuade, falsehood stated factually, or a group's
knowledge asked or supposed."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The council called the levy a stopgap, and that would be correct.", ["that would be correct"]),
        ("In some wards, this is correct.", ["this is correct"]),
        ("On the ferry fares, they are right.", ["they are right"]),
        ("She was right about the bridge all along.", ["She was right"]),
        ("The audit misses the true nature of the harbour debt.", ["the true nature"]),
        ("All available evidence shows that the canal leaks.", ["All available evidence"]),
        ("This is reality, whatever the brochures promise.", ["This is reality"]),
        ("The toll was factually a second tax on drivers.", ["was factually"]),
        ("His grip on the board is becoming evident.", ["evident"]),
        ("Republicans know that the levy will pass.", ["Republicans know that"]),
        ("They know that the count was short.", ["They know that"]),
    ],
)
def test_boosters_of_the_second_blind_sample_classes(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "When he is right, the fund earns millions.",
        "She was right behind the mayor at the parade.",
        "They are right to worry about the levy.",
        "If that is correct, the toll will rise.",
        "The ferry report was factually inaccurate.",
        "She could not convince people she's right about the pier.",
        "Do voters know that the toll doubles next year?",
        "If they know that the levy failed, they will leave.",
    ],
)
def test_places_deeds_conditions_and_questions_are_no_boosters(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


ADDED = JUDGED_DIR / "news_dev_q11_added.csv"  # every dev news match of the round's entries, the sample's left out


def test_the_added_matches_keep_their_judgements_and_still_match(shared_data: Path) -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"certainty": (17, 15)}
    assert all(kept for *_, kept in rejoin(read(ADDED), shared_data, shipped_analyzer()))
