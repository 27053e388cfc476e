"""The public API: `from framing import ...` gives the library's entry points, imported on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

import framing


def test_importing_framing_loads_no_heavy_dependency() -> None:
    code = (
        "import sys, framing\n"
        "heavy = [m for m in ('pandas', 'numpy', 'pyarrow', 'sklearn', 'scipy', 'framing.pipeline') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_public_names_are_the_library_functions() -> None:
    from framing import Analyzer, analyze, compare, load_lexicons, score_corpus
    from framing.batch.run import score_corpus as run_score_corpus
    from framing.comparison import compare as comparison_compare
    from framing.lexicon.loader import load_lexicons as loader
    from framing.pipeline import Analyzer as PipelineAnalyzer, analyze as pipeline_analyze

    assert (analyze, Analyzer, load_lexicons) == (pipeline_analyze, PipelineAnalyzer, loader)
    assert (score_corpus, compare) == (run_score_corpus, comparison_compare)
    assert set(framing.__all__) == {
        "__version__",
        "analyze",
        "Analyzer",
        "load_lexicons",
        "score_corpus",
        "compare",
        "train_model",
    }


def test_train_model_comes_from_the_model_package() -> None:
    train = pytest.importorskip("framing.model.train")
    from framing import train_model

    assert train_model is train.train_model


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'framing' has no attribute 'scores'"):
        framing.scores  # noqa: B018


def test_analyze_scores_an_article() -> None:
    from framing import analyze

    result = analyze("Officials may have exaggerated the threat.")
    assert result.signals["hedging"].count == 1


def test_score_corpus_takes_paths_as_strings_as_the_readme_writes_them(tmp_path, monkeypatch) -> None:
    from framing import load_lexicons, score_corpus

    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus.jsonl").write_text(
        '{"id": "a", "outlet": "X", "text": "Officials said it may rain."}\n{"id": "b", "text": ""}\n', encoding="utf-8"
    )
    run = score_corpus("corpus.jsonl", "scores.csv", load_lexicons(), jobs=1)
    assert (run.read, run.scored, run.failed) == (2, 1, 1)
    assert (tmp_path / "scores.errors.csv").read_text(encoding="utf-8").splitlines()[1] == (
        "corpus.jsonl,2,2,b,failed,empty text"
    )


def test_train_model_takes_paths_as_strings(tmp_path, monkeypatch) -> None:
    from framing import train_model

    monkeypatch.chdir(tmp_path)
    rows = ["text,label"] + [f"The war may spread to region {k}.,hedged" for k in range(6)]
    rows += [f"The minister met the press in region {k}.,neutral" for k in range(6)]
    (tmp_path / "labelled.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    saved = train_model("labelled.csv", "models/m.skops", folds=0)
    assert saved.model.classes == ["hedged", "neutral"]
    assert (tmp_path / "models" / "m.skops").is_file()
    assert str(saved.metrics_path) == "models/m.metrics.json"


def test_the_evidence_frame_is_the_evidence_with_its_columns_even_when_nothing_matched() -> None:
    """The README's `result.evidence_frame()`: one row a match; an article without one still has the
    columns, so that frames of many articles concatenate."""
    from framing import analyze

    frame = analyze("Officials may have exaggerated the threat.").evidence_frame()
    assert frame.to_dict("records") == [
        {
            "part": "body",
            "signal": "hedging",
            "entry": "may",
            "text": "may",
            "sentence": 0,
            "start": 10,
            "end": 13,
            "voice": "author",
            "negated": False,
            "weight": 1.0,
            "rule": "",
        }
    ]
    empty = analyze("The museum opened on Monday.").evidence_frame()
    assert empty.empty and list(empty.columns) == list(frame.columns)


def test_evidence_does_not_change_where_the_sentences_are(analyzer) -> None:
    """With evidence the sentences' spans come from every token's offsets, without it from a search for
    each sentence's first word: a user gets the same sentences either way (words that repeat across
    sentences, whitespace other than spaces, a quotation)."""
    text = 'Ruiz said the plan\u00a0may fail.  Ruiz said  "the plan may fail, and fail badly."\n\nThe plan. Plan.'
    with_evidence = analyzer.analyze(text, split_title=False, evidence=True)
    without = analyzer.analyze(text, split_title=False, evidence=False, sentences=True)
    assert with_evidence.evidence  # the evidence path is the one taken
    assert with_evidence.sentence_starts == without.sentence_starts == [0, 30, 79, 89]
    assert (
        with_evidence.sentences
        == without.sentences
        == [
            "Ruiz said the plan\u00a0may fail.",
            'Ruiz said  "the plan may fail, and fail badly."',
            "The plan.",
            "Plan.",
        ]
    )
