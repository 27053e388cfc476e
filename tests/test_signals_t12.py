"""Round t12 (issue 13): what a seventh fresh blind sample like the hidden one (hiddenlike7) missed in doubt, by class,
the class counted on every dev news use first: a question that expects "yes" with its negation written out and its
subject after the "not", the auxiliary opening the sentence ("Does not the ... have a point?"). The same opening in a
command or a statement casts no doubt."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Does not the harbour board owe the fishermen an answer?", ["Does not"]),
        ("Is not the ferry toll high enough already?", ["Is not"]),
        ("Could not the council have waited one more week?", ["Could not"]),
        ("Do not your own figures show the dredging failed?", ["Do not"]),
    ],
)
def test_an_opening_auxiliary_and_not_before_the_subject_ask_rhetorically(sentence: str, words: list[str]) -> None:
    """The cue is the question's opening words, and its "?" is not counted again."""
    assert matched(sentence, "doubt") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Do not feed the gulls on the pier!",
        "Does not apply to ferries under ten tonnes.",
        "The harbour board does not owe the fishermen an answer.",
    ],
)
def test_the_same_opening_in_a_command_or_a_statement_casts_no_doubt(sentence: str) -> None:
    assert matched(sentence, "doubt") == []


ADDED = JUDGED_DIR / "news_dev_t12_added.csv"


@needs_dev_news
def test_the_census_of_the_new_matches_is_all_right() -> None:
    """Every dev news match the round's entries added, judged: 2, both right (the two removed are the same questions'
    "?", now counted on their opening words)."""
    figures, entries = judged_census(ADDED)
    assert figures == [("doubt", 2, 2)]
    assert "Does not" in entries and "Do not" in entries
