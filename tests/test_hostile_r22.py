"""Hostile input, twenty-first pass (round r22): sentences of many cues read in linear work where each cue read the
sentence again from its start — "according to" asides (`contents._aside_goes_on`, `contents._only_opening`) and a
name with its description or age before the cue (`forward._opening_name`)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.sourcing import contents
from tests.test_hostile_input_r11 import _python_calls

FROM_SOURCES = not contents.__file__.endswith((".so", ".pyd"))


def _sources(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(a["source"], a["kind"]) for a in analyzer.analyze(text, split_title=False).attributions]


def _calls_at_15_and_60(analyzer: Analyzer, clause: str, expected: tuple[str, str]) -> list[int]:
    """The calls of 240 copies of `clause`, 15 and then 60 to a sentence; each copy one attribution."""
    analyzer.analyze(f"{clause}.", split_title=False)  # the lexicons and models loaded before counting
    counts = []
    for per_sentence in (15, 60):
        sentence = ", ".join([clause] * per_sentence) + "."
        text = " ".join([sentence] * (240 // per_sentence))
        counts.append(_python_calls(lambda text=text: _sources(analyzer, text)))
        assert _sources(analyzer, text) == [expected] * 240
    return counts


@pytest.mark.parametrize(
    "clause",
    [
        "The dam, according to Ana Ruiz, is cracked",  # an aside between a subject and its verb
        "Today, according to Ana Ruiz, the dam is cracked",  # an aside after an opening phrase
    ],
)
def test_a_sentence_of_many_according_to_asides_reads_it_in_linear_work(analyzer: Analyzer, clause: str) -> None:
    """Each "according to" asked whether a bracket or a relative pronoun, and whether a quotation mark, colon or
    semicolon, stands between the sentence's start and the cue, reading from the start again (2.3 and 2.7 times
    the work at 60 a sentence over 15 on the base, r22)."""
    counts = _calls_at_15_and_60(analyzer, clause, ("Ana Ruiz", "named"))
    assert not FROM_SOURCES or counts[1] <= 1.3 * counts[0]


@pytest.mark.parametrize(
    ("clause", "source"),
    [
        ("Ana Ruiz's aide, Ed, says it", "Ana Ruiz's aide, Ed"),  # a name after its description
        ("Ana Ruiz, 72, said it", "Ana Ruiz, 72"),  # an age after the name
    ],
)
def test_a_sentence_of_many_described_names_reads_it_in_linear_work(
    analyzer: Analyzer, clause: str, source: str
) -> None:
    """Each cue after a comma asked whether the sentence opens with a name, looking for a relative pronoun from
    the name's comma on to the cue's before testing that the description is short (1.5 times the work at 60 a
    sentence over 15 on the base, `forward._opening_name`, r22)."""
    counts = _calls_at_15_and_60(analyzer, clause, (source, "named"))
    assert not FROM_SOURCES or counts[1] <= 1.3 * counts[0]
