"""`framing lexicon sample` and `framing lexicon audit`: judge a signal's matches by hand, or against
labelled examples. Registered on the `lexicon` sub-app by cli/lexicon.py."""

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..scripts import SEED_MAX
from ..wording import counted, interval
from ..errors import InputError
from ..outputs import check_distinct, check_file, write_whole
from ..lexicon.loader import Layer, load_lexicons
from ..pipeline import Analyzer
from ..time_limit import MAX_SECONDS
from .common import (
    DateColOpt,
    FormatOpt,
    IdColOpt,
    LabelColOpt,
    LabelledTextColOpt,
    LangOpt,
    LexiconsOpt,
    MaxSecondsOpt,
    OutletColOpt,
    TableOrJson,
    TextColOpt,
    TitleColOpt,
    console,
    corpus_columns,
    err_console,
    error_boundary,
    errors_option,
    output_option,
    print_json,
    print_reasons,
)

CANDIDATES = 25  # candidate terms an audit suggests by default
NAMED = 20  # entries an advice line names; the table lists them all


def sample(
    corpus: Annotated[Path, typer.Argument(help="A corpus: folder of articles, or .csv/.tsv/.jsonl/.parquet file.")],
    signal: Annotated[str, typer.Option("--signal", "-s", metavar="SIGNAL", help="Signal whose matches to draw.")],
    n: Annotated[int, typer.Option("-n", metavar="N", help="How many matches to draw.")] = 50,
    seed: Annotated[
        int, typer.Option("--seed", min=0, max=SEED_MAX, help="Random seed: the same seed draws the same matches.")
    ] = 13,
    out: Annotated[Path | None, output_option("CSV file to write (default: standard output).")] = None,
    errors: Annotated[
        Path | None, errors_option("OUT.errors.csv, or sample.errors.csv when writing to standard output")
    ] = None,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    text_col: TextColOpt = None,
    id_col: IdColOpt = None,
    outlet_col: OutletColOpt = None,
    date_col: DateColOpt = None,
    title_col: TitleColOpt = None,
    max_seconds: MaxSecondsOpt = MAX_SECONDS,
) -> None:
    """Random matches of a signal with their sentences, as CSV with an empty `correct` column to judge.

    Mark each row 1 (the match is what the signal means) or 0, then run `framing lexicon audit --judged FILE`
    (exit code 1 when some records failed, 2 when the input is unusable).
    """
    with error_boundary(writes=True):
        import io
        import sys

        from ..quality.judging import sample as draw, write_sample
        from ..tables.write import ErrorsFile

        if out is not None:  # checked before the corpus is read, not after
            if out.exists():
                raise InputError(f"{out}: already exists; judged work is never overwritten, choose another --output")
            if out.suffix.lower() != ".csv":  # an output takes its extension's format, and a sample has one
                raise InputError(f"{out}: a sample is written as CSV; name it .csv")
            check_file(out)
        errors = errors or (out.with_name(out.stem + ".errors.csv") if out else Path("sample.errors.csv"))
        check_file(errors)
        check_distinct({"the input": corpus, "-o": out, "--errors": errors})
        with ErrorsFile(errors) as failed:  # written as they come: a million failed lines held took 320 MB
            rows = draw(
                corpus,
                Analyzer(load_lexicons(lexicons, lang)),
                signal,
                n,
                seed,
                corpus_columns(text_col, id_col, outlet_col, date_col, title_col),
                failed,  # type: ignore[arg-type]
                max_seconds or None,
            )
            if out is None:
                write_sample(rows, sys.stdout)
            else:
                text = io.StringIO()
                write_sample(rows, text)
                write_whole(out, text.getvalue())
                done = (
                    f"{counted(len(rows), 'match', 'matches')} of {signal} written to {out}; fill in the correct column"
                    if rows  # "0 matches …; fill in the correct column" sent the analyst to a file of a header (u32)
                    else f"no match of {signal} in {corpus}; {out} holds the header only, nothing to judge"
                )
                err_console.print(done, markup=False, soft_wrap=True)
            failed.commit()  # replaces one an earlier run left: it named other records
        n_failed, n_flagged = failed.count("failed"), failed.count("flagged")
        if n_failed or n_flagged:  # listed with why, as a corpus run of score lists them (exit 1 when some failed)
            if n_failed:  # not drawn from
                verb = "is" if n_failed == 1 else "are"
                err_console.print(f"{counted(n_failed, 'record')} failed and {verb} not sampled", markup=False)
            if n_flagged:  # drawn from, as a corpus run of score keeps them
                err_console.print(f"{counted(n_flagged, 'record')} flagged and kept in the draw", markup=False)
            print_reasons(failed.reasons(), errors)
            if n_failed:
                raise typer.Exit(1)


