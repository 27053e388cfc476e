"""The multi-label narrative model: one per language, TF-IDF text features (plus lexicon cues where they help).

Each narrative, each subnarrative and `Other` (no narrative at all) gets a balanced, weakly
regularised logistic regression over the article's word 1-2-grams (English: of word stems, `stems`;
Hindi: in-word character 2-4-grams), and, for the languages in `CUE_LANGS`, the counts of its narrative cue lexicons. Decoding
follows the taxonomy and the official measure (samples-F1, where an `Other` article scores 1 only when
`Other` alone is predicted); a subnarrative is only ever predicted with its narrative.

Where the training data has `Other` articles (every language but Russian), the balanced heads' scores
are calibrated into probabilities (one logistic fit per level over all heads' inner out-of-fold scores
and the labels' prior odds, folded into the saved weights), and the article gets the label sets with the
highest expected coarse + fine samples-F1 (`_expected_f1_sets`): no tuned numbers, so nothing to overfit
to a few hundred articles. Out of fold in English, the threshold rules scored coarse 0.541 to 0.570 as
the inner folds' seed changed (fine 0.454 to 0.477); expected-F1 decoding 0.577 to 0.586 (fine 0.467 to
0.476). Russian (93 articles, all with narratives) did better with the threshold rules (coarse 0.605 to
0.635 against 0.594 to 0.609), so it keeps them. Both keep an article's narratives to one domain of the
taxonomy (`one_domain`: the war or the climate).

Without `Other` articles, threshold rules (chosen by coordinate ascent on the inner predictions):
1. a gate: the best narrative's probability, less a share of `Other`'s, must reach a threshold,
   else the article is `Other` at both levels;
2. the best narrative and up to a few more whose probability is within a ratio of the best;
3. under each narrative, its subnarratives (its `<narrative>: Other` among them) within a ratio of
   its best one; none confident enough gives `<narrative>: Other`.

Both are chosen by cross-validation inside the training data (`fit`), never on the articles scored.
`CUE_LANGS` and `C` were chosen once, on the articles of the dev fold (`framing.quality.datasets.fold`). Weights
are kept as plain matrices and the n-gram vocabularies as arrays (`rows` turns them back into TF-IDF rows
and probabilities), so a saved model holds only NumPy arrays and plain values, and loads in a moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .calibration import calibrated_core, calibration, log_odds, recalibrated
from .cues import CueMatcher
from .rows import feature_block, matrix, proba, stack
from .stems import STEMMED, Stems
from .taxonomy import OTHER, Taxonomy

if TYPE_CHECKING:  # scikit-learn is imported where a model is trained: detection needs none of it
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

MIN_POSITIVES = 2  # a label seen fewer times in training is never predicted
CUE_SCALE = 0.25  # lexicon features beside unit-length TF-IDF rows (0.25 over 0.5: dev fold, Russian)
C = 100.0  # weak regularisation: a few hundred long articles, tens of thousands of n-grams
# Languages whose cue counts are features. On the dev-fold articles (out of fold), Russian gains with them
# (samples-F1 coarse / fine 0.624 / 0.420 at scale 0.25, 0.608 / 0.392 at 0.5, 0.563 / 0.389 without);
# English loses (0.513 / 0.457 against 0.579 / 0.478), and skipping the matcher keeps English corpus
# scoring fast. The cues still give evidence in every language.
CUE_LANGS = ("ru",)
INNER_FOLDS = 3
EXPECTED_F1 = "expected_f1"
EXPECTED: dict[str, Any] = {"decoder": EXPECTED_F1}
MAX_NARRATIVES = 6  # most narratives expected-F1 decoding weighs for one article
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
    """Word 1-2-grams (English: of word stems, `stems`); in-word character 2-4-grams for Hindi, whose
    vowel signs split words for `\\w`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if lang == "hi":
        return [
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2, max_features=30_000)
        ]
    words: dict[str, Any] = {"tokenizer": Stems(STEMMED[lang]), "token_pattern": None} if lang in STEMMED else {}
    return [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.9, max_features=30_000, **words)]


def cue_features(matcher: CueMatcher | None, texts: list[str]) -> np.ndarray:
    if matcher is None or not matcher.ids:
        return np.zeros((len(texts), 0))
    return np.log1p(np.array([matcher.counts(matcher.find_text(t)[1]) for t in texts])) * CUE_SCALE


