"""What a researcher reads off an analysed sentence, for the sourcing tests: each attribution's kind,
cue and source phrase (or its cue, source and content), and the voice a matched word is in."""

from __future__ import annotations

import csv
from collections.abc import Collection
from pathlib import Path
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


def researcher_pass_problems(shared_data: Path, name: str) -> tuple[int, list[str]]:
    """The number of judged rows in `tests/data/researcher_pass/NAME.tsv`, and what is wrong with them: an offset
    outside its text (`datasets.document_text`), a start without an end, a verdict other than y, n or -, a row with
    no class or reason."""
    from framing.quality.datasets import document_text

    path = Path(__file__).parent / "data" / "researcher_pass" / f"{name}.tsv"
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline=""), delimiter="\t"))
    lengths = {(r["dataset"], r["doc"]): len(document_text(shared_data, r["dataset"], r["doc"]) or "") for r in rows}
    problems = []
    for i, row in enumerate(rows, start=2):
        for field in ("cue", "source", "content"):
            start, end = row[f"{field}_start"], row[f"{field}_end"]
            if (
                (start == "") != (end == "")
                or start
                and not 0 <= int(start) <= int(end) <= lengths[row["dataset"], row["doc"]]
            ):
                problems.append(f"line {i}: {field} {start}-{end}")
        if not {row[f"{f}_ok"] for f in ("cue", "source", "kind", "content", "voice")} <= {"y", "n", "-"}:
            problems.append(f"line {i}: a verdict other than y, n or -")
        if not (row["class"] and row["reason"]):
            problems.append(f"line {i}: no class or reason")
    return len(rows), problems
