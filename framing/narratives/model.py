"""The multi-label narrative model: one per language, lexicon cues plus TF-IDF text features.

Each narrative and each subnarrative gets a balanced, L2-regularised logistic regression over the
article's word 1-2-grams, character 2-5-grams and narrative-cue counts. Decoding respects the
taxonomy: a subnarrative implies its narrative, a narrative without a confident subnarrative gets
`<narrative>: Other`, and `Other` is given only when nothing else is. The decision thresholds are
chosen by cross-validation inside the training data (`fit`), never on the articles scored.
Weights are kept as plain matrices, so a saved model holds only NumPy arrays and vectorizers.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from .cues import CueMatcher
from .metrics import samples_f1
from .taxonomy import OTHER, Taxonomy

MIN_POSITIVES = 2          # a label seen fewer times in training is never predicted
CUE_SCALE = 0.5            # lexicon features beside unit-length TF-IDF rows
INNER_FOLDS = 3
GRID = {"coarse": (0.3, 0.4, 0.5, 0.6, 0.7), "fine": (0.3, 0.4, 0.5, 0.6, 0.7), "floor": (0.0, 0.2, 0.35, 1.01)}


def vectorizers(lang: str) -> list[TfidfVectorizer]:
    """Word 1-2-grams; in-word character 2-4-grams for Hindi, whose vowel signs split words for `\\w`."""
    if lang == "hi":
        return [TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2,
                                max_features=30_000)]
    return [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.9, max_features=30_000)]


def cue_features(matcher: CueMatcher | None, texts: list[str]) -> np.ndarray:
    if matcher is None or not matcher.ids:
        return np.zeros((len(texts), 0))
    return np.log1p(np.array([matcher.counts(matcher.find_text(t)[1]) for t in texts])) * CUE_SCALE


def _matrix(vecs: list[TfidfVectorizer], texts: list[str], cues: np.ndarray, fit: bool) -> csr_matrix:
    blocks = [v.fit_transform(texts) if fit else v.transform(texts) for v in vecs]
    return hstack(blocks + [csr_matrix(cues)]).tocsr()


def _train_heads(X: csr_matrix, sets: list[set[str]], labels: tuple[str, ...], C: float
                 ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """One logistic regression per label with enough positives; weights stacked as rows."""
    kept, rows, bias = [], [], []
    for label in labels:
        y = np.array([label in s for s in sets])
        if y.sum() < MIN_POSITIVES or y.all():
            continue
        clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", dual=True, max_iter=1000).fit(X, y)
        kept.append(label)
        rows.append(clf.coef_[0])
        bias.append(clf.intercept_[0])
    width = X.shape[1]
    return kept, np.array(rows, dtype=np.float32).reshape(len(rows), width), np.array(bias)


def _proba(X: csr_matrix, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sigmoid of the linear scores; `W` is transposed into a contiguous copy once per weight matrix
    (scipy copies a transposed view on every product, which cost more than the product itself)."""
    return 1.0 / (1.0 + np.exp(-(X @ _transposed(W) + b)))


_TRANSPOSED: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _transposed(W: np.ndarray) -> np.ndarray:
    kept = _TRANSPOSED.get(id(W))
    if kept is None or kept[0] is not W:
        if len(_TRANSPOSED) > 16:   # training makes many matrices; a loaded model has two per language
            _TRANSPOSED.clear()
        kept = _TRANSPOSED[id(W)] = (W, np.ascontiguousarray(W.T))
    return kept[1]


@dataclass
class Decision:
    """An article's predicted labels and the probabilities behind them."""

    coarse: list[str]
    fine: list[str]
    proba: dict[str, float]


def decode(pc: np.ndarray, pf: np.ndarray, clabels: list[str], flabels: list[str], taxonomy: Taxonomy,
           th: dict[str, float], with_proba: bool = True) -> Decision:
    """Labels of one article from its probabilities, respecting the taxonomy (see module docstring)."""
    fine = [f for f, p in zip(flabels, pf) if p >= th["fine"] and not f.endswith(": " + OTHER)]
    coarse = {c for c, p in zip(clabels, pc) if p >= th["coarse"]} | {taxonomy.parent(f) for f in fine}
    if not coarse and len(pc) and pc.max() >= th["floor"]:
        coarse = {clabels[int(pc.argmax())]}
    for narrative in coarse:
        if not any(taxonomy.parent(f) == narrative for f in fine):
            fine.append(taxonomy.other_of(narrative))
    proba = dict(zip(clabels, pc.round(4).tolist())) | dict(zip(flabels, pf.round(4).tolist())) if with_proba else {}
    if not coarse:
        return Decision([OTHER], [OTHER], proba)
    order = {label: i for i, label in enumerate(taxonomy.narratives)}
    return Decision(sorted(coarse, key=order.get), sorted(set(fine)), proba)


