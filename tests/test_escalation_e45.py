"""Round e45 (issue 13): a precision census of every escalation match on the dev news (PolNeAR, BASIL, PTC, SemEval-2025
EN, BABE dev), and the entries its reading found mostly wrong by the definition: a stake asked and denied at once ("Is
it the death knell? No."), a race's fortunes told as doom (a candidate's or a firm's time running out, an outcome for a
named campaign, a rival decimated at the polls) and a breaking point told as a narrative's turn. Recall by the brief's
forms counted on every dev news use: a disaster told for a whole people live by ("disastrous for US national
security") is the one the tool missed in most of its uses. Every dev news match moved was judged (the census files)."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import judged_census, needs_dev_news, shipped_analyzer, shipped_entries

ADDED = JUDGED_DIR / "news_dev_e45_added.csv"  # every dev news match the round's entries added
REMOVED = JUDGED_DIR / "news_dev_e45_removed.csv"  # every dev news match the round's sense rules removed


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Cutting the fleet would be disastrous for our national security.",
            [("disastrous for * national security", "disastrous for our national security")],
        ),
        (
            "The minister called the drought a disaster for the planet.",
            [("disaster for the planet", "disaster for the planet")],
        ),
        (
            "Such a default would be disastrous for the country.",
            [("disastrous for the country", "disastrous for the country")],
        ),
    ],
)
def test_a_disaster_for_a_whole_matches(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Is the merger the death knell for the mill? No. It buys the town some time.",  # a stake denied at once
        "Will the strike be a catastrophe for the region? Not at all, the envoy said.",
        "The breaking point, she recalled, came in June.",  # a quarrel's turn told
        "Democrats are running out of time to pick a nominee.",  # a race against time, nothing to save
        "The chief executive believed he was running out of time.",
        "It was a catastrophic outcome for the Smith campaign in Iowa.",  # a race's result
        "The mayor will decimate his rival at the polls.",  # a rival beaten
    ],
)
def test_a_race_or_a_denial_is_no_longer_matched(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The war between the two states ended in 1995.",  # a war mentioned plainly
        "Russian troops launched the offensive in March.",  # a war reported
        "The storm was a disaster for the harvest.",  # a disaster for no whole
        "The ad was a disaster for the candidate.",
    ],
)
def test_a_plain_report_stays_unmatched(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("We are running out of time to save the reef.", "running out of time"),  # a whole to be saved
        ("The clinics are at breaking point after the floods.", "breaking point"),  # a strain at its limit
        ("Is this the death knell for the treaty? Yes, it is.", "death knell"),  # a stake asked and affirmed
        ("The cuts would decimate Social Security.", "decimate"),  # a whole people live by
    ],
)
def test_the_stakes_sense_still_counts(sentence: str, entry: str) -> None:
    assert entry in [e for e, _ in shipped_entries(sentence, "escalation")]


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round added (2), judged: 2 right."""
    assert judged_census(ADDED) == (
        [("escalation", 2, 2)],
        ["disaster for the world", "disastrous for * national security"],
    )


def test_the_removed_matches_keep_their_judgements() -> None:
    """Every dev news match the round removed (6), judged: none right by the definition."""
    assert [(name, n, right) for name, n, right, _, _ in precision(read(REMOVED))] == [("escalation", 6, 0)]


@needs_dev_news
def test_the_removed_matches_are_gone() -> None:
    assert not any(kept for *_, kept in rejoin(read(REMOVED), default_data_dir(), shipped_analyzer()))
