"""The analyst's judging loop: draw matches of a signal to judge by hand, then score the judgements.

`sample` reads a corpus and keeps a seeded uniform random sample of one signal's matches
(reservoir sampling, so a corpus of any size streams through in one pass), each with its
sentence, for an analyst to mark right or wrong in the empty `correct` column. `judge` reads
that file back and gives precision per entry and for the signal, with a Wilson interval, and
names the entries to fix or drop. Precision is what a reader of the evidence sees, which sentence
labels cannot measure.
"""

from __future__ import annotations

import csv
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

from ..corpus import Failure, open_corpus
from ..corpus.delimited import small_table_rows
from ..errors import InputError
from ..narratives.language import scored_in_another_language
from ..pipeline import Analyzer
from ..time_limit import within
from ..wording import counted

# The evidence table's names (`framing score -o OUT --evidence`): the judge file said `match` for its `text`
# and `sentence` for its `sentence_text`, where `sentence` numbers the sentence (u25). `audit --judged` reads
# signal, entry and correct only, so a file of either header is judged alike. Offsets count from the body.
COLUMNS = ("id", "signal", "entry", "sentence", "start", "end", "text", "sentence_text", "correct")
# "1.0"/"0.0": pandas writes a column of 1s, 0s and blanks back as floats (u32: refused as a bad row before)
YES = {"1", "1.0", "y", "yes", "true", "t", "correct", "right"}
NO = {"0", "0.0", "n", "no", "false", "f", "wrong"}
TARGET = 0.75  # the precision an entry should reach (issue 13's per-signal goal)
MIN_JUDGED = 3  # fewer judged matches than this give no verdict: one wrong match is not a pattern to fix
MAX_WIDTH = 0.3  # an interval across the target and wider than this (under some 30 judged) leaves it open


def sample(
    corpus: Path,
    analyzer: Analyzer,
    signal: str,
    n: int,
    seed: int,
    columns: dict[str, str | None] | None = None,
    failed: list[Failure] | None = None,
    max_seconds: float | None = None,
) -> list[dict[str, object]]:
    """A uniform random sample of `n` matches of `signal` in `corpus` (its `columns` as chosen by the
    user), in corpus order. Records that cannot be read, or scored within `max_seconds` (None: no limit),
    are added to `failed`, when given; so are records that read as another language than the lexicons',
    with the status "flagged" (they are still sampled from)."""
    analyzer.lexicons.signal(signal)
    if n < 1:
        raise InputError("-n must be at least 1")
    rng = random.Random(seed)
    kept: list[tuple[int, dict[str, object]]] = []
    seen = 0
    for record in open_corpus(corpus, columns, max_seconds):
        if isinstance(record, Failure):
            if failed is not None and record.status == "failed":
                failed.append(record)
            continue
        try:
            with within(max_seconds, "scoring"):
                result = analyzer.analyze(
                    record.text, title=record.title, id=record.id, split_title=record.split_title, evidence=True
                )
        except InputError as exc:
            if failed is not None:
                failed.append(Failure(record.source, record.line, record.row, record.id, str(exc)))
            continue
        mismatch = scored_in_another_language(record.text, result, analyzer.lexicons.language)
        if mismatch and failed is not None:  # sampled from, and flagged as a corpus run of score flags it
            failed.append(Failure(record.source, record.line, record.row, record.id, mismatch, "flagged"))
        for e in result.evidence:
            if e.signal != signal or e.part != "body":
                continue
            row = {
                "id": record.id,
                "signal": signal,
                "entry": e.entry,
                "sentence": e.sentence,
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "sentence_text": result.sentences[e.sentence],
                "correct": "",
            }
            if len(kept) < n:
                kept.append((seen, row))
            else:
                k = rng.randrange(seen + 1)
                if k < n:
                    kept[k] = (seen, row)
            seen += 1
    return [row for _, row in sorted(kept, key=lambda pair: pair[0])]


def write_sample(rows: list[dict[str, object]], out) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


@dataclass(frozen=True)
class Judged:
    """Precision of one entry (or of the whole signal when `entry` is "")."""

    signal: str
    entry: str
    judged: int
    correct: int
    low: float
    high: float
    verdict: str  # "ok", "fix" (below the target), "drop" (surely under half) or "too few" (`_verdict`)

    @property
    def precision(self) -> float:
        return self.correct / self.judged if self.judged else 0.0


