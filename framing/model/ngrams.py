"""Word and character n-gram TF-IDF for the classifiers: scikit-learn's matrices, computed faster.

- `CharNgramVectorizer`: the same matrix as `TfidfVectorizer(analyzer="char_wb")`, computed word by
  word: char_wb n-grams never cross a word boundary, so a text's n-gram counts are the sum of its
  words' counts, and each word's counts are worked out once and kept (news vocabulary repeats).
- `WordNgramVectorizer`: scikit-learn's word TfidfVectorizer, the same matrix, with n-grams looked
  up as numbers by numpy, and from the tokens `framing.text.tokenize` already found when scoring.
These keep `framing score --model` within reach of lexicon-only speed.
"""

from __future__ import annotations

import itertools
import numbers
import re
import threading

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l1, inplace_csr_row_normalize_l2
from sklearn.utils.validation import check_is_fitted

from .text_input import _TextInput, documents


_CACHE_LIMIT = 200_000  # words (token types) kept by the n-gram vectorizers; news vocabulary rarely passes it


def _tfidf_in_place(tfidf: TfidfTransformer, counts: sp.csr_matrix) -> sp.csr_matrix:
    """`tfidf.transform(counts, copy=False)` for a fresh float64 CSR matrix of counts that we built:
    the same steps, without the input checks, which pass over every value twice."""
    if tfidf.sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1.0
    if hasattr(tfidf, "idf_"):
        counts.data *= tfidf.idf_[counts.indices]
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(counts)
    elif tfidf.norm == "l1":
        inplace_csr_row_normalize_l1(counts)
    elif tfidf.norm is not None:
        raise ValueError(f"unknown norm {tfidf.norm!r}")
    return counts


class CharNgramVectorizer(_TextInput, TransformerMixin, BaseEstimator):
    """TF-IDF of character n-grams inside word boundaries: `TfidfVectorizer(analyzer="char_wb")`, faster.

    Parameters match TfidfVectorizer's of the same names; the vocabulary is sorted like its.
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (2, 5),
        min_df: float | int = 2,
        max_df: float | int = 1.0,
        sublinear_tf: bool = True,
        lowercase: bool = True,
    ):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf
        self.lowercase = lowercase

    def _word_ngrams(self):
        return TfidfVectorizer(
            analyzer="char_wb", ngram_range=tuple(self.ngram_range), lowercase=False
        ).build_analyzer()

    def _split(self, docs) -> list[list[str]]:
        """Each document's words, as char_wb sees them: whitespace-separated, lower-cased."""
        return [(str(doc).lower() if self.lowercase else str(doc)).split() for doc in docs]

    def _words(self, docs) -> tuple[sp.csr_matrix, list[str]]:
        """Documents x distinct words of the training texts (counts), and those words."""
        split = self._split(docs)
        words = [w for ws in split for w in ws]
        distinct = list(dict.fromkeys(words))
        index = dict(zip(distinct, range(len(distinct))))
        indices = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
        indptr = np.zeros(len(split) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, split), dtype=np.int64, count=len(split)), out=indptr[1:])
        counts = sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(split), len(distinct)))
        counts.sum_duplicates()
        return counts, distinct

    def fit(self, X, y=None):
        self._fit_counts(documents(X))
        return self

    def fit_transform(self, X, y=None):
        counts = self._fit_counts(documents(X))
        return self.tfidf_.transform(counts)

    def _fit_counts(self, X) -> sp.csr_matrix:
        docs, words = self._words(X)
        ngrams = self._word_ngrams()
        vocabulary: dict[str, int] = {}
        rows, cols = [], []
        for i, word in enumerate(words):
            for gram in ngrams(word):
                rows.append(i)
                cols.append(vocabulary.setdefault(gram, len(vocabulary)))
        per_word = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(words), len(vocabulary)))
        counts = (docs @ per_word).tocsc()
        n_docs = counts.shape[0]
        df = np.diff(counts.indptr)
        low = self.min_df if isinstance(self.min_df, numbers.Integral) else self.min_df * n_docs
        high = self.max_df if isinstance(self.max_df, numbers.Integral) else self.max_df * n_docs
        names = np.array(list(vocabulary), dtype=object)
        keep = np.flatnonzero((df >= low) & (df <= high))
        if not len(keep):
            raise ValueError("After pruning, no character n-grams remain; lower min_df or give more text.")
        keep = keep[np.argsort(names[keep])]
        self.vocabulary_ = {str(names[j]): k for k, j in enumerate(keep)}
        self.tfidf_ = TfidfTransformer(sublinear_tf=self.sublinear_tf).fit(counts[:, keep])
        self.n_features_in_ = 1
        return counts[:, keep].tocsr()

    def transform(self, X):
        return self.transform_words([str(doc).split() for doc in documents(X)])

    def transform_words(self, split: list[list[str]]):
        """`transform` of texts given as their whitespace-separated words, as written (the table
        lower-cases each word type once: lower-casing a word alone is the same as in its text)."""
        check_is_fitted(self, "vocabulary_")
        table = self.__dict__.get("_table")
        if (
            table is None
            or table.vocabulary is not self.vocabulary_
            or table.lowercase != self.lowercase
            or len(table) > _CACHE_LIMIT
        ):
            table = self._table = _WordNgrams(self.vocabulary_, self._word_ngrams(), self.lowercase)
        indptr = np.zeros(len(split) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, split), dtype=np.int64, count=len(split)), out=indptr[1:])
        words = np.fromiter(
            map(table.__getitem__, itertools.chain.from_iterable(split)), dtype=np.int64, count=indptr[-1]
        )
        per_word = table.matrix()  # after numbering this batch's words: it has rows for all of them
        docs = sp.csr_matrix((np.ones(len(words)), words, indptr), shape=(len(split), per_word.shape[0]))
        return _tfidf_in_place(self.tfidf_, docs @ per_word)  # a fresh product: no copy needed

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "vocabulary_")
        names = np.empty(len(self.vocabulary_), dtype=object)
        for gram, k in self.vocabulary_.items():
            names[k] = gram
        return names

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_table", None)
        return state


