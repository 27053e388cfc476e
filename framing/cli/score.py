"""`framing score`: one article as a terminal report, JSON or CSV; a corpus as a score table."""

from bisect import bisect_right
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from .terminal import plain_console

from ..corpus import corpus_format, read_article
from ..wording import counted
from ..errors import InputError
from ..lexicon.loader import load_lexicons
from ..pipeline import Analyzer, ArticleResult
from ..report_options import Options, Unit
from ..time_limit import MAX_SECONDS, within
from .common import (
    CORPUS_PANEL,
    DateColOpt,
    IdColOpt,
    JobsOpt,
    LangOpt,
    LexiconsOpt,
    MaxSecondsOpt,
    OutletColOpt,
    SourcingOpt,
    TextColOpt,
    TitleColOpt,
    UnitOpt,
    console,
    corpus_columns,
    err_console,
    sourcing_value,
    error_boundary,
    errors_option,
    output_option,
    print_reasons,
    run_line,
)
from .score_output import Format, print_article

if TYPE_CHECKING:
    from ..batch.run import RunSummary
    from ..lexicon.loader import LexiconSet
    from ..narratives.detector import NarrativeResult


def score(
    input: Annotated[
        Path,
        typer.Argument(
            help="An article file (.txt/.md, or a saved web page .html/.htm) or - for standard input; or a corpus: "
            "a folder of .txt/.md/.html files, .csv, .tsv, .jsonl or .parquet."
        ),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    explain: Annotated[
        bool, typer.Option("--explain", help="List every match and the lexicon entry behind it.")
    ] = False,
    title: Annotated[
        str | None, typer.Option("--title", help="The headline, when it is not the file's first line.")
    ] = None,
    one_per_line: Annotated[
        bool | None,
        typer.Option(
            "--one-sentence-per-line/--paragraphs",
            show_default=False,
            help="Read one article as one sentence per line, or as paragraphs where only punctuation and blank lines "
            "end sentences (default: one per line when there is no blank line and most lines end like a "
            "sentence).",
        ),
    ] = None,
    no_color: Annotated[
        bool,
        typer.Option(
            "--no-color",
            help="Show matches as \\[signal: text] markers instead of "
            "colours (the default when the output is not a "
            "terminal).",
        ),
    ] = False,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    model: Annotated[
        Path | None,
        typer.Option(
            "--model",
            "-m",
            metavar="FILE",
            show_default=False,
            help="Also label each sentence and the article with this model "
            "(from framing train): in the report or JSON of one article, "
            "as model_* columns of a corpus score table.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        output_option("Score table, one row per article: .parquet, .csv or .jsonl.", rich_help_panel=CORPUS_PANEL),
    ] = None,
    evidence: Annotated[
        Path | None,
        typer.Option(
            "--evidence",
            metavar="FILE",
            rich_help_panel=CORPUS_PANEL,
            help="Also write every match, one row each, to this file.",
        ),
    ] = None,
    sentences: Annotated[
        Path | None,
        typer.Option(
            "--sentences",
            metavar="FILE",
            rich_help_panel=CORPUS_PANEL,
            show_default=False,
            help="With --model: write each sentence's predicted label and "
            "class probabilities, one row each, to this file.",
        ),
    ] = None,
    errors: Annotated[Path | None, errors_option("OUT.errors.csv")] = None,
    jobs: JobsOpt = None,
    text_col: TextColOpt = None,
    id_col: IdColOpt = None,
    outlet_col: OutletColOpt = None,
    date_col: DateColOpt = None,
    title_col: TitleColOpt = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="URL",
            rich_help_panel=CORPUS_PANEL,
            show_default=False,
            help="Score on this Dask cluster (tcp://host:8786).",
        ),
    ] = None,
    summary: Annotated[
        str | None,
        typer.Option(
            "--summary",
            metavar="COLUMN",
            rich_help_panel=CORPUS_PANEL,
            show_default=False,
            help="Print the mean of the main signals per value of this column.",
        ),
    ] = None,
    unit: UnitOpt = Unit.article,
    max_seconds: MaxSecondsOpt = MAX_SECONDS,
    narratives: Annotated[
        bool,
        typer.Option(
            "--narratives",
            help="Also name the SemEval-2025 narratives of the "
            "article, with the sentences behind them; in a "
            "corpus score table, as narrative_* columns.",
        ),
    ] = False,
    sourcing: SourcingOpt = None,
) -> None:
    """Score one article on every framing signal, with the evidence for each point of score; or a
    corpus into a score table (exit code 1 when some records failed, 2 when the input is unusable)."""
    with error_boundary(writes=output is not None):
        if output is not None or input.is_dir() or (str(input) != "-" and corpus_format(input)):
            if output is not None:  # without it, the message is that a corpus needs -o
                _refuse_unused(
                    {
                        "--explain": explain,
                        "--title": title,
                        "--one-sentence-per-line/--paragraphs": one_per_line is not None,
                        "--no-color": no_color,
                        "--format": format is not Format.table,
                    },
                    "one article, not a corpus run",
                )
            _score_corpus(
                input,
                output,
                lexicons,
                lang,
                errors,
                summary,
                Options(unit=unit.value),
                columns=corpus_columns(text_col, id_col, outlet_col, date_col, title_col),
                jobs=jobs,
                evidence=evidence,
                scheduler=scheduler,
                model=model,
                sentences=sentences,
                max_seconds=max_seconds or None,
                narratives=narratives,
                sourcing=sourcing_value(sourcing),
            )
            return
        _refuse_unused(
            {
                "--evidence": evidence,
                "--errors": errors,
                "--summary": summary,
                "--jobs": jobs,
                "--scheduler": scheduler,
                "--text-col": text_col,
                "--id-col": id_col,
                "--outlet-col": outlet_col,
                "--date-col": date_col,
                "--title-col": title_col,
                "--unit": unit is not Unit.article,
            },
            "a corpus run (-o OUT), not one article",
        )
        if narratives and format is Format.csv:
            raise InputError("--narratives adds to the table and JSON outputs; use --format json or table")
        if sentences is not None:
            raise InputError(
                "--sentences belongs to corpus runs (-o OUT); for one article, --model with "
                "--format json lists every sentence"
            )
        analyzer = Analyzer(load_lexicons(lexicons, lang), sourcing_value(sourcing))
        record = read_article(input, max_seconds or None)
        headline = title or record.get("title")
        with within(max_seconds, f"{input}: scoring"):  # a corpus's records are held to it in its workers
            result = analyzer.analyze(record["text"], title=headline, id=str(record["id"]), lines=one_per_line)
            from ..narratives.language import scored_in_another_language

            mismatch = scored_in_another_language(record["text"], result, analyzer.lexicons.language)
            if mismatch:
                result.warnings.append(mismatch)
            predictions = _predict(model, record["text"], headline, result, format) if model else None
            found = _narratives(record["text"], headline, result, lexicons) if narratives else None
        print_article(result, analyzer, format, explain, no_color, predictions, found)


