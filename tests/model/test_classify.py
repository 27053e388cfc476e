"""Training, cross-validation, metrics and predictions of the text classifiers, on tiny data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing.model.data import data_hash, read_labelled
from framing.model.estimators import BlockAverage, C_GRID, Trained, build_pipeline, top_features
from framing.model.metrics import metrics
from framing.model.labels import labels_from_probabilities
from framing.model.predict import _framing_vectorizer, predict, predict_article, probabilities
from framing.model import train
from framing.model.train import _best_threshold, _f1, cross_validate, fit

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "labelled" / "sentences.csv"


@pytest.fixture(scope="module")
def tiny() -> tuple[list[str], list[str]]:
    """12 sentences of each of three seed labels."""
    df = pd.read_csv(SEEDS)
    df = df[df["label"].isin(["hedged", "escalatory", "neutral"])].groupby("label").head(12)
    return df["text"].tolist(), df["label"].tolist()


@pytest.fixture(scope="module")
def model(tiny) -> Trained:
    return fit(*tiny)


def test_pipeline_is_a_feature_union_of_lexicons_words_and_characters_then_a_balanced_linear_model() -> None:
    pipe = build_pipeline("binary")
    assert [name for name, _ in pipe.named_steps["features"].transformer_list] == ["lexicon", "words", "chars"]
    assert pipe.named_steps["clf"].class_weight == "balanced"
    assert pipe.get_params()["features__lexicon__signals__lang"] == "en"
    svm = build_pipeline("multilabel", "svm")
    assert svm.named_steps["clf"].estimator.estimator.class_weight == "balanced"


def test_fit_tunes_C_on_the_training_data_and_records_hashes(model, tiny) -> None:
    meta = model.meta
    assert meta["task"] == "multiclass" and meta["classes"] == ["escalatory", "hedged", "neutral"]
    assert meta["C"] in C_GRID and set(meta["inner_cv"]["scores_by_C"]) == {str(c) for c in C_GRID}
    assert meta["data_sha256"] == data_hash(*tiny) and len(meta["lexicon_hash"]) == 64


def test_fit_chooses_between_the_joint_and_the_block_averaged_models_by_inner_cv(model) -> None:
    scores = model.meta["inner_cv"]["scores_by_combination"]
    assert set(scores) == {"joint", "blocks", "mix"} and all(
        set(s) == {str(c) for c in C_GRID} for s in scores.values()
    )
    chosen = scores[model.meta["combine"]]
    assert chosen[str(model.meta["C"])] == max(chosen.values())
    if model.meta["combine"] != "joint":  # an averaged model must beat the joint one to replace it
        assert max(chosen.values()) > max(scores["joint"].values())
    with pytest.raises(ValueError, match="combine"):
        fit(["a b", "c d"], ["x", "y"], combine="vote")
    assert model.meta["inner_cv"]["scores_by_C"] == scores[model.meta["combine"]]
    clf = model.pipeline.named_steps["clf"]
    assert isinstance(clf, BlockAverage) == (model.meta["combine"] in ("blocks", "mix"))


def test_block_average_averages_one_model_per_column_block() -> None:
    import scipy.sparse as sp
    from sklearn.base import clone
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GridSearchCV

    rng = np.random.default_rng(0)
    X = sp.csr_matrix(rng.random((60, 7)) * (rng.random((60, 7)) > 0.5))
    y = np.where(X[:, 0].toarray().ravel() + X[:, 5].toarray().ravel() > 0.6, "a", "b")
    ensemble = BlockAverage(LogisticRegression(C=2.0), blocks=((0, 3), (3, 7))).fit(X, y)
    parts = [LogisticRegression(C=2.0).fit(X[:, a:b], y).predict_proba(X[:, a:b]) for a, b in ((0, 3), (3, 7))]
    np.testing.assert_allclose(ensemble.predict_proba(X), np.mean(parts, axis=0))
    assert list(ensemble.classes_) == ["a", "b"] and set(ensemble.predict(X)) <= {"a", "b"}
    assert clone(ensemble).get_params()["estimator__C"] == 2.0
    search = GridSearchCV(
        BlockAverage(LogisticRegression(), blocks=((0, 3), (3, 7))), {"estimator__C": [0.5, 4.0]}, cv=2
    ).fit(X, y)
    assert search.best_params_["estimator__C"] in (0.5, 4.0)
    for blocks in (((0, 3), (3, 7)), ((0, 7), (0, 3), (3, 7)), ((0, 5), (5, 7))):  # by parts, mixed, across parts
        model = BlockAverage(LogisticRegression(), blocks=blocks).fit(X, y)
        np.testing.assert_allclose(model.predict_proba_blocks([X[:, :3], X[:, 3:]]), model.predict_proba(X))
    with pytest.raises(ValueError, match="the blocks have 6 features"):
        ensemble.predict_proba_blocks([X[:, :3], X[:, 3:6]])
    with pytest.raises(ValueError, match="column ranges"):
        BlockAverage(LogisticRegression(), blocks=((0, 3), (3, 9))).fit(X, y)
    with pytest.raises(ValueError, match="features"):
        ensemble.predict_proba(X[:, :6])


def test_predictions_on_clear_examples(model) -> None:
    got = predict(
        model,
        [
            "Officials may possibly delay the vote, it appears.",
            "The catastrophic war pushes the region to the brink of annihilation.",
        ],
    )
    assert got == ["hedged", "escalatory"]


def test_binary_and_multilabel_targets(tiny) -> None:
    texts, labels = tiny
    binary = fit(texts, ["hedged" if v == "hedged" else "other" for v in labels], tune=False)
    assert binary.meta["task"] == "binary"
    multi = [[v] + (["marked"] if v != "neutral" else []) for v in labels]
    ml = fit(texts, multi, tune=False)
    assert ml.meta["task"] == "multilabel" and ml.classes == ["escalatory", "hedged", "marked", "neutral"]
    out = predict(ml, ["It may rain, officials suggested."])
    assert isinstance(out[0], list)
    features = top_features(ml, 3)
    assert set(features) == set(ml.classes)


def test_best_threshold_maximises_the_f1_of_the_positive_class() -> None:
    truth = np.array([False] * 60 + [True] * 40)
    p = np.r_[np.linspace(0.0, 0.3, 60), np.linspace(0.2, 0.45, 40)]  # positives all sit below 0.5
    threshold, f1 = _best_threshold(truth, p)
    assert 0.15 < threshold <= 0.3 and f1 == pytest.approx(_f1(truth, p >= threshold)) and f1 >= 0.8
    assert _f1(truth, p >= 0.5) == 0.0


def test_f1_of_one_class_tunes_a_threshold_that_every_prediction_path_honours(tiny) -> None:
    texts, labels = tiny
    binary = ["hedged" if v == "hedged" else "other" for v in labels]
    model = fit(texts, binary, metric="f1_positive", positive="hedged")
    threshold = model.meta["threshold"]
    assert 0 < threshold < 1 and model.pipeline.named_steps["clf"].threshold == threshold
    probe = [
        "Officials may possibly delay the vote, it appears.",
        "The museum opened on Monday.",
        "It could perhaps rain.",
        "War is coming.",
    ]
    proba = probabilities(model, probe)
    expected = ["hedged" if p >= threshold else "other" for p in proba[:, model.classes.index("hedged")]]
    assert predict(model, probe) == expected == labels_from_probabilities(model, proba)
    article = predict_article(model, " ".join(probe))
    assert [s["label"] for s in article["sentences"]] == predict(model, [s["text"] for s in article["sentences"]])
    assert set(top_features(model, 3)) == {"hedged", "other"}
    assert fit(texts, binary).meta["threshold"] is None  # macro F1: argmax, no threshold


def test_cross_validation_reports_per_class_scores_and_never_splits_a_group(tiny, monkeypatch) -> None:
    texts, labels = tiny
    groups = [f"g{i // 3}" for i in range(len(texts))]
    seen = []
    real_fit = fit

    def spy(t, y, **kwargs):
        seen.append(set(kwargs["groups"]))
        return real_fit(t, y, **kwargs | {"tune": False})

    monkeypatch.setattr(train, "fit", spy)
    result = cross_validate(texts, labels, folds=3, groups=groups)
    assert result["folds"] == 3 and result["grouped"] and len(result["fold_macro_f1"]) == 3
    assert set(result["per_class"]) == {"escalatory", "hedged", "neutral"}
    assert sum(v["support"] for v in result["per_class"].values()) == len(texts)
    for train_groups in seen:  # each test fold's groups are absent from its training part
        assert len(train_groups) == len(set(groups)) * 2 // 3


def test_metrics_for_a_known_confusion() -> None:
    m = metrics(["a", "a", "b", "b"], ["a", "b", "b", "b"], ["a", "b"], "binary")
    assert m["accuracy"] == 0.75 and m["confusion_matrix"]["matrix"] == [[1, 1], [0, 2]]
    assert m["per_class"]["a"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert m["macro_f1"] == pytest.approx((0.6667 + 0.8) / 2, abs=1e-3)


@pytest.fixture(scope="module")
def blocks_model(tiny) -> Trained:
    return fit(*tiny, combine="blocks")


@pytest.mark.parametrize("which", ["model", "blocks_model"])
def test_article_predictions_reuse_the_article_analysis(which, request) -> None:
    model = request.getfixturevalue(which)
    vectorizer = _framing_vectorizer(model)
    text = "The war may spread. Officials could possibly delay the count. The museum opened on Monday."
    result = vectorizer.analyzer.analyze(text, split_title=False)
    out = predict_article(model, text, result=result)
    assert out["level"] == "sentence" and len(out["sentences"]) == 3
    assert [s["label"] for s in out["sentences"]] == predict(model, result.sentences)
    assert sum(out["article"]["share"].values()) == pytest.approx(1.0)
    proba = [s["probability"] for s in out["sentences"]]
    expected = probabilities(model, result.sentences)
    np.testing.assert_allclose([[p[c] for c in model.classes] for p in proba], expected, atol=1e-4)


def test_empty_article_gives_no_sentences(model) -> None:
    out = predict_article(model, "")
    assert out["sentences"] == [] and out["article"]["n_sentences"] == 0


def test_read_labelled_errors_name_the_columns(tmp_path) -> None:
    from framing.errors import InputError

    path = tmp_path / "d.csv"
    path.write_text("sentence,tag\nA text.,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'text'.*columns: sentence, tag"):
        read_labelled(path, "text", "tag")
    texts, labels, groups = read_labelled(path, "sentence", "tag")
    assert texts == ["A text."] and labels == ["x"] and groups is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            {"text": "A text.", "label": ["x", "y"]},
            "row 3: the label (--label-col 'label') is a list, not a single "
            "value; several labels go in one string (train and evaluate split it with --label-sep)",
        ),
        (
            {"text": {"body": "A text."}, "label": "x"},
            "row 3: the text (--text-col 'text') is an object, not a single value",
        ),
    ],
)
def test_a_json_structure_as_a_text_or_label_is_refused_with_its_row(tmp_path, line, message) -> None:
    """They were learnt as their printed form: a label "['x', 'y']", a text "{'body': 'A text.'}"."""
    from framing.errors import InputError

    path = tmp_path / "d.jsonl"
    rows = [{"text": "The war may spread.", "label": None}, {"text": "It will.", "label": "y"}, line]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_labelled(path, "text", "label")
    assert str(caught.value) == f"{path}: {message}"


def test_model_evaluation_runs_on_a_slice_of_real_data(shared_data) -> None:
    from framing.quality import model_eval

    task = model_eval._babe(shared_data)
    task.texts, task.labels, task.groups = task.texts[:240], task.labels[:240], task.groups[:240]
    row = model_eval.evaluate_task(task, folds=2)
    assert row["n"] == 240 and row["majority"] < row["ours"] <= 1 and row["grouped"]  # by article
    assert "our model" in model_eval.render([row])
