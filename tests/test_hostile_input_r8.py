"""Round r8: texts a careless or hostile user gives, read in time that grows with their length.

Each text below took a minute or more at this size (its time grew with the square of its length) and is
read here in well under a second; the test's own alarm stops it at 5 s, so a return of the old reading
fails fast instead of hanging the suite."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from framing.corpus import open_corpus
from framing.text import tokenize
from framing.time_limit import TimeBudget


def test_a_run_of_ellipses_is_one_sentence_read_in_linear_time() -> None:
    text = "It may " + "... " * 25_000 + "or not. Then war."
    with TimeBudget(5)():
        doc = tokenize(text)
    assert len(doc.tokens) == 75_008
    assert doc.sentence_tokens == [(0, 75_005), (75_005, 75_008)]  # no period of the run ends a sentence


def test_a_paragraph_of_quotations_tagged_after_a_comma_is_read_in_linear_time() -> None:
    text = '"War," he said. ' * 12_500
    with TimeBudget(5)():
        doc = tokenize(text)
    assert len(doc.quotes) == 12_500 and doc.quotes[-1] == (87_494, 87_496)
    assert len(doc.sentence_tokens) == 12_500


def test_marks_apart_from_their_words_in_a_long_paragraph_are_read_in_linear_time() -> None:
    text = "“ war ” said ‘ crisis ’ " * 20_000
    with TimeBudget(5)():
        doc = tokenize(text)
    assert len(doc.tokens) == 140_000 and len(doc.quotes) == 40_000


def test_a_long_run_of_comma_groups_is_read_in_linear_time_and_a_real_number_stays_one_token() -> None:
    text = "1" + ",234" * 40_000 + "5 ok"
    with TimeBudget(5)():
        doc = tokenize(text)
    assert doc.tokens[:3] == ["1", ",", "234"] and doc.tokens[-2:] == ["2345", "ok"]
    assert tokenize("It cost 1,234,567,890,123.50 dollars.").tokens[2] == "1,234,567,890,123.50"


def test_a_csv_corpus_of_blank_lines_is_read_at_the_speed_of_its_lines(tmp_path: Path) -> None:
    table = tmp_path / "c.csv"
    table.write_text("id,text\n1,War came.\n" + "\n" * 2_000_000 + "2,Peace came.\n\r\n")
    with TimeBudget(5)():  # 8 s here when each blank line went through the CSV parser (1 GB: over an hour)
        records = list(open_corpus(table))
    assert [(r.id, r.line) for r in records] == [("1", 2), ("2", 2_000_003)]


def test_texts_of_long_distinct_chunks_leave_no_memory_behind() -> None:
    tracemalloc.start()
    try:
        for i in range(20):
            doc = tokenize(f"War came. r{i};" + "xy;" * 30_000)
            assert len(doc.tokens) == 60_005
        del doc
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2_000_000  # 45 MB when each 90 kB chunk's tokens were kept (a corpus of them grew without bound)
