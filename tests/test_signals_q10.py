"""Round q10 (issue 13): the four signals' false matches by entry on dev news no judged draw had read. A rate
compared between groups ("voters were more likely to say", "four times as likely as") is a statistic, not a
hedge; "could no longer" is inability, as "could not" is; "necessarily" boosts nothing unless negated, and then
("not necessarily", "cannot necessarily") it hedges. An event's chance, a plain "likely" and the other modals
keep their reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In the survey, renters were far more likely to say the fees were unfair.",
        "Night-shift nurses are twice as likely to report back pain.",
        "Cyclists are six times more likely than drivers to be hurt on that road.",
        "Rural readers were less likely to buy the paper on Sundays.",
        "By March the wardens could no longer keep the gates open.",
    ],
)
def test_rates_compared_and_inability_hedge_nothing(sentence: str) -> None:
    assert matched(sentence, "hedging") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The ferry is more likely than not to run late.", ["more likely"]),
        ("A wet spring makes a poor harvest more likely.", ["more likely"]),
        ("The tenants are likely to appeal the ruling.", ["likely"]),
        ("The bridge could close next year.", ["could"]),
        ("A bigger budget is not necessarily a better one.", ["necessarily"]),
        ("Residents cannot necessarily count on the same service.", ["necessarily"]),
    ],
)
def test_chances_and_denied_necessities_still_hedge(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "That choice necessarily shifted the money to the north.",
        "None of the pumps were necessarily fit for the flood.",
    ],
)
def test_necessarily_not_negated_boosts_nothing(sentence: str) -> None:
    assert matched(sentence, "certainty") == []


DRAW = JUDGED_DIR / "news_dev_q10_seed1010.csv"  # 60 matches a signal (5 escalation) no draw had judged, before
MOVED = JUDGED_DIR / "news_dev_q10_moved.csv"  # every dev news match the round's rules moved, judged


def test_the_draws_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(DRAW))} == {
        "certainty": (60, 56),
        "escalation": (5, 5),
        "hedging": (60, 51),
        "loaded_language": (60, 57),
        "all four": (185, 169),
    }
    assert {name: (n, right) for name, n, right, _, _ in precision(read(MOVED))} == {"hedging": (20, 2)}


def test_the_rules_remove_seven_wrong_draw_matches_and_no_right_one(shared_data: Path) -> None:
    joined = rejoin(read(DRAW), shared_data, shipped_analyzer())
    gone = sorted(r.entry for r, _, _, kept in joined if not kept)
    # round l47: bare "propaganda" out of loaded language ("[his] onslaught of propaganda ignores conflicting science"),
    # judged right here; a message called false, doubt's, which the blind markers leave unmarked as loaded. Round t8:
    # "we think it would actually work" (judged wrong here) out with every "would actually". Round l55: "these
    # left-wing terrorists" is read whole now, the same label on a longer span (judged right there too)
    assert gone == [
        "actually",
        "could",
        "left-wing",
        "likely",
        "more likely",
        "more likely",
        "necessarily",
        "necessarily",
        "propaganda",
    ]
    assert [r.entry for r, _, _, kept in joined if r.correct and not kept] == ["left-wing", "propaganda"]


def test_the_moved_matches_are_gone_and_the_flipped_one_hedges(shared_data: Path) -> None:
    joined = rejoin(read(MOVED), shared_data, shipped_analyzer())
    assert [(r.entry, text) for r, text, _, kept in joined if kept] == [("necessarily", "necessarily")]
    assert len(joined) == 20
