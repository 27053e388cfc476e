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
are kept as plain matrices and the n-gram vocabularies as arrays, so a saved model holds only NumPy
arrays and plain values, and loads in a moment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from .cues import CueMatcher
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


def feature_block(vec: TfidfVectorizer) -> dict[str, Any]:
    """What a fitted vectorizer's rows need, as plain values and arrays: its n-gram settings, its terms
    in column order and their idf. A vectorizer's vocabulary dict took skops some 20 s to load."""
    return {
        "params": {"analyzer": vec.analyzer, "ngram_range": tuple(vec.ngram_range), "token_pattern": vec.token_pattern},
        "terms": np.array(vec.get_feature_names_out(), dtype=str),
        "idf": vec.idf_.astype(np.float64),
    }


# per block: (read a text into an array, turn many texts' arrays into (text, column) per n-gram occurrence)
Reader = tuple[Callable[[str], np.ndarray], Callable[[list[np.ndarray]], tuple[np.ndarray, np.ndarray]]]
_COMPILED: dict[int, tuple[dict[str, Any], Reader]] = {}


def _compiled(block: dict[str, Any]) -> Reader:
    """A block's reader, made once per block: per text, one C-level pass that needs the text; per batch
    of texts, the NumPy work (a few calls for the lot: per text they cost more than their arithmetic).
    Word 1-2-grams never build bigram strings: each token becomes an integer id, and bigrams are looked
    up as pairs of ids."""
    kept = _COMPILED.get(id(block))
    if kept is None or kept[0] is not block:
        if len(_COMPILED) > 64:
            _COMPILED.clear()
        params, terms = block["params"], block["terms"].tolist()
        if params["analyzer"] == "word" and tuple(params["ngram_range"]) == (1, 2):
            # scikit-learn's default pattern finds the same words without its \b checks, faster
            pattern = r"\w\w+" if params["token_pattern"] == r"(?u)\b\w\w+\b" else params["token_pattern"]
            reader = _word_reader(re.compile(pattern).findall, terms)
        else:
            analyze, vocabulary = TfidfVectorizer(**params).build_analyzer(), {t: k for k, t in enumerate(terms)}

            def read(text: str) -> np.ndarray:
                found = np.fromiter(map(vocabulary.get, analyze(text), repeat(-1)), dtype=np.int64)
                return found[found >= 0]

            reader = read, _owned
        kept = _COMPILED[id(block)] = (block, reader)
    return kept[1]


def _owned(found: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated arrays, with the position of the array each entry came from."""
    lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    return (
        np.repeat(np.arange(len(found), dtype=np.int64), lengths),
        np.concatenate(found) if found else np.zeros(0, dtype=np.int64),
    )


_SEPARATOR = np.zeros(1, dtype=np.int64)


def _word_reader(find: Callable[[str], list[str]], terms: list[str]) -> Reader:
    """Per text the ids of its lower-cased tokens (0: in no term); per batch the columns of their
    unigrams and bigrams among `terms` ("word" or "word word")."""
    ids: dict[str, int] = {}
    for term in terms:
        for word in term.split(" "):
            ids.setdefault(word, len(ids) + 1)
    width = len(ids) + 1
    unigram = np.full(width, -1, dtype=np.int64)
    pairs: list[tuple[int, int]] = []
    for k, term in enumerate(terms):
        first, _, second = term.partition(" ")
        if second:
            pairs.append((ids[first] * width + ids[second], k))
        else:
            unigram[ids[first]] = k
    pairs.sort()
    keys = np.array([key for key, _ in pairs] or [-1], dtype=np.int64)
    bigram = np.array([k for _, k in pairs] or [-1], dtype=np.int64)

    def read(text: str) -> np.ndarray:
        tokens = find(text.lower())
        return np.fromiter(map(ids.get, tokens, repeat(0)), dtype=np.int64, count=len(tokens))

    def gather(found: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        # each text's ids followed by a 0, so that no bigram spans two texts (no pair holds a 0)
        owner, tokens = _owned([part for f in found for part in (f, _SEPARATOR)])
        owner //= 2
        # the pairs sorted (with their text) before the search: sorted needles make it five times faster
        n = max(len(found), 1)
        wanted, pair_owner = np.divmod(np.sort((tokens[:-1] * width + tokens[1:]) * n + owner[:-1]), n)
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = keys[at] == wanted
        singles = unigram[tokens]
        kept = singles >= 0
        return (np.concatenate([owner[kept], pair_owner[hit]]), np.concatenate([singles[kept], bigram[at[hit]]]))

    return read, gather


def occurrences(features: list[dict[str, Any]], text: str) -> list[np.ndarray]:
    """Per feature block, what `rows` needs of one text (the part of its row that reads the text)."""
    return [_compiled(block)[0](text) for block in features]


def _tfidf(block: dict[str, Any], found: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row, column and value of every entry of the sublinear, L2-normalised TF-IDF rows of many texts'
    `occurrences` in one block, as the block's vectorizer gave them in training; sorted by row, then column."""
    width = len(block["idf"])
    owner, columns = _compiled(block)[1](found)
    keys, counts = np.unique(owner * width + columns, return_counts=True)
    row, columns = np.divmod(keys, width)
    values = (1.0 + np.log(counts)) * block["idf"][columns]
    norms = np.sqrt(np.bincount(row, values * values, minlength=len(found)))
    values /= np.where(norms > 0, norms, 1.0)[row]
    return row, columns, values


def rows(block: dict[str, Any], found: list[np.ndarray]) -> csr_matrix:
    """The TF-IDF rows of many texts' `occurrences` in one block."""
    row, columns, values = _tfidf(block, found)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(found)))])
    return csr_matrix((values, columns, indptr), shape=(len(found), len(block["idf"])))


