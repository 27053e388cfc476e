"""Compare groups of articles (outlets by default): a score table or a corpus in, a `Report` out.

The library behind `framing compare`. A corpus is scored in one pass (`batch.run.score_frames`: the
same code and numbers as `framing score -o`), which also gives each article's word counts for the
"overall" distinctive terms; a score table from `framing score -o` is read as it is.
pandas and SciPy are imported here, so import this module only when comparing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .corpus.delimited import small_table_rows
from .errors import InputError
from .wording import counted, quote
from .forking import collector_paused, frozen_heap
from .lexicon.loader import LexiconSet, load_lexicons
from .outputs import check_report_folder, source_date
from .report_options import Options
from .tables import ScoreColumns
from .tables.read import is_score_table, read_evidence, read_run_meta, read_table

if TYPE_CHECKING:
    import pandas as pd

    from .report import Report


@dataclass
class Inputs:
    """What a report is built from, with what is known about how it was made."""

    scores: pd.DataFrame
    evidence: pd.DataFrame | None = None
    words: pd.DataFrame | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def compare(
    input: Path | str,
    out: Path | str | None = None,
    *,
    lexicons: LexiconSet | None = None,
    evidence: Path | None = None,
    model: Path | None = None,
    narratives: bool = False,
    lexicon_dirs: list[Path] | None = None,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    columns: dict[str, str | None] | None = None,
    jobs: int | None = None,
    force: bool = False,
    png: bool = True,
    sourcing: str | None = None,
    **options: Any,
) -> Report:
    """Compare the groups of `input` (a score table or a corpus) on every signal; with `out`, write
    the report folder there too (replacing a report, or with `force` any folder; figures as SVG and,
    with `png`, PNG).

    `options` are `framing.report.Options` fields (by, reference, signals, since, until, measure,
    n_boot, seed, ...); the sourcing lexicons' raw rates are left out unless `signals` names them.
    `evidence` goes with a score table; `model`, `narratives`, `columns` (the corpus's column names,
    detected when not given) with a corpus (see `load_inputs`); `jobs` (worker processes) score a
    corpus and draw the figures; `sourcing` ("rules" or "trained", see `Analyzer`) scores a corpus.
    `meta` adds to the report's metadata (the CLI records its command line there).
    Raises `InputError` for an input or option that cannot be used.
    """
    input = Path(input)
    if out is not None:
        check_report_folder(Path(out), force)
    lexicons = lexicons if lexicons is not None else load_lexicons(lexicon_dirs)
    if is_score_table(input):
        refuse_one_group_in_table(input, Options(**options))
    else:
        refuse_one_group(input, columns, Options(**options), lexicons)
    info = {"title": title, "version": __version__, "input": str(input)} | (meta or {}) | {"generated": _generated()}
    with frozen_heap():
        # The report's modules (pandas, SciPy, matplotlib: a second and a half) load while the workers score.
        inputs = load_inputs(
            input, evidence, lexicons, model, narratives, lexicon_dirs, columns, jobs, _load_report, sourcing
        )
        from .report import build_report, write_report

        # The sourcing lexicons' raw rates are left out by default: the sourcing shares say what they mean.
        chosen = Options(**{"exclude": tuple(sorted(lexicons.sourcing_roles))} | options)
        labels = {sid: s.label for sid, s in lexicons.signals.items()} | narrative_labels()
        report = build_report(
            inputs.scores,
            chosen,
            evidence=inputs.evidence,
            term_counts=inputs.words,
            labels=labels,
            meta=info | inputs.meta,
        )
        report.notes[:0] = inputs.notes
        if out is not None:
            write_report(report, Path(out), force=force, jobs=report_jobs(jobs), png=png)
    return report


# A folder's files are read twice when its outlet changes late, once by the check and once to be scored: the
# check cost about 2 s of a 33-38 s `compare` of 5,000 small files whose last file names a second outlet
# (round u19), so it reads this many files at most (as many as a folder reads ahead for its columns).
FOLDER_CHECK_FILES = 1_000


def refuse_one_group(
    input: Path, columns: dict[str, str | None] | None, options: Options, lexicons: LexiconSet
) -> None:
    """Refuse a corpus whose grouping column holds fewer than two values before it is scored (minutes),
    with the words the report's check uses after. No step after reading adds a group: scoring only fails
    records, a missing name, the date window and --min-articles only leave articles or groups out, and
    --normalize-groups and --group-map only merge names. Read for a table file, a folder of text files
    (milliseconds a file; a folder holding a saved page is left to the check after scoring, since a page
    is extracted as it is read) and a column the score table takes as it is from the input: the outlet,
    or a carried column not renamed. Reading stops at the second value, and in a folder after
    `FOLDER_CHECK_FILES` records: the rest is left to the check after scoring."""
    from .corpus import FolderCorpus, Record, corpus_format, open_corpus

    if corpus_format(input) is None:
        return
    by = options.by
    corpus = open_corpus(input, columns)
    limit = None
    if isinstance(corpus, FolderCorpus):
        if corpus.holds_pages():
            return
        limit = FOLDER_CHECK_FILES
    items = iter(corpus)
    values: set[Any] = set()
    read, articles = False, 0
    try:
        for item in items:
            if not isinstance(item, Record):
                continue
            if limit is not None and corpus.done > limit:  # files read, failed ones included
                return
            if not read:  # the columns are fixed by now
                read = True
                if by != "outlet" and not _carried_as_is(by, corpus.extra_columns, lexicons):
                    return
            value = item.outlet if by == "outlet" else item.extra.get(by)
            if value is None:
                continue
            try:
                values.add(value)
            except TypeError:  # a Parquet list or map: left to the report's own check
                return
            if len(values) > 1:
                return
            articles += 1
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
    if values:
        raise InputError(options.one_group(quote(next(iter(values))), articles))
    if read:  # a corpus of no readable record keeps its own message, after the run
        raise InputError(options.too_few_groups())


def refuse_one_group_in_table(input: Path, options: Options) -> None:
    """Refuse a score table whose grouping column holds one name (stripped, as the report takes it)
    before the report's modules are loaded (pandas, SciPy, matplotlib: 26 s under load, against 3 s).
    Only that column of a CSV or Parquet table is read, with the options of `read_table`; of a JSONL table
    each line is parsed and only its value of that column kept. A missing column or a column of no name
    are left to the report's own check."""
    from .tables.read import column_names

    suffix = input.suffix.lower()
    if suffix not in (".csv", ".parquet", ".jsonl") or options.by not in column_names(input):
        return
    if suffix == ".jsonl":
        _refuse_one_group_in_lines(input, options)
        return
    import pandas as pd

    try:
        if suffix == ".parquet":
            column = pd.read_parquet(input, columns=[options.by])[options.by]
        else:
            read = pd.read_csv(
                input, usecols=[options.by], dtype={"id": str, "date": str}, keep_default_na=False, na_values=[""]
            )
            column = read[options.by]
    except (ValueError, OSError, TypeError):  # read_table names the problem
        return
    names = column.astype("string").str.strip().dropna()
    if len(names) and names.nunique() == 1:
        raise InputError(options.one_group(quote(names.iloc[0]), len(names)))