class _WordNgrams(dict):
    """Word -> its number; per number, the vocabulary columns of the word's character n-grams.

    Kept across batches: news vocabulary repeats, so most words are numbered, not sliced again.
    Dask workers score batches in threads that share it, so numbering and the matrix are locked.
    """

    def __init__(self, vocabulary: dict[str, int], ngrams, lowercase: bool):
        super().__init__()
        self.vocabulary = vocabulary
        self.ngrams = ngrams
        self.lowercase = lowercase  # words come as written
        self.columns: list[int] = []
        self.ends: list[int] = [0]  # per word, where its columns end in `columns`
        self._matrix: sp.csr_matrix | None = None
        self._lock = threading.Lock()

    def __missing__(self, word: str) -> int:
        vocabulary = self.vocabulary
        columns = [vocabulary[g] for g in self.ngrams(word.lower() if self.lowercase else word) if g in vocabulary]
        with self._lock:
            number = self.get(word)  # another thread may have numbered it meanwhile
            if number is None:
                self.columns += columns
                self.ends.append(len(self.columns))
                number = self[word] = len(self.ends) - 2
                self._matrix = None
        return number

    def matrix(self) -> sp.csr_matrix:
        """Words x vocabulary n-gram counts (every word numbered so far), rebuilt only after new words."""
        with self._lock:
            if self._matrix is None:
                columns = np.asarray(self.columns, dtype=np.int64)
                self._matrix = sp.csr_matrix(
                    (np.ones(len(columns)), columns, np.asarray(self.ends, dtype=np.int64)),
                    shape=(len(self.ends) - 1, len(self.vocabulary)),
                )
                self._matrix.sum_duplicates()
            return self._matrix


