"""Round v37: in a text set one sentence a line, a straight quotation mark after a sentence's end that is the last
token of its line closes a quotation opened a few lines above, as a curly one does (c47), so the lines between are
the speaker's (issue 12)."""

from __future__ import annotations

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices

LINES = (
    '"I was talking about the levy," Lo said.\n'
    '"I think that is a terrible idea.\n'
    "I don't believe that's what we're probably here to do.\n"
    'That is not the goal, people are the goal."\n'
    "Later she left the hall."
)


def test_a_straight_quotation_closed_lines_below_runs_over_them(sourcing_analyzer: Analyzer) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, LINES, ("cue", "source", "content"))
    assert matched == [("think", "quoted"), ("terrible", "quoted"), ("believe", "quoted"), ("probably", "quoted")]
    assert [a for a in attributions if not a[0]] == [
        ("", "Lo", '"I think that is a terrible idea.'),
        ("", "Lo", "I don't believe that's what we're probably here to do."),
        ("", "Lo", 'That is not the goal, people are the goal."'),
    ]


def test_a_mark_after_an_end_with_more_on_its_line_still_opens(sourcing_analyzer: Analyzer) -> None:
    text = 'Lo spoke first.\n"It is a terrible idea.\nThe vote is probably lost." "We will see."\nShe left.'
    _, matched = fields_and_voices(sourcing_analyzer, text, ("cue",))
    assert ("terrible", "quoted") not in matched
