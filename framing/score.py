"""The one place the scoring formula lives: matches -> per-signal numbers.

In: a `Doc`, its matches (each already marked with a voice) and the signal ids. Out: one
`SignalScore` per signal and the sourcing summary. Definitions:

- count: matches of the signal; weighted: the sum of their lexicon weights;
- per_1k: count per 1,000 words of the text scored (0 for an empty text);
- sentence_share: share of sentences with at least one match;
- by voice: the same count split into `author` (the outlet's own words), `quoted` (inside
  quotation marks) and `reported` (the content of an attributed statement); `author_per_1k` is
  the outlet's own rate, the number to compare outlets on;
- negated: matches with a negator just before them ("not catastrophic").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Final

from .match import Match
from .sourcing import KINDS, Attribution

VOICES: Final = ("author", "quoted", "reported")


class _Rounded(dict):
    """float -> round(float, 4), remembered. Rounding to digits goes through a decimal string
    (about 0.7 µs, some 40 times an article); a corpus repeats a few thousand values."""

    def __missing__(self, value: float) -> float:
        if len(self) > 100_000:
            self.clear()
        rounded = self[value] = round(value, 4)
        return rounded


_round4: Final = _Rounded().__getitem__


@dataclass
class SignalScore:
    signal: str
    label: str
    count: int = 0
    weighted: float = 0.0
    per_1k: float = 0.0
    sentence_share: float = 0.0
    negated: int = 0
    by_voice: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VOICES, 0))
    author_per_1k: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


class SignalScores(Mapping[str, SignalScore]):
    """Per-signal scores of one text, keyed by signal id in lexicon order.

    A `SignalScore` is built when first asked for; a corpus run reads only `row_values`, which
    takes the same numbers straight from the tallies.
    """

    __slots__ = ("_labels", "_tallies", "_n_words", "_n_sentences", "_built")

    def __init__(self, labels: dict[str, str], tallies: dict[str, list], n_words: int, n_sentences: int):
        self._labels = labels
        self._tallies = tallies
        self._n_words = n_words
        self._n_sentences = n_sentences
        self._built: dict[str, SignalScore] = {}

    def __getitem__(self, sid: str) -> SignalScore:
        score = self._built.get(sid)
        if score is None:
            label = self._labels[sid]
            tally = self._tallies.get(sid)
            if tally is None:
                score = SignalScore(sid, label)
            else:
                count, weighted, per_1k, author_per_1k, share = self._numbers(tally)
                score = SignalScore(sid, label, count, weighted, per_1k, share, tally[2], dict(tally[3]), author_per_1k)
            self._built[sid] = score
        return score

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __repr__(self) -> str:
        return f"SignalScores({dict(self)!r})"

    def _numbers(self, tally: list) -> tuple:
        """The one formula: (count, weighted, per_1k, author_per_1k, sentence_share) of a tally
        [count > 0, weighted, negated, by_voice, sentences touched]."""
        count, weighted, _, by_voice, touched = tally
        n_words, n_sentences, author = self._n_words, self._n_sentences, by_voice["author"]
        return (
            count,
            _round4(weighted),
            _round4(1000.0 * count / n_words) if n_words else 0.0,
            _round4(1000.0 * author / n_words) if author and n_words else 0.0,
            _round4(len(touched) / n_sentences) if n_sentences else 0.0,
        )

    def count_and_rate(self, sid: str) -> tuple[int, float]:
        """(count, per_1k) of a signal, without building its `SignalScore`: what a headline reports."""
        tally = self._tallies.get(sid)
        if tally is None:
            return 0, 0.0
        count, _, per_1k, _, _ = self._numbers(tally)
        return count, per_1k

    def total(self) -> int:
        """Matches of all signals together, without building their `SignalScore`s: what the language
        check of every scored record reads."""
        return sum(tally[0] for tally in self._tallies.values())

    def row_values(self) -> list[float]:
        """Per signal: count, weighted, per_1k, author_per_1k, sentence_share (the score table's order)."""
        values: list[float] = []
        tallies = self._tallies
        for sid in self._labels:
            tally = tallies.get(sid)
            values += _NO_MATCHES if tally is None else self._numbers(tally)
        return values


_NO_MATCHES: Final = (0, 0.0, 0.0, 0.0, 0.0)


def score_signals(
    matches: Iterable[Match], voices: Iterable[str], labels: dict[str, str], n_words: int, n_sentences: int
) -> SignalScores:
    """Per-signal scores; `voices[k]` is the voice of the k-th match."""
    tallies: dict[str, list] = {}
    for match, voice in zip(matches, voices):
        signal = match.signal
        tally = tallies.get(signal)
        if tally is None:
            if signal not in labels:
                continue
            tally = tallies[signal] = [0, 0.0, 0, {"author": 0, "quoted": 0, "reported": 0}, set()]
        # the tally's items read into typed names: compiled, the list's items are untyped, and each `+=`, subscript
        # and `add` on them went through Python's generic paths (~1,000 instructions a match, round p45)
        count: int = tally[0]
        weighted: float = tally[1]
        negated: int = tally[2]
        by_voice: dict[str, int] = tally[3]
        touched: set[int] = tally[4]
        tally[0] = count + 1
        tally[1] = weighted + match.weight
        tally[2] = negated + match.negated
        by_voice[voice] += 1
        touched.add(match.sentence)
    return SignalScores(labels, tallies, n_words, n_sentences)


@dataclass
class SourcingSummary:
    """Shares of sentences by the kind of source they cite, and the attribution mix."""

    attributed: float = 0.0
    named: float = 0.0
    anonymous: float = 0.0
    vague: float = 0.0
    state_media: float = 0.0
    direct_quote: float = 0.0
    unattributed_assertive: float = 0.0
    attributions: int = 0
    loaded_cues: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    def row_values(self) -> list[float]:
        """The fields' values in their order (the score table's sourcing columns)."""
        return [getattr(self, name) for name in _SOURCING_FIELDS]


_SOURCING_FIELDS: Final = tuple(f.name for f in fields(SourcingSummary))
_AFTER_ANY: Final = 1 << 62  # past any token index: `bisect_right` finds the sentence a token opens or lies in


def opened_sentences(attributions: list[Attribution], bounds: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(sentence, kind) of each content that opens past its cue's sentence, unless a row with no cue carries the
    same words (to whoever speaks them): the first sentence of a colon cue's block ("He concludes:", then the
    block's paragraph), whose carried row `speakers.drop_carried` takes out, so that the evidence lists it once
    (d9). The sentence stays attributed, by the cue's kind, as the carried row had it."""
    opened: list[tuple[int, str]] = []
    carried: set[tuple[int, int]] | None = None  # the carried rows' words, gathered at the first such content (rare)
    for a in attributions:
        c0, c1 = a.content_tokens
        if bounds[a.sentence][1] <= c0 < c1:
            if carried is None:
                carried = {b.content_tokens for b in attributions if b.cue_tokens == (0, 0)}
            if a.content_tokens not in carried:
                opened.append((bisect_right(bounds, (c0, _AFTER_ANY)) - 1, a.kind))
    return opened


def summarize_sourcing(
    attributions: list[Attribution],
    quoted_sentences: set[int],
    assertive_sentences: set[int],
    n_sentences: int,
    opened: list[tuple[int, str]] | None = None,
) -> SourcingSummary:
    """Shares of sentences, not of attributions: a sentence citing two officials is one attributed
    sentence, so that articles of many quotes and of few compare. `opened`: sentences attributed by a content
    alone (`opened_sentences`)."""
    if not n_sentences:
        return SourcingSummary()
    by_kind: dict[str, set[int]] = {kind: set() for kind in KINDS}
    for a in attributions:
        by_kind[a.kind].add(a.sentence)
    for k, kind in opened or ():
        by_kind[kind].add(k)
    attributed = set().union(*by_kind.values())

    def share(sentences: set[int]) -> float:
        return _round4(len(sentences) / n_sentences)

    return SourcingSummary(
        attributed=share(attributed),
        named=share(by_kind["named"]),
        anonymous=share(by_kind["anonymous"]),
        vague=share(by_kind["vague"]),
        state_media=share(by_kind["state_media"]),
        direct_quote=share(quoted_sentences),
        unattributed_assertive=share(assertive_sentences - attributed),
        attributions=len(attributions),
        loaded_cues=sum(a.loaded for a in attributions),
    )
