"""Constructions that the blind-marked sample of outside news (issue 12, helper round u14) showed wrong, in
sentences of our own: a day between a subject and its verb is no part of the source ("Peskov on Tuesday
accused", "Lo this week announced"), and after a verb of being, "and" with a new subject opens the next cue's
subject ("… have been an embarrassment for the capital and local media reported"). The counter-cases pin what
must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kremlin spokesman Ivo Petrov on Tuesday again accused the agency of stoking tensions.",
            [("named", "again accused", "Kremlin spokesman Ivo Petrov")],
        ),
        ("Petrov on Tuesday said the talks had stalled.", [("named", "said", "Petrov")]),
        ("The ministry yesterday said the talks had stalled.", [("named", "said", "The ministry")]),
        ("Senator Ana Lo on Sunday evening said the bill would pass.", [("named", "said", "Senator Ana Lo")]),
        (
            "The leading candidates for governor Thursday lashed out at the incumbent over the levy.",
            [("named", "lashed out", "The leading candidates for governor")],
        ),
        (
            "New York City Mayor Ana Lo this week announced a plan to close the plant.",
            [("named", "announced", "New York City Mayor Ana Lo")],
        ),
        (
            "A Lakeside poll last week found that most voters oppose the levy.",
            [("named", "found", "A Lakeside poll")],
        ),
        # a day after a participle or inside a name stays: it dates the document, not the saying
        (
            "A poll conducted last week found that most voters oppose the levy.",
            [("vague", "found", "A poll conducted last week")],  # one unnamed poll: vague (k32; named before)
        ),
        (
            "A news report published Wednesday said the mayor had used a private account.",
            [("vague", "said", "A news report published Wednesday")],  # one unnamed report: vague (k32)
        ),
        (
            "A new USA TODAY/Acme University Poll finds that most voters oppose the levy.",
            [("named", "finds", "A new USA TODAY/Acme University Poll")],
        ),
        # a time between a relative clause and the verb leaves the subject with its clause
        (
            "Ana Ruiz, who chairs the budget panel, on Sunday defended the levy as fair.",
            [("named", "defended", "Ana Ruiz, who chairs the budget panel")],
        ),
    ],
)
def test_a_day_before_the_verb_is_no_part_of_the_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sinkings have been an embarrassment for the capital and Ruritanian state media confirmed Tuesday that the admiral left.",
            [("state_media", "confirmed", "Ruritanian state media")],
        ),
        # a coordinated subject and a coordinated object after an action verb stay whole
        ("Ruiz and Lee said the plan would fail.", [("named", "said", "Ruiz and Lee")]),
    ],
)
def test_and_after_a_verb_of_being_opens_a_new_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
