"""Round t7 (issue 13): certainty's senses of "clear" and "actually" that assert nothing. "is/was clear" said of a thing
seen through or passed (the sky, a road, the coast, the way) or of a conscience is free of clouds, blocks or guilt; a
truth called clear once, until or if it comes into view is not yet asserted; "actually" in a relative clause's
"will" names a deed hoped for; a base-form "make clear" after "and" is the second verb of an aim or a demand. Controls:
a truth called clear, a past "when it was clear that", a plain "will actually", a present "make clear"."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import needs_dev_news, shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The sky is clear over the harbour today.",
        "By noon the road was clear and the buses ran.",
        "The coast is clear, the smugglers said.",
        "With the vote counted, the way is clear for the new bridge.",
        "The ferry captain said his conscience is clear.",
        "The water was very clear in the bay that week.",
        "Once the result is clear, the board will meet.",
        "The tram will wait until the picture is clear.",
        "We want a mayor who will actually fix the pier.",
        "The council picked contractors that will actually finish the tunnel.",
        "The port must own the failure and make clear that fares will fall.",
    ],
)
def test_clear_of_things_and_times_to_come_and_hoped_deeds_are_no_boosters(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The answer is clear: the ferry stays.", ["is clear"]),
        ("When it was clear that the pier would fail, the mayor left.", ["was clear"]),
        ("It was clear from the audit that the levy failed.", ["was clear"]),
        ("The harbour will actually host the regatta twice this year.", ["actually"]),
        ("The closures make clear how badly the port planned.", ["make clear"]),
        ("The ferry's figures made clear that the toll had failed.", ["made clear"]),
    ],
)
def test_truths_called_clear_and_plain_future_facts_still_boost(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


# every dev news certainty match the round's rules removed, judged (none added)
REMOVED = JUDGED_DIR / "news_dev_t7_removed.csv"


def test_the_removed_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"certainty": (5, 0)}


@needs_dev_news
def test_the_removed_matches_are_gone() -> None:
    assert not any(kept for *_, kept in rejoin(read(REMOVED), default_data_dir(), shipped_analyzer()))
