"""Round e34 (issue 13): classes of stakes-raising language a fresh blind dev sample (`twentyeighth_*`) found
missing. Doom told as hell ("this country is going to hell"), a war made ready against a named foe, World War III
by its short name, a people's survival put in doubt, slaughter or sacrifice by the million, a whole's collapse or
suicide, cities on fire, harm beyond thought and crises said to spiral count; a motto, a war denied, a campaign
against a militia, a company's or a candidate's survival and a career's spiral do not."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence
DRAW = JUDGED_DIR / "news_dev_e34_added.csv"  # every dev news match the new entries made, judged before the drops
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / d).is_dir() for d in ("semeval2025_narratives", "ptc", "polnear", "basil", "babe")),
    reason="no ../shared",
)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The mayor warned that the whole state is going to hell.", ["going to hell"]),
        ("If the bishops stay silent, many souls will go to hell.", ["will go to hell"]),
        ("The drought, she said, has opened the gates of hell for farmers.", ["gates of hell"]),
        ("The rebels are preparing for a war with the coalition.", ["preparing for a war"]),
        ("Poland must prepare for war against its neighbour, the minister said.", ["prepare for war"]),
        ("Blocking the strait would start WW III overnight.", ["WW III"]),
        ("A single misstep could drag us into WW3.", ["WW3"]),
        ("Arming the militia will result in all out war across the valley.", ["all out war"]),
        ("Any strike on the capital must be met with a nuclear attack, the general wrote.", ["nuclear attack"]),
        ("This government is at war with people of faith.", ["at war with"]),
        ("Our republic cannot survive another decade of this.", ["cannot survive"]),
        ("The vote is about the survival of the Ukrainian people.", ["survival of"]),
        ("The warlord would sacrifice millions of his own men.", ["sacrifice millions"]),
        ("They mean to slaughter all the villagers in the north.", ["slaughter all"]),
        ("Wind farms have killed billions of insects, the blog claimed.", ["killed billions"]),
        ("The militia has taken the whole region hostage.", ["region hostage"]),
        ("Printing money this fast ends in a currency collapse.", ["currency collapse"]),
        ("Closing every factory would be economic suicide.", ["economic suicide"]),
        ("Voters are tired of looted stores and cities on fire.", ["cities on fire"]),
        ("The bombing unleashed unthinkable destruction on the valley.", ["unthinkable destruction"]),
        ("Only the courts can save us from imminent tyranny.", ["imminent tyranny"]),
        ("The border crisis is spiralling, aid groups say.", ["spiralling"]),
        ("Officials drew up a doomsday scenario for the grid.", ["doomsday scenario"]),
        ("The regime is playing Russian roulette with our lives.", ["Russian roulette with"]),
        ("Cheap plastic is killing the planet, the letter says.", ["killing the planet"]),
        ("Without the guards at the door it would have been a massacre.", ["would have been a massacre"]),
        ("A fungus with no cure is spreading through the wards.", ["with no cure"]),
    ],
)
def test_stakes_raised_are_matched(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "escalation") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The club's motto reads: if you wish peace, prepare for war.",
        "As governments arm and prepare for war, wages fall.",
        "I don't think we are at war with Islam, the senator said.",
        "The army is already at war with the militia in the south.",
        "The startup cannot survive another quarter without funding.",
        "His career spiralled after the scandal.",
        "Medics said the patient could not survive the flight.",
        "The protesters set two cars on fire outside the station.",
        "There is no cure for the common cold.",
        "There is a culture war going on in the suburbs.",
    ],
)
def test_reports_mottos_and_denials_raise_no_stakes(sentence: str) -> None:
    assert matched(sentence, "escalation") == []


def test_the_draw_of_every_new_dev_match() -> None:
    rows = read(DRAW)
    # 61 dev news matches of the new entries, 3 left out for overlapping a span an earlier draw judged
    assert len(rows) == 58
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"escalation": (58, 54)}


@needs_data
def test_only_the_dropped_entries_and_the_denial_leave_the_draw() -> None:
    """The entries judged under 0.8 ("declaration of war", "climate disaster", "nuclear first strike"; "a war going
    on" by the dev samples' readings) were dropped and the denial cancelled; every other row is still matched (one
    inside a longer match since round e36)."""
    joined = rejoin(read(DRAW), default_data_dir(), shipped_analyzer())
    gone = sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept)
    assert gone == [
        *[("a war going on", True)] * 4,
        ("at war with", False),
        ("climate disaster", False),
        ("climate disaster", True),
        ("climate disaster", True),
        ("declaration of war", False),
        ("declaration of war", True),
        ("declaration of war", True),
        ("declaration of war", True),
        ("nuclear first strike", False),
        ("nuclear first strike", True),
        # round e36: "could threaten the survival of my country", one match now with the verb before it
        ("survival of", True),
    ]
