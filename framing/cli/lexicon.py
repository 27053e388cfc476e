"""`framing lexicon ...`: see, check, test and audit the lexicons an analysis runs on."""

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ..wording import counted
from ..errors import InputError, LexiconError, Problem
from ..outputs import check_folder, resolved, write_whole
from ..lexicon.importers import IMPORTABLE, import_file, to_toml
from ..lexicon.loader import Layer, load_lexicons, read_lexicon_bytes, search_path
from ..pipeline import Analyzer
from .common import (
    Command,
    FormatOpt,
    Group,
    LangOpt,
    LexiconsOpt,
    TableOrJson,
    console,
    err_console,
    error_boundary,
    out_dir_option,
    print_json,
)
from .lexicon_judging import audit, sample, shown_whole
from .lexicon_where import where

app = typer.Typer(
    help="See, check, test and audit the lexicons (the files behind every signal).", no_args_is_help=True, cls=Group
)


@app.command("list", cls=Command)
def list_signals(lexicons: LexiconsOpt = None, lang: LangOpt = "en", format: FormatOpt = TableOrJson.table) -> None:
    """List the signals in force and the file(s) each one comes from."""
    with error_boundary():
        lx = load_lexicons(lexicons, lang)
        rows: list[dict[str, Any]] = [
            {
                "signal": sid,
                "label": s.label,
                "terms": len(s.terms),
                "rules": len(s.context) + len(s.proximity),
                "files": list(s.origins),
            }
            for sid, s in lx.signals.items()
        ]
        from ..lexicon.grammar import GRAMMAR, GRAMMAR_FILE, GRAMMAR_LANGUAGE

        # u29: the source readers' grammar words are no signal, but a user listing the lexicons looks here
        grammar = {"file": str(GRAMMAR_FILE), "classes": len(GRAMMAR)} if lang.lower() == GRAMMAR_LANGUAGE else None
        if format == "json":
            print_json(
                {
                    "lexicon_hash": lx.hash,
                    "layers": [{"path": str(layer.path), "origin": layer.origin} for layer in lx.layers],
                    "signals": rows,
                    "grammar": grammar,
                }
            )
            return
        table = Table(title=f"Signals ({lang}, lexicons {lx.hash[:12]})", title_justify="left")
        for column in ("signal", "label", "terms", "rules", "from"):
            table.add_column(column, **shown_whole(column not in ("terms", "rules")))
        for row in rows:
            table.add_row(row["signal"], row["label"], str(row["terms"]), str(row["rules"]), "\n".join(row["files"]))
        console.print(table)
        if grammar:
            console.print(
                Text(
                    f"and the source readers' grammar words: {grammar['classes']} word classes in the [grammar] "
                    f"table of {grammar['file']} (`framing lexicon where WORD` finds a word's class and line)"
                ),
                soft_wrap=True,
            )


