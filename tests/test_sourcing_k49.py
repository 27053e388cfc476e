"""Round k47's blind-set leftovers (k49): a day right after the cue is no part of what was said, people for or
against a cause are a vague source, and a name in capitals before a cue speaks rather than standing for "will"."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, fields


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor said Thursday he would sign the budget.", "he would sign the budget."),
        ("Abel said Friday Nixon had misled the committee.", "Nixon had misled the committee."),
        ("The coach said yesterday the team would appeal.", "the team would appeal."),
        ("The senator said Tuesday that the bill was dead.", "the bill was dead."),
    ],
)
def test_a_day_right_after_the_cue_is_when_it_was_said_not_what(
    sourcing_analyzer: Analyzer, text: str, content: str
) -> None:
    assert ("said", content) in fields(sourcing_analyzer, text, "cue", "content")


def test_a_day_that_owns_a_noun_stays_in_what_was_said(sourcing_analyzer: Analyzer) -> None:
    text = "The mayor said Monday's vote was a mistake."
    assert ("said", "Monday's vote was a mistake.") in fields(sourcing_analyzer, text, "cue", "content")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Proponents of the levy say it would fund two schools.", "say", "Proponents of the levy"),
        ("Backers of the bill argue it will lower fares.", "argue", "Backers of the bill"),
        ("Detractors of the merger warn that prices will rise.", "warn", "Detractors of the merger"),
    ],
)
def test_people_for_or_against_a_cause_are_a_vague_source(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert ("vague", cue, source) in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("WILL noted that the rule broke state law.", "noted", "WILL"),
        ("MAY argued that the tariff was unlawful.", "argued", "MAY"),
    ],
)
def test_a_name_in_capitals_before_a_cue_is_its_source_not_a_modal(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert ("named", cue, source) in attributions(sourcing_analyzer, text)


def test_a_headline_in_capitals_still_reads_its_modal(sourcing_analyzer: Analyzer) -> None:
    text = "MAYOR WILL SAY THE PORT IS SAFE."
    assert ("named", "WILL SAY", "MAYOR") in attributions(sourcing_analyzer, text)