def _refuse_one_group_in_lines(input: Path, options: Options) -> None:
    """`refuse_one_group_in_table` for a JSONL table, without pandas: refused only when every line is a
    JSON object and every value of the column present is text of one name once stripped. Anything else (a
    line `read_table` would refuse, a number, a list, a column pandas reads as dates) is left to the report's
    own check, which reads it as pandas does. Reading stops at the second name."""
    by = options.by
    if (
        by.lower() in ("date", "datetime", "modified")
        or by.lower().endswith(("_at", "_time"))
        or by.lower().startswith("timestamp")
    ):
        return  # pandas parses these columns as dates: their names would not be the file's text
    name, articles = None, 0
    try:
        with input.open(encoding="utf-8-sig") as lines:
            for line in lines:
                if not line.strip():
                    continue
                row = json.loads(line)
                if not isinstance(row, dict):
                    return
                value = row.get(by)
                if value is None:
                    continue
                if not isinstance(value, str) or (name is not None and value.strip() != name):
                    return
                name, articles = value.strip(), articles + 1
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return
    if name is not None:
        raise InputError(options.one_group(quote(name), articles))


def _carried_as_is(by: str, extra_columns: list[str], lexicons: LexiconSet) -> bool:
    """Whether the score table's column `by` is the input's column of that name (not renamed for a clash
    with a score column, not a model's or the narratives' column)."""
    if by not in extra_columns or by.startswith(("model_", "narrative_")):
        return False
    return ScoreColumns(lexicons.signals, extra_columns, {}).extra.get(by) == by


def _load_report() -> None:
    import gc
    import importlib

    # Importing makes no garbage worth a collection, only objects to walk: the collector waits, and
    # then leaves the modules out of its passes for the run, as `frozen_heap` does the heap before them.
    with collector_paused():
        importlib.import_module(".report", __package__)
    gc.freeze()


def report_jobs(jobs: int | None) -> int:
    """Processes that draw the report's figures: `jobs`, or as for scoring, every core."""
    from .batch.workers import default_jobs

    return jobs or default_jobs()


