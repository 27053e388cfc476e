"""Word stems for the English narrative model: "sanctions", "sanctioned" and "sanctioning" are one feature.

A few hundred training articles see most words in one or two forms only; on stems the English model
learns from every form at once (out of fold over three splits of the folds: coarse +0.013 to +0.015,
fine +0.006 to +0.015). Stems come from NLTK's Snowball ("Porter2") stemmer at training time only: the
saved feature block keeps each training word form with its stem (`forms`), so reading an article maps
its words through a table and needs no stemmer. A form no training article held is not read, as an
unseen word never was.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import numpy as np

STEMMED = {"en": "english"}  # languages whose word features are stems, with the Snowball stemmer's name
_WORDS = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default tokens, as the unstemmed blocks read them


class Stems:
    """A vectorizer's tokenizer: the text's words (already lower-cased) as stems, each word form
    stemmed once; `forms` gives the forms it met whose stem a fitted vocabulary kept."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._stem_of: dict[str, str] = {}

    def __call__(self, text: str) -> list[str]:
        words, stem_of = _WORDS.findall(text), self._stem_of
        missing = set(words).difference(stem_of)
        if missing:
            stem = _stemmer(self.language).stem
            stem_of.update((w, stem(w)) for w in missing)
        return [stem_of[w] for w in words]

    def forms(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The word forms met whose stem is a word of `terms` (unigrams or bigrams), and those stems."""
        kept = {word for term in terms for word in term.split(" ")}
        pairs = sorted((form, stem) for form, stem in self._stem_of.items() if stem in kept and form != stem)
        return np.array([f for f, _ in pairs], dtype=str), np.array([s for _, s in pairs], dtype=str)


@cache
def _stemmer(language: str) -> Any:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(language)
