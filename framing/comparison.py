"""Compare groups of articles (outlets by default): a score table or a corpus in, a `Report` out.

The library behind `framing compare`. A corpus is scored in one pass (`batch.run.score_frames`: the
same code and numbers as `framing score -o`), which also gives each article's word counts for the
"overall" distinctive terms; a score table from `framing score -o` is read as it is.
pandas and SciPy are imported here, so import this module only when comparing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .comparison_groups import refuse_evidence_with, refuse_one_group, refuse_one_group_in_table
from .corpus.delimited import small_table_rows
from .corpus.folder import pages_read_once
from .errors import InputError
from .wording import quote
from .forking import collector_paused, frozen_heap
from .lexicon.loader import LexiconSet, load_lexicons
from .outputs import check_report_folder, source_date
from .report_options import Options
from .tables.read import check_numbers, is_score_table, number_columns, read_evidence, read_run_meta, read_table

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
    lines: pd.DataFrame | None = None  # per article its short lines and their words, for boilerplate
    language_ids: list[str] = field(default_factory=list)  # articles kept but read as another language
    failed: list[dict[str, Any]] = field(default_factory=list)  # per record not scored, its columns when read
    read: int = 0  # records read, of a corpus
    language: str = ""  # the lexicons' language, when `language_ids` is not empty


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
    corpus and draw the figures; `sourcing` ("rules", "trained" or "hybrid", see `Analyzer`) scores a corpus.
    `meta` adds to the report's metadata (the CLI records its command line there).
    Raises `InputError` for an input or option that cannot be used.
    """
    input = Path(input)
    if out is not None:
        check_report_folder(Path(out), force, [input, evidence, model, *(lexicon_dirs or [])])
    lexicons = lexicons if lexicons is not None else load_lexicons(lexicon_dirs)
    asked = Options(**options)
    with pages_read_once():  # the saved pages the check extracts are scored, not extracted again
        if is_score_table(input):
            refuse_one_group_in_table(input, asked)
        else:
            refuse_evidence_with(input, evidence)
            refuse_one_group(input, columns, asked, lexicons)
        info = {"title": title, "version": __version__, "input": str(input)}
        info |= (meta or {}) | {"generated": _generated()}
        with frozen_heap():
            # The report's modules (pandas, SciPy, matplotlib: a second and a half) load while the workers score.
            inputs = load_inputs(
                input,
                evidence,
                lexicons,
                model,
                narratives,
                lexicon_dirs,
                columns,
                jobs,
                _load_report,
                sourcing,
                asked.unit,
                asked.by,
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
                line_counts=inputs.lines,
                labels=labels,
                meta=info | inputs.meta,
                other_language=inputs.language_ids,
            )
            foreign = language_note(inputs.scores, inputs.language_ids, inputs.language, chosen)
            failed = failed_note(inputs.scores, inputs.failed, inputs.read, chosen)
            report.notes[:0] = [n for n in (failed, *inputs.notes, foreign) if n]
            if out is not None:
                write_report(report, Path(out), force=force, jobs=report_jobs(jobs), png=png)
    return report


def _load_report() -> None:
    import gc
    import importlib

    # Importing makes no garbage worth a collection, only objects to walk: the collector waits, and
    # then leaves the modules out of its passes for the run, as `frozen_heap` does the heap before them.
    with collector_paused():
        importlib.import_module(".report", __package__)
    gc.freeze()


def report_jobs(jobs: int | None) -> int:
    """Processes that draw the report's figures: `jobs`, or as for scoring, every core; as for scoring, at most
    `MAX_JOBS_PER_CORE` per core (each forked drawer holds matplotlib and the report's tables)."""
    from .batch.workers import MAX_JOBS_PER_CORE, default_jobs

    return min(jobs or default_jobs(), MAX_JOBS_PER_CORE * default_jobs())


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
    unit: str = Options.unit,
    by: str = Options.by,
) -> Inputs:
    """The score table (with evidence and word counts when they can be had) for `input`.

    A score table is read as it is, with `evidence` if given; a corpus is scored in memory (its
    `columns` chosen by the user, on `jobs` workers, this process doing `meanwhile` once they
    have work, sourcing by the `sourcing` method), with `model`'s predictions when one is given, and
    the narrative columns with `narratives` (the notes on records left out count them as `unit`, and name the
    groups of `by` left with none).
    """
    inputs = _load_inputs(
        input, evidence, lexicons, model, narratives, lexicon_dirs, columns, jobs, meanwhile, sourcing
    )
    _leave_out_empty_cells(inputs, input, Options(unit=unit, by=by))
    if "narrative_lang" in inputs.scores:  # articles without narratives cannot count for or against one
        missing = inputs.scores["narrative_lang"].isna()
        if missing.any():
            inputs.scores = inputs.scores[~missing]
            if inputs.evidence is not None:
                inputs.evidence = inputs.evidence[inputs.evidence["id"].isin(inputs.scores["id"])]
            n = int(missing.sum())
            inputs.notes.append(
                f"{Options(unit=unit).count(n)} in a language without a narrative model "
                f"{'is' if n == 1 else 'are'} left out (the errors file of `framing score -o OUT --narratives` lists them)."
            )
    return inputs


