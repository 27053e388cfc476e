"""Round l30 (issue 13): loaded-language families a twenty-second blind dev sample (SemEval-2025, BASIL) missed.
Each case is a sentence written for the test and the exact text the signal matches in it, so a family that stops
matching shows, and the plain sense beside it shows the entry did not take too much."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # the -ly adverbs of kept sneering adjectives
        ("The minister haplessly watched his own bill fall apart.", ["haplessly"]),
        ("Activists were righteously indignant about the ruling.", ["righteously"]),
        ("The council is working feverishly to undo the vote.", ["feverishly"]),
        ("Critics say the agency spends money frivolously.", ["frivolously"]),
        # sneering adjectives and a spelling variant of a kept one
        ("The mayor keeps chasing his lofty transit goals.", ["lofty"]),
        ("Hikers admired the lofty peaks above the valley.", []),
        ("The senator called the licensing rule anachronistic.", ["anachronistic"]),
        ("Yet another hair-brained scheme came out of the committee.", ["hair-brained"]),
        # name-calling
        # round l50: a government called a regime counts
        ("New sanctions aim to starve the regime's war machine.", ["regime", "war machine"]),
        ("The court handed down a string of pro-corporate rulings.", ["pro-corporate"]),
        # dysphemisms of taking money
        ("Opponents said the plan raided Medicare to fund tax cuts.", ["raided Medicare"]),
        ("The bill is a massive giveaway to the drug makers.", ["giveaway"]),
        ("His nervous smile was a dead giveaway.", []),
        ("Prosecutors say the firm bilked retirees out of millions.", ["bilked"]),
        # an evaluative noun and the idiom of self-harming folly
        ("The governor called the ruling an affront to voters.", ["affront"]),
        ("With that tariff the country shot itself in the foot.", ["shot itself in the foot"]),
        ("The party keeps shooting itself in the foot on taxes.", ["shooting itself in the foot"]),
        ("The officer shot him in the foot during the struggle.", []),
        # other spellings of kept labels: a space for the hyphen, closed for the space, a singular
        ("The ad was pure fear mongering about crime.", ["fear mongering"]),
        ("He dismissed the protesters as neofascists.", ["neofascists"]),
        ("The columnist wrote off the mouth breathers in the stands.", ["mouth breathers"]),
        ("A cheap tunnel to the island was always a pipedream.", ["pipedream"]),
        ("Every Never Trumper on the panel nodded.", ["Never Trumper"]),
    ],
)
def test_loaded_language_family(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "loaded_language") == expected
