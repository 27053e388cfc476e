"""Round e35 (issue 13): certainty and escalation classes a fresh blind dev sample (`dense_*`) found missing, and
more of their kinds. "sure" as a voucher before a verb of seeming, a truth called obvious "by now", a saying called
fair with a degree word, a settled question and an oath's "damn well" are boosters; a country called invaded, a war
waged on "us", a war or a fire engulfing a whole, a disaster ravaging the world and a war about to break out raise
the stakes. The predicate "sure", a rule that should be clear, a statute's "actually and", an army's invasion told by
its victim, flames in a house, a town's wildfire, a pandemic told in the past and talks about to begin do not."""

from __future__ import annotations

import pytest

from signal_cases import shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("It sure looks like the council has made up its mind.", ["sure looks"]),
        ("That sure sounded like an apology to the neighbours.", ["sure sounded"]),
        ("It should be clear by now that the scheme has failed.", ["It should be clear"]),
        ("The governor, as should be obvious, never read the audit.", ["should be obvious"]),
        ("It is absolutely fair to say the bridge was built too fast.", ["absolutely fair to say"]),
        ("The auditor is totally correct about the missing funds.", ["totally correct"]),
        ("There is little question that the levy will pass.", ["There is little question"]),
        ("The chairman knows damn well what the memo said.", ["knows damn well"]),
        ("Nobody can seriously argue that the tram line paid off.", ["Nobody can seriously"]),
        ("Anyone with eyes can see the harbour is silting up.", ["Anyone with eyes"]),
        ("It is a safe bet that the ferry fares go up again.", ["It is a safe bet"]),
    ],
)
def test_boosters_are_matched(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Make sure the gates are locked before the match.",
        "I'm not sure is the right word for the plan.",
        "The rules should be clear to every applicant.",
        "A clerk who actually and knowingly files a false form is liable.",
        "Short-term bonds are a safe bet for cautious savers.",
    ],
)
def test_predicates_urges_and_manner_boost_nothing(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("We are talking about an invasion of our country, the candidate said.", ["an invasion of our"]),
        ("Smuggling gangs are invading our towns, the sheriff told the crowd.", ["invading our"]),
        ("The crowds face an invasion at our southern border, he wrote.", ["invasion at our"]),
        ("A hybrid war is being waged against our country, the minister said.", ["war is being waged against"]),
        ("This is a war waged on our families by the bureaucrats.", ["war waged on"]),
        ("The fighting threatens to engulf the entire region.", ["engulf"]),
        ("The clashes in the south are engulfing Lebanon.", ["engulfing"]),
        ("Drought ravages much of the world while the summit talks.", ["ravages"]),
        (
            "The war for the straits appears about to commence off the coast.",
            ["war for the straits appears about to commence"],
        ),
        ("A new war is about to break out in the mountains.", ["war is about to break out"]),
        ("The future of the republic is at stake in this vote.", ["future of the republic is at stake"]),
        ("Our democracy is dying, the pastor told the congregation.", ["democracy is dying"]),
        ("Open the border and the barbarians are at the gates.", ["barbarians are at the gates"]),
        ("If this passes, the streets will run red with blood.", ["run red with blood"]),
        ("Block our ships and, make no error, this means war.", ["this means war"]),
    ],
)
def test_stakes_raised_are_matched(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "escalation") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops began invading our country in 2014.",
        "The army's invasion of our country began in the spring.",
        "The war waged against the rebels ended in 1998.",
        "Flames were engulfing the barn when the crew arrived.",
        "Wildfires are ravaging the hills above the town.",
        "A pandemic that ravaged the world killed millions.",
        "As the war enters its third year, peace talks are about to begin.",
        "The barbarians are no longer at the gate.",
    ],
)
def test_reports_and_literal_senses_raise_no_stakes(sentence: str) -> None:
    assert matched(sentence, "escalation") == []