def wilson(correct: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion: right at the small counts a sample gives per entry."""
    if n == 0:
        return 0.0, 1.0
    p = correct / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def read_judged(path: Path) -> tuple[list[tuple[str, str, bool]], int]:
    """(signal, entry, correct) of every judged row, and how many rows are not judged yet.

    Raises one `InputError` naming the first bad row (and how many there are), so the analyst
    fixes the file; the file itself is never written. A line repeating the header is skipped: two samples
    joined with `cat` hold one, which "correct" in its correct column made a right match of signal
    "signal" (u32).
    """
    lines = small_table_rows(path)  # bounded, and naming the line of a broken row or of bytes not UTF-8
    fieldnames = next(lines, (1, []))[1]
    if len(fieldnames) == 1 and "correct" in fieldnames[0].split(";"):  # saved by Excel where "," is the decimal mark
        lines = small_table_rows(path, ";")
        fieldnames = next(lines)[1]
    if not fieldnames:  # no line but blank ones
        raise InputError(f"{path}: is empty; judge a file written by `framing lexicon sample`")
    missing = [c for c in ("signal", "entry", "correct") if c not in fieldnames]
    if missing:
        raise InputError(f"{path}: no {', '.join(missing)} column; judge a file written by `framing lexicon sample`")
    rows, bad, open_rows = [], [], 0
    seen: dict[tuple[str, str, bool], tuple[str, str, bool]] = {}
    for number, (line, cells) in enumerate(lines, 1):
        where = f"row {number} (line {line})"
        if cells == fieldnames:  # the header again, of a second sample appended to the first: no judgement
            continue
        row = dict(zip(fieldnames, cells))
        answer = row["correct"].strip().lower() if len(cells) == len(fieldnames) else ""
        if len(cells) != len(fieldnames):
            bad.append(
                (where, f"does not have the header's {len(fieldnames)} cells (a comma inside a sentence needs quotes)")
            )
        elif not answer:
            open_rows += 1
        elif answer not in YES | NO:
            bad.append((where, f"correct is {_shown(row['correct'])}; write 1 (right) or 0 (wrong), or leave it empty"))
        elif not row["signal"].strip() or not row["entry"].strip():
            bad.append((where, "signal or entry is empty"))
        else:  # a row seen before is the same tuple: a 100 MB file of one entry took 884 MB, one a row
            judged = (row["signal"].strip(), row["entry"].strip(), answer in YES)
            rows.append(seen.setdefault(judged, judged))
    if bad:
        where, why = bad[0]
        more = f" (and {counted(len(bad) - 1, 'more bad row')})" if len(bad) > 1 else ""
        raise InputError(f"{path}: {where}: {why}{more}; nothing was counted, the file is unchanged")
    return rows, open_rows


def _shown(cell: str) -> str:
    """A cell quoted for a one-line message: control characters escaped, at most 40 characters."""
    text = json.dumps(cell[:40], ensure_ascii=False)
    return text if len(cell) <= 40 else text[:-1] + '…"'


def judge(rows: list[tuple[str, str, bool]]) -> list[Judged]:
    """Per signal, the signal's precision first, then its entries, worst first. The answers are grouped in one
    pass: each entry's found by a pass over its signal's rows took 18 s for 20,000 entries, growing as their
    square."""
    answers: dict[str, dict[str, list[bool]]] = {}
    for signal, entry, ok in rows:
        answers.setdefault(signal, {}).setdefault(entry, []).append(ok)
    out: list[Judged] = []
    for signal in sorted(answers):
        entries = answers[signal]
        out.append(_judged(signal, "", [ok for entry in entries.values() for ok in entry]))
        per_entry = [_judged(signal, entry, entries[entry]) for entry in sorted(entries)]
        out += sorted(per_entry, key=lambda j: (j.precision, -j.judged))
    return out


def _judged(signal: str, entry: str, answers: list[bool]) -> Judged:
    n, k = len(answers), sum(answers)
    low, high = wilson(k, n)
    return Judged(signal, entry, n, k, round(low, 3), round(high, 3), _verdict(n, k / n, low, high))


def _verdict(n: int, precision: float, low: float, high: float) -> str:
    """What the interval shows, never more: "ok" beside 0.38-0.96 (4 of 5 right) claimed a precision the
    interval does not (u45). An interval that spans the target gives the point's verdict only when narrow."""
    if n < MIN_JUDGED:
        return "too few"
    if high < 0.5:
        return "drop"
    if high < TARGET:
        return "fix"
    if low >= TARGET:
        return "ok"
    if high - low > MAX_WIDTH:
        return "too few"
    return "fix" if precision < TARGET else "ok"
