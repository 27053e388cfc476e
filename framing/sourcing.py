"""Attribution constructions and source kinds: who does the article say is speaking?

In: a `Doc` and its `Match` list. Out: `Attribution` records (cue, source phrase, source kind)
and, per sentence, the set of source kinds cited. The words come from five lexicon signals
(`reporting_verbs`, `loaded_attribution`, `anonymous_sources`, `vague_sources`, `state_media`) and
the `[sourcing]` section of the language file; this module only knows the constructions:

- a cue with its source after it: "according to X", "as reported by X", '..., said X';
- a cue with its source before it: "X said", "X claimed that ...";
- anonymity phrases that attribute by themselves: "a diplomat who spoke on condition of anonymity";
- state-media citations, which mark a sentence as sourced from state media wherever they stand;
- multi-word vague attributions that need no verb: "media reports have highlighted", "some say".

A source is `state_media`, `anonymous` or `vague` when a term of that lexicon lies in it,
`named` when it holds a capitalised name or one of the language file's `naming_words` (a pronoun,
a definite description: "the ministry"), and `vague` otherwise.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from .lexicon.schema import LanguageSpec
from .match import Match
from .text import Doc, is_word, norm

CUE_SIGNALS = ("reporting_verbs", "loaded_attribution")
KIND_SIGNALS = {"state_media": "state_media", "anonymous_sources": "anonymous", "vague_sources": "vague"}
KINDS = ("named", "anonymous", "vague", "state_media")
_PRIORITY = {"state_media": 0, "anonymous": 1, "vague": 2}   # when several kinds fit one source
_ATTRIBUTION_SIGNALS = frozenset(CUE_SIGNALS) | frozenset(KIND_SIGNALS)
_MAX_SOURCE_WORDS = 8
_DIRECT_QUOTE_MIN_WORDS = 4   # shorter quoted stretches are scare quotes ('fatal'), not quotations


class Attribution(NamedTuple):
    """One attributed statement: the cue, the source phrase and what kind of source it is.

    A named tuple, like `Match`: an article has several, and a frozen dataclass costs more to build.
    """

    sentence: int
    kind: str                      # named | anonymous | vague | state_media
    cue: str                       # the lexicon entry of the cue ("" for a self-attributing phrase)
    cue_tokens: tuple[int, int]
    source_tokens: tuple[int, int]
    loaded: bool                   # the cue editorialises ("claimed", "admitted")


def _is_punct(token: str) -> bool:
    """Punctuation rather than a word or a clitic, for a token as written (no need to lower-case it)."""
    head = token[0]
    return not (head.isalnum() or head == "_" or head == "'" or head == "’")


def direct_quote_sentences(doc: Doc) -> set[int]:
    """Sentences holding a direct quotation: quoted stretches of several words, not scare quotes."""
    direct: set[int] = set()
    if not doc.quotes:
        return direct
    firsts = [first for first, _ in doc.sentence_tokens]
    for q0, q1 in doc.quotes:
        if sum(1 for tok in doc.tokens[q0:q1] if is_word(tok)) >= _DIRECT_QUOTE_MIN_WORDS:
            direct.update(range(bisect_right(firsts, q0) - 1, bisect_right(firsts, max(q0, q1 - 1))))
    return direct


def find_attributions(doc: Doc, matches: list[Match], cue_direction: dict[tuple[str, str], str],
                      language: LanguageSpec, quoted: set[int] = frozenset()) -> list[Attribution]:
    """Attributions per sentence, in order. `cue_direction` maps (signal, entry) to its `source` option.

    A sentence in `quoted` (it holds a direct quotation) without a cue of its own continues the
    quotation of the sentence before or after it, and takes that sentence's source:
    "“We will not yield,” she said. “Not now, not ever.”"
    """
    by_sentence: dict[int, list[Match]] = {}
    for m in matches:
        if m.signal in _ATTRIBUTION_SIGNALS:
            by_sentence.setdefault(m.sentence, []).append(m)
    per_sentence: dict[int, list[Attribution]] = {}
    for sentence, ms in by_sentence.items():
        found = _sentence_attributions(doc, sentence, ms, cue_direction, language)
        if found:
            per_sentence[sentence] = found
    for sentence in sorted(quoted - set(per_sentence)):
        neighbour = per_sentence.get(sentence - 1) or per_sentence.get(sentence + 1)
        if neighbour:
            per_sentence[sentence] = [Attribution(sentence, neighbour[0].kind, "", (0, 0), (0, 0), False)]
    return [a for sentence in sorted(per_sentence) for a in per_sentence[sentence]]


def _sentence_attributions(doc: Doc, sentence: int, ms: list[Match], cue_direction: dict[tuple[str, str], str],
                           language: LanguageSpec) -> list[Attribution]:
    cues = [m for m in ms if m.signal in CUE_SIGNALS]
    kinds = [m for m in ms if m.signal in KIND_SIGNALS]
    out: list[Attribution] = []
    used: set[int] = set()
    for cue in cues:
        direction = cue_direction.get((cue.signal, cue.entry), "either")
        source = _source_span(doc, sentence, cue, direction, language)
        kind, used_kind = _classify(doc, source, kinds, language)
        if used_kind is not None:
            used.add(used_kind)
        out.append(Attribution(sentence, kind, cue.entry, (cue.first, cue.last), source,
                               cue.signal == "loaded_attribution"))
    # anonymity phrases, state-media citations and multi-word vague attributions ("media reports",
    # "some say") attribute a sentence even without a cue; a lone "experts" needs one
    for index, m in enumerate(kinds):
        kind = KIND_SIGNALS[m.signal]
        if index in used or (kind == "vague" and m.last - m.first < 2) or any(a.kind == kind for a in out):
            continue
        out.append(Attribution(sentence, kind, "", (m.first, m.first), (m.first, m.last), False))
    return out


def _source_span(doc: Doc, sentence: int, cue: Match, direction: str, language: LanguageSpec) -> tuple[int, int]:
    s0, s1 = doc.sentence_tokens[sentence]
    tokens = doc.tokens
    if direction == "either":
        inverted = cue.first == s0 or _is_punct(tokens[cue.first - 1])
        direction = "after" if inverted else "before"
    if direction == "after":
        i = cue.last
        while i < s1 and _is_punct(tokens[i]) and tokens[i] not in ".,;:":
            i += 1  # opening quotes: as reported by ‘Ukraine.ru’
        j = i
        while j < s1 and j - i < _MAX_SOURCE_WORDS and not _is_punct(tokens[j]):
            j += 1
        return (i, j)
    auxiliaries, stops = language.auxiliaries, language.source_stops
    j = cue.first
    while j > s0 and norm(tokens[j - 1]) in auxiliaries:
        j -= 1
    i = j
    while i > s0 and j - i < _MAX_SOURCE_WORDS and not _is_punct(tokens[i - 1]) and norm(tokens[i - 1]) not in stops:
        i -= 1
    return (i, j)


def _classify(doc: Doc, source: tuple[int, int], kinds: list[Match], language: LanguageSpec) -> tuple[str, int | None]:
    """The kind of a source span, and which kind-match (if any) decided it."""
    a, b = source
    best: tuple[int, int] | None = None
    for index, m in enumerate(kinds):
        kind = KIND_SIGNALS[m.signal]
        inside = m.first < b and a < m.last
        # anonymity is often stated after the verb: "..., said a diplomat who spoke on condition of anonymity"
        if inside or kind == "anonymous":
            if best is None or _PRIORITY[kind] < best[0]:
                best = (_PRIORITY[kind], index)
    if best is not None:
        return KIND_SIGNALS[kinds[best[1]].signal], best[1]
    if a == b:
        return "vague", None
    words = doc.tokens[a:b]
    if not language.naming_words.isdisjoint(map(norm, words)) or any(w[0].isupper() for w in words):
        return "named", None
    return "vague", None
