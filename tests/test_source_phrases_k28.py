"""Two source-phrase rules of round k28 (issue 12), in sentences of our own: after a forward cue ("according to"),
two modifiers of one noun joined by "and"/"or" (the lexicon's `paired_modifiers`: "current and former", "past or
present") stay in one source phrase ("according to the current and former port officials"), where the phrase
used to stop at the "and" ("the current", read named); and "the current and former officials" is unnamed people,
anonymous, not a named first conjunct. Guards pin what the rule must not change: a name and a group joined by
"and" still split, two modifiers that are no pair stay apart, and the source before its verb reads as before. Second rule: a person before a relative clause that holds a cue
of its own ("A second person that Lowe claimed was on the boat says") is the source of the later cue, with the
person's kind (anonymous), not the clause's tail ("was on the boat", vague)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A second person that Lowe claimed was on the boat says she stayed ashore all night.",
            [
                ("named", "claimed", "Lowe"),
                ("anonymous", "says", "A second person that Lowe claimed was on the boat"),
            ],
        ),
        (
            "One official who Ortiz said was in the room told reporters the vote was never held.",
            [
                ("named", "said", "Ortiz"),
                ("anonymous", "told reporters", "One official who Ortiz said was in the room"),
            ],
        ),
        # guard: no cue inside the relative clause, the phrase is read as before
        (
            "A second person who was on the boat says she stayed ashore all night.",
            [("anonymous", "says", "A second person who was on the boat")],
        ),
        # guard: the clause's own speaker with no noun of people before "that"
        (
            "The plan that Lowe claimed was dead is back, Ortiz said.",
            [("named", "claimed", "Lowe"), ("named", "said", "Ortiz")],
        ),
    ],
)
def test_a_person_before_a_relative_clause_with_its_own_cue_is_the_source(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
