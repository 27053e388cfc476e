"""What a researcher reads off an analysed sentence, for the sourcing tests: each attribution's kind,
cue and source phrase (or its cue, source and content), and the voice a matched word is in."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from framing.pipeline import Analyzer


def fields(analyzer: Analyzer, text: str, *names: str) -> list[tuple[Any, ...]]:
    """The named fields of each attribution of `text`, in order: the part of the reading a test asserts."""
    return [tuple(a[n] for n in names) for a in analyzer.analyze(text, split_title=False).attributions]


def sources_and_contents(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    """Each reported attribution's source phrase and content, in order (a quotation carried on has no cue)."""
    return [(source, content) for cue, source, content in fields(analyzer, text, "cue", "source", "content") if cue]


def attributions(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return fields(analyzer, text, "kind", "cue", "source")


def attributions_with_kinds(analyzer: Analyzer, text: str) -> list[tuple[str, str, str, str]]:
    """(cue, source, kind, content) of the text's attributions."""
    return fields(analyzer, text, "cue", "source", "kind", "content")


def cues_and_sources(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    """Each reported attribution's cue and source phrase, in order (a quotation carried on has no cue)."""
    return [(cue, source) for cue, source in fields(analyzer, text, "cue", "source") if cue]


def voice(analyzer: Analyzer, text: str, word: str) -> str:
    [found] = [e.voice for e in analyzer.analyze(text, split_title=False).evidence if e.text == word]
    return found


def fields_and_voices(
    analyzer: Analyzer, text: str, names: tuple[str, ...], signals: Collection[str] = ()
) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    """The named fields of the text's attributions, and (word, voice) of its matches of `signals` (by default
    every signal but sourcing's) in text order, from one reading."""
    result = analyzer.analyze(text, split_title=False)
    evidence = sorted(result.evidence, key=lambda e: e.start)
    kept = signals or {e.signal for e in evidence} - set(analyzer.sourcing_signals)
    return [tuple(a[n] for n in names) for a in result.attributions], [
        (e.text, e.voice) for e in evidence if e.signal in kept
    ]


def attributions_and_voices(analyzer: Analyzer, text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(cue, source, content) of the text's attributions, and (word, voice) of its non-sourcing matches."""
    return fields_and_voices(analyzer, text, ("cue", "source", "content"))


def attributions_with_kinds_and_voices(
    analyzer: Analyzer, text: str
) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    """(cue, source, kind, content) of the text's attributions, and (word, voice) of its non-sourcing matches."""
    return fields_and_voices(analyzer, text, ("cue", "source", "kind", "content"))
