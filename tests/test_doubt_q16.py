"""Round q16 (issue 13): scare quotes that deny a role, a proof or an authority ("the "reporter"", its "CEO", the "council
investigation"), one or two words quoted right after a determiner with no speaker saying them near; scare quotes at large stay
out (no Doubt signal in PTC), as does a quoted word a speaker near it says."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The harbour board hired the “reporter” to write its press notes.", ["“reporter”"]),
        ('The ferry firm was run by its "CEO" from a caravan.', ['"CEO"']),
        ('The "council investigation" is one more way to stall the pier.', ['"council investigation"']),
        ("They waved their “proof” at the cameras.", ["“proof”"]),
    ],
)
def test_a_scare_quoted_role_or_proof_after_a_determiner_is_doubt(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "doubt") == words


@pytest.mark.parametrize(
    "sentence",
    [
        'The mayor said the "experts" would report in May.',
        'Fishermen want "experts" on the harbour board.',
        "The pier needs a “blueprint” before the vote.",
    ],
)
def test_no_determiner_a_speaker_near_or_another_word_is_no_doubt(sentence: str) -> None:
    assert matched(sentence, "doubt") == []


@needs_dev_news
def test_the_census_of_its_dev_news_matches() -> None:
    """Every dev news match the class added, judged (5 of 6 right: a self-chosen label quoted is the wrong one)."""
    assert judged_census(JUDGED_DIR / "news_dev_q16_added.csv")[0] == [("doubt", 6, 5)]
