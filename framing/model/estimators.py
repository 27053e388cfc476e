"""Text classifiers next to the lexicons: build, train with honest cross-validation, evaluate, apply.

In: texts and labels (one label per text; or, for multi-label data, a list of labels per text),
optionally a group per text (the article a sentence comes from) so that no group is split between
training and test folds. Out: a `Trained` model (a scikit-learn Pipeline plus a metadata dict),
metrics dicts, and per-sentence / per-article predictions for `framing score --model`.

The Pipeline joins three views of a text in a FeatureUnion: the lexicon signals
(`FramingVectorizer`, scaled to [0, 1]), TF-IDF word 1-2-grams and TF-IDF character 2-5-grams
(sublinear tf), then a linear model with balanced class weights: one model over all three blocks,
or one model per block with their probabilities averaged (`BlockAverage`), or both averaged. Which,
and the regularisation C, are chosen by inner cross-validation on the training data only; when the
measure is the F1 of one positive class (`metric="f1_positive"`), so is a threshold on P(positive),
kept in the Pipeline as a FixedThresholdClassifier over the frozen model. Persistence (skops only) is
in `modelfile.py`.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, MetaEstimatorMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.frozen import FrozenEstimator
from sklearn.model_selection import (FixedThresholdClassifier, GroupKFold, KFold, StratifiedGroupKFold,
                                     StratifiedKFold)
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler, MultiLabelBinarizer
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_array, check_is_fitted
from threadpoolctl import ThreadpoolController

from .. import __version__
from ..errors import InputError
from .features import CharNgramVectorizer, FramingVectorizer, WordNgramVectorizer
from ..pipeline import Analyzer, ArticleResult

TASKS = ("binary", "multiclass", "multilabel")
CLASSIFIERS = ("logreg", "svm")
LEVELS = ("sentence", "article")
COMBINE = ("auto", "joint", "blocks", "mix")
C_GRID = (0.25, 0.5, 1.0, 2.0, 4.0)
INNER_FOLDS = 3
# Sparse linear models gain nothing from BLAS threads, and on a busy 2-core machine OpenBLAS's
# spinning threads made each L-BFGS step 20x slower (measured): train and predict on one thread.
_controller: ThreadpoolController | None = None


def one_thread():
    """A context in which BLAS runs on one thread (the libraries are found once: that scan costs ~5 ms)."""
    global _controller
    if _controller is None:
        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")


@dataclass
class Trained:
    """A fitted Pipeline and what a user needs to trust it: task, labels, data and lexicon hashes."""

    pipeline: Pipeline
    meta: dict[str, Any]
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def classes(self) -> list[str]:
        return list(self.meta["classes"])

    @property
    def multilabel(self) -> bool:
        return self.meta["task"] == "multilabel"


class BlockAverage(ClassifierMixin, MetaEstimatorMixin, BaseEstimator):
    """One clone of `estimator` per column block of X (the FeatureUnion's lexicon, word and character
    columns), their class probabilities averaged.

    Why: in one joint model the few lexicon columns and the many word and character n-grams share one
    fit and one penalty; separate models let each view vote on its own. `fit` chooses by inner CV
    between the joint model, the block models averaged, and both ("mix": the first block spans all
    columns); out of fold (`make eval`) the averaged models won on BABE and Szeged Wikipedia, the
    joint one on PTC and Szeged news. `blocks` are (start, stop) column ranges, which may overlap;
    None is one block of all columns. Taking the union's stacked matrix (not the texts) keeps the
    corpus scoring path, which builds that matrix itself, unchanged.
    """

    def __init__(self, estimator=None, blocks: tuple[tuple[int, int], ...] | None = None):
        self.estimator = estimator
        self.blocks = blocks

    def _ranges(self, n_features: int) -> list[tuple[int, int]]:
        ranges = [(0, n_features)] if self.blocks is None else [(int(a), int(b)) for a, b in self.blocks]
        if not ranges or any(not 0 <= a < b <= n_features for a, b in ranges):
            raise ValueError(f"blocks {self.blocks} are not non-empty column ranges of {n_features} features")
        return ranges

    def fit(self, X, y):
        X = check_array(X, accept_sparse="csr")
        self.n_features_in_ = X.shape[1]
        base = self.estimator if self.estimator is not None else LogisticRegression()
        self.estimators_ = [clone(base).fit(X[:, a:b], y) for a, b in self._ranges(X.shape[1])]
        self.classes_ = self.estimators_[0].classes_
        return self

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self)
        X = check_array(X, accept_sparse="csr")
        if X.shape[1] != self.n_features_in_:
            raise ValueError(f"X has {X.shape[1]} features, the model was fitted on {self.n_features_in_}")
        ranges = self._ranges(X.shape[1])
        return np.mean([e.predict_proba(X[:, a:b]) for e, (a, b) in zip(self.estimators_, ranges)], axis=0)

    def predict_proba_blocks(self, parts: list) -> np.ndarray:
        """`predict_proba` of the matrix that the column blocks `parts` make side by side, without
        building it when each range is one of the parts (scoring a corpus: the union's blocks)."""
        check_is_fitted(self)
        edges = [0]
        for part in parts:
            edges.append(edges[-1] + part.shape[1])
        if edges[-1] != self.n_features_in_:
            raise ValueError(f"the blocks have {edges[-1]} features, the model was fitted on {self.n_features_in_}")
        stacked = None
        proba = []
        for estimator, (a, b) in zip(self.estimators_, self._ranges(edges[-1])):
            k = edges.index(a) if a in edges else len(parts)
            if k < len(parts) and edges[k + 1] == b:   # exactly one of the parts
                X = parts[k]
            else:
                if stacked is None:
                    stacked = sp.hstack(parts).tocsr()
                X = stacked if (a, b) == (0, edges[-1]) else stacked[:, a:b]
            proba.append(estimator.predict_proba(X))
        return np.mean(proba, axis=0)

    def predict(self, X) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags


def build_pipeline(task: str = "multiclass", classifier: str = "logreg", C: float = 1.0,
                   lexicons: list[str] | None = None, lang: str = "en", min_df: int = 2,
                   lexicon_weight: float = 1.0) -> Pipeline:
    """The unfitted model: lexicon signals + word and character TF-IDF -> a balanced linear model."""
    if task not in TASKS:
        raise ValueError(f"task must be one of {TASKS}, not {task!r}")
    if classifier not in CLASSIFIERS:
        raise ValueError(f"classifier must be one of {CLASSIFIERS}, not {classifier!r}")
    features = FeatureUnion([
        ("lexicon", Pipeline([("signals", FramingVectorizer(lexicons, lang)), ("scale", MaxAbsScaler())])),
        ("words", WordNgramVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df)),
        ("chars", CharNgramVectorizer(ngram_range=(2, 5), min_df=min_df, sublinear_tf=True)),
    ], transformer_weights={"lexicon": lexicon_weight})
    if classifier == "logreg":
        model: Any = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    else:  # calibrated so that it still gives probabilities for curves and shares
        model = CalibratedClassifierCV(LinearSVC(C=C, class_weight="balanced"), cv=INNER_FOLDS)
    if task == "multilabel":
        model = OneVsRestClassifier(model)
    return Pipeline([("features", features), ("clf", model)])


