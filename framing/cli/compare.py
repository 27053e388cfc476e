"""`framing compare`: a score table or a corpus in, an outlet comparison report folder out.

A corpus is scored first with `framing.batch` (the same code and outputs as `framing score -o`)
into a temporary folder; its article texts are read once more for the word counts behind the
"overall" distinctive terms. pandas, SciPy and matplotlib are imported inside the command, so
that loading the CLI for `framing score` stays fast.
"""
from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import os
import shlex
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from .. import __version__
from ..batch import OUTPUT_FORMATS, read_run_meta, score_corpus
from ..corpus import Record, open_corpus
from ..errors import InputError
from ..lexicon.loader import LexiconSet, load_lexicons
from ..text import is_word, normalize, tokenize_words
from .common import (Command, DateColOpt, IdColOpt, JobsOpt, LangOpt, LexiconsOpt, OutletColOpt, TextColOpt,
                     TitleColOpt, console, corpus_columns, err_console, error_boundary, out_dir_option)

if TYPE_CHECKING:
    import pandas as pd


class MeasureName(str, Enum):
    per_1k = "per_1k"
    author_per_1k = "author_per_1k"
    sentence_share = "sentence_share"


class Period(str, Enum):
    auto = "auto"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


# The names these options had before the CLI vocabulary was made one (still accepted, with a warning).
COMMAND = Command.renaming(out="--out-dir", evidence="--evidence-table", title="--report-title")


@dataclass
class Inputs:
    """What a report is built from, with what is known about how it was made."""

    scores: pd.DataFrame
    evidence: pd.DataFrame | None = None
    words: pd.DataFrame | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def compare(
    ctx: typer.Context,
    input: Annotated[Path, typer.Argument(help="A score table from `framing score -o` (.parquet/.csv/.jsonl), "
                                               "or a corpus (folder, CSV, TSV, JSONL, Parquet) to score first.")],
    out: Annotated[Path, out_dir_option("Report folder (replaced if it holds a report).")] = Path("reports/compare"),
    by: Annotated[str, typer.Option("--by", metavar="COLUMN", help="Metadata column to group by (outlet, country, "
                                    "ownership, ...).")] = "outlet",
    evidence: Annotated[Path | None, typer.Option("--evidence-table", metavar="FILE",
                                                  help="With a score table: the evidence table written with it "
                                                       "(`framing score -o OUT --evidence FILE`), for terms and "
                                                       "examples.")] = None,
    reference: Annotated[str | None, typer.Option("--reference", metavar="GROUP",
                                                  help="Compare every group with this one.")] = None,
    signals: Annotated[list[str] | None, typer.Option("--signals", help="Signals to compare, comma-separated "
                                                                        "(repeatable); default all.")] = None,
    since: Annotated[dt.datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="First date kept.")] = None,
    until: Annotated[dt.datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Last date kept.")] = None,
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, help="Leave out smaller groups.")] = 5,
    min_hits: Annotated[int, typer.Option("--min-hits", min=1, help="Matches a group needs on a signal before a "
                                          "finding names it.")] = 10,
    normalize_groups: Annotated[bool, typer.Option("--normalize-groups", help="Merge group names that differ only "
                                                   "in case or spacing (hpo, HPO).")] = False,
    group_map: Annotated[Path | None, typer.Option("--group-map", metavar="FILE",
                                                   help="CSV with columns from,to renaming groups "
                                                   "(hpo -> HuffPost).")] = None,
    measure: Annotated[MeasureName, typer.Option("--measure", help="Per-article number compared for each "
                                                 "signal; by default the rate in the outlet's own voice.")
                       ] = MeasureName.author_per_1k,
    period: Annotated[Period, typer.Option("--period", help="Trend period; auto picks the finest with enough "
                                           "articles.")] = Period.auto,
    bootstrap: Annotated[int, typer.Option("--bootstrap", min=100, help="Bootstrap resamples.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed for the bootstrap.")] = 0,
    title: Annotated[str | None, typer.Option("--report-title", metavar="TEXT", help="Report title.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace --out-dir even if it is not a framing report.")
                     ] = False,
    model: Annotated[Path | None, typer.Option("--model", "-m", metavar="FILE", show_default=False,
                                               help="Score a corpus with this model too (from framing train): "
                                                    "its labels are compared like signals.")] = None,
    narratives: Annotated[bool, typer.Option("--narratives", help="Score a corpus with the narrative model too: "
                                             "the share of each group's articles carrying each narrative is "
                                             "compared like a signal.")] = False,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    jobs: JobsOpt = None,
    text_col: TextColOpt = None,
    id_col: IdColOpt = None,
    outlet_col: OutletColOpt = None,
    date_col: DateColOpt = None,
    title_col: TitleColOpt = None,
) -> None:
    """Compare groups of articles (outlets by default) on every signal, and on a model's labels when the
    table has them: an HTML, Markdown and CSV report."""
    from ..report import Options, build_report, check_out, write_report

    with error_boundary():
        check_out(out, force)
        lexicon_set = load_lexicons(lexicons, lang)
        # The sourcing lexicons' raw rates are left out by default: the sourcing shares say what they mean.
        options = Options(by=by, reference=reference, signals=_split(signals),
                          exclude=tuple(sorted(lexicon_set.sourcing_roles)), since=_day(since), until=_day(until),
                          min_articles=min_articles, min_hits=min_hits, normalize_groups=normalize_groups,
                          group_map=_read_group_map(group_map) if group_map else None, measure=measure.value,
                          period=period.value, n_boot=bootstrap, seed=seed)
        meta = {"title": title, "version": __version__, "input": str(input),
                "command": _command_line(ctx),
                "generated": _generated()}
        with tempfile.TemporaryDirectory(prefix="framing-compare-") as work:
            inputs = load_inputs(input, evidence, lexicon_set, Path(work), model, narratives, lexicons,
                                 corpus_columns(text_col, id_col, outlet_col, date_col, title_col), jobs)
        meta |= inputs.meta
        labels = {sid: s.label for sid, s in lexicon_set.signals.items()} | narrative_labels()
        report = build_report(inputs.scores, options, evidence=inputs.evidence, term_counts=inputs.words,
                              labels=labels, meta=meta)
        report.notes[:0] = inputs.notes
        for caveat in report.caveats:
            if caveat["kind"] == "many_groups":
                err_console.print(f"warning: {caveat['message']}", soft_wrap=True)
        index = write_report(report, out, force=force)
        for line in report.findings:
            console.print(Text("• " + line))
        console.print(Text(f"{len(report.caveats)} caveats; report written to {index}", style="dim"))


