"""From class probabilities to labels, per sentence and per article, for any model that says its
classes, whether it is multi-label, and its decision threshold (`cut`): a `Trained` pipeline or the
portable predictor (portable.py). numpy only, so the portable path loads no scikit-learn.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

from ..pipeline import ArticleResult


class Labeller(Protocol):
    """What turning probabilities into labels needs to know of a model."""

    @property
    def classes(self) -> list[str]: ...

    @property
    def multilabel(self) -> bool: ...

    @property
    def cut(self) -> tuple[int, float] | None: ...


def labels_from_probabilities(model: Labeller, proba: np.ndarray) -> list:
    """The label per row as the model's `predict` gives it: the most probable one, or the positive
    class at P >= its tuned threshold; every label at p >= 0.5 for multi-label models."""
    if model.multilabel:
        return [[c for c, p in zip(model.classes, row) if p >= 0.5] for row in proba]
    return [model.classes[k] for k in _label_index(model, np.asarray(proba))]


def _label_index(model: Labeller, proba: np.ndarray) -> np.ndarray:
    """Column of the predicted class per row of `proba` (columns in `model.classes` order)."""
    if model.cut is not None:
        positive, threshold = model.cut
        return np.where(proba[:, positive] >= threshold, positive, 1 - positive)
    return np.argmax(proba, axis=1)


def sentence_labels(model: Labeller, proba: np.ndarray) -> np.ndarray:
    """0/1 per sentence and class: the label(s) each sentence is given."""
    if model.multilabel:
        return (proba >= 0.5).astype(np.int8)
    chosen = np.zeros(proba.shape, dtype=np.int8)
    chosen[np.arange(len(proba)), _label_index(model, proba)] = 1
    return chosen


def article_shares(model: Labeller, results: list[ArticleResult], proba: np.ndarray) -> np.ndarray:
    """Per article and class, the share of its body sentences given that label (0 without sentences)."""
    lengths = np.array([len(r.sentences) for r in results], dtype=np.int64)
    shares = np.zeros((len(results), len(model.classes)))
    has = lengths > 0
    if has.any():
        starts = np.r_[0, np.cumsum(lengths)[:-1]][has]  # articles without sentences take no rows
        shares[has] = np.add.reduceat(sentence_labels(model, proba), starts, axis=0) / lengths[has, None]
    return shares


def _labelled(model: Labeller, proba: np.ndarray) -> dict[str, Any]:
    probs = {c: round(float(p), 4) for c, p in zip(model.classes, proba)}
    if model.multilabel:
        return {"labels": [c for c, p in probs.items() if p >= 0.5], "probability": probs}
    return {"label": model.classes[int(_label_index(model, proba[None, :])[0])], "probability": probs}


def sentence_predictions(model: Labeller, results: list[ArticleResult], proba: np.ndarray) -> list[dict[str, Any]]:
    """`predict_article`'s answer for each analysed article, from one row of `proba` per body sentence."""
    classes = model.classes
    shares = article_shares(model, results, proba)
    out, start = [], 0
    for result, share in zip(results, shares):
        rows = proba[start : start + len(result.sentences)]
        start += len(result.sentences)
        sentences = [
            {"sentence": i, "text": text} | _labelled(model, row)
            for i, (text, row) in enumerate(zip(result.sentences, rows))
        ]
        out.append(
            {
                "level": "sentence",
                "labels": classes,
                "sentences": sentences,
                "article": {
                    "share": {c: round(float(v), 4) for c, v in zip(classes, share)},
                    "n_sentences": len(sentences),
                },
            }
        )
    return out
