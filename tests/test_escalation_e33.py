"""Round e33 (issue 13): escalation's wrong matches on dev news, by class. The plague's name ("black death") is a
topic word, stakes only as the measure of something worse; a growth that has happened ("has exploded", "are
exploding") is a reported figure, while a crisis foretold to explode still counts; deaths reported with "fatal" or
"lethal" (a wreck, an overdose, wounds that "proved fatal") raise no stakes, while a fatal mistake foretold does."""

from __future__ import annotations

from functools import partial

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans

ANALYZER = Analyzer()
matched = partial(spans, ANALYZER)  # the words of a signal matched in one sentence


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