@app.command("show", cls=Command)
def show(
    signal: Annotated[str, typer.Argument(help="Signal id, e.g. hedging.")],
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Show one signal as compiled: description, terms with weights, exceptions and rules."""
    with error_boundary():
        spec = load_lexicons(lexicons, lang).signal(signal)
        terms: list[dict[str, Any]] = [
            {
                "term": t.text,
                "words": list(t.words),
                "weight": t.weight,
                "case": "exact" if t.exact else "any",
                "from": f"{t.origin}:{t.line}",
            }
            for t in spec.terms
        ]
        if format == "json":
            print_json(
                {
                    "signal": signal,
                    "label": spec.label,
                    "description": spec.description,
                    "files": spec.origins,
                    "terms": terms,
                    "exceptions": [e.text for e in spec.exceptions],
                    "context": [
                        {
                            "before": [p.text for p in r.before],
                            "after": [p.text for p in r.after],
                            "window": r.window,
                            "action": r.action,
                            "to": r.to,
                            "terms": list(r.terms),
                            "closing_name": r.closing_name,
                            "opening_name": r.opening_name,
                            "opening_label": r.opening_label,
                            "not_labels": list(r.not_labels),
                            "answered_by": [p.text for p in r.answered_by],
                            "name_after": r.name_after,
                            "one_word": r.one_word,
                        }
                        for r in spec.context
                    ],
                    "proximity": [
                        {
                            "id": r.id,
                            "a": [p.text for p in r.a],
                            "b": [p.text for p in r.b],
                            "window": r.window,
                            "ordered": r.ordered,
                            "weight": r.weight,
                            "ends_as_terms": r.ends_as_terms,
                            "defer_to_terms": r.defer_to_terms,
                        }
                        for r in spec.proximity
                    ],
                }
            )
            return
        console.print(Text(f"{spec.label} ({signal})", style="bold"))
        console.print(Text(spec.description))
        console.print(Text("from " + ", ".join(spec.origins), style="dim"), soft_wrap=True)
        table = Table(title=f"{len(terms)} terms", title_justify="left")
        for column in ("term", "weight", "case", "from"):
            table.add_column(column, **shown_whole(column != "weight"))
        for t in terms:
            table.add_row(Text(t["term"]), f"{t['weight']:g}", t["case"], t["from"])
        console.print(table)
        if spec.exceptions:
            console.print(Text("exceptions: " + "; ".join(e.text for e in spec.exceptions)))
        for r in spec.context:
            only = f" (only {list(r.terms)})" if r.terms else ""
            console.print(
                Text(
                    f"context (line {r.line}){only}: {r.action} when {[p.text for p in r.before]} before / "
                    f"{[p.text for p in r.after]} after within {r.window} words"
                    + (", or a name after a comma closing the sentence" if r.closing_name else "")
                    + (", or a name opening the sentence right before it" if r.opening_name else "")
                    + (", or a label opening the sentence" if r.opening_label else "")
                    + (f" (no label: {list(r.not_labels)})" if r.not_labels else "")
                    + (f", or a question answered by {[p.text for p in r.answered_by]}" if r.answered_by else "")
                    + (", or a capitalised word right after it" if r.name_after else "")
                    + (", or closing a sentence of one word" if r.one_word else "")
                )
            )
        for pr in spec.proximity:
            console.print(
                Text(
                    f"proximity {pr.id} (line {pr.line}): {[p.text for p in pr.a]} within {pr.window} "
                    f"words of {[p.text for p in pr.b]}"
                )
            )


@app.command("check", cls=Command)
def check(
    folders: Annotated[
        list[Path] | None, typer.Argument(help="Lexicon folders to check, layered like --lexicons.")
    ] = None,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Report every problem in the lexicons in force as file:line: CODE message (exit 2 on errors).

    Folders are checked the way `score --lexicons` uses them: over the shipped lexicons, so a file
    with mode = "extend" finds the signal it extends.
    """
    with error_boundary():
        from ..quality.lexicon_check import check as check_layers  # imported here: not for `framing score`

        layers: list[Layer] = []
        for layer in search_path([*(lexicons or []), *(folders or [])], lang):
            if all(resolved(layer.path) != resolved(seen.path) for seen in layers):  # the shipped folder given again
                layers.append(layer)
        lx, problems = check_layers(layers, lang)
        errors = [p for p in problems if p.severity == "error"]
        if format == "json":
            print_json(
                {
                    "errors": len(errors),
                    "warnings": len(problems) - len(errors),
                    "problems": [p.__dict__ for p in problems],
                }
            )
        else:
            for p in problems:
                (err_console if p.severity == "error" else console).print(
                    f"{p.severity}: {p}", markup=False, soft_wrap=True
                )
            console.print(
                f"{counted(len(lx.signals), 'signal')}, {counted(len(errors), 'error')}, "
                f"{counted(len(problems) - len(errors), 'warning')}",
                markup=False,
            )
        if errors:
            raise typer.Exit(2)


@app.command("test", cls=Command)
def test(
    text: Annotated[str, typer.Argument(help="A sentence or passage to run the lexicons on.")],
    signal: Annotated[str | None, typer.Option("--signal", "-s", metavar="SIGNAL", help="Only this signal.")] = None,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Show what fires on a piece of text, the entry and rule behind each match, and what was cancelled."""
    with error_boundary():
        from ..quality.lexicon_trace import trace

        lx = load_lexicons(lexicons, lang)
        if signal is not None:
            lx.signal(signal)
        matched, rows = trace(Analyzer(lx), text, signal)
        if format == "json":
            print_json({"text": matched, "matches": rows})
            return
        table = Table(title_justify="left")
        for column in ("signal", "matched", "entry", "span", "negated", "rule / cancelled"):
            table.add_column(column, **shown_whole(True))
        for r in rows:
            table.add_row(
                r["signal"],
                Text(r["matched"]),
                Text(r["entry"]),
                f"{r['start']}-{r['end']}",
                "yes" if r["negated"] else "",
                Text(r["cancelled"] or r["rule"]),
                style="dim" if r["cancelled"] else None,
            )
        console.print(table if rows else Text("nothing fires"))


app.command("sample", cls=Command.renaming(out="--output"))(sample)  # --out: the old name, still accepted
app.command("audit", cls=Command)(audit)
app.command("where", cls=Command)(where)


@app.command("import", cls=Command.renaming(out="--out-dir"))  # --out: the old name, still accepted
def import_(
    source: Annotated[
        Path, typer.Argument(help="A .dic (LIWC-style), .txt (one term per line), or .tsv/.csv (term, weight) file.")
    ],
    out: Annotated[Path, out_dir_option("Folder to write the TOML signal files into.")],
    force: Annotated[bool, typer.Option("--force", help="Replace signal files already in the folder.")] = False,
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Convert a dictionary from another tool into lexicon files, once, to edit from then on."""
    with error_boundary(writes=True):
        if source.suffix not in IMPORTABLE:
            raise InputError(
                f"{source}: cannot import {source.suffix or 'files without an extension'} "
                f"(known: {', '.join(IMPORTABLE)})"
            )
        if not source.exists():
            raise InputError(f"{source}: no such file")
        check_folder(out)
        unread: list[Problem] = []
        data = read_lexicon_bytes(source, unread)  # held to a lexicon file's size, as when it is layered in
        if data is None:
            raise LexiconError(unread)
        specs, problems = import_file(source, data)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise LexiconError(errors)
        taken = [out / f"{spec.id}.toml" for spec in specs if (out / f"{spec.id}.toml").exists()]
        if taken and not force:  # the files are there to be edited: a second import must not undo the edits
            raise InputError(f"{taken[0]}: already exists (it may hold your edits); pass --force to replace it")
        written = []
        for spec in specs:
            target = out / f"{spec.id}.toml"
            write_whole(target, to_toml(spec))  # never a half-written file that breaks the next load
            written.append({"signal": spec.id, "file": str(target), "terms": len(spec.terms)})
            if format is TableOrJson.table:
                console.print(Text(f"wrote {target} ({counted(len(spec.terms), 'term')})"), soft_wrap=True)
        if format is TableOrJson.json:
            print_json({"source": str(source), "written": written})
