"""`framing compare`: a score table or a corpus in, an outlet comparison report folder out.

pandas, SciPy and matplotlib are imported inside the command, so that loading the CLI for
`framing score` stays fast.
"""
from __future__ import annotations

import collections
import csv
import datetime as dt
import shlex
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from .. import __version__
from ..corpus import TEXT_SUFFIXES, read_article
from ..errors import InputError
from ..lexicon.loader import LexiconSet, load_lexicons
from ..pipeline import SOURCING_SIGNALS, Analyzer
from ..text import is_word, tokenize_words
from .common import LangOpt, LexiconsOpt, console, error_boundary

if TYPE_CHECKING:
    import pandas as pd

TABLE_SUFFIXES = (".parquet", ".csv", ".tsv", ".jsonl")


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


def compare(
    ctx: typer.Context,
    input: Annotated[Path, typer.Argument(help="A score table from `framing score -o` (.parquet/.csv/.jsonl), "
                                               "or a corpus folder of .txt/.md articles to score first.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Report folder (replaced if it holds a report).")] = Path(
        "reports/compare"),
    by: Annotated[str, typer.Option("--by", help="Metadata column to group by (outlet, country, ownership, ...).")] = "outlet",
    evidence: Annotated[Path | None, typer.Option("--evidence", help="Evidence file from `framing score -o OUT "
                                                                       "--evidence FILE`, for terms and examples.")] = None,
    reference: Annotated[str | None, typer.Option("--reference", help="Compare every group with this one.")] = None,
    signals: Annotated[list[str] | None, typer.Option("--signals", help="Signals to compare, comma-separated "
                                                                        "(repeatable); default all.")] = None,
    since: Annotated[dt.datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="First date kept.")] = None,
    until: Annotated[dt.datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Last date kept.")] = None,
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, help="Leave out smaller groups.")] = 5,
    normalize_groups: Annotated[bool, typer.Option("--normalize-groups", help="Merge group names that differ only "
                                                   "in case or spacing (hpo, HPO).")] = False,
    group_map: Annotated[Path | None, typer.Option("--group-map", help="CSV with columns from,to renaming groups "
                                                   "(hpo -> HuffPost).")] = None,
    measure: Annotated[MeasureName, typer.Option("--measure", help="Per-article number compared for each "
                                                 "signal.")] = MeasureName.per_1k,
    period: Annotated[Period, typer.Option("--period", help="Trend period; auto picks the finest with enough "
                                           "articles.")] = Period.auto,
    bootstrap: Annotated[int, typer.Option("--bootstrap", min=100, help="Bootstrap resamples.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed for the bootstrap.")] = 0,
    title: Annotated[str | None, typer.Option("--title", help="Report title.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace --out even if it is not a framing report.")] = False,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
) -> None:
    """Compare groups of articles (outlets by default) on every signal: an HTML, Markdown and CSV report."""
    from ..report import Options, build_report, write_report

    with error_boundary():
        lexicon_set = load_lexicons(lexicons, lang)
        # The sourcing lexicons' raw rates are left out by default: the sourcing shares say what they mean.
        options = Options(by=by, reference=reference, signals=_split(signals),
                          exclude=tuple(sorted(SOURCING_SIGNALS)), since=_day(since), until=_day(until),
                          min_articles=min_articles, normalize_groups=normalize_groups,
                          group_map=_read_group_map(group_map) if group_map else None, measure=measure.value,
                          period=period.value, n_boot=bootstrap, seed=seed)
        meta = {"title": title, "version": __version__, "input": str(input),
                "command": _command_line(ctx),
                "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
        if _is_score_table(input):
            scores = _read_table(input)
            ev = _read_table(evidence) if evidence else None
            term_counts = None
            meta |= {"lexicon_hash": None, "lexicon_note": "the score table does not record its lexicons; the "
                     "labels shown are those of the lexicons installed now"}
        else:
            if evidence:
                raise InputError("--evidence goes with a score table; a corpus is scored here, with its evidence")
            scores, ev, term_counts = _score_folder(input, lexicon_set)
            meta |= {"lexicon_hash": lexicon_set.hash}
        labels = {sid: s.label for sid, s in lexicon_set.signals.items()}
        report = build_report(scores, options, evidence=ev, term_counts=term_counts, labels=labels, meta=meta)
        index = write_report(report, out, force=force)
        for line in report.findings:
            console.print(Text("• " + line))
        console.print(Text(f"{len(report.caveats)} caveats; report written to {index}", style="dim"))


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


def _is_score_table(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in TABLE_SUFFIXES


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
        return pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype={"id": str, "date": str},
                           keep_default_na=False, na_values=[""])
    except (ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot read as a table ({str(exc).splitlines()[0]})") from None


def _score_folder(folder: Path, lexicons: LexiconSet) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Score every .txt/.md file under `folder`: score table, body evidence, and word counts."""
    import pandas as pd

    if not folder.is_dir():
        raise InputError(f"{folder}: not a score table ({', '.join(TABLE_SUFFIXES)}) or a folder of articles")
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
    if not paths:
        raise InputError(f"{folder}: no .txt or .md articles found")
    analyzer = Analyzer(lexicons)
    rows: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    words: list[tuple[str, str, int]] = []
    for path in paths:
        record = read_article(path)
        result = analyzer.analyze(record.pop("text"), title=record.pop("title"), id=str(record.pop("id")))
        rows.append({"id": result.id, "title": result.title} | record | result.row())
        evidence += [{"id": result.id, "part": e.part, "signal": e.signal, "entry": e.entry, "sentence": e.sentence,
                      "start": e.start, "end": e.end, "text": e.text, "sentence_text": result.sentences[e.sentence],
                      "voice": e.voice, "negated": e.negated} for e in result.evidence if e.part == "body"]
        counts = collections.Counter(w for s in result.sentences for w in tokenize_words(s) if is_word(w))
        words += [(result.id, w, c) for w, c in counts.items()]
    return (pd.DataFrame(rows), pd.DataFrame(evidence, columns=["id", "part", "signal", "entry", "sentence", "start",
                                                                "end", "text", "sentence_text", "voice", "negated"]),
            pd.DataFrame(words, columns=["id", "term", "count"]))
