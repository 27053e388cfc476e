"""`framing narratives`: the SemEval-2025 Task 10 narratives of an article, a folder or a corpus.

Output: the task's official `ID <TAB> narratives <TAB> subnarratives` lines (default), or JSON /
CSV with probabilities and evidence sentences. Records that cannot be read, are empty or are in a
language without a model go to the errors file (OUT.errors.csv, the columns of `framing score`'s), one
row each, under the closing line score prints; exit code 1 then.
"""

import csv
import io
import json
from dataclasses import replace
from enum import Enum
from pathlib import Path
from textwrap import indent
from typing import TYPE_CHECKING, Annotated, Iterator

import typer
from rich.text import Text

from ..corpus import Failure, corpus_format, open_corpus, read_article
from ..corpus.files import absent_path
from ..errors import InputError
from ..outputs import WholeFile, check_distinct, check_file, check_not_read_back
from ..time_limit import MAX_SECONDS, within
from .common import (
    Command,
    DateColOpt,
    IdColOpt,
    LexiconsOpt,
    MaxSecondsOpt,
    OutletColOpt,
    TextColOpt,
    TitleColOpt,
    console,
    corpus_columns,
    err_console,
    error_boundary,
    errors_option,
    language_code,
    output_option,
    print_reasons,
    run_line,
)

if TYPE_CHECKING:
    from ..narratives.detector import NarrativeDetector, NarrativeResult


# `--model`/`-m` named the narrative model here and a `framing train` model everywhere else: one meaning now.
_MODEL_MOVED = (
    "names a model from `framing train` (as in score and compare); the narrative model is --narrative-model FILE"
)
COMMAND = Command.refusing({"--model": _MODEL_MOVED, "-m": _MODEL_MOVED})


class Format(str, Enum):
    tsv = "tsv"
    json = "json"
    csv = "csv"