class WordNgramVectorizer(TfidfVectorizer):
    """`TfidfVectorizer` with the same fit and the same matrix, and a transform several times faster.

    For the plain word analyzer (token pattern, lower case, n-grams), every vocabulary word gets a
    number and every vocabulary n-gram a key computed from its words' numbers; a batch's n-grams
    are then looked up with numpy (`searchsorted`) instead of joined into strings and counted per
    document. `transform_tokens` starts from the tokens `framing.text.tokenize` already found, so
    a corpus run with a model does not run the token pattern again. Other settings fall back to
    scikit-learn's transform.
    """

    def _fast(self) -> bool:
        return (
            self.analyzer == "word"
            and self.token_pattern == _DEFAULT_PATTERN
            and self.input == "content"
            and not (self.tokenizer or self.preprocessor or self.stop_words or self.strip_accents)
        )

    def _ngram_keys(self) -> _NgramKeys:
        """Vocabulary word numbers and sorted n-gram keys, built once per fitted vocabulary."""
        cached = self.__dict__.get("_keys")
        if cached is None or cached.vocabulary is not self.vocabulary_:
            cached = self._keys = _NgramKeys(self.vocabulary_, self.lowercase)
        return cached

    def fit(self, raw_documents, y=None):
        return super().fit(documents(raw_documents), y)

    def fit_transform(self, raw_documents, y=None):
        return super().fit_transform(documents(raw_documents), y)

    def transform(self, raw_documents):
        raw_documents = documents(raw_documents)
        if not self._fast() or _keys_overflow(self):
            return super().transform(raw_documents)
        check_is_fitted(self, "vocabulary_")
        keys = self._ngram_keys()
        docs = [doc.lower() if self.lowercase else doc for doc in raw_documents]
        tokens = itertools.chain.from_iterable(zip(map(_WORDS, docs), itertools.repeat((_END,))))
        ids = np.fromiter(
            map(keys.numbers.get, itertools.chain.from_iterable(tokens), itertools.repeat(-1)), dtype=np.int64
        )
        return _tfidf_in_place(self._tfidf, keys.counts(ids, len(docs)))

    def transform_tokens(self, token_lists: list[list[str]]):
        """`transform` of texts given as the token lists `framing.text.tokenize` made of them.

        The token pattern's matches in a text are those in each of its tokens (a run of word
        characters never spans two tokens), so each token type is split, lower-cased and looked
        up once (the same result except for a Greek final sigma next to an apostrophe).
        """
        if not self._fast() or _keys_overflow(self):
            return self.transform([" ".join(tokens) for tokens in token_lists])  # other settings: as texts
        check_is_fitted(self, "vocabulary_")
        keys = self._ngram_keys()
        if len(keys.of_token) > _CACHE_LIMIT:
            keys.of_token = _TokenIds(keys)
        table = keys.of_token  # one table for the whole batch, whatever other threads do
        lists = itertools.chain.from_iterable(zip(token_lists, itertools.repeat((_END,))))
        tokens = itertools.chain.from_iterable(lists)
        total = sum(map(len, token_lists)) + len(token_lists)
        types = np.fromiter(map(table.__getitem__, tokens), dtype=np.int64, count=total)
        return _tfidf_in_place(self._tfidf, keys.counts(table.expand(types), len(token_lists)))

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_keys", None)
        # scikit-learn's id() of the stop words, only to skip checking them again: a memory address
        # would make two files of one model differ
        state.pop("_stop_words_id", None)
        return state


_DEFAULT_PATTERN = r"(?u)\b\w\w+\b"


_WORDS = re.compile(r"\w\w+").findall  # the same matches as the default pattern, faster


_END = "\x00"  # put after each text's tokens: never a token of the pattern, nor of `text.tokenize`


