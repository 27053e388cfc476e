"""What a researcher reads off an analysed sentence, for the sourcing tests: each attribution's kind,
cue and source phrase (or its cue, source and content), and the voice a matched word is in."""

from __future__ import annotations

from framing.pipeline import Analyzer


def attributions(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return [(a["kind"], a["cue"], a["source"]) for a in analyzer.analyze(text, split_title=False).attributions]


def voice(analyzer: Analyzer, text: str, word: str) -> str:
    [found] = [e.voice for e in analyzer.analyze(text, split_title=False).evidence if e.text == word]
    return found


def attributions_and_voices(analyzer: Analyzer, text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(cue, source, content) of the text's attributions, and (word, voice) of its non-sourcing matches."""
    result = analyzer.analyze(text, split_title=False)
    evidence = sorted(result.evidence, key=lambda e: e.start)
    return [(a["cue"], a["source"], a["content"]) for a in result.attributions], [
        (e.text, e.voice) for e in evidence if e.signal not in analyzer.sourcing_signals
    ]


def attributions_with_kinds_and_voices(
    analyzer: Analyzer, text: str
) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    """(cue, source, kind, content) of the text's attributions, and (word, voice) of its non-sourcing matches."""
    result = analyzer.analyze(text, split_title=False)
    evidence = sorted(result.evidence, key=lambda e: e.start)
    return [(a["cue"], a["source"], a["kind"], a["content"]) for a in result.attributions], [
        (e.text, e.voice) for e in evidence if e.signal not in analyzer.sourcing_signals
    ]