def infer_task(labels: list) -> str:
    """multilabel when labels are lists, binary for two classes, multiclass otherwise."""
    if labels and isinstance(labels[0], (list, tuple, set, frozenset)):
        return "multilabel"
    return "binary" if len(set(labels)) == 2 else "multiclass"


def data_hash(texts: list[str], labels: list, groups: list | None = None) -> str:
    """sha256 of the training texts, labels and groups, in order: equal hashes, equal data."""
    payload = json.dumps([list(texts), [sorted(v) if isinstance(v, (list, tuple, set, frozenset)) else v
                                        for v in labels], list(groups) if groups is not None else None],
                         ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def read_labelled(path: Path, text_col: str, label_col: str, group_col: str | None = None,
                  label_sep: str | None = None) -> tuple[list[str], list, list | None]:
    """Texts, labels (lists of labels when `label_sep` splits them) and groups from a labelled table.

    CSV, TSV, JSONL or Parquet, by extension; rows without text or label are left out.
    """
    import pandas as pd

    readers = {".csv": pd.read_csv, ".tsv": lambda p, **k: pd.read_csv(p, sep="\t", **k),
               ".jsonl": lambda p, **k: pd.read_json(p, lines=True, **k), ".parquet": pd.read_parquet}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"{path}: labelled data must be .csv, .tsv, .jsonl or .parquet")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        df = reader(path, dtype=str) if path.suffix.lower() in (".csv", ".tsv") else reader(path)
    except Exception as exc:  # noqa: BLE001 - pandas raises many kinds; all mean an unreadable table
        raise InputError(f"{path}: cannot read the table ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})") \
            from None
    for what, col in (("--text-col", text_col), ("--label-col", label_col), ("--group-col", group_col)):
        if col is not None and col not in df.columns:
            raise InputError(f"{path}: no column {col!r} ({what}); columns: {', '.join(map(str, df.columns))}")
    keep = df[text_col].notna() & df[label_col].notna() & (df[text_col].astype(str).str.strip() != "")
    df = df[keep]
    if df.empty:
        raise InputError(f"{path}: no rows with both {text_col!r} and {label_col!r}")
    labels: list = [str(v).strip() for v in df[label_col]]
    if label_sep:
        labels = [sorted({part.strip() for part in v.split(label_sep) if part.strip()}) for v in labels]
    groups = [str(v) for v in df[group_col]] if group_col else None
    return [str(t) for t in df[text_col]], labels, groups


