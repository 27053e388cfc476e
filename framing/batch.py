"""Score a whole corpus: records in (corpus.py), a score table, evidence and an errors file out.

Reading, duplicate-id checks and writing happen in this process, in input order; scoring happens
in batches, here (`jobs=1`), in worker processes (`jobs>1`) or on a Dask cluster (`scheduler`).
At most `2 x workers` batches are in flight and each batch is capped in records and characters, so
memory does not grow with the corpus, but for the ids seen (a 64-bit digest each, about 100 bytes
in a dict: 100 MB for a million records).
Results are taken back in submission order, so the output is the same whatever the parallelism.

Outputs (format by extension: .parquet, .csv or .jsonl):
- score table: id, outlet, date, title, the input's extra columns, n_words, n_sentences, per
  signal count / weighted / per_1k / author_per_1k / sentence_share, the sourcing mix, and
  duplicate_id (true for every record whose id an earlier record already had);
- evidence (optional): one row per match: id, part, signal, entry, sentence, start, end, text,
  sentence_text, voice, negated, weight, rule;
- errors: source, line, row, id, status (failed: not in the output; flagged: in the output with a
  problem, such as a duplicate id or an unreadable date), reason;
- with a model (`framing train`): per class `model_<label>_share` (sentence-level models: the share
  of body sentences given the label) or `model_<label>_prob` and `model_label` (article-level
  models) in the score table, and optionally one row per sentence (id, sentence, text, label, the
  probability of each class) in a sentences file.
Run metadata (`run_meta`: tool version, lexicon hash and files, input, columns) goes into the
Parquet file's metadata under "framing", or a sidecar OUT.meta.json beside a CSV/JSONL file. It
holds nothing that varies between runs (no time, no job count), so equal runs give equal files.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import glob
import hashlib
import itertools
import json
import os
import re
import secrets
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .corpus import Corpus, Failure, Record, open_corpus
from .csvout import CsvRows
from .outputs import check_file
from .errors import FramingError, InputError
from .lexicon.loader import LexiconSet
from .narratives.columns import NarrativeSpec, narrative_spec, narrative_values
from .narratives.columns import detector as narrative_detector
from .pipeline import Analyzer

BATCH_RECORDS = 1024             # records per batch: big enough to amortise inter-process overhead
BATCH_CHARS = 4_000_000          # ... and a cap on the text a batch holds, for very long articles
# An evidence row repeats its sentence: a longer one (a text without sentence punctuation) is cut
# to a window around the match, or an evidence file grows with the square of a record's length
# ('He said ' * 40000, 320 KB, wrote 3.2 GB of evidence).
EVIDENCE_SENTENCE_CHARS = 1_000
MAX_SECONDS = 60.0               # per-record scoring time limit (--max-seconds); 10 MB of news text took 12.9 s here
PARENT_CHECK = 1.0               # seconds between a worker's checks that the run's main process lives
ROW_GROUP = 8192                 # Parquet rows per row group (fixed: equal runs give equal files)
OUTPUT_FORMATS = (".parquet", ".csv", ".jsonl")
CORE_COLUMNS = ("id", "outlet", "date", "title")
EVIDENCE_COLUMNS = (("id", "string"), ("part", "string"), ("signal", "string"), ("entry", "string"),
                    ("sentence", "int64"), ("start", "int64"), ("end", "int64"), ("text", "string"),
                    ("sentence_text", "string"), ("voice", "string"), ("negated", "bool"),
                    ("weight", "float64"), ("rule", "string"))
ERROR_COLUMNS = (("source", "string"), ("line", "int64"), ("row", "int64"), ("id", "string"),
                 ("status", "string"), ("reason", "string"))


WORKER_DIED = "a worker process died (out of memory?); no output was written"


class RunError(FramingError):
    """A run that could not finish for a reason outside the input (exit code 3)."""

    exit_code = 3


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# ---- scoring (runs in workers) -------------------------------------------------------------

_analyzers: dict[str, Analyzer] = {}
_models: dict[str, Any] = {}    # model file sha256 -> Trained, loaded once per process


def _analyzer(lexicons: LexiconSet) -> Analyzer:
    """One compiled analyzer per lexicon set per process (workers score many batches)."""
    found = _analyzers.get(lexicons.hash)
    if found is None:
        found = _analyzers[lexicons.hash] = Analyzer(lexicons)
    return found


Payload = list[tuple[str, str | None, bool, str]]   # (text, title, split_title, id) per record
Scored = tuple[list[tuple[str | None, tuple] | str], list[tuple], list[tuple]]


@dataclass(frozen=True)
class ModelSpec:
    """A model to apply in a corpus run: where its file is, and what it adds to the outputs."""

    path: str
    sha256: str
    classes: tuple[str, ...]
    level: str                    # "sentence" or "article"
    sentences: bool = False       # also give one row per sentence

    @property
    def slugs(self) -> list[str]:
        """Column-safe names of the classes, unique ("Biased" -> "biased", "non-biased" -> "non_biased")."""
        out: list[str] = []
        for label in self.classes:
            slug = re.sub(r"[^0-9a-z]+", "_", label.lower()).strip("_") or "label"
            while slug in out:
                slug += "_"
            out.append(slug)
        return out

    def columns(self) -> list[tuple[str, str]]:
        if self.level == "article":
            return [(f"model_{slug}_prob", "float64") for slug in self.slugs] + [("model_label", "string")]
        return [(f"model_{slug}_share", "float64") for slug in self.slugs]

    def sentence_columns(self) -> list[tuple[str, str]]:
        return ([("id", "string"), ("sentence", "int64"), ("text", "string"), ("label", "string")]
                + [(f"p_{slug}", "float64") for slug in self.slugs])


def model_spec(path: Path, sentences: bool = False):
    """Load a model file (refusing a tampered or foreign one) and describe it for a corpus run."""
    from .model.files import file_sha256, load

    trained = load(path)
    spec = ModelSpec(str(path), file_sha256(path), tuple(trained.classes), trained.meta["level"], sentences)
    if sentences and spec.level == "article":
        raise InputError(f"{path}: an article-level model gives no per-sentence predictions; drop --sentences")
    _models[spec.sha256] = trained
    return spec


def _model(spec: ModelSpec):
    trained = _models.get(spec.sha256)
    if trained is None:
        from .model.files import file_sha256, load

        trained = load(Path(spec.path))
        if file_sha256(Path(spec.path)) != spec.sha256:
            raise RunError(f"{spec.path}: the model file changed during the run")
        _models[spec.sha256] = trained
    return trained


def score_payload(analyzer: Analyzer, payload: Payload, evidence: bool, model: ModelSpec | None = None,
                  max_seconds: float | None = None, narratives: NarrativeSpec | None = None) -> Scored:
    """Score a batch: per record (title, score values in `ArticleResult.row` order, id left out, then
    the model's columns, then the narrative columns and, when they are empty, why) or the reason it
    failed; evidence rows; sentence rows. Tuples, not dicts:
    they cross a process boundary. A record whose scoring takes over `max_seconds` fails."""
    results: list[tuple[str | None, tuple] | str] = []
    found: list[tuple] = []
    analysed: list[tuple[int, str, str | None, Any]] = []   # for the model: (slot, id, text, result)
    told: list[tuple[int, tuple, str | None]] = []           # narratives: (slot, values, why none)
    budget = _TimeBudget(max_seconds)
    for text, title, split_title, rid in payload:
        try:
            with budget:
                result = analyzer.analyze(text, title=title, id=rid, split_title=split_title, evidence=evidence,
                                          sentences=model is not None)
                if narratives is not None:
                    values, why = narrative_values(narratives, f"{title}\n\n{text}" if title and not split_title
                                                   else text, rid)
        except _OverBudget:
            results.append(f"scoring took over {max_seconds:g} s (the --max-seconds limit)")
            continue
        except Exception as exc:  # a scorer bug must not sink a million-article run: report the record
            results.append(f"scoring failed ({type(exc).__name__}: {exc}); please report this as a bug")
            continue
        if result.n_words == 0:
            results.append("no words in the text")
            continue
        results.append((result.title, tuple(result.row_values())))
        if narratives is not None:
            told.append((len(results) - 1, values, why))
        if model is not None:
            analysed.append((len(results) - 1, rid, text, result))
        if evidence:
            headline = result.headline["text"] if result.headline else ""
            for e in result.evidence:
                if e.part == "body":
                    sentence, at = result.sentences[e.sentence], e.start - result.sentence_starts[e.sentence]
                else:
                    sentence, at = headline, e.start
                found.append((rid, e.part, e.signal, e.entry, e.sentence, e.start, e.end, e.text,
                              sentence_window(sentence, at, at + e.end - e.start),
                              e.voice, e.negated, e.weight, e.rule))
    sentence_rows: list[tuple] = []
    if model is not None and analysed:
        _apply_model(_model(model), model, analysed, results, sentence_rows)
    for slot, values, why in told:   # after the model: its columns come first
        title, score = results[slot]
        results[slot] = (title, score + values) + ((why,) if why else ())
    return results, found, sentence_rows


def sentence_window(sentence: str, start: int, end: int) -> str:
    """The sentence as an evidence row shows it: whole, or, when longer than EVIDENCE_SENTENCE_CHARS,
    the characters around the match (`start`:`end` in the sentence) with "…" where it was cut."""
    if len(sentence) <= EVIDENCE_SENTENCE_CHARS:
        return sentence
    margin = max(0, (EVIDENCE_SENTENCE_CHARS - (end - start)) // 2)
    first, last = max(0, start - margin), min(len(sentence), end + margin)
    return ("…" if first else "") + sentence[first:last] + ("…" if last < len(sentence) else "")


def _apply_model(trained, spec: ModelSpec, analysed: list, results: list, sentence_rows: list[tuple]) -> None:
    """Add the model's columns to each scored record of a batch (all its sentences in one go)."""
    from .model.labels import article_shares, labels_from_probabilities
    from .model.predict import probabilities, sentence_probabilities

    def label_texts(proba) -> list[str]:   # multi-label models give several labels: comma-joined
        return [v if isinstance(v, str) else ",".join(v) for v in labels_from_probabilities(trained, proba)]

    if spec.level == "article":
        proba = probabilities(trained, [text for _, _, text, _ in analysed])
        for (slot, _, _, _), row, label in zip(analysed, proba, label_texts(proba)):
            title, values = results[slot]
            results[slot] = (title, values + tuple(round(float(p), 4) for p in row) + (label,))
        return
    scored, proba = sentence_probabilities(trained, [(text, r.title, r) for _, _, text, r in analysed])
    for (slot, _, _, _), share in zip(analysed, article_shares(trained, scored, proba)):
        title, values = results[slot]
        results[slot] = (title, values + tuple(round(float(v), 4) for v in share))
    if spec.sentences:
        labels = iter(label_texts(proba))
        rows = iter(proba)
        for (_, rid, _, _), result in zip(analysed, scored):
            for k, text in enumerate(result.sentences):
                sentence_rows.append((rid, k, text, next(labels), *(round(float(p), 4) for p in next(rows))))


def _worker_init(lexicons: LexiconSet, model: ModelSpec | None, parent: int,
                 narratives: NarrativeSpec | None = None) -> None:
    # Ctrl-C reaches the whole process group: the main process winds the run down, and workers
    # that died of it too would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _analyzer(lexicons)
    if model is not None:
        _model(model)
    if narratives is not None:
        narrative_detector(narratives)


def _exit_with(parent: int) -> None:
    """End this worker when the run's main process is gone: killed outright (SIGKILL), it can no
    longer shut the pool down, and a worker waiting for work would wait forever."""
    while _alive(parent):
        time.sleep(PARENT_CHECK)
    os._exit(1)


def _worker_score(payload: Payload, evidence: bool, model: ModelSpec | None, max_seconds: float | None,
                  narratives: NarrativeSpec | None = None) -> Scored:
    return score_payload(next(iter(_analyzers.values())), payload, evidence, model, max_seconds, narratives)


def _dask_score(lexicons: LexiconSet, payload: Payload, evidence: bool, model: ModelSpec | None,
                narratives: NarrativeSpec | None = None) -> Scored:
    return score_payload(_analyzer(lexicons), payload, evidence, model, None, narratives)   # a thread: no time budget


class _OverBudget(BaseException):
    """Raised inside a record's scoring when its time is up (not an Exception: nothing in the
    scorer may catch it)."""


class _TimeBudget:
    """A per-record time limit: SIGALRM interrupts the scoring. Signals reach only the main thread,
    so threads (Dask workers) and platforms without `setitimer` score without a limit."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and hasattr(signal, "setitimer") \
            and threading.current_thread() is threading.main_thread() else None

    def __enter__(self) -> None:
        if self.seconds:
            self._previous = signal.signal(signal.SIGALRM, _expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)


def _expire(signum: int, frame: object) -> None:
    raise _OverBudget


class _Done:
    """A finished result with the interface of a future."""

    def __init__(self, value: Scored):
        self.value = value

    def result(self) -> Scored:
        return self.value


class _Executor:
    """Where batches are scored: here, in a process pool, or on a Dask cluster."""

    def __init__(self, lexicons: LexiconSet, evidence: bool, jobs: int, scheduler: str | None,
                 model: ModelSpec | None = None, max_seconds: float | None = None,
                 narratives: NarrativeSpec | None = None):
        self.evidence = evidence
        self.model = model
        self.narratives = narratives
        self.max_seconds = max_seconds
        self.window = 1
        self._pool = self._client = None
        self.where = "1 process"
        if scheduler:
            self._client = _dask_client(scheduler)
            self._lexicons = self._client.scatter(lexicons, broadcast=True)
            workers = sum(self._client.nthreads().values()) or 1
            self.window = 2 * workers
            self.where = f"Dask at {scheduler} ({workers} threads)"
        elif jobs > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            self._pool = ProcessPoolExecutor(jobs, multiprocessing.get_context(method), _worker_init,
                                             (lexicons, model, os.getpid(), narratives))
            self.window = 2 * jobs
            self.where = f"{jobs} processes"
        else:
            self._analyzer = _analyzer(lexicons)

    def submit(self, payload: Payload):
        if self._client is not None:
            return self._client.submit(_dask_score, self._lexicons, payload, self.evidence, self.model,
                                       self.narratives, pure=False)
        if self._pool is not None:
            with _signals_held():   # a submit may start a worker process
                try:
                    return self._pool.submit(_worker_score, payload, self.evidence, self.model, self.max_seconds,
                                             self.narratives)
                except (BrokenProcessPool, BrokenPipeError):   # the pipe to a worker that died starting up
                    raise RunError(WORKER_DIED) from None
        return _Done(score_payload(self._analyzer, payload, self.evidence, self.model, self.max_seconds,
                                   self.narratives))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM for a moment: one that lands while a new worker is being handed its
    start-up data makes that worker print a traceback. Delivered on leaving."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: held.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if held:
            signal.raise_signal(held[0])


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'framing[dask]'") from None
    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


# ---- output --------------------------------------------------------------------------------

def output_format(path: Path) -> str:
    """The format an output path asks for, or a user error naming the ones there are."""
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise InputError(f"{path}: unknown output format {suffix or '(no extension)'!r}; "
                         f"use {', '.join(OUTPUT_FORMATS)}")
    return suffix[1:]


def sidecar(path: Path) -> Path:
    """Where the run metadata of a CSV/JSONL output goes."""
    return path.with_name(path.name + ".meta.json")


def read_run_meta(path: Path) -> dict[str, Any]:
    """The run metadata stored with an output file (Parquet metadata, or the sidecar)."""
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return json.loads(pq.read_metadata(path).metadata[b"framing"])
    return json.loads(sidecar(path).read_text(encoding="utf-8"))


def _arrow_type(kind: Any):
    import pyarrow as pa

    if not isinstance(kind, str):
        return kind
    return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
            "date": pa.date32()}[kind]


def _arrow_array(values: tuple, kind: Any) -> Any:
    """A column as an Arrow array. Python floats go through numpy: pyarrow converts them one by
    one, at about 15 times the cost, and a score table is mostly floats."""
    import numpy as np
    import pyarrow as pa

    if kind == pa.float64() and None not in values:
        return pa.array(np.fromiter(values, np.float64, len(values)))
    return pa.array(values, type=kind)


def _cell(value: Any) -> Any:
    """A value as CSV/JSON can hold it."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _json_value(value: Any) -> Any:
    """What JSON cannot hold as such (Parquet decimal, time and duration columns): exact decimals as
    text, durations in seconds, the rest as text."""
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    return str(value)


class TableWriter:
    """Rows to .parquet, .csv or .jsonl, written to a temporary name of its own (two runs writing
    the same OUT never share one) and renamed by `commit` once every output of the run is finished,
    so an interrupted or failed run never leaves a file that looks finished."""

    def __init__(self, path: Path, columns: list[tuple[str, Any]], meta: dict[str, Any] | None = None):
        self.path = path
        self.format = output_format(path)
        self.names = [name for name, _ in columns]
        self.meta = meta
        self.tmp = _partial(path)
        self._meta_tmp: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale_partials(path)
            if self.format == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns])
                if meta is not None:
                    schema = schema.with_metadata({"framing": json.dumps(meta, sort_keys=True)})
                self.schema = schema
                self._writer = pq.ParquetWriter(self.tmp, schema)
                self._rows: list[tuple] = []
            else:
                self._file = self.tmp.open("x", encoding="utf-8", newline="")
                if self.format == "csv":
                    self._csv = CsvRows(self._file)
                    self._csv.writerow(self.names)
        except OSError as exc:
            self.abort()
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None

    def write(self, rows: Iterable[tuple]) -> None:
        """Rows as tuples of values in column order."""
        with self._failing():
            if self.format == "parquet":
                self._rows.extend(rows)
                while len(self._rows) >= ROW_GROUP:
                    self._flush(self._rows[:ROW_GROUP])
                    del self._rows[:ROW_GROUP]
            elif self.format == "csv":
                self._csv.writerows([_cell(v) for v in row] for row in rows)
            else:
                names = self.names
                self._file.writelines(json.dumps(dict(zip(names, map(_cell, row))), ensure_ascii=False,
                                                 default=_json_value) + "\n" for row in rows)

    def _flush(self, rows: list[tuple]) -> None:
        import pyarrow as pa

        columns = list(zip(*rows))
        arrays = [_arrow_array(column, f.type) for column, f in zip(columns, self.schema)]
        self._writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))

    def finish(self, meta: dict[str, Any] | None = None) -> None:
        """Complete the temporary file; `meta` (the run metadata with its final counts) replaces the first."""
        meta = meta if meta is not None else self.meta
        with self._failing():
            if self.format == "parquet":
                if self._rows:
                    self._flush(self._rows)
                if meta is not None:
                    self._writer.add_key_value_metadata({"framing": json.dumps(meta, sort_keys=True)})
                self._writer.close()
            else:
                self._file.close()
                if meta is not None:
                    self._meta_tmp = _partial(sidecar(self.path))
                    with self._meta_tmp.open("x", encoding="utf-8") as f:
                        f.write(json.dumps(meta, indent=2, sort_keys=True) + "\n")

    def moves(self) -> list[tuple[Path, Path]]:
        """(finished temporary file, where it goes): the sidecar, then the table."""
        return ([(self._meta_tmp, sidecar(self.path))] if self._meta_tmp else []) + [(self.tmp, self.path)]

    def abort(self) -> None:
        with contextlib.suppress(Exception):  # the file is being thrown away; a second error changes nothing
            (self._writer if self.format == "parquet" else self._file).close()
        for tmp in (self.tmp, self._meta_tmp):
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)

    @contextlib.contextmanager
    def _failing(self) -> Iterator[None]:
        """A write that fails (disk full, file system gone) ends the run: exit 3, not a traceback."""
        try:
            yield
        except OSError as exc:
            raise RunError(f"{self.path}: cannot write ({exc.strerror or exc}); no output was written") from None