class _NgramKeys:
    """A word-n-gram vocabulary as numbers: each vocabulary word a number from 0, each n-gram the
    key sum(number * base ** k), so a batch's n-grams are found by `searchsorted`, not as strings.

    Token ids: a word's number, -1 for a word outside the vocabulary, -2 for the end of a text;
    an n-gram with a negative id in it is not counted, which also keeps n-grams inside one text.
    """

    def __init__(self, vocabulary: dict[str, int], lowercase: bool):
        self.vocabulary = vocabulary
        self.lowercase = lowercase
        numbers: dict[str, int] = {}
        for gram in vocabulary:
            for word in gram.split(" "):
                numbers.setdefault(word, len(numbers))
        self.base = len(numbers) + 1
        by_n: dict[int, tuple[list[int], list[int]]] = {}
        for gram, column in vocabulary.items():
            key = 0
            for word in gram.split(" "):
                key = key * self.base + numbers[word]
            keys, columns = by_n.setdefault(gram.count(" ") + 1, ([], []))
            keys.append(key)
            columns.append(column)
        self.tables: list[tuple[int, np.ndarray, np.ndarray]] = []  # (n, sorted keys, their columns)
        for n, (keys, columns) in sorted(by_n.items()):
            order = np.argsort(np.asarray(keys, dtype=np.int64), kind="stable")
            self.tables.append((n, np.asarray(keys, dtype=np.int64)[order], np.asarray(columns, dtype=np.int64)[order]))
        numbers[_END] = -2
        self.numbers = numbers
        self.of_token = _TokenIds(self)

    def counts(self, ids: np.ndarray, n_docs: int) -> sp.csr_matrix:
        """Documents x vocabulary counts from the token ids of `n_docs` texts, each closed by -2."""
        doc_of = np.cumsum(ids == -2)  # the text of each token: the ends before it
        rows, cols = [], []
        for n, keys, columns in self.tables:
            m = len(ids) - n + 1
            if m <= 0:
                continue
            key = ids[:m].copy()
            ok = key >= 0
            for k in range(1, n):
                following = ids[k : k + m]
                key = key * self.base + following
                ok &= following >= 0
            key = key[ok]
            where = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
            hit = keys[where] == key
            rows.append(doc_of[:m][ok][hit])
            cols.append(columns[where[hit]])
        rows_all = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        cols_all = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        counts = sp.csr_matrix((np.ones(len(rows_all)), (rows_all, cols_all)), shape=(n_docs, len(self.vocabulary)))
        counts.sum_duplicates()
        return counts


class _TokenIds(dict[str, int]):
    """Token as `framing.text.tokenize` wrote it -> a type number; per type, the ids of the token
    pattern's matches in it (none for punctuation, two for "well-known"), kept flat for numpy.
    Numbering is locked: Dask workers score batches in threads that share the table."""

    def __init__(self, keys: _NgramKeys):
        super().__init__()
        self.ngram_keys = keys  # not `keys`, which would hide dict.keys()
        self.first: list[int] = []  # per type, where its ids start in `ids`
        self.size: list[int] = []  # per type, how many it has
        self.ids: list[int] = []
        self._lock = threading.Lock()

    def __missing__(self, token: str) -> int:
        keys = self.ngram_keys
        pieces = (
            [-2]
            if token == _END
            else [keys.numbers.get(w, -1) for w in _WORDS(token.lower() if keys.lowercase else token)]
        )
        with self._lock:
            number = self.get(token)  # another thread may have numbered it meanwhile
            if number is None:
                number = self[token] = len(self.first)
                self.first.append(len(self.ids))
                self.size.append(len(pieces))
                self.ids += pieces
        return number

    def expand(self, types: np.ndarray) -> np.ndarray:
        """The token ids of a sequence of type numbers, each type replaced by its own ids."""
        with self._lock:
            size = np.asarray(self.size, dtype=np.int64)
            first = np.asarray(self.first, dtype=np.int64)
            ids = np.asarray(self.ids, dtype=np.int64)
        size, first = size[types], first[types]
        ends = np.cumsum(size)
        where = np.repeat(first - ends + size, size) + np.arange(ends[-1] if len(ends) else 0)
        return ids[where]


def _keys_overflow(vectorizer: WordNgramVectorizer) -> bool:
    """Would n-gram keys overflow 64 bits? (Only for huge vocabularies with long n-grams.)"""
    check_is_fitted(vectorizer, "vocabulary_")
    return (len(vectorizer.vocabulary_) + 1) ** vectorizer.ngram_range[1] >= 2**62
