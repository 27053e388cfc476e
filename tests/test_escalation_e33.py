"""Round e33 (issue 13): escalation's wrong matches on dev news, by class. The plague's name ("black death") is a
topic word, stakes only as the measure of something worse; a growth that has happened ("has exploded", "are
exploding") is a reported figure, while a crisis foretold to explode still counts; deaths reported with "fatal" or
"lethal" (a wreck, an overdose, wounds that "proved fatal") raise no stakes, while a fatal mistake foretold does."""

from __future__ import annotations


import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence
DRAW_A = JUDGED_DIR / "news_dev_e33_seed3333.csv"  # judged before the rules, read to write them
DRAW_B = JUDGED_DIR / "news_dev_e33_seed3334.csv"  # drawn with it, judged after the rules, never read for them
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / d).is_dir() for d in ("semeval2025_narratives", "ptc", "polnear", "basil", "babe")),
    reason="no ../shared",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses kept the black death patients in a closed ward.",
        "Alert: Black Death Cases Found In Two More Villages",
        "Historians still argue over how the black death reached the port.",
        "The town's debt has exploded since the new stadium opened.",
        "Violent crime has been exploding for a decade, the police chief said.",
        "Overdose deaths are exploding in rural counties.",
        "Two teenagers died in a fatal wreck on the county road.",
        "The burns she suffered proved fatal.",
        "The coroner ruled that he died of a lethal overdose.",
        "A fatal stroke ended his career in 1998.",
    ],
)
def test_reports_and_names_raise_no_stakes(sentence: str) -> None:
    assert matched(sentence, "escalation") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Doctors fear the new fever is deadlier than the Black Death.", ["Black Death"]),
        ("This outbreak is WORSE than the “Black Death”, the headline screamed.", ["Black Death"]),
        ("Experts warn the outbreak could explode within weeks.", ["could explode"]),
        ("The number of infections is about to explode.", ["about to explode"]),
        ("Tensions between the two navies could explode into war.", ["could explode"]),
        ("Ignoring the warnings would be a fatal mistake for the party.", ["fatal"]),
        ("One more delay could prove fatal to the whole region.", ["fatal"]),
    ],
)
def test_stakes_raised_still_count(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "escalation") == words


def test_the_two_draws_split_the_dev_matches_no_draw_had_judged() -> None:
    a, b = read(DRAW_A), read(DRAW_B)
    # the 40 escalation matches of the dev news (SemEval-2025 EN, PTC, PolNeAR, BASIL, BABE) that no draw before
    # had judged, halved at random (seed 3333); no span in both
    assert len(a) == len(b) == 20
    assert not {(r.dataset, r.id, r.start) for r in a} & {(r.dataset, r.id, r.start) for r in b}
    assert {name: (n, right) for name, n, right, _, _ in precision(a)} == {"escalation": (20, 18)}
    assert {name: (n, right) for name, n, right, _, _ in precision(b)} == {"escalation": (20, 17)}


@needs_data
def test_the_rules_leave_every_match_of_both_draws() -> None:
    """The rules were written from every judged dev match; none of the two draws' matches, right or wrong, moved."""
    joined = rejoin(read(DRAW_A) + read(DRAW_B), default_data_dir(), shipped_analyzer())
    assert [text for _, text, _, kept in joined if not kept] == []