def commit_all(writers: list[TableWriter]) -> None:
    """Put every finished output of a run in place, or none: when a rename fails, the files that
    were there before are put back (RunError, exit 3)."""
    done: list[tuple[Path, Path | None]] = []   # (destination, where its previous version waits)
    try:
        for tmp, dest in itertools.chain.from_iterable(w.moves() for w in writers):
            backup = _partial(dest) if dest.exists() else None
            if backup is not None:
                os.replace(dest, backup)
            done.append((dest, backup))
            os.replace(tmp, dest)
    except OSError as exc:
        for dest, backup in reversed(done):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, dest)
                else:
                    dest.unlink(missing_ok=True)
        where = exc.filename2 or exc.filename or dest
        raise RunError(f"{where}: cannot write ({exc.strerror or exc}); no output was written") from None
    for _, backup in done:
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()


def _partial(path: Path) -> Path:
    """A temporary name beside `path`, unique to this process and this output."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")


def _remove_stale_partials(path: Path) -> None:
    """Delete the temporary files that runs killed outright (SIGKILL, power loss) left for `path`."""
    prefix = f".{path.name}."
    for entry in path.parent.glob(glob.escape(prefix) + "*.partial"):
        pid = entry.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                entry.unlink()


def _alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, killed but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # another user's process: not one of ours
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def check_output(path: Path) -> None:
    """Refuse, before any scoring, an output path that can never be written (InputError, exit 2)."""
    output_format(path)
    check_file(path)


# ---- the run -------------------------------------------------------------------------------

@dataclass
class RunSummary:
    """What a corpus run did, for the closing line, the exit code and the run metadata."""

    read: int = 0
    scored: int = 0
    failed: int = 0
    flagged: int = 0
    reasons: dict[str, int] = field(default_factory=dict)   # failure reason kinds -> count
    seconds: float = 0.0
    where: str = ""
    skipped_files: int = 0
    groups: dict[str, Any] = field(default_factory=dict)      # --summary: group -> sums

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "scored": self.scored, "failed": self.failed, "flagged": self.flagged}


def run_meta(lexicons: LexiconSet, corpus: Corpus, evidence: bool, model: ModelSpec | None = None,
             narratives: NarrativeSpec | None = None) -> dict[str, Any]:
    """What produced an output: enough to tell whether two outputs are comparable."""
    extra = {"model": {"file": Path(model.path).name, "sha256": model.sha256, "level": model.level,
                       "classes": list(model.classes)}} if model else {}
    if narratives:
        extra["narrative_model"] = narratives.meta()
    return extra | {
        "schema": "framing.run/1",
        "tool": "framing",
        "version": __version__,
        "lexicon_hash": lexicons.hash,
        "language": lexicons.language,
        "lexicon_files": [{"path": path, "sha256": sha} for path, sha in lexicons.files],
        "input": {"path": str(corpus.path), "format": corpus.kind, "columns": corpus.columns},
        "evidence": evidence,
    }


def summary_signals(lexicons: LexiconSet) -> list[str]:
    """The columns `--summary` averages: each framing signal's own-voice rate, and the sourcing
    shares that mark weak sourcing."""
    cols = [f"{sid}_author_per_1k" for sid in lexicons.signals if sid not in lexicons.sourcing_roles]
    return cols + ["sourcing_anonymous", "sourcing_unattributed_assertive"]


Batch = tuple[list[Record | Failure], int]   # items, and how far into the input they reach


def _batches(items: Iterator[Record | Failure], corpus: Corpus) -> Iterator[Batch]:
    batch: list[Record | Failure] = []
    chars = records = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Record):
            records += 1
            chars += len(item.text)
            if records >= BATCH_RECORDS or chars >= BATCH_CHARS:
                yield batch, corpus.done
                batch, chars, records = [], 0, 0
    if batch:
        yield batch, corpus.done


def _payload(batch: list[Record | Failure]) -> Payload:
    return [(r.text, r.title, r.split_title, r.id) for r in batch if isinstance(r, Record)]


def _error_row(f: Failure) -> tuple:
    return _printable(f.source), f.line, f.row, _printable(f.id), f.status, _printable(f.reason)


def _printable(text: str | None) -> str | None:
    """Text every output can hold: what is not UTF-8 (a file name's bytes, a lone surrogate from a
    JSON escape) written as a backslash escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if text and not text.isascii() else text


