"""What a researcher reads off an analysed sentence, for the sourcing tests: each attribution's kind,
cue and source phrase, and the voice a matched word is in."""

from __future__ import annotations

from framing.pipeline import Analyzer


def attributions(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return [(a["kind"], a["cue"], a["source"]) for a in analyzer.analyze(text, split_title=False).attributions]


def voice(analyzer: Analyzer, text: str, word: str) -> str:
    [found] = [e.voice for e in analyzer.analyze(text, split_title=False).evidence if e.text == word]
    return found
