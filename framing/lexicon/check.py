"""The lexicon set's own checks: what the loader finds in each file, plus what needs the whole set.

In: lexicon layers. Out: `Problem`s: the loader's, a term shared by two signals and a term made
redundant by a wildcard. Checks that run the matcher (examples) live in `framing.quality.lexicon_check`,
which `framing lexicon check` calls: this package stays below the pipeline.
"""

from __future__ import annotations

from ..errors import Code, Problem
from .loader import Layer, LexiconSet, collect
from .schema import SignalSpec, Term


def set_problems(layers: list[Layer], lang: str = "en") -> tuple[LexiconSet, list[Problem]]:
    """Load what can be loaded and gather every error and warning found without matching text."""
    lexicons, problems = collect(layers, lang)
    problems += _shared_terms(lexicons)
    for spec in lexicons.signals.values():
        problems += _shadowed(spec)
    return lexicons, problems


def _shared_terms(lexicons: LexiconSet) -> list[Problem]:
    """A term in two signals is counted by both: sometimes meant, often a slip."""
    owner: dict[tuple[str, ...], tuple[str, Term]] = {}
    found = []
    for sid, spec in lexicons.signals.items():
        for term in spec.terms:
            if term.words in owner and owner[term.words][0] != sid:
                other_sid, other = owner[term.words]
                if other_sid in spec.overlaps or sid in lexicons.signals[other_sid].overlaps:
                    continue
                found.append(
                    Problem(
                        term.origin,
                        f'"{term.text}" is also a term of "{other_sid}" '
                        f"({other.origin.rsplit('/', 1)[-1]}:{other.line})",
                        Code.SHARED_TERM,
                        term.line,
                        hint="a match then counts for both signals",
                        severity="warning",
                    )
                )
            else:
                owner.setdefault(term.words, (sid, term))
    return found


def _covers(pattern: tuple[str, ...], words: tuple[str, ...]) -> bool:
    if len(pattern) != len(words):
        return False
    for p, w in zip(pattern, words):
        if p == "*":
            continue
        if p.endswith("*"):
            if not w.rstrip("*").startswith(p[:-1]):
                return False
        elif p != w:
            return False
    return True


def _shadowed(spec: SignalSpec) -> list[Problem]:
    """A term another entry of the same signal already matches everywhere it could."""
    found = []
    wild = [t for t in spec.terms if any("*" in w for w in t.words)]
    for term in spec.terms:
        for other in wild:
            if other is not term and _covers(other.words, term.words) and other.exact is None:
                found.append(
                    Problem(
                        term.origin,
                        f'"{term.text}" is already matched by "{other.text}" (line {other.line})',
                        Code.SHADOWED,
                        term.line,
                        hint="drop it unless it needs its own weight",
                        severity="warning",
                    )
                )
                break
    return found


def written_at(spec: SignalSpec, example: str) -> tuple[str, int | None]:
    """The file (of an extended signal's several) and line an example is written on."""
    for path in reversed(spec.origins or (spec.path,)):
        try:
            with open(path, encoding="utf-8") as fh:
                for number, line in enumerate(fh, 1):
                    if example[:40] in line:
                        return path, number
        except OSError:
            pass
    return spec.path, None
