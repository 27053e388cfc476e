"""Sourcing of round k71 (issue 12), in sentences of our own, from its census of the annotated dev sources not found.

- A described subject ("The mayor", "the other candidate") with an aside between commas before its verb speaks in a
  later ", saying" or "and said": an appositive is part of the source, a relative clause is not. Before, the comma
  ended the search for the subject's verb and the cue had no source.
- A subject pronoun with an aside ("She, too, is …, warning") is the subject: before, "She," was read as an opening
  word and the cue had no source.
- A possessive before "statement(s) that" or "comment(s) that" is the source of what the clause says ("his statement
  that the bridge was safe"); before, no cue was read there. A capitalised preposition opening the sentence is no
  part of a possessor's name ("After Ana Ruiz's comments": "Ana Ruiz's").
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


CASES = [
    # fail before the round: no source (the cue had none)
    (
        "The mayor, a former teacher, drew a sharp contrast and said the levy would fail.",
        [("named", "said", "The mayor, a former teacher")],
    ),
    (
        "But the other candidate, Senator Ana Ruiz, drew a sharp contrast, saying that the levy would fail.",
        [("named", "saying", "the other candidate, Senator Ana Ruiz")],
    ),
    (
        "The last speaker, former Finance Minister Ana Ruiz, drew a sharp contrast, saying that the levy would fail.",
        [("named", "saying", "The last speaker, former Finance Minister Ana Ruiz")],
    ),
    (
        "The mayor, who was elected in May, drew a sharp contrast, saying that the levy would fail.",
        [("named", "saying", "The mayor")],
    ),
    (
        "She, too, is a cautious planner, warning that the levy would fail.",
        [("named", "warning", "She")],
    ),
    # guard: a cue inside a relative clause after the predicate is not the subject's
    (
        "The union, a group of nurses, premiered a film, in which Ana Ruiz sits, hands folded, to explain the strike.",
        [],
    ),
    # fail before the round: no cue
    (
        "The governor was challenged over his statement that the bridge was safe.",
        [("named", "statement", "his")],
    ),
    (
        "After Ana Ruiz's comments that the port should close, the crew left.",
        [("named", "comments", "Ana Ruiz's")],
    ),
    # guards: no possessive, or a relative "that"
    ("The ministry issued a statement that the bridge was safe.", [("named", "issued a statement", "The ministry")]),
    ("His comments that were aired on Monday angered the crew.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_k71_readings(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence's attributions (kind, cue, source), in order."""
    assert attributions(analyzer, text) == expected
