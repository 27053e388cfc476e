"""A passive with its agent and a partitive aside in the subject (issue 12, helper round v35), in sentences of our
own: the exact cue, source, kind and content of each attribution, with the rules. Before the round the content of
"The merger was criticized by Senator Ana Ruiz" was "The merger was" (the subject with the passive's "be"), and of
"is labeled as toxic by the regulator" the subject and "is", where "was described as … by" reads the complement;
and "Nine nurses, three of whom spoke on condition of anonymity, said …" read the aside's verb phrase as the
source."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject, without the "be" and the auxiliaries, which go with the cue (PolNeAR's content and cue)
        (
            "The merger was criticized by Senator Ana Ruiz.",
            [("was criticized", "Senator Ana Ruiz", "named", "The merger")],
        ),
        (
            "The tariff has been sharply criticized by the farmers' union.",
            [("has been sharply criticized", "the farmers' union", "named", "The tariff")],
        ),
        # a reduced passive set off by commas: the noun, without its comma
        ("The levy, opposed by the mayor, passed on Tuesday.", [("opposed", "the mayor", "named", "The levy")]),
        # an "as" complement before the agent: the view, as "was described as … by" reads it
        (
            "The new pesticide is labeled as toxic by the regulator.",
            [("is labeled", "the regulator", "named", "toxic")],
        ),
    ],
)
def test_passive_agent_content(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "three of whom" and its clause set off between the subject and the cue: the people and their aside
        (
            "Nine nurses, three of whom spoke on condition of anonymity, said the ward was understaffed.",
            [
                (
                    "said",
                    "Nine nurses, three of whom spoke on condition of anonymity",
                    "anonymous",
                    "the ward was understaffed.",
                )
            ],
        ),
        (
            "The guards, two of whom asked not to be named, said the gate was left open.",
            [("said", "The guards, two of whom asked not to be named", "anonymous", "the gate was left open.")],
        ),
        # the part speaking itself keeps its own reading (k69), and an object relative is no subject's aside
        (
            "Nine nurses, three of whom said the ward was understaffed, quit.",
            [("said", "three of whom", "anonymous", "the ward was understaffed, quit.")],
        ),
        (
            "Tell it to the voters, most of whom you ignored, and I must say it shows.",
            [("must say", "I", "named", "it shows.")],
        ),
    ],
)
def test_partitive_aside_in_subject(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected
