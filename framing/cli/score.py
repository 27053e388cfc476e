"""`framing score`: one article as a terminal report, JSON or CSV; a corpus as a score table."""
from __future__ import annotations

import csv
import io
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ..corpus import read_article
from ..lexicon.loader import load_lexicons
from ..pipeline import Analyzer, ArticleResult
from .common import LangOpt, LexiconsOpt, console, error_boundary, print_json

_STYLES = ["bold red", "bold yellow", "bold cyan", "bold magenta", "bold green", "bold blue", "red", "yellow",
           "cyan", "magenta", "green", "blue"]


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def score(
    input: Annotated[Path, typer.Argument(help="An article file (.txt/.md), or - for standard input.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    explain: Annotated[bool, typer.Option("--explain", help="List every match and the lexicon entry behind it.")] = False,
    title: Annotated[str | None, typer.Option("--title", help="The headline, when it is not the file's first line.")] = None,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
) -> None:
    """Score one article on every framing signal, with the evidence for each point of score."""
    with error_boundary():
        analyzer = Analyzer(load_lexicons(lexicons, lang))
        record = read_article(input)
        result = analyzer.analyze(record["text"], title=title or record.get("title"), id=str(record["id"]))
        if format is Format.json:
            print_json(result.to_dict(with_sentences=True))
        elif format is Format.csv:
            _write_csv(result, explain)
        else:
            _print_report(result, analyzer, explain)


def _write_csv(result: ArticleResult, explain: bool) -> None:
    out = io.StringIO()
    if explain:
        rows = [e.__class__.__dataclass_fields__ for e in result.evidence[:1]]
        fields = list(rows[0]) if rows else ["part", "signal", "entry", "text", "sentence", "start", "end"]
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for e in result.evidence:
            writer.writerow({f: getattr(e, f) for f in fields})
    else:
        fields = ["signal", "label", "count", "weighted", "per_1k", "author_per_1k", "sentence_share", "negated",
                  "author", "quoted", "reported"]
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for s in result.signals.values():
            writer.writerow({k: v for k, v in (s.to_dict() | s.by_voice).items() if k in fields})
    sys.stdout.write(out.getvalue())


def _print_report(result: ArticleResult, analyzer: Analyzer, explain: bool) -> None:
    heading = result.title or result.id
    console.print(Text(heading, style="bold"))
    console.print(Text(f"{result.n_words} words, {result.n_sentences} sentences · lexicons "
                       f"{result.meta['lexicon_hash'][:12]}", style="dim"))
    for warning in result.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    table = Table(title="Signals", title_justify="left")
    for column in ("signal", "count", "per 1k words", "own voice per 1k", "sentences", "weighted", "quoted",
                   "reported", "negated"):
        table.add_column(column, justify="left" if column == "signal" else "right")
    for s in result.signals.values():
        table.add_row(s.label, str(s.count), f"{s.per_1k:.1f}", f"{s.author_per_1k:.1f}", f"{s.sentence_share:.0%}",
                      f"{s.weighted:.1f}", str(s.by_voice["quoted"]), str(s.by_voice["reported"]), str(s.negated))
    console.print(table)
    src = result.sourcing
    sourcing = Table(title="Sourcing (share of sentences)", title_justify="left")
    for column in ("attributed", "named", "anonymous", "vague", "state media", "direct quote",
                   "unattributed assertive", "loaded cues"):
        sourcing.add_column(column, justify="right")
    sourcing.add_row(f"{src.attributed:.0%}", f"{src.named:.0%}", f"{src.anonymous:.0%}", f"{src.vague:.0%}",
                     f"{src.state_media:.0%}", f"{src.direct_quote:.0%}", f"{src.unattributed_assertive:.0%}",
                     f"{src.loaded_cues} of {src.attributions}")
    console.print(sourcing)
    if result.headline:
        for flag in result.headline["flags"]:
            console.print(Text(f"headline: {flag}", style="yellow"))
    styles = {sid: _STYLES[i % len(_STYLES)] for i, sid in enumerate(result.signals)}
    legend = Text("Matches: ")
    for sid, style in styles.items():
        legend.append(result.signals[sid].label, style=style)
        legend.append("  ")
    console.print(legend)
    by_sentence: dict[int, list] = {}
    for e in result.evidence:
        if e.part == "body":
            by_sentence.setdefault(e.sentence, []).append(e)
    for index, sentence in enumerate(result.sentences):
        if index not in by_sentence:
            continue
        text = Text(f"[{index}] ", style="dim")
        offset = len(text) - result.sentence_starts[index]
        text.append(sentence)
        for e in by_sentence[index]:
            text.stylize(styles.get(e.signal, "bold"), e.start + offset, e.end + offset)
        console.print(text)
    if explain:
        _print_explain(result, analyzer)


def _print_explain(result: ArticleResult, analyzer: Analyzer) -> None:
    origin = {(sid, t.text): f"{Path(t.origin).name}:{t.line}" for sid, spec in analyzer.lexicons.signals.items()
              for t in spec.terms}
    for sid, spec in analyzer.lexicons.signals.items():
        for rule in spec.proximity:
            origin[(sid, rule.id)] = f"{Path(spec.path).name}:{rule.line}"
    table = Table(title="Every match", title_justify="left")
    for column in ("part", "sentence", "span", "signal", "matched", "entry", "from", "voice", "negated", "rule"):
        table.add_column(column)
    for e in result.evidence:
        table.add_row(e.part, str(e.sentence), f"{e.start}-{e.end}", e.signal, Text(e.text), Text(e.entry),
                      origin.get((e.signal, e.entry), "?"), e.voice, "yes" if e.negated else "", e.rule)
    console.print(table)