def _generated() -> str:
    """When the report is made (UTC); SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes it."""
    when = source_date() or dt.datetime.now(dt.timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def read_group_map(path: Path) -> dict[str, str]:
    """Group renames from a CSV of `from,to` rows (a header row naming them is optional)."""
    rows = [(line, r) for line, r in small_table_rows(path) if any(c.strip() for c in r)]
    if rows and [c.strip().lower() for c in rows[0][1][:2]] == ["from", "to"]:
        rows = rows[1:]
    bad = [line for line, r in rows if len(r) != 2 or not r[0].strip() or not r[1].strip()]
    if bad:
        raise InputError(f"{path}:{bad[0]}: expected two columns, from,to")
    return {r[0].strip(): r[1].strip() for _, r in rows}


def load_inputs(
    input: Path,
    evidence: Path | None,
    lexicons: LexiconSet,
    model: Path | None = None,
    narratives: bool = False,
    lexicon_dirs: list[Path] | None = None,
    columns: dict[str, str | None] | None = None,
    jobs: int | None = None,
    meanwhile: Callable[[], object] | None = None,
    sourcing: str | None = None,
) -> Inputs:
    """The score table (with evidence and word counts when they can be had) for `input`.

    A score table is read as it is, with `evidence` if given; a corpus is scored in memory (its
    `columns` chosen by the user, on `jobs` workers, this process doing `meanwhile` once they
    have work, sourcing by the `sourcing` method), with `model`'s predictions when one is given, and
    the narrative columns with `narratives`.
    """
    inputs = _load_inputs(
        input, evidence, lexicons, model, narratives, lexicon_dirs, columns, jobs, meanwhile, sourcing
    )
    if "narrative_lang" in inputs.scores:  # articles without narratives cannot count for or against one
        missing = inputs.scores["narrative_lang"].isna()
        if missing.any():
            inputs.scores = inputs.scores[~missing]
            if inputs.evidence is not None:
                inputs.evidence = inputs.evidence[inputs.evidence["id"].isin(inputs.scores["id"])]
            n = int(missing.sum())
            inputs.notes.append(
                f"{counted(n, 'article')} in a language without a narrative model "
                f"{'is' if n == 1 else 'are'} left out (the errors file of `framing score -o OUT --narratives` lists them)."
            )
    return inputs


def _load_inputs(
    input: Path,
    evidence: Path | None,
    lexicons: LexiconSet,
    model: Path | None,
    narratives: bool,
    lexicon_dirs: list[Path] | None,
    columns: dict[str, str | None] | None,
    jobs: int | None,
    meanwhile: Callable[[], object] | None,
    sourcing: str | None,
) -> Inputs:
    if is_score_table(input):
        if model is not None:
            raise InputError(
                "--model goes with a corpus; a score table already holds whatever model columns "
                "it was scored with (framing score -o OUT --model M)"
            )
        if narratives:
            raise InputError(
                "--narratives goes with a corpus; a score table holds narrative columns when it was "
                "scored with them (framing score -o OUT --narratives)"
            )
        given = [f"--{role}-col" for role, column in (columns or {}).items() if column is not None]
        if given:  # the run would ignore it: refused, as `score` refuses options one article ignores
            raise InputError(
                f"{given[0]} goes with a corpus; a score table is read as it is (its columns were chosen when it "
                "was scored)"
            )
        scores = read_table(input)
        try:
            run = read_run_meta(input)
        except (OSError, ValueError, KeyError, TypeError):
            run = {}
        meta = {
            "lexicon_hash": run.get("lexicon_hash"),
            "scored_with": run.get("version"),
            "sourcing": run.get("sourcing"),
        }
        if not run.get("lexicon_hash"):
            meta["lexicon_note"] = (
                "the score table does not record its lexicons; the labels shown are those of the lexicons installed now"
            )
        elif run["lexicon_hash"] != lexicons.hash:
            meta["lexicon_note"] = (
                f"the table was scored with lexicons {run['lexicon_hash'][:12]}, not the ones "
                f"installed now ({lexicons.hash[:12]}), whose labels are shown"
            )
        return Inputs(scores, read_evidence(evidence) if evidence else None, None, meta)
    if evidence:
        raise InputError("--evidence-table goes with a score table; a corpus is scored here, with its evidence")
    from .batch.run import score_frames
    from .narratives.language import is_language_flag
    from .pipeline import sourcing_method

    scored = score_frames(
        input,
        lexicons,
        columns=columns,
        jobs=jobs,
        model=model,
        narratives=narratives,
        lexicon_dirs=lexicon_dirs,
        meanwhile=meanwhile,
        sourcing=sourcing,
    )
    summary = scored.run
    if not summary.read:
        raise InputError(f"{input}: holds no records; nothing to compare")
    if not summary.scored:
        raise InputError(
            f"{input}: no article could be scored ({summary.failed} failed; run `framing score {input} "
            "-o scores.parquet` to see why)"
        )
    notes = []
    if summary.failed:
        notes.append(
            f"{summary.failed} of {summary.read} records could not be scored and are left out (run `framing score "
            "-o OUT` on the corpus for the errors file)."
        )
    foreign = sum(n for kind, n in summary.reasons.items() if is_language_flag(kind))
    if foreign:  # kept, as `score` keeps them, but their near-zero scores pull their groups' means down
        notes.append(
            f"{foreign} of {summary.scored} articles read as another language than the lexicons' "
            f"({lexicons.language}) and are kept with scores near zero (run `framing score -o OUT` on the corpus "
            "for the errors file, which lists them)."
        )
    meta = {"lexicon_hash": lexicons.hash, "sourcing": sourcing_method(sourcing)}
    return Inputs(scored.scores, scored.evidence, scored.words, meta, notes)


def narrative_labels() -> dict[str, str]:
    """Narrative column -> its taxonomy label ("narrative_urw_praise_of_russia" -> "URW: Praise of Russia")."""
    from .narratives.columns import slug
    from .narratives.taxonomy import load_taxonomy

    return {f"narrative_{slug(label)}": label for label in load_taxonomy().narratives}
