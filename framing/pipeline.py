"""Orchestration used by the CLI and by notebooks: text in, `ArticleResult` out.

load (corpus/) -> tokenize (text.py) -> match (match.py) -> sourcing (sourcing/) ->
score (score.py). `Analyzer` compiles a lexicon set once; `analyze` runs one article.
Evidence offsets are character offsets into the normalized body (or headline) text.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from itertools import tee
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from . import __version__
from .lexicon.loader import LexiconSet, load_lexicons
from .lexicon.schema import LanguageSpec
from .match import Match, shared_matcher
from .score import SignalScores, SourcingSummary, opened_sentences, score_signals, summarize_sourcing
from .corpus.files import MAX_ARTICLE_BYTES
from .errors import FramingError, InputError, ModelError
from .sourcing import (
    CUE_ROLES,
    Attribution,
    Spans,
    direct_quote_sentences,
    direct_quote_spans,
    find_attributions,
    reported_contents,
    writer_cues,
)
from .sourcing.hybrid import beyond_rules
from .sourcing.contents import _LONG_DASHES  # an aside's pair of dashes, as the source readers read it
from .reading import blank_boilerplate, one_sentence_per_line
from .tables import score_columns
from .text import TURN, Doc, SentenceRules, normalize, tokenize

if TYPE_CHECKING:
    import pandas as pd

SOURCING_METHODS = ("rules", "trained", "hybrid")
SOURCING_ENV = "FRAMING_SOURCING"  # the default of `Analyzer(sourcing=...)`: reaches CLI runs and their workers
_HEADLINE_MAX_CHARS = 300
_NO_SENTENCE_PUNCT = re.compile(r"[.!?…]")
_LETTER = re.compile(r"[^\W\d_]")
# a text of numbers or symbols only: in a corpus, most often the wrong --text-col (flagged there: batch.workers)
NO_LETTERS = "the text holds no letters, only numbers or symbols"
_BLANK_LINE = re.compile(r"[ \t]*\n")
# Kept per article for evidence, attributions, JSON and a model's sentence labels: the memory of a
# record is bounded (a 5 MB text of a million sentences and matches printed 278 MB of JSON from a
# 3.5 GB process). Scores always count the whole text; a warning says what was left out.
HEADLINE_MIN_MATCHES = 2  # one word in a ten-word headline is 100 per 1,000: not a difference to state
MAX_SENTENCES_KEPT = 10_000
# and only the sentences that start in the first this many tokens: a text without full stops is cut into pieces of
# MAX_SENTENCE_TOKENS, so 10,000 "sentences" were the whole of a 9 MB text on one line, every one of its 1.6
# million tokens located for the evidence (190 MB; round d11). 10,000 news sentences hold about 250,000.
MAX_TOKENS_KEPT = 300_000
MAX_EVIDENCE_KEPT = 10_000
# A text of more tokens is matched and scored in blocks of whole sentences of about this many
# tokens (the same scores, in bounded memory: a million Match records alone took some 200 MB);
# an article has about 700.
MAX_SENTENCE_TOKENS = 1_000  # the longest of 50,000 sentences of news (PolNeAR, BASIL, PTC) has 325
BLOCK_TOKENS = 50_000


@dataclass(frozen=True, slots=True)
class Evidence:
    """One match as a user sees it: what matched, where, in whose voice."""

    part: str  # "body" or "headline"
    signal: str
    entry: str
    text: str
    sentence: int
    start: int
    end: int
    voice: str
    negated: bool
    weight: float
    rule: str


@dataclass
class ArticleResult:
    """Everything `framing score` reports for one article."""

    id: str
    title: str | None
    n_words: int
    n_sentences: int
    signals: SignalScores
    sourcing: SourcingSummary
    attributions: list[dict[str, Any]]
    evidence: list[Evidence]
    sentences: list[str]
    sentence_starts: list[int]
    headline: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    # with sentences: each body match as (sentence, signal, weight, voice, negated), each
    # attribution as (sentence, kind, loaded), and each sentence's tokens as written: what a
    # sentence-level model reads, without offsets
    sentence_signals: list[tuple[int, str, float, str, bool]] = field(default_factory=list)
    sentence_sources: list[tuple[int, str, bool]] = field(default_factory=list)
    tokens_by_sentence: list[list[str]] = field(default_factory=list)

    def to_dict(self, with_sentences: bool = False) -> dict[str, Any]:
        data = {
            "schema": "framing.article/1",
            "id": self.id,
            "title": self.title,
            "n_words": self.n_words,
            "n_sentences": self.n_sentences,
            "signals": {sid: s.to_dict() for sid, s in self.signals.items()},
            "sourcing": self.sourcing.to_dict(),
            "attributions": self.attributions,
            "headline": self.headline,
            "evidence": [asdict(e) for e in self.evidence],
            "warnings": self.warnings,
            "meta": self.meta,
        }
        if with_sentences:
            data["sentences"] = self.sentences
        return data

    def row(self) -> dict[str, Any]:
        """The article as one flat row of the corpus score table."""
        return dict(
            zip(["id"] + [name for name, _ in score_columns(tuple(self.signals))], (self.id, *self.row_values()))
        )

    def row_values(self) -> list[Any]:
        """The values of `row` without the id: what a corpus run writes."""
        return [self.n_words, self.n_sentences, *self.signals.row_values(), *self.sourcing.row_values()]

    def evidence_frame(self) -> pd.DataFrame:
        """Every match as a row of a pandas DataFrame (pandas is imported only here: `framing score`
        on one article never loads it)."""
        import pandas as pd

        return pd.DataFrame([asdict(e) for e in self.evidence], columns=list(Evidence.__dataclass_fields__))


def split_headline(
    text: str, rules: SentenceRules = SentenceRules(), labels: frozenset[str] = frozenset()
) -> tuple[str | None, str, Doc | None]:
    """A first line standing alone above a blank line is the headline, if it is one sentence.

    Some headlines end in a period; a first line of several sentences is a lead paragraph. The headline's
    tokens come back with it, so that scoring it does not tokenize it again. A transcript's first turn
    ("ANDERSON: …" with more turns below) is no headline; `labels`: the line labels that name no speaker.
    """
    head, sep, rest = text.lstrip().partition("\n")
    head = head.strip()
    if (
        sep
        and _BLANK_LINE.match(rest)
        and rest.strip()
        and head
        and len(head) <= _HEADLINE_MAX_CHARS
        and not _first_turn(head, rest, labels)
    ):
        doc = tokenize(head, rules)
        if doc.n_sentences == 1:
            return head, rest.strip("\n"), doc
    return None, text, None


def _first_turn(head: str, rest: str, labels: frozenset[str]) -> bool:
    """Is the first line a transcript's turn: a speaker in capitals before a colon, not a line label ("BREAKING:
    …"), with a later line opening with another speaker so? A headline quoting someone ("RUIZ: Plant Will Close")
    stands alone, and so does one the text repeats ("FT: Kiev will …" above "FT: Kiev will …")."""
    turn = TURN.match(head)
    if turn is None or turn.group(1).lower() in labels:
        return False
    speaker = turn.group(1)
    return any(later.group(1) != speaker and later.group(1).lower() not in labels for later in TURN.finditer(rest))


def sourcing_method(sourcing: str | None = None) -> str:
    """The sourcing method a run uses: `sourcing`, else $FRAMING_SOURCING, else "rules"."""
    sourcing = sourcing or os.environ.get(SOURCING_ENV, "") or "rules"
    if sourcing not in SOURCING_METHODS:
        raise FramingError(
            f'sourcing must be one of {", ".join(SOURCING_METHODS)} (found "{sourcing}"; '
            f"set by --sourcing, ${SOURCING_ENV} or the caller)"
        )
    return sourcing


class Analyzer:
    """A compiled lexicon set, ready to score many articles."""

    def __init__(self, lexicons: LexiconSet | None = None, sourcing: str | None = None):
        """`sourcing`: "rules" (lexicon cues and constructions), "trained" (the same, plus the cues
        the shipped attribution labeller finds among the words the lexicons miss, read by the same
        rules: better recall, slower) or "hybrid" (every attribution of the rules, plus the labeller's cues
        that lie outside all of them: `sourcing.hybrid`). None: $FRAMING_SOURCING, else "rules" (see README,
        "Sourcing")."""
        self.sourcing = sourcing = sourcing_method(sourcing)
        self.lexicons = lexicons if lexicons is not None else load_lexicons()
        self.labeller = None
        if sourcing != "rules":
            from .sourcing.attribution import MODEL_NAME, shipped_labeller  # numpy with it: the rules need neither

            self.labeller = shipped_labeller()
            if self.labeller is None:
                raise ModelError(
                    f"the attribution model {MODEL_NAME} is missing from this installation (`make models` rebuilds it)"
                )
        self._meta: dict[str, Any] | None = None
        self.matcher = shared_matcher(self.lexicons)
        self.rules = self.matcher.sentence_rules
        self.labels = {sid: s.label for sid, s in self.lexicons.signals.items()}
        self.roles = self.lexicons.sourcing_roles  # signal -> sourcing role, as the lexicon files declare
        self.sourcing_signals = frozenset(self.roles)
        self.cue_direction = {  # signal -> entry -> its `source` option
            sid: {term.text: term.source for term in self.lexicons.signals[sid].terms}
            for sid, role in self.roles.items()
            if role in CUE_ROLES
        }

    @property
    def meta(self) -> dict[str, Any]:
        if self._meta is None:
            self._meta = {
                "version": __version__,
                "lexicon_hash": self.lexicons.hash,
                "language": self.lexicons.language,
                "sourcing": self.sourcing,
            }
        return dict(self._meta)

    def analyze(
        self,
        text: str,
        title: str | None = None,
        id: str = "article",
        split_title: bool = True,
        evidence: bool = True,
        sentences: bool = False,
        lines: bool | None = None,
    ) -> ArticleResult:
        """Score one article. Without `title`, a stand-alone first line is taken as the headline.

        Lines of site furniture (the language file's `[boilerplate]`) are blanked, not scored. `lines`
        reads the text one sentence per line (None: when `one_sentence_per_line` says it is written so).

        `evidence` fills the evidence, attributions and sentences; `sentences` only the sentences
        and their per-sentence matches: what a sentence-level model needs, without building evidence.
        """
        _require_text("text", text)
        if title is not None:
            _require_text("title", title)
        sentences = sentences or evidence
        text = blank_boilerplate(normalize(text), self.lexicons.language_spec.boilerplate)
        head_doc = None
        if title is None and split_title:
            title, text, head_doc = split_headline(text, self.rules, self.lexicons.language_spec.line_labels)
        doc = _in_pieces(tokenize(text, self.rules, one_sentence_per_line(text) if lines is None else lines))
        direct = direct_quote_spans(doc) if doc.quotes else []
        quoted = direct_quote_sentences(doc, direct)
        n_kept = _n_kept(doc) if sentences else 0
        if len(doc.tokens) > BLOCK_TOKENS:
            scores, attributions, hedged, kept_matches, kept_voices, n_matches = self._in_blocks(
                doc, quoted, direct, n_kept
            )
        else:
            matches = self.matcher.match(doc).matches
            attributions = self._attributions(doc, matches, quoted, direct)
            voices = _voices(doc, matches, attributions, direct, self.lexicons.language_spec)
            scores = score_signals(matches, voices, self.labels, doc.n_words, doc.n_sentences)
            hedged = _hedged(matches)
            kept_matches, kept_voices, n_matches = matches, voices, len(matches)
        opened = opened_sentences(attributions, doc.sentence_tokens)
        sourcing = summarize_sourcing(attributions, quoted, _assertive(doc, hedged), doc.n_sentences, opened)
        warnings = _warnings(text, doc)
        # a long text: only its first sentences are kept, and only their characters are located
        shown = _first_sentences(doc, n_kept) if sentences and doc.n_sentences > n_kept else doc
        if evidence and (kept_matches or attributions):
            # evidence locates matches and sources by every token's offsets (one pass): found first,
            # they give the sentences' spans too, instead of a search of their own
            shown.offsets  # noqa: B018
        spans = shown.sentences if sentences else []
        kept_attributions = attributions
        if sentences and len(spans) < doc.n_sentences:  # what lies in the kept sentences
            kept = [k for k, m in enumerate(kept_matches) if m.sentence < len(spans)]
            kept_matches, kept_voices = [kept_matches[k] for k in kept], [kept_voices[k] for k in kept]
            kept_attributions = attributions[: bisect_left(attributions, (len(spans),))]
        listed = min(len(kept_matches), MAX_EVIDENCE_KEPT)
        cited = min(len(kept_attributions), MAX_EVIDENCE_KEPT)
        if sentences:
            warnings += _kept_warnings(
                len(spans), doc.n_sentences, listed, n_matches, cited, len(attributions), evidence
            )
        result = ArticleResult(
            id=id,
            title=title,
            n_words=doc.n_words,
            n_sentences=doc.n_sentences,
            signals=scores,
            sourcing=sourcing,
            attributions=_attribution_dicts(doc, shown, kept_attributions[:cited]) if evidence else [],
            evidence=_evidence(shown, kept_matches[:listed], kept_voices, "body") if evidence else [],
            sentences=[text[start:end] for start, end in spans],
            sentence_starts=[start for start, _ in spans],
            warnings=warnings,
            meta=self.meta,
        )
        if sentences:
            result.sentence_signals = [
                (m.sentence, m.signal, m.weight, voice, m.negated) for m, voice in zip(kept_matches, kept_voices)
            ]
            result.sentence_sources = [(a.sentence, a.kind, a.loaded) for a in kept_attributions]
            result.sentence_sources += [(k, kind, False) for k, kind in opened if k < len(spans)]
            result.tokens_by_sentence = [doc.tokens[first:last] for first, last in doc.sentence_tokens[: len(spans)]]
        if title:
            clean = normalize(title)  # a headline split from the text is normalized already, bar "&amp;amp;"
            result.headline = self._headline(clean, head_doc if clean == title else None, scores, result, evidence)
        return result

    def _in_blocks(
        self, doc: Doc, quoted: set[int], direct: list[tuple[int, int]], kept: int
    ) -> tuple[SignalScores, list[Attribution], set[int], list[Match], list[str], int]:
        """`analyze`'s scores for a very long text, matched in blocks of whole sentences.

        Matches never cross a sentence, so each block's are the whole text's. A first pass keeps
        only the attribution cues and source kinds (attributions may continue a quotation from
        one sentence into the next); the second gives every match its voice and goes straight
        into the tallies. Returns (scores, attributions, hedged sentences, the matches and voices
        of the first `kept` sentences, the number of matches).
        """
        sourcing_matches = [m for block in self._match_blocks(doc, self.sourcing_signals) for m in block]
        attributions = self._attributions(doc, sourcing_matches, quoted, direct)
        hedged: set[int] = set()
        kept_matches: list[Match] = []
        kept_voices: list[str] = []
        n_matches = 0

        def voiced() -> Iterator[tuple[Match, str]]:
            nonlocal n_matches
            for block in self._match_blocks(doc):
                if not block:
                    continue
                t0, t1 = min(m.first for m in block), max(m.last for m in block)
                # a content may run on from an earlier sentence: the attributions whose content or cue (a cue
                # is the author's word even inside another content) meets the block
                voices = _voices(
                    doc,
                    block,
                    [
                        a
                        for a in attributions
                        if a.content_tokens[0] < t1
                        and t0 < a.content_tokens[1]
                        or a.cue_tokens[0] < t1
                        and t0 < a.cue_tokens[1]
                    ],
                    direct,
                    self.lexicons.language_spec,
                )
                hedged.update(_hedged(block))
                n_matches += len(block)
                if block[0].sentence < kept:
                    kept_matches.extend(block)
                    kept_voices.extend(voices)
                yield from zip(block, voices)

        for_matches, for_voices = tee(voiced())
        scores = score_signals(
            map(itemgetter(0), for_matches), map(itemgetter(1), for_voices), self.labels, doc.n_words, doc.n_sentences
        )
        return scores, attributions, hedged, kept_matches, kept_voices, n_matches

    def _attributions(
        self, doc: Doc, matches: list[Match], quoted: set[int], direct: list[tuple[int, int]]
    ) -> list[Attribution]:
        """The attributions of `doc` by the sourcing method. With a labeller ("trained"): the lexicon's matches less the weak cues
        the labeller overrules, read with the cues it adds; "hybrid": every attribution of the rules, plus those of
        the labeller's cues that lie outside all of them (`sourcing.hybrid`), none overruled: the document read
        again with those cues, of which only their own attributions are kept."""

        def read(cues: list[Match], labelled: dict[int, list[tuple[int, int]]] | None) -> list[Attribution]:
            language = self.lexicons.language_spec
            return find_attributions(doc, cues, self.cue_direction, language, self.roles, quoted, direct, labelled)

        if self.labeller is None:
            return read(matches, None)
        kept, labelled = self.labeller.label(doc, matches, self.roles)
        if self.sourcing != "hybrid":
            return read(kept, labelled)
        found = read(matches, None)
        added = beyond_rules(labelled, found)
        if not added:
            return found
        cues = {cue for sentence in added.values() for cue in sentence}
        extra = [a for a in read(matches, added) if a.cue_tokens in cues]
        return sorted(found + extra, key=_in_reading_order)

    def _match_blocks(self, doc: Doc, signals: frozenset[str] | None = None) -> Iterator[list[Match]]:
        """The matches of `doc` (of `signals` only, if given), in blocks of whole sentences of about
        BLOCK_TOKENS tokens (one sentence may be longer), numbered as in the whole text."""
        bounds, quotes = doc.sentence_tokens, doc.quotes
        k0 = 0
        while k0 < len(bounds):
            k1 = bisect_left(bounds, (bounds[k0][0] + BLOCK_TOKENS,), k0 + 1)  # the sentences starting before
            part = bounds[k0:k1]
            t0, t1 = part[0][0], part[-1][1]
            near = quotes[max(bisect_left(quotes, (t0,)) - 1, 0) : bisect_left(quotes, (t1,))]  # sorted, disjoint
            # the next sentence rides along, its matches dropped (the next block finds them): a rule reads
            # past a sentence's end there (a question answered at once, `answered_by`)
            read = bounds[k0 : k1 + 1]
            block = Doc(
                doc.text,
                doc.tokens[t0 : read[-1][1]],
                [(a - t0, b - t0) for a, b in read],
                [(max(a, t0) - t0, min(b, t1) - t0) for a, b in near if a < t1 and t0 < b],
                doc.n_words,
            )
            matches = self.matcher.match(block).matches
            yield [
                Match._make((signal, entry, sentence + k0, first + t0, last + t0, weight, negated, rule))
                for signal, entry, sentence, first, last, weight, negated, rule in matches
                if sentence < len(part) and (signals is None or signal in signals)
            ]
            k0 = k1

    def _headline(
        self, title: str, doc: Doc | None, body: SignalScores, result: ArticleResult, evidence: bool
    ) -> dict[str, Any]:
        """The headline's signals (`doc`: its tokens when already made), flagged where they outrun the body's."""
        if doc is None:
            doc = tokenize(title, self.rules)
        matches = self.matcher.match(doc).matches
        voices = _voices(doc, matches, [], direct_quote_spans(doc) if doc.quotes else [], self.lexicons.language_spec)
        scores = score_signals(matches, voices, self.labels, doc.n_words, doc.n_sentences)
        if evidence:
            result.evidence = _evidence(doc, matches, voices, "headline") + result.evidence
        rates = {sid: scores.count_and_rate(sid) for sid in scores}  # no `SignalScore` built per signal
        flags = []
        for sid, (count, per_1k) in rates.items():
            if sid in self.sourcing_signals or count < HEADLINE_MIN_MATCHES:
                continue
            _, body_per_1k = body.count_and_rate(sid)
            if per_1k > body_per_1k:
                flags.append(
                    f"the headline uses {self.labels[sid].lower()} more than the body: {count} matches, "
                    f"{per_1k:.1f} against {body_per_1k:.1f} per 1,000 words"
                )
        return {
            "text": title,
            "n_words": doc.n_words,
            "signals": {sid: {"count": count, "per_1k": per_1k} for sid, (count, per_1k) in rates.items()},
            "flags": flags,
        }


def _voices(
    doc: Doc,
    matches: list[Match],
    attributions: list[Attribution],
    direct_quotes: list[tuple[int, int]],
    spec: LanguageSpec,
) -> list[str]:
    """The voice of each match: quoted, reported (inside a content attributed to someone other than the writer's
    own "I" or "we": `sourcing.reported_contents`) or the author's.

    A match inside a quotation of several words is quoted; inside a short quotation (a scare quote)
    it is quoted only when an attributed content holds it. A match on a cue we report is the writer's
    word for the speech act, not part of what was said, even inside another cue's content ("Ryan said he
    was not ready and suggested …": "suggested" is the author's; on dev 117 such matches lie outside
    every annotated content, 77 inside), unless its source is the subject of that content's clause ("Lo
    said Ruiz believes …": `sourcing.writer_cues`). One pass over sorted spans: linear in
    matches and attributions (an article of 40,000 "he said" stays fast).
    """
    if not attributions and not doc.quotes:
        return ["author"] * len(matches)
    contents = Spans(_less_asides(doc, reported_contents(doc, attributions), attributions))
    cues = Spans(writer_cues(doc.tokens, attributions, spec))
    direct = Spans(direct_quotes) if doc.quotes else None
    quoted = doc.in_quote
    voices = []
    for m in matches:
        reported = contents.covers(m.first, m.last) and not cues.meets(m.first, m.last)
        if direct is not None and (direct.covers(m.first, m.last) or reported and quoted(m.first, m.last)):
            voices.append("quoted")
        else:
            voices.append("reported" if reported else "author")
    return voices


def _in_reading_order(a: Attribution) -> tuple[int, int]:
    """Where an attribution stands: its sentence, then its cue's first token (its source's, when it has no cue)."""
    return a.sentence, a.cue_tokens[0] if a.cue_tokens[0] < a.cue_tokens[1] else a.source_tokens[0]


def _less_asides(doc: Doc, contents: list[tuple[int, int]], attributions: list[Attribution]) -> list[tuple[int, int]]:
    """`contents` less the source and cue of an aside standing inside the content it credits ("The plan,
    according to corrupt officials, is …", "The plan, corrupt officials said, is …"): the writer's words for who
    spoke, as a cue is, while the clause around them is the source's. Another content that holds the aside keeps
    it reported ("Lo said the plan, according to corrupt officials, is …"). Less, too, an aside set off by a pair
    of long dashes inside a content outside quotation marks ("Lo said the plan — presumably his own — will
    fail"): the writer's gloss on what was said."""
    kept = set(contents)
    spans = []
    for a in attributions:
        c0, c1 = a.content_tokens
        if (c0, c1) not in kept:
            continue
        w0, w1 = min(a.source_tokens[0], a.cue_tokens[0]), max(a.source_tokens[1], a.cue_tokens[1])
        if a.source_tokens[0] < a.source_tokens[1] and c0 <= w0 and w1 <= c1:
            spans += [(c0, w0), (w1, c1)]
        else:
            spans.append((c0, c1))
    return _less_glosses(doc, spans)


def _less_glosses(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less the writer's glosses inside them, outside quotation marks: an aside between a pair of long
    dashes, and a bracketed question or exclamation ("he had no time to read it (really?) and …"). The text's
    marks are found once, by one pass over its tokens (none when the text lacks their characters); a span holding
    none is kept whole, and only the others are read token by token (a set test on each span's tokens cost 2% of the
    instructions on real news, p42; a search of the whole text for the marks before each span 3%, a Python loop over
    every span 2%: c36)."""
    text = doc.text
    if "—" not in text and "–" not in text and ")" not in text:
        return spans
    tokens, out = doc.tokens, []
    marks: list[int] = []  # sorted
    for j in range(len(tokens)):
        token = tokens[j]
        if len(token) == 1 and token in _GLOSS_MARKS:  # the length first: most tokens are words of several letters
            marks.append(j)
    for c0, c1 in spans:
        at = bisect_left(marks, c0)
        if at == len(marks) or marks[at] >= c1:
            out.append((c0, c1))
            continue
        dashes: list[int] = []
        holes: list[tuple[int, int]] = []
        for j in range(c0, c1):
            token = tokens[j]
            if token in _LONG_DASHES:
                dashes.append(j)
            elif token == ")" and j > c0 + 1 and tokens[j - 1] in ("?", "!"):
                k = next((k for k in range(j - 2, max(c0, j - 9) - 1, -1) if tokens[k] == "("), None)
                if k is not None:
                    holes.append((k, j + 1))
        if not holes and len(dashes) < 2:
            out.append((c0, c1))
            continue
        holes += [(a, b + 1) for a, b in zip(dashes[::2], dashes[1::2])]
        start = c0
        for a, b in sorted(holes):
            if a >= start and not doc.in_quote(a, b):
                out.append((start, a))
                start = b
        out.append((start, c1))
    return out


_GLOSS_MARKS: Final = _LONG_DASHES | {")"}


def _hedged(matches: list[Match]) -> set[int]:
    """Sentences with a hedge that is not negated."""
    return {m.sentence for m in matches if m.signal == "hedging" and not m.negated}


def _assertive(doc: Doc, hedged: set[int]) -> set[int]:
    """Sentences that assert without hedging (none in `hedged`): the base for "unattributed assertive"."""
    out = set()
    for k, (s0, s1) in enumerate(doc.sentence_tokens):
        if k in hedged or s1 - s0 < 5 or doc.tokens[s1 - 1] == "?":
            continue
        out.add(k)
    return out


def _in_pieces(doc: Doc) -> Doc:
    """`doc` with every sentence of over `MAX_SENTENCE_TOKENS` (a text without full stops) cut into pieces of
    that many tokens, so that each rule that reads a whole sentence takes a bounded time. Narratives keep
    their own reading of the text (a Hindi paragraph, without full stops, is one sentence there)."""
    cut = MAX_SENTENCE_TOKENS
    if len(doc.tokens) <= cut or all(b - a <= cut for a, b in doc.sentence_tokens):
        return doc
    return replace(
        doc, sentence_tokens=[(a, min(a + cut, b)) for s0, b in doc.sentence_tokens for a in range(s0, b, cut)]
    )


def _n_kept(doc: Doc) -> int:
    """How many of `doc`'s first sentences its outputs keep: at most MAX_SENTENCES_KEPT, and those that start
    in its first MAX_TOKENS_KEPT tokens (at least one), so that what is kept of any text is bounded."""
    starting = bisect_left(doc.sentence_tokens, (MAX_TOKENS_KEPT,))  # the sentences starting before it
    return min(MAX_SENTENCES_KEPT, doc.n_sentences, max(starting, 1))


def _first_sentences(doc: Doc, n: int) -> Doc:
    """The first `n` sentences of `doc` as a Doc of their own, with the same offsets: locating
    the characters of kept sentences then costs nothing for the rest of a very long text."""
    t1 = doc.sentence_tokens[n - 1][1]
    end, find = 0, doc.text.find
    for token in doc.tokens[:t1]:  # tokens appear in order, with only whitespace between them
        end = find(token, end) + len(token)
    return Doc(
        doc.text[:end],
        doc.tokens[:t1],
        doc.sentence_tokens[:n],
        [(a, min(b, t1)) for a, b in doc.quotes if a < t1],
        doc.n_words,
    )


def _evidence(doc: Doc, matches: list[Match], voices: list[str], part: str) -> list[Evidence]:
    out = []
    for m, voice in zip(matches, voices):
        start, end = doc.span(m.first, m.last)
        out.append(
            Evidence(
                part, m.signal, m.entry, doc.text[start:end], m.sentence, start, end, voice, m.negated, m.weight, m.rule
            )
        )
    return out


def _attribution_dicts(doc: Doc, shown: Doc, attributions: list[Attribution]) -> list[dict[str, Any]]:
    """The cited attributions located in `shown`, or in as many more of `doc`'s sentences as it takes
    when a kept sentence's source is named in a later one (a quotation's speaker after it)."""
    reach = max((max(a.source_tokens[1], a.cue_tokens[1], a.content_tokens[1]) for a in attributions), default=0)
    if reach > len(shown.tokens):
        shown = _first_sentences(doc, bisect_left([end for _, end in doc.sentence_tokens], reach) + 1)
    return [_attribution_dict(shown, a) for a in attributions]


def _attribution_dict(doc: Doc, a: Attribution) -> dict[str, Any]:
    def text_of(first: int, last: int) -> tuple[str, int | None, int | None]:
        if first >= last:
            return "", None, None
        start, end = doc.span(first, last)
        return doc.text[start:end], start, end

    cue, cue_start, cue_end = text_of(*a.cue_tokens)
    source, src_start, src_end = text_of(*a.source_tokens)
    content, content_start, content_end = text_of(*a.content_tokens)
    return {
        "sentence": a.sentence,
        "kind": a.kind,
        "cue": cue,
        "cue_entry": a.cue,
        "loaded": a.loaded,
        "source": source,
        "cue_start": cue_start,
        "cue_end": cue_end,
        "source_start": src_start,
        "source_end": src_end,
        "content": content,  # what the source is credited with saying: the words whose voice is `reported`
        "content_start": content_start,
        "content_end": content_end,
    }


def _kept_warnings(
    sentences: int, n_sentences: int, kept: int, n_matches: int, cited: int, n_cited: int, evidence: bool
) -> list[str]:
    """What a long text's outputs leave out (see MAX_SENTENCES_KEPT); nothing for ordinary articles."""
    out = []
    if sentences < n_sentences:
        out.append(
            f"long text: only the first {sentences:,} of {n_sentences:,} sentences are kept for evidence, "
            "JSON and a model's sentence labels; the scores count every sentence"
        )
    if evidence and kept < n_matches:
        out.append(
            f"long text: {kept:,} of {n_matches:,} matches are listed as evidence (at most "
            f"{MAX_EVIDENCE_KEPT:,}, in the kept sentences); the scores count all {n_matches:,}"
        )
    if evidence and cited < n_cited:
        out.append(f"long text: {cited:,} of {n_cited:,} attributions are listed; the sourcing figures count all")
    return out


def _warnings(text: str, doc: Doc) -> list[str]:
    warnings = []
    if doc.n_words and not _NO_SENTENCE_PUNCT.search(text):
        warnings.append("no sentence punctuation found: sentences were split at blank lines only")
    if doc.n_words == 0:
        warnings.append("the text has no words")
    elif not _LETTER.search(text):
        warnings.append(NO_LETTERS)
    return warnings


_default: Analyzer | None = None


def _require_text(name: str, value: object) -> None:
    """Refuse a value that is no str with a message naming it: bytes or None would otherwise fail deep in the
    tokenizer, with a message that names neither (round d10). Refuse one over the 10 MB an article file or corpus
    text may hold, counted in characters (InputError, a corpus record's reason): the library call had no cap, and
    its time and memory grow with the text (some 25 MB of memory and a few seconds per MB; round d11)."""
    if isinstance(value, str):
        if len(value) > MAX_ARTICLE_BYTES:
            size, limit = len(value) / 1e6, MAX_ARTICLE_BYTES / 1e6
            raise InputError(
                f"the {name} is too large for one article: {size:.1f} million characters (limit {limit:.0f} million)"
            )
        return
    hint = "; decode it first: data.decode('utf-8')" if isinstance(value, (bytes, bytearray)) else ""
    raise TypeError(f"analyze(): the {name} must be a str, not {type(value).__name__}{hint}")


def analyze(
    text: str, title: str | None = None, lexicon_dirs: list[Path] | None = None, **kwargs: Any
) -> ArticleResult:
    """Score one article with the shipped (or given) lexicons: the notebook entry point."""
    global _default
    if lexicon_dirs:
        return Analyzer(load_lexicons(lexicon_dirs)).analyze(text, title, **kwargs)
    if _default is None:
        _default = Analyzer()
    return _default.analyze(text, title, **kwargs)
