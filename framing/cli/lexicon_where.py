"""`framing lexicon where WORD`: the signal entries a word matches and the word lists that hold it, each with the
file and line it is written on. Registered on the `lexicon` sub-app by cli/lexicon.py."""

from itertools import groupby
from typing import Annotated, Any

import typer
from rich.text import Text

from ..lexicon.listed import Listed, lists_holding
from ..lexicon.loader import load_lexicons
from ..pipeline import Analyzer
from .common import FormatOpt, LangOpt, LexiconsOpt, TableOrJson, console, error_boundary, print_json


def _grouped(listed: list[Listed], shown: set[tuple[str, int]]) -> list[dict[str, Any]]:
    """One row per list line: the entries of one key written on one line, less the entries the signal rows show."""
    rows = []
    kept = [place for place in listed if (place.file, place.line) not in shown]
    for (file, line, table, key, description), same in groupby(
        kept, key=lambda p: (p.file, p.line, p.table, p.key, p.description)
    ):
        entries = [p.entry for p in same]
        rows.append(
            {"file": file, "line": line, "table": table, "key": key, "entries": entries, "description": description}
        )
    return rows


def where(
    term: Annotated[str, typer.Argument(help="A word or phrase.")],
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    format: FormatOpt = TableOrJson.table,
) -> None:
    """Which signal entries would match TERM, which word lists hold it (and what each list does), and in which
    file and line each is written."""
    with error_boundary():
        from ..quality.lexicon_trace import entries_for

        lx = load_lexicons(lexicons, lang)
        rows = entries_for(Analyzer(lx), term)
        # u35: what decides a source's kind is mostly a list ("mother" in kin_nouns), no entry: name it too
        lists = _grouped(lists_holding(lx, term), {(r["file"], r["line"]) for r in rows})
        if format == "json":
            grammar = [  # the key of round u29, kept for scripts that read it: the [grammar] rows of `lists`
                {"file": g["file"], "line": g["line"], "class": g["key"]} for g in lists if g["table"] == "grammar"
            ]
            print_json({"term": term, "found": rows, "lists": lists, "grammar": grammar})
            return
        if not rows:
            console.print(Text(f'"{term}" matches no signal entry' + ("" if lists else " and is in no word list")))
        for r in rows:
            line = f'{r["file"]}:{r["line"] or ""}: {r["signal"]}: "{r["entry"]}" {r["rule"]}'.rstrip()
            console.print(Text(line), soft_wrap=True)
        for g in lists:
            what = f"[{g['table']}] {g['key']}".rstrip()
            entries = ", ".join(f'"{e}"' for e in g["entries"])
            about = f" — {g['description']}" if g["description"] else ""
            console.print(Text(f"{g['file']}:{g['line']}: {what}: {entries}{about}"), soft_wrap=True)
