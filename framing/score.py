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

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from .match import Match
from .sourcing import KINDS, Attribution

VOICES = ("author", "quoted", "reported")


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


def _rate(count: float, n_words: int) -> float:
    return round(1000.0 * count / n_words, 4) if n_words else 0.0


def score_signals(matches: Iterable[Match], voices: Sequence[str], labels: dict[str, str],
                  n_words: int, n_sentences: int) -> dict[str, SignalScore]:
    """Per-signal scores; `voices[k]` is the voice of the k-th match."""
    scores = {sid: SignalScore(sid, label) for sid, label in labels.items()}
    touched: dict[str, set[int]] = {sid: set() for sid in labels}
    for match, voice in zip(matches, voices):
        score = scores.get(match.signal)
        if score is None:
            continue
        score.count += 1
        score.weighted += match.weight
        score.negated += match.negated
        score.by_voice[voice] += 1
        touched[match.signal].add(match.sentence)
    for sid, score in scores.items():
        score.weighted = round(score.weighted, 4)
        score.per_1k = _rate(score.count, n_words)
        score.author_per_1k = _rate(score.by_voice["author"], n_words)
        score.sentence_share = round(len(touched[sid]) / n_sentences, 4) if n_sentences else 0.0
    return scores


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


def summarize_sourcing(attributions: list[Attribution], quoted_sentences: set[int],
                       assertive_sentences: set[int], n_sentences: int) -> SourcingSummary:
    if not n_sentences:
        return SourcingSummary()
    by_kind: dict[str, set[int]] = {kind: set() for kind in KINDS}
    for a in attributions:
        by_kind[a.kind].add(a.sentence)
    attributed = set().union(*by_kind.values())

    def share(sentences: set[int]) -> float:
        return round(len(sentences) / n_sentences, 4)

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
