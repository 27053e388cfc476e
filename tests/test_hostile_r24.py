"""Hostile input, twenty-third pass (round r24): sentences of many cues read in linear work where each cue read the
sentence again — a cue after "and" looking back over every comma for a clause subject
(`clauses._nearest_clause_subject`) or over every word for a clause opener (`clauses._clause_opener_before`), a
sentence's summing and relative commas (`contents._summing_appositives`, `_relative_cue_commas`), its last "that"
(`contents._circumstance_after`), a possessive's later naming (`kinds._owner_names_later`) and a governing verb's
source (`clauses._governing_subject`)."""

from __future__ import annotations

from collections import Counter

import pytest

from framing.pipeline import Analyzer
from framing.sourcing import clauses
from tests.test_hostile_input_r11 import _python_calls

FROM_SOURCES = not clauses.__file__.endswith((".so", ".pyd"))

Read = tuple[str, str, str]  # cue, source, kind


def _reads(analyzer: Analyzer, text: str, cues: set[str]) -> Counter[Read]:
    attributions = analyzer.analyze(text, split_title=False).attributions
    return Counter((a["cue"], a["source"], a["kind"]) for a in attributions if a["cue"] in cues)


def _calls_at_15_and_60(analyzer: Analyzer, clause: str, separator: str, each: list[Read]) -> list[int]:
    """The calls of 240 copies of `clause`, 15 and then 60 to a sentence joined by `separator`; each copy reads as
    `each`."""
    analyzer.analyze(f"{clause}.", split_title=False)  # the lexicons and models loaded before counting
    cues = {cue for cue, _, _ in each}
    counts = []
    for per_sentence in (15, 60):
        sentence = separator.join([clause] * per_sentence) + "."
        text = " ".join([sentence] * (240 // per_sentence))
        counts.append(_python_calls(lambda text=text: _reads(analyzer, text, cues)))
        assert _reads(analyzer, text, cues) == Counter({read: 240 for read in each})
    return counts


@pytest.mark.parametrize(
    ("clause", "separator"),
    [
        ("Ana Ruiz, who says it and claims it", ", "),  # each "and claims" looked back over every comma (1.9x)
        ("Ana Ruiz who says it and claims it", " "),  # and, with no comma, over every word (1.6x)
    ],
)
def test_a_sentence_of_many_who_says_and_claims_reads_it_in_linear_work(
    analyzer: Analyzer, clause: str, separator: str
) -> None:
    """A cue after "and" looked for its clause's subject at every comma back to the sentence's start, and for a
    clause opener ("when", "because") at every word back to a punctuation mark; the sentence's first source and its
    finite verbs before the relative were read again per cue (r24). Their source stays what it was."""
    each = [("says", "who", "named"), ("claims", "who", "named")]
    counts = _calls_at_15_and_60(analyzer, clause, separator, each)
    assert not FROM_SOURCES or counts[1] <= 1.2 * counts[0]


@pytest.mark.parametrize(
    ("clause", "each"),
    [
        # a participle looked back over every comma for its clause's subject, as "and claims" did (2.6x)
        ("Ana Ruiz, saying it", [("saying", "Ana Ruiz", "named")]),
        # the summing commas (", a move that …") of the whole sentence, asked per cue (1.2x)
        ("'It is over,' Ana Ruiz said", [("said", "Ana Ruiz", "named")]),
        # and each relative read on to the sentence's end for a comma and a main verb (1.6x)
        ("Ana Ruiz said it, a move that hurt", [("said", "Ana Ruiz", "named")]),
        ("Ana Ruiz, which Ed Lo called fair", [("called", "Ed Lo", "named")]),
        # "that" or a colon after "continued to", read on to the sentence's end per cue (1.6x)
        ("Ana Ruiz continued to claim", [("continued", "Ana Ruiz", "named")]),
        # the next sentences read for the aide's name, per possessive (1.7x)
        ("Ana Ruiz's aide said", [("said", "Ana Ruiz's aide", "anonymous")]),
        # the source of "expected" looked for among all the sentence's sources (1.3x)
        ("Ana Ruiz is expected to say", [("say", "Ana Ruiz", "named")]),
    ],
)
def test_a_sentence_of_many_cues_reads_its_commas_once(analyzer: Analyzer, clause: str, each: list[Read]) -> None:
    """What a sentence holds (a clause subject before a participle, its summing and relative commas, its last "that"
    or colon, a possessive's naming in the next sentences, a governing verb's auxiliaries) was read again by each cue,
    from its start or to its end (r24)."""
    counts = _calls_at_15_and_60(analyzer, clause, ", ", each)
    assert not FROM_SOURCES or counts[1] <= 1.2 * counts[0]
