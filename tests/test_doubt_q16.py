"""Round q16 (issue 13): scare quotes that deny a role, a proof or an authority ("the "reporter"", its "CEO", the "council
investigation"), one or two words quoted right after a determiner with no speaker saying them near; scare quotes at large stay
out (no Doubt signal in PTC), as does a quoted word a speaker near it says. Doubt cast or sown by someone ("sow
doubts about", "casting doubt on", "calling into doubt") is doubt-casting, no hedge."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR, read, rejoin
from framing.quality.datasets import default_data_dir
from signal_cases import judged_census, needs_dev_news, shipped_analyzer, shipped_spans

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
    ("sentence", "doubt", "hedging"),
    [
        ("Rivals set out to sow doubts about her record.", ["sow doubts"], []),
        ("The leak was meant as a sowing of doubt among voters.", ["sowing of doubt"], []),
        ("The mayor spent the week casting doubt on the audit.", ["casting doubt"], []),
        ("The memo, calling into doubt his figures, was leaked.", [], []),
        ("Some fishermen doubt the pier will open.", [], ["doubt"]),
    ],
)
def test_doubt_cast_or_sown_is_doubt_casting_not_a_hedge(sentence: str, doubt: list[str], hedging: list[str]) -> None:
    assert (matched(sentence, "doubt"), matched(sentence, "hedging")) == (doubt, hedging)


@needs_dev_news
def test_the_hedging_matches_it_removed_are_no_longer_matched() -> None:
    """Every dev news hedging match the doubt-casting rule removed, all judged wrong as hedges (8 of 8)."""
    joined = rejoin(read(JUDGED_DIR / "news_dev_q16_removed.csv"), default_data_dir(), shipped_analyzer())
    assert len(joined) == 8 and not any(kept for *_, kept in joined)


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