def _predict(path: Path, text: str, title: str | None, result: ArticleResult, format: Format) -> dict:
    """Per-sentence and per-article predictions of a trained model: from its weights file when it has
    one (numpy only), else from the model file (which needs scikit-learn)."""
    if format is Format.csv:
        raise InputError("--model adds to the table and JSON outputs; use --format json or table")
    from ..model.portable import load_portable

    portable = load_portable(path)
    if portable is not None:
        return portable.predict_article(text, title, result)
    from ..model.files import load
    from ..model.predict import predict_article

    return predict_article(load(path), text, title, result)


def _narratives(text: str, title: str | None, result: ArticleResult, lexicons: list[Path] | None) -> "NarrativeResult":
    """The article's narratives (the model is loaded here: it needs scikit-learn), their evidence placed as
    the signals' is: by part, numbered and counted from the part's start. The detector reads headline and
    body as one text, so its sentence [7] was the report's [6] and its offsets ran from the headline (u32)."""
    from ..narratives.detector import NarrativeDetector
    from ..text import normalize

    whole = f"{title}\n\n{text}" if title else text
    found = NarrativeDetector(lexicon_dirs=lexicons).detect(whole, result.id)
    starts = result.sentence_starts
    whole = normalize(whole)  # as the detector read it; a headline alone (no body sentence) is all headline
    body = whole.find(result.sentences[0], len(result.title or "")) - starts[0] if starts else len(whole)
    for rows in found.evidence.values():
        for row in rows:
            if row["start"] < body:  # the headline's sentences come first: their numbers stand
                row["part"] = "headline"
                continue
            row["part"] = "body"
            for key in ("start", "end"):
                row[key] -= body
            for cue in row["cues"]:
                cue["start"] -= body
                cue["end"] -= body
            row["sentence"] = max(bisect_right(starts, row["start"]) - 1, 0)  # from a blanked "Advertisement" line
    return found


