"""The multi-label narrative model: one per language, TF-IDF text features (plus lexicon cues where they help).

Each narrative, each subnarrative and `Other` (no narrative at all) gets a balanced, weakly
regularised logistic regression over the article's word 1-2-grams (Hindi: in-word character
2-4-grams), and, for the languages in `CUE_LANGS`, the counts of its narrative cue lexicons. Decoding follows the taxonomy and the official measure (samples-F1, where
an `Other` article scores 1 only when `Other` alone is predicted):

1. a gate: the best narrative's probability, less a share of `Other`'s, must reach a threshold,
   else the article is `Other` at both levels;
2. the best narrative and up to a few more whose probability is within a ratio of the best;
3. under each narrative, its subnarratives (its `<narrative>: Other` among them) within a ratio of
   its best one; none confident enough gives `<narrative>: Other`. So a subnarrative is only ever
   predicted with its narrative.

Balanced probabilities are not calibrated, so every one of these numbers is
chosen by cross-validation inside the training data (`fit`), never on the articles scored.
`CUE_LANGS` and `C` were chosen once, on the articles of the dev fold (`framing.quality.datasets.fold`). Weights
are kept as plain matrices and the n-gram vocabularies as arrays (`rows` turns them back into TF-IDF rows
and probabilities), so a saved model holds only NumPy arrays and plain values, and loads in a moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from .cues import CueMatcher
from .rows import feature_block, matrix, proba, stack
from .taxonomy import OTHER, Taxonomy

MIN_POSITIVES = 2  # a label seen fewer times in training is never predicted
CUE_SCALE = 0.25  # lexicon features beside unit-length TF-IDF rows (0.25 over 0.5: dev fold, Russian)
C = 100.0  # weak regularisation: a few hundred long articles, tens of thousands of n-grams
# Languages whose cue counts are features. On the dev-fold articles (out of fold), Russian gains with them
# (samples-F1 coarse / fine 0.624 / 0.420 at scale 0.25, 0.608 / 0.392 at 0.5, 0.563 / 0.389 without);
# English loses (0.513 / 0.457 against 0.579 / 0.478), and skipping the matcher keeps English corpus
# scoring fast. The cues still give evidence in every language.
CUE_LANGS = ("ru",)
INNER_FOLDS = 3
START = {"gate": 0.2, "other_weight": 0.5, "top": 2, "ratio": 0.7, "fine_ratio": 0.8, "fine_floor": 0.1}
SPACE = {
    "gate": tuple(round(0.05 * k, 2) for k in range(17)),
    "other_weight": (0.0, 0.5, 1.0, 2.0),
    "top": (1, 2, 3, 4, 5, 6),
    "ratio": (0.1, 0.2, 0.3, 0.4, 0.55, 0.7, 0.85),
    "fine_ratio": (0.15, 0.3, 0.4, 0.5, 0.7, 0.85, 1.0),
    "fine_floor": (0.0, 0.1, 0.2, 0.3),
}


def vectorizers(lang: str) -> list[TfidfVectorizer]:
    """Word 1-2-grams; in-word character 2-4-grams for Hindi, whose vowel signs split words for `\\w`."""
    if lang == "hi":
        return [
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2, max_features=30_000)
        ]
    return [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.9, max_features=30_000)]


def cue_features(matcher: CueMatcher | None, texts: list[str]) -> np.ndarray:
    if matcher is None or not matcher.ids:
        return np.zeros((len(texts), 0))
    return np.log1p(np.array([matcher.counts(matcher.find_text(t)[1]) for t in texts])) * CUE_SCALE


def _train_heads(
    X: csr_matrix, sets: list[set[str]], labels: tuple[str, ...]
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


@dataclass
class Decision:
    """An article's predicted labels and the probabilities behind them."""

    coarse: list[str]
    fine: list[str]
    proba: dict[str, float]


def children(taxonomy: Taxonomy, clabels: list[str], flabels: list[str]) -> dict[str, list[int]]:
    """Narrative -> positions in `flabels` of its modelled subnarratives."""
    found: dict[str, list[int]] = {c: [] for c in clabels}
    for k, f in enumerate(flabels):
        found.setdefault(taxonomy.parent(f), []).append(k)
    return found


def decode(
    pc: np.ndarray,
    pf: np.ndarray,
    clabels: list[str],
    flabels: list[str],
    taxonomy: Taxonomy,
    th: dict[str, float],
    with_proba: bool = True,
    kids: dict[str, list[int]] | None = None,
) -> Decision:
    """Labels of one article from its probabilities, respecting the taxonomy (see module docstring).

    `clabels` may end with `Other`, the no-narrative head, whose probability weighs against the gate."""
    proba = dict(zip(clabels, pc.round(4).tolist())) | dict(zip(flabels, pf.round(4).tolist())) if with_proba else {}
    coarse = narratives_of(pc, clabels, taxonomy, th)
    if coarse is None:
        return Decision([OTHER], [OTHER], proba)
    kids = kids if kids is not None else children(taxonomy, clabels, flabels)
    fine: list[str] = []
    for narrative in coarse:
        mine = kids.get(narrative, [])
        q = pf[mine]
        chosen = [flabels[k] for k, p in zip(mine, q) if p >= th["fine_ratio"] * q.max() and p >= th["fine_floor"]]
        fine += chosen or [taxonomy.other_of(narrative)]
    return Decision(coarse, sorted(set(fine)), proba)


