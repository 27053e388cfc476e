"""Round r9: a corpus of long distinct words, and hostile inputs to `evaluate`, `train` and `compare`, in bounded memory.

Each memory test scores a few texts of one distinct long word (scaled down from r9's corpus of 1 MB words) and
checks what they leave behind: a cache keyed by token type kept each whole, with its lower-cased forms, so
memory grew with the corpus."""

from __future__ import annotations

import json
import random
import string
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from framing.corpus import jsonl, open_corpus, records
from framing.corpus.records import Failure, Record, _late
from framing.errors import InputError
from framing.model.data import check_labels
from framing.narratives.cues import CueMatcher
from framing.narratives.taxonomy import load_cues
from framing.pipeline import Analyzer
from framing.time_limit import TimeBudget


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


def _seen(item: Record | Failure) -> tuple:
    return (item.line, item.id, item.flags, item.extra) if isinstance(item, Record) else (item.line, item.reason)


def test_a_jsonl_corpus_of_big_records_is_not_held_while_its_columns_are_chosen(tmp_path, monkeypatch) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": str(i), "text": f"War {i}. " + _word(i, 50_000)}) for i in range(40)]
    lines[3:3] = ["not json", json.dumps({"id": "x", "text": "Peace.", "outlet": "A"})]
    lines.append(json.dumps({"id": "y", "text": "Late.", "late": 1}))
    corpus.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(records, "SCHEMA_SAMPLE", 30)
    whole = [_seen(item) for item in open_corpus(corpus)]
    monkeypatch.setattr(jsonl, "SAMPLE_BYTES", 200_000, raising=False)  # 50 MB: scaled down with the records
    read = []
    tracemalloc.start()
    try:
        for item in open_corpus(corpus):
            read.append(_seen(item))
            held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 600_000  # 1.4 MB when the 30 records of the columns' sample were held through the run
    assert read == whole  # the same records, columns and flags as a sample held whole
    assert read[3][0] == 4 and "invalid JSON" in read[3][1]
    assert read[-1][1:3] == ("y", [_late("late")])  # a field after the sample: flagged, as before


def test_a_label_column_of_distinct_values_is_refused_in_time_that_grows_with_its_rows() -> None:
    labels = [f"L{i}" for i in range(30_000)]  # 16 s when each label's rows were counted in a pass of their own
    with TimeBudget(2)(), pytest.raises(InputError, match="30,000 different labels in 30,000 rows, 30,000 of them"):
        check_labels(Path("t.csv"), "label", labels, None, 0.0)
    with TimeBudget(2)(), pytest.raises(InputError, match="label 'L0' has one"):  # the holdout's count, alike
        check_labels(Path("t.csv"), "label", labels[:1] + [x for x in labels[1:15_001] for _ in (0, 1, 2)], None, 0.2)