def narratives(
    input: Annotated[
        Path,
        typer.Argument(help="An article (.txt/.md), a folder of them, or a corpus (.csv, .tsv, .jsonl, .parquet)."),
    ],
    output: Annotated[Path | None, output_option("Write here (default: standard output).")] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            show_default=False,
            help="tsv: the task's official format; json/csv: with probabilities and evidence (default: from the "
            "extension of -o, .csv, .json or .tsv; else tsv).",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            callback=language_code,
            help="Language of the texts; picks the narrative cues and model of that language (a code such as en, "
            "in any case; default: detected per article).",
            show_default=False,
        ),
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option(
            "--narrative-model",
            metavar="FILE",
            show_default=False,
            help="Narrative model file (default: the shipped one).",
        ),
    ] = None,
    errors: Annotated[
        Path | None, errors_option("OUT.errors.csv, or narratives.errors.csv when writing to standard output")
    ] = None,
    lexicons: LexiconsOpt = None,
    text_col: TextColOpt = None,
    id_col: IdColOpt = None,
    outlet_col: OutletColOpt = None,
    date_col: DateColOpt = None,
    title_col: TitleColOpt = None,
    max_seconds: MaxSecondsOpt = MAX_SECONDS,
) -> None:
    """Name the known disinformation narratives (SemEval-2025 Task 10 taxonomy) in each article, with the
    sentences behind them (exit code 1 when some records failed, 2 when the input is unusable)."""
    with error_boundary(writes=True):
        from ..narratives.detector import NarrativeDetector
        from ..narratives.language import language_mismatch

        if output is not None and str(output) == "-":  # standard output, as "-" is standard input (it made a file "-")
            output = None
        format = output_format(output, format)
        if output is not None:
            check_file(output)
            check_not_read_back(output, input)
        corpus = str(input) != "-" and corpus_format(input) is not None
        errors = errors or (output.with_name(output.stem + ".errors.csv") if output else Path("narratives.errors.csv"))
        check_distinct({"the input": input, "-o": output, "--errors": errors})
        detector = NarrativeDetector(model, lexicons)
        if lang is not None:
            detector.language("", lang, str(input))
        columns = corpus_columns(text_col, id_col, outlet_col, date_col, title_col)
        from ..tables.write import ErrorsFile

        # results are written as they come (`_Output`), not held; so are the failed and flagged records
        with WholeFile(output) as file, ErrorsFile(errors) as listed:
            out = _Output(format, file, detector, alone=not corpus)
            # records are read as they are labelled: a list of them held every text of the corpus at once
            flagged, read = 0, 0
            seen: dict[str, int | None] = {}  # id -> line or row where it was first read
            for item in _records(input, columns, max_seconds or None):
                read += 1
                if isinstance(item, Failure):
                    listed.append(item)
                    continue
                (where, line, row), rid, text, flags = item
                if rid in seen:  # two rows of one id in the task's format cannot be told apart: flagged, as by score
                    first = seen[rid]
                    flags = [
                        *flags,
                        f"duplicate id {rid!r} "
                        + (f"(first at line {first})" if first else "(an earlier file has it)")
                        + "; kept and flagged",
                    ]
                else:
                    seen[rid] = line or row
                foreign = (
                    language_mismatch(text, lang, "model finds", "leave --lang out to detect it") if lang else None
                )
                if foreign and corpus:
                    flags = [*flags, foreign]
                elif foreign:
                    err_console.print(f"warning: {foreign}", markup=False, soft_wrap=True)
                try:
                    with within(max_seconds, f"{rid}: reading the narratives"):
                        result = detector.detect(text, rid, lang, evidence=format is not Format.tsv)
                except InputError as exc:
                    if not corpus:  # one article: unusable input (exit 2); a record of a corpus fails (exit 1)
                        raise
                    listed.append(Failure(where, line, row, rid, str(exc).removeprefix(f"{rid}: ")))
                    continue
                out.add(result)
                flagged += bool(
                    flags
                )  # labelled, and listed with why (a null id, a field first seen late), as by score
                for flag in flags:
                    listed.append(Failure(where, line, row, rid, flag, status="flagged"))
            failures = listed.count("failed")
            out.close()
            listed.commit()  # replaces one an earlier run left, which listed records this run read well
        if listed.count() or corpus:  # a corpus run closes as score's does
            counts = {"read": read, "scored": out.count, "failed": failures, "flagged": flagged}
            err_console.print(f"{run_line(counts)} → {output or 'standard output'}", markup=False, soft_wrap=True)
        if listed.count():
            print_reasons(listed.reasons("failed"), errors)
        if failures:
            raise typer.Exit(1)


_BY_SUFFIX = {".csv": Format.csv, ".json": Format.json, ".tsv": Format.tsv}
_NOT_WRITTEN = (".jsonl", ".parquet")  # table formats other commands write, this one does not


def output_format(output: Path | None, format: Format | None) -> Format:
    """The format to write: --format, else the one the output's extension names (`-o n.csv` is CSV),
    else tsv. An extension that names another format than --format is refused, not overruled."""
    suffix = output.suffix.lower() if output is not None else ""
    if suffix in _NOT_WRITTEN:
        raise InputError(f"{output}: narratives are written as .tsv, .csv or .json (--format tsv, csv or json)")
    named = _BY_SUFFIX.get(suffix)
    if format is not None and named is not None and named is not format:
        raise InputError(f"{output}: the extension says {named.value}, --format says {format.value}; make them agree")
    return format or named or Format.tsv


Where = tuple[str, int | None, int | None]  # source, line, row: the errors file's first columns


def _records(
    path: Path, columns: dict[str, str | None], page_seconds: float | None
) -> Iterator[tuple[Where, str, str, list[str]] | Failure]:
    """(where, id, text with headline, flags) per article; a folder's ids are file names, as in the task's data.
    A saved page is extracted within `page_seconds` (None: no limit)."""
    if str(path) != "-" and corpus_format(path):
        by_name = path.is_dir()
        for record in open_corpus(path, columns, page_seconds):
            if isinstance(record, Failure):  # listed by file name too: the folder reader's ids are file stems
                yield replace(record, id=Path(record.source).name) if by_name else record
                continue
            rid = Path(record.source).name if by_name else record.id
            text = f"{record.title}\n\n{record.text}" if record.title else record.text
            yield (record.source, record.line, record.row), rid, text, record.flags
        return
    if str(path) != "-" and not path.exists():  # a FIFO or device is refused by read_article, named as one
        raise InputError(f"{path}: {absent_path(path, 'file or folder')}")
    article = read_article(path, page_seconds)  # an empty file or one with no text is refused there, as in a folder run
    text = f"{article['title']}\n\n{article['text']}" if article.get("title") else article["text"]
    yield (str(path), None, None), path.name, text, []


