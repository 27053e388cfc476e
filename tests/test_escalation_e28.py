"""Round e28 (issue 13): escalation classes read among the PTC dev fear and exaggeration lines no match reached.
Each case is a sentence written for the test and the exact text escalation matches in it; the neighbouring plain
sense shows the rule took no more than its class."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # a war or a clash with a named foe foretold; one coming to an end is its end reported
        ("Officers in the north say a war with Pakistan is inevitable.", ["war with Pakistan is inevitable"]),
        ("If the blockade holds, a clash with the Navy is coming.", ["clash with the Navy is coming"]),
        ("The long war with the rebels is coming to an end.", []),
        # a disease foretold to turn deadlier; a health agency's warning of it is a risk reported
        ("Left unchecked, the fever may yet mutate into something deadlier.", ["mutate into something deadlier"]),
        ("Health agencies warned the flu strain could mutate into a more dangerous form.", []),
        (
            "Doctors have warned that, while the city can cope with the outbreak in its present form, they fear"
            " it could evolve into something far more dangerous.",
            [],
        ),
        ("Doctors fear the new cholera outbreak is impossible to eradicate.", []),
        # a disease beyond eradication, not a social ill
        ("The new cholera outbreak is impossible to eradicate, the doctors fear.", ["impossible to eradicate"]),
        ("Petty corruption is impossible to eradicate in a single term.", []),
        # a danger called unprecedented
        ("The parish faces an unprecedented danger from within.", ["unprecedented danger"]),
        # superlatives of a person, a record or a deed are not stakes (the header's decision)
        ("He is the worst mayor in the history of the city.", []),
        ("The probe flew the most distant course correction ever made.", []),
    ],
)
def test_e28_classes_and_their_plain_senses(text: str, expected: list[str]) -> None:
    assert spans(Analyzer(), text, "escalation") == expected
