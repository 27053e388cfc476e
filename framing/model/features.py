"""The lexicon signals as classifier features: `FramingVectorizer`, a scikit-learn transformer.

Texts in, one row of lexicon-signal features per text out (counts by voice, weights, negations,
rates, sentence shares, the sourcing mix, length). It follows the estimator API, so it drops into any
user's Pipeline, FeatureUnion or GridSearchCV. The lexicon files read in `fit` are kept inside the
fitted object, so a saved model scores with the lexicons it was trained with, whatever the installed
ones have become since. The word and character n-gram blocks are in `ngrams.py`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ..lexicon.loader import LexiconSet, search_path
from ..pipeline import Analyzer, ArticleResult
from .text_input import _TextInput, documents
from .signal_rows import _KINDS, _PER_SIGNAL, _compiled, _from_sources, finish, sentence_counts


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
        names += [f"sourcing_{kind}" for kind in ("attributed",) + _KINDS] + [
            "sourcing_loaded_cues",
            "n_words",
            "n_sentences",
        ]
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
        X = documents(X)
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
                sums[i, k * width : (k + 1) * width] = (
                    s.count,
                    s.weighted,
                    s.by_voice["author"],
                    s.by_voice["quoted"],
                    s.by_voice["reported"],
                    s.negated,
                )
                shares[i, k * width] = s.sentence_share
            src = result.sourcing
            shares[i, kinds : kinds + 1 + len(_KINDS)] = (
                src.attributed,
                src.named,
                src.anonymous,
                src.vague,
                src.state_media,
            )
            sums[i, -1] = src.loaded_cues
            n_words[i], n_sentences[i] = len(text.split()), result.n_sentences
        return self._finish(sums, shares, n_words, n_sentences)

    def transform_sentences(
        self, results: ArticleResult | list[ArticleResult], n_words: np.ndarray | None = None
    ) -> np.ndarray:
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
        words = (
            n_words
            if n_words is not None
            else np.fromiter((len(s.split()) for r in results for s in r.sentences), dtype=float, count=len(rows))
        )
        return self._finish(rows, rows > 0, words, np.ones(len(rows)))

    def _sentence_counts(self, results: list[ArticleResult]) -> np.ndarray:
        return sentence_counts(self.signals_, results)

    def _finish(self, sums: np.ndarray, shares: np.ndarray, n_words: np.ndarray, n_sentences: np.ndarray) -> np.ndarray:
        return finish(self.signals_, self.log_counts, sums, shares, n_words, n_sentences)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "feature_names_")
        return self.feature_names_.copy()

    def __getstate__(self):
        # the compiled analyzer is rebuilt from `lexicon_sources_`; never pickled or saved
        state = super().__getstate__()
        state.pop("_analyzer", None)
        return state
