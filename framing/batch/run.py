"""Score a whole corpus: records in (framing.corpus), a score table, evidence and an errors file out (tables).

Reading, duplicate-id checks and writing happen in this process, in input order; scoring happens in batches
(workers.py), here (`jobs=1`), in worker processes (`jobs>1`) or on a Dask cluster (`scheduler`). At most `2 x workers`
batches are in flight and each batch is capped in records and characters, so memory does not grow with the corpus, but
for the ids seen (a 64-bit digest each, about 100 bytes in a dict: 100 MB for a million records). Results are taken
back in submission order, so the output is the same whatever the parallelism. `score_corpus` writes files (the columns
and formats are in `framing.tables`); `score_frames` gives the same tables as DataFrames, with each article's word
counts (what `framing compare` needs).
"""

from __future__ import annotations

import hashlib
import itertools
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corpus import Corpus, Failure, Record, open_corpus, reason_kind
from ..errors import InputError
from ..forking import frozen_heap, signals_held
from ..lexicon.loader import LexiconSet
from ..narratives.columns import narrative_spec
from ..narratives.language import is_language_flag
from ..outputs import check_distinct
from ..pipeline import sourcing_method
from ..tables import EVIDENCE_COLUMNS, ERROR_COLUMNS, ScoreColumns, check_output, error_row, run_meta
from ..tables.write import FrameWriter, TableWriter, cell, commit_all
from .models import ModelSpec, model_spec
from .words import WordTable
from ..time_limit import MAX_SECONDS
from .workers import Executor, Payload, default_jobs

if TYPE_CHECKING:
    import pandas as pd

Writer = TableWriter | FrameWriter
BATCH_RECORDS = 1024  # records per batch: big enough to amortise inter-process overhead
# ... and a cap on the text a batch holds: about a second of scoring, so a corpus of a few thousand news articles is
# still spread over every worker (under a 4 MB cap, 1,300 articles made batches of 1,024 and 276: one worker did 4/5)
BATCH_CHARS = 1_000_000
# ... and on what its titles and other columns hold (they wait in this process): a cell costs its length + 50
BATCH_CARRIED, CELL_COST = 4_000_000, 50
# ... and on its items, failures too: a million lines of "{}" (3 MB of JSONL) were one batch of 290 MB
BATCH_ITEMS = 8 * BATCH_RECORDS


@dataclass
class RunSummary:
    """What a corpus run did, for the closing line, the exit code and the run metadata."""

    read: int = 0
    scored: int = 0
    failed: int = 0
    flagged: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # failure and flag reason kinds -> count
    language_ids: list[str] = field(default_factory=list)  # records kept but read as another language (compare)
    failed_groups: list[dict[str, Any]] = field(default_factory=list)  # a failed record's columns (compare only)
    seconds: float = 0.0
    where: str = ""
    skipped_files: int = 0
    groups: dict[str, Any] = field(default_factory=dict)  # --summary: group -> sums

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "scored": self.scored, "failed": self.failed, "flagged": self.flagged}


@dataclass
class ScoredCorpus:
    """A corpus run's tables in memory: what `score_corpus` writes, word counts and short lines per article."""

    scores: pd.DataFrame
    evidence: pd.DataFrame
    words: pd.DataFrame
    run: RunSummary
    lines: pd.DataFrame | None = None


def summary_signals(lexicons: LexiconSet) -> list[str]:
    """The columns `--summary` averages: each signal's own-voice rate and the sourcing shares of weak sourcing."""
    cols = [f"{sid}_author_per_1k" for sid in lexicons.signals if sid not in lexicons.sourcing_roles]
    return cols + ["sourcing_anonymous", "sourcing_unattributed_assertive"]


