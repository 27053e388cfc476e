"""Kind rules of round k29 (issue 12), in sentences of our own: the population at large ("the public", "the
American public"), the people of a place named as a whole ("the local civilians") and unnamed channels of a
platform ("Telegram channels") are vague, through the lexicon's `group_nouns`; a lower-case "press" as the head of
a source is a country's or a camp's press as a whole, vague, through the new `lowercase_group_nouns` list; general
evidence in the plural ("Latest estimates suggest", "Official statistics show") is vague, and "estimates" before a
verb of evidence or after a plural quantifier is that noun, not a cue (two context rules in reporting_verbs.toml).
Guards pin what the rules must not change: an outlet whose name ends in "Press" stays named, and so do "the public
defender" and "the press secretary" (other heads), and "The agency estimates that" keeps its verb. One channel of a
platform, "one of" the group by the same list, is one unnamed author, anonymous (named before the round), as
docs/source-kinds.md reads an unnamed single author."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The public believes the economy is getting weaker.", [("vague", "believes", "The public")]),
        (
            "The American public believes the war has gone on too long.",
            [("vague", "believes", "The American public")],
        ),
        ("The local civilians said the shelling began at dawn.", [("vague", "said", "The local civilians")]),
        (
            "Telegram channels said there had been explosions before the fire.",
            [("vague", "said", "Telegram channels")],
        ),
        (
            "Pro-Kremlin Telegram channels claimed the bridge had been hit.",
            [("vague", "claimed", "Pro-Kremlin Telegram channels")],
        ),
        # one channel is one of the group, an unnamed author: anonymous (named before the round)
        (
            "A Telegram channel linked to the army said the bridge had been hit.",
            [("anonymous", "said", "A Telegram channel linked to the army")],
        ),
        # guard: a share of the public was vague before
        ("Most of the public says the tax is unfair.", [("vague", "says", "Most of the public")]),
        # guard: "public" before another noun is no head
        ("The public defender said the charges were weak.", [("named", "said", "The public defender")]),
    ],
)
def test_the_public_the_people_of_a_place_and_a_platforms_channels_are_vague(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The British press reported that the talks had failed.", [("vague", "reported", "The British press")]),
        (
            "The Western corporate press speculate that the minister will resign.",
            [("vague", "speculate", "The Western corporate press")],
        ),
        # guards: capitalised, "Press" ends an outlet's name; "press" before another noun is no head
        (
            "The Associated Press reported that the talks had failed.",
            [("named", "reported", "The Associated Press")],
        ),
        (
            "The Detroit Free Press reported that the talks had failed.",
            [("named", "reported", "The Detroit Free Press")],
        ),
        (
            "The press secretary said the president would not attend.",
            [("named", "said", "The press secretary")],
        ),
    ],
)
def test_a_lower_case_press_is_a_press_as_a_whole(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latest estimates suggest the army has lost 700 tanks.",
            [("vague", "suggest", "Latest estimates")],
        ),
        ("New estimates show the deficit will grow.", [("vague", "show", "New estimates")]),
        ("Some estimates suggest the cost will double.", [("vague", "suggest", "Some estimates")]),
        (
            "Two million people have fled, according to various estimates.",
            [("vague", "according to", "various estimates")],
        ),
        ("Official statistics show the economy shrank.", [("vague", "show", "Official statistics")]),
        ("Federal projections suggest the deficit will grow.", [("vague", "suggest", "Federal projections")]),
        # guard: after its subject "estimates" is still the verb
        ("The agency estimates that the cost will double.", [("named", "estimates", "The agency")]),
    ],
)
def test_estimates_and_statistics_in_general_are_vague_sources_not_cues(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
