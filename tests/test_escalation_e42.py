"""Round e42 (issue 13): leftovers of rounds e41, q15 and a5 written as constructions, each counted on every dev news
use first: a people of newcomers pictured as a flood or an invasion with a passive verb ("flooded by immigrants"),
defencelessness against a named threat foretold as a policy's outcome ("leaves children defenseless against mass
shooters"), and a rule interaction: round e27's business-setback rule (a firm within three words cancels) no longer
reads a firm named as a party ("a deadly bargain with the firm"), so e41's "deadly" rule decides there."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_entries

CENSUS = JUDGED_DIR / "news_dev_e42_added.csv"  # every dev news match the round's entries and rules added


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a people of newcomers pictured as a flood or an invasion, with a passive verb
        ("The harbour town is flooded by illegal migrants, the mayor said.", [("flooded by", "flooded by")]),
        ("Our suburbs are swamped with refugees, the leaflet claims.", [("swamped with", "swamped with")]),
        ("The province was overrun with foreigners, she wrote.", [("overrun with", "overrun with")]),
        ("Soon the island will be invaded by asylum seekers.", [("invaded by", "invaded by")]),
        # defencelessness against a named threat, foretold as a policy's outcome
        (
            "The new rule leaves our pupils defenseless against armed attackers.",
            [("defenseless", "defenseless")],
        ),
        (
            "Such treaties render the nation defenceless in the face of tyranny.",
            [("defenceless", "defenceless")],
        ),
        # a firm named as a party does not cancel: e41's "deadly" rule decides, as without the firm
        ("The union signed a deadly bargain with the firm.", [("deadly", "deadly")]),
        ("They made a deadly bargain.", [("deadly", "deadly")]),
    ],
)
def test_a_class_of_the_leftovers_matches(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Her office was inundated with angry letters.",  # no people flood
        "The fields were flooded by the river in April.",  # a literal flood
        "The valley was overrun by enemy tanks in 1940.",  # a literal invasion
        "Downtown is overrun by criminals, the sheriff claims.",  # crime, loaded language's
        "A defenseless man was robbed on the corner.",  # a victim described
        "The cuts will leave the orchards defenseless.",  # no threat named
        "He warned the merger would decimate the company's culture.",  # e27's business setback still cancels
    ],
)
def test_the_class_leaves_a_plain_report(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round added (3), judged: 3 right; none removed."""
    assert judged_census(CENSUS) == ([("escalation", 3, 3)], ["defenseless", "flooded by"])
