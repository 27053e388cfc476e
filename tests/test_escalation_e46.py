"""Round e46 (issue 13): every escalation error of every dev hand-marked sample and blind set pooled by class (66: 8
wrong, 58 missed). The wrong matches the definition does not count: a stake word inside a named book's or film's title
("his books ... Invasion and Conquest of America", "Watch the film Killing Russian Culture") and a blog's name
("Armageddon Prose"), e45's left titles class, settled by a cancel rule after "book ,", "books", "the film" (6 of 6 dev
news matches it removes are titles). A miss family right in its one dev news use: a war declared "nonetheless". Every
dev news match moved was judged (the census files)."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import judged_census, needs_dev_news, shipped_analyzer, shipped_entries

ADDED = JUDGED_DIR / "news_dev_e46_added.csv"  # every dev news match the round's entry added
REMOVED = JUDGED_DIR / "news_dev_e46_removed.csv"  # every dev news match the round's titles rule removed


@pytest.mark.parametrize(
    "sentence",
    [
        "The historian signed copies of her new book, The Coming War on Farmers, at the fair.",
        "His books The Silent Invasion and Conquest of Europe and Twilight of a Nation sold well.",
        'She told the story in her book "Storm Years: The Battle for the Soul of the Party" last spring.',
        "To see how the town coped, watch the film Killing American Culture tonight.",
        "I wrote about the mould previously at Armageddon Prose, my newsletter.",
    ],
)
def test_a_stake_word_in_a_named_title_is_no_longer_matched(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


def test_a_war_declared_nonetheless_matches() -> None:
    sentence = "It is fought with leaflets and lawsuits, but a war nonetheless."
    assert shipped_entries(sentence, "escalation") == [("a war nonetheless", "a war nonetheless")]


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("The militia vowed the conquest of America within a decade.", "conquest of"),  # no title named
        ("Her memoir says the cuts amount to mass murder.", None),  # what a book says, its stake kept (file example)
        ("Without rain the harvest will fail and the famine will be armageddon for the region.", "armageddon"),
    ],
)
def test_the_stakes_outside_a_title_still_count(sentence: str, entry: str | None) -> None:
    entries = [e for e, _ in shipped_entries(sentence, "escalation")]
    assert entries if entry is None else entry in entries


@pytest.mark.parametrize(
    "sentence",
    [
        "The book, a history of the railway, won a prize.",  # a book named, no stake word
        "The war nonetheless ended in 1918.",  # a war reported
    ],
)
def test_a_plain_mention_stays_unmatched(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round added (1), judged: 1 right."""
    assert judged_census(ADDED) == ([("escalation", 1, 1)], ["a war nonetheless"])


def test_the_removed_matches_keep_their_judgements() -> None:
    """Every dev news match the round removed (6), judged: none right by the definition (titles and a blog's name)."""
    assert [(name, n, right) for name, n, right, _, _ in precision(read(REMOVED))] == [("escalation", 6, 0)]


@needs_dev_news
def test_the_removed_matches_are_gone() -> None:
    assert not any(kept for *_, kept in rejoin(read(REMOVED), default_data_dir(), shipped_analyzer()))
