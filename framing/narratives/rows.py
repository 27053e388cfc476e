"""TF-IDF rows and label probabilities from a model's saved feature blocks and weight matrices.

A feature block holds a fitted vectorizer's n-gram settings, terms and idf as plain arrays (what a saved
model keeps); the rows built here equal the vectorizer's `transform`, without scikit-learn's per-call
checks, so scoring one article at a time stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import csr_matrix, hstack

from .words import ByteWords

if TYPE_CHECKING:  # scikit-learn only for training and the character n-grams of Hindi
    from sklearn.feature_extraction.text import TfidfVectorizer

_DEFAULT_PATTERN = r"(?u)\b\w\w+\b"  # scikit-learn's words


def feature_block(vec: TfidfVectorizer) -> dict[str, Any]:
    """What a fitted vectorizer's rows need, as plain values and arrays: its n-gram settings, its terms
    in column order and their idf; for a vectorizer of word stems (`stems.Stems`), the training word
    forms with their stems. A vectorizer's vocabulary dict took skops some 20 s to load."""
    terms = np.array(vec.get_feature_names_out(), dtype=str)
    block = {
        "params": {
            "analyzer": vec.analyzer,
            "ngram_range": tuple(vec.ngram_range),
            "token_pattern": vec.token_pattern or _DEFAULT_PATTERN,  # a stemming tokenizer reads those words
        },
        "terms": terms,
        "idf": vec.idf_.astype(np.float64),
    }
    if vec.tokenizer is not None:
        block["forms"], block["stems"] = vec.tokenizer.forms(terms.tolist())
    return block


# per block: (read a text into an array, turn many texts' arrays into (text, column) per n-gram occurrence,
# read the parts of one text (its paragraphs) into an array each)
Reader = tuple[
    Callable[[str], np.ndarray],
    Callable[[list[np.ndarray]], tuple[np.ndarray, np.ndarray]],
    Callable[[list[str]], list[np.ndarray]],
]
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
            pattern = r"\w\w+" if params["token_pattern"] == _DEFAULT_PATTERN else params["token_pattern"]
            reader = _word_reader(pattern, terms, dict(zip(block.get("forms", ()), block.get("stems", ()))))
        else:
            from sklearn.feature_extraction.text import TfidfVectorizer

            analyze, vocabulary = TfidfVectorizer(**params).build_analyzer(), {t: k for k, t in enumerate(terms)}

            def read(text: str) -> np.ndarray:
                found = np.fromiter(map(vocabulary.get, analyze(text), repeat(-1)), dtype=np.int64)
                return found[found >= 0]

            reader = read, _owned, lambda parts: [read(part) for part in parts]
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
_ASCII_WORD = "".join(chr(b) for b in range(128) if re.match(r"\w", chr(b)) and not chr(b).isupper())


