"""`framing compare`: a score table or a corpus in, an outlet comparison report folder out.

The work is `framing.comparison.compare`; this module turns options into its arguments and prints
the findings. pandas, SciPy and matplotlib are imported inside the command, so that loading the CLI
for `framing score` stays fast.
"""

import datetime as dt
import shlex
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from ..scripts import SEED_MAX
from ..errors import InputError
from ..lexicon.loader import load_lexicons
from ..report_options import MAX_BOOT, Options, Unit
from .common import (
    Command,
    DateColOpt,
    FormatOpt,
    IdColOpt,
    JobsOpt,
    LangOpt,
    LexiconsOpt,
    OutletColOpt,
    SourcingOpt,
    TableOrJson,
    TextColOpt,
    TitleColOpt,
    UnitOpt,
    console,
    corpus_columns,
    err_console,
    sourcing_value,
    error_boundary,
    out_dir_option,
    print_json,
)


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


# The defaults are the report's own (`Options`): one source, whether the report is built here or in Python.
DEFAULT_MEASURE, DEFAULT_PERIOD, DEFAULT_UNIT = MeasureName(Options.measure), Period(Options.period), Unit(Options.unit)


# The names these options had before the CLI vocabulary was made one (still accepted, with a warning).
COMMAND = Command.renaming(out="--out-dir", evidence="--evidence-table", title="--report-title")