def score_corpus(
    input: Path | str,
    output: Path | str,
    lexicons: LexiconSet,
    *,
    columns: dict[str, str | None] | None = None,
    jobs: int | None = None,
    evidence: Path | str | None = None,
    errors: Path | str | None = None,
    scheduler: str | None = None,
    summary: str | None = None,
    progress: Callable[[Corpus], Any] | None = None,
    model: Path | str | None = None,
    sentences: Path | str | None = None,
    max_seconds: float | None = MAX_SECONDS,
    narratives: bool = False,
    lexicon_dirs: list[Path] | None = None,
    sourcing: str | None = None,
) -> RunSummary:
    """Score every record of `input` into `output`; failures and flags go to `errors`.

    `errors` defaults to OUT's name with `.errors.csv`; it is always written, so a stale one never sits beside a
    fresh output. `summary` names a column to average the main signals by. `model` (a file from `framing train`)
    adds its predictions; `sentences` takes one row per sentence. A record whose scoring takes over `max_seconds`
    (None: no limit) fails with that reason. `narratives` adds the narrative columns (framing.narratives.columns;
    cue lexicons also from `lexicon_dirs`). `progress(corpus)` gives a tracker told of each batch written
    (`update(run, reach)`) and of the end (`close(run)`). `sourcing`: "rules", "trained" or "hybrid" (None:
    $FRAMING_SOURCING, else "rules"; see `Analyzer`), recorded in the run metadata. Raises `InputError` when the
    input or an option cannot be used at all. Paths may be strings.
    """
    input, output = Path(input), Path(output)
    evidence, errors, model, sentences = (None if p is None else Path(p) for p in (evidence, errors, model, sentences))
    if sentences is not None and model is None:
        raise InputError("--sentences writes a model's per-sentence predictions; give the model with --model")
    check_output(output)  # first: "." or "/" is a folder, and has no name to derive the errors file's from
    errors = errors if errors is not None else output.with_name(output.stem + ".errors.csv")
    for path in (evidence, sentences, errors):
        if path is not None:
            check_output(path)
    check_distinct(
        {"the input": input, "-o": output, "--evidence": evidence, "--errors": errors, "--sentences": sentences}
    )
    spec = model_spec(model, sentences is not None) if model is not None else None
    run = _Run(
        input, lexicons, columns, spec, narratives, lexicon_dirs, summary, evidence is not None, sourcing, max_seconds
    )
    writers: list[TableWriter] = []
    try:
        with signals_held():  # a SIGTERM between a file's making and its listing here left the file behind
            scores = TableWriter(output, run.cols.types, run.meta)
            writers.append(scores)
            ev = TableWriter(evidence, list(EVIDENCE_COLUMNS), run.meta) if evidence else None
            if ev:
                writers.append(ev)
            sent = TableWriter(sentences, spec.sentence_columns(), run.meta) if sentences and spec else None
            if sent:
                writers.append(sent)
            errs = TableWriter(errors, list(ERROR_COLUMNS))
            writers.append(errs)
        with frozen_heap():  # for the workers forked, and for this process's merging
            return run.into(scores, ev, sent, errs, jobs, scheduler, max_seconds, progress)
    except BaseException:
        for writer in writers:
            writer.abort()
        raise


def score_frames(
    input: Path,
    lexicons: LexiconSet,
    *,
    columns: dict[str, str | None] | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    model: Path | None = None,
    narratives: bool = False,
    lexicon_dirs: list[Path] | None = None,
    max_seconds: float | None = MAX_SECONDS,
    meanwhile: Callable[[], object] | None = None,
    sourcing: str | None = None,
) -> ScoredCorpus:
    """`score_corpus` with evidence, into DataFrames rather than files, with each scored article's
    word counts: one pass gives all a comparison needs. `meanwhile`: work while the workers score."""
    spec = model_spec(model) if model is not None else None
    run = _Run(input, lexicons, columns, spec, narratives, lexicon_dirs, None, True, sourcing, max_seconds, words=True)
    scores, evidence = FrameWriter(run.cols.types), FrameWriter(list(EVIDENCE_COLUMNS))
    with frozen_heap():  # for the workers forked, and for this process's merging
        summary = run.into(
            scores, evidence, None, FrameWriter(list(ERROR_COLUMNS)), jobs, scheduler, max_seconds, None, meanwhile
        )
    assert run.words is not None  # asked for above
    return ScoredCorpus(scores.frame(), evidence.frame(), run.words.frame(), summary, run.words.line_frame())


