"""Sourcing of round c48 (issue 12), in sentences of our own, from its count of the dev source phrases that overlap
no annotated source.

- A relative clause with no "that" ("the kind of judge many senators said they liked", "a budget the treasurer said was
  too thin", "Nothing the coach said") has a subject of its own right before its cue: that subject speaks, not the noun
  the clause describes. Before, the source phrase ran from the noun (or further back) to the cue.
- A second predicate after "and" and a time ("Ruiz froze the budget and on Monday said") is the subject's, as
  "and later said" was; before, the source ran from the subject to "and".
- A predicate listed after a comma, after one led by an earlier cue with words of its own and a subject opening the
  sentence ("Ruiz defended the budget as a modest plan, mocked the council"), is that subject's; before, the noun
  before the comma was read as its source.
- Guards: a preposition or a conjunction before the determiner makes it part of one phrase ("Supporters of the
  plan say"), a verb in the phrase ends the clause before the cue ("The survey the agency published shows"), a
  participle cue has no clause of its own, and "the" needs its noun.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions

CASES = [
    # fail before the round: the phrase ran from the noun the clause describes
    (
        "The council picked exactly the kind of auditor many residents said they trusted.",
        [("vague", "said", "many residents")],
    ),
    (
        "Nothing the coach said could calm the players.",
        [("named", "said", "the coach")],
    ),
    (
        "Rents rose again, something few tenants have denied.",
        [("vague", "have denied", "few tenants")],
    ),
    (
        "The board approved a budget the treasurer said was too thin.",
        [("named", "said", "the treasurer")],
    ),
    (
        "Everything else you say about the port is false.",
        [("vague", "say", "you")],
    ),
    (
        "The depot closed, a move the transit union has criticized.",
        [("named", "has criticized", "the transit union")],
    ),
    (
        "The next day the transit union warned of a strike.",
        [("named", "warned", "the transit union")],
    ),
    # fail before the round: a time between "and" and a second predicate's cue hid the conjunction
    (
        "Ruiz froze the budget and on Monday said that the depot would close.",
        [("named", "said", "Ruiz")],
    ),
    # fail before the round: a predicate listed after a comma took the noun before the comma
    (
        "Ruiz defended the budget as a modest plan, mocked the council and left early.",
        [("named", "defended", "Ruiz"), ("named", "mocked", "Ruiz")],
    ),
    # guards: one phrase, a verb in the phrase, a participle cue
    ("Supporters of the new levy say it will pass.", [("vague", "say", "Supporters of the new levy")]),
    ("Ruiz and Lee on Monday said that the depot would close.", [("named", "said", "Ruiz and Lee")]),
    ("Residents near the old depot said it was loud.", [("anonymous", "said", "Residents near the old depot")]),
    ("The survey the agency published shows that rents rose.", [("named", "shows", "The survey the agency published")]),
    ("Ana Ruiz has spent the past few weeks praising the new levy.", [("named", "praising", "Ana Ruiz")]),
    (
        "The council, Ruiz said, endorsed the levy.",  # the subject before an inserted tag speaks (round c49)
        [("named", "said", "Ruiz"), ("named", "endorsed", "The council")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_c48_readings(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence's attributions (kind, cue, source), in order."""
    assert attributions(analyzer, text) == expected
