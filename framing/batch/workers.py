"""Where a corpus run's batches are scored: here, in worker processes, or on a Dask cluster.

`score_payload` scores one batch into tuples (they cross a process boundary); `Executor` hands
batches out and gives futures back. A worker ends itself when the run's main process is gone, and
a record whose scoring takes over `max_seconds` fails with that reason instead of stalling a run.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import InputError, RunError
from ..lexicon.loader import LexiconSet
from ..narratives.columns import NarrativeSpec, narrative_read, narrative_values
from ..narratives.columns import detector as narrative_detector
from ..narratives.language import scored_in_another_language
from ..pipeline import NO_LETTERS, Analyzer, sourcing_method
from ..tables import EvidenceRow, evidence_row, sentence_window
from ..time_limit import OverBudget, TimeBudget, over_limit
from ..wording import counted
from .models import ModelSpec, apply_model, loaded_model
from ..forking import WORKER_DIED, end_workers, exit_with, pool_result, settle_worker, signals_held
from .words import short_lines, word_counts


_analyzers: dict[tuple[str, str], Analyzer] = {}

Payload = list[tuple[str, str | None, bool, str]]  # (text, title, split_title, id) per record
# Per record (title, score values) or why it failed; evidence rows; sentence rows; per scored
# record its word counts (with `words`)
Scored = tuple[
    list[tuple[str | None, tuple] | str], list[EvidenceRow], list[tuple], list[tuple[dict[str, int], dict[str, int]]]
]


# Worker processes per core at most, whatever --jobs asks: each forked worker holds the lexicons, and four batches
# are in flight per worker (`--jobs 100000` started 100,000 processes and held 400,000 batches).
MAX_JOBS_PER_CORE = 4


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def start_method() -> str:
    """How worker processes start. Forked, a worker starts in milliseconds with everything this
    process has imported (a fresh interpreter spends a second importing and compiling); forking
    is safe only in a process with no other threads, and only Linux forks reliably. Elsewhere a
    fork server, or fresh interpreters."""
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def analyzer(lexicons: LexiconSet, sourcing: str) -> Analyzer:
    """One compiled analyzer per lexicon set and sourcing method per process (workers score many batches)."""
    key = (lexicons.hash, sourcing)
    found = _analyzers.get(key)
    if found is None:
        found = _analyzers[key] = Analyzer(lexicons, sourcing)
    return found


def score_payload(
    analyzer: Analyzer,
    payload: Payload,
    evidence: bool,
    model: ModelSpec | None = None,
    max_seconds: float | None = None,
    narratives: NarrativeSpec | None = None,
    words: bool = False,
) -> Scored:
    """Score a batch: per record (title, score values in `ArticleResult.row_values` order, then the
    model's columns, then the narrative columns and, when they are empty, why) or the reason it
    failed; evidence rows; sentence rows; with `words`, each scored record's word counts.
    A record whose scoring takes over `max_seconds` fails."""
    results: list[tuple | str] = []  # (title, values[, why no narrative]) or why the record failed
    found: list[EvidenceRow] = []
    counted: list[tuple[dict[str, int], dict[str, int]]] = []  # per record: its words and short lines
    analysed: list[tuple[int, str, str | None, Any]] = []  # for the model: (slot, id, text, result)
    told: list[tuple[int, Any]] = []  # narratives: (slot, the article as read)
    foreign: list[tuple[int, str]] = []  # (slot, why the lexicons' language is not the text's, or no letters)
    budget = TimeBudget(max_seconds)
    over = over_limit("scoring", max_seconds) if max_seconds else ""
    done: list[tuple[Any, float] | str] = []  # per record: (its result, seconds spent) or why it failed
    with budget.held():
        for text, title, split_title, rid in payload:
            started = time.monotonic()
            try:
                with budget():
                    result = analyzer.analyze(
                        text,
                        title=title,
                        id=rid,
                        split_title=split_title,
                        evidence=evidence,
                        sentences=model is not None,
                    )
            except OverBudget:
                done.append(over)
                continue
            except InputError as exc:  # a title over analyze's size cap (round d11): the record's reason
                done.append(str(exc))
                continue
            except Exception as exc:  # a scorer bug must not sink a million-article run: report the record
                done.append(_bug(exc))
                continue
            done.append((result, time.monotonic() - started) if result.n_words else "no words in the text")
    read: dict[int, Any] = {}  # record -> its narratives as read
    if narratives is not None:
        # After the batch's signal scoring, not in turns with it: alternating, each evicted the other's
        # data from the CPU caches, and narratives cost twice what they cost in a row. Each record is
        # read in what its scoring left of its time limit.
        with budget.held():
            for k, ((text, title, split_title, rid), outcome) in enumerate(zip(payload, done)):
                if isinstance(outcome, str):
                    continue
                try:
                    with budget(outcome[1]):
                        read[k] = narrative_read(
                            narratives, f"{title}\n\n{text}" if title and not split_title else text, rid
                        )
                except OverBudget:
                    done[k] = over
                except Exception as exc:  # as above: report the record
                    done[k] = _bug(exc)
    for k, ((text, _, _, rid), outcome) in enumerate(zip(payload, done)):
        if isinstance(outcome, str):
            results.append(outcome)
            continue
        result = outcome[0]
        results.append((result.title, tuple(result.row_values())))
        mismatch = scored_in_another_language(text, result, analyzer.lexicons.language)
        if not mismatch and NO_LETTERS in result.warnings:
            mismatch = f"{NO_LETTERS} (is --text-col the column of the texts?)"
        if mismatch:  # kept and flagged: a Russian article scored with English lexicons reads as all zeros
            foreign.append((len(results) - 1, mismatch))
        if words:
            counted.append((word_counts(text), short_lines(text)))
        if narratives is not None:
            told.append((len(results) - 1, read[k]))
        if model is not None:
            analysed.append((len(results) - 1, rid, text, result))
        if evidence:
            headline = result.headline["text"] if result.headline else ""
            for e in result.evidence:
                if e.part == "body":
                    sentence, at = result.sentences[e.sentence], e.start - result.sentence_starts[e.sentence]
                else:
                    sentence, at = headline, e.start
                found.append(evidence_row(rid, e, sentence_window(sentence, at, at + e.end - e.start)))
    sentence_rows: list[tuple] = []
    if model is not None and analysed:
        apply_model(loaded_model(model), model, analysed, results, sentence_rows)
    if narratives is not None and told:  # the batch's narratives in one go, after the model's columns
        for (slot, _), (values, why) in zip(told, narrative_values(narratives, [r for _, r in told])):
            scored = results[slot]
            assert not isinstance(scored, str)  # only scored records are told
            title, score = scored[0], scored[1]
            results[slot] = (title, score + values) + ((why,) if why else ())
    for slot, why in foreign:  # a note after the model's and narratives' columns, as narratives' own
        results[slot] = (*results[slot], why)
    return results, found, sentence_rows, counted


def _bug(exc: Exception) -> str:
    return f"scoring failed ({type(exc).__name__}: {exc}); please report this as a bug"


def _worker_init(
    lexicons: LexiconSet, sourcing: str, model: ModelSpec | None, parent: int, narratives: NarrativeSpec | None = None
) -> None:
    # Ctrl-C reaches the whole process group: the main process winds the run down, and workers
    # that died of it too would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked worker inherits the handler `signals_held` put in place while it was started
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    exit_with(parent)
    analyzer(lexicons, sourcing)
    if model is not None:
        loaded_model(model)
    if narratives is not None:
        narrative_detector(narratives)
    settle_worker()


def _worker_score(
    payload: Payload,
    evidence: bool,
    model: ModelSpec | None,
    max_seconds: float | None,
    narratives: NarrativeSpec | None = None,
    words: bool = False,
) -> Scored:
    return score_payload(next(iter(_analyzers.values())), payload, evidence, model, max_seconds, narratives, words)


def _dask_score(
    lexicons: LexiconSet,
    sourcing: str,
    payload: Payload,
    evidence: bool,
    model: ModelSpec | None,
    narratives: NarrativeSpec | None = None,
    words: bool = False,
) -> Scored:
    # a thread: no time budget
    return score_payload(analyzer(lexicons, sourcing), payload, evidence, model, None, narratives, words)


class _Done:
    """A finished result with the interface of a future."""

    def __init__(self, value: Scored):
        self.value = value

    def result(self) -> Scored:
        return self.value


class Executor:
    """Where batches are scored: here, in a process pool, or on a Dask cluster."""

    def __init__(
        self,
        lexicons: LexiconSet,
        evidence: bool,
        jobs: int,
        scheduler: str | None,
        model: ModelSpec | None = None,
        max_seconds: float | None = None,
        narratives: NarrativeSpec | None = None,
        words: bool = False,
        sourcing: str | None = None,
    ):
        self.sourcing = sourcing_method(sourcing)  # settled here: a Dask worker has its own environment
        self.evidence = evidence
        self.model = model
        self.narratives = narratives
        self.max_seconds = max_seconds
        self.words = words
        self.window = 1
        self.workers = 1
        self._pool = self._client = None
        self._threshold: tuple[int, int, int] | None = None  # the collector's, to put back on closing
        self.where = "1 process"
        if scheduler:
            self._client = _dask_client(scheduler)
            self._lexicons = self._client.scatter(lexicons, broadcast=True)
            self.workers = sum(self._client.nthreads().values()) or 1
            self.window = 2 * self.workers
            self.where = f"Dask at {scheduler} ({counted(self.workers, 'thread')})"
        elif jobs > 1:
            jobs = min(jobs, MAX_JOBS_PER_CORE * default_jobs())
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                jobs,
                multiprocessing.get_context(start_method()),
                _worker_init,
                (lexicons, self.sourcing, model, os.getpid(), narratives),
            )
            self.workers = jobs
            # Four batches a worker in flight (about a second of scoring each): enough that no worker
            # waits for work while the main process is busy elsewhere, as compare's is for a second
            # loading the report's modules (with two a worker, a worker sometimes did).
            self.window = 4 * jobs
            self.where = f"{jobs} processes"
        else:
            self._analyzer = analyzer(lexicons, self.sourcing)
            # This process scores: settled as a worker is (the collector's passes took 3% of a
            # run's CPU, half that settled); the run's `frozen_heap` thaws the analyzer after it.
            self._threshold = settle_worker()

    def submit(self, payload: Payload):
        if self._client is not None:
            return self._client.submit(
                _dask_score,
                self._lexicons,
                self.sourcing,
                payload,
                self.evidence,
                self.model,
                self.narratives,
                self.words,
                pure=False,
            )
        if self._pool is not None:
            with signals_held():  # a submit may start a worker process
                try:
                    return self._pool.submit(
                        _worker_score, payload, self.evidence, self.model, self.max_seconds, self.narratives, self.words
                    )
                except (BrokenProcessPool, BrokenPipeError):  # the pipe to a worker that died starting up
                    raise RunError(WORKER_DIED) from None
        return _Done(
            score_payload(
                self._analyzer, payload, self.evidence, self.model, self.max_seconds, self.narratives, self.words
            )
        )

    def result(self, future: Any) -> Scored:
        """A batch's result; a dead worker stops the run with `WORKER_DIED` (`forking.pool_result`). A Dask
        worker that died lost the lexicons scattered to it, or failed a batch three times: a traceback, exit 1."""
        if self._client is not None:
            from distributed import KilledWorker
            from distributed.client import FutureCancelledError

            try:
                return future.result()
            except (KilledWorker, FutureCancelledError):
                raise RunError(WORKER_DIED) from None
        return future.result() if self._pool is None else pool_result(self._pool, future)

    def close(self, abandon: bool = False) -> None:
        """Shut the workers down; `abandon`: the run is stopping and wants no result, so workers still scoring a
        batch are killed, not waited for (after Ctrl-C with --jobs 2 the wait took 31 s on a busy machine)."""
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)
        if self._pool is not None:
            # stopping, a second SIGTERM (a scheduler's, or one to the process group) cut this short: held
            with signals_held() if abandon else contextlib.nullcontext():
                if abandon:
                    end_workers(self._pool)
                self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'framing[dask]'") from None
    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