def _reason_kind(reason: str) -> str:
    """A failure reason without its specifics, to count reasons alike ("malformed CSV row: ...")."""
    return reason.split(":")[0].split(" (")[0]


class _Columns:
    """The score table's columns, fixed before the first row is written."""

    def __init__(self, analyzer: Analyzer, corpus: Corpus, model: ModelSpec | None = None,
                 narratives: NarrativeSpec | None = None):
        prototype = analyzer.analyze("A word.", evidence=False).row()
        del prototype["id"]
        self.score = list(prototype)
        model_columns = (model.columns() if model else []) + (narratives.columns() if narratives else [])
        taken = set(CORE_COLUMNS) | set(self.score) | {name for name, _ in model_columns} | {"duplicate_id"}
        self.extra: dict[str, str] = {}     # input column -> output column
        self.renamed: dict[str, str] = {}   # the ones that had to change, for the run metadata
        for name in corpus.extra_columns:
            out, n = name, 2
            if name in taken:
                out = f"input_{name}"
                while out in taken or out in corpus.extra_columns:
                    out, n = f"input_{name}_{n}", n + 1
                self.renamed[name] = out
            taken.add(out)
            self.extra[name] = out
        self.types: list[tuple[str, Any]] = [("id", "string"), ("outlet", "string"), ("date", "date"),
                                             ("title", "string")]
        self.types += [(out, corpus.extra_types.get(name, "string")) for name, out in self.extra.items()]
        self.types += [(name, "int64" if isinstance(v, int) else "float64") for name, v in prototype.items()]
        self.types += model_columns
        self.types.append(("duplicate_id", "bool"))
        self.names = [name for name, _ in self.types]
        self.index = {name: k for k, name in enumerate(self.names)}
        self.summary = ["n_words"] + [c for c in summary_signals(analyzer.lexicons) if c in prototype]


