"""Narrative cues: lemmatised matching of the narrative lexicons, sentence by sentence.

The signal matcher (framing/match.py) matches word forms; Russian and Ukrainian inflect too much
for that ("война", "войны", "войну" ...), so narrative cues are matched on lemmas: pymorphy3 for
Russian and Ukrainian, the lower-cased form elsewhere. A lemma is worked out once per word type
(`Lemmatizer` keeps them), which keeps a corpus run fast. Both the article's words and the cue
terms go through the same lemmatizer, so a term is written in any form ("войну" = "война").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Callable

from ..lexicon.schema import ProximityRule, SignalSpec, Term
from ..text import TYPE_KEPT, Doc, SentenceRules, abbreviation_periods, in_text, read_past, tokenize

_MORPH_LANGS = {"ru", "uk"}
_CACHE_LIMIT = 500_000
_SHAPES = SentenceRules()  # the sentence rules of `tokenize`'s default: dotted abbreviations and initials


class Lemmatizer(dict):
    """Lower-cased word -> lemma, computed once per word type."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._parse: Callable[[str], str] | None = None
        if lang in _MORPH_LANGS:
            import pymorphy3

            morph = pymorphy3.MorphAnalyzer(lang=lang)
            self._parse = lambda word: morph.parse(word)[0].normal_form

    def __missing__(self, word: str) -> str:
        if len(self) > _CACHE_LIMIT:
            self.clear()
        lemma = word
        if self._parse is not None and word.isalpha():
            lemma = self._parse(word).replace("ё", "е")
        if len(word) <= TYPE_KEPT:
            self[word] = lemma
        return lemma


_LEMMATIZERS: dict[str, Lemmatizer] = {}


def lemmatizer(lang: str) -> Lemmatizer:
    """One shared lemmatizer per language (its cache is the point)."""
    if lang not in _LEMMATIZERS:
        _LEMMATIZERS[lang] = Lemmatizer(lang)
    return _LEMMATIZERS[lang]


@dataclass(frozen=True)
class Cue:
    """One narrative cue found: the sentence it is in, its token range and the term or rule."""

    narrative: str  # cue file id
    sentence: int
    first: int
    last: int
    text: str  # the term as written in the file, or the proximity rule id
    weight: float
    alone: bool = True  # false: the term's `alone = false`, no evidence without another cue of its narrative


def _pattern(term: Term, lemma: Lemmatizer) -> tuple[str, ...]:
    """A term's words as lemmas; wildcards stay as written (a prefix is compared with forms and lemmas)."""
    return tuple(w if "*" in w else lemma[w] for w in term.words)