def _leave_out_empty_cells(inputs: Inputs, path: Path, options: Options) -> None:
    """Leave out the rows of a hand-made score table with an empty number cell, with a note naming the first:
    one empty cell made its group's means blank and the report say that every score was identical. A table
    that would be left with no row is refused, naming a column empty throughout if there is one."""
    scores = inputs.scores
    if "narrative_lang" in scores:  # no narrative columns without a narrative model: left out with their own note
        scores = scores[scores["narrative_lang"].notna()]
    empty = scores[number_columns(scores)].isna()
    rows = empty.any(axis=1)
    if not rows.any():
        return
    first = rows.idxmax()
    column = empty.loc[first].idxmax()
    n = int(rows.sum())
    if rows.all():  # left out whole, the table was refused as one of too few groups, with no word of why
        blank = empty.columns[empty.all()]
        raise InputError(
            f"{path}: {blank[0]} is empty in every row; nothing to compare"
            if len(blank)
            else f"{path}: every row has an empty score cell (row {int(first) + 1}: {column}); nothing to compare"
        )
    inputs.scores = inputs.scores.drop(index=rows[rows].index)
    if inputs.evidence is not None:
        inputs.evidence = inputs.evidence[inputs.evidence["id"].isin(inputs.scores["id"])]
    more = f" and {n - 1:,} more" if n > 1 else ""
    gone = []  # a group every row of which had one vanished from the report with no word of it
    if options.by in scores:
        groups = scores[options.by]
        gone = sorted(set(groups[rows].dropna().astype(str)) - set(groups[~rows].dropna().astype(str)))
    inputs.notes.append(
        f"{options.count(n)} with an empty score cell {'is' if n == 1 else 'are'} left out "
        f"({path}: row {int(first) + 1}: {column}{more})"
        + (f"; no {options.unit} of {', '.join(quote(g) for g in gone)} ({options.by}) is left." if gone else ".")
    )


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
        check_numbers(scores, input)
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
    refuse_evidence_with(input, evidence)
    from .batch.run import score_frames
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
    meta = {"lexicon_hash": lexicons.hash, "sourcing": sourcing_method(sourcing)}
    inputs = Inputs(scored.scores, scored.evidence, scored.words, meta, [], scored.lines)
    inputs.language_ids, inputs.language = summary.language_ids, lexicons.language
    inputs.failed, inputs.read = summary.failed_groups, summary.read
    return inputs


def failed_note(
    scores: pd.DataFrame, failed: list[dict[str, Any]], read: int, options: Options | None = None
) -> str | None:
    """The note on records that could not be scored: how many, and of which groups when their rows could be read
    (a row that does not parse names none), as the report names groups (u24: the note named none)."""
    if not failed:
        return None
    from .aggregate import listed_groups, normalize_groups

    options = options or Options()
    by = options.by
    note = f"{len(failed):,} of {read:,} records could not be scored and are left out"
    values = [row.get(by) for row in failed]
    if by in scores and any(v is not None for v in values):
        import pandas as pd

        labels = pd.concat([scores[by].astype(object), pd.Series(values, dtype=object)], ignore_index=True)
        named = normalize_groups(labels, options.normalize_groups, options.group_map)[0].iloc[len(scores) :]
        counts = named.dropna().value_counts()
        listed = listed_groups(counts, lambda g, n: f"{n:,} of {quote(g)}")
        if unknown := len(failed) - int(counts.sum()):
            listed.append(f"{unknown:,} with no {by} known")
        note += ": " + ", ".join(listed)
    return note + " (run `framing score -o OUT` on the corpus for the errors file, which lists them)."


def language_note(scores: pd.DataFrame, ids: list[str], language: str, options: Options | None = None) -> str | None:
    """The note on records kept but read as another language than the lexicons': how many, and in which
    groups, of how many there (their near-zero scores pull their group's means down; u22). Groups are named
    as the report names them, after `--normalize-groups` and `--group-map` (u23); records in its `--unit`."""
    if not ids:
        return None
    import pandas as pd

    options = options or Options()
    kept = scores["id"].astype(str).isin(set(ids))
    if not kept.any():
        return None
    note = (  # "scored": the header counts the records compared, without the small groups left out (u24)
        f"{int(kept.sum()):,} of the {options.count(len(scores))} scored read as another language than the "
        f"lexicons' ({language})"
    )
    if options.by in scores:
        from .aggregate import listed_groups, normalize_groups

        groups = normalize_groups(scores[options.by], options.normalize_groups, options.group_map)[0]
        sizes = groups.value_counts()
        found = groups[kept].value_counts()
        shares = pd.DataFrame({"n": found, "of": sizes.reindex(found.index)}).assign(share=lambda f: f["n"] / f["of"])
        shares = shares.sort_values(["share", "n"], ascending=False, kind="stable")
        listed = listed_groups(
            shares["n"],
            lambda g, n: f"{n:,} of the {int(shares.at[g, 'of']):,} of {quote(g)} ({shares.at[g, 'share']:.0%})",
        )
        note += ": " + ", ".join(listed)
    return note + (
        ". They are kept with scores near zero, which pull their groups' means down (run `framing score -o OUT` on "
        "the corpus for the errors file, which lists them)."
    )


def narrative_labels() -> dict[str, str]:
    """Narrative column -> its taxonomy label ("narrative_urw_praise_of_russia" -> "URW: Praise of Russia")."""
    from .narratives.columns import slug
    from .narratives.taxonomy import load_taxonomy

    return {f"narrative_{slug(label)}": label for label in load_taxonomy().narratives}
