"""Round u28: the classifier as a researcher uses it: repeated texts never on both sides of a split,
scores beside a majority baseline with an interval, a card true of its file, the estimator API."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.utils.estimator_checks import check_estimator

from framing.model import files as modelfile
from framing.model import train
from framing.model.estimators import BlockAverage, build_pipeline
from framing.model.features import FramingVectorizer
from framing.model.metrics import metrics
from tiny_training_set import LABELS, TEXTS


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _write(path, texts: list[str], labels: list[str]):
    pd.DataFrame({"text": texts, "label": labels}).to_csv(path, index=False)
    return path


def test_a_repeated_text_is_never_trained_on_and_tested_on(tmp_path, monkeypatch) -> None:
    """BABE repeats sentences (once with curly quotes, once straight): a repeat on both sides of a fold or
    of the holdout scored the model's memory. Every prediction is checked against the fit before it."""
    base = [f"{t[:-1]} in {month}." for month in ("May", "June", "July", "August") for t in TEXTS[:6]]
    texts = base + [t.upper().replace(" ", "  ") for t in base]  # each text again, case and spacing changed
    labels = [LABELS[i % 6] for i in range(len(base))] * 2
    trained_on: list[set[str]] = []
    leaks: list[str] = []
    fit, predict = train.fit, train.predict

    def recording_fit(texts, labels, **kwargs):
        trained_on.append({_key(t) for t in texts})
        return fit(texts, labels, **kwargs)

    def checking_predict(model, texts):
        leaks.extend(t for t in texts if _key(t) in trained_on[-1])
        return predict(model, texts)

    monkeypatch.setattr(train, "fit", recording_fit)
    monkeypatch.setattr(train, "predict", checking_predict)
    saved = train.train_model(_write(tmp_path / "d.csv", texts, labels), tmp_path / "m.skops", folds=3, holdout=0.25)
    assert leaks == []
    assert saved.model.metrics["holdout"]["n"] == 12  # six distinct texts of 24, each with its repeat
    assert saved.model.metrics["cv"]["repeated_texts"] == 36 and not saved.model.metrics["cv"]["grouped"]
    assert "36 rows that repeat a text each kept in one fold with its repeats" in saved.card_path.read_text()


def test_a_holdout_of_too_few_distinct_texts_is_refused_by_name(tmp_path) -> None:
    """Six distinct texts, each four times: a holdout of a quarter cannot hold a distinct text of every label."""
    data = _write(tmp_path / "d.csv", TEXTS, LABELS)
    with pytest.raises(Exception, match=r"d\.csv: --holdout 0\.25 keeps 2 of 6 distinct texts out"):
        train.train_model(data, tmp_path / "m.skops", folds=0, holdout=0.25)


def test_scores_come_with_a_majority_baseline_and_an_interval() -> None:
    m = metrics(["a", "a", "a", "b"] * 25, ["a", "a", "b", "b"] * 25, ["a", "b"], "binary")
    assert m["majority_baseline"] == {"label": "a", "accuracy": 0.75, "macro_f1": 0.4286}
    low, high = m["macro_f1_interval"]
    assert low < m["macro_f1"] < high and high - low < 0.3
    many = metrics(["a", "a", "a", "b"] * 2500, ["a", "a", "b", "b"] * 2500, ["a", "b"], "binary")
    assert many["macro_f1_interval"][1] - many["macro_f1_interval"][0] < (high - low) / 5  # narrows with n
    multi = metrics([["x"], ["x", "y"], ["x"], []] * 10, [["x"], ["x"], ["y"], []] * 10, ["x", "y"], "multilabel")
    assert multi["majority_baseline"]["labels"] == ["x"] and len(multi["micro_f1_interval"]) == 2


def test_the_card_names_its_file_date_use_and_limits(tmp_path) -> None:
    data = _write(tmp_path / "d.csv", [f"{t[:-1]} in week {i}." for i, t in enumerate(TEXTS)], LABELS)
    saved = train.train_model(data, tmp_path / "m.skops", folds=2)
    card = saved.card_path.read_text(encoding="utf-8")
    recorded = json.loads(saved.metrics_path.read_text(encoding="utf-8"))
    assert f"Model file sha256 `{modelfile.file_sha256(saved.path)}`, trained {recorded['trained']}." in card
    assert "## Intended use" in card and "No rows were held out" in card
    assert re.search(r"\(the majority baseline[^)]*\) scores macro F1", card)
    # u29: the features' words: an averaged model's weights are no one model's, and n_words is no signal
    averaged = saved.model.meta.get("combine") in ("blocks", "mix")
    assert ("on scales of their own" in card) is averaged and ("weights of the linear model" in card) is not averaged
    assert "(`lexicon__n_words`, `lexicon__n_sentences`)" in card
    from framing.model.model_card import card as card_of

    for combine, words in (("blocks", "on scales of their own"), ("joint", "weights of the linear model;")):
        saved.model.meta["combine"] = combine
        assert words in card_of(saved.model, "m.skops")


