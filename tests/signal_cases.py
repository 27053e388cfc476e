"""What a word-sense test reads off a sentence: the exact text of each match of one signal, in order."""

from __future__ import annotations

from framing.pipeline import Analyzer
from framing.quality.signal_matches import match_spans


def spans(analyzer: Analyzer, text: str, signal: str) -> list[str]:
    return [text[a:b] for _, _, a, b in match_spans(analyzer, text, [signal])]