class _Run:
    """One corpus run: the corpus opened, its columns and run metadata fixed, then `into` writers."""

    def __init__(
        self,
        input: Path,
        lexicons: LexiconSet,
        columns: dict[str, str | None] | None,
        spec: ModelSpec | None,
        narratives: bool,
        lexicon_dirs: list[Path] | None,
        summary: str | None,
        evidence: bool,
        sourcing: str | None = None,
        max_seconds: float | None = None,  # a saved page's extraction is held to it as a record's scoring is
        words: bool = False,
    ):
        self.lexicons, self.spec, self.summary, self.evidence = lexicons, spec, summary, evidence
        self.sourcing = sourcing_method(sourcing)
        self.nspec = narrative_spec(lexicon_dirs=lexicon_dirs) if narratives else None
        self.corpus = open_corpus(input, columns, max_seconds)
        self.started = time.perf_counter()
        items = iter(self.corpus)
        first = next(items, None)  # reading the header fixes the columns before the writers open
        self.items = itertools.chain([first], items) if first is not None else items
        added = (spec.columns() if spec else []) + (self.nspec.columns() if self.nspec else [])
        self.cols = ScoreColumns(lexicons.signals, self.corpus.extra_columns, self.corpus.extra_types, added)
        if summary is not None and summary not in self.cols.names:
            choices = ", ".join(self.cols.names[:4] + list(self.cols.extra.values()))
            raise InputError(f"--summary {summary}: no such column; choose one of {choices}")
        self.averaged = ["n_words"] + [c for c in summary_signals(lexicons) if c in self.cols.index]
        extra: dict[str, Any] = {"sourcing": self.sourcing} | ({"model": spec.meta()} if spec else {})
        if self.nspec:
            extra["narrative_model"] = self.nspec.meta()
        self.meta = run_meta(lexicons, self.corpus, evidence, extra)
        if self.cols.renamed:
            self.meta["input"]["renamed"] = self.cols.renamed
        self.words = WordTable() if words else None

    def into(
        self,
        scores: Writer,
        ev: Writer | None,
        sent: Writer | None,
        errs: Writer,
        jobs: int | None,
        scheduler: str | None,
        max_seconds: float | None,
        progress: Callable[[Corpus], Any] | None,
        meanwhile: Callable[[], object] | None = None,
    ) -> RunSummary:
        """Score the corpus into the writers of the scores, evidence, sentences and errors; every
        output complete before any is put in place: all or none. `meanwhile` runs once the first
        batches are handed out."""
        writers = [w for w in (scores, ev, sent, errs) if w is not None]
        run = RunSummary()
        batches = _batches(self.items, self.corpus)
        head = [b for b in (next(batches, None), next(batches, None)) if b is not None]
        if len(head) < 2 and scheduler is None:
            jobs = 1  # a corpus that fits in one batch is scored before a pool could start
        executor = Executor(
            self.lexicons,
            self.evidence,
            jobs or default_jobs(),
            scheduler,
            self.spec,
            max_seconds,
            self.nspec,
            self.words is not None,
            self.sourcing,
        )
        run.where = executor.where
        tracker = progress(self.corpus) if progress else None
        try:
            seen: dict[int, int] = {}
            for (batch, reach), future in _ordered(executor, itertools.chain(head, batches)):
                if meanwhile is not None:
                    meanwhile()
                    meanwhile = None
                results, found, sentence_rows, counted = executor.result(future)
                rows, problems = _merge(batch, results, self.cols, seen, self.corpus, run, self.summary, self.averaged)
                scores.write(rows)
                errs.write(error_row(p) for p in problems)
                if ev:
                    ev.write(found)
                if sent:
                    sent.write(sentence_rows)
                if self.words is not None:  # a comparison, which holds every row anyway: its failures' groups too
                    run.failed_groups += [dict(p.columns) for p in problems if p.status == "failed"]
                    run.language_ids += [str(p.id) for p in problems if is_language_flag(p.reason)]  # flags, kept
                    for row, (counts, lines) in zip(rows, counted):
                        self.words.add(row[0], counts, lines)
                if tracker:
                    tracker.update(run, reach)
        finally:
            executor.close(abandon=sys.exc_info()[0] is not None)  # stopping (Ctrl-C, an error): waits for no batch
            if tracker:
                tracker.close(run)
        run.skipped_files = len(self.corpus.skipped)
        run.seconds = time.perf_counter() - self.started
        final = self.meta | {"counts": run.counts()}
        for writer in writers:
            writer.finish(final if writer is not errs else None)
        commit_all(writers)
        return run