def test_the_text_vectorizers_take_a_one_column_table_and_refuse_one_string() -> None:
    """Iterating a DataFrame gives its column names: the n-gram blocks read `df[["text"]]` as one
    document and the lexicon block as rows, and the Pipeline failed in scipy's words."""
    texts = [f"{t[:-1]} in week {i}." for i, t in enumerate(TEXTS)]
    table = pd.DataFrame({"text": texts})
    pipeline = build_pipeline("multiclass").fit(table, pd.Series(LABELS))
    assert len(pipeline.predict(table.iloc[:5])) == 5
    assert list(pipeline.predict(table)) == list(pipeline.predict(texts))
    with pytest.raises(ValueError, match="one text: wrap it in a list"):
        FramingVectorizer().fit(texts).transform("One text, read before as one text per character.")
    with pytest.raises(ValueError, match="one column of texts, got a table of 2 columns"):
        pipeline.predict(table.assign(other=1))


def test_the_pipeline_follows_the_estimator_api() -> None:
    """clone, set_params, cross_val_score and predict_proba's columns in `classes_` order."""
    texts = [f"{t[:-1]} in week {i}." for i, t in enumerate(TEXTS)]
    pipeline = clone(build_pipeline("multiclass")).set_params(clf__C=2.0)
    assert pipeline.get_params()["clf__C"] == 2.0
    scores = cross_val_score(pipeline, pd.Series(texts), LABELS, cv=2, scoring="f1_macro")
    assert len(scores) == 2
    fitted = pipeline.fit(texts, LABELS)
    proba = fitted.predict_proba(texts)
    assert list(fitted.classes_[np.argmax(proba, axis=1)]) == list(fitted.predict(texts))


def test_block_average_passes_scikit_learns_estimator_checks() -> None:
    """Before: predict on an unfitted model raised AttributeError, a wrong width our own words."""
    failed = [
        r["check_name"]
        for r in check_estimator(BlockAverage(LogisticRegression()), on_fail=None)
        if r["status"] == "failed"
    ]
    assert failed == []


def test_train_says_how_many_folds_it_ran(tmp_path) -> None:
    """The rarest label (two rows) allows two folds: "cross-validating ... (5 folds)" said five."""
    texts = [f"{t[:-1]} in week {i}." for i, t in enumerate(TEXTS)]
    labels = ["neutral" if i in (2, 5) else ("hedged" if v == "neutral" else v) for i, v in enumerate(LABELS)]
    told: list[str] = []
    saved = train.train_model(_write(tmp_path / "d.csv", texts, labels), tmp_path / "m.skops", progress=told.append)
    assert (
        told[0]
        == "cross-validating on 24 rows (2 folds, not 5: label 'neutral' has 2 rows, and each fold needs one)..."
    )
    assert saved.model.metrics["cv"]["folds"] == 2
    docs = [f"d{i // 8}" for i in range(len(texts))]  # three articles of eight sentences
    pd.DataFrame({"text": texts, "label": LABELS, "doc": docs}).to_csv(tmp_path / "g.csv", index=False)
    told.clear()
    train.train_model(tmp_path / "g.csv", tmp_path / "g.skops", group_col="doc", progress=told.append)
    assert "(3 folds, not 5: the rows fall in 3 groups, and each fold needs one)" in told[0]  # u29: named the limit


def test_groups_are_kept_as_given_and_repeats_across_them_counted(tmp_path) -> None:
    """Merging groups that a repeated text links made one giant group of PTC (shared boilerplate)."""
    texts = [f"{t[:-1]} in week {i}." for i, t in enumerate(TEXTS)] + ["Take our poll.", "Take our poll!"]
    labels = [*LABELS, "neutral", "neutral"]
    groups = [f"article {i // 2}" for i in range(len(texts))]
    data = tmp_path / "d.csv"
    pd.DataFrame({"text": texts, "label": labels, "doc": groups}).to_csv(data, index=False)
    saved = train.train_model(data, tmp_path / "m.skops", group_col="doc", folds=2)
    assert saved.model.metrics["cv"]["grouped"] and saved.model.metrics["cv"]["repeated_texts"] == 0
    groups[-1] = "article 0"  # the poll now also sits in another article
    pd.DataFrame({"text": texts, "label": labels, "doc": groups}).to_csv(data, index=False)
    saved = train.train_model(data, tmp_path / "m.skops", group_col="doc", folds=2)
    assert saved.model.metrics["cv"]["repeated_texts"] == 2
    assert "2 rows repeat a text of another group, and stay where their group falls" in saved.card_path.read_text()


def test_a_tied_majority_baseline_says_it_is_tied() -> None:
    """u29: on balanced labels (the shipped model's six of 92 each) the baseline named the first label
    'the majority', as if it were commoner than the others."""
    from framing.model.metrics import baseline_line

    tied = metrics(["a", "b", "c"] * 10, ["a", "b", "b"] * 10, ["a", "b", "c"], "multiclass")
    assert "always predicting 'a' (the majority baseline: the commonest label, tied with 2 other labels," in (
        baseline_line(tied)
    )
    pair = metrics(["a", "b", "b", "c", "c"] * 4, ["a", "b", "b", "c", "c"] * 4, ["a", "b", "c"], "multiclass")
    assert "always predicting 'b' (the majority baseline: the commonest label, tied with 'c', the first" in (
        baseline_line(pair)
    )
    clear = metrics(["a", "a", "b"] * 5, ["a", "a", "b"] * 5, ["a", "b"], "binary")
    assert "always predicting 'a' (the majority baseline) scores" in baseline_line(clear)
