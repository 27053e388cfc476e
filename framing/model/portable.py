"""A trained model applied without scikit-learn or skops: its weights as plain arrays, numpy to apply them.

Loading a skops file imports scikit-learn and skops (3-4 s of a `framing score --model` run of one
article); the arithmetic of a linear model over TF-IDF n-grams and lexicon signals needs neither.
`framing train` therefore also writes NAME.weights.npz: the vocabularies, idf weights, scales and
coefficients, read with `allow_pickle=False` (arrays and one JSON text: nothing that runs code), and
`framing score --model` on one article uses it when it is there and belongs to the model file.

The file belongs to NAME.skops when it names the sha256 of that file and NAME.metrics.json names the
sha256 of the weights file (both written by `save`); otherwise, and for models it cannot express
(calibrated SVMs, article-level models, a user's own pipeline), the model is loaded from NAME.skops.
The features are computed as the fitted transformers compute them (the lexicon rows by the same code,
signal_rows.py), so predictions agree with the skops model's to the last printed digit (tested).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..pipeline import Analyzer, ArticleResult
from ..errors import ModelError
from .archive import MAX_UNPACKED, read_metrics, unpacked_size
from .labels import sentence_predictions
from .portable_spec import spec_problem
from .signal_rows import _from_sources, finish, sentence_counts

FORMAT = "framing.weights/1"
_WORDS = re.compile(r"\w\w+").findall  # scikit-learn's default token pattern, (?u)\b\w\w+\b


def weights_path(model_path: Path) -> Path:
    """NAME.weights.npz beside NAME.skops."""
    return model_path.with_name(model_path.name.removesuffix(".skops") + ".weights.npz")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- writing: from a fitted Pipeline (needs scikit-learn; called when a model is saved) ----


def export(model: Any, model_path: Path, path: Path) -> bool:
    """Write the weights of the saved `model` (a `Trained`, in the file `model_path`) to `path` (NAME.weights.npz
    or a temporary name for it); False, writing nothing, when the model cannot be expressed."""
    arrays: dict[str, np.ndarray] = {}
    spec = _spec(model, arrays)
    if spec is None:
        return False
    spec |= {"format": FORMAT, "model_sha256": _sha256(model_path)}
    arrays["spec"] = np.array(json.dumps(spec))
    with open(path, "wb") as fh:
        np.savez_compressed(fh, allow_pickle=False, **arrays)
    return True


def _spec(model: Any, arrays: dict[str, np.ndarray]) -> dict[str, Any] | None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import FixedThresholdClassifier
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import MaxAbsScaler

    from .estimators import BlockAverage
    from .features import FramingVectorizer
    from .ngrams import CharNgramVectorizer, WordNgramVectorizer, _keys_overflow

    if model.meta.get("level") != "sentence":
        return None
    union, clf = model.pipeline.named_steps.get("features"), model.pipeline.named_steps.get("clf")
    if not isinstance(union, FeatureUnion):
        return None
    weights = union.transformer_weights or {}
    blocks: list[dict[str, Any]] = []
    for name, step in union.transformer_list:
        if step == "drop":
            continue
        key = f"b{len(blocks)}"
        block: dict[str, Any] = {"weight": float(weights.get(name, 1))}
        if (
            isinstance(step, Pipeline)
            and isinstance(step.steps[0][1], FramingVectorizer)
            and all(isinstance(later, MaxAbsScaler) for _, later in step.steps[1:])
        ):
            vectorizer = step.steps[0][1]
            block |= {
                "kind": "lexicon",
                "signals": list(vectorizer.signals_),
                "log_counts": vectorizer.log_counts,
                "lang": vectorizer.lang,
                "lexicon_hash": vectorizer.lexicon_hash_,
                "sources": vectorizer.lexicon_sources_,
                "clip": [bool(later.clip) for _, later in step.steps[1:]],
            }
            for k, (_, later) in enumerate(step.steps[1:]):
                arrays[f"{key}_scale{k}"] = later.scale_
        elif isinstance(step, WordNgramVectorizer) and step._fast() and not _keys_overflow(step):
            block |= {
                "kind": "words",
                "lowercase": step.lowercase,
                "ngram_range": list(step.ngram_range),
                "sublinear_tf": step.sublinear_tf,
                "norm": step.norm,
            }
            _vocabulary(arrays, key, step.vocabulary_, step.idf_ if step.use_idf else None)
        elif isinstance(step, CharNgramVectorizer) and step.tfidf_.norm == "l2":
            block |= {
                "kind": "chars",
                "lowercase": step.lowercase,
                "ngram_range": list(step.ngram_range),
                "sublinear_tf": step.tfidf_.sublinear_tf,
                "norm": step.tfidf_.norm,
            }
            _vocabulary(arrays, key, step.vocabulary_, getattr(step.tfidf_, "idf_", None))
        else:
            return None
        blocks.append(block)
    cut = model.cut
    if isinstance(clf, FixedThresholdClassifier):
        clf = clf.estimator.estimator  # the frozen model under the threshold
    per_label = clf.estimators_ if isinstance(clf, OneVsRestClassifier) else [clf]
    heads = []
    for j, estimator in enumerate(per_label):
        parts = estimator.estimators_ if isinstance(estimator, BlockAverage) else [estimator]
        ranges = (
            estimator._ranges(estimator.n_features_in_)
            if isinstance(estimator, BlockAverage)
            else [(0, estimator.n_features_in_)]
        )
        if not all(isinstance(p, LogisticRegression) for p in parts):
            return None
        for k, part in enumerate(parts):
            arrays[f"h{j}_{k}_coef"], arrays[f"h{j}_{k}_intercept"] = part.coef_, part.intercept_
        heads.append({"ranges": [[int(a), int(b)] for a, b in ranges]})
    order = None if model.multilabel else [list(map(str, clf.classes_)).index(c) for c in model.classes]
    return {
        "classes": model.classes,
        "multilabel": model.multilabel,
        "cut": list(cut) if cut else None,
        "blocks": blocks,
        "heads": heads,
        "order": order,
    }


def _vocabulary(arrays: dict[str, np.ndarray], key: str, vocabulary: dict[str, int], idf: np.ndarray | None) -> None:
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    arrays[f"{key}_terms"] = np.array(terms, dtype=str)
    if idf is not None:
        arrays[f"{key}_idf"] = np.asarray(idf, dtype=float)


# ---- reading and applying: numpy only ----


def load_portable(model_path: Path) -> Portable | None:
    """The weights beside `model_path` when they are there and belong to it, else None."""
    path = weights_path(model_path)
    metrics_path = model_path.with_name(model_path.name.removesuffix(".skops") + ".metrics.json")
    if not (path.is_file() and model_path.is_file() and metrics_path.is_file()):
        return None
    if unpacked_size(path) > MAX_UNPACKED:  # the model itself is read instead, or refused with the reason
        return None
    try:
        recorded = read_metrics(metrics_path)
        if recorded.get("weights_sha256") != _sha256(path):
            return None
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        spec = json.loads(str(arrays.pop("spec")))
    except (OSError, ValueError, KeyError, AttributeError, ModelError):
        return None
    if (
        not isinstance(spec, dict)
        or spec.get("format") != FORMAT
        or spec.get("model_sha256") != _sha256(model_path)
        or recorded.get("model_sha256") != spec["model_sha256"]
    ):
        return None
    wrong = spec_problem(spec, arrays)
    if wrong:  # it belongs to the model by the sha256 the metrics file records: edited, and refused
        raise ModelError(
            f"{path}: refused: not weights `framing train` writes ({wrong}); delete it to use "
            f"{model_path.name} alone, or retrain"
        )
    return Portable(spec, arrays)


@dataclass
class Portable:
    """A sentence-level model as arrays: `predict_article` gives what `predict.predict_article` gives."""

    spec: dict[str, Any]
    arrays: dict[str, np.ndarray]

    @property
    def classes(self) -> list[str]:
        return list(self.spec["classes"])

    @property
    def multilabel(self) -> bool:
        return bool(self.spec["multilabel"])

    @property
    def cut(self) -> tuple[int, float] | None:
        return (int(self.spec["cut"][0]), float(self.spec["cut"][1])) if self.spec["cut"] else None

    def predict_article(
        self, text: str, title: str | None = None, result: ArticleResult | None = None
    ) -> dict[str, Any]:
        """Per sentence and per article, from `result` when it was analysed with the model's lexicons."""
        lexicon = next((b for b in self.spec["blocks"] if b["kind"] == "lexicon"), None)
        if lexicon is None:
            result = result or Analyzer().analyze(text, title=title, evidence=False, sentences=True)
        elif (
            result is None
            or result.meta.get("lexicon_hash") != lexicon["lexicon_hash"]
            or len(result.sentences) != result.n_sentences
        ):
            analyzer = _from_sources(lexicon["sources"], lexicon["lang"])
            result = analyzer.analyze(text, title=title, evidence=False, sentences=True)
        return sentence_predictions(self, [result], self.probabilities(result))[0]

    def probabilities(self, result: ArticleResult) -> np.ndarray:
        """One row of class probabilities per body sentence (columns in `classes` order)."""
        if not result.sentences:
            return np.zeros((0, len(self.classes)))
        X = np.hstack([self._block(k, block, result) for k, block in enumerate(self.spec["blocks"])])
        columns = []
        for j, head in enumerate(self.spec["heads"]):
            proba = np.mean(
                [
                    _logistic(X[:, a:b] @ self.arrays[f"h{j}_{k}_coef"].T + self.arrays[f"h{j}_{k}_intercept"])
                    for k, (a, b) in enumerate(head["ranges"])
                ],
                axis=0,
            )
            columns.append(proba[:, 1] if self.multilabel else proba)
        if self.multilabel:
            return np.column_stack(columns)
        return columns[0][:, self.spec["order"]]

    def _block(self, k: int, block: dict[str, Any], result: ArticleResult) -> np.ndarray:
        key = f"b{k}"
        if block["kind"] == "lexicon":
            split_words = np.fromiter(
                (len(s.split()) for s in result.sentences), dtype=float, count=len(result.sentences)
            )
            rows = sentence_counts(block["signals"], [result])
            X = finish(block["signals"], block["log_counts"], rows, rows > 0, split_words, np.ones(len(rows)))
            for s, clip in enumerate(block["clip"]):
                X /= self.arrays[f"{key}_scale{s}"]
                if clip:
                    np.clip(X, -1.0, 1.0, out=X)
        else:
            X = self._tfidf(key, block, self._grams(block, result))
        return X * block["weight"] if block["weight"] != 1 else X

    def _grams(self, block: dict[str, Any], result: ArticleResult) -> list[list[str]]:
        """Each sentence's n-grams as the fitted vectorizer finds them (see ngrams.py)."""
        low, high = block["ngram_range"]
        lower = block["lowercase"]
        out = []
        if block["kind"] == "words":
            with_tokens = len(result.tokens_by_sentence) == len(result.sentences)
            for i, sentence in enumerate(result.sentences):
                if with_tokens:  # as `transform_tokens`: each token's pattern matches, in order
                    words = [
                        w for token in result.tokens_by_sentence[i] for w in _WORDS(token.lower() if lower else token)
                    ]
                else:
                    words = _WORDS(sentence.lower() if lower else sentence)
                out.append(
                    [" ".join(words[j : j + n]) for n in range(low, high + 1) for j in range(len(words) - n + 1)]
                )
            return out
        for sentence in result.sentences:  # character n-grams inside word boundaries (char_wb)
            grams = []
            for word in sentence.split():
                padded = f" {word.lower() if lower else word} "
                for n in range(low, high + 1):
                    grams += [padded[j : j + n] for j in range(max(1, len(padded) - n + 1))]
                    if len(padded) <= n:  # a short word gives one n-gram, whatever n
                        break
            out.append(grams)
        return out

    def _tfidf(self, key: str, block: dict[str, Any], grams: list[list[str]]) -> np.ndarray:
        index = self.__dict__.setdefault(
            f"_{key}_index", {t: j for j, t in enumerate(self.arrays[f"{key}_terms"].tolist())}
        )
        X = np.zeros((len(grams), len(index)))
        for i, sentence in enumerate(grams):
            for gram in sentence:
                j = index.get(gram)
                if j is not None:
                    X[i, j] += 1.0
        if block["sublinear_tf"]:
            counted = X > 0
            X[counted] = np.log(X[counted]) + 1.0
        if f"{key}_idf" in self.arrays:
            X *= self.arrays[f"{key}_idf"]
        if block["norm"] == "l2":
            norms = np.sqrt((X * X).sum(axis=1))
            np.divide(X, norms[:, None], out=X, where=norms[:, None] > 0)
        elif block["norm"] == "l1":
            norms = np.abs(X).sum(axis=1)
            np.divide(X, norms[:, None], out=X, where=norms[:, None] > 0)
        return X


def _logistic(scores: np.ndarray) -> np.ndarray:
    """LogisticRegression.predict_proba from its decision scores: softmax over three classes or more,
    [1 - p, p] for two."""
    if scores.shape[1] == 1:
        p = 1.0 / (1.0 + np.exp(-scores[:, 0]))
        return np.column_stack([1 - p, p])
    scores = scores - scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    return scores / scores.sum(axis=1, keepdims=True)
