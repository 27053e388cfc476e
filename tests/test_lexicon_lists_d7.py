"""Round d7: what the stop's rounds wrote twice is kept once.

- No word list of a shipped lexicon holds one entry twice (a copy changes nothing, and editing one leaves the other).
- No `common_plural_endings` entry ends with another: the endings are matched at a word's end, so "neighbors" beside
  "ors" is no entry of its own.
- The said-nouns' context rules of k71 joined c41's possessive rule and v11's relative-"that" rule, which read the
  same words; the readings the two rounds tested stay.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from framing.lexicon.grammar import GRAMMAR
from framing.pipeline import Analyzer
from sourcing_cases import attributions

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"


def _word_lists(value: Any, where: str) -> Iterator[tuple[str, list[str]]]:
    """(place, list) of every list of strings in a parsed TOML file, nested tables and rule arrays included."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _word_lists(inner, f"{where}.{key}")
    elif isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            yield where, value
        else:
            for k, inner in enumerate(value):
                yield from _word_lists(inner, f"{where}[{k}]")


def test_no_word_list_holds_an_entry_twice() -> None:
    twice = [
        (place, entry)
        for path in sorted(LEXICONS.rglob("*.toml"))
        for place, words in _word_lists(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
        for k, entry in enumerate(words)
        if entry in words[:k]
    ]
    assert twice == []


def test_no_plural_ending_ends_another() -> None:
    endings = GRAMMAR["common_plural_endings"]
    assert sorted(e for e in endings if any(e != other and e.endswith(other) for other in endings)) == []


CASES = [
    ("The governor was challenged over his statement that the bridge was safe.", [("named", "statement", "his")]),
    ("Lo's recent comments that the port should close angered the crew.", [("named", "comments", "Lo's")]),
    ("A statement that the bridge was safe went out.", []),
    ("His comments that were aired on Monday angered the crew.", []),
    ("Her comments that he made public angered the crew.", []),
    ("Lo's message: the port stays open.", [("named", "message:", "Lo's")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_said_nouns_read_as_before(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