def _targets(labels: list, task: str) -> tuple[np.ndarray, list[str]]:
    if task == "multilabel":
        binarizer = MultiLabelBinarizer()
        y = binarizer.fit_transform([sorted(map(str, v)) for v in labels])
        return y, [str(c) for c in binarizer.classes_]
    y = np.asarray([str(v) for v in labels], dtype=object)
    return y, sorted(set(y))


def splitter(y: np.ndarray, groups: np.ndarray | None, folds: int, seed: int = 0):
    """Stratified folds where the labels allow it, never splitting a group; (train, test) index pairs."""
    n = len(y)
    index = np.zeros(n)
    if y.ndim == 2:  # multi-label: no stratification
        if groups is not None:
            return list(GroupKFold(folds).split(index, groups=groups))
        return list(KFold(folds, shuffle=True, random_state=seed).split(index))
    if groups is not None:
        return list(StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(index, y, groups))
    return list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(index, y))


def holdout_split(labels: list, groups: list | None, fraction: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Indices of a training part and a held-out test part (stratified; whole groups with `groups`)."""
    from sklearn.model_selection import GroupShuffleSplit, train_test_split

    index = np.arange(len(labels))
    if groups is not None:
        train, test = next(GroupShuffleSplit(1, test_size=fraction, random_state=seed).split(index, groups=groups))
        return train, test
    y, _ = _targets(labels, infer_task(labels))
    train, test = train_test_split(index, test_size=fraction, random_state=seed, stratify=y if y.ndim == 1 else None)
    return np.sort(train), np.sort(test)


def _max_folds(y: np.ndarray, groups: np.ndarray | None, wanted: int) -> int:
    smallest = int(y.sum(axis=0).min()) if y.ndim == 2 else int(min(np.unique(y, return_counts=True)[1]))
    if groups is not None:
        smallest = min(smallest, len(set(groups)))
    return max(0, min(wanted, smallest))


def _score(y_true: np.ndarray, y_pred: np.ndarray, metric: str, positive: str | None) -> float:
    if metric == "f1_positive":
        return float(f1_score(y_true, y_pred, pos_label=positive, average="binary", zero_division=0))
    return float(f1_score(y_true, y_pred, average=metric.removeprefix("f1_"), zero_division=0))


def _tune(clf, X, y: np.ndarray, groups: np.ndarray | None, metric: str, positive: str | None, seed: int,
          blocks: list[tuple[int, int]], combine: str = "auto"
          ) -> tuple[str, float, float | None, dict[str, dict[str, float]]]:
    """Choose C, the combination ("joint": one model over all columns; "blocks": one model per column
    block with probabilities averaged, as `BlockAverage` does; "mix": the joint and the block models,
    all averaged; "auto" tries the three) and, for the F1 of one positive class, a decision threshold,
    by inner CV on the (already vectorized) training data: (combination, C, threshold or None, inner
    score per combination and C).

    A rare positive class is under-predicted at p = 0.5 even with balanced class weights, so for
    `f1_positive` each candidate is scored at the threshold on P(positive) that is best on its pooled
    out-of-fold probabilities, and the winner's threshold is kept. Other measures use argmax (p >= 0.5
    per label for multi-label). Each combination takes its best C (ties: C nearest 1). An averaged
    model (the better of "blocks" and "mix") replaces the joint one only when it is better on the
    pooled score and on every inner fold: on small data sets (Szeged news, 2,000 sentences) pooled
    gains under 0.01 did not hold out of fold. "mix" needs no fits of its own.
    """
    fitted = ("joint", "blocks") if combine in ("auto", "mix") else (combine,)
    views = {name: [X] if name == "joint" else [X[:, a:b] for a, b in blocks] for name in fitted}
    folds = _max_folds(y, groups, INNER_FOLDS)
    if folds < 2:
        return ("joint" if combine == "auto" else combine), _get_C(clf), None, {}
    thresholds = metric == "f1_positive" and y.ndim == 1 and positive is not None and positive in set(y)
    proba = {(name, C): np.zeros(y.shape if y.ndim == 2 else (len(y), len(set(y)))) for name in views for C in C_GRID}
    fold_of = np.zeros(len(y), dtype=int)
    for k, (train, test) in enumerate(splitter(y, groups, folds, seed)):
        fold_of[test] = k
        for name, parts in views.items():
            for part in parts:
                model = clone(clf)
                if isinstance(model, LogisticRegression):  # each C starts from the last C's solution: ~2x faster
                    model.set_params(warm_start=True)
                for C in C_GRID:
                    _set_C(model, C).fit(part[train], y[train])
                    proba[name, C][test] += model.predict_proba(part[test]) / len(parts)
    if combine in ("auto", "mix"):   # the joint model and the block models, all averaged: no new fits
        for C in C_GRID:
            proba["mix", C] = (proba["joint", C] + len(blocks) * proba["blocks", C]) / (len(blocks) + 1)
    candidates = ("joint", "blocks", "mix") if combine == "auto" else (combine,)
    proba = {key: p for key, p in proba.items() if key[0] in candidates}
    classes = np.asarray(sorted(set(y))) if y.ndim == 1 else None
    scores: dict[str, dict[str, float]] = {name: {} for name in candidates}
    at: dict[tuple[str, float], float] = {}
    predicted: dict[tuple[str, float], np.ndarray] = {}
    for (name, C), p in proba.items():
        if thresholds:
            column = list(classes).index(positive)
            at[name, C], _ = _best_threshold(y == positive, p[:, column])
            predicted[name, C] = np.where(p[:, column] >= at[name, C], positive, classes[1 - column])
        else:
            predicted[name, C] = (p >= 0.5).astype(int) if classes is None else classes[np.argmax(p, axis=1)]
        scores[name][str(C)] = round(_score(y, predicted[name, C], metric, positive), 4)
    best = {name: (name, max(C_GRID, key=lambda c: (scores[name][str(c)], -abs(np.log(c))))) for name in candidates}
    chosen = best[candidates[0]]
    if len(best) > 1:
        def by_fold(key: tuple[str, float]) -> np.ndarray:
            return np.array([_score(y[fold_of == k], predicted[key][fold_of == k], metric, positive)
                             for k in range(folds)])
        pooled = {name: scores[name][str(C)] for name, C in best.values()}
        rival = max(candidates[1:], key=pooled.__getitem__)
        if pooled[rival] > pooled["joint"] and np.all(by_fold(best[rival]) > by_fold(best["joint"])):
            chosen = best[rival]
    name, C = chosen
    return name, C, (round(at[name, C], 4) if thresholds else None), scores


def _block_ranges(union: FeatureUnion) -> list[tuple[int, int]]:
    """(start, stop) columns of each of the fitted union's blocks in its output."""
    edges = np.cumsum([0] + [len(step.get_feature_names_out()) for _, step in union.transformer_list
                             if step != "drop"])
    return [(int(a), int(b)) for a, b in zip(edges[:-1], edges[1:])]