def _train_heads(
    X: csr_matrix, sets: list[set[str]], labels: tuple[str, ...]
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """One logistic regression per label with enough positives; weights stacked as rows."""
    from sklearn.linear_model import LogisticRegression

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
    th: dict[str, Any],
    with_proba: bool = True,
    kids: dict[str, list[int]] | None = None,
) -> Decision:
    """Labels of one article from its probabilities, respecting the taxonomy (see module docstring).

    `clabels` may end with `Other`, the no-narrative head, whose probability weighs against the gate."""
    proba = dict(zip(clabels, pc.round(4).tolist())) | dict(zip(flabels, pf.round(4).tolist())) if with_proba else {}
    kids = kids if kids is not None else children(taxonomy, clabels, flabels)
    if th.get("decoder") == EXPECTED_F1:
        pn, p_other = _without_other(pc, clabels)
        return Decision(*_expected_f1_sets(pn, p_other, pf, clabels, flabels, taxonomy, kids), proba)
    coarse = narratives_of(pc, clabels, taxonomy, th)
    if coarse is None:
        return Decision([OTHER], [OTHER], proba)
    fine: list[str] = []
    for narrative in coarse:
        mine = kids.get(narrative, [])
        q = pf[mine]
        chosen = [flabels[k] for k, p in zip(mine, q) if p >= th["fine_ratio"] * q.max() and p >= th["fine_floor"]]
        fine += chosen or [taxonomy.other_of(narrative)]
    return Decision(*_ordered(coarse, fine, taxonomy), proba)


