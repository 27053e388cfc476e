"""Applying a trained classifier: labels and probabilities per text, per sentence of an analysed
article and shares per article, reusing the article's lexicon matches and tokens when the model's
lexicons are the ones it was analysed with (`framing score --model`, corpus runs)."""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.model_selection import FixedThresholdClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from ..pipeline import Analyzer, ArticleResult
from .estimators import BlockAverage, Trained, one_thread
from .features import FramingVectorizer
from .labels import _labelled, sentence_predictions
from .ngrams import CharNgramVectorizer, WordNgramVectorizer


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
    split = [s.split() for s in sentences]  # words as char n-grams and the lexicon block count them: once
    n_words = np.fromiter(map(len, split), dtype=float, count=len(split))
    blocks = []
    for name, step in union.transformer_list:
        if step == "drop":
            continue
        if isinstance(step, Pipeline) and isinstance(step.steps[0][1], FramingVectorizer):
            X = step.steps[0][1].transform_sentences(results, n_words)
            for _, later in step.steps[1:]:
                X = later.transform(X)
        elif isinstance(step, WordNgramVectorizer) and all(
            len(r.tokens_by_sentence) == len(r.sentences) for r in results
        ):
            X = step.transform_tokens([tokens for r in results for tokens in r.tokens_by_sentence])
        elif isinstance(step, CharNgramVectorizer):
            X = step.transform_words(split)
        else:
            X = step.transform(sentences)
        weight = weights.get(name, 1)
        blocks.append(sp.csr_matrix(X) * weight if weight != 1 else sp.csr_matrix(X))  # no copy of the big blocks
    return blocks


def predict_article(
    model: Trained, text: str, title: str | None = None, result: ArticleResult | None = None
) -> dict[str, Any]:
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
    return sentence_predictions(model, results, proba)


def sentence_probabilities(
    model: Trained, articles: list[tuple[str, str | None, ArticleResult | None]]
) -> tuple[list[ArticleResult], np.ndarray]:
    """The articles as analysed for a sentence-level model, and one row of class probabilities per
    body sentence of each, in order (one vectorization for the whole batch)."""
    vectorizer = _framing_vectorizer(model)
    results = []
    for text, title, result in articles:
        if vectorizer is None:
            result = result or Analyzer().analyze(text, title=title, evidence=False, sentences=True)
        elif (
            result is None
            or result.meta.get("lexicon_hash") != vectorizer.lexicon_hash_
            or len(result.sentences) != result.n_sentences
        ):  # analysed without sentences
            result = vectorizer.analyzer.analyze(text, title=title, evidence=False, sentences=True)
        results.append(result)
    n = sum(len(r.sentences) for r in results)
    if not n:
        return results, np.zeros((0, len(model.classes)))
    if vectorizer is None:  # a user's own pipeline: score the sentences as plain texts
        return results, probabilities(model, [s for r in results for s in r.sentences])
    return results, probabilities(model, _sentence_features(model, results), vectorized=True)
