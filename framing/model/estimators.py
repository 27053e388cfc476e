"""The classifier itself: the scikit-learn Pipeline `framing train` fits and what it keeps of it.

The Pipeline joins three views of a text in a FeatureUnion: the lexicon signals
(`FramingVectorizer`, scaled to [0, 1]), TF-IDF word 1-2-grams and TF-IDF character 2-5-grams
(sublinear tf), then a linear model with balanced class weights: one model over all three blocks,
or one model per block with their probabilities averaged (`BlockAverage`), or both averaged. Which,
and the regularisation C, are chosen by inner cross-validation on the training data only
(`train.py`); when the measure is the F1 of one positive class (`metric="f1_positive"`), so is a
threshold on P(positive), kept in the Pipeline as a FixedThresholdClassifier over the frozen model.
Reading labelled data and folds: `data.py`; scores: `metrics.py`; applying a model: `predict.py`;
persistence (skops only): `files.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, MetaEstimatorMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import FixedThresholdClassifier
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted, validate_data
from threadpoolctl import ThreadpoolController

from ..lexicon.loader import language_code
from .features import FramingVectorizer
from .ngrams import CharNgramVectorizer, WordNgramVectorizer

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
    # `data.text_fingerprints` of the training texts, written to the metrics file (train_model sets them)
    fingerprints: list[str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return list(self.meta["classes"])

    @property
    def multilabel(self) -> bool:
        return self.meta["task"] == "multilabel"

    @property
    def cut(self) -> tuple[int, float] | None:
        """(column of the positive class, threshold on its probability) when the model decides by a
        tuned threshold (`FixedThresholdClassifier`); None when it takes the most probable class."""
        clf = self.pipeline.named_steps["clf"]
        if isinstance(clf, FixedThresholdClassifier):
            return self.classes.index(str(clf.pos_label)), clf.threshold
        return None


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
        X = validate_data(self, X, accept_sparse="csr")
        base = self.estimator if self.estimator is not None else LogisticRegression()
        self.estimators_ = [clone(base).fit(X[:, a:b], y) for a, b in self._ranges(X.shape[1])]
        self.classes_ = self.estimators_[0].classes_
        return self

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, accept_sparse="csr", reset=False)  # scikit-learn's words for a wrong width
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
            if k < len(parts) and edges[k + 1] == b:  # exactly one of the parts
                X = parts[k]
            else:
                if stacked is None:
                    stacked = sp.hstack(parts).tocsr()
                X = stacked if (a, b) == (0, edges[-1]) else stacked[:, a:b]
            proba.append(estimator.predict_proba(X))
        return np.mean(proba, axis=0)

    def predict(self, X) -> np.ndarray:
        proba = self.predict_proba(X)  # first: unfitted, it raises NotFittedError, not AttributeError
        return self.classes_[np.argmax(proba, axis=1)]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags


def build_pipeline(
    task: str = "multiclass",
    classifier: str = "logreg",
    C: float = 1.0,
    lexicons: list[str] | None = None,
    lang: str = "en",
    min_df: int = 2,
    lexicon_weight: float = 1.0,
) -> Pipeline:
    """The unfitted model: lexicon signals + word and character TF-IDF -> a balanced linear model."""
    if task not in TASKS:
        raise ValueError(f"task must be one of {TASKS}, not {task!r}")
    if classifier not in CLASSIFIERS:
        raise ValueError(f"classifier must be one of {CLASSIFIERS}, not {classifier!r}")
    lang = language_code(lang)
    features = FeatureUnion(
        [
            ("lexicon", Pipeline([("signals", FramingVectorizer(lexicons, lang)), ("scale", MaxAbsScaler())])),
            ("words", WordNgramVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df)),
            ("chars", CharNgramVectorizer(ngram_range=(2, 5), min_df=min_df, sublinear_tf=True)),
        ],
        transformer_weights={"lexicon": lexicon_weight},
    )
    if classifier == "logreg":
        model: Any = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    else:  # calibrated so that it still gives probabilities for curves and shares
        model = CalibratedClassifierCV(LinearSVC(C=C, class_weight="balanced"), cv=INNER_FOLDS)
    if task == "multilabel":
        model = OneVsRestClassifier(model)
    return Pipeline([("features", features), ("clf", model)])


def _block_ranges(union: FeatureUnion) -> list[tuple[int, int]]:
    """(start, stop) columns of each of the fitted union's blocks in its output."""
    edges = np.cumsum([0] + [len(step.get_feature_names_out()) for _, step in union.transformer_list if step != "drop"])
    return [(int(a), int(b)) for a, b in zip(edges[:-1], edges[1:])]


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
