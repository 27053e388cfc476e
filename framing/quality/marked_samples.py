"""The hand-marked samples: per-signal precision and recall of matches against spans people marked.

tests/data/signal_annotation/ holds the held-out test-fold samples (measured only): `signal_*` marked
for all five signals, `escalation_*` for escalation only, enriched with war, threat and crisis sentences;
tests/data/signal_annotation_dev/ holds the dev-fold samples the lexicons are tuned on: `signal_*`
drawn at random like the test sample, `enriched_*` PTC lines in fear, exaggeration and loaded spans,
`check_*` a second random draw by another marker, and the later draws (`fresh_*` to `twentyeighth_*`,
`hiddenlike_*`, `dense_*`, `hiddenlike2_*`, `twentyninth_*`, `booster_*`, `stakes_*`, `booster2_*`, `prone_*`, `booster3_*`, `warnews_*`, `hiddenlike3_*`, `hiddenlike4_*`, `hiddenlike5_*`, `warnews2_*`, `hiddenlike6_*`, `hiddenlike7_*`), each marked blind before the round it measured for the signals `SAMPLES` names; how each
was drawn and marked is in that folder's README.md.
`sample_errors` lists a tuning sample's wrong and missed matches:
the tuning loop.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .datasets import document_text
from ..pipeline import Analyzer
from .signal_matches import PlainTally, match_spans
from .span_metrics import overlaps
from .sample_register import ANNOTATION_DEV_DIR, ANNOTATION_DIR, FOUR, SAMPLE_SIGNALS, SAMPLES


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


@dataclass(frozen=True)
class MarkedSentence:
    """One hand-marked sentence: its document text, bounds, our matches and the marked spans in it."""

    text: str
    start: int
    end: int
    matches: list[tuple[str, str, int, int]]  # (signal, entry, start, end)
    marked: list[tuple[int, int, str]]  # (start, end, signal)


def _marked_sentences(data_dir: Path, analyzer: Analyzer, folder: Path, name: str) -> list[MarkedSentence] | None:
    """The sentences of `{name}_sentences.tsv` in `folder` with matches and marks, or None when absent.

    `{name}_sentences.tsv` lists (dataset, doc, sent_start, sent_end), `{name}_spans.tsv` the marked
    (dataset, doc, start, end, signal); sentences whose text is not in `data_dir` are left out.
    """
    sentences_path, spans_path = folder / f"{name}_sentences.tsv", folder / f"{name}_spans.tsv"
    if not sentences_path.exists() or not spans_path.exists():
        return None
    marked: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for row in _read_tsv(spans_path):
        if len(row) >= 5 and row[2].isdigit():
            marked.setdefault((row[0], row[1]), []).append((int(row[2]), int(row[3]), row[4]))
    documents: dict[tuple[str, str], tuple[str, list[tuple[str, str, int, int]]] | None] = {}
    out = []
    for row in _read_tsv(sentences_path):
        if len(row) < 4 or not row[2].isdigit():
            continue
        dataset, doc, s0, s1 = row[0], row[1], int(row[2]), int(row[3])
        key = (dataset, doc)
        if key not in documents:
            text = document_text(data_dir, dataset, doc)
            documents[key] = (text, match_spans(analyzer, text)) if text is not None else None
        document = documents[key]
        if document is None:
            continue
        text, found = document
        out.append(
            MarkedSentence(
                text,
                s0,
                s1,
                [m for m in found if s0 <= m[2] and m[3] <= s1],
                [m for m in marked.get(key, []) if s0 <= m[0] and m[1] <= s1],
            )
        )
    return out


def annotated_sample(
    data_dir: Path,
    analyzer: Analyzer,
    folder: Path = ANNOTATION_DIR,
    name: str = "signal",
    signals: tuple[str, ...] = SAMPLE_SIGNALS,
) -> dict[str, dict] | None:
    """Per-signal precision and recall on the hand-marked sentences, or None when absent.

    A match counts when it overlaps a marked span of its signal (files: see `_marked_sentences`).
    Only `signals`, those the sample marks, are scored: an unmarked one would read as all wrong.
    "all_four" is given when the four framing signals are all marked.
    """
    sentences = _marked_sentences(data_dir, analyzer, folder, name)
    if sentences is None:
        return None
    tallies = {s: PlainTally() for s in signals}
    for sentence in sentences:
        for signal in signals:
            tallies[signal].add(
                [(a, b) for s, _, a, b in sentence.matches if s == signal],
                [(a, b) for a, b, s in sentence.marked if s == signal],
            )
    out = {s: t.figures() for s, t in tallies.items()}
    if set(FOUR) <= set(signals):
        four = [tallies[s] for s in FOUR]
        matches, right = sum(t.ours for t in four), sum(t.ours_right for t in four)
        out["all_four"] = {"precision": round(right / matches, 4) if matches else 0.0, "matches": matches}
    return out


def sample_errors(
    data_dir: Path, analyzer: Analyzer, signal: str, folder: Path = ANNOTATION_DEV_DIR, name: str = "signal"
) -> list[tuple[str, str, str]]:
    """("wrong", entry, sentence) for each unmarked match of `signal`, ("missed", marked text,
    sentence) for each marked span no match overlaps: what a tuning pass reads. Meant for the dev
    samples; the test sample is only measured."""
    errors = []
    for sentence in _marked_sentences(data_dir, analyzer, folder, name) or []:
        ours = [(e, a, b) for s, e, a, b in sentence.matches if s == signal]
        marks = [(a, b) for a, b, s in sentence.marked if s == signal]
        line = sentence.text[sentence.start : sentence.end]
        errors += [("wrong", e, line) for e, a, b in ours if not overlaps(((a, b),), marks)]
        errors += [
            ("missed", sentence.text[a:b], line) for a, b in marks if not overlaps(((a, b),), [m[1:] for m in ours])
        ]
    return errors


def hand_marked(data_dir: Path, analyzer: Analyzer) -> dict[str, object]:
    """The figures of every hand-marked sample present, keyed as in `SAMPLES`."""
    results: dict[str, object] = {}
    for key, folder, name, _, signals in SAMPLES:
        sample = annotated_sample(data_dir, analyzer, folder, name, signals)
        if sample is not None:
            results[key] = sample
    return results


def print_samples(results: dict[str, object]) -> None:
    """Each sample present in `results` under its heading, precision / recall per signal."""
    for key, _, _, heading, signals in SAMPLES:
        sample = results.get(key)
        if not isinstance(sample, dict):
            continue
        print(f"{heading}: precision / recall per signal")
        for signal in signals:
            f = sample[signal]
            print(
                f"  {signal:<16} P {f['precision']:.3f} R {f['recall']:.3f} ({f['matches']} matches, {f['marked']} marked)"
            )
        if "all_four" in sample:
            four = sample["all_four"]
            print(f"  {'all four':<16} P {four['precision']:.3f} ({four['matches']} matches)")