def narratives_of(pc: np.ndarray, clabels: list[str], taxonomy: Taxonomy, th: dict[str, float]) -> list[str] | None:
    """The narratives `decode` predicts (steps 1 and 2), in taxonomy order; None when the gate makes the
    article `Other`. They depend on the narratives' probabilities alone, so a corpus table, which has no
    subnarrative columns, needs no subnarrative probabilities."""
    has_other = bool(clabels) and clabels[-1] == OTHER
    p_other = float(pc[-1]) if has_other else 0.0
    pn = pc[:-1] if has_other else pc
    if not len(pn) or pn.max() - th["other_weight"] * p_other < th["gate"]:
        return None
    best = pn.max()
    coarse = [clabels[j] for j in np.argsort(-pn, kind="stable")[: int(th["top"])] if pn[j] >= th["ratio"] * best]
    order = {label: i for i, label in enumerate(taxonomy.narratives)}
    return sorted(coarse, key=lambda label: order[label])


def _fit_core(
    lang: str, texts: list[str], coarse: list[set[str]], fine: list[set[str]], cues: np.ndarray, taxonomy: Taxonomy
) -> dict[str, Any]:
    vecs = vectorizers(lang)
    X = stack([v.fit_transform(texts) for v in vecs], cues)
    clabels, Wc, bc = _train_heads(X, coarse, taxonomy.narratives + (OTHER,))
    flabels, Wf, bf = _train_heads(X, fine, taxonomy.fine_labels)
    return {
        "features": [feature_block(v) for v in vecs],
        "coarse_labels": clabels,
        "Wc": Wc,
        "bc": bc,
        "fine_labels": flabels,
        "Wf": Wf,
        "bf": bf,
    }


def _core_proba(core: dict[str, Any], texts: list[str], cues: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X = matrix(core["features"], texts, cues)
    return proba(X, core["Wc"], core["bc"]), proba(X, core["Wf"], core["bf"])


def _f1(gold: set[str], pred: list[str]) -> float:
    shared = len(gold.intersection(pred))
    return 2 * shared / (len(gold) + len(pred)) if shared else 0.0


def inner_predictions(
    lang: str,
    texts: list[str],
    coarse: list[set[str]],
    fine: list[set[str]],
    cues: np.ndarray,
    taxonomy: Taxonomy,
    seed: int = 0,
) -> list[tuple[np.ndarray, dict[str, Any], np.ndarray, np.ndarray]]:
    """Out-of-fold probabilities inside the training data: (articles, model, coarse, fine) per inner fold."""
    parts = []
    for tr, te in KFold(INNER_FOLDS, shuffle=True, random_state=seed).split(np.arange(len(texts))):
        core = _fit_core(
            lang, [texts[i] for i in tr], [coarse[i] for i in tr], [fine[i] for i in tr], cues[tr], taxonomy
        )
        parts.append((te, core, *_core_proba(core, [texts[i] for i in te], cues[te])))
    return parts


def choose_thresholds(
    parts, coarse: list[set[str]], fine: list[set[str]], taxonomy: Taxonomy
) -> tuple[dict[str, float], float]:
    """Decoding numbers maximising coarse + fine samples-F1 of the inner out-of-fold predictions
    (coordinate ascent over `SPACE` from `START`, twice round); the mean of both F1s at the best."""
    kids = [children(taxonomy, core["coarse_labels"], core["fine_labels"]) for _, core, _, _ in parts]
    n = sum(len(te) for te, *_ in parts)

    def score(th: dict[str, float]) -> float:
        total = 0.0
        for (te, core, pc, pf), kid in zip(parts, kids):
            for k, i in enumerate(te):
                d = decode(pc[k], pf[k], core["coarse_labels"], core["fine_labels"], taxonomy, th, False, kid)
                total += _f1(coarse[i], d.coarse) + _f1(fine[i], d.fine)
        return total

    best, best_score = dict(START), score(START)
    for _ in range(2):
        for key, values in SPACE.items():
            for value in values:
                candidate = best | {key: value}
                s = score(candidate)
                if s > best_score:
                    best, best_score = candidate, s
    return best, best_score / (2 * n)


def fit(
    lang: str,
    texts: list[str],
    coarse: list[set[str]],
    fine: list[set[str]],
    taxonomy: Taxonomy,
    matcher: CueMatcher | None,
) -> dict[str, Any]:
    """A language model: weights on all of `texts`, decoding numbers from inner cross-validation."""
    use_cues = lang in CUE_LANGS and matcher is not None and bool(matcher.ids)
    cues = cue_features(matcher, texts) if use_cues else np.zeros((len(texts), 0))
    thresholds, inner = choose_thresholds(
        inner_predictions(lang, texts, coarse, fine, cues, taxonomy), coarse, fine, taxonomy
    )
    core = _fit_core(lang, texts, coarse, fine, cues, taxonomy)
    return core | {
        "lang": lang,
        "thresholds": thresholds,
        "inner_cv_f1": round(inner, 4),
        "C": C,
        "cue_ids": list(matcher.ids) if matcher is not None and use_cues else [],
        "n_articles": len(texts),
    }


def predict(
    model: dict[str, Any],
    texts: list[str],
    taxonomy: Taxonomy,
    matcher: CueMatcher | None,
    cues: np.ndarray | None = None,
) -> list[Decision]:
    """Decisions for `texts` (cue features computed here unless given, and only when the model uses them)."""
    if not model["cue_ids"]:
        cues = np.zeros((len(texts), 0))
    elif cues is None:
        cues = cue_features(matcher, texts)
    pc, pf = _core_proba(model, texts, cues)
    kids = children(taxonomy, model["coarse_labels"], model["fine_labels"])
    return [
        decode(pc[k], pf[k], model["coarse_labels"], model["fine_labels"], taxonomy, model["thresholds"], kids=kids)
        for k in range(len(texts))
    ]
