"""`framing.compare` as a library function: a corpus scored in one pass, or a score table read back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from framing import compare, score_corpus
from framing.batch import run as batch_run
from framing.batch.run import score_frames
from framing.batch.words import WordTable
from framing.errors import InputError
from framing.text import is_word, normalize, tokenize_words

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles"


@pytest.fixture(scope="module")
def corpus_report(lexicons, tmp_path_factory):
    """A comparison of the seed articles, the corpus opened once (counted)."""
    opened = []
    with pytest.MonkeyPatch.context() as mp:
        real = batch_run.open_corpus
        mp.setattr(batch_run, "open_corpus", lambda *a, **k: opened.append(a) or real(*a, **k))
        out = tmp_path_factory.mktemp("compare") / "report"
        report = compare(SEEDS, out, lexicons=lexicons, n_boot=200, title="Seeds")
    return report, out, opened


def test_a_corpus_is_read_once_and_the_report_written(corpus_report) -> None:
    report, out, opened = corpus_report
    assert len(opened) == 1
    assert report.groups == [
        "CheckPoint Facts",
        "Horizon State Broadcasting",
        "Meridian Wire",
        "Probable Cause Analysis",
        "The Daily Blaze",
        "The Liberty Torch",
    ]
    assert report.meta["title"] == "Seeds" and report.meta["lexicon_hash"]
    assert set(report.terms["scope"]) >= {"overall"}  # distinctive words need the articles' word counts
    assert (out / "index.html").is_file() and (out / "tables" / "means.csv").is_file()
    assert "sourcing_named" in {m.id for m in report.measures}
    assert "attribution_cues" not in {m.id for m in report.measures}  # raw sourcing rates are left out


def test_a_run_in_memory_gives_every_scored_article_its_word_counts(lexicons) -> None:
    scored = score_frames(SEEDS, lexicons, jobs=1)
    assert scored.run.scored == len(scored.scores) == 72
    assert set(scored.words["id"]) == set(scored.scores["id"])
    assert (scored.words["count"] > 0).all()
    assert set(scored.evidence["id"]) <= set(scored.scores["id"])


def test_word_counts_are_the_scorer_s_words(lexicons, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "The minister may resign. The minister said so &amp; more."}\n'
        '{"id": "b", "text": "Nothing here."}\n'
    )
    words = score_frames(corpus, lexicons, jobs=1).words
    got = {(i, t): c for i, t, c in words.itertuples(index=False)}
    text = "The minister may resign. The minister said so &amp; more."
    expected = Counter(w for w in tokenize_words(normalize(text)) if is_word(w))
    assert {t: c for (i, t), c in got.items() if i == "a"} == dict(expected)
    assert got[("a", "minister")] == 2 and got[("b", "nothing")] == 1


def test_the_word_table_is_the_long_table_of_its_rows_strings() -> None:
    # what the overall terms group and sort by: categories as pandas makes them from every row's
    # strings (sorted, distinct), a repeated id one category, an article without words no row
    articles = [("b", {"zeal": 1, "and": 3}), ("a", {"and": 2, "état": 1}), ("b", {"zeal": 2}), ("c", {})]
    table = WordTable()
    for article, counts in articles:
        table.add(article, counts)
    rows = [(article, word, n) for article, counts in articles for word, n in counts.items()]
    expected = pd.DataFrame(
        {
            "id": pd.Categorical([r[0] for r in rows]),
            "term": pd.Categorical([r[1] for r in rows]),
            "count": [r[2] for r in rows],
        }
    )
    pd.testing.assert_frame_equal(table.frame(), expected, check_exact=True)
    assert list(table.frame()["term"].cat.categories) == ["and", "zeal", "état"]


def test_a_score_table_gives_the_same_comparison_without_overall_terms(lexicons, corpus_report, tmp_path) -> None:
    report, _, _ = corpus_report
    score_corpus(SEEDS, tmp_path / "s.parquet", lexicons, evidence=tmp_path / "e.parquet", jobs=1)
    again = compare(tmp_path / "s.parquet", lexicons=lexicons, evidence=tmp_path / "e.parquet", n_boot=200)
    pd.testing.assert_frame_equal(again.means, report.means)
    assert "overall" not in set(again.terms["scope"])
    assert any("article texts were not available" in note for note in again.notes)


def test_options_that_go_with_the_other_input_are_refused(lexicons, tmp_path) -> None:
    with pytest.raises(InputError, match="--evidence-table goes with a score table"):
        compare(SEEDS, lexicons=lexicons, evidence=tmp_path / "e.parquet")
    with pytest.raises(InputError, match="unknown signal"):
        compare(SEEDS, lexicons=lexicons, signals=["nosuch"], n_boot=200)