def _ordered(coarse: list[str], fine: list[str], taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    if coarse == [OTHER]:
        return coarse, fine
    order = {label: i for i, label in enumerate(taxonomy.narratives)}
    return sorted(coarse, key=lambda label: order[label]), sorted(set(fine))


def _expected_f1_sets(
    pn: np.ndarray,
    p_other: float,
    pf: np.ndarray,
    clabels: list[str],
    flabels: list[str],
    taxonomy: Taxonomy,
    kids: dict[str, list[int]],
) -> tuple[list[str], list[str]]:
    """The label sets with the highest expected coarse + fine samples-F1 under calibrated probabilities.

    The expected F1 of a set S is taken as 2 E|S & gold| / (|S| + E|gold|) (label probabilities as
    independent). `Other` alone is worth 2 p_other / (1 + E|gold|) at each level; against it, the k most
    probable narratives (k = 1 ... MAX_NARRATIVES), each with its most probable subnarrative (or
    `<narrative>: Other` when none is modelled) and then, most probable first, the other subnarratives of
    the chosen narratives as long as each one raises the fine level's expected F1. A subnarrative is
    taken as no more probable than its narrative (the heads are trained apart, so one may say more)."""
    p, q = pn.tolist(), pf.tolist()  # plain floats: a few hundred small steps, cheaper than NumPy calls
    for j, narrative in enumerate(clabels[: len(p)]):
        for m in kids.get(narrative, ()):
            q[m] = min(q[m], p[j])
    gold_c, gold_f = p_other + sum(p), p_other + sum(q)
    best = 2 * p_other / (1 + gold_c) + 2 * p_other / (1 + gold_f)
    chosen: tuple[int, list[int]] = (0, [])
    ranked = one_domain(sorted(range(len(p)), key=lambda j: -p[j]), clabels, taxonomy)[:MAX_NARRATIVES]
    hit_c, required, hit_r, unmodelled, rest = 0.0, [], 0.0, 0, []
    value_c = value_f = 0.0  # no bound before the first narrative
    for k, j in enumerate(ranked, 1):
        if p[j] <= min(value_c, value_f) / 2:
            # this narrative and all after it (their subnarratives no more probable) bring labels worth
            # less than half of either level's expected F1 so far: neither level can rise again
            break
        hit_c += p[j]
        mine = kids.get(clabels[j], [])
        if mine:
            top = max(mine, key=q.__getitem__)
            required.append(top)
            hit_r += q[top]
            rest += [m for m in mine if m != top]
        else:
            unmodelled += 1  # its `<narrative>: Other` counts in the set, with no probability behind it
        picked, hit, size = list(required), hit_r, len(required) + unmodelled
        value_f = 2 * hit / (size + gold_f)
        for m in sorted(rest, key=lambda m: -q[m]):
            more = 2 * (hit + q[m]) / (size + 1 + gold_f)
            if more <= value_f:
                break
            picked.append(m)
            hit, size, value_f = hit + q[m], size + 1, more
        value_c = 2 * hit_c / (k + gold_c)
        value = value_c + value_f
        if value > best:
            best, chosen = value, (k, picked)
    k, picked = chosen
    if not k:
        return [OTHER], [OTHER]
    coarse = [clabels[j] for j in ranked[:k]]
    fine = [taxonomy.other_of(n) for n in coarse if not kids.get(n)] + [flabels[m] for m in picked]
    return _ordered(coarse, fine, taxonomy)


def narratives_of(pc: np.ndarray, clabels: list[str], taxonomy: Taxonomy, th: dict[str, float]) -> list[str] | None:
    """The narratives `decode` predicts under the threshold rules (steps 1 and 2), in taxonomy order; None
    when the gate makes the article `Other`. They depend on the narratives' probabilities alone, so a
    corpus table, which has no subnarrative columns, needs no subnarrative probabilities (the expected-F1
    decoder, which weighs subnarratives too, does)."""
    pn, p_other = _without_other(pc, clabels)
    if not len(pn) or pn.max() - th["other_weight"] * p_other < th["gate"]:
        return None
    best = pn.max()
    ranked = one_domain(np.argsort(-pn, kind="stable").tolist(), clabels, taxonomy)
    coarse = [clabels[j] for j in ranked[: int(th["top"])] if pn[j] >= th["ratio"] * best]
    return _ordered(coarse, [], taxonomy)[0]


def one_domain(ranked: list[int], clabels: list[str], taxonomy: Taxonomy) -> list[int]:
    """`ranked` (positions in `clabels`, best first) kept to the best one's domain: no article of the data,
    in any of its five languages, carries narratives of both the war and the climate (out of fold in
    English, 3 to 7 articles a split were predicted with both, and scored 0.07 to 0.11 fine on average)."""
    if not ranked:
        return ranked
    domain = taxonomy.domain(clabels[ranked[0]])
    return [j for j in ranked if taxonomy.domain(clabels[j]) == domain]


def _without_other(pc: np.ndarray, clabels: list[str]) -> tuple[np.ndarray, float]:
    """The narratives' probabilities and that of the `Other` head (0 when the model has none)."""
    if clabels and clabels[-1] == OTHER:
        return pc[:-1], float(pc[-1])
    return pc, 0.0


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
    from sklearn.model_selection import KFold

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


def expected_f1_score(parts, coarse: list[set[str]], fine: list[set[str]], taxonomy: Taxonomy, cal) -> float:
    """Mean coarse and fine samples-F1 of expected-F1 decoding of the calibrated inner predictions."""
    total, n = 0.0, 0
    for te, core, pc, pf in parts:
        inside = set(te.tolist())
        rest = [i for i in range(len(coarse)) if i not in inside]
        qc = recalibrated(pc, log_odds(core["coarse_labels"], [coarse[i] for i in rest]), cal["coarse"])
        qf = recalibrated(pf, log_odds(core["fine_labels"], [fine[i] for i in rest]), cal["fine"])
        kid = children(taxonomy, core["coarse_labels"], core["fine_labels"])
        for k, i in enumerate(te):
            d = decode(qc[k], qf[k], core["coarse_labels"], core["fine_labels"], taxonomy, EXPECTED, False, kid)
            total += _f1(coarse[i], d.coarse) + _f1(fine[i], d.fine)
            n += 1
    return total / (2 * n)


def fit(
    lang: str,
    texts: list[str],
    coarse: list[set[str]],
    fine: list[set[str]],
    taxonomy: Taxonomy,
    matcher: CueMatcher | None,
) -> dict[str, Any]:
    """A language model: weights on all of `texts`, decoding (and calibration) from inner cross-validation.

    With enough `Other` articles to model them, the calibrated probabilities are decoded for the highest
    expected samples-F1; without (Russian: every article carries a narrative), by the threshold rules."""
    use_cues = lang in CUE_LANGS and matcher is not None and bool(matcher.ids)
    cues = cue_features(matcher, texts) if use_cues else np.zeros((len(texts), 0))
    parts = inner_predictions(lang, texts, coarse, fine, cues, taxonomy)
    core = _fit_core(lang, texts, coarse, fine, cues, taxonomy)
    cal: dict[str, tuple[float, float, float]] = {}
    if sum(s == {OTHER} for s in coarse) >= MIN_POSITIVES:
        cal = calibration(parts, coarse, fine)
        thresholds, inner = dict(EXPECTED), expected_f1_score(parts, coarse, fine, taxonomy, cal)
        core = calibrated_core(core, cal, coarse, fine)
    else:
        thresholds, inner = choose_thresholds(parts, coarse, fine, taxonomy)
    return core | {
        "lang": lang,
        "thresholds": thresholds,
        "calibration": {level: [round(v, 4) for v in abc] for level, abc in cal.items()},
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
