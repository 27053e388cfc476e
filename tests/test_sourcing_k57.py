"""Sourcing of round k57 (issue 12), in sentences of our own, with either sourcing method.

- The occasion after "said in" or "wrote in" ("in a note", "in her book") is no part of what was said: the
  content is the quotation before the source or the clause after the occasion. Before the round the occasion was
  read as the content ('"…," Lo said in a note' credited "a note").
- A view in the passive whose "be" stands before its cue ("was seen as … by critics") reads the holder after "by",
  as "was described as … by critics" did (round u38); before the round it named no source. The rules only: the
  trained labeller does not report this cue in most sentences.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import sources_and_contents as _sources_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The market will turn soon," Ana Lo said in a note to clients.', '"The market will turn soon,"'),
        ('"We are not done yet," she wrote in another post.', '"We are not done yet,"'),
        ("The deal is off, the minister said in a statement sent to the paper.", "The deal is off,"),
        ('"Rates will rise," Lo said in that letter.', '"Rates will rise,"'),
    ],
)
def test_the_words_before_a_tag_with_its_occasion_are_the_content(
    sourcing_analyzer: Analyzer, text: str, expected: str
) -> None:
    assert [content for _, content in _sources_and_contents(sourcing_analyzer, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lo wrote in her book that the plan had failed.", "the plan had failed."),
        ("The union said in a statement issued on Monday that it would sue.", "it would sue."),
        ("In a statement, Lo said in an interview the plan would fail.", "the plan would fail."),
        ("The senator said in an interview with CNN the bill was dead.", "the bill was dead."),
        ("The firm said in a statement Thursday night they had pulled the listing.", "they had pulled the listing."),
    ],
)
def test_the_clause_after_the_occasion_is_the_content(sourcing_analyzer: Analyzer, text: str, expected: str) -> None:
    assert [content for _, content in _sources_and_contents(sourcing_analyzer, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan was seen as a big step by critics.", ("critics", "a big step")),
        ("Lo is widely seen as the favourite by party members.", ("party members", "the favourite")),
        ("He was viewed as a threat by Democrats.", ("Democrats", "a threat")),
        ("The deal came to be derisively known by its critics as a giveaway.", ("its critics", "a giveaway.")),
    ],
)
def test_a_view_in_the_passive_reads_its_holder_after_by(
    analyzer: Analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert _sources_and_contents(analyzer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["Lo is seen as the favourite by the narrowest of margins.", "The deal was viewed as a win by the time it closed."],
)
def test_a_by_of_manner_or_time_is_no_holder(analyzer: Analyzer, text: str) -> None:
    assert [source for source, _ in _sources_and_contents(analyzer, text)] == [""]