def _word_reader(pattern: str, terms: list[str], stem_of: dict[str, str]) -> Reader:
    """Per text the ids of its lower-cased tokens (0: in no term); per batch the columns of their
    unigrams and bigrams among `terms` ("word" or "word word"). The default pattern's tokens are the
    runs of two or more word characters: they are read as bytes (`ByteWords`), each run looked up once,
    and the one-character runs (id -1) dropped after. Terms of word stems: a word form of `stem_of`
    takes its stem's id (the table replaces the stemmer)."""
    ids: dict[str, int] = {}
    for term in terms:
        for word in term.split(" "):
            ids.setdefault(word, len(ids) + 1)
    width = len(ids) + 1
    ids |= {form: ids[stem] for form, stem in stem_of.items()}  # after `width`: no new ids
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
    opens, closes = np.zeros(width, dtype=bool), np.zeros(width, dtype=bool)  # the words bigrams start and end with
    opens[keys[keys >= 0] // width] = True
    closes[keys[keys >= 0] % width] = True
    find = re.compile(pattern).findall
    runs = ByteWords(r"\w") if pattern == r"\w\w+" else None
    # a term's words have two characters or more: no one-character key is one of them
    byte_ids = {word.encode(): k for word, k in ids.items()} | {c.encode(): -1 for c in _ASCII_WORD}

    def read(text: str) -> np.ndarray:
        if runs is None:
            tokens = find(text.lower())
            return np.fromiter(map(ids.get, tokens, repeat(0)), dtype=np.int64, count=len(tokens))
        words, letters = runs(text)
        for c in letters:
            byte_ids.setdefault(c.encode(), -1)
        got = np.fromiter(map(byte_ids.get, words, repeat(0)), dtype=np.int64, count=len(words))
        return got[got >= 0]

    def read_parts(parts: list[str]) -> list[np.ndarray]:
        """`read` of each part, with one NumPy pass for them all (per part, it cost more than the words)."""
        if runs is None or not parts:
            return [read(part) for part in parts]
        words: list[bytes] = []
        sizes = []
        for part in parts:
            found, letters = runs(part)
            for c in letters:
                byte_ids.setdefault(c.encode(), -1)
            words += found
            sizes.append(len(found))
        got = np.fromiter(map(byte_ids.get, words, repeat(0)), dtype=np.int64, count=len(words))
        kept = got >= 0
        ends = np.concatenate([[0], np.cumsum(kept)])[np.cumsum(sizes)].tolist()  # kept ids up to each end
        got = got[kept]
        return [got[start:end] for start, end in zip([0, *ends], ends)]  # slices: np.split cost more

    def gather(found: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        # each text's ids followed by a 0, so that no bigram spans two texts (no pair holds a 0)
        owner, tokens = _owned([part for f in found for part in (f, _SEPARATOR)])
        owner //= 2
        # only the pairs that could be a term (their first word starts one, their second ends one: about
        # half), sorted (with their text) before the search: sorted needles make it five times faster
        maybe = np.flatnonzero(opens[tokens[:-1]] & closes[tokens[1:]])
        n = max(len(found), 1)
        wanted, pair_owner = np.divmod(np.sort((tokens[maybe] * width + tokens[maybe + 1]) * n + owner[maybe]), n)
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = np.flatnonzero(keys[at] == wanted)  # positions taken, not a mask: a mask costs several times more
        singles = unigram[tokens]
        kept = np.flatnonzero(singles >= 0)
        return (
            np.concatenate([owner.take(kept), pair_owner.take(hit)]),
            np.concatenate([singles.take(kept), bigram.take(at.take(hit))]),
        )

    return read, gather, read_parts


def occurrences(features: list[dict[str, Any]], text: str) -> list[np.ndarray]:
    """Per feature block, what `rows` needs of one text (the part of its row that reads the text)."""
    return [_compiled(block)[0](text) for block in features]


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs for the paragraph view (`mean_rows`): its lines that hold more than blanks."""
    return [line for line in text.split("\n") if line.strip()]


def paragraph_occurrences(features: list[dict[str, Any]], text: str) -> list[list[np.ndarray]]:
    """Per feature block, the `occurrences` of each of the text's `paragraphs`. No n-gram spans a line
    end (words do not; character n-grams stay inside words), so a block's paragraphs' occurrences put
    end to end are the text's own (`joined`): the text is read once for both views."""
    parts = paragraphs(text)
    return [_compiled(block)[2](parts) for block in features]


def joined(parts: list[np.ndarray]) -> np.ndarray:
    """A text's occurrences in a block from its paragraphs' (`paragraph_occurrences`)."""
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


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


def mean_rows(block: dict[str, Any], found: list[list[np.ndarray]]) -> csr_matrix:
    """Per text, the mean of its paragraphs' TF-IDF rows in one block, from each text's paragraphs'
    `occurrences` (a row of zeros for a text without any). Each paragraph's row is unit-length, so a
    narrative carried by a few paragraphs weighs as much in a long article as in a short one."""
    counts = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    row, columns, values = _tfidf(block, [part for parts in found for part in parts])
    owner = np.repeat(np.arange(len(found), dtype=np.int64), counts)[row]  # sorted, as `row` is
    values /= counts[owner]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(owner, minlength=len(found)))])
    # a column held by several paragraphs of a text comes once per paragraph: products and sums add them
    # up (sorting them into one entry cost ten times the rest)
    return csr_matrix((values, columns, indptr), shape=(len(found), len(block["idf"])))


