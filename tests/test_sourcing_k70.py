"""Sourcing of round k70 (issue 12), in sentences of our own, from the error classes of blind set k70.

- "there"/"here" after a people noun ("officials there", "aides stationed there") end the phrase's head at the noun,
  as a preposition does; before, "there" was read as the head and the phrase was vague.
- "The <role>" (singular) after the role stood as a title before a name ("County Prosecutor Bob Lee") takes up that
  named person; before, it took the kind of the nearest earlier source (an unnamed spokesman: anonymous).
- "continue(s/d) to deny" and "specifies that" are cues; before, neither was read.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


CASES = [
    # fail before the round: vague ("there" read as the head)
    (
        "The consulate shut after aides stationed there complained of dizziness.",
        [("anonymous", "complained", "aides stationed there")],
    ),
    (
        "Officials here said the bridge would reopen in May.",
        [("anonymous", "said", "Officials here")],
    ),
    # guard: a broad group stays vague with "there"
    (
        "Voters there say the levy is too high.",
        [("vague", "say", "Voters there")],
    ),
    # fail before the round: anonymous (the spokesman before)
    (
        "A spokesman for County Prosecutor Dana Welk said the panel would sit for weeks. "
        "The prosecutor has insisted her past will play no part.",
        [
            ("anonymous", "said", "A spokesman for County Prosecutor Dana Welk"),
            ("named", "has insisted", "The prosecutor"),
        ],
    ),
    # guard: with no title before a name the role stays unnamed
    (
        "The panel sat on Monday. The prosecutor has insisted her past will play no part.",
        [("anonymous", "has insisted", "The prosecutor")],
    ),
    # fail before the round: no cue
    (
        "The port authority continues to deny it dumped the sludge.",
        [("named", "continues to deny", "The port authority")],
    ),
    (
        "In its manual the maker specifies that the pump runs dry for an hour.",
        [("named", "specifies", "the maker")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_k70_readings(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence's attributions (kind, cue, source), in order."""
    assert attributions(analyzer, text) == expected
