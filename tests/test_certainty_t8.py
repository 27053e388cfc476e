"""Round t8 (issue 13): certainty's recall on the classes counted over dev news. An outcome given as only to be
expected with "no", "hardly" or "little" ("is no surprise", "hardly surprising", "surprise, surprise"), doubt ruled
out with a word of degree inside ("not a shred of doubt", which the negation rule made a hedge; "I don't have any
doubt", "No one has disputed"), the facts announced ("These are the facts."), a truth shown with a pronoun object
("made this clear"), a doubled degree word in the avowal ("Let me be very, very clear"), "actually" in a denial, which
asserts the denial as the truth ("doesn't actually kill"; round j's cancel had kept it from the negation rule's
hedging, and counted nothing). "would actually" is settled as out: under a supposition it stresses an outcome against
expectation and asserts nothing. Controls: "Not surprisingly," and "not surprising" (the dev samples leave them
unmarked), a person "not surprised", a plain "will actually", a doubt that stands, a negated "actually" under a modal
or in an "if" clause."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import needs_dev_news, shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The ferry's delay is no surprise to anyone who rides it.", ["no surprise"]),
        ("No surprise the harbour board voted for the toll.", ["No surprise"]),
        ("That the pier closed again is hardly surprising.", ["hardly surprising"]),
        ("The tram's overrun was hardly a surprise.", ["hardly a surprise"]),
        ("It was little surprise that the mayor backed the levy.", ["little surprise that"]),
        ("And, surprise, surprise, the audit found nothing.", ["surprise, surprise"]),
        ("There is not a shred of doubt that the dock leaked.", ["not a shred of doubt"]),
        ("There isn't the slightest doubt about the toll.", ["isn't the slightest doubt"]),
        ("Without the slightest doubt, the bridge will open.", ["Without the slightest doubt"]),
        ("I don't have any doubt that the canal will flood.", ["don't have any doubt"]),
        ("There was never any doubt that the port would win.", ["never any doubt"]),
        ("These are the facts. The levy paid for nothing.", ["These are the facts"]),
        ("The new filter doesn't actually clean the water.", ["doesn't actually"]),
        ("The candidate is not actually a resident of the county.", ["not actually"]),
        ("The mayor never actually signed the contract.", ["never actually"]),
        ("The harbour's own audit made this clear: the levy was spent twice.", ["made this clear"]),
        ("The minutes of the meeting make that clear, and the report makes that clear too.", ["makes that clear"]),
        ("Let me be very, very clear. The tunnel will open.", ["Let me be very, very clear"]),
        ("No one has disputed a figure in the audit.", ["No one has disputed"]),
        ("There is no mistake in my mind about the date.", ["no mistake in my mind"]),
    ],
)
def test_expected_outcomes_doubt_ruled_out_and_announced_facts_boost(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "There is not a shred of doubt that the dock leaked.",
        "There was never any doubt that the port would win.",
        "I don't have any doubt that the canal will flood.",
    ],
)
def test_doubt_ruled_out_is_no_hedge(sentence: str) -> None:
    assert matched(sentence, "hedging") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We think the new timetable would actually work.",
        "Cutting fares would actually help the harbour towns.",
        "The tunnel would have actually opened in May.",
    ],
)
def test_would_actually_asserts_nothing(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Not surprisingly, the ferry ran late.", []),
        ("It is not surprising that the ferry ran late.", []),
        ("The harbour master was not surprised that the ferry ran late.", []),
        ("There is some doubt that the dock leaked.", []),
        ("Residents might not actually need the new permits.", []),
        ("If the ferry isn't actually safe, the port will close it.", []),
        ("The new levy wouldn't actually help the harbour.", []),
        ("The harbour will actually host the regatta twice this year.", ["actually"]),
    ],
)
def test_controls(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


# every dev news certainty match the round's classes added, judged
ADDED = JUDGED_DIR / "news_dev_t8_added.csv"


def test_the_added_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"certainty": (24, 23)}


@needs_dev_news
def test_the_added_matches_are_made() -> None:
    assert all(kept for *_, kept in rejoin(read(ADDED), default_data_dir(), shipped_analyzer()))