def _transform(block: dict[str, Any], texts: list[str]) -> csr_matrix:
    """`vectorizer.transform(texts)` without scikit-learn's per-call checks and count matrix (they
    cost several times the arithmetic on one article)."""
    return rows(block, [_compiled(block)[0](text) for text in texts])


def many_rows(features: list[dict[str, Any]], found: list[list[np.ndarray]], cues: np.ndarray) -> csr_matrix:
    """The feature rows of many texts from their `occurrences` (for one sparse product per weight matrix)."""
    return stack([rows(block, [f[k] for f in found]) for k, block in enumerate(features)], cues)


def many_mean_rows(features: list[dict[str, Any]], found: list[list[list[np.ndarray]]], width: int) -> csr_matrix:
    """The paragraph view of many texts from their `paragraph_occurrences`: every block's `mean_rows`,
    then `width` cue columns of zeros (cues are counted on the whole text only)."""
    return stack(
        [mean_rows(block, [f[k] for f in found]) for k, block in enumerate(features)], np.zeros((len(found), width))
    )


def paragraph_matrix(features: list[dict[str, Any]], texts: list[str], width: int) -> csr_matrix:
    """The paragraph view of `texts` (`many_mean_rows`)."""
    return many_mean_rows(features, [paragraph_occurrences(features, text) for text in texts], width)


def level_rows(model: dict[str, Any], level: str, X: csr_matrix, P: csr_matrix | None) -> csr_matrix:
    """The rows a level's heads ("coarse" or "fine") read: with a paragraph view (the model's
    `paragraph_weight`), the texts' rows `X` plus that level's weight times their paragraph view `P`."""
    weight = model.get("paragraph_weight")
    return X + weight[level] * P if weight else X


def text_proba(model: dict[str, Any], text: str, cues: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coarse and fine probabilities of one text. With one feature block and no cue columns (the usual
    case) the row's weights are gathered directly: no sparse matrix to build, half the time."""
    weight = model.get("paragraph_weight")
    if len(model["features"]) > 1 or cues.shape[1]:
        X = matrix(model["features"], [text], cues)
        P = paragraph_matrix(model["features"], [text], cues.shape[1]) if weight else None
        return tuple(
            proba(level_rows(model, level, X, P), model[W], model[b])[0]
            for level, W, b in (("coarse", "Wc", "bc"), ("fine", "Wf", "bf"))
        )
    block = model["features"][0]
    read = _compiled(block)[0]
    if weight:
        found = _compiled(block)[2](paragraphs(text))
        _, columns, values = _tfidf(block, [joined(found)])
        # every paragraph's column is one of the article's (sorted): the paragraph view joins its values
        _, inner, shares = _tfidf(block, found)
        mean = np.bincount(np.searchsorted(columns, inner), shares, minlength=len(columns)) / max(len(found), 1)
        views = {level: values + weight[level] * mean for level in ("coarse", "fine")}
    else:
        _, columns, values = _tfidf(block, [read(text)])
        views = dict.fromkeys(("coarse", "fine"), values)
    return tuple(
        1.0 / (1.0 + np.exp(-(views[level] @ _transposed(model[W])[columns] + model[b])))
        for level, W, b in (("coarse", "Wc", "bc"), ("fine", "Wf", "bf"))
    )


def stack(blocks: list[csr_matrix], cues: np.ndarray) -> csr_matrix:
    if len(blocks) == 1 and not cues.shape[1]:
        return blocks[0].tocsr()  # hstack copies even a single block
    return hstack(blocks + [csr_matrix(cues)], format="csr") if cues.shape[1] else hstack(blocks, format="csr")


def matrix(features: list[dict[str, Any]], texts: list[str], cues: np.ndarray) -> csr_matrix:
    """The feature rows of `texts`: every feature block, then the cue columns."""
    return stack([_transform(block, texts) for block in features], cues)


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
