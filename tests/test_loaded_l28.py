"""Round l28 (issue 13): loaded-language families a twentieth blind dev sample missed. Each case is a sentence
written for the test and the exact text the signal matches in it, so a family that stops matching shows, and the
plain sense beside it shows the entry did not take too much."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # expletives and vulgar idioms of contempt, censored forms included
        ("The rapper vowed to expose that motherfucker at the rally.", ["motherfucker"]),
        ("Her 'get the motherf***er' line drew boos.", ["motherf"]),
        ("He told the reporter he would kick his ass.", ["kick his ass"]),
        ("Nobody in the caucus had the balls to say no.", ["the balls to"]),
        ("The umpire kept calling balls and strikes.", []),
        # abortion told as the killing of babies
        ("They would happily allow executing babies at birth, the pastor said.", ["executing babies"]),
        ("Protesters gathered outside one of the city's abortion mills.", ["abortion mills"]),
        # sneering names
        ("The senator, a war cheerleader since 2003, backed the strike.", ["cheerleader"]),
        ("The pundits served as pathetic cheerleaders and censors.", ["pathetic", "cheerleaders"]),
        ("She was a cheerleader at her high school and later a nurse.", []),
        ("The college cheerleader squad travelled to the final.", []),
        ("The site ran yet another piece of clickbait on the trial.", ["clickbait"]),
        ("The candidate finally left his basement bunker for a rally.", ["basement bunker"]),
        ("A science-averse council cut the lab's budget.", ["science-averse"]),
        ("Crime keeps rising in Democrat-run cities, the ad says.", ["Democrat-run"]),
        # idioms of fear-playing, forcing and gall
        ("The governor is playing on the fears of older voters.", ["playing on the fears"]),
        ("A campaign fanning fears of crime ran all spring.", ["fanning fears"]),
        ("They keep shoving the new curriculum down our throats.", ["down our throats"]),
        ("Then he had the nerve to ask us for money.", ["the nerve to"]),
    ],
)
def test_loaded_language_family(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "loaded_language") == expected
