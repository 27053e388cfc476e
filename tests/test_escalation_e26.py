"""Round e26 (issue 13): escalation's wrong matches on own-voice dev news, by class. Each case is a sentence
written for the test and the exact text escalation matches in it; the neighbouring right sense shows the rule
took no more than its class."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # a warning named reports someone's alarm; the stakes it names still count when raised
        ("The vote came amid dire warnings from doctors about the flu.", []),
        ("She kept issuing dire warnings about crime.", []),
        ("Cutting the levee would have dire consequences for the town.", ["dire consequences"]),
        # a stake word after "barring" sets an unlikely event aside; the same word said outright raises it
        ("Barring a cataclysm, the bill will pass in May.", []),
        ("The ferry will sail on time, barring a catastrophe at sea.", []),
        ("The spill was a cataclysm for the coast.", ["cataclysm"]),
        # a campaign, a plan or a person that implodes has a setback; an economy or a country that does is doomed
        ("The senator's campaign imploded after the debate.", []),
        ("Critics expect the merger plan to implode.", []),
        ("Without the loans the economy will implode.", ["implode"]),
        ("They warned of the implosion of the currency.", ["implosion"]),
    ],
)
def test_escalation_e26_senses(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "escalation") == expected
