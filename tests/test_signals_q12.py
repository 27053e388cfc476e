"""Round q12 (issue 13): the newest loaded and escalation entries judged on dev news no draw had read. Every dev
news use of the entries rounds l43, l44 and e38 added was already in their censuses, so the draw takes the other
forms of those entries (their kin) and random matches from sentences no draw or sample had read, and escalation
from FactBank news dev, the one unread news left. Its wrong matches that a sense rule can tell apart: a legal
"probable cause", a question about what someone implies ("Are you suggesting ...?"), "clearly" after "say" (the
manner of saying), the "fatal shots" of a death reported, and "devastating" of a battle's effect."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence

DRAW = JUDGED_DIR / "news_dev_q12_seed1212.csv"  # judged before the round's rules


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Probable cause exists to charge the clerk with theft.", "hedging"),
        ("The judge found there was probable cause to search the van.", "hedging"),
        ("Are you suggesting the mayor planned this?", "hedging"),
        ("Is she really suggesting we pay twice?", "hedging"),
        ("It must be said clearly that the dam is sound.", "certainty"),
        ("The bishop says clearly what the rule requires.", "certainty"),
        ("A guard fired the fatal shots from the roof.", "escalation"),
        ("The raid drew a devastating counteroffensive by the rebels.", "loaded_language"),
    ],
)
def test_terms_of_art_questions_manner_and_reports_count_nothing(sentence: str, signal: str) -> None:
    assert matched(sentence, signal) == []


@pytest.mark.parametrize(
    ("sentence", "signal", "words"),
    [
        ("It is probable that the ferry left early.", "hedging", ["probable"]),
        ("The tides suggest the storm may turn north.", "hedging", ["suggest", "may"]),
        ("You suggested the vote might fail.", "hedging", ["suggested", "might"]),
        ("The plan clearly failed the town.", "certainty", ["clearly"]),
        ("Clearly, she said, the dam is sound.", "certainty", ["Clearly"]),
        ("Cutting the levy would be a fatal mistake.", "escalation", ["fatal"]),
        ("The mayor called the audit a devastating indictment of the board.", "loaded_language", ["devastating"]),
    ],
)
def test_chances_boosters_and_verdicts_still_count(sentence: str, signal: str, words: list[str]) -> None:
    assert matched(sentence, signal) == words


def test_the_draw_keeps_its_judgements() -> None:
    rows = read(DRAW)
    assert len(rows) == 143 and max(len(r.entry) for r in rows) < 40
    assert {r.dataset for r in rows if r.signal == "escalation"} == {"factbank"}
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {
        "certainty": (30, 28),
        "escalation": (3, 0),
        "hedging": (30, 23),
        "loaded_language": (80, 73),
        "all four": (143, 124),
    }


def test_the_rules_remove_six_wrong_draw_matches_and_widen_one_right_one(shared_data: Path) -> None:
    joined = rejoin(read(DRAW), shared_data, shipped_analyzer())
    gone = sorted((r.signal, r.entry) for r, _, _, kept in joined if not kept)
    assert gone == [
        ("certainty", "clear that"),  # round t5: "was very clear that" holds this judged "clear that", one match wider
        ("certainty", "clearly"),
        ("escalation", "all-out"),  # round e40: "an all-out bidding war", cancelled with no composed pair back
        ("escalation", "fatal"),
        ("hedging", "probable"),
        ("hedging", "suggesting"),
        ("loaded_language", "devastating"),
    ]
    assert all(kept for r, _, _, kept in joined if r.correct and r.entry != "clear that")
    assert all(
        text == r.entry or text.lower() == r.entry.lower() for r, text, _, _ in joined if r.dataset == "factbank"
    )
