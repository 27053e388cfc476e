"""Round d8: what this stop's rounds wrote twice, kept once, reads as before. The pins pass on the code before the
round too (no output moved): they hold the behaviour of each merged piece where a later edit of one side would break
the other (an opening phrase's speaker, "the <person> who …", carried quotations, the one "shows" rule)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, cues_and_sources, fields


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # one helper reads both: the next cue's subject, else the subject after the phrase's comma
        ("Eager to explain the delay, the mayor blamed the rain.", ("explain", "the mayor")),
        ("Keen to explain the plan, Nia Holt said the costs were fair.", ("explain", "Nia Holt")),
        ("After praising the crew, Dan Roe said the launch would slip.", ("praising", "Dan Roe")),
        ("Noting that the vote failed, the senator left the room.", ("Noting", "the senator")),
    ],
)
def test_an_opening_phrase_cue_is_the_subject_s(analyzer: Analyzer, text: str, pair: tuple[str, str]) -> None:
    assert pair in cues_and_sources(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The young woman who drove him home said the lane was closed.", ("anonymous", "said")),  # acts on another
        ("The man who lives by the mill said he saw smoke.", ("anonymous", "said")),  # placed, no pronoun
    ],
)
def test_a_bare_person_with_a_who_clause_is_unnamed(analyzer: Analyzer, text: str, expected: tuple[str, str]) -> None:
    assert [(kind, cue) for kind, cue, _ in attributions(analyzer, text)] == [expected]


def test_a_carried_quotation_is_credited_alone_or_whole(analyzer: Analyzer) -> None:
    text = 'Lo was blunt. "We will not sign," she said. "Not now." At the "fair deal" table, the room went quiet.'
    carried = [(cue, content) for cue, content in fields(analyzer, text, "cue", "content") if not cue]
    assert carried == [("", '"Not now."')]


@pytest.mark.parametrize(
    "text",
    ["She toured the Sunday morning shows last week.", "He hosted two television shows in Ohio."],
)
def test_a_kind_of_show_reports_nothing(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


def test_evidence_shown_stays_a_cue(analyzer: Analyzer) -> None:
    assert ("shows", "Their data") in cues_and_sources(analyzer, "Their data shows the river is rising.")
