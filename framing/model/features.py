"""The lexicon signals as classifier features: `FramingVectorizer`, a scikit-learn transformer.

Texts in, one row of lexicon-signal features per text out (counts by voice, weights, negations,
rates, sentence shares, the sourcing mix, length). It follows the estimator API, so it drops into any
user's Pipeline, FeatureUnion or GridSearchCV. The lexicon files read in `fit` are kept inside the
fitted object, so a saved model scores with the lexicons it was trained with, whatever the installed
ones have become since. The word and character n-gram blocks are in `ngrams.py`.
"""
from __future__ import annotations

import hashlib
import itertools
import tempfile
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ..lexicon.loader import Layer, LexiconSet, load_lexicons, search_path
from ..pipeline import Analyzer, ArticleResult
from .ngrams import _TextInput

_PER_SIGNAL = ("count", "weighted", "author", "quoted", "reported", "negated")
_VOICE_COLUMN = {"author": 2, "quoted": 3, "reported": 4}
_KINDS = ("named", "anonymous", "vague", "state_media")
_analyzers: dict[str, Analyzer] = {}   # compiled lexicons per content hash: compiling is the slow part


def _compiled(layers: list[Layer], lang: str) -> tuple[Analyzer, dict[str, str]]:
    """The analyzer for these lexicon folders and their files' text, compiled once per process."""
    sources: dict[str, str] = {}
    for number, layer in enumerate(layers):
        if layer.path.is_dir():
            for path in sorted(layer.path.glob("*.toml")):
                sources[f"{number:02d}/{path.name}"] = path.read_text(encoding="utf-8")
    return _from_sources(sources, lang, layers), sources


def _from_sources(sources: dict[str, str], lang: str, layers: list[Layer] | None = None) -> Analyzer:
    key = hashlib.sha256(repr((lang, sorted(sources.items()))).encode()).hexdigest()
    analyzer = _analyzers.get(key)
    if analyzer is None:
        if layers is None:  # a fitted vectorizer rebuilt from the text it stored
            with tempfile.TemporaryDirectory() as tmp:
                for name, text in sources.items():
                    path = Path(tmp, name)
                    path.parent.mkdir(exist_ok=True)
                    path.write_text(text, encoding="utf-8")
                folders = sorted({name.split("/")[0] for name in sources})
                analyzer = Analyzer(load_lexicons(lang=lang, layers=[Layer(Path(tmp, f), "model") for f in folders]))
        else:
            analyzer = Analyzer(load_lexicons(lang=lang, layers=layers))
        _analyzers[key] = analyzer
    return analyzer