def compare(
    ctx: typer.Context,
    input: Annotated[
        Path,
        typer.Argument(
            help="A score table from `framing score -o` (.parquet/.csv/.jsonl), "
            "or a corpus (folder, CSV, TSV, JSONL, Parquet) to score first."
        ),
    ],
    out: Annotated[Path, out_dir_option("Report folder (replaced if it holds a report).")] = Path("reports/compare"),
    by: Annotated[
        str,
        typer.Option("--by", metavar="COLUMN", help="Metadata column to group by (outlet, country, ownership, ...)."),
    ] = Options.by,
    unit: UnitOpt = DEFAULT_UNIT,
    evidence: Annotated[
        Path | None,
        typer.Option(
            "--evidence-table",
            metavar="FILE",
            help="With a score table: the evidence table written with it "
            "(`framing score -o OUT --evidence FILE`), for terms and "
            "examples.",
        ),
    ] = None,
    reference: Annotated[
        str | None, typer.Option("--reference", metavar="GROUP", help="Compare every group with this one.")
    ] = None,
    signals: Annotated[
        list[str] | None,
        typer.Option(
            "--signals",
            metavar="SIGNAL,...",  # the signal ids `--signal SIGNAL` names elsewhere; it read TEXT (u26)
            help="Signals to compare, comma-separated (repeatable); default all.",
        ),
    ] = None,
    since: Annotated[dt.datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="First date kept.")] = None,
    until: Annotated[dt.datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Last date kept.")] = None,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Leave out groups with fewer records.")
    ] = Options.min_articles,
    min_hits: Annotated[
        int,
        typer.Option(
            "--min-hits",
            min=1,
            help="Matches a group needs on a signal before a finding names it (for own-voice rates and "
            "shares: records with a match).",
        ),
    ] = Options.min_hits,
    normalize_groups: Annotated[
        bool,
        typer.Option("--normalize-groups", help="Merge group names that differ only in case or spacing (hpo, HPO)."),
    ] = Options.normalize_groups,
    group_map: Annotated[
        Path | None,
        typer.Option("--group-map", metavar="FILE", help="CSV with columns from,to renaming groups (hpo -> HuffPost)."),
    ] = None,
    measure: Annotated[
        MeasureName,
        typer.Option(
            "--measure",
            help="Per-record number compared for each signal; by default the rate in the outlet's own voice.",
        ),
    ] = DEFAULT_MEASURE,
    period: Annotated[
        Period,
        typer.Option(
            "--period",
            help="Trend period; auto picks the finest with a median of 10 records per group and period "
            "(else the one with the most, at least 3).",
        ),
    ] = DEFAULT_PERIOD,
    bootstrap: Annotated[
        int, typer.Option("--bootstrap", min=100, max=MAX_BOOT, help="Bootstrap resamples.")
    ] = Options.n_boot,
    seed: Annotated[
        int, typer.Option("--seed", min=0, max=SEED_MAX, help="Random seed for the bootstrap.")
    ] = Options.seed,
    title: Annotated[str | None, typer.Option("--report-title", metavar="TEXT", help="Report title.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace --out-dir even if it is not a framing report.")
    ] = False,
    png: Annotated[
        bool,
        typer.Option(
            "--png/--no-png",
            help="Write each figure as PNG too, beside its SVG (the "
            "report pages use the SVG; --no-png saves a tenth of the time).",
        ),
    ] = True,
    model: Annotated[
        Path | None,
        typer.Option(
            "--model",
            "-m",
            metavar="FILE",
            show_default=False,
            help="Score a corpus with this model too (from framing train): its labels are compared like signals.",
        ),
    ] = None,
    narratives: Annotated[
        bool,
        typer.Option(
            "--narratives",
            help="Score a corpus with the narrative model too: "
            "the share of each group's records carrying each narrative is "
            "compared like a signal.",
        ),
    ] = False,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    jobs: JobsOpt = None,
    text_col: TextColOpt = None,
    id_col: IdColOpt = None,
    outlet_col: OutletColOpt = None,
    date_col: DateColOpt = None,
    title_col: TitleColOpt = None,
    sourcing: SourcingOpt = None,
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Compare groups of articles (outlets by default) on every signal, and on a model's labels when the
    table has them: an HTML, Markdown and CSV report."""
    from ..comparison import compare as compare_groups, read_group_map, report_jobs
    from ..outputs import check_report_folder

    with error_boundary(writes=True):
        if since and until and since > until:  # refused before scoring: it would leave no article
            raise InputError(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}")
        check_report_folder(out, force, [input, evidence, group_map, model, *(lexicons or [])])
        lexicon_set = load_lexicons(lexicons, lang)
        options: dict[str, Any] = dict(
            by=by,
            unit=unit.value,
            reference=reference,
            signals=_split(signals),
            since=_day(since),
            until=_day(until),
            min_articles=min_articles,
            min_hits=min_hits,
            normalize_groups=normalize_groups,
            group_map=read_group_map(group_map) if group_map else None,
            measure=measure.value,
            period=period.value,
            n_boot=bootstrap,
            seed=seed,
        )
        report = compare_groups(
            input,
            lexicons=lexicon_set,
            evidence=evidence,
            model=model,
            narratives=narratives,
            lexicon_dirs=lexicons,
            title=title,
            columns=corpus_columns(text_col, id_col, outlet_col, date_col, title_col),
            jobs=jobs,
            sourcing=sourcing_value(sourcing),
            meta={"command": _command_line(ctx)},
            **options,
        )
        for caveat in report.caveats:
            if caveat["kind"] == "many_groups":
                err_console.print(f"warning: {caveat['message']}", soft_wrap=True)
        for note in report.notes:  # what the report leaves out (records that failed, undated articles)
            err_console.print(f"note: {note}", soft_wrap=True)
        from ..report import write_report

        index = write_report(report, out, force=force, jobs=report_jobs(jobs), png=png)
        if format is TableOrJson.json:
            caveats = [{"kind": c["kind"], "message": c["message"]} for c in report.caveats]
            print_json({"report": str(index), "findings": report.findings, "caveats": caveats, "notes": report.notes})
            return
        for line in report.findings:
            console.print(Text("• " + line))
        console.print(Text(f"{len(report.caveats)} caveats; report written to {index}", style="dim"), soft_wrap=True)


def _command_line(ctx: typer.Context) -> str:
    """The command as one rerunnable line, rebuilt from the parsed options (sys.argv belongs to
    whatever program runs us: a shell, a notebook, a test runner), non-default options only."""
    parts = ["framing", ctx.info_name or "compare"]
    for param in ctx.command.params:
        value = ctx.params.get(param.name)
        if param.param_type_name == "argument":
            parts.append(str(value))
            continue
        if value is None or value == [] or _plain(value) == _plain(param.default):
            continue
        if value is False:  # a flag on by default, turned off: its --no- form
            parts += param.secondary_opts[:1]
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
    """The signal ids `--signals` names; given but naming none (`--signals ,`) is refused, not read as all."""
    if not values:
        return None
    names = [s.strip() for v in values for s in v.split(",") if s.strip()]
    if not names:
        raise InputError("--signals names no signal; give signal ids, comma-separated, such as hedging,certainty")
    return names


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None