def audit(
    labelled: Annotated[Path | None, typer.Argument(help="Labelled examples: .csv, .tsv, .jsonl or .parquet.")] = None,
    signal: Annotated[str | None, typer.Option("--signal", "-s", metavar="SIGNAL", help="Signal to audit.")] = None,
    text_col: LabelledTextColOpt = "text",
    label_col: LabelColOpt = "label",
    judged: Annotated[
        Path | None,
        typer.Option(
            "--judged", metavar="FILE", help="A `lexicon sample` file with `correct` filled in: precision per entry."
        ),
    ] = None,
    positive: Annotated[
        str | None,
        typer.Option("--positive", metavar="VALUE", help="Label value that counts as positive (default: true/1/yes)."),
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option("--against", metavar="DIR", help="Baseline lexicon folder to compare with (before/after)."),
    ] = None,
    candidates: Annotated[
        int, typer.Option("--candidates", min=0, metavar="N", help="How many candidate terms to suggest.")
    ] = CANDIDATES,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Per-entry hits and precision, the signal's precision/recall/F1/AUC, and candidate terms to add.

    With --judged: precision per entry and per signal from a judged `lexicon sample` file, with a
    95% Wilson interval, and the entries to fix or drop.
    """
    with error_boundary():
        from ..corpus.labelled import read_labelled_table  # imported here: not for `framing score`
        from ..quality.audit import audit as run_audit

        if judged is not None:
            given = {
                f"the labelled file {labelled}": labelled is not None,
                "--text-col": text_col != "text",
                "--label-col": label_col != "label",
                "--positive": positive is not None,
                "--against": against is not None,
                "--candidates": candidates != CANDIDATES,
                "--lexicons": bool(lexicons),
            }
            ignored = [name for name, yes in given.items() if yes]
            if ignored:  # an audit of a labelled file is another run: never silently skipped
                raise InputError(
                    f"--judged reads the judged file alone; {', '.join(ignored)} would be ignored: "
                    "audit a labelled file in a run of its own"
                )
            _audit_judged(judged, format, signal)
            return
        if labelled is None or signal is None:
            raise InputError(
                "give a labelled file with --signal (and --label-col unless its label column is "
                "`label`), or --judged FILE"
            )

        data = read_labelled_table(labelled, {"--text-col": text_col, "--label-col": label_col})
        lx = load_lexicons(lexicons, lang)
        baseline = (
            load_lexicons(
                None, lang, layers=[Layer(against / lang if (against / lang).is_dir() else against, "--against")]
            )
            if against
            else None
        )
        result = run_audit(data, signal, label_col, lx, text_col, positive, baseline, candidates, source=str(labelled))
        if format == "json":
            print_json(
                {
                    "signal": signal,
                    "quality": result.quality.__dict__,
                    "before": result.before.__dict__ if result.before else None,
                    "entries": result.entries.to_dict("records"),
                    "candidates": result.candidates.to_dict("records"),
                    "notes": result.notes,
                }
            )
            return
        q = result.quality
        summary = Table(
            title=f"{signal} on {labelled.name}: {q.n} examples, {q.positives} positive", title_justify="left"
        )
        for column in ("lexicons", "precision", "recall", "F1", "AUC", "fired"):
            summary.add_column(column, justify="right")
        if result.before:
            b = result.before
            summary.add_row(
                "baseline", f"{b.precision:.3f}", f"{b.recall:.3f}", f"{b.f1:.3f}", f"{b.auc:.3f}", str(b.fired)
            )
        summary.add_row("current", f"{q.precision:.3f}", f"{q.recall:.3f}", f"{q.f1:.3f}", f"{q.auc:.3f}", str(q.fired))
        if result.before:
            b = result.before
            summary.add_row(
                "change",
                f"{q.precision - b.precision:+.3f}",
                f"{q.recall - b.recall:+.3f}",
                f"{q.f1 - b.f1:+.3f}",
                f"{q.auc - b.auc:+.3f}",
                f"{q.fired - b.fired:+d}",
            )
        console.print(summary)
        entries = Table(title="Entries", title_justify="left")
        for column in ("entry", "in positives", "in negatives", "precision", "covers"):
            entries.add_column(column, **shown_whole(column == "entry"))
        for r in result.entries.itertuples():
            entries.add_row(Text(r.entry), str(r.pos_hits), str(r.neg_hits), f"{r.precision:.2f}", f"{r.coverage:.1%}")
        console.print(entries)
        cands = Table(
            title="Candidates (over-represented in missed positives; weighted log-odds z)", title_justify="left"
        )
        for column in ("term", "in missed positives", "in negatives", "z"):
            cands.add_column(column, **shown_whole(column == "term"))
        for r in result.candidates.itertuples():
            cands.add_row(Text(r.term), str(r.count), str(r.count_other), f"{r.z:.2f}")
        console.print(cands)
        for note in result.notes:
            console.print(Text(f"note: {note}", style="yellow"))


def _audit_judged(path: Path, format: str, signal: str | None) -> None:
    """The judged file's precision per signal and entry; `signal` keeps that signal's rows only."""
    from ..quality.judging import MAX_WIDTH, MIN_JUDGED, TARGET, read_judged, judge

    rows, open_rows = read_judged(path)
    if not rows:
        raise InputError(
            f"{path}: no row is judged yet; write 1 or 0 in the correct column"
            if open_rows
            else f"{path}: holds no match to judge (its sample drew none)"
        )
    if signal is not None:  # before, --signal was ignored: another signal's rows were audited under its name
        judged_signals = sorted({s for s, _, _ in rows})
        rows = [row for row in rows if row[0] == signal]
        if not rows:
            raise InputError(f"{path}: no judged row of {signal!r} (judged: {', '.join(judged_signals)})")
    results = judge(rows)
    if format == "json":
        print_json(
            {"open_rows": open_rows, "results": [dict(r.__dict__, precision=round(r.precision, 3)) for r in results]}
        )
        return
    table = Table(
        title=f"Judged matches in {path.name} ({len(rows)} judged, {open_rows} not yet)", title_justify="left"
    )
    # one column for the signal and, under it, its entries: two cut both at 80 columns ("loaded_la…", u26)
    for column in ("signal / entry", "judged", "correct", "precision", "95% interval", "verdict"):
        table.add_column(column, **shown_whole(column in ("signal / entry", "verdict")))
    for r in results:  # each signal's row comes before its entries' (`judge`)
        table.add_row(
            Padding(Text(r.entry), (0, 0, 0, 2))
            if r.entry
            else Text(r.signal, style="bold"),  # wrapped lines indented too
            str(r.judged),
            str(r.correct),
            f"{r.precision:.2f}",
            interval(f"{r.low:.2f}", f"{r.high:.2f}"),
            r.verdict,
        )
    console.print(table)
    for verdict, advice in (
        ("drop", "drop (precision surely under half)"),
        ("fix", "fix with an exception or context rule"),
        (
            "too few",
            f"judge more matches (fewer than {MIN_JUDGED}, or an interval across {TARGET} wider than {MAX_WIDTH})",
        ),
    ):
        named = [f'{r.signal}: "{r.entry}"' for r in results if r.entry and r.verdict == verdict]
        if named:  # 40,000 entries judged once each made one line of 800 kB (r5)
            more = f", and {len(named) - NAMED:,} more (all in the table)" if len(named) > NAMED else ""
            console.print(Text(f"{advice}: " + ", ".join(named[:NAMED]) + more), soft_wrap=True)


def shown_whole(text: bool) -> dict[str, Any]:
    """A column's layout in the lexicon tables: text (a signal, an entry, a term) to the left, a number to the
    right, each folded onto more lines where it does not fit, never cut: at 80 columns "catastroph*" read
    "catastrop…", its wildcard hidden, and "loaded_language" "loaded_la…" (u26)."""
    return {"justify": "left" if text else "right", "overflow": "fold"}
