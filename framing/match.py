"""Compiled lexicon x tokens -> matches.

In: a `LexiconSet` (compiled once per run into `Matcher`) and a tokenized `Doc`. Out: `Match`
records, one per counted occurrence, with the entry and rule behind it.

Cost grows with text length, not lexicon size: each distinct token is looked up once in a hash
index of first words (and of wildcard prefixes, by length) and the answer is cached, so a
token costs one dict lookup on the hot path whatever the number of terms.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .lexicon.loader import LexiconSet
from .lexicon.schema import ProximityRule, Term
from .text import Doc

_CACHE_LIMIT = 500_000  # distinct token types kept; a corpus vocabulary rarely passes this

TERM, EXCEPTION, PROX_A, PROX_B = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Match:
    """One counted occurrence of a signal: tokens [first, last) of sentence `sentence`."""

    signal: str
    entry: str                 # the term as written, or the proximity rule's id
    sentence: int
    first: int
    last: int
    weight: float
    negated: bool = False
    rule: str = ""             # "proximity", "context: flipped from hedging", ... ("" for a plain term)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: int
    owner: int                 # signal index, or proximity rule index
    words: tuple[str, ...]
    exact: tuple[str, ...] | None
    term: Term


@dataclass
class MatchResult:
    matches: list[Match]
    cancelled: list[tuple[Match, str]] = field(default_factory=list)  # (match, why)


def _word_ok(pattern: str, token: str) -> bool:
    if pattern == "*":
        return token[0].isalnum() or token[0] == "_"
    if pattern[-1] == "*":
        return token.startswith(pattern[:-1])
    return pattern == token


class Matcher:
    """A lexicon set compiled for matching. Build once per run; `match` is the hot path."""

    def __init__(self, lexicons: LexiconSet):
        self.lexicons = lexicons
        self.signal_ids = list(lexicons.signals)
        self.specs = list(lexicons.signals.values())
        self.negators = lexicons.language_spec.negators
        self.negation_window = lexicons.language_spec.negation_window
        self.rules: list[tuple[int, ProximityRule]] = []
        self._literal: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        self._cache: dict[str, tuple[_Entry, ...]] = {}
        for index, spec in enumerate(self.specs):
            for term in spec.terms:
                self._add(_Entry(TERM, index, term.words, term.exact, term))
            for term in spec.exceptions:
                self._add(_Entry(EXCEPTION, index, term.words, term.exact, term))
            for rule in spec.proximity:
                rule_index = len(self.rules)
                self.rules.append((index, rule))
                for term in rule.a:
                    self._add(_Entry(PROX_A, rule_index, term.words, term.exact, term))
                for term in rule.b:
                    self._add(_Entry(PROX_B, rule_index, term.words, term.exact, term))
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._has_context = any(spec.context for spec in self.specs)

    def _add(self, entry: _Entry) -> None:
        first = entry.words[0]
        if first.endswith("*"):
            self._prefix.setdefault(first[:-1], []).append(entry)
        else:
            self._literal.setdefault(first, []).append(entry)

    def candidates(self, token: str) -> tuple[_Entry, ...]:
        """Entries whose first word fits `token` (cached per distinct token)."""
        found = self._cache.get(token)
        if found is None:
            hits = list(self._literal.get(token, ()))
            for length in self._prefix_lengths:
                if length > len(token):
                    break
                hits += self._prefix.get(token[:length], ())
            found = tuple(hits)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[token] = found
        return found

    def match(self, doc: Doc) -> MatchResult:
        """All matches in `doc`, sorted by position; context-cancelled ones listed apart."""
        result = MatchResult([])
        norms = doc.norms
        cache_get = self._cache.get
        for sentence, (s0, s1) in enumerate(doc.sentence_tokens):
            found: list[tuple[_Entry, int, int]] = []
            for i in range(s0, s1):
                cands = cache_get(norms[i])
                if cands is None:
                    cands = self.candidates(norms[i])
                if not cands:
                    continue
                for entry in cands:
                    n = len(entry.words)
                    if i + n > s1:
                        continue
                    if n > 1 and not all(_word_ok(w, norms[i + k]) for k, w in enumerate(entry.words[1:], 1)):
                        continue
                    if entry.exact is not None and not self._case_ok(doc, sentence, i, entry.exact):
                        continue
                    found.append((entry, i, i + n))
            if found:
                self._resolve(doc, sentence, found, result)
        return result

    def _case_ok(self, doc: Doc, sentence: int, i: int, exact: tuple[str, ...]) -> bool:
        spans = doc.token_spans(sentence)
        base = doc.sentence_tokens[sentence][0]
        for k, pattern in enumerate(exact):
            start, end = spans[i - base + k]
            token = doc.text[start:end].replace("’", "'")
            if pattern != "*" and not (token.startswith(pattern[:-1]) if pattern[-1] == "*" else token == pattern):
                return False
        return True

    def _resolve(self, doc: Doc, sentence: int, found: list[tuple[_Entry, int, int]], result: MatchResult) -> None:
        """Leftmost-longest per signal, minus exceptions; then proximity, negation and context."""
        by_signal: dict[int, list[tuple[_Entry, int, int]]] = {}
        blocked: dict[int, list[tuple[int, int]]] = {}
        prox: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        for entry, i, j in found:
            if entry.kind == TERM:
                by_signal.setdefault(entry.owner, []).append((entry, i, j))
            elif entry.kind == EXCEPTION:
                blocked.setdefault(entry.owner, []).append((i, j))
            else:
                sides = prox.setdefault(entry.owner, ([], []))
                sides[entry.kind - PROX_A].append((i, j))
        s0 = doc.sentence_tokens[sentence][0]
        for owner, hits in by_signal.items():
            hits.sort(key=lambda h: (h[1], h[1] - h[2]))
            spans = blocked.get(owner, ())
            end = -1
            for entry, i, j in hits:
                if i < end:
                    continue
                if any(i < b1 and b0 < j for b0, b1 in spans):
                    continue
                end = j
                self._emit(doc, sentence, s0, Match(self.signal_ids[owner], entry.term.text, sentence, i, j,
                                                    entry.term.weight), result)
        for rule_index, (a_hits, b_hits) in prox.items():
            owner, rule = self.rules[rule_index]
            pair = _closest_pair(a_hits, b_hits, rule)
            if pair:
                self._emit(doc, sentence, s0, Match(self.signal_ids[owner], rule.id, sentence, pair[0], pair[1],
                                                    rule.weight, rule="proximity"), result)

    def _emit(self, doc: Doc, sentence: int, s0: int, match: Match, result: MatchResult) -> None:
        norms = doc.norms
        window = norms[max(s0, match.first - self.negation_window):match.first]
        if self.negators and any(tok in self.negators for tok in window):
            match = replace(match, negated=True)
        if self._has_context:
            spec = self.specs[self.signal_ids.index(match.signal)]
            for rule in spec.context:
                if _context_applies(norms, doc.sentence_tokens[sentence], match, rule):
                    if rule.action == "cancel":
                        result.cancelled.append((match, f"context rule (line {rule.line}) cancels it"))
                        return
                    if rule.action == "negate":
                        match = replace(match, negated=True, rule=f"context: negated (line {rule.line})")
                    else:
                        match = replace(match, signal=rule.to, rule=f"context: flipped from {match.signal}")
                    break
        result.matches.append(match)


def _closest_pair(a_hits: list[tuple[int, int]], b_hits: list[tuple[int, int]], rule: ProximityRule) -> tuple[int, int] | None:
    best: tuple[int, int, int] | None = None
    for a0, a1 in a_hits:
        for b0, b1 in b_hits:
            if a0 < b1 and b0 < a1:
                continue  # the same words cannot be both ends
            if rule.ordered and b0 < a0:
                continue
            gap = b0 - a1 if a0 < b0 else a0 - b1
            if gap <= rule.window and (best is None or gap < best[0]):
                best = (gap, min(a0, b0), max(a1, b1))
    return (best[1], best[2]) if best else None


def _phrase_at(norms: list[str], start: int, words: tuple[str, ...]) -> bool:
    return all(_word_ok(w, norms[start + k]) for k, w in enumerate(words))


def _context_applies(norms: list[str], bounds: tuple[int, int], match: Match, rule) -> bool:
    s0, s1 = bounds
    for phrase in rule.before:
        n = len(phrase.words)
        for end in range(match.first, max(s0 + n, match.first - rule.window) - 1, -1):
            if end - n >= s0 and _phrase_at(norms, end - n, phrase.words):
                return True
    for phrase in rule.after:
        n = len(phrase.words)
        for start in range(match.last, min(s1 - n, match.last + rule.window) + 1):
            if _phrase_at(norms, start, phrase.words):
                return True
    return False
