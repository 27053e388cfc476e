"""Vague sources that round k24 (issue 12: vague kinds) reads from two stances in the bare present after a plural
subject, in sentences of our own: "doubt" and "blame" count as cues right after a group, a pronoun or a quantity of
people ("Many economists doubt that …", "Some blame the storm for …"), by the rules round k23 wrote for "add",
"confirm" and "estimate"; the noun ("some doubt about", "without a doubt"), a modal's plan and a singular speaker
stay out. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Even the most hopeful economists doubt that the harvest will recover this year.",
            [("vague", "doubt", "the most hopeful economists")],
        ),
        ("Many economists doubt the new port would pay for itself.", [("vague", "doubt", "Many economists")]),
        ("Some blame the heavy rain for the late trains.", [("vague", "blame", "Some")]),
        ("Critics blame the water board for the slow repairs.", [("vague", "blame", "Critics")]),
        ("Some Republicans doubt that the tunnel will open.", [("vague", "doubt", "Some Republicans")]),
    ],
)
def test_a_stance_in_the_bare_present_after_a_group(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There is some doubt about the count in the northern districts.",  # the noun after "some"
        "Without a doubt, the new bridge is popular.",  # the noun
        "They should blame themselves for the loss.",  # a modal: a plan or advice, not a stance held
        "Voters will blame the council if the deal collapses.",  # a prediction of the writer's
        "I doubt the ferry will run on time.",  # not after a plural subject: the rules leave it out
        "Critics cast doubt on the new timetable.",  # the noun after a verb that takes it
        "Media shares blame in the ferry row.",  # the noun after "shares"
        "Democrats shifted the blame to the harbour master.",  # the noun
    ],
)
def test_the_noun_a_modal_and_a_singular_speaker_stay_out(analyzer: Analyzer, text: str) -> None:
    # the rules only: the trained labeller reads "There is some doubt about" as a cue of its own, as on main
    assert attributions(analyzer, text) == []
