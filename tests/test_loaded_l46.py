"""Round l46 (issue 13): the loaded-language spans the dev marked samples, BABE's biased words and BASIL's lexical
spans miss, read by class. Kept, each class with its forms: verbs that sneer at how someone speaks ("bleats",
"gripes", "mansplaining"; "lecturing" only with the people lectured after it), words for a dull, coarse or servile
person and a party's fixers ("loutish", "a hatchet man", "dummies"), a camp called by a zealot militia's name ("the
woke Taliban"), dirt, disease and crime told of people or politics
("stinks of", "a den of thieves"), praise said with a sneer ("the climate wunderkind", "darling of
the left", "our betters"), compound adjectives that judge a mind or a heart ("muddle-headed", "cold-hearted"), the
forms of sneering verbs the file lacked ("gloats", "blustered") and "typical" as a sneer at a habit ("typical for
him", not "a typical household").
Every dev news match of the new entries was judged (the census below); "beholden to" was dropped on it, "a
cancer on" as escalation's span and "voodoo economics" as a span round l36 judged wrong."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L46 = JUDGED_DIR / "news_dev_l46_census.csv"  # every dev news match of the new entries, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L46)
    assert len(rows) == CENSUS_ROWS
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {
        "loaded_language": (CENSUS_ROWS, CENSUS_ROWS)
    }


def test_the_census_rows_are_still_matched(shared_data: Path) -> None:
    joined = rejoin(read(L46), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} >= {"lecturing", "stinks of", "wunderkind", "darling of the"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # verbs that sneer at how someone speaks, in the forms the file lacked
        ("The alderman bleats about parking every week.", ["bleats"]),
        ("Her gripes about the ferry schedule fill the letters page.", ["gripes"]),
        ("He kept mansplaining the budget to the treasurer.", ["mansplaining"]),
        ("The governor sermonized for an hour on thrift.", ["sermonized"]),
        ("The mayor bellowed at the zoning clerks.", ["bellowed"]),
        # "lecturing" with the people lectured after it
        ("The minister spent the evening lecturing voters on thrift.", ["lecturing"]),
        ("The envoy lectured the nation about manners.", ["lectured"]),
        # a dull, coarse or servile person, a party's fixers, a camp called by a zealot militia's name
        ("The columnist called the rival slate dummies.", ["dummies"]),
        ("He called the inspectors fat pigs on the radio.", ["fat pigs"]),
        ("The woke Taliban has come for the village fete.", ["woke Taliban"]),
        ("Their loutish candidate shouted at the moderator.", ["loutish"]),
        ("The paper called the aide the senator's hatchet man.", ["hatchet man"]),
        ("The board is a sock puppet of the developers.", ["sock puppet"]),
        # dirt, disease and crime told of people or politics
        ("The whole zoning deal stinks of favours.", ["stinks of"]),
        ("The council chamber has become a den of thieves.", ["den of thieves"]),
        # praise said with a sneer
        ("The fintech wunderkind promised the moon again.", ["wunderkind"]),
        ("The mayor, darling of the yacht crowd, cut the ribbon.", ["darling of the"]),
        ("Our betters in the capital have decided for us.", ["Our betters"]),
        ("He fancies himself the smartest guy in the room.", ["smartest guy in the room"]),
        # compound adjectives that judge a mind or a heart
        ("It was a muddle-headed plan from the start.", ["muddle-headed"]),
        ("The cold-hearted landlord evicted the tenants.", ["cold-hearted"]),
        # the forms of sneering verbs the file lacked
        ("The councillor gloats over every lost vote of his rivals.", ["gloats"]),
        ("The owner blustered about the harbour fees.", ["blustered"]),
        ("The pamphlet race-baits the voters of the valley.", ["race-baits"]),
        # "typical" as a sneer at a habit, before "of" or "for" and a person
        ("Skipping the hearing was typical for him.", ["typical"]),
        ("The promise is typical of the assurances the board gives.", ["typical"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a talk given, a lecture series, a plain dependence and a literal smell stay plain
        "The judge has lectured on antitrust law at the college.",
        "The museum lectures begin at noon.",
        "She gave a lecture to students on tides.",
        "The town is beholden to one large employer.",
        "The kitchen stank after the storm.",
        "A typical household spends less on heating in May.",
        "The lab bought two crash test dummies for the trials.",
        "Warm nights are becoming typical for the coast.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


CENSUS_ROWS = 30  # "beholden to" made 6 more, 2 right: dropped before the count