def _generated() -> str:
    """When the report is made (UTC); SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch.isdigit() else dt.datetime.now(dt.timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def _command_line(ctx: typer.Context) -> str:
    """The command as one rerunnable line, rebuilt from the parsed options (sys.argv belongs to
    whatever program runs us: a shell, a notebook, a test runner), non-default options only."""
    parts = ["framing", ctx.info_name or "compare"]
    for param in ctx.command.params:
        value = ctx.params.get(param.name)
        if param.param_type_name == "argument":
            parts.append(str(value))
            continue
        if value is None or value == [] or value is False or _plain(value) == _plain(param.default):
            continue
        if getattr(param, "is_flag", False):
            parts.append(param.opts[0])
            continue
        for v in value if param.multiple else [value]:
            parts += [param.opts[0], _plain(v)]
    return shlex.join(parts)


def _plain(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [s.strip() for v in values for s in v.split(",") if s.strip()]


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def _read_group_map(path: Path) -> dict[str, str]:
    """`from,to` rows (a header row naming them is optional)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows = [r for r in csv.reader(fh) if r and any(c.strip() for c in r)]
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["from", "to"]:
        rows = rows[1:]
    bad = [k for k, r in enumerate(rows, 1) if len(r) != 2 or not r[0].strip() or not r[1].strip()]
    if bad:
        raise InputError(f"{path}: row {bad[0]}: expected two columns, from,to")
    return {r[0].strip(): r[1].strip() for r in rows}


def load_inputs(input: Path, evidence: Path | None, lexicons: LexiconSet, work: Path,
                model: Path | None = None, narratives: bool = False,
                lexicon_dirs: list[Path] | None = None, columns: dict[str, str | None] | None = None,
                jobs: int | None = None) -> Inputs:
    """The score table (with evidence and word counts when they can be had) for `input`.

    A score table is read as it is, with `evidence` if given; a corpus is scored into `work` (its
    `columns` chosen by the user, on `jobs` workers), with `model`'s predictions when one is given,
    and the narrative columns with `narratives`.
    """
    inputs = _load_inputs(input, evidence, lexicons, work, model, narratives, lexicon_dirs, columns, jobs)
    if "narrative_lang" in inputs.scores:   # articles without narratives cannot count for or against one
        missing = inputs.scores["narrative_lang"].isna()
        if missing.any():
            inputs.scores = inputs.scores[~missing]
            if inputs.evidence is not None:
                inputs.evidence = inputs.evidence[inputs.evidence["id"].isin(inputs.scores["id"])]
            n = int(missing.sum())
            inputs.notes.append(f"{n} article{'' if n == 1 else 's'} in a language without a narrative model "
                                f"{'is' if n == 1 else 'are'} left out (the errors file of `framing score -o OUT --narratives` lists them).")
    return inputs


