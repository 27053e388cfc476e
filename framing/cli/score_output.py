"""How `framing score` shows one article: a terminal report (highlighted evidence, with --explain every
match and its lexicon entry), JSON or CSV."""

from __future__ import annotations

import csv
import io
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from ..pipeline import Analyzer, ArticleResult, Evidence
from ..wording import counted
from .common import console, err_console, print_json
from .highlight import highlight, legend, signal_styles

if TYPE_CHECKING:
    from ..narratives.detector import NarrativeResult


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def print_article(
    result: ArticleResult,
    analyzer: Analyzer,
    format: Format,
    explain: bool,
    no_color: bool,
    predictions: dict[str, Any] | None,
    found: NarrativeResult | None,
) -> None:
    """One article's result in FORMAT, with the model's labels and the narratives when they were asked for."""
    if format is Format.json:
        print_json(
            result.to_dict(with_sentences=True)
            | ({"model": predictions} if predictions else {})
            | ({"narratives": found.to_dict()} if found else {})
        )
    elif format is Format.csv:
        _write_csv(result, explain)
        for warning in result.warnings:  # the table carries no warnings column: they go to stderr
            err_console.print(f"warning: {warning}", soft_wrap=True)
    else:
        _print_report(result, analyzer, explain, plain=no_color or not console.is_terminal)
        if predictions:
            from .model import print_predictions

            print_predictions(predictions)
        if found:
            from .narratives import print_narratives

            print_narratives(found)


def _write_csv(result: ArticleResult, explain: bool) -> None:
    out = io.StringIO()
    if explain:
        fields = list(Evidence.__dataclass_fields__)
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for e in result.evidence:
            writer.writerow({f: getattr(e, f) for f in fields})
    else:
        fields = [
            "signal",
            "label",
            "count",
            "weighted",
            "per_1k",
            "author_per_1k",
            "sentence_share",
            "negated",
            "author",
            "quoted",
            "reported",
        ]
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for s in result.signals.values():
            writer.writerow({k: v for k, v in (s.to_dict() | s.by_voice).items() if k in fields})
    sys.stdout.write(out.getvalue())


def _print_report(result: ArticleResult, analyzer: Analyzer, explain: bool, plain: bool = False) -> None:
    heading = result.title or result.id
    console.print(Text(heading, style="bold"))
    console.print(
        Text(
            f"{counted(result.n_words, 'word')}, {counted(result.n_sentences, 'sentence')} · lexicons {result.meta['lexicon_hash'][:12]}",
            style="dim",
        )
    )
    for warning in result.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    table = Table(
        title="Signals",
        title_justify="left",
        caption="n matches in the body (the headline's are marked below); per 1,000 words in all and in the outlet's own voice; share of sentences; "
        "weighted score; matches quoted, reported and negated. Rows marked (phrases) count a sourcing lexicon's "
        "phrases; the sourcing table below counts sentences by the kind of source each attribution names",
        caption_justify="left",
    )
    table.add_column("signal")  # the label wraps before a header is cut ("own/…") at 80 columns
    for column in ("n", "/1k", "own/1k", "sents", "weight", "quoted", "reported", "neg."):
        table.add_column(column, justify="right", min_width=len(column))
    phrases = analyzer.lexicons.sourcing_roles  # raw lexicon counts, not the sourcing table's kinds (round u21)
    for s in result.signals.values():
        table.add_row(
            f"{s.label} (phrases)" if s.signal in phrases else s.label,
            str(s.count),
            f"{s.per_1k:.1f}",
            f"{s.author_per_1k:.1f}",
            f"{s.sentence_share:.0%}",
            f"{s.weighted:.1f}",
            str(s.by_voice["quoted"]),
            str(s.by_voice["reported"]),
            str(s.negated),
        )
    console.print(table)
    src = result.sourcing
    sourcing = Table(
        title="Sourcing: share of sentences citing each kind of source",
        title_justify="left",
        caption="unsourced: assertive sentences with no attribution; loaded: editorialising cues "
        "(claimed, admitted) of all cues",
        caption_justify="left",
    )
    for column in ("any", "named", "anon.", "vague", "state", "quotes", "unsourced", "loaded"):
        sourcing.add_column(column, justify="right", min_width=len(column))
    sourcing.add_row(
        f"{src.attributed:.0%}",
        f"{src.named:.0%}",
        f"{src.anonymous:.0%}",
        f"{src.vague:.0%}",
        f"{src.state_media:.0%}",
        f"{src.direct_quote:.0%}",
        f"{src.unattributed_assertive:.0%}",
        f"{src.loaded_cues} of {src.attributions}",
    )
    console.print(sourcing)
    if result.headline:
        for flag in result.headline["flags"]:
            console.print(Text(f"headline: {flag}", style="yellow"))
    styles = signal_styles(result.signals)
    console.print(legend({sid: s.label for sid, s in result.signals.items()}, styles, plain))
    headline = [(e.start, e.end, e.signal) for e in result.evidence if e.part == "headline"]
    if headline and result.title:  # the table counts the body; the headline's matches were nowhere (u25)
        console.print(highlight(result.title, headline, styles, plain, prefix="[headline] "))
    by_sentence: dict[int, list] = {}
    for e in result.evidence:
        if e.part == "body":
            by_sentence.setdefault(e.sentence, []).append(e)
    for index, sentence in enumerate(result.sentences):
        if index not in by_sentence:
            continue
        start = result.sentence_starts[index]
        spans = [(e.start - start, e.end - start, e.signal) for e in by_sentence[index]]
        console.print(highlight(sentence, spans, styles, plain, prefix=f"[{index}] "))
    if explain:
        _print_explain(result, analyzer)


def _print_explain(result: ArticleResult, analyzer: Analyzer) -> None:
    from ..lexicon.loader import shipped_dir

    shipped = shipped_dir()
    # a shipped file by its name, a user's as given: with `mode = "extend"`, "hedging.toml:8" (the user's) and
    # "hedging.toml:211" (the shipped one's) stood side by side, one name for two files (u32)
    origin = {
        (sid, t.text): f"{Path(t.origin).name if Path(t.origin).is_relative_to(shipped) else t.origin}:{t.line}"
        for sid, spec in analyzer.lexicons.signals.items()
        for t in spec.terms
    }
    for sid, spec in analyzer.lexicons.signals.items():
        for rule in spec.proximity:
            origin[(sid, rule.id)] = f"{Path(spec.path).name}:{rule.line}"
    console.print(
        Text("Every match: sentence, span, signal, matched text <- lexicon entry (file:line), voice", style="bold")
    )
    for e in result.evidence:
        line = Text(f"[{e.part} {e.sentence}] {e.start}-{e.end} {e.signal}: ")
        line.append(e.text, style="bold")
        line.append(f" <- {e.entry} ({origin.get((e.signal, e.entry), '?')}), {e.voice}")
        if e.negated:
            line.append(", negated")
        if e.rule:
            line.append(f", {e.rule}")
        console.print(line)
