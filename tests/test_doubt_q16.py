"""Round q16 (issue 13): scare quotes that deny a role, a proof or an authority ("the "reporter"", its "CEO", the "council
investigation"), one or two words quoted right after a determiner with no speaker saying them near; scare quotes at large stay
out (no Doubt signal in PTC), as does a quoted word a speaker near it says. Doubt sown by someone ("sow doubts
about", "the sowing of doubt") is doubt-casting, as "sow doubt" was; a claim filed for payment is no doubt."""

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
    """Every dev news match the round added, judged (9 of 10 right: a self-chosen label quoted is the wrong one)."""
    assert judged_census(JUDGED_DIR / "news_dev_q16_added.csv")[0] == [("doubt", 10, 9)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Rivals set out to sow doubts about her record.", ["sow doubts"]),
        ("The leak was meant as a sowing of doubt among voters.", ["sowing of doubt"]),
    ],
)
def test_doubt_sown_is_doubt_casting(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "doubt") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Growers missed the claim deadline by a day.",
        "Her claims adjuster never called back.",
        "The claim was filed in March.",
        "Their claim form was lost in the post.",
    ],
)
def test_a_claim_filed_for_payment_is_no_doubt(sentence: str) -> None:
    assert matched(sentence, "doubt") == []


def test_a_claim_of_fact_still_counts() -> None:
    assert matched("His claim that the pier is safe is odd.", "doubt") == ["claim"]