def _score_corpus(
    input: Path,
    output: Path | None,
    lexicons: list[Path] | None,
    lang: str,
    errors: Path | None,
    summary: str | None,
    unit: Options,
    **options: Any,
) -> None:
    """The corpus branch: a score table, then read / scored / failed; exit 1 when any failed.
    `options` go to `score_corpus` as they are."""
    from ..batch.run import score_corpus
    from ..tables.read import evidence_table_problem
    from .progress import Progress

    if output is None:
        if not options["columns"]["text"] and (problem := evidence_table_problem(input)):  # as the corpus does
            raise InputError(f"{input}: {problem}")
        raise InputError(f"{input}: is a corpus; give the score table to write with -o OUT (.parquet, .csv or .jsonl)")
    if corpus_format(input) is None:
        raise InputError(
            f"{input}: -o scores a corpus: give a folder or a .csv, .tsv, .jsonl or .parquet file "
            "(drop -o to report on this one article)"
        )
    lexicon_set = load_lexicons(lexicons, lang)
    run = score_corpus(
        input,
        output,
        lexicon_set,
        errors=errors,
        summary=summary,
        progress=partial(Progress, unit=unit),
        lexicon_dirs=lexicons,
        **options,
    )
    errors = errors or output.with_name(output.stem + ".errors.csv")
    rate = run.read / run.seconds if run.seconds else 0.0
    line = f"{run_line(run.counts())} → {output} ({run.seconds:.1f} s, {rate:,.0f} {unit.units}/s, {run.where})"
    err_console.print(line, markup=False, soft_wrap=True)
    if run.skipped_files:
        err_console.print(f"skipped {counted(run.skipped_files, 'file')} not named .txt, .md or .html", markup=False)
    if run.failed or run.flagged:
        print_reasons(run.reasons, errors)
    if summary is not None:
        _print_summary(run, lexicon_set, summary, unit)
    if run.failed:
        raise typer.Exit(1)


_INSTEAD = {
    "--evidence": "--explain lists one article's matches",
    "--explain": "--evidence FILE writes a corpus's matches",
    "--format": "the score table's format follows the extension of -o (.parquet, .csv, .jsonl)",
}


def _refuse_unused(options: dict[str, object], belongs: str) -> None:
    """Refuse options given where they would be ignored: `score article.txt --evidence m.csv` wrote no file
    and said nothing. `options` maps each option to its value (False: not given)."""
    given = [name for name, value in options.items() if value is not None and value is not False]
    if given:
        instead = "".join(f"; {_INSTEAD[name]}" for name in given if name in _INSTEAD)
        raise InputError(f"{', '.join(given)} {'goes' if len(given) == 1 else 'go'} with {belongs}{instead}")


def _print_summary(run: "RunSummary", lexicon_set: "LexiconSet", column: str, unit: Options) -> None:
    """The --summary table: the mean of the main signals per value of `column`."""
    from ..batch.run import group_means, summary_signals

    names = summary_signals(lexicon_set)
    labels = {f"{sid}_author_per_1k": spec.label for sid, spec in lexicon_set.signals.items()}
    table = Table(
        title=f"Mean per {column}: words per {unit.unit}; signals per 1,000 words in the outlet's own voice; sourcing as "
        "share of sentences",
        title_justify="left",
    )
    means = group_means(run)
    table.add_column(column, no_wrap=True, min_width=min(30, max(map(len, means), default=0)))
    table.add_column(unit.units, justify="right")
    table.add_column("mean words", justify="right")  # compare's "words" is a group's total (u25)
    for name in names:
        table.add_column(labels.get(name, name.removeprefix("sourcing_").replace("_", " ")), justify="right")
    for group, mean in means.items():
        cells = [f"{mean[n]:.0%}" if n.startswith("sourcing_") else f"{mean[n]:.1f}" for n in names]
        table.add_row(group, f"{mean['n']:,}", f"{mean['n_words']:.0f}", *cells)
    # a terminal gets the table folded to fit; a file or pipe gets it whole
    (console if console.is_terminal else plain_console(width=240)).print(table)