def _fit_core(lang: str, texts: list[str], coarse: list[set[str]], fine: list[set[str]], cues: np.ndarray,
              taxonomy: Taxonomy, C: float) -> dict[str, Any]:
    vecs = vectorizers(lang)
    X = _matrix(vecs, texts, cues, fit=True)
    clabels, Wc, bc = _train_heads(X, coarse, taxonomy.narratives, C)
    flabels, Wf, bf = _train_heads(X, fine, taxonomy.fine_labels, C)
    return {"vectorizers": vecs, "coarse_labels": clabels, "Wc": Wc, "bc": bc,
            "fine_labels": flabels, "Wf": Wf, "bf": bf}


def _core_proba(core: dict[str, Any], texts: list[str], cues: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X = _matrix(core["vectorizers"], texts, cues, fit=False)
    return _proba(X, core["Wc"], core["bc"]), _proba(X, core["Wf"], core["bf"])


def choose_thresholds(lang: str, texts: list[str], coarse: list[set[str]], fine: list[set[str]], cues: np.ndarray,
                      taxonomy: Taxonomy, C: float, seed: int = 0) -> tuple[dict[str, float], float]:
    """Thresholds maximising coarse + fine samples-F1 of out-of-fold predictions inside the training data."""
    n = len(texts)
    parts = []
    for tr, te in KFold(INNER_FOLDS, shuffle=True, random_state=seed).split(np.arange(n)):
        core = _fit_core(lang, [texts[i] for i in tr], [coarse[i] for i in tr], [fine[i] for i in tr], cues[tr],
                         taxonomy, C)
        pc, pf = _core_proba(core, [texts[i] for i in te], cues[te])
        parts.append((te, core, pc, pf))
    best, best_score = {}, -1.0
    for tc, tf, floor in product(GRID["coarse"], GRID["fine"], GRID["floor"]):
        th = {"coarse": tc, "fine": tf, "floor": floor}
        gold_c, gold_f, pred_c, pred_f = [], [], [], []
        for te, core, pc, pf in parts:
            for k, i in enumerate(te):
                d = decode(pc[k], pf[k], core["coarse_labels"], core["fine_labels"], taxonomy, th, False)
                pred_c.append(set(d.coarse)), pred_f.append(set(d.fine))
                gold_c.append(coarse[i]), gold_f.append(fine[i])
        score = samples_f1(gold_c, pred_c).mean() + samples_f1(gold_f, pred_f).mean()
        if score > best_score:
            best, best_score = th, score
    return best, best_score / 2


def fit(lang: str, texts: list[str], coarse: list[set[str]], fine: list[set[str]], taxonomy: Taxonomy,
        matcher: CueMatcher | None, C: float = 10.0) -> dict[str, Any]:
    """A language model: weights on all of `texts`, thresholds from inner cross-validation."""
    cues = cue_features(matcher, texts)
    thresholds, inner = choose_thresholds(lang, texts, coarse, fine, cues, taxonomy, C)
    core = _fit_core(lang, texts, coarse, fine, cues, taxonomy, C)
    return core | {"lang": lang, "thresholds": thresholds, "inner_cv_f1": round(inner, 4), "C": C,
                   "cue_ids": list(matcher.ids) if matcher else [], "n_articles": len(texts)}


def predict(model: dict[str, Any], texts: list[str], taxonomy: Taxonomy, matcher: CueMatcher | None,
            cues: np.ndarray | None = None) -> list[Decision]:
    """Decisions for `texts` (cue features computed here unless given)."""
    if cues is None:
        cues = cue_features(matcher, texts) if model["cue_ids"] else np.zeros((len(texts), 0))
    pc, pf = _core_proba(model, texts, cues)
    return [decode(pc[k], pf[k], model["coarse_labels"], model["fine_labels"], taxonomy, model["thresholds"])
            for k in range(len(texts))]