def score_corpus(
    input: Path,
    output: Path,
    lexicons: LexiconSet,
    *,
    columns: dict[str, str | None] | None = None,
    jobs: int | None = None,
    evidence: Path | None = None,
    errors: Path | None = None,
    scheduler: str | None = None,
    summary: str | None = None,
    progress: Callable[[Corpus], Any] | None = None,
    model: Path | None = None,
    sentences: Path | None = None,
    max_seconds: float | None = MAX_SECONDS,
    narratives: bool = False,
    lexicon_dirs: list[Path] | None = None,
) -> RunSummary:
    """Score every record of `input` into `output`; failures and flags go to `errors`.

    `errors` defaults to OUT's name with `.errors.csv`; it is always written, so a stale one never
    sits beside a fresh output. `summary` names a column to average the main signals by. `model`
    (a file from `framing train`) adds its predictions; `sentences` takes one row per sentence.
    A record whose scoring takes over `max_seconds` (None: no limit) fails with that reason.
    `narratives` adds the narrative columns (framing.narratives.columns; cue lexicons also from
    `lexicon_dirs`).
    Raises `InputError` when the input or an option cannot be used at all.
    """
    if sentences is not None and model is None:
        raise InputError("--sentences writes a model's per-sentence predictions; give the model with --model")
    errors = errors if errors is not None else output.with_name(output.stem + ".errors.csv")
    for path in (output, evidence, sentences, errors):
        if path is not None:
            check_output(path)
    paths = [p.resolve() for p in (input, output, evidence, errors, sentences) if p is not None]
    if len(set(paths)) < len(paths):
        raise InputError("the input, output, --evidence, --sentences and --errors files must all be different")
    spec = model_spec(model, sentences is not None) if model is not None else None
    nspec = narrative_spec(lexicon_dirs=lexicon_dirs) if narratives else None
    corpus = open_corpus(input, columns)
    started = time.perf_counter()
    run = RunSummary()
    items = iter(corpus)
    first = next(items, None)   # reading the header fixes the columns before the writers open
    if first is not None:
        items = itertools.chain([first], items)
    analyzer = _analyzer(lexicons)
    cols = _Columns(analyzer, corpus, spec, nspec)
    if summary is not None and summary not in cols.names:
        choices = ", ".join(cols.names[:4] + list(cols.extra.values()))
        raise InputError(f"--summary {summary}: no such column; choose one of {choices}")
    meta = run_meta(lexicons, corpus, evidence is not None, spec, nspec)
    if cols.renamed:
        meta["input"]["renamed"] = cols.renamed
    writers: list[TableWriter] = []
    try:
        scores = TableWriter(output, cols.types, meta)
        writers.append(scores)
        ev = TableWriter(evidence, list(EVIDENCE_COLUMNS), meta) if evidence else None
        if ev:
            writers.append(ev)
        sent = TableWriter(sentences, spec.sentence_columns(), meta) if sentences and spec else None
        if sent:
            writers.append(sent)
        errs = TableWriter(errors, list(ERROR_COLUMNS))
        writers.append(errs)
        batches = _batches(items, corpus)
        head = [b for b in (next(batches, None), next(batches, None)) if b is not None]
        if len(head) < 2 and scheduler is None:
            jobs = 1  # a corpus that fits in one batch is scored before a pool could start
        executor = _Executor(lexicons, evidence is not None, jobs or default_jobs(), scheduler, spec, max_seconds,
                             nspec)
        run.where = executor.where
        tracker = progress(corpus) if progress else None
        try:
            seen: dict[int, int] = {}
            for (batch, reach), future in _ordered(executor, itertools.chain(head, batches)):
                try:
                    results, found, sentence_rows = future.result()
                except BrokenProcessPool:
                    raise RunError(WORKER_DIED) from None
                rows, problems = _merge(batch, results, cols, seen, corpus, run, summary)
                scores.write(rows)
                errs.write(_error_row(p) for p in problems)
                if ev:
                    ev.write(found)
                if sent:
                    sent.write(sentence_rows)
                if tracker:
                    tracker.update(run, reach)
        finally:
            executor.close()
            if tracker:
                tracker.close(run)
        run.skipped_files = len(corpus.skipped)
        run.seconds = time.perf_counter() - started
        final = meta | {"counts": run.counts()}
        for writer in writers:   # every output complete before any is put in place: all or none
            writer.finish(final if writer is not errs else None)
        commit_all(writers)
    except BaseException:
        for writer in writers:
            writer.abort()
        raise
    return run