class FramingVectorizer(_TextInput, TransformerMixin, BaseEstimator):
    """Lexicon-signal features of each text, for a linear model next to word and character n-grams.

    Parameters
    ----------
    lexicons : list of folders, optional
        Extra lexicon folders layered over the shipped ones (as `framing score --lexicons`).
    lang : str
        Language of the lexicons.
    log_counts : bool
        Use log(1 + x) of counts and weights, so one long text does not dominate a linear model.

    Features per signal: count, weighted, author, quoted, reported, negated, per_1k and
    sentence_share; then the share of sentences attributed (any, named, anonymous, vague, state
    media), loaded attribution cues, words and sentences. `get_feature_names_out` names them.
    Words are counted by whitespace here (for per_1k and n_words): a sentence's count is then the
    same inside an article and alone, and costs nothing to take.
    """

    def __init__(self, lexicons: list[str] | None = None, lang: str = "en", log_counts: bool = True):
        self.lexicons = lexicons
        self.lang = lang
        self.log_counts = log_counts

    def fit(self, X, y=None):
        """Read and compile the lexicons; keep their text so the fitted object is self-contained."""
        layers = search_path([Path(p) for p in self.lexicons or []], self.lang)
        analyzer, self.lexicon_sources_ = _compiled(layers, self.lang)
        self._analyzer = analyzer
        self.lexicon_hash_ = analyzer.lexicons.hash
        self.signals_ = list(analyzer.lexicons.signals)
        names = [f"{sid}_{part}" for sid in self.signals_ for part in _PER_SIGNAL + ("per_1k", "sentence_share")]
        names += [f"sourcing_{kind}" for kind in ("attributed",) + _KINDS] + ["sourcing_loaded_cues",
                                                                              "n_words", "n_sentences"]
        self.feature_names_ = np.asarray(names, dtype=object)
        self.n_features_in_ = 1
        return self

    @property
    def analyzer(self) -> Analyzer:
        """The compiled lexicons (rebuilt from the stored text after loading a saved model)."""
        check_is_fitted(self, "lexicon_sources_")
        if getattr(self, "_analyzer", None) is None:
            self._analyzer = _from_sources(self.lexicon_sources_, self.lang)
        return self._analyzer

    @property
    def lexicon_set(self) -> LexiconSet:
        return self.analyzer.lexicons

    def transform(self, X):
        """One row per text: each text is analysed on its own, as one short article."""
        analyzer = self.analyzer
        width = len(_PER_SIGNAL)
        kinds = width * len(self.signals_)
        sums = np.zeros((len(X), kinds + len(_KINDS) + 2))
        shares = np.zeros_like(sums)
        n_words = np.zeros(len(X))
        n_sentences = np.zeros(len(X))
        for i, text in enumerate(X):
            text = str(text)
            result = analyzer.analyze(text, split_title=False, evidence=False)
            for k, sid in enumerate(self.signals_):
                s = result.signals[sid]
                sums[i, k * width: (k + 1) * width] = (s.count, s.weighted, s.by_voice["author"],
                                                       s.by_voice["quoted"], s.by_voice["reported"], s.negated)
                shares[i, k * width] = s.sentence_share
            src = result.sourcing
            shares[i, kinds: kinds + 1 + len(_KINDS)] = (src.attributed, src.named, src.anonymous, src.vague,
                                                         src.state_media)
            sums[i, -1] = src.loaded_cues
            n_words[i], n_sentences[i] = len(text.split()), result.n_sentences
        return self._finish(sums, shares, n_words, n_sentences)

    def transform_sentences(self, results: ArticleResult | list[ArticleResult],
                            n_words: np.ndarray | None = None) -> np.ndarray:
        """One row per body sentence of analysed articles, as `transform` gives for that sentence alone.

        Reuses the articles' matches instead of analysing each sentence again, which would double
        the cost of scoring with a model. Voices and sources are those seen in the article's context.
        Needs the articles analysed with sentences (`Analyzer.analyze(..., sentences=True)`).
        `n_words`, each sentence's whitespace-separated words, when the caller has counted them.
        """
        if isinstance(results, ArticleResult):
            results = [results]
        check_is_fitted(self, "signals_")
        rows = self._sentence_counts(results)
        words = n_words if n_words is not None else np.fromiter(
            (len(s.split()) for r in results for s in r.sentences), dtype=float, count=len(rows))
        return self._finish(rows, rows > 0, words, np.ones(len(rows)))

    def _sentence_counts(self, results: list[ArticleResult]) -> np.ndarray:
        """Raw per-sentence counts of a batch: per signal the _PER_SIGNAL columns, then sourcing kinds
        and loaded cues; built with numpy over all the batch's matches at once (a corpus batch has
        tens of thousands), not match by match."""
        kinds = len(_PER_SIGNAL) * len(self.signals_)
        width = kinds + len(_KINDS) + 2
        first = np.cumsum([0] + [r.n_sentences for r in results])    # each article's first row
        rows = np.zeros(int(first[-1]) * width)

        def flat(field: str, size: int) -> tuple[np.ndarray, list[tuple]]:
            """(row of each item, the items' other fields) of one per-sentence list of every article."""
            items = [getattr(r, field) for r in results]
            lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
            columns = list(zip(*itertools.chain.from_iterable(items))) or [()] * size
            return np.asarray(columns[0], dtype=np.int64) + np.repeat(first[:-1], lengths), columns[1:]

        row, (signals, weights, voices, negated) = flat("sentence_signals", 5)
        base = {sid: k * len(_PER_SIGNAL) for k, sid in enumerate(self.signals_)}
        column = np.fromiter(map(base.get, signals, itertools.repeat(-1)), dtype=np.int64, count=len(signals))
        known = column >= 0
        cell = (row * width + column)[known]
        voice = np.fromiter(map(_VOICE_COLUMN.__getitem__, voices), dtype=np.int64, count=len(voices))[known]
        np.add.at(rows, cell, 1.0)
        np.add.at(rows, cell + 1, np.asarray(weights, dtype=float)[known])
        np.add.at(rows, cell + voice, 1.0)
        np.add.at(rows, cell + 5, np.asarray(negated, dtype=float)[known])
        row, (kind, loaded) = flat("sentence_sources", 3)
        cell = row * width + kinds
        rows[cell] = 1                                   # attributed, and attributed by this kind: yes or no
        rows[cell + 1 + np.fromiter(map(_KINDS.index, kind), dtype=np.int64, count=len(kind))] = 1
        np.add.at(rows, cell + 1 + len(_KINDS), np.asarray(loaded, dtype=float))
        return rows.reshape(int(first[-1]), width)

    def _finish(self, sums: np.ndarray, shares: np.ndarray, n_words: np.ndarray, n_sentences: np.ndarray) -> np.ndarray:
        """Per-text features from summed sentence rows, shares of sentences, words and sentences."""
        width = len(_PER_SIGNAL)
        n_signals = len(self.signals_)
        scale = np.log1p if self.log_counts else (lambda x: x)
        per_signal = sums[:, : width * n_signals].reshape(len(sums), n_signals, width)
        counts = per_signal[:, :, 0]
        rate = np.divide(1000.0 * counts, n_words[:, None], out=np.zeros_like(counts), where=n_words[:, None] > 0)
        share = shares[:, : width * n_signals : width]
        signal_part = np.concatenate([scale(per_signal), rate[:, :, None], share[:, :, None]], axis=2)
        kinds = width * n_signals
        sourcing = shares[:, kinds: kinds + 1 + len(_KINDS)]
        tail = np.column_stack([scale(sums[:, -1]), scale(n_words), scale(n_sentences)])
        return np.hstack([signal_part.reshape(len(sums), n_signals * (width + 2)), sourcing, tail])

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "feature_names_")
        return self.feature_names_.copy()

    def __getstate__(self):
        # the compiled analyzer is rebuilt from `lexicon_sources_`; never pickled or saved
        state = super().__getstate__()
        state.pop("_analyzer", None)
        return state


