"""The score-table contract: what a corpus run writes, in which columns and formats, and how it is read back.

Outputs (format by extension: .parquet, .csv or .jsonl):
- score table: id, outlet, date, title, the input's extra columns, then `score_columns(signals)`
  (n_words, n_sentences, per signal count / weighted / per_1k / author_per_1k / sentence_share, the
  sourcing mix), a model's and the narratives' columns, and duplicate_id (true for every record
  whose id an earlier record already had);
- evidence: one `EvidenceRow` per match (its fields are the columns);
- errors: one `ErrorRow` per failed or flagged record (failed: not in the output; flagged: in the
  output with a problem, such as a duplicate id or an unreadable date).
Run metadata (`run_meta`) goes into the Parquet file's metadata under "framing", or a sidecar
OUT.meta.json beside a CSV/JSONL file. It holds nothing that varies between runs (no time, no job
count), so equal runs give equal files. Writing is in `tables.write`, reading back in `tables.read`.
"""

from __future__ import annotations

import dataclasses
import operator
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import __version__
from ..errors import InputError
from ..outputs import check_file
from ..score import SourcingSummary

if TYPE_CHECKING:
    from ..corpus import Corpus, Failure
    from ..lexicon.loader import LexiconSet

OUTPUT_FORMATS = (".parquet", ".csv", ".jsonl")
CORE_COLUMNS = (("id", "string"), ("outlet", "string"), ("date", "date"), ("title", "string"))
SIGNAL_MEASURES = (
    ("count", "int64"),
    ("weighted", "float64"),
    ("per_1k", "float64"),
    ("author_per_1k", "float64"),
    ("sentence_share", "float64"),
)
# An evidence row repeats its sentence: a longer one (a text without sentence punctuation) is cut
# to a window around the match, or an evidence file grows with the square of a record's length
# ('He said ' * 40000, 320 KB, wrote 3.2 GB of evidence).
EVIDENCE_SENTENCE_CHARS = 1_000
_KINDS = {str: "string", int: "int64", float: "float64", bool: "bool"}  # Python type -> column type


def _kind(annotation: Any) -> str:
    """The column type of a field annotation (`str`, `int | None`, or the same as text)."""
    found = [t for t in typing.get_args(annotation) if t is not type(None)] or [annotation]
    return _KINDS[found[0]]


def _fields_as_columns(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, column type) of each field of a NamedTuple class, in order."""
    return tuple((name, _kind(hint)) for name, hint in typing.get_type_hints(cls).items())


class EvidenceRow(NamedTuple):
    """One match as the evidence file holds it: `pipeline.Evidence`'s fields (built from them by
    name, see `evidence_row`) with the article id and the sentence text. The fields are the columns."""

    id: str
    part: str
    signal: str
    entry: str
    sentence: int
    start: int
    end: int
    text: str
    sentence_text: str
    voice: str
    negated: bool
    weight: float
    rule: str


class ErrorRow(NamedTuple):
    """A failed or flagged record, as the errors file holds it."""

    source: str | None
    line: int | None
    row: int | None
    id: str | None
    status: str
    reason: str | None


EVIDENCE_COLUMNS = _fields_as_columns(EvidenceRow)
ERROR_COLUMNS = _fields_as_columns(ErrorRow)


def evidence_row(id: str, evidence: Any, sentence_text: str) -> EvidenceRow:
    """The evidence row of one match (a `pipeline.Evidence`), its fields taken by name."""
    # a class is hashable; mypy checks its instances' __hash__ instead (python/mypy#20409)
    before, after = _evidence_getters(type(evidence))  # type: ignore[arg-type]
    return EvidenceRow._make((id, *before(evidence), sentence_text, *after(evidence)))


@lru_cache(maxsize=None)
def _evidence_getters(cls: type) -> tuple[Callable[[Any], tuple], Callable[[Any], tuple]]:
    """The fields of an evidence class that come before and after `sentence_text` in a row; a
    TypeError when the class and the columns do not have the same fields."""
    fields = {f.name for f in dataclasses.fields(cls)}
    columns = [name for name in EvidenceRow._fields if name not in ("id", "sentence_text")]
    if fields != set(columns):
        raise TypeError(f"evidence fields and evidence columns differ: {sorted(fields ^ set(columns))}")
    cut = EvidenceRow._fields.index("sentence_text") - 1  # after the id
    return operator.attrgetter(*columns[:cut]), operator.attrgetter(*columns[cut:])


def sentence_window(sentence: str, start: int, end: int) -> str:
    """The sentence as an evidence row shows it: whole, or, when longer than EVIDENCE_SENTENCE_CHARS,
    the characters around the match (`start`:`end` in the sentence) with "…" where it was cut."""
    if len(sentence) <= EVIDENCE_SENTENCE_CHARS:
        return sentence
    margin = max(0, (EVIDENCE_SENTENCE_CHARS - (end - start)) // 2)
    first, last = max(0, start - margin), min(len(sentence), end + margin)
    return ("…" if first else "") + sentence[first:last] + ("…" if last < len(sentence) else "")


def printable(text: str | None) -> str | None:
    """Text every output can hold: what is not UTF-8 (a file name's bytes, a lone surrogate from a
    JSON escape) written as a backslash escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if text and not text.isascii() else text


