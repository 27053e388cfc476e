"""Round r9: a corpus of long distinct words, and hostile inputs to `evaluate`, `train` and `compare`, in bounded memory.

Each memory test scores a few texts of one distinct long word (scaled down from r9's corpus of 1 MB words) and
checks what they leave behind: a cache keyed by token type kept each whole, with its lower-cased forms, so
memory grew with the corpus."""

from __future__ import annotations

import random
import string
import tracemalloc
from collections.abc import Callable

from framing.narratives.cues import CueMatcher
from framing.narratives.taxonomy import load_cues
from framing.pipeline import Analyzer


def _word(seed: int, n: int = 100_000) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice(string.ascii_letters) for _ in range(n))


def _held(read: Callable[[str], object]) -> int:
    """Bytes still held after `read` has been given ten texts, each of a distinct 100 kB word."""
    texts = [f"The minister said {_word(i)}, officials said. Kyiv{_word(i, 200)} fell." for i in range(10)]
    read("The minister said the war was over.")  # the caches' ordinary entries, before counting
    tracemalloc.start()
    try:
        while texts:
            read(texts.pop())
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return held


def test_long_words_are_not_kept_by_the_token_caches_of_scoring() -> None:
    analyzer = Analyzer(sourcing="trained")
    long = f"He said {_word(99, 100)} was wrong. {_word(99, 100).upper()} is not war."
    before = analyzer.analyze(long).to_dict()
    assert _held(analyzer.analyze) < 400_000  # 3.0 MB when each word was kept with its lower-cased forms
    assert analyzer.analyze(long).to_dict() == before  # a long word read again, unremembered, reads the same


def test_long_words_are_not_kept_by_the_narrative_cue_caches() -> None:
    matcher = CueMatcher(load_cues("ru"), "ru")
    assert _held(matcher.find_text) < 400_000  # 2.0 MB when the lemmas and pattern starts kept each word
    _, cues = matcher.find_text("Коллективный Запад развязал войну " + _word(5, 100) + ".")
    assert {c.narrative for c in cues} >= {"urw_discrediting_west"}