def _transform(block: dict[str, Any], texts: list[str]) -> csr_matrix:
    """`vectorizer.transform(texts)` without scikit-learn's per-call checks and count matrix (they
    cost several times the arithmetic on one article)."""
    return rows(block, [_compiled(block)[0](text) for text in texts])


def many_proba(model: dict[str, Any], found: list[list[np.ndarray]], cues: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coarse and fine probabilities of many texts from their `occurrences` (one sparse product per
    weight matrix for the lot)."""
    X = _stack([rows(block, [f[k] for f in found]) for k, block in enumerate(model["features"])], cues)
    return proba(X, model["Wc"], model["bc"]), proba(X, model["Wf"], model["bf"])


def text_proba(model: dict[str, Any], text: str, cues: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coarse and fine probabilities of one text. With one feature block and no cue columns (the usual
    case) the row's weights are gathered directly: no sparse matrix to build, half the time."""
    if len(model["features"]) > 1 or cues.shape[1]:
        X = matrix(model["features"], [text], cues)
        return proba(X, model["Wc"], model["bc"])[0], proba(X, model["Wf"], model["bf"])[0]
    block = model["features"][0]
    _, columns, values = _tfidf(block, [_compiled(block)[0](text)])
    return tuple(
        1.0 / (1.0 + np.exp(-(values @ _transposed(W)[columns] + b)))
        for W, b in ((model["Wc"], model["bc"]), (model["Wf"], model["bf"]))
    )


def _stack(blocks: list[csr_matrix], cues: np.ndarray) -> csr_matrix:
    if len(blocks) == 1 and not cues.shape[1]:
        return blocks[0].tocsr()  # hstack copies even a single block
    return hstack(blocks + [csr_matrix(cues)], format="csr") if cues.shape[1] else hstack(blocks, format="csr")


def matrix(features: list[dict[str, Any]], texts: list[str], cues: np.ndarray) -> csr_matrix:
    """The feature rows of `texts`: every feature block, then the cue columns."""
    return _stack([_transform(block, texts) for block in features], cues)


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


def proba(X: csr_matrix, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sigmoid of the linear scores; `W` is transposed into a contiguous float64 copy once per weight
    matrix (scipy copies a transposed view, and converts float32 to float64, on every product: six
    times the cost of the product itself)."""
    return 1.0 / (1.0 + np.exp(-(X @ _transposed(W) + b)))


_TRANSPOSED: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _transposed(W: np.ndarray) -> np.ndarray:
    kept = _TRANSPOSED.get(id(W))
    if kept is None or kept[0] is not W:
        if len(_TRANSPOSED) > 16:  # training makes many matrices; a loaded model has two per language
            _TRANSPOSED.clear()
        kept = _TRANSPOSED[id(W)] = (W, np.ascontiguousarray(W.T, dtype=np.float64))
    return kept[1]


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
    has_other = bool(clabels) and clabels[-1] == OTHER
    p_other = float(pc[-1]) if has_other else 0.0
    pn = pc[:-1] if has_other else pc
    if not len(pn) or pn.max() - th["other_weight"] * p_other < th["gate"]:
        return Decision([OTHER], [OTHER], proba)
    kids = kids if kids is not None else children(taxonomy, clabels, flabels)
    best = pn.max()
    coarse = [clabels[j] for j in np.argsort(-pn, kind="stable")[: int(th["top"])] if pn[j] >= th["ratio"] * best]
    fine: list[str] = []
    for narrative in coarse:
        mine = kids.get(narrative, [])
        q = pf[mine]
        chosen = [flabels[k] for k, p in zip(mine, q) if p >= th["fine_ratio"] * q.max() and p >= th["fine_floor"]]
        fine += chosen or [taxonomy.other_of(narrative)]
    order = {label: i for i, label in enumerate(taxonomy.narratives)}
    return Decision(sorted(coarse, key=lambda label: order[label]), sorted(set(fine)), proba)


def _fit_core(
    lang: str, texts: list[str], coarse: list[set[str]], fine: list[set[str]], cues: np.ndarray, taxonomy: Taxonomy
) -> dict[str, Any]:
    vecs = vectorizers(lang)
    X = _stack([v.fit_transform(texts) for v in vecs], cues)
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
