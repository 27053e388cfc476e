"""Round t10 (issue 13): certainty's recall by form, every dev sample's misses pooled and each form counted over the dev
news. Knowledge asserted of someone after a claim ("and he knows it", "and the Bishops know it"), kept as certainty
when a negator stands in the claim before it (the flip rule made it a hedge); the emphatic yes quoted alone inside a
report ('said he would "absolutely" require') and the emphatic no given as an answer ("Absolutely not."); "really" in
its truth sense before "have no choice". An expected outcome that is itself hedged ("may come as no surprise") is no
booster. Controls: "should come as no surprise" insists, knowledge denied to all ("and nobody knew it"), "really" as a
degree word, "absolutely" unquoted inside a sentence."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import needs_dev_news, shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The new toll will ruin the harbour, and the mayor knows it.", ["and the mayor knows it"]),
        ("The ferry plan was a fantasy and they knew it.", ["and they knew it"]),
        ("The pier is crumbling. And the engineers know it.", ["And the engineers know it"]),
        ("The levy will not fix the canal and she knows it.", ["and she knows it"]),
        ('The governor said she would "absolutely" veto the bridge bill.', ['"absolutely"']),
        ("The captain said the crossing was “absolutely” safe for children.", ["“absolutely”"]),
        ("We really have no choice but to close the old dock.", ["really have no choice"]),
        ("The council really had no choice once the audit came out.", ["really had no choice"]),
        ('"Absolutely not," the harbour master said of a second toll.', ["Absolutely not"]),
        ("Should the ferry be sold? Absolutely not.", ["Absolutely not"]),
    ],
)
def test_knowledge_asserted_a_quoted_yes_and_no_choice_boost(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


def test_knowledge_asserted_after_a_denied_claim_is_no_hedge() -> None:
    assert matched("The levy will not fix the canal and she knows it.", "hedging") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The ferry's closure may come as no surprise to regular riders.", []),
        ("The result might come as no surprise to the harbour board.", []),
        ("It should come as no surprise that the tunnel flooded.", ["come as no surprise"]),
        ("The tunnel's closure comes as no surprise.", ["comes as no surprise"]),
        ("The plan was flawed, and nobody knew it.", []),
        ("The new pier is really big and really expensive.", []),
        ("The audit was absolutely damning for the port.", []),
    ],
)
def test_controls(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


# every dev news certainty match the round's entries added, and the one its "may" rule removed, judged
ADDED = JUDGED_DIR / "news_dev_t10_added.csv"
REMOVED = JUDGED_DIR / "news_dev_t10_removed.csv"


def test_the_moved_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"certainty": (12, 12)}
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"certainty": (1, 0)}


@needs_dev_news
def test_the_added_matches_are_made_and_the_removed_one_is_not() -> None:
    analyzer = shipped_analyzer()
    assert all(kept for *_, kept in rejoin(read(ADDED), default_data_dir(), analyzer))
    assert not any(kept for *_, kept in rejoin(read(REMOVED), default_data_dir(), analyzer))