def _word_fits(pattern: str, form: str, lemma: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith("*"):
        return form.startswith(pattern[:-1]) or lemma.startswith(pattern[:-1])
    return lemma == pattern


class CueMatcher:
    """Finds the cues of every narrative lexicon of one language in a document.

    Every pattern (a term, or one side of a proximity rule) is indexed by its first word: a
    literal lemma in one dict, a prefix (`войн*`) in another looked up by the token's first
    characters, so a token costs a few dict lookups however many patterns there are.
    """

    def __init__(self, specs: dict[str, SignalSpec], lang: str) -> None:
        self.lemma = lemmatizer(lang)
        self.specs = specs
        self.ids = tuple(specs)
        self._literal: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        self._prefix: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        # (narrative, term or rule id, weight, rule or -1, alone)
        self._slots: list[tuple[str, str, float, int, bool]] = []
        self._rules: list[tuple[str, ProximityRule, int, int]] = []  # (narrative, rule, slot of a, slot of b)
        for sid, spec in specs.items():
            for term in spec.terms:
                self._index([term], (sid, term.text, term.weight, -1, term.alone))
            for rule in spec.proximity:
                k = len(self._rules)
                self._rules.append(
                    (
                        sid,
                        rule,
                        self._index(rule.a, (sid, rule.id, rule.weight, k, True)),
                        self._index(rule.b, (sid, rule.id, rule.weight, k, True)),
                    )
                )
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._starts: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # word form -> patterns it may start

    def _index(self, terms, slot: tuple[str, str, float, int, bool]) -> int:
        number = len(self._slots)
        self._slots.append(slot)
        for term in terms:
            pattern = _pattern(term, self.lemma)
            first = pattern[0]
            if first == "*":
                continue  # the schema refuses a lone * at either end
            (self._prefix[first[:-1]] if first.endswith("*") else self._literal[first]).append((pattern, number))
        return number

    def _starting(self, form: str, lem: str) -> list[tuple[tuple[str, ...], int]]:
        """The patterns whose first word fits this word type (kept: most types start none)."""
        found = list(self._literal.get(lem, ()))
        for n in self._prefix_lengths:
            for key in {form[:n], lem[:n]}:
                found += self._prefix.get(key, ())
        if len(self._starts) > _CACHE_LIMIT:
            self._starts.clear()
        if len(form) <= TYPE_KEPT:
            self._starts[form] = found
        return found

    def find_text(self, text: str) -> tuple[Doc, list[Cue]]:
        doc = tokenize(text)
        return doc, self.find(doc)

    def find(self, doc: Doc) -> list[Cue]:
        """Every cue in `doc`: terms and proximity rules, within sentences, read past the periods of dotted
        abbreviations and initials inside a sentence ("U.S. sanctions"), as the signal matcher reads them
        (`find_text` splits sentences by these shapes alone, in any language: no title list)."""
        periods = abbreviation_periods(doc.tokens, doc.sentence_tokens, _SHAPES)
        if not periods:
            return self._find(doc)
        read, gaps = read_past(doc, periods)
        return [
            replace(cue, first=in_text(gaps, cue.first), last=in_text(gaps, cue.last - 1) + 1)
            for cue in self._find(read)
        ]

    def _find(self, doc: Doc) -> list[Cue]:
        norms = doc.norms
        lemma = self.lemma
        lemmas = [lemma[w] for w in norms]
        starts = self._starts
        cues: list[Cue] = []
        for index, (start, end) in enumerate(doc.sentence_tokens):
            sides: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for i in range(start, end):
                form = norms[i]
                candidates = starts.get(form)
                if candidates is None:
                    candidates = self._starting(form, lemmas[i])
                if not candidates:
                    continue
                for pattern, slot in candidates:
                    if not _fits(pattern, norms, lemmas, i, end):
                        continue
                    sid, text, weight, rule, alone = self._slots[slot]
                    if rule < 0:
                        cues.append(Cue(sid, index, i, i + len(pattern), text, weight, alone))
                    else:
                        sides[slot].append((i, i + len(pattern)))
            for sid, proximity, a, b in self._rules:
                if a in sides and b in sides:
                    pair = _near(sides[a], sides[b], proximity)
                    if pair:
                        cues.append(Cue(sid, index, pair[0], pair[1], proximity.id, proximity.weight))
        return cues

    def counts(self, cues: list[Cue]) -> list[float]:
        """Weighted cue count per narrative, in `ids` order (the model's lexicon features)."""
        totals = dict.fromkeys(self.ids, 0.0)
        for cue in cues:
            totals[cue.narrative] += cue.weight
        return [totals[sid] for sid in self.ids]


def _fits(pattern: tuple[str, ...], norms: list[str], lemmas: list[str], at: int, end: int) -> bool:
    if at + len(pattern) > end:
        return False
    return all(_word_fits(p, norms[at + k], lemmas[at + k]) for k, p in enumerate(pattern))


def _near(a_hits: list[tuple[int, int]], b_hits: list[tuple[int, int]], rule) -> tuple[int, int] | None:
    """The first pair of an `a` and a `b` hit at most `window` words apart (in order when asked)."""
    for a0, a1 in a_hits:
        for b0, b1 in b_hits:
            if rule.ordered and b0 < a1:
                continue
            gap = b0 - a1 if b0 >= a1 else a0 - b1
            if 0 <= gap <= rule.window:
                return min(a0, b0), max(a1, b1)
    return None
