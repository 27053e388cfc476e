"""Round q5 (issue 13): doubt's "?" judged again on dev news, and two classes PTC marks as Doubt that the signal
missed: a stated reason called a pretext ("nothing but an excuse") and a person or a claim called a fraud. An
excuse refused ("there are no excuses") alleges no pretext; a fraud charged is a crime named, no entry."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

QUESTIONS = JUDGED_DIR / "news_dev_q5_seed5505.csv"  # 40 "?" matches no draw had judged, before the round's entries
ADDED = JUDGED_DIR / "news_dev_q5_added.csv"  # every dev news match of the round's new entries
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / f).is_dir() for f in ("basil", "polnear", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)
doubt = partial(shipped_spans, signal="doubt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing was nothing but an excuse to stall the vote.", ["an excuse"]),
        ("Another excuse offered by the board was the rain.", ["Another excuse"]),
        ("They call it prudence; these are excuses.", ["excuses"]),
        ("The ministry fell back on the standard excuse, a computer fault.", ["standard excuse"]),
        ("Everyone in the district knows the mayor is a fraud.", ["is a fraud"]),
        ("Her rival says she's a fraud.", ["'s a fraud"]),
        ("The author of the study is a notorious fraud.", ["notorious fraud"]),
        ("Voters were told the whole scheme was a complete fraud.", ["complete fraud"]),
    ],
)
def test_a_pretext_or_a_fraud_alleged_casts_doubt(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There are no excuses for the delay, the minister said.",
        "A late bus is not an excuse for missing the exam.",
        "The weather doesn't excuse the delay.",
        "There is no excuse for the damage.",
        "He was charged with tax fraud and voter fraud.",
        "The bank opened a fraud inquiry on Monday.",
    ],
)
def test_an_excuse_refused_or_a_fraud_charged_casts_none(text: str) -> None:
    assert doubt(text) == []


def test_the_draws_keep_their_judgements() -> None:
    questions, added = read(QUESTIONS), read(ADDED)
    assert len(questions) == 40 and {r.entry for r in questions} == {"?"}
    assert {name: (n, right) for name, n, right, _, _ in precision(questions)} == {"doubt": (40, 16)}
    assert {name: (n, right) for name, n, right, _, _ in precision(added)} == {"doubt": (14, 13)}


@needs_data
def test_the_added_entries_match_where_judged_and_the_questions_stay() -> None:
    assert all(kept for *_, kept in rejoin(read(ADDED), default_data_dir(), shipped_analyzer()))
    # round q7: a question answered in the next sentence no longer counts: 6 of the 40 go, 5 of them judged wrong
    answered = {(r.dataset, r.id, r.start) for r in read(JUDGED_DIR / "news_dev_q7_answered.csv")}
    gone = [row for row, *_, kept in rejoin(read(QUESTIONS), default_data_dir(), shipped_analyzer()) if not kept]
    assert {(r.dataset, r.id, r.start) for r in gone} <= answered
    assert (len(gone), sum(not r.correct for r in gone)) == (6, 5)
