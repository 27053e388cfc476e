"""Source kinds of round k36 (issue 12), round k35's leftovers, in sentences of our own: a group "led by" a name is
one source with its leader, not a subject cut at "led" ("Republicans led by Senator Ana Ruiz said": the whole
phrase, named, as "Ruiz and her aides"; "Republicans" alone, vague, before). Guards pin what must not change: "led"
as a sentence's own verb, and a group led by nobody named."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Republicans led by Senator Ana Ruiz said the bill was dead.",
            [("named", "said", "Republicans led by Senator Ana Ruiz")],
        ),
        (
            "Nurses led by Tom Okafor warned that the ward would close.",
            [("named", "warned", "Nurses led by Tom Okafor")],
        ),
        (
            "Unions led by Maria Ortiz said the strike would go on.",
            [("named", "said", "Unions led by Maria Ortiz")],
        ),
    ],
)
def test_a_group_led_by_a_name_is_one_named_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "led" as the sentence's own verb is no part of the source
        (
            "Democrats led the charge, Ruiz said.",
            [("named", "said", "Ruiz")],
        ),
        # a group led by nobody named keeps its own kind
        (
            "Some critics led by unnamed groups said the plan was bad.",
            [("vague", "said", "Some critics led by unnamed groups")],
        ),
    ],
)
def test_led_without_a_named_leader_changes_nothing(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