def _load_inputs(input: Path, evidence: Path | None, lexicons: LexiconSet, work: Path, model: Path | None,
                 narratives: bool, lexicon_dirs: list[Path] | None, columns: dict[str, str | None] | None,
                 jobs: int | None) -> Inputs:
    if _is_score_table(input):
        if model is not None:
            raise InputError("--model goes with a corpus; a score table already holds whatever model columns "
                             "it was scored with (framing score -o OUT --model M)")
        if narratives:
            raise InputError("--narratives goes with a corpus; a score table holds narrative columns when it was "
                             "scored with them (framing score -o OUT --narratives)")
        scores = _read_table(input)
        try:
            run = read_run_meta(input)
        except (OSError, ValueError, KeyError, TypeError):
            run = {}
        meta = {"lexicon_hash": run.get("lexicon_hash"), "scored_with": run.get("version")}
        if not run.get("lexicon_hash"):
            meta["lexicon_note"] = ("the score table does not record its lexicons; the labels shown are those of "
                                    "the lexicons installed now")
        elif run["lexicon_hash"] != lexicons.hash:
            meta["lexicon_note"] = (f"the table was scored with lexicons {run['lexicon_hash'][:12]}, not the ones "
                                    f"installed now ({lexicons.hash[:12]}), whose labels are shown")
        return Inputs(scores, _read_table(evidence) if evidence else None, None, meta)
    if evidence:
        raise InputError("--evidence-table goes with a score table; a corpus is scored here, with its evidence")
    scores_path, evidence_path, errors_path = work / "scores.parquet", work / "evidence.parquet", work / "errors.csv"
    run = score_corpus(input, scores_path, lexicons, columns=columns, jobs=jobs, evidence=evidence_path,
                       errors=errors_path, model=model, narratives=narratives, lexicon_dirs=lexicon_dirs)
    if not run.scored:
        raise InputError(f"{input}: no article could be scored ({run.failed} failed; run `framing score {input} "
                         "-o scores.parquet` to see why)")
    notes = []
    if run.failed:
        notes.append(f"{run.failed} of {run.read} records could not be scored and are left out (run `framing score "
                     "-o OUT` on the corpus for the errors file).")
    import pandas as pd

    return Inputs(pd.read_parquet(scores_path), pd.read_parquet(evidence_path), _word_counts(input, columns),
                  {"lexicon_hash": lexicons.hash}, notes)


def _is_score_table(path: Path) -> bool:
    """A table file with article scores (n_words and rates), not texts to score."""
    if not path.is_file() or path.suffix.lower() not in OUTPUT_FORMATS:
        return False
    names = _column_names(path)
    return "n_words" in names and any(n.endswith("_per_1k") for n in names)


def _column_names(path: Path) -> list[str]:
    try:
        if path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
        if path.suffix.lower() == ".jsonl":
            return list(json.loads(first)) if first.strip() else []
        return next(csv.reader([first]), [])
    except (OSError, ValueError, UnicodeDecodeError):
        return []


def _read_table(path: Path) -> pd.DataFrame:
    import pandas as pd

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix == ".jsonl":
            return pd.read_json(path, lines=True, dtype=False)
        return pd.read_csv(path, dtype={"id": str, "date": str}, keep_default_na=False, na_values=[""])
    except (ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot read as a table ({str(exc).splitlines()[0]})") from None


def _word_counts(corpus: Path, columns: dict[str, str | None] | None = None) -> pd.DataFrame:
    """Per article, how often each word occurs (lower-cased, tokenized as the scorer does)."""
    import pandas as pd

    ids, terms, counts = [], [], []
    for item in open_corpus(corpus, columns):
        if not isinstance(item, Record):
            continue
        for term, count in collections.Counter(w for w in tokenize_words(normalize(item.text)) if is_word(w)).items():
            ids.append(item.id)
            terms.append(term)
            counts.append(count)
    return pd.DataFrame({"id": pd.Categorical(ids), "term": pd.Categorical(terms), "count": counts})


def narrative_labels() -> dict[str, str]:
    """Narrative column -> its taxonomy label ("narrative_urw_praise_of_russia" -> "URW: Praise of Russia")."""
    from ..narratives.columns import slug
    from ..narratives.taxonomy import load_taxonomy

    return {f"narrative_{slug(label)}": label for label in load_taxonomy().narratives}