def _ordered(executor: _Executor, batches: Iterator[Batch]) -> Iterator[tuple[Batch, Any]]:
    """(batch, future) in submission order, with at most `executor.window` batches in flight."""
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, executor.submit(_payload(batch[0]))))
        if len(pending) >= executor.window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _merge(batch: list[Record | Failure], results: list, cols: _Columns, seen: dict[int, int],
           corpus: Corpus, run: RunSummary, summary: str | None) -> tuple[list[dict], list[Failure]]:
    """Score rows and problems of one batch, in input order; counts go into `run`."""
    rows: list[tuple] = []
    problems: list[Failure] = []
    scored = iter(results)
    where = {"csv": "line", "tsv": "line", "jsonl": "line", "parquet": "row"}.get(corpus.kind)
    for item in batch:
        run.read += 1
        if isinstance(item, Failure):
            problems.append(item)
            run.failed += 1
            run.reasons[_reason_kind(item.reason)] = run.reasons.get(_reason_kind(item.reason), 0) + 1
            continue
        result = next(scored)
        if isinstance(result, str):
            problems.append(Failure(item.source, item.line, item.row, item.id, result))
            run.failed += 1
            run.reasons[_reason_kind(result)] = run.reasons.get(_reason_kind(result), 0) + 1
            continue
        title, score, *notes = result
        key = int.from_bytes(hashlib.blake2b(item.id.encode("utf-8", "surrogatepass"), digest_size=8).digest())
        flags = list(item.flags) + notes
        first = seen.get(key)
        if first is None:
            seen[key] = (item.line if where == "line" else item.row) or 0
        else:
            flags.append(f"duplicate id {item.id!r} (first at {where} {first}); kept and flagged" if where
                         else f"duplicate id {item.id!r} (an earlier file has it); kept and flagged")
        extra = item.extra
        row = (item.id, item.outlet, item.date, title, *[extra.get(name) for name in cols.extra], *score,
               first is not None)
        rows.append(row)
        run.scored += 1
        if flags:
            run.flagged += 1
            problems += [Failure(item.source, item.line, item.row, item.id, flag, "flagged") for flag in flags]
        if summary is not None:
            _accumulate(run.groups, row, summary, cols)
    return rows, problems


