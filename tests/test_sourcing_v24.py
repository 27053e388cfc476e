"""Stance verbs after a group, a quantifier or a share (round v24, issue 12), in sentences of our own. Round v24 measured
a rule that would read "favored", "backing", "wanted", "view" and other forms of the stance verbs as cues after a
group, "many/some/most" or a poll share, and left it out: PolNeAR's dev fold annotates under half of those uses and
outside news gave 1 right in 7 (docs/quality-history.md, v24). These guards pin the outside misreadings it made, so
that such a rule, tried again, has to answer for them: "Most Wanted" as a list's name, "back" as an adverb after a
count of months or after a verb, "backing" as a noun after "some", "most favored" as an adjective. None of these
sentences reports anyone's view."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bureau put him on its Most Wanted list in May.", "wanted"),
        ("Fares rose by a third a few months back.", "back"),
        ("Democrats and Republicans battled back and forth over the budget for a week.", "back"),
        ("The new dam would need some backing from the state to be finished by 2030.", "backing"),
        ("The survey showed Ruiz as the most favored candidate among older drivers.", "favored"),
    ],
)
def test_a_stance_word_that_reports_no_view_is_no_cue(sourcing_analyzer: Analyzer, text: str, word: str) -> None:
    cues = [cue.lower() for _, cue, _ in attributions(sourcing_analyzer, text)]
    assert not any(word in cue for cue in cues)
