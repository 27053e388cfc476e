"""Sourcing of round k58 (issue 12), in sentences of our own.

- A telling verb's hearer and the occasion its "in" opens are no part of what was told: '"…," Lo told employees in a
  memo.' has the quotation for content, and "Lo told staff in a memo the plan was off" the clause after the occasion;
  after a quotation, the hearer and its setting alone ('"…," she told the paper in late June.') leave the quotation as
  the content ("May" there is the month, no modal). Before the round the hearer and occasion were read as the content.
  Either sourcing method.
- A view in the passive ("was described as … by") reads its holder past the first "of" of an office ("the head of
  the union", "the leader of the opposition") and a person by the word's ending ("the mayor"); before the round it
  named no source. A plural's possessive apostrophe inside a source phrase ("the teachers' union") no longer ends
  the phrase. The rules only: the trained labeller does not report these cues in most sentences.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import sources_and_contents as _sources_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We must cut costs," Ana Lo told employees in a memo.', ("Ana Lo", '"We must cut costs,"')),
        ("Jobs will go, the chief told staff in his letter.", ("the chief", "Jobs will go,")),
        ('"It is over," Ruiz told the crowd in a speech on Friday.', ("Ruiz", '"It is over,"')),
        ('"We win," Ida Moss told the paper in late June.', ("Ida Moss", '"We win,"')),
        ('"We lost," Ida Moss told the paper in late May.', ("Ida Moss", '"We lost,"')),
        ("Lo told staff in a memo the plan was off.", ("Lo", "the plan was off.")),
    ],
)
def test_a_hearer_and_its_occasion_are_no_content(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert _sources_and_contents(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz told a big crowd in Salem, Oregon, that taxes would fall.", ("Ruiz", "taxes would fall.")),
        ("On Tuesday, Lo told a lunch group that her view was firm.", ("Lo", "her view was firm.")),
    ],
)
def test_a_place_or_a_that_clause_after_the_hearer_keeps_its_reading(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert _sources_and_contents(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan was described as reckless by the head of the union.", ("the head of the union", "reckless")),
        (
            "The plan was described as reckless by the leader of the opposition.",
            ("the leader of the opposition", "reckless"),
        ),
        ("The plan was described as reckless by the mayor.", ("the mayor", "reckless")),
        (
            "The plan was described as reckless by the head of the teachers' union.",
            ("the head of the teachers' union", "reckless"),
        ),
    ],
)
def test_a_views_holder_reads_past_an_office_of(analyzer: Analyzer, text: str, expected: tuple[str, str]) -> None:
    assert _sources_and_contents(analyzer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was seen as a gamble by the end of the year.",
        "The plan was seen as a step by the start of the session.",
    ],
)
def test_a_by_of_time_is_still_no_holder(analyzer: Analyzer, text: str) -> None:
    assert [source for source, _ in _sources_and_contents(analyzer, text)] == [""]


def test_a_plurals_possessive_stays_in_the_source(analyzer: Analyzer) -> None:
    text = "The plan was criticised by the head of the nurses' union."
    assert [source for source, _ in _sources_and_contents(analyzer, text)] == ["the head of the nurses' union"]
