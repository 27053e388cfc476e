"""Round c61 (issue 12): the weak cues "attacked" and "knocked" in their physical sense, an assault or a blow, say
nothing: "attacked" a place, a building or a vehicle ("The group attacked the town"), with a weapon or before a
physical sequel ("attacked a teenager with a knife", "attacked the bus and beat the driver"), by or as assailants
("was attacked by militants", "thugs who attacked"); "knocked" someone down or on a door. Controls: "attacked" or
"knocked" a person, a plan or a record stays a cue (PolNeAR marks it), "knocked X on trade" too."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds


@pytest.mark.parametrize(
    "text",
    [
        "The group attacked the town on Monday.",
        "Gunmen from the group attacked a police station in the north overnight.",
        "Two youths attacked the bus and beat the driver.",
        "A stranger attacked the cyclist with a knife near the bridge.",
        "Terrorists who had attacked the embassy fled across the border.",
        "The player knocked him down in the second half.",
        "She knocked on the neighbour's door late at night.",
    ],
)
def test_no_attribution_for_an_assault_or_a_blow(analyzer, text: str) -> None:
    assert attributions_with_kinds(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The senator attacked the governor's plan on Monday.", "attacked", "The senator"),
        ("The pastor attacked the church leadership for its silence.", "attacked", "The pastor"),
        ("Lee knocked Roe on trade at the debate.", "knocked", "Lee"),
    ],
)
def test_attacks_in_words_stay_cues(analyzer, text: str, cue: str, source: str) -> None:
    found = attributions_with_kinds(analyzer, text)
    assert [(c, s) for c, s, _, _ in found] == [(cue, source)]