def error_row(failure: Failure) -> ErrorRow:
    """The errors-file row of a failed or flagged record."""
    f = failure
    return ErrorRow(printable(f.source), f.line, f.row, printable(f.id), f.status, printable(f.reason))


@lru_cache(maxsize=None)
def score_columns(signals: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(name, type) of the scores of an article for this signal set, in `ArticleResult.row_values`
    order, after the id: what `framing score -o` writes for every article."""
    columns = [("n_words", "int64"), ("n_sentences", "int64")]
    for sid in signals:
        columns += [(f"{sid}_{measure}", kind) for measure, kind in SIGNAL_MEASURES]
    hints = typing.get_type_hints(SourcingSummary)
    return tuple(columns + [(f"sourcing_{f.name}", _kind(hints[f.name])) for f in dataclasses.fields(SourcingSummary)])


# The sourcing mix's shares (of sentences), as against its counts: what a comparison compares.
SOURCING_SHARES = tuple(
    name.removeprefix("sourcing_")
    for name, kind in score_columns(())
    if name.startswith("sourcing_") and kind == "float64"
)


class ScoreColumns:
    """The score table's columns, fixed before the first row is written: the core columns, the
    input's extra columns (renamed `input_<name>` where they clash), the scores, what a model and the
    narratives add (`added`), and duplicate_id."""

    def __init__(
        self,
        signals: Iterable[str],
        extra_columns: Sequence[str],
        extra_types: Mapping[str, Any],
        added: Sequence[tuple[str, str]] = (),
    ):
        self.score = [name for name, _ in score_columns(tuple(signals))]
        taken = {name for name, _ in CORE_COLUMNS} | set(self.score) | {name for name, _ in added} | {"duplicate_id"}
        self.extra: dict[str, str] = {}  # input column -> output column
        self.renamed: dict[str, str] = {}  # the ones that had to change, for the run metadata
        for name in extra_columns:
            out, n = name, 2
            if name in taken:
                out = f"input_{name}"
                while out in taken or out in extra_columns:
                    out, n = f"input_{name}_{n}", n + 1
                self.renamed[name] = out
            taken.add(out)
            self.extra[name] = out
        self.types: list[tuple[str, Any]] = list(CORE_COLUMNS)
        self.types += [(out, extra_types.get(name, "string")) for name, out in self.extra.items()]
        self.types += list(score_columns(tuple(signals)))
        self.types += list(added)
        self.types.append(("duplicate_id", "bool"))
        self.names = [name for name, _ in self.types]
        self.index = {name: k for k, name in enumerate(self.names)}


def run_meta(
    lexicons: LexiconSet, corpus: Corpus, evidence: bool, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What produced an output: enough to tell whether two outputs are comparable. `extra` holds
    what a model or the narratives add ("model", "narrative_model")."""
    return (extra or {}) | {
        "schema": "framing.run/1",
        "tool": "framing",
        "version": __version__,
        "lexicon_hash": lexicons.hash,
        "language": lexicons.language,
        "lexicon_files": [{"path": path, "sha256": sha} for path, sha in lexicons.files],
        "input": {"path": str(corpus.path), "format": corpus.kind, "columns": corpus.columns},
        "evidence": evidence,
    }


def output_format(path: Path) -> str:
    """The format an output path asks for, or a user error naming the ones there are."""
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise InputError(
            f"{path}: unknown output format {suffix or '(no extension)'!r}; use {', '.join(OUTPUT_FORMATS)}"
        )
    return suffix[1:]


def check_output(path: Path) -> None:
    """Refuse, before any scoring, an output path that can never be written (InputError, exit 2)."""
    check_file(path)  # first: a folder (`-o .`) is named as one, not as a file without an extension
    if output_format(path) != "parquet":
        check_file(sidecar(path))  # a folder there would be moved aside, out of sight, by the rename


def sidecar(path: Path) -> Path:
    """Where the run metadata of a CSV/JSONL output goes."""
    return path.with_name(path.name + ".meta.json")