def _best_threshold(truth: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """The probability threshold with the best F1 of the positive class, and that F1.

    Candidates are the percentiles 2..98 of the scores, so a threshold never rests on one example.
    """
    best = (0.5, _f1(truth, p >= 0.5))
    for t in np.unique(np.percentile(p, np.arange(2, 99))):
        f1 = _f1(truth, p >= t)
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def _f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    hits = int(np.sum(truth & predicted))
    return 2 * hits / (int(truth.sum()) + int(predicted.sum())) if hits else 0.0


def _c_param(clf) -> str:
    """The name of C for set_params, through any wrappers (one-vs-rest, calibration, block averaging)."""
    prefix = ""
    while "C" not in clf.get_params(deep=False):
        clf, prefix = clf.estimator, prefix + "estimator__"
    return prefix + "C"


def _set_C(clf, C: float):
    return clf.set_params(**{_c_param(clf): C})


def _get_C(clf) -> float:
    return clf.get_params()[_c_param(clf)]


def fit(texts: list[str], labels: list, *, task: str | None = None, groups: list | None = None,
        classifier: str = "logreg", metric: str | None = None, positive: str | None = None,
        lexicons: list[str] | None = None, lang: str = "en", level: str = "sentence", tune: bool = True,
        combine: str = "auto", seed: int = 0) -> Trained:
    """Fit the model on all the given data, C and the combination (see `_tune`) chosen by inner CV;
    no scores (see `cross_validate`). Without tuning, "auto" is the joint model."""
    if combine not in COMBINE:
        raise ValueError(f"combine must be one of {COMBINE}, not {combine!r}")
    task = task or infer_task(labels)
    y, classes = _targets(labels, task)
    if len(classes) < 2:
        raise InputError(f"need at least two labels to learn from, found {len(classes)}: {classes}")
    metric = metric or ("f1_micro" if task == "multilabel" else "f1_macro")
    g = np.asarray(groups) if groups is not None else None
    pipeline = build_pipeline(task, classifier, lexicons=lexicons, lang=lang)
    features, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
    started = time.perf_counter()
    with one_thread():
        try:
            X = features.fit_transform(list(texts)).tocsr()
        except ValueError as exc:
            if "no terms remain" in str(exc) or "no character n-grams remain" in str(exc):
                raise InputError("too little text to learn from: no word occurs in two examples") from None
            raise
        blocks = _block_ranges(features)
        if tune:
            combine, C, threshold, scores = _tune(clf, X, y, g, metric, positive, seed, blocks, combine)
        else:
            combine, C, threshold, scores = ("joint" if combine == "auto" else combine), _get_C(clf), None, {}
        if combine == "mix":
            blocks = [(0, X.shape[1])] + blocks
        if combine in ("blocks", "mix") and isinstance(clf, OneVsRestClassifier):  # averaged per label
            clf.set_params(estimator=BlockAverage(clf.estimator, blocks=tuple(blocks)))
        elif combine in ("blocks", "mix"):
            clf = BlockAverage(clf, blocks=tuple(blocks))
            pipeline.steps[-1] = ("clf", clf)
        _set_C(clf, C).fit(X, y)
    if threshold is not None:  # the tuned threshold lives in the Pipeline, so its own predict honours it
        pipeline.steps[-1] = ("clf", FixedThresholdClassifier(FrozenEstimator(clf), threshold=threshold,
                                                              pos_label=positive, response_method="predict_proba")
                              .fit(X[:0], y[:0]))
    lexicon = features.transformer_list[0][1].named_steps["signals"]
    meta = {
        "format": "framing.model/1",
        "framing_version": __version__,
        "task": task,
        "level": level,
        "classes": classes,
        "classifier": classifier,
        "combine": combine,
        "C": C,
        "threshold": threshold,
        "inner_cv": {"metric": metric, "folds": INNER_FOLDS, "scores_by_C": scores.get(combine, {}),
                     "scores_by_combination": scores},
        "n_examples": len(texts),
        "n_features": int(X.shape[1]),
        "data_sha256": data_hash(texts, labels, groups),
        "lexicon_hash": lexicon.lexicon_hash_,
        "lexicon_signals": list(lexicon.signals_),
        "seconds_to_fit": round(time.perf_counter() - started, 2),
    }
    return Trained(pipeline, meta)


def cross_validate(texts: list[str], labels: list, *, folds: int = 5, groups: list | None = None,
                   seed: int = 0, **fit_args: Any) -> dict[str, Any]:
    """k-fold CV of the whole procedure (vectorizers and C tuning refit on each training part).

    Folds are stratified by label and, with `groups`, never split a group. Returns the metrics of
    the pooled out-of-fold predictions (see `metrics`) plus the per-fold macro F1.
    """
    task = fit_args.get("task") or infer_task(labels)
    y, classes = _targets(labels, task)
    g = np.asarray(groups) if groups is not None else None
    k = _max_folds(y, g, folds)
    if k < 2:
        raise InputError("too few examples per label for cross-validation (need two of each, or two groups)")
    texts = np.asarray(list(texts), dtype=object)
    labels_arr = np.empty(len(labels), dtype=object)
    labels_arr[:] = list(labels)
    predicted: list[Any] = [None] * len(texts)
    fold_scores = []
    for train, test in splitter(y, g, k, seed):
        model = fit(list(texts[train]), list(labels_arr[train]), task=task,
                    groups=list(g[train]) if g is not None else None, seed=seed, **fit_args)
        pred = predict(model, list(texts[test]))
        for i, p in zip(test, pred):
            predicted[i] = p
        fold = metrics(list(labels_arr[test]), pred, classes, task)
        fold_scores.append(fold["macro_f1"])
    result = metrics(list(labels), predicted, classes, task)
    result |= {"folds": k, "grouped": g is not None, "fold_macro_f1": [round(s, 4) for s in fold_scores]}
    return result


def predict(model: Trained, texts: list[str]) -> list:
    """Labels for each text (a list of labels per text for multi-label models)."""
    with one_thread():
        out = model.pipeline.predict(list(texts))
    return _decode(model, out)


def _decode(model: Trained, out: np.ndarray) -> list:
    if model.multilabel:
        return [[c for c, on in zip(model.classes, row) if on] for row in out]
    return [str(v) for v in out]


def probabilities(model: Trained, X, *, vectorized: bool = False) -> np.ndarray:
    """Class probabilities (columns in `model.classes` order); for multi-label, one per label.

    With `vectorized`, X is the feature matrix, or the list of the feature union's blocks (side by
    side they make the matrix): a block-averaging model then reads its blocks as they are.
    """
    clf = model.pipeline.named_steps["clf"]
    if not vectorized:
        X = model.pipeline.named_steps["features"].transform(list(X))
    averaging = clf.estimator.estimator if isinstance(clf, FixedThresholdClassifier) else clf
    with one_thread():
        if isinstance(X, list) and isinstance(averaging, BlockAverage):
            proba = averaging.predict_proba_blocks(X)
        else:
            proba = clf.predict_proba(sp.hstack(X).tocsr() if isinstance(X, list) else X)
    if not model.multilabel:
        order = [list(map(str, clf.classes_)).index(c) for c in model.classes]
        proba = proba[:, order]
    return proba


def labels_from_probabilities(model: Trained, proba: np.ndarray) -> list:
    """The label per row as the model's `predict` gives it: the most probable one, or the positive
    class at P >= its tuned threshold; every label at p >= 0.5 for multi-label models."""
    if model.multilabel:
        return [[c for c, p in zip(model.classes, row) if p >= 0.5] for row in proba]
    return [model.classes[k] for k in _label_index(model, np.asarray(proba))]


def _label_index(model: Trained, proba: np.ndarray) -> np.ndarray:
    """Column of the predicted class per row of `proba` (columns in `model.classes` order)."""
    clf = model.pipeline.named_steps["clf"]
    if isinstance(clf, FixedThresholdClassifier):
        positive = model.classes.index(str(clf.pos_label))
        return np.where(proba[:, positive] >= clf.threshold, positive, 1 - positive)
    return np.argmax(proba, axis=1)


def precision_recall(model: Trained, labels: list, proba: np.ndarray) -> dict[str, dict[str, Any]]:
    """Per label (one against the rest): precision and recall at every threshold, average precision."""
    from sklearn.metrics import average_precision_score, precision_recall_curve

    curves = {}
    for k, label in enumerate(model.classes):
        truth = np.array([label in row if model.multilabel else row == label for row in labels])
        if truth.any():
            precision, recall, _ = precision_recall_curve(truth, proba[:, k])
            curves[label] = {"precision": precision.tolist(), "recall": recall.tolist(),
                             "average_precision": round(float(average_precision_score(truth, proba[:, k])), 4)}
    return curves


def precision_recall_figure(curves: dict[str, dict[str, Any]]):
    """A matplotlib Figure of precision against recall, one line per label (data from `precision_recall`)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 4.5))
    ax = fig.subplots()
    for label, c in curves.items():
        ax.step(c["recall"], c["precision"], where="post", label=f"{label} (AP {c['average_precision']:.2f})")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_title("Precision-recall, each label against the rest")
    ax.legend(fontsize="small", loc="lower left")
    fig.tight_layout()
    return fig


def metrics(y_true: list, y_pred: list, classes: list[str], task: str) -> dict[str, Any]:
    """Per-class and macro precision, recall, F1; accuracy; the confusion matrix (rows = true)."""
    if task == "multilabel":
        binarizer = MultiLabelBinarizer(classes=classes)
        t = binarizer.fit_transform([[str(v) for v in row] for row in y_true])
        p = binarizer.transform([[str(v) for v in row] for row in y_pred])
        matrix = None
    else:
        t = np.asarray([str(v) for v in y_true], dtype=object)
        p = np.asarray([str(v) for v in y_pred], dtype=object)
        matrix = confusion_matrix(t, p, labels=classes).tolist()
    kwargs: dict[str, Any] = {"zero_division": 0} | ({} if task == "multilabel" else {"labels": classes})
    prec, rec, f1, support = precision_recall_fscore_support(t, p, average=None, **kwargs)
    macro = precision_recall_fscore_support(t, p, average="macro", **kwargs)
    out: dict[str, Any] = {
        "task": task,
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(t, p)), 4),
        "macro_precision": round(float(macro[0]), 4),
        "macro_recall": round(float(macro[1]), 4),
        "macro_f1": round(float(macro[2]), 4),
        "per_class": {c: {"precision": round(float(prec[i]), 4), "recall": round(float(rec[i]), 4),
                          "f1": round(float(f1[i]), 4), "support": int(support[i])} for i, c in enumerate(classes)},
    }
    if task == "multilabel":
        out["micro_f1"] = round(float(f1_score(t, p, average="micro", zero_division=0)), 4)
    else:
        out["confusion_matrix"] = {"labels": classes, "matrix": matrix}
    return out


def top_features(model: Trained, k: int = 10) -> dict[str, list[tuple[str, float]]]:
    """The k features pushing hardest towards each class (linear weights of the fitted model)."""
    names = model.pipeline.named_steps["features"].get_feature_names_out()
    clf = model.pipeline.named_steps["clf"]
    if isinstance(clf, FixedThresholdClassifier):
        clf = clf.estimator.estimator  # the frozen model under the threshold
    estimators = clf.estimators_ if isinstance(clf, OneVsRestClassifier) else [clf]
    rows = np.vstack([_coef(e) for e in estimators])
    if not model.multilabel and rows.shape[0] == 1:  # binary: one row, positive towards classes_[1]
        rows = np.vstack([-rows[0], rows[0]])
    out = {}
    for label, row in zip(model.classes, rows):
        best = np.argsort(-row)[:k]
        out[label] = [(str(names[j]), round(float(row[j]), 4)) for j in best if row[j] > 0]
    return out


def _coef(estimator) -> np.ndarray:
    if isinstance(estimator, BlockAverage):  # each column's weights in every model that reads it, summed
        weights = [_coef(e) for e in estimator.estimators_]
        out = np.zeros((weights[0].shape[0], estimator.n_features_in_))
        for (a, b), w in zip(estimator._ranges(estimator.n_features_in_), weights):
            out[:, a:b] += w
        return out
    if isinstance(estimator, CalibratedClassifierCV):
        return np.mean([c.estimator.coef_ for c in estimator.calibrated_classifiers_], axis=0)
    return estimator.coef_


def _framing_vectorizer(model: Trained) -> FramingVectorizer | None:
    union = model.pipeline.named_steps.get("features")
    for _, step in getattr(union, "transformer_list", []):
        if isinstance(step, Pipeline) and isinstance(step.steps[0][1], FramingVectorizer):
            return step.steps[0][1]
    return None


def _sentence_features(model: Trained, results: list[ArticleResult]) -> list[sp.csr_matrix]:
    """The FeatureUnion's output for the articles' sentences, block by block (side by side they make
    the union's matrix), reusing each article's lexicon matches and tokens."""
    union: FeatureUnion = model.pipeline.named_steps["features"]
    weights = union.transformer_weights or {}
    sentences = [s for r in results for s in r.sentences]
    split = [s.split() for s in sentences]   # words as char n-grams and the lexicon block count them: once
    n_words = np.fromiter(map(len, split), dtype=float, count=len(split))
    blocks = []
    for name, step in union.transformer_list:
        if step == "drop":
            continue
        if isinstance(step, Pipeline) and isinstance(step.steps[0][1], FramingVectorizer):
            X = step.steps[0][1].transform_sentences(results, n_words)
            for _, later in step.steps[1:]:
                X = later.transform(X)
        elif isinstance(step, WordNgramVectorizer) and all(len(r.tokens_by_sentence) == len(r.sentences)
                                                           for r in results):
            X = step.transform_tokens([tokens for r in results for tokens in r.tokens_by_sentence])
        elif isinstance(step, CharNgramVectorizer):
            X = step.transform_words(split)
        else:
            X = step.transform(sentences)
        weight = weights.get(name, 1)
        blocks.append(sp.csr_matrix(X) * weight if weight != 1 else sp.csr_matrix(X))  # no copy of the big blocks
    return blocks


def predict_article(model: Trained, text: str, title: str | None = None,
                    result: ArticleResult | None = None) -> dict[str, Any]:
    """Predictions for one article: per sentence and per article (sentence-level models: the share
    of sentences predicted as each label), or for the whole text (article-level models).

    `result`, the article as `framing score` analysed it, is reused when it was analysed with the
    model's own lexicons; otherwise the model's lexicons analyse the article again.
    """
    return predict_articles(model, [(text, title, result)])[0]


def predict_articles(model: Trained, articles: list[tuple[str, str | None, ArticleResult | None]]) -> list[dict]:
    """`predict_article` for a batch of (text, title, result): one vectorization for all, as a corpus run needs."""
    classes = model.classes
    if model.meta["level"] == "article":
        proba = probabilities(model, [text for text, _, _ in articles])
        return [{"level": "article", "labels": classes, "article": _labelled(model, row)} for row in proba]
    results, proba = sentence_probabilities(model, articles)
    shares = article_shares(model, results, proba)
    out, start = [], 0
    for result, share in zip(results, shares):
        rows = proba[start: start + len(result.sentences)]
        start += len(result.sentences)
        sentences = [{"sentence": i, "text": text} | _labelled(model, row)
                     for i, (text, row) in enumerate(zip(result.sentences, rows))]
        out.append({"level": "sentence", "labels": classes, "sentences": sentences,
                    "article": {"share": {c: round(float(v), 4) for c, v in zip(classes, share)},
                                "n_sentences": len(sentences)}})
    return out


def sentence_probabilities(model: Trained, articles: list[tuple[str, str | None, ArticleResult | None]]
                           ) -> tuple[list[ArticleResult], np.ndarray]:
    """The articles as analysed for a sentence-level model, and one row of class probabilities per
    body sentence of each, in order (one vectorization for the whole batch)."""
    vectorizer = _framing_vectorizer(model)
    results = []
    for text, title, result in articles:
        if vectorizer is None:
            result = result or Analyzer().analyze(text, title=title, evidence=False, sentences=True)
        elif (result is None or result.meta.get("lexicon_hash") != vectorizer.lexicon_hash_
              or len(result.sentences) != result.n_sentences):  # analysed without sentences
            result = vectorizer.analyzer.analyze(text, title=title, evidence=False, sentences=True)
        results.append(result)
    n = sum(len(r.sentences) for r in results)
    if not n:
        return results, np.zeros((0, len(model.classes)))
    if vectorizer is None:  # a user's own pipeline: score the sentences as plain texts
        return results, probabilities(model, [s for r in results for s in r.sentences])
    return results, probabilities(model, _sentence_features(model, results), vectorized=True)


def sentence_labels(model: Trained, proba: np.ndarray) -> np.ndarray:
    """0/1 per sentence and class: the label(s) each sentence is given."""
    if model.multilabel:
        return (proba >= 0.5).astype(np.int8)
    chosen = np.zeros(proba.shape, dtype=np.int8)
    chosen[np.arange(len(proba)), _label_index(model, proba)] = 1
    return chosen


def article_shares(model: Trained, results: list[ArticleResult], proba: np.ndarray) -> np.ndarray:
    """Per article and class, the share of its body sentences given that label (0 without sentences)."""
    lengths = np.array([len(r.sentences) for r in results], dtype=np.int64)
    shares = np.zeros((len(results), len(model.classes)))
    has = lengths > 0
    if has.any():
        starts = np.r_[0, np.cumsum(lengths)[:-1]][has]   # articles without sentences take no rows
        shares[has] = np.add.reduceat(sentence_labels(model, proba), starts, axis=0) / lengths[has, None]
    return shares


def _labelled(model: Trained, proba: np.ndarray) -> dict[str, Any]:
    probs = {c: round(float(p), 4) for c, p in zip(model.classes, proba)}
    if model.multilabel:
        return {"labels": [c for c, p in probs.items() if p >= 0.5], "probability": probs}
    return {"label": model.classes[int(_label_index(model, proba[None, :])[0])], "probability": probs}
