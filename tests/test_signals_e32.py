"""Round e32 (issue 13): misses of a fresh blind sample, written as classes: a threat or a warning called
chilling, crises set off in a cascade, a constitutional, national or moral crisis named, words attacking the press
or a political camp, and a conviction stated with an emphatic "do" (a booster, no longer a hedge); "level of
destruction" (damage reported) and "the real threat" (which of two is real) no longer match. The legal "chilling
effect", violence against journalists, "a real threat" and someone else's "do believe" stay as they were."""

from __future__ import annotations


import pytest

from signal_cases import shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The chilling warning came as the talks broke down.", ["chilling warning"]),
        ("Officials shrugged off the chilling threats made online.", ["chilling threats"]),
        ("A failed harvest could set off a cascade of new crises in the region.", ["cascade of new crises"]),
        ("Analysts feared cascading crises across the banking sector.", ["cascading crises"]),
        ("The senator kept up his attacks on the media all week.", ["attacks on"]),
        ("Her campaign is an attack on conservatives everywhere, he wrote.", ["attack on"]),
        ("The mayor has waged relentless attacks on news coverage he dislikes.", ["attacks on"]),
        ("Drought is a real threat to the valley's farms, the report said.", ["real threat"]),
        ("Residents heard the chilling new warning from the river authority.", ["chilling new warning"]),
        ("We are living through a constitutional crisis, the senator said.", ["constitutional crisis"]),
        ("The addiction wave has become a national crisis for small towns.", ["national crisis"]),
    ],
)
def test_escalation_classes_match(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "escalation") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling could have a chilling effect on free speech.",
        "The report counted attacks on journalists in the province.",
        "Crowds watched the water cascade over the rocks after the storm.",
        "The storm's unprecedented level of destruction shut most of the island's shops.",
        "Voters see the real threat to the mayor as his own party, not the challenger.",
    ],
)
def test_escalation_leaves_alone(sentence: str) -> None:
    assert matched(sentence, "escalation") == []


def test_an_emphatic_conviction_is_a_booster_not_a_hedge() -> None:
    sentence = "But I do believe that the new rule is the floor, not the ceiling."
    assert matched(sentence, "certainty") == ["I do believe"]
    assert matched(sentence, "hedging") == []


def test_someone_elses_belief_with_do_stays_a_hedge() -> None:
    sentence = "Her aides do believe the plan could pass in the spring."
    assert matched(sentence, "certainty") == []
    assert "believe" in matched(sentence, "hedging")
