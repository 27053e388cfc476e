"""Compiled lexicon x tokens -> matches.

In: a `LexiconSet` (compiled once per run into `Matcher`) and a tokenized `Doc`. Out: `Match`
records, one per counted occurrence, with the entry and rule behind it.

Cost grows with text length, not lexicon size: each distinct token type (as written) is looked
up once in a hash index of anchor words (and of wildcard prefixes, by length) and the answer is
cached; per document, one loop asks that cache about each token, and multi-word terms are grouped
by the neighbour word checked first, so the work per token does not depend on the number of terms.
Lower-cased forms are taken once per token type, with its lookup (`Matcher._forms`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Final, NamedTuple

from .lexicon.loader import LexiconSet
from .lexicon.schema import ContextRule, ProximityRule, Term
from .text import TYPE_KEPT, Doc, SentenceRules, abbreviation_periods, form_of, holds_any, in_text, read_past

_CACHE_LIMIT = 500_000  # distinct token types kept; a corpus vocabulary rarely passes this

EXCEPTION, TERM, PROX_A, PROX_B = 0, 1, 2, 3  # the order `_resolve` needs after sorting


class Match(NamedTuple):
    """One counted occurrence of a signal: tokens [first, last) of sentence `sentence`.

    A named tuple: an article has dozens, and building tuples is the cheapest way to have them.
    """

    signal: str
    entry: str  # the term as written, or the proximity rule's id
    sentence: int
    first: int
    last: int
    weight: float
    negated: bool = False
    rule: str = ""  # "proximity", "context: flipped from hedging", ... ("" for a plain term)


# `tuple.__new__` and the class held in constants: the compiled caller reaches both without a lookup, and the
# named tuple's Python-level `__new__` (a frame of the interpreter) is left out
_TUPLE_NEW: Final = tuple.__new__
_MATCH: Final = Match


def _new_match(fields: tuple[str, str, int, int, int, float, bool, str]) -> Match:
    """Match(*fields): all eight fields given, in fewer instructions than through `functools.partial` (p43)."""
    return _TUPLE_NEW(_MATCH, fields)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: int
    owner: int  # signal index, or proximity rule index
    words: tuple[str, ...]
    exact: tuple[str, ...] | None
    term: Term
    anchor: int  # the word the entry is indexed by
    checks: tuple[tuple[int, str], ...]  # (offset, word) of the other words, literal words first
    index: int = 0  # its place in `Matcher._entries`: found matches sort by it, not by object


def _anchor(words: tuple[str, ...], common: frozenset[str]) -> int:
    """Index a term by its rarest word: the longest literal word that is not a common one ("the end
    of" is looked for at "end", not at every "the"); terms of wildcards only by their first prefix."""
    literal = [(w not in common, len(w), k) for k, w in enumerate(words) if not w.endswith("*")]
    return max(literal)[2] if literal else 0


def _entry(kind: int, owner: int, term: Term, common: frozenset[str], index: int) -> _Entry:
    anchor = _anchor(term.words, common)
    others = [(k, w) for k, w in enumerate(term.words) if k != anchor]
    others.sort(key=lambda kw: kw[1].endswith("*"))
    return _Entry(kind, owner, term.words, term.exact, term, anchor, tuple(others), index)


@dataclass(frozen=True, slots=True)
class _Context:
    """A context rule compiled once per run: its one-word literal phrases before the match as a set (one
    lookup per neighbour), its other phrases as word tuples, and how far back and ahead it looks. A class
    of this module, so that compiled code reads its fields directly (a named tuple's, and the rule's own,
    by a generic attribute lookup each)."""

    rule: ContextRule
    action: str  # the rule's
    window: int  # the rule's
    closing_name: bool  # the rule's
    opening_name: bool  # the rule's
    opening_label: bool  # the rule's
    name_after: bool  # the rule's
    one_word: bool  # the rule's
    not_labels: frozenset[str]  # the rule's
    before_words: frozenset[str]  # one-word literal phrases of any case
    before_phrases: tuple[tuple[str, ...], ...]
    before_cased: tuple[tuple[tuple[int, str], ...], ...]  # each phrase's (offset, word) compared as written
    before_reach: int  # window + the longest phrase before the match; 0 when it has none
    after_phrases: tuple[tuple[str, ...], ...]
    after_cased: tuple[tuple[tuple[int, str], ...], ...]
    after_reach: int
    before_needs: tuple[frozenset[str], ...]  # each phrase's literal words: all must be near for it to fit
    after_needs: tuple[frozenset[str], ...]
    # every literal word of the phrases on a side (None when one phrase has none): a match with none of
    # them within reach is passed over without reading its window
    before_any: frozenset[str] | None
    after_any: frozenset[str] | None
    denials: frozenset[str]  # negators opening a phrase before the match ("not a"): a negative question's asks
    answer_phrases: tuple[tuple[str, ...], ...]  # phrases opening the next sentence ("no ,"): an answer
    answer_cased: tuple[tuple[tuple[int, str], ...], ...]
    answer_firsts: frozenset[str] | None  # the phrases' first words (None when one is a prefix): a quick refusal


def _literal(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in words if "*" not in w)


def _cased(phrase: Term, rules: SentenceRules) -> tuple[tuple[int, str], ...]:
    """(offset, word as written) of the phrase's words that match only in their case (`ContextRule`), offsets as
    `_read` leaves the words."""
    if phrase.exact is None:
        return ()
    exact = _without(phrase.exact, _periods_in(phrase.words, rules))
    return tuple((k, w) for k, w in enumerate(exact) if w != "*")


def _context(rule: ContextRule, negators: frozenset[str], rules: SentenceRules) -> _Context:
    befores = [(_read(p.words, rules), _cased(p, rules)) for p in rule.before]
    words = frozenset(p[0] for p, cased in befores if len(p) == 1 and "*" not in p[0] and not cased)
    before = [(p, cased) for p, cased in befores if len(p) > 1 or "*" in p[0] or cased]
    after = [(_read(p.words, rules), _cased(p, rules)) for p in rule.after]
    answered_by = [(_read(p.words, rules), _cased(p, rules)) for p in rule.answered_by]
    before_needs = tuple(_literal(p) for p, _ in before)
    after_needs = tuple(_literal(p) for p, _ in after)
    return _Context(
        rule,
        rule.action,
        rule.window,
        rule.closing_name,
        rule.opening_name,
        rule.opening_label,
        rule.name_after,
        rule.one_word,
        frozenset(rule.not_labels),
        words,
        tuple(p for p, _ in before),
        tuple(cased for _, cased in before),
        rule.window + max(len(p.words) for p in rule.before) if rule.before else 0,
        tuple(p for p, _ in after),
        tuple(cased for _, cased in after),
        rule.window + max(len(p.words) for p in rule.after) if rule.after else 0,
        before_needs,
        after_needs,
        None if not all(before_needs) else words.union(*before_needs),
        None if not all(after_needs) else frozenset().union(*after_needs),
        frozenset(p.words[0] for p in rule.before) & negators,
        tuple(p for p, _ in answered_by),
        tuple(cased for _, cased in answered_by),
        None if any("*" in p[0] for p, _ in answered_by) else frozenset(p[0] for p, _ in answered_by),
    )


@dataclass
class MatchResult:
    matches: list[Match]
    cancelled: list[tuple[Match, str]] = field(default_factory=list)  # (match, why)


def _word_ok(pattern: str, token: str) -> bool:
    """Does lower-cased `token` fit one word of an entry (a literal, `prefix*` or `*`)?"""
    if pattern == "*":
        return token[0].isalnum() or token[0] == "_"
    if pattern[-1] == "*":
        return token.startswith(pattern[:-1])
    return pattern == token


class _TypeCache(dict):
    """Token type -> what it anchors: its form's entries (literally or by prefix), or None; worked out the
    first time the type is asked for (the per-token lookup reaches `__missing__` only for new types, and
    then in this one call: news brings ~80 new types an article).

    Multi-word entries are grouped by the offset and text of the literal word checked first,
    so a position looks up its neighbour once instead of trying every entry on the anchor.
    """

    def __init__(self, matcher: Matcher):
        super().__init__()
        self.matcher = matcher

    def __missing__(self, token: str) -> _Lookup | None:
        return self.matcher._type_lookup(token)


# (singles as (high, low, exact); per neighbour offset, neighbour word -> (two-word entries as (high,
# low), longer entries); entries whose first checked word is a wildcard). High and low: an entry's parts
# of a found match's key (`Matcher._key_parts`)
_Lookup = tuple[
    tuple[tuple[int, int, tuple[str, ...] | None], ...],
    tuple[tuple[int, dict[str, tuple[tuple[tuple[int, int], ...], tuple[_Entry, ...]]]], ...],
    tuple[_Entry, ...],
]

# `Matcher._match`'s default for a type its cache has not met; typed optional, so that compiled it is one object
# (a `_Lookup` is an unboxed tuple, boxed anew at each use) and `is` finds it
_UNSEEN: Final[_Lookup | None] = ((), (), ())


class Matcher:
    """A lexicon set compiled for matching. Build once per run; `match` is the hot path."""

    def __init__(self, lexicons: LexiconSet):
        self.signal_ids = list(lexicons.signals)
        self.specs = list(lexicons.signals.values())
        self.negators = lexicons.language_spec.negators
        language = lexicons.language_spec
        self.sentence_rules = SentenceRules(
            language.no_break_after,
            language.no_break_before_number,
            language.may_end_sentence,
            language.sentence_starters,
        )
        self.contexts = [_rules_by_entry(s.context, self.negators, self.sentence_rules) for s in self.specs]
        self.negation_window = lexicons.language_spec.negation_window
        self.question_auxiliaries = lexicons.language_spec.question_auxiliaries
        self.question_subjects = lexicons.language_spec.question_subjects
        common = language.common_words
        self.rules: list[tuple[int, ProximityRule]] = []
        self._entries: list[_Entry] = []
        self._literal: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        # per token type as written: what it anchors (None when nothing); per lower-cased form too
        self._lookups = _TypeCache(self)
        self._by_form: dict[str, _Lookup | None] = {}
        self._negator_types: set[str] = set()  # token types (as written) that are negators
        self._forms: dict[str, str] = {}  # token type -> its `norm`, where the two differ
        # types over `TYPE_KEPT` characters met in this document, with their forms: forgotten after it
        self._long: list[tuple[str, str]] = []
        # (signal, term) of the terms written with an abbreviation's period at their end ("u.s."): the
        # span of such a match takes in the period after its last word
        self._period_ends: set[tuple[str, str]] = set()
        for index, spec in enumerate(self.specs):
            for term in spec.terms:
                self._add(TERM, index, term, common)
            for term in spec.exceptions:
                self._add(EXCEPTION, index, term, common)
            if spec.role in ("cue", "loaded_cue"):  # "That said, …": the writer's words, no cue and no evidence of one
                for phrase in sorted(lexicons.language_spec.discourse_phrases):
                    where = "[sourcing] discourse_phrases of _language.toml"  # named in a cancelled match's reason
                    self._add(EXCEPTION, index, Term(phrase, tuple(phrase.split()), origin=where), common)
            for rule in spec.proximity:
                rule_index = len(self.rules)
                self.rules.append((index, rule))
                for term in rule.a:
                    self._add(PROX_A, rule_index, term, common)
                for term in rule.b:
                    self._add(PROX_B, rule_index, term, common)
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        # the ends of rules with `ends_as_terms`, by entry index: the text of the signal's term with the
        # same words ("" when the end is no term of it); other rules' ends are never checked
        self._strict_ends: dict[int, str] = {}
        for e in self._entries:
            if e.kind >= PROX_A and self.rules[e.owner][1].ends_as_terms:
                terms = self.specs[self.rules[e.owner][0]].terms
                same = [t.text for t in terms if _read(t.words, self.sentence_rules) == e.words and t.exact == e.exact]
                self._strict_ends[e.index] = same[0] if same else ""
        self._texts = [e.term.text for e in self._entries]
        self._weights = [e.term.weight for e in self._entries]
        self._key_parts()
        # a form is tried against the prefixes only when it starts like one of them
        self._shortest_prefix = self._prefix_lengths[0] if self._prefix_lengths else 0
        self._prefix_heads = {p[: self._shortest_prefix] for p in self._prefix}

    def _add(self, kind: int, owner: int, term: Term, common: frozenset[str]) -> None:
        index = len(self._entries)
        drop = _periods_in(term.words, self.sentence_rules)
        if drop:
            if kind == TERM and len(term.words) - 1 in drop:
                self._period_ends.add((self.signal_ids[owner], term.text))
            term = replace(term, words=_without(term.words, drop), exact=term.exact and _without(term.exact, drop))
        entry = _entry(kind, owner, term, common, index)  # made with its index: no copy (8,000 entries at start-up)
        key = entry.words[entry.anchor]
        self._entries.append(entry)
        if key.endswith("*"):
            self._prefix.setdefault(key[:-1], []).append(index)
        else:
            self._literal.setdefault(key, []).append(index)

    def _key_parts(self) -> None:
        """Lay out the int that stands for a found match, so that sorting the ints sorts the matches by
        (kind, owner, first token, longest first, entry index): from the top, an entry's `_high` (its kind
        and owner), the first token, its sentence, then an entry's `_low` (the length mask less its length, so
        that the longer sorts first, and its index). The fields of a document's tokens and sentences are as
        wide as it needs (`match`). Ints, not tuples: an article sorts dozens of these, and a tuple's
        comparison is a generic call per field."""
        self._index_bits = len(self._entries).bit_length()
        self._length_mask = (1 << max((len(e.words) for e in self._entries), default=0).bit_length()) - 1
        self._owner_bits = max(len(self.specs), len(self.rules)).bit_length()
        self._low_bits = self._length_mask.bit_length() + self._index_bits
        self._high = [e.kind << self._owner_bits | e.owner for e in self._entries]
        self._low = [(self._length_mask - len(e.words)) << self._index_bits | e.index for e in self._entries]

    def _fields(self, key: int, at: int, top: int) -> tuple[int, int, int, int, int]:
        """(owner, first token, length, sentence, entry index) of a found match's key, whose first token
        starts at bit `at` and owner at bit `top`. Compiled, the tuple is returned unboxed."""
        index_bits = self._index_bits
        return (
            (key >> top) & ((1 << self._owner_bits) - 1),
            (key >> at) & ((1 << (top - at)) - 1),
            self._length_mask - ((key >> index_bits) & self._length_mask),
            (key >> self._low_bits) & ((1 << (at - self._low_bits)) - 1),
            key & ((1 << index_bits) - 1),
        )

    def _type_lookup(self, token: str) -> _Lookup | None:
        """`_TypeCache`'s entry for a new token type, worked out and kept: a method, so that `_match` calls it directly,
        where the dict subclass's `__missing__` was a method called by name (~400 instructions a new type, round p48)."""
        form = form_of(token)  # compiled, without `norm`'s cache: a type comes here once
        if form != token:
            self._forms[token] = form
        if form in self.negators:
            self._negator_types.add(token)
        if form in self._by_form:
            lookup = self._by_form[form]
        else:
            # most forms anchor nothing: neither a literal anchor nor starting like a prefix (no call)
            anchors = form in self._literal or form[: self._shortest_prefix] in self._prefix_heads
            lookup = self._by_form[form] = self._compile(form) if anchors else None
        self._lookups[token] = lookup
        if len(token) > TYPE_KEPT:
            self._long.append((token, form))
        return lookup

    def _compile(self, form: str) -> _Lookup | None:
        hits = [self._entries[k] for k in self._literal.get(form, ())]
        if form[: self._shortest_prefix] in self._prefix_heads:
            for length in self._prefix_lengths:
                if length > len(form):
                    break
                hits += [self._entries[k] for k in self._prefix.get(form[:length], ())]
        if not hits:
            return None
        high, low = self._high, self._low
        singles = tuple((high[e.index], low[e.index], e.exact) for e in hits if len(e.words) == 1)
        keyed: dict[int, dict[str, tuple[list, list]]] = {}
        loose = []
        for e in hits:
            if len(e.words) == 1:
                continue
            k, word = e.checks[0]
            if word.endswith("*"):
                loose.append(e)
                continue
            pairs, longer = keyed.setdefault(k - e.anchor, {}).setdefault(word, ([], []))
            if len(e.words) == 2 and e.exact is None:  # the neighbour fitting is the whole match
                pairs.append((high[e.index], low[e.index]))
            else:
                longer.append(e)
        frozen = tuple(
            (offset, {w: (tuple(pairs), tuple(longer)) for w, (pairs, longer) in table.items()})
            for offset, table in keyed.items()
        )
        return singles, frozen, tuple(loose)

    def match(self, doc: Doc) -> MatchResult:
        """All matches in `doc`, sorted by position; context-cancelled ones listed apart.

        An abbreviation's period inside a sentence ("a major U.S. war") stands between no words: terms,
        wildcards, proximity windows, negation and context rules read the text without it, and a
        match's tokens are those of the text (its last is a word, never the period read past).
        """
        tokens = doc.tokens
        periods = abbreviation_periods(tokens, doc.sentence_tokens, self.sentence_rules)
        if not periods:
            result = self._match(doc)
            ends = self._period_ends
            if ends:  # "in the u.s." at a sentence's end, where the text's period is read: only those re-placed
                result.matches = [
                    self._placed([m], [], tokens)[0] if (m.signal, m.entry) in ends else m for m in result.matches
                ]
            return result
        read, gaps = read_past(doc, periods)
        result = self._match(read)
        result.matches = self._placed(result.matches, gaps, tokens)
        cancelled = result.cancelled
        placed = self._placed([m for m, _ in cancelled], gaps, tokens)
        result.cancelled = [(m, why) for m, (_, why) in zip(placed, cancelled)]
        return result

    def _placed(self, matches: list[Match], gaps: list[int], tokens: list[str]) -> list[Match]:
        """`matches`, found on the tokens `read_past` left (`gaps`), at their tokens in the text: each ends
        with its last word, or with the period after it when its term is written with that period ("u.s.")."""
        ends = self._period_ends
        out = []
        for signal, entry, sentence, first, last, weight, negated, rule in matches:
            last = in_text(gaps, last - 1) + 1
            if ends and last < len(tokens) and tokens[last] == "." and (signal, entry) in ends:
                last += 1
            out.append(_new_match((signal, entry, sentence, in_text(gaps, first), last, weight, negated, rule)))
        return out

    def _match(self, doc: Doc) -> MatchResult:
        """`match` on a text whose tokens are all read.

        One pass asks the per-type cache about each token; only the few tokens that anchor an
        entry (about one in six in news) are looked at further.
        """
        result = MatchResult([])
        tokens = doc.tokens
        if not tokens:
            return result
        if len(self._lookups) > _CACHE_LIMIT:
            self._lookups.clear()
            self._by_form.clear()
            self._negator_types.clear()
            self._forms.clear()
        # typed as a plain dict's: compiled, `get` is a direct lookup, where a subscript of the subclass went through
        # Python's generic subscript (~35 instructions more a token, round p42); a type not yet asked for gets
        # `_UNSEEN` (held by no type) and is worked out by the cache
        types: dict[str, _Lookup | None] = self._lookups
        lookups: list[_Lookup | None] = [  # most tokens anchor nothing (None)
            lookup if (lookup := types.get(token, _UNSEEN)) is not _UNSEEN else self._type_lookup(token)
            for token in tokens
        ]
        bounds = doc.sentence_tokens
        found: list[int] = []  # keys (`_key_parts`)
        at = len(bounds).bit_length() + self._low_bits  # the bit the first token starts at
        top = at + len(tokens).bit_length()  # and the entry's high part
        forms = self._forms
        sentence = 0
        here = 0  # the sentence's part of a key
        s0, s1 = bounds[0]
        # an index loop, compiled to C: `compress(count(), lookups)` made an int object and two iterator
        # steps for every token, anchor or not
        for p in range(len(lookups)):
            lookup = lookups[p]
            if lookup is None:
                continue
            if p >= s1:
                while p >= bounds[sentence][1]:
                    sentence += 1
                s0, s1 = bounds[sentence]
                here = sentence << self._low_bits
            singles, keyed, loose = lookup  # typed: unpacked without an iterator
            if singles:  # `if` before `for`: most of these are empty, and an empty loop costs an iterator
                for high, low, exact in singles:
                    if exact is None or _case_ok(tokens, p, exact):
                        found.append(high << top | p << at | here | low)
            for offset, table in keyed:
                j = p + offset
                if s0 <= j < s1:
                    neighbour = tokens[j]
                    if neighbour in forms:  # `in` tests, not calls: most neighbours fit nothing
                        neighbour = forms[neighbour]
                    if neighbour in table:
                        pairs, longer = table[neighbour]
                        for high, low in pairs:
                            found.append(high << top | (p if p < j else j) << at | here | low)
                        for entry in longer:
                            self._try(tokens, entry, p, s0, s1, here, at, top, found)
            if loose:
                for entry in loose:
                    self._try(tokens, entry, p, s0, s1, here, at, top, found)
        if found:
            self._resolve(doc, found, result, at, top)
        if self._long:
            self._forget_long()
        return result

    def _forget_long(self) -> None:
        """Drop the long types the document brought from the caches: kept, a corpus of distinct long words
        held each one and its form (a 1 MB word, 3 MB a record, round r9)."""
        for token, form in self._long:
            self._lookups.pop(token, None)
            self._forms.pop(token, None)
            self._by_form.pop(form, None)
            self._negator_types.discard(token)
        self._long.clear()

    def _try(
        self,
        tokens: list[str],
        entry: _Entry,
        p: int,
        s0: int,
        s1: int,
        here: int,
        at: int,
        top: int,
        found: list[int],
    ) -> None:
        """Record a multi-word entry anchored at position `p` if all its words fit in the sentence (`here`:
        the sentence's part of a key; `at`, `top`: where the first token and the entry's high part start)."""
        i = p - entry.anchor
        if s0 <= i and i + len(entry.words) <= s1 and self._rest_ok(tokens, i, entry.checks):
            if entry.exact is None or _case_ok(tokens, i, entry.exact):
                found.append(self._high[entry.index] << top | i << at | here | self._low[entry.index])

    def _rest_ok(self, tokens: list[str], i: int, checks: tuple[tuple[int, str], ...]) -> bool:
        """Do the words of a multi-word entry other than its anchor fit the tokens from `i`?"""
        forms = self._forms  # read as a dict: compiled, `get` is a direct call (a bound `get` was a generic one)
        for k, w in checks:
            token = tokens[i + k]
            token = forms.get(token, token)
            if w != token and not _word_ok(w, token):
                return False
        return True

    def _resolve(self, doc: Doc, found: list[int], result: MatchResult, at: int, top: int) -> None:
        """Leftmost-longest per signal, minus exceptions; then proximity, negation and context.

        `found` holds keys (`_key_parts`; the first token at bit `at`, the entry's high part at `top`):
        sorting it puts exceptions first, then groups terms by signal, in text order, longest first at
        each position, then the two ends of proximity rules.
        """
        found.sort()
        kinds = top + self._owner_bits
        first_term, first_a, first_b = (bisect_left(found, kind << kinds) for kind in (TERM, PROX_A, PROX_B))
        blocked: dict[int, list[tuple[int, int, int]]] = {}  # owner -> its exceptions' (first, end, entry), in order
        for k in range(first_term):
            owner, i, n, _, index = self._fields(found[k], at, top)
            blocked.setdefault(owner, []).append((i, i + n, index))
        texts, weights = self._texts, self._weights
        emitted: list[Match] = []
        dropped: list[Match] = []  # term matches a `cancel` rule took: `defer_to_terms` still defers to them
        bounds = doc.sentence_tokens
        ids = self.signal_ids
        contexts = self.contexts
        tokens = doc.tokens
        current, end = -1, -1
        for k in range(first_term, first_a):
            owner, i, n, sentence, index = self._fields(found[k], at, top)
            if owner != current:
                current, end = owner, -1
            if i < end:
                continue
            j = i + n
            if blocked:
                spans = blocked.get(owner)
                if spans and (cover := _covering(spans, i, j, self._length_mask)) >= 0:
                    match = _new_match((ids[owner], texts[index], sentence, i, j, weights[index], False, ""))
                    term = self._entries[cover].term
                    where = term.origin if term.line is None else f"line {term.line}"
                    result.cancelled.append((match, f'exception "{term.text}" ({where}) covers it'))
                    continue
            end = j
            # the bounds passed one by one: `*bounds[sentence]` made the compiled call a generic Python one (p42)
            s0, s1 = bounds[sentence]
            match = _new_match(
                (ids[owner], texts[index], sentence, i, j, weights[index], self._negated(tokens, i, s0, s1), "")
            )
            general, by_entry = contexts[owner]
            rules = by_entry.get(match.entry, general)
            kept = self._in_context(doc.tokens, bounds[sentence], match, rules, result, dropped) if rules else match
            if kept:
                emitted.append(kept)
        if first_a < first_b < len(found):
            emitted += self._proximity(doc, found, first_a, first_b, at, top, result, blocked, emitted, dropped)
        result.matches += _by_position(emitted, top - at)

    def _counted_ends(
        self,
        owner: int,
        ends: list[tuple[int, int, int]],
        matched: set[tuple[str, str, int, int]],
        blocked: dict[int, list[tuple[int, int, int]]],
    ) -> list[tuple[int, int, int]]:
        """The ends (first, last, entry index) of an `ends_as_terms` rule that its signal would count: none
        covered by one of its exceptions, and one that is also its term matched there as that term (not
        the "if" inside "as if", nor an "if" a context rule cancels). `matched`: (signal, entry, first,
        last) of the document's term matches."""
        spans = blocked.get(owner, [])
        signal = self.signal_ids[owner]
        kept = []
        for end in ends:
            i, j, index = end
            if spans and _covering(spans, i, j, self._length_mask) >= 0:
                continue
            term = self._strict_ends[index]
            if term and (signal, term, i, j) not in matched:
                continue
            kept.append(end)
        return kept

    def _negated(self, tokens: list[str], i: int, s0: int, s1: int) -> bool:
        """Is a match starting at token `i` negated: a negator at most `negation_window` tokens before it,
        in its sentence [s0, s1), that asks no negative question? A method with a loop, compiled to C: the
        closure it was made a generic call and a slice of the tokens per match."""
        negators = self._negator_types
        lo = i - self.negation_window
        for k in range(lo if lo > s0 else s0, i):
            if tokens[k] in negators and not self._asks(tokens, k, s0, s1):
                return True
        return False

    def _asks(self, tokens: list[str], k: int, s0: int, s1: int) -> bool:
        """Is the negator at `k` the "not" of a negative question ("Is this not a witch hunt?"): right after
        an auxiliary and a pronoun (the language file's lists), with a "?" after it in the sentence? Such a
        question asserts what follows it, so the negator denies nothing. Read only when a negator is near."""
        if k - 2 < s0:
            return False
        forms = self._forms
        subject, auxiliary = tokens[k - 1], tokens[k - 2]
        return (
            forms.get(subject, subject) in self.question_subjects
            and forms.get(auxiliary, auxiliary) in self.question_auxiliaries
            and "?" in tokens[k + 1 : s1]
        )

    def _denial_asked(self, tokens: list[str], bounds: tuple[int, int], match: Match, compiled: _Context) -> bool:
        """Does a negator that opens one of the rule's phrases before the match ("not a") ask a negative
        question? Then the rule, which reads a denial there, does not apply. Read only for a rule that applies."""
        openers = compiled.denials
        if not openers:
            return False
        s0, s1 = bounds
        forms = self._forms
        for k in range(max(s0, match.first - compiled.before_reach), match.first):
            token = tokens[k]
            if forms.get(token, token) in openers and self._asks(tokens, k, s0, s1):
                return True
        return False

    def _proximity(
        self,
        doc: Doc,
        found: list[int],
        first_a: int,
        first_b: int,
        at: int,
        top: int,
        result: MatchResult,
        blocked: dict[int, list[tuple[int, int, int]]],
        terms: list[Match],
        dropped: list[Match],
    ) -> list[Match]:
        """Proximity matches: per rule and sentence with both ends found (`found`'s keys from `first_a`
        and from `first_b`) and counted, for a rule with `ends_as_terms` (`blocked` holds the exceptions'
        spans, `terms` the term matches), the closest pair within the window; for a rule with `defer_to_terms`, the
        closest that no term match of the signal overlaps, kept or taken by a `cancel` rule (`dropped`): the sense
        rule decided that span, so "all-out bidding war" is no composed pair (round e40)."""
        b_hits: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for k in range(first_b, len(found)):
            rule_index, i, n, sentence, index = self._fields(found[k], at, top)
            b_hits.setdefault((rule_index, sentence), []).append((i, i + n, index))
        a_hits: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for k in range(first_a, first_b):
            rule_index, i, n, sentence, index = self._fields(found[k], at, top)
            if (rule_index, sentence) in b_hits:
                a_hits.setdefault((rule_index, sentence), []).append((i, i + n, index))
        out: list[Match] = []
        matched: set[tuple[str, str, int, int]] | None = None
        covered: dict[str, set[int]] | None = None  # for `defer_to_terms`: built once a pair asks
        for (rule_index, sentence), hits in a_hits.items():
            owner, rule = self.rules[rule_index]
            others = b_hits[rule_index, sentence]
            stops: list[tuple[int, int, int]] = []
            if rule.ends_as_terms:
                if matched is None:
                    matched = {(m.signal, m.entry, m.first, m.last) for m in terms}
                hits = self._counted_ends(owner, hits, matched, blocked)
                counted = self._counted_ends(owner, others, matched, blocked)
                stops = [end for end in others if end not in counted]
                others = counted
            taken: set[int] | None = None
            if rule.defer_to_terms:
                if covered is None:
                    covered = _covered_tokens(terms + dropped)
                taken = covered.get(self.signal_ids[owner])
            pair = _closest_pair(hits, others, rule, stops, taken)
            if pair:
                i, j = pair
                s0, s1 = doc.sentence_tokens[sentence]
                match = _new_match(
                    (
                        self.signal_ids[owner],
                        rule.id,
                        sentence,
                        i,
                        j,
                        rule.weight,
                        self._negated(doc.tokens, i, s0, s1),
                        "proximity",
                    )
                )
                general, by_entry = self.contexts[owner]
                rules = by_entry.get(match.entry, general)
                kept = (
                    self._in_context(doc.tokens, doc.sentence_tokens[sentence], match, rules, result)
                    if rules
                    else match
                )
                if kept:
                    out.append(kept)
        return out

    def _in_context(
        self,
        tokens: list[str],
        bounds: tuple[int, int],
        match: Match,
        rules: tuple[_Context, ...],
        result: MatchResult,
        vetoed: list[Match] | None = None,
    ) -> Match | None:
        """The match as the context rules for its entry leave it: cancelled (None), negated or flipped.

        A `require` rule cancels the match when none of its phrases is near, and otherwise lets the
        later rules decide; a `keep` rule whose phrase is near ends the reading with the match as it is.
        `vetoed` gets a match a `cancel` rule takes: its words are another sense, where a `require` rule
        only finds the term too weak alone ("escalation" with no conflict near, which "uncontrolled" may grade)."""
        seen: dict[tuple[int, int], tuple[list[str], set[str]]] = {}  # the rules of one match share their windows
        for compiled in rules:
            context = compiled.rule
            if compiled.action == "require":
                if self._context_applies(tokens, bounds, match, compiled, seen):
                    continue
                result.cancelled.append((match, f"context rule (line {context.line}) requires a neighbour it lacks"))
                return None
            if self._context_applies(tokens, bounds, match, compiled, seen):
                if compiled.action == "keep":
                    return match
                if compiled.action != "flip" and self._denial_asked(tokens, bounds, match, compiled):
                    continue
                if compiled.action == "cancel":
                    result.cancelled.append((match, f"context rule (line {context.line}) cancels it"))
                    if vetoed is not None:
                        vetoed.append(match)
                    return None
                if compiled.action == "negate":
                    return match._replace(negated=True, rule=f"context: negated (line {context.line})")
                assert context.to is not None  # the schema gives every "flip" rule its `to`
                return match._replace(signal=context.to, rule=f"context: flipped from {match.signal}")
        return match

    def _context_applies(
        self,
        tokens: list[str],
        bounds: tuple[int, int],
        match: Match,
        compiled: _Context,
        seen: dict[tuple[int, int], tuple[list[str], set[str]]],
    ) -> bool:
        """Is one of the rule's phrases within its window before or after the match (in its sentence)?
        `seen` keeps the windows read for this match (lower-cased, and as a set) for its next rules."""
        forms = self._forms
        s0, s1 = bounds
        first, last = match.first, match.last
        window = compiled.window
        lo = max(s0, first - compiled.before_reach)
        if compiled.before_reach and (
            compiled.before_any is None or _any_near(compiled.before_any, tokens, lo, first, forms)
        ):
            near, present = _window(tokens, lo, first, seen, forms)
            words = compiled.before_words
            if words and holds_any(near, words, max(s0, first - window - 1) - lo, len(near)):
                return True
            for phrase, needs, cased in zip(compiled.before_phrases, compiled.before_needs, compiled.before_cased):
                # a phrase with a word nowhere near cannot fit ("n't he" without "n't"): no scan
                if needs <= present:
                    n = len(phrase)
                    start = max(s0 + n, first - window) - n - lo
                    if _fits_from(phrase, near, start, first - n - lo, cased, tokens, lo):
                        return True
        hi = min(s1, last + compiled.after_reach)
        if compiled.after_reach and (
            compiled.after_any is None or _any_near(compiled.after_any, tokens, last, hi, forms)
        ):
            near, present = _window(tokens, last, hi, seen, forms)
            for phrase, needs, cased in zip(compiled.after_phrases, compiled.after_needs, compiled.after_cased):
                end = min(s1 - len(phrase), last + window) - last
                if needs <= present and _fits_from(phrase, near, 0, end, cased, tokens, last):
                    return True
        if compiled.opening_label and _opening_label(tokens, s0, first, compiled.not_labels):
            return True
        if compiled.answer_phrases and _answered_by(tokens, s1, compiled, forms):
            return True
        if compiled.opening_name and _opening_name(tokens, s0, first, last, s1):
            return True
        if compiled.name_after and last < s1 and tokens[first].islower() and tokens[last][0].isupper():
            return True  # a name it goes by ("the so-called Islamic State")
        if compiled.one_word and _one_word(tokens, s0, first, last, s1):
            return True
        return compiled.closing_name and _closing_name(tokens, s0, first, last, s1)


# Matchers built in this process, the last used last: (signal ids, the language spec and signal specs compiled, the
# matcher). The loader hands out the same frozen specs for the same lexicon files (lexicon/cache.py), so a second
# analyzer of a set finds its matcher here; a set with any spec replaced builds its own.
_built: list[tuple[list[str], list[object], Matcher]] = []
_BUILT_KEPT: Final = 4


def shared_matcher(lexicons: LexiconSet) -> Matcher:
    """The matcher of `lexicons`, built once per process for the same spec objects (0.2 s a build). Its type cache
    and per-document state are shared too: one matcher is used by one thread at a time."""
    ids = list(lexicons.signals)
    specs: list[object] = [lexicons.language_spec, *lexicons.signals.values()]
    for i, (kept_ids, kept_specs, matcher) in enumerate(_built):
        if kept_ids == ids and all(a is b for a, b in zip(kept_specs, specs)):
            _built.append(_built.pop(i))
            return matcher
    matcher = Matcher(lexicons)
    _built.append((ids, specs, matcher))
    del _built[:-_BUILT_KEPT]
    return matcher


def _covering(spans: list[tuple[int, int, int]], i: int, j: int, longest: int) -> int:
    """The entry of the first of `spans` (an owner's exceptions: first token, end, entry; in order of first token,
    none longer than `longest`) that overlaps tokens [i, j), else -1. Only those starting from `longest` tokens
    before `i` are read: a text dense with one signal's exceptions cost every term a read of them all (r15)."""
    for k in range(bisect_left(spans, (i - longest + 1,)), len(spans)):
        b0, b1, entry = spans[k]
        if b0 >= j:
            break
        if i < b1:
            return entry
    return -1


def _periods_in(words: tuple[str, ...], rules: SentenceRules) -> frozenset[int]:
    """The places of the periods that close an abbreviation in a term or phrase ("u.s", "."): `match`
    reads the text past them, and so reads terms and phrases without them."""
    if "." not in words[1:]:
        return frozenset()
    return frozenset(k for k in range(1, len(words)) if words[k] == "." and rules.closes_abbreviation(words[k - 1]))


def _without(words: tuple[str, ...], drop: frozenset[int]) -> tuple[str, ...]:
    return tuple(w for k, w in enumerate(words) if k not in drop)


def _read(words: tuple[str, ...], rules: SentenceRules) -> tuple[str, ...]:
    """A term's or phrase's words as `match` reads them: without its abbreviations' periods."""
    return _without(words, _periods_in(words, rules))


def _by_position(matches: list[Match], width: int) -> list[Match]:
    """`matches` sorted by (first, last) token, in their order where both are the same (as a stable sort
    would), the tokens counted in `width` bits. By ints packing the two and the place: they sort by one C
    comparison each, where a key of tuples cost a call and a tuple per match and a generic comparison per field."""
    places = len(matches).bit_length()
    keys = [(m[3] << width | m[4]) << places | k for k, m in enumerate(matches)]
    keys.sort()
    mask = (1 << places) - 1
    return [matches[key & mask] for key in keys]


def _closing_name(tokens: list[str], s0: int, first: int, last: int, s1: int) -> bool:
    """Does the match [first, last) close its sentence (no word after it) right after a name that follows
    a comma: one to four words, each capitalised but a leading "the" ("…, the Chicago Tribune reports.")?
    Read only for the matches of the few rules that ask for it."""
    for k in range(last, s1):
        if tokens[k][0].isalnum():
            return False
    k = first - 1
    while k >= s0 and first - k <= 4 and tokens[k][0].isupper():
        k -= 1
    if k >= s0 and k < first - 1 and tokens[k].lower() == "the":
        k -= 1
    return s0 <= k < first - 1 and tokens[k] == ","


def _opening_name(tokens: list[str], s0: int, first: int, last: int, s1: int) -> bool:
    """Does the match, in lower case, follow right after a name that opens its sentence: two to four capitalised
    words, or one in capitals ("RT"), a leading "the" allowed ("The Mail reports that", "Richmond Times-Dispatch
    reports")? Not one capitalised word ("Police reports that …", "Early reports"), a headline's "Reports" or a
    possessive ("The Post's reports"), nor a correspondent's sign-off, which reports nothing ("Ana Lo reports
    from Geneva.", "Ana Lo reports."). Read only for the matches of the few rules that ask for it."""
    if not tokens[first].islower() or last >= s1 or tokens[last].lower() == "from":
        return False
    if not (tokens[last][0].isalnum() or tokens[last] == ":"):
        return False
    k = s0 + (tokens[s0] in ("The", "the") and first - s0 > 1)
    name = tokens[k:first]
    if not 0 < len(name) <= 4 or not all(t[0].isupper() for t in name):
        return False
    return len(name) > 1 or k > s0 or len(name[0]) > 1 and name[0].isupper() and name[0].isalpha()


def _one_word(tokens: list[str], s0: int, first: int, last: int, s1: int) -> bool:
    """Does the match close a sentence of one word before it ("Showdown?"), quotation marks and dashes aside?
    A subheading's teaser, not a question put to anyone. Read only for the matches of the rules that ask for it."""
    if any(tokens[k][0].isalnum() for k in range(last, s1)):
        return False
    return sum(1 for k in range(s0, first) if tokens[k][0].isalnum()) == 1


_LIST_BULLETS: Final = frozenset(["-", "–", "•", "*", "·"])  # a sentence opening with one is a list's item


def _opening_label(tokens: list[str], s0: int, first: int, not_labels: frozenset[str]) -> bool:
    """Does the sentence open with a label before the match [first, …): one to three capitalised words and a
    colon ("DB: What would you say …?", "Defense Attorney : Were you hurt?", "FACT CHECK: Did she say …?")?
    A transcript's speaker or a line's label, never a clause ("Ask yourself: which state …?" has a word in lower
    case), nor one of the rule's `not_labels` ("Consider: who benefits …?", an imperative). Read only for the
    matches of the few rules that ask for it."""
    if tokens[s0] in _LIST_BULLETS:
        return s0 < first
    k = s0
    while k < first and k - s0 < 3 and tokens[k][0].isupper():
        k += 1
    return s0 < k < first and tokens[k] == ":" and " ".join(tokens[s0:k]).lower() not in not_labels


# marks passed over between a question and its answer: quotation marks, brackets and dashes (`text._QUOTE_MARKS` holds
# the quotation marks alone)
_AROUND_ANSWER: Final = frozenset(['"', "“", "”", "'", "‘", "’", "''", "``", "«", "»", "(", ")", "—", "–", "-"])


def _answered_by(tokens: list[str], s1: int, compiled: _Context, forms: dict[str, str]) -> bool:
    """Does the sentence ending at token `s1` end in "?" and the next open with one of the rule's `answered_by`
    phrases, up to two quotation marks or dashes passed over on either side ("Is it over? No, …", '… death knell?
    “No. But …')? A question answered at once. Read only for the matches of the few rules that ask for it."""
    k = s1 - 1
    while k > s1 - 3 and k >= 0 and tokens[k] in _AROUND_ANSWER:
        k -= 1
    if k < 0 or tokens[k] != "?":
        return False
    n = len(tokens)
    k = s1
    while k < n and k - s1 < 2 and tokens[k] in _AROUND_ANSWER:
        k += 1
    firsts = compiled.answer_firsts
    if k >= n or firsts is not None and forms.get(tokens[k], tokens[k]) not in firsts:
        return False
    for phrase, exact in zip(compiled.answer_phrases, compiled.answer_cased):
        if k + len(phrase) <= n:
            near = [forms.get(token, token) for token in tokens[k : k + len(phrase)]]
            if _phrase_fits(phrase, near, 0, exact, tokens, k):
                return True
    return False


def _any_near(words: frozenset[str], tokens: list[str], lo: int, hi: int, forms: dict[str, str]) -> bool:
    """Is the lower-cased form of one of tokens [lo, hi) among `words`? `forms`: the matcher's, which holds
    every token of the document whose form differs from it (a dict read; `text.norm`, a call, cost three
    times as much). A typed loop: compiled, it makes no slice, iterator or method call of its own
    (`isdisjoint` of a `map` over a slice did, 3,300 times in 100 articles)."""
    for k in range(lo, hi):
        token = tokens[k]
        if forms.get(token, token) in words:
            return True
    return False


def _window(
    tokens: list[str],
    lo: int,
    hi: int,
    seen: dict[tuple[int, int], tuple[list[str], set[str]]],
    forms: dict[str, str],
) -> tuple[list[str], set[str]]:
    """Tokens [lo, hi) lower-cased (by `forms`, as `_any_near`), and as a set: worked out once per match
    (a "?" has two rules reading the same sentence before it)."""
    known = seen.get((lo, hi))
    if known is None:
        near = [forms.get(token, token) for token in tokens[lo:hi]]
        known = seen[lo, hi] = near, set(near)
    return known


def _rules_by_entry(
    rules: tuple[ContextRule, ...], negators: frozenset[str], sentence_rules: SentenceRules
) -> tuple[tuple[_Context, ...], dict[str, tuple[_Context, ...]]]:
    """A signal's context rules, compiled, as (the rules for every entry, {entry: its rules in file
    order}): a rule with `terms` looks only at matches of those entries, and a match looks up its rules once."""
    compiled = [_context(rule, negators, sentence_rules) for rule in rules]
    general = tuple(c for c in compiled if not c.rule.terms)
    named = {term for rule in rules for term in rule.terms}
    return general, {entry: tuple(c for c in compiled if not c.rule.terms or entry in c.rule.terms) for entry in named}


def _fits_from(
    words: tuple[str, ...],
    forms: list[str],
    lo: int,
    hi: int,
    cased: tuple[tuple[int, str], ...],
    tokens: list[str],
    base: int,
) -> bool:
    """Does the phrase `words` fit lower-cased `forms` starting at some index in [lo, hi], its `cased` words as
    written too (`forms[k]` is `tokens[base + k]` lower-cased)? A literal first word is looked for by
    `list.index` (C-level): only where it stands is the rest compared."""
    first = words[0]
    if "*" in first:
        return any(_phrase_fits(words, forms, at, cased, tokens, base) for at in range(lo, hi + 1))
    at = max(lo, 0)
    while at <= hi:
        try:
            at = forms.index(first, at, hi + 1)
        except ValueError:
            return False
        if _phrase_fits(words, forms, at, cased, tokens, base):
            return True
        at += 1
    return False


def _phrase_fits(
    words: tuple[str, ...], forms: list[str], at: int, cased: tuple[tuple[int, str], ...], tokens: list[str], base: int
) -> bool:
    """Do lower-cased `forms[at:]` begin with the phrase `words`, and the tokens there fit its `cased` words?"""
    for k, w in enumerate(words):
        if not _word_ok(w, forms[at + k]):
            return False
    for k, w in cased:
        token = tokens[base + at + k].replace("’", "'")
        if not (token.startswith(w[:-1]) if w[-1] == "*" else token == w):
            return False
    return True


def _case_ok(tokens: list[str], i: int, exact: tuple[str, ...]) -> bool:
    """Do the tokens from `i`, as written, fit a case-sensitive entry?"""
    for k, pattern in enumerate(exact):
        token = tokens[i + k].replace("’", "'")
        if pattern != "*" and not (token.startswith(pattern[:-1]) if pattern[-1] == "*" else token == pattern):
            return False
    return True


def _covered_tokens(terms: list[Match]) -> dict[str, set[int]]:
    """The tokens each signal's term matches cover, read once per text: a `defer_to_terms` pair read every term match
    of the text, and 800 kB of stakes phrases took 36 s to match from source, not 1.3 s (round r16)."""
    covered: dict[str, set[int]] = {}
    for m in terms:
        covered.setdefault(m.signal, set()).update(range(m.first, m.last))
    return covered


def _overlapped(covered: set[int] | None, i: int, j: int) -> bool:
    """Does a term match, whose tokens are `covered`, overlap tokens [i, j)? A `defer_to_terms` rule's pair then
    counts as that term."""
    if covered:
        for k in range(i, j):
            if k in covered:
                return True
    return False


def _closest_pair(
    a_hits: list[tuple[int, int, int]],
    b_hits: list[tuple[int, int, int]],
    rule: ProximityRule,
    stops: list[tuple[int, int, int]],
    taken: set[int] | None = None,
) -> tuple[int, int] | None:
    """The nearest pair of ends within the rule's window. `stops`: `b` ends the signal does not count; one
    between the two ends is the nearer partner, so "will act if necessary, and if the talks fail" joins no
    "will" to the second "if". `taken`: tokens the signal's term matches cover (a `defer_to_terms` rule); a pair
    over one of them stays that term, and the next-closest pair is read instead (round e39: the sentence's other
    pair was lost)."""
    best: tuple[int, int, int] | None = None
    for a0, a1, _ in a_hits:
        for b0, b1, _ in b_hits:
            if a0 < b1 and b0 < a1:
                continue  # the same words cannot be both ends
            if rule.ordered and b0 < a0:
                continue
            if any(min(a1, b1) <= s0 and s1 <= max(a0, b0) for s0, s1, _ in stops):
                continue
            gap = b0 - a1 if a0 < b0 else a0 - b1
            if gap <= rule.window and (best is None or gap < best[0]):
                if taken and _overlapped(taken, min(a0, b0), max(a1, b1)):
                    continue
                best = (gap, min(a0, b0), max(a1, b1))
    return (best[1], best[2]) if best else None