Batch = tuple[list[Record | Failure], int]  # items, and how far into the input they reach


def _batches(items: Iterator[Record | Failure], corpus: Corpus) -> Iterator[Batch]:
    batch: list[Record | Failure] = []
    chars = carried = records = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Record):
            records += 1
            chars += len(item.text)
            carried += len(item.title or "") + sum(
                CELL_COST + (len(v) if isinstance(v, str) else 0) for v in item.extra.values()
            )
        if records >= BATCH_RECORDS or chars >= BATCH_CHARS or carried >= BATCH_CARRIED or len(batch) >= BATCH_ITEMS:
            yield batch, corpus.done
            batch, chars, carried, records = [], 0, 0, 0
    if batch:
        yield batch, corpus.done


def _payload(batch: list[Record | Failure]) -> Payload:
    return [(r.text, r.title, r.split_title, r.id) for r in batch if isinstance(r, Record)]


def _ordered(executor: Executor, batches: Iterator[Batch]) -> Iterator[tuple[Batch, Any]]:
    """(batch, future) in submission order, with at most `executor.window` batches in flight."""
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, executor.submit(_payload(batch[0]))))
        if len(pending) >= executor.window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _merge(
    batch: list[Record | Failure],
    results: list,
    cols: ScoreColumns,
    seen: dict[int, int],
    corpus: Corpus,
    run: RunSummary,
    summary: str | None,
    averaged: list[str],
) -> tuple[list[tuple], list[Failure]]:
    """Score rows and problems of one batch, in input order; counts go into `run`."""
    rows: list[tuple] = []
    problems: list[Failure] = []
    scored = iter(results)
    where = {"csv": "line", "tsv": "line", "jsonl": "line", "parquet": "row"}.get(corpus.kind)
    for item in batch:
        run.read += 1
        result = next(scored) if isinstance(item, Record) else item.reason
        if isinstance(result, str):  # the record could not be read, or not scored
            failure = item if isinstance(item, Failure) else item.failed(result)
            problems.append(failure)
            run.failed += 1
            run.reasons[reason_kind(result)] += 1
            continue
        assert isinstance(item, Record)  # a Failure's result is its reason, handled above
        title, score, *notes = result
        key = int.from_bytes(hashlib.blake2b(item.id.encode("utf-8", "surrogatepass"), digest_size=8).digest())
        flags = list(item.flags) + notes
        first = seen.get(key)
        if first is None:
            seen[key] = (item.line if where == "line" else item.row) or 0
        else:
            flags.append(
                f"duplicate id {item.id!r} (first at {where} {first}); kept and flagged"
                if where
                else f"duplicate id {item.id!r} (an earlier file has it); kept and flagged"
            )
        row = (
            item.id,
            item.outlet,
            item.date,
            title,
            *[item.extra.get(name) for name in cols.extra],
            *score,
            first is not None,
        )
        rows.append(row)
        run.scored += 1
        if flags:
            run.flagged += 1
            problems += [Failure(item.source, item.line, item.row, item.id, flag, "flagged") for flag in flags]
            run.reasons.update(map(reason_kind, flags))  # counted with the failures' reasons
        if summary is not None:
            _accumulate(run.groups, row, summary, cols, averaged)
    return rows, problems


def _accumulate(groups: dict[str, Any], row: tuple, column: str, cols: ScoreColumns, averaged: list[str]) -> None:
    value = row[cols.index[column]]
    key = "(none)" if value is None else cell(value) if not isinstance(value, str) else value
    sums = groups.setdefault(str(key), {"n": 0})
    sums["n"] += 1
    for name in averaged:
        sums[name] = sums.get(name, 0.0) + row[cols.index[name]]


def group_means(run: RunSummary) -> dict[str, dict[str, float]]:
    """Group -> {"n": articles, column: mean} for a run with `summary`, groups sorted by name."""
    return {
        group: {"n": sums["n"]} | {c: v / sums["n"] for c, v in sums.items() if c != "n"}
        for group, sums in sorted(run.groups.items())
    }
