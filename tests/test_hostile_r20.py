"""Hostile input, nineteenth pass (round r20): a described person named in a later sentence ("A nurse said … Tavi
Ruskin, 41, said …") asked whether the name's last word was written before the description. That search read
every token before the source, once per description and naming sentence: quadratic on a long text of such pairs
(`benchmarks/bench_hostile.py` prints the CPU seconds). Each word's first token is now found once per document;
these tests hold the answers it gives, on short texts and on a long one, to the ones the search gave."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _rows(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(a["source"], a["kind"]) for a in analyzer.analyze(text, split_title=False).attributions]


@pytest.mark.parametrize(
    ("text", "nurse"),
    [
        # a name never written before the description brings the nurse in: she is named
        ("A nurse said the ward was full. Tavi Ruskin, 41, said the beds ran out.", "named"),
        # the surname written before the description: someone the text already knows, the nurse stays unnamed
        ("Ruskin ran the ward. A nurse said the ward was full. Tavi Ruskin, 41, said the beds ran out.", "anonymous"),
        # written after the description, in its own sentence: not before it, so still a new name
        ("A nurse said the ward at Ruskin Hall was full. Tavi Ruskin, 41, said the beds ran out.", "named"),
        # written again after the naming sentence: that changes nothing
        ("A nurse said the ward was full. Tavi Ruskin, 41, said the beds ran out. Ruskin left.", "named"),
    ],
)
def test_description_named_later_by_a_new_name(analyzer: Analyzer, text: str, nurse: str) -> None:
    assert _rows(analyzer, text) == [("A nurse", nurse), ("Tavi Ruskin, 41", "named")]


def test_long_text_of_described_people_named_later(analyzer: Analyzer) -> None:
    """Three hundred pairs, each naming a new person, then one naming the first pair's person again: the first
    three hundred nurses are named, the last one is not (her "Ruskaa" was written three hundred pairs back)."""
    surnames = [f"Rusk{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)] + ["Ruskaa"]
    text = " ".join(
        f"A nurse said ward {i} was full. Tavi {s}, 41, said the beds ran out." for i, s in enumerate(surnames)
    )
    rows = _rows(analyzer, text)
    assert len(rows) == 602
    assert rows[0::2] == [("A nurse", "named")] * 300 + [("A nurse", "anonymous")]
    assert rows[1::2] == [(f"Tavi {s}, 41", "named") for s in surnames]


def test_hyphen_said_shape_names_each_speaker(analyzer: Analyzer) -> None:
    """The stop-62 review's shape, a new person before a dash and "said" in each sentence: each sentence's source
    is its own person, named, with the aside the dashes set off."""
    people = ["Tavi Ruskin", "Oren Maltby", "Ilse Varga", "Bram Oduya"]
    text = " ".join(f"{p} - a clerk - said it rained on day {i}." for i, p in enumerate(people * 50))
    assert _rows(analyzer, text) == [(f"{p} - a clerk", "named") for p in people * 50]