class _Output:
    """The narratives written result by result as they come (`WholeFile`): held in a list, the results of
    100,000 short articles took 860 MB. The JSON of one article (`alone`, not a corpus) to standard output is
    an object; a corpus's is a list, however many of its records were labelled."""

    def __init__(self, format: Format, file: WholeFile, detector: "NarrativeDetector", alone: bool) -> None:
        self.format, self.file, self.detector, self.count, self.alone = format, file, detector, 0, alone
        self._first: dict | None = None  # JSON: the first result, until a second one makes the output a list
        if format is Format.csv:
            from ..narratives.columns import slug  # numpy with it: not for `framing score`

            # named as in a score table (`score -o OUT --narratives`), where `narrative_<slug>` is 1 or 0
            head = ["id", "lang", "narratives", "subnarratives"]
            self._csv_row(head + [f"narrative_{slug(n)}_prob" for n in detector.taxonomy.narratives] + ["evidence"])

    def add(self, r: "NarrativeResult") -> None:
        self.count += 1
        if self.format is Format.tsv:
            from ..narratives.data import format_line  # it reads the task's data with pandas: loaded for a run only

            self.file.write(format_line(r.id, r.narratives, r.subnarratives) + "\n")
        elif self.format is Format.csv:
            first = next((rows[0]["text"] for rows in r.evidence.values() if rows), "")
            self._csv_row(
                [r.id, r.lang, ";".join(r.narratives), ";".join(r.subnarratives)]
                + [f"{r.proba.get(n, 0.0):.4f}" for n in self.detector.taxonomy.narratives]
                + [first]
            )
        elif self.count == 1:
            self._first = r.to_dict()
        else:  # a list's items as json.dumps(the list, indent=2) writes them
            if self._first is not None:
                self.file.write("[\n" + _item(self._first))
                self._first = None
            self.file.write(",\n" + _item(r.to_dict()))

    def close(self) -> None:
        """Finish the JSON, then put the file in place or print it."""
        if self.format is Format.json:
            if self._first is not None and self.file.path is None and self.alone:
                self.file.write(json.dumps(self._first, ensure_ascii=False, indent=2) + "\n")
            elif self._first is not None:
                self.file.write("[\n" + _item(self._first) + "\n]\n")
            else:
                self.file.write("\n]\n" if self.count else "[]\n")
        self.file.commit()

    def _csv_row(self, cells: list[str]) -> None:
        line = io.StringIO()
        csv.writer(line).writerow(cells)
        self.file.write(line.getvalue())


def _item(result: dict) -> str:
    return indent(json.dumps(result, ensure_ascii=False, indent=2), "  ")


def print_narratives(result: "NarrativeResult") -> None:
    """The narratives section of `framing score`: each narrative, then the sentences behind it."""
    console.print(Text(f"Narratives ({result.lang})", style="bold"))
    if result.narratives == ["Other"]:
        console.print(Text("none of the taxonomy's narratives (Other)", style="dim"))
        return
    for narrative in result.narratives:
        subs = [s.removeprefix(narrative + ": ") for s in result.subnarratives if s.startswith(narrative + ": ")]
        line = Text(f"{narrative}", style="bold magenta")
        line.append(f"  p={result.proba.get(narrative, 0.0):.2f}", style="dim")
        if subs:
            line.append(f"  ({'; '.join(subs)})")
        console.print(line)
        for row in result.evidence.get(narrative, []):
            why = ", ".join(f'"{c["text"]}"' for c in row["cues"]) or f"model weight {row.get('model_weight', 0):.2f}"
            where = "headline" if row.get("part") == "headline" else row["sentence"]  # `score`: as its sentences
            text = Text(f"  [{where}] ", style="dim")
            text.append(row["text"])
            text.append(f"  <- {why}", style="dim")
            console.print(text)
