"""Round q18 (issue 13): suspicion denied by a witness ("saw nothing suspicious", "never noticed anything
suspicious") doubts no claim, person or institution; suspicion said of a thing or a story still counts."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import needs_dev_news, shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry captain said he saw nothing suspicious on the quay that night.",
        "Neighbours never noticed anything suspicious about the blue van.",
        "At no point did the clerk find anything suspicious in the ledger.",
    ],
)
def test_suspicion_a_witness_denies_is_no_doubt(sentence: str) -> None:
    assert matched(sentence, "doubt") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("There is something suspicious about the timing of the harbour board's leak.", ["suspicious"]),
        ("The council's account of the missing funds is deeply suspicious.", ["suspicious"]),
    ],
)
def test_suspicion_of_a_story_or_its_timing_stays_doubt(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "doubt") == words


# every dev news doubt match the round's rule removed, judged (none added)
REMOVED = JUDGED_DIR / "news_dev_q18_removed.csv"


def test_the_removed_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"doubt": (3, 0)}


@needs_dev_news
def test_the_removed_matches_are_gone() -> None:
    assert not any(kept for *_, kept in rejoin(read(REMOVED), default_data_dir(), shipped_analyzer()))