def _accumulate(groups: dict[str, Any], row: tuple, column: str, cols: _Columns) -> None:
    value = row[cols.index[column]]
    key = "(none)" if value is None else _cell(value) if not isinstance(value, str) else value
    sums = groups.setdefault(str(key), {"n": 0})
    sums["n"] += 1
    for name in cols.summary:
        sums[name] = sums.get(name, 0.0) + row[cols.index[name]]


def group_means(run: RunSummary) -> dict[str, dict[str, float]]:
    """Group -> {"n": articles, column: mean} for a run with `summary`, groups sorted by name."""
    return {group: {"n": sums["n"]} | {c: v / sums["n"] for c, v in sums.items() if c != "n"}
            for group, sums in sorted(run.groups.items())}


class Progress:
    """A Rich progress bar with rate and ETA on a terminal; plain log lines every `every` seconds
    otherwise (a log file or CI shows a line per interval, not thousands of redraws)."""

    def __init__(self, corpus: Corpus, stream=None, every: float = 10.0):
        self.corpus = corpus
        self.stream = stream or sys.stderr
        self.every = every
        self.started = self.last = time.perf_counter()
        self._bar = None
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress as Bar, TaskProgressColumn, TextColumn, TimeRemainingColumn

            self._bar = Bar(TextColumn("scoring"), BarColumn(), TaskProgressColumn(),
                            TextColumn("{task.fields[records]} records · {task.fields[rate]}/s"),
                            TimeRemainingColumn(), console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("scoring", total=corpus.total, records="0", rate="0")

    def update(self, run: RunSummary, reach: int) -> None:
        """After a batch is written: `reach` is how far into the input (in `corpus.unit`) it went."""
        now = time.perf_counter()
        rate = run.read / max(now - self.started, 1e-9)
        if self._bar is not None:
            self._bar.update(self._task, completed=reach, total=self.corpus.total,
                             records=f"{run.read:,}", rate=f"{rate:,.0f}")
        elif now - self.last >= self.every:
            self.last = now
            share = f" ({reach / self.corpus.total:.0%} of the input)" if self.corpus.total else ""
            print(f"framing: {run.read:,} records read{share}, {run.failed:,} failed, {rate:,.0f} records/s",
                  file=self.stream, flush=True)

    def close(self, run: RunSummary) -> None:
        if self._bar is not None:
            self._bar.stop()
