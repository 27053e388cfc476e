"""A source-phrase rule of round k28 (issue 12), in sentences of our own: after a forward cue ("according to"),
two modifiers of one noun joined by "and"/"or" (the lexicon's `paired_modifiers`: "current and former", "past or
present") stay in one source phrase ("according to the current and former port officials"), where the phrase
used to stop at the "and" ("the current", read named); and "the current and former officials" is unnamed people,
anonymous, not a named first conjunct. Guards pin what the rule must not change: a name and a group joined by
"and" still split, two modifiers that are no pair stay apart, and the source before its verb reads as before."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The audit was shelved in March, according to the current and former port officials.",
            [("anonymous", "according to", "the current and former port officials")],
        ),
        (
            "Two of the pumps had failed, according to current and former aides.",
            [("anonymous", "according to", "current and former aides")],
        ),
        (
            "The ward was short of beds for years, according to past or present officials.",
            [("anonymous", "according to", "past or present officials")],
        ),
    ],
)
def test_paired_modifiers_stay_in_one_source_after_the_cue(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and a group joined by "and": the name is the source, as before
        (
            "The audit was shelved in March, according to Dana Price and former port officials.",
            [("named", "according to", "Dana Price")],
        ),
        # "senior" is a pair word, "tired" is not: no pair, the phrase stops at "and" as before
        (
            "The shift was cut short, according to senior and tired nurses.",
            [("vague", "according to", "senior")],
        ),
        # the source before its verb was whole already
        (
            "The current and former port officials said the audit was shelved.",
            [("anonymous", "said", "The current and former port officials")],
        ),
        # a named person and her aides: the named person still leads
        (
            "The audit was shelved, according to the senator and her aides.",
            [("named", "according to", "the senator")],
        ),
    ],
)
def test_paired_modifier_guards(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
