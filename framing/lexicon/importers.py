"""Dictionaries users already own, read as signals: LIWC-style .dic, plain lists, term/weight tables.

In: a file path. Out: `SignalSpec`s (a .dic gives one per category) and the problems found.
Used on the fly by the loader for files in user folders, and by `framing lexicon import` to
convert a file once into the TOML format (`to_toml`).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from ..errors import Code, Problem
from .schema import SignalSpec, Term, _Collector, parse_term

IMPORTABLE = (".dic", ".txt", ".tsv", ".csv")
_SLUG = re.compile(r"[^a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _slug(text: str) -> str:
    slug = _SLUG.sub("_", text.lower()).strip("_")
    return slug if slug and slug[0].isalpha() else f"s_{slug}"


def import_file(path: Path, data: bytes | None = None) -> tuple[list[SignalSpec], list[Problem]]:
    """Read one foreign dictionary file as signals (from `data` when the caller has read it already)."""
    try:
        source = (data if data is not None else path.read_bytes()).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [
            Problem(str(path), f"not UTF-8 text (byte {exc.start})", Code.UNREADABLE, hint="save the file as UTF-8")
        ]
    except OSError as exc:
        return [], [Problem(str(path), f"cannot read: {exc.strerror}", Code.UNREADABLE)]
    col = _Collector(str(path), source)
    if path.suffix == ".dic":
        specs = _liwc(path, source, col)
    elif path.suffix == ".txt":
        specs = [_spec(path, _slug(path.stem), path.stem, _plain_list(path, source, col))]
    else:
        specs = [_spec(path, _slug(path.stem), path.stem, _weighted(path, source, col))]
    for spec in specs:
        if not spec.terms:
            col.add(Code.NO_TERMS, f'signal "{spec.id}" has no terms: it can never fire', None)
    usable = [s for s in specs if s.terms]
    return usable, col.problems


def _spec(path: Path, signal_id: str, label: str, terms: list[Term]) -> SignalSpec:
    return SignalSpec(
        id=signal_id,
        label=label.replace("_", " ").strip().capitalize(),
        description=f"Imported from {path.name}.",
        path=str(path),
        terms=tuple(terms),
        origins=(str(path),),
    )


def _term(text: str, weight: float, line: int, path: Path, col: _Collector, seen: set[tuple[str, ...]]) -> Term | None:
    term = parse_term(text, weight, "lower", "either", line, str(path), col)
    if term is None:
        return None
    if term.words in seen:
        col.add(Code.TWICE, f'"{text}" is listed twice', line, "keep one entry")
        return None
    seen.add(term.words)
    return term


def _plain_list(path: Path, source: str, col: _Collector) -> list[Term]:
    terms: list[Term] = []
    seen: set[tuple[str, ...]] = set()
    for number, line in enumerate(source.splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if text:
            term = _term(text, 1.0, number, path, col, seen)
            if term:
                terms.append(term)
    return terms


def _weighted(path: Path, source: str, col: _Collector) -> list[Term]:
    """Two or more columns: term, weight (VADER-like files carry more columns; they are ignored)."""
    sep = "," if path.suffix == ".csv" else "\t"
    terms: list[Term] = []
    seen: set[tuple[str, ...]] = set()
    for number, line in enumerate(source.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split(sep)]
        if len(cells) < 2:
            col.add(
                Code.WRONG_TYPE,
                f"expected a term and a weight separated by {'a comma' if sep == ',' else 'a tab'}",
                number,
            )
            continue
        try:
            weight = float(cells[1])
        except ValueError:
            if number == 1:
                continue  # a header row
            col.add(Code.WRONG_TYPE, f'weight for "{cells[0]}" must be a number (found "{cells[1]}")', number)
            continue
        if not math.isfinite(weight):
            col.add(Code.WRONG_TYPE, f'weight for "{cells[0]}" must be a finite number (found "{cells[1]}")', number)
            continue
        term = _term(cells[0], weight, number, path, col, seen)
        if term:
            terms.append(term)
    return terms


def _liwc(path: Path, source: str, col: _Collector) -> list[SignalSpec]:
    """LIWC-style: a header of numbered categories between % lines, then `term<TAB>ids...`."""
    lines = source.splitlines()
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        col.add(Code.TOML_SYNTAX, "a .dic file needs a category header between two lines holding only %", 1)
        return []
    categories: dict[str, str] = {}
    written: dict[str, int] = {}
    for i in range(marks[0] + 1, marks[1]):
        parts = lines[i].split()
        if len(parts) >= 2 and parts[0] in categories:
            col.add(
                Code.TWICE,
                f"category number {parts[0]} is given twice (also on line {written[parts[0]]})",
                i + 1,
                "give each category its own number",
            )
        elif len(parts) >= 2:
            categories[parts[0]] = "_".join(parts[1:])
            written[parts[0]] = i + 1
        elif parts:
            col.add(Code.WRONG_TYPE, f'category line "{lines[i].strip()}" needs a number and a name', i + 1)
    members: dict[str, list[Term]] = {c: [] for c in categories}
    seen: dict[str, set[tuple[str, ...]]] = {c: set() for c in categories}
    for i in range(marks[1] + 1, len(lines)):
        parts = lines[i].split()
        if not parts:
            continue
        k = len(parts)
        while k > 1 and parts[k - 1] in categories:
            k -= 1
        ids = parts[k:]
        if not ids:
            col.add(
                Code.WRONG_TYPE,
                f'entry "{lines[i].strip()}" names no known category',
                i + 1,
                "categories: " + ", ".join(categories),
            )
            continue
        text = " ".join(parts[:k])
        for cid in ids:
            term = _term(text, 1.0, i + 1, path, col, seen[cid])
            if term:
                members[cid].append(term)
    stem = _slug(path.stem)
    return [_spec(path, f"{stem}_{_slug(name)}", name, members[cid]) for cid, name in categories.items()]


def _quote(text: str) -> str:
    """A TOML basic string; control characters (which TOML forbids there) as \\uXXXX escapes."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + '"'


def to_toml(spec: SignalSpec) -> str:
    """The signal written in the framing lexicon format, ready to edit."""
    lines = [
        f"# Converted by `framing lexicon import` from {Path(spec.path).name}.",
        "schema = 1",
        "",
        "[signal]",
        f"label = {_quote(spec.label)}",
        f"description = {_quote(spec.description)}",
        'version = "1.0.0"',
        "",
        "[match]",
        'case = "lower"',
        "",
        "[terms]",
    ]
    lines += [f"{_quote(t.text)} = {t.weight:g}" for t in spec.terms]
    return "\n".join(lines) + "\n"
