"""The hand-marked samples: per-signal precision and recall of matches against spans people marked.

tests/data/signal_annotation/ holds the held-out test-fold samples (measured only): `signal_*` marked
for all five signals, `escalation_*` for escalation only, enriched with war, threat and crisis sentences;
tests/data/signal_annotation_dev/ holds the dev-fold samples the lexicons are tuned on: `signal_*`
drawn at random like the test sample, `enriched_*` PTC lines in fear, exaggeration and loaded spans,
`check_*` a second random draw by another marker, and the later draws (`fresh_*` to `twentyeighth_*`,
`hiddenlike_*`, `dense_*`, `hiddenlike2_*`), each marked blind before the round it measured for the signals `SAMPLES` names; how each
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

SAMPLE_SIGNALS = ("hedging", "certainty", "escalation", "loaded_language", "doubt")
ANNOTATION_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "signal_annotation"
ANNOTATION_DEV_DIR = ANNOTATION_DIR.with_name("signal_annotation_dev")
FOUR = ("hedging", "certainty", "escalation", "loaded_language")
# (results key, folder, file prefix, heading, signals marked in it): the test samples first, then the
# dev samples; a sample marked for some signals only is scored on those alone
SAMPLES: tuple[tuple[str, Path, str, str, tuple[str, ...]], ...] = (
    (
        "hand_marked_sample",
        ANNOTATION_DIR,
        "signal",
        "Hand-marked sample, test fold (held out, measured only)",
        SAMPLE_SIGNALS,
    ),
    (
        "hand_marked_escalation_test",
        ANNOTATION_DIR,
        "escalation",
        "Hand-marked escalation sample, test fold (held out, measured only; SemEval-2025, PTC, BASIL; enriched)",
        ("escalation",),
    ),
    (
        "hand_marked_sample_dev",
        ANNOTATION_DEV_DIR,
        "signal",
        "Hand-marked sample, dev fold (tuning set)",
        SAMPLE_SIGNALS,
    ),
    (
        "hand_marked_enriched_dev",
        ANNOTATION_DEV_DIR,
        "enriched",
        "Hand-marked PTC lines in fear/exaggeration/loaded spans, dev fold (tuning set)",
        SAMPLE_SIGNALS,
    ),
    (
        "hand_marked_check_dev",
        ANNOTATION_DEV_DIR,
        "check",
        "Second hand-marked sample, dev fold (check set: measured, not tuned on)",
        SAMPLE_SIGNALS,
    ),
    (
        "hand_marked_fresh_dev",
        ANNOTATION_DEV_DIR,
        "fresh",
        "Third hand-marked sample, dev fold, loaded language only (measured, not tuned on)",
        ("loaded_language",),
    ),
    (
        "hand_marked_fourth_dev",
        ANNOTATION_DEV_DIR,
        "fourth",
        "Fourth hand-marked sample, dev fold, loaded language only (measured, not tuned on)",
        ("loaded_language",),
    ),
    (
        "hand_marked_fresh2_dev",
        ANNOTATION_DEV_DIR,
        "fresh2",
        "Fifth hand-marked sample, dev fold, certainty and doubt only (measured, not tuned on)",
        ("certainty", "doubt"),
    ),
    (
        "hand_marked_escalation_dev",
        ANNOTATION_DEV_DIR,
        "escalation",
        "Sixth hand-marked sample, dev fold, escalation only, enriched (measured, not tuned on)",
        ("escalation",),
    ),
    (
        "hand_marked_seventh_dev",
        ANNOTATION_DEV_DIR,
        "seventh",
        "Seventh hand-marked sample, dev fold, shaped like the issue's blind sample (measured, not tuned on)",
        SAMPLE_SIGNALS,
    ),
    (
        "hand_marked_eighth_dev",
        ANNOTATION_DEV_DIR,
        "eighth",
        "Eighth hand-marked sample, dev fold, loaded language only (SemEval-2025, PTC, BASIL)",
        ("loaded_language",),
    ),
    (
        "hand_marked_ninth_dev",
        ANNOTATION_DEV_DIR,
        "ninth",
        "Ninth hand-marked sample, dev fold, loaded language only (SemEval-2025, PTC, BASIL)",
        ("loaded_language",),
    ),
    (
        "hand_marked_tenth_dev",
        ANNOTATION_DEV_DIR,
        "tenth",
        "Tenth hand-marked sample, dev fold, escalation only (SemEval-2025, PTC, BASIL; enriched)",
        ("escalation",),
    ),
    (
        "hand_marked_eleventh_dev",
        ANNOTATION_DEV_DIR,
        "eleventh",
        "Eleventh hand-marked sample, dev fold, loaded language and doubt (SemEval-2025, PTC, BASIL, PolNeAR)",
        ("loaded_language", "doubt"),
    ),
    (
        "hand_marked_twelfth_dev",
        ANNOTATION_DEV_DIR,
        "twelfth",
        "Twelfth hand-marked sample, dev fold, hedging and certainty only (SemEval-2025, PTC, PolNeAR, BASIL)",
        ("hedging", "certainty"),
    ),
    (
        "hand_marked_thirteenth_dev",
        ANNOTATION_DEV_DIR,
        "thirteenth",
        "Thirteenth hand-marked sample, dev fold, escalation only (SemEval-2025, PTC, BASIL; half enriched)",
        ("escalation",),
    ),
    (
        "hand_marked_fourteenth_dev",
        ANNOTATION_DEV_DIR,
        "fourteenth",
        "Fourteenth hand-marked sample, dev fold, hedging and certainty only (SemEval-2025, PTC, PolNeAR, BASIL; half own-voice)",
        ("hedging", "certainty"),
    ),
    (
        "hand_marked_fifteenth_dev",
        ANNOTATION_DEV_DIR,
        "fifteenth",
        "Fifteenth hand-marked sample, dev fold, escalation only (SemEval-2025, PTC, BASIL; half enriched)",
        ("escalation",),
    ),
    (
        "hand_marked_sixteenth_dev",
        ANNOTATION_DEV_DIR,
        "sixteenth",
        "Sixteenth hand-marked sample, dev fold, loaded language and doubt (PolNeAR, BASIL, PTC, SemEval-2025)",
        ("loaded_language", "doubt"),
    ),
    (
        "hand_marked_seventeenth_dev",
        ANNOTATION_DEV_DIR,
        "seventeenth",
        "Seventeenth hand-marked sample, dev fold, escalation only (PTC, SemEval-2025, BASIL, BABE; enriched)",
        ("escalation",),
    ),
    (
        "hand_marked_eighteenth_dev",
        ANNOTATION_DEV_DIR,
        "eighteenth",
        "Eighteenth hand-marked sample, dev fold, hedging and certainty only (SemEval-2025, PTC, PolNeAR, BASIL; own-voice)",
        ("hedging", "certainty"),
    ),
    (
        "hand_marked_nineteenth_dev",
        ANNOTATION_DEV_DIR,
        "nineteenth",
        "Nineteenth hand-marked sample, dev fold, hedging and certainty only (BABE; half adverb or first-person)",
        ("hedging", "certainty"),
    ),
    (
        "hand_marked_twentieth_dev",
        ANNOTATION_DEV_DIR,
        "twentieth",
        "Twentieth hand-marked sample, dev fold, loaded language (BABE, half labelled Biased; PolNeAR)",
        ("loaded_language",),
    ),
    (
        "hand_marked_twentyfirst_dev",
        ANNOTATION_DEV_DIR,
        "twentyfirst",
        "Twenty-first hand-marked sample, dev fold, certainty and doubt only (PolNeAR opinion outlets, PTC Doubt lines, BABE)",
        ("certainty", "doubt"),
    ),
    (
        "hand_marked_twentysecond_dev",
        ANNOTATION_DEV_DIR,
        "twentysecond",
        "Twenty-second hand-marked sample, dev fold, loaded language (SemEval-2025, half narrative-labelled; BASIL, half lexical-bias)",
        ("loaded_language",),
    ),
    (
        "hand_marked_twentythird_dev",
        ANNOTATION_DEV_DIR,
        "twentythird",
        "Twenty-third hand-marked sample, dev fold, certainty and doubt only (PolNeAR opinion outlets, BABE; part own-voice)",
        ("certainty", "doubt"),
    ),
    (
        "hand_marked_twentyfourth_dev",
        ANNOTATION_DEV_DIR,
        "twentyfourth",
        "Twenty-fourth hand-marked sample, dev fold, loaded language (PolNeAR, BASIL, PTC, SemEval-2025; at random)",
        ("loaded_language",),
    ),
    (
        "hand_marked_twentysixth_dev",
        ANNOTATION_DEV_DIR,
        "twentysixth",
        "Twenty-sixth hand-marked sample, dev fold, escalation only (SemEval-2025, PTC, BASIL, PolNeAR; half war/threat words)",
        ("escalation",),
    ),
    (
        "hand_marked_twentyfifth_dev",
        ANNOTATION_DEV_DIR,
        "twentyfifth",
        "Twenty-fifth hand-marked sample, dev fold, certainty only (PolNeAR opinion outlets, SemEval-2025, PTC, BASIL; own-voice)",
        ("certainty",),
    ),
    (
        "hand_marked_twentyseventh_dev",
        ANNOTATION_DEV_DIR,
        "twentyseventh",
        "Twenty-seventh hand-marked sample, dev fold, loaded language (PolNeAR, BASIL, BABE, PTC, SemEval-2025; at random)",
        ("loaded_language",),
    ),
    (
        "hand_marked_hiddenlike_dev",
        ANNOTATION_DEV_DIR,
        "hiddenlike",
        "Hand-marked sample like the issue's blind one, dev fold, all five signals (PolNeAR, BASIL, BABE, PTC, SemEval-2025)",
        SAMPLE_SIGNALS,
    ),
    (
        "hand_marked_twentyeighth_dev",
        ANNOTATION_DEV_DIR,
        "twentyeighth",
        "Twenty-eighth hand-marked sample, dev fold, escalation only (SemEval-2025, PTC, PolNeAR, BASIL, BABE; half stakes words)",
        ("escalation",),
    ),
    (
        "hand_marked_dense_dev",
        ANNOTATION_DEV_DIR,
        "dense",
        "Dense hand-marked sample, dev fold, certainty and escalation (PolNeAR, BASIL, PTC, SemEval-2025, BABE; booster and stakes words)",
        ("certainty", "escalation"),
    ),
    (
        "hand_marked_hiddenlike2_dev",
        ANNOTATION_DEV_DIR,
        "hiddenlike2",
        "Second hand-marked sample like the issue's blind one, dev fold, all five signals (PolNeAR, BASIL, BABE, PTC, SemEval-2025)",
        SAMPLE_SIGNALS,
    ),
)


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
