"""`framing lexicon check`: every problem in a lexicon set, not just the first.

In: lexicon layers. Out: `Problem`s sorted by file and line: what the loader finds in each file,
plus checks that need the whole set or the matcher: the same term in two signals, a term made
redundant by a wildcard, and examples that do not behave as the file says they should.
"""
from __future__ import annotations

from ..errors import Problem
from .loader import Layer, LexiconSet, collect
from .schema import SignalSpec, Term


def check(layers: list[Layer], lang: str = "en") -> tuple[LexiconSet, list[Problem]]:
    """Load what can be loaded and gather every error and warning."""
    lexicons, problems = collect(layers, lang)
    problems += _shared_terms(lexicons)
    for spec in lexicons.signals.values():
        problems += _shadowed(spec)
    if not any(p.severity == "error" for p in problems):
        problems += check_examples(lexicons)
    from ..narratives.taxonomy import check_narratives   # lexicons/<lang>/narratives/, matched on lemmas

    problems += check_narratives(layers, lang)
    return lexicons, sorted(problems, key=lambda p: (p.path, p.line or 0, p.code))


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
                found.append(Problem(term.origin, f'"{term.text}" is also a term of "{other_sid}" '
                                     f"({other.origin.rsplit('/', 1)[-1]}:{other.line})", "W208", term.line,
                                     hint="a match then counts for both signals", severity="warning"))
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
                found.append(Problem(term.origin, f'"{term.text}" is already matched by "{other.text}" '
                                     f"(line {other.line})", "W209", term.line,
                                     hint="drop it unless it needs its own weight", severity="warning"))
                break
    return found


def check_examples(lexicons: LexiconSet) -> list[Problem]:
    """Each signal's `match` examples must fire it and `no_match` ones must not (proselint-style)."""
    from ..pipeline import Analyzer

    analyzer = Analyzer(lexicons)
    found = []
    for sid, spec in lexicons.signals.items():
        if not spec.examples_match and not spec.examples_no_match:
            found.append(Problem(spec.path, f'signal "{sid}" has no examples', "W216",
                                 hint="add [examples] match = [...] and no_match = [...]", severity="warning"))
        for example in spec.examples_match:
            if not signal_fires(analyzer, sid, example):
                path, line = _where(spec, example)
                found.append(Problem(path, f'example does not match: "{example}"', "E215", line,
                                     hint="fix the terms or the example"))
        for example in spec.examples_no_match:
            if signal_fires(analyzer, sid, example):
                path, line = _where(spec, example)
                found.append(Problem(path, f'no_match example matches: "{example}"', "E215", line,
                                     hint="add an exception or fix the example"))
    return found


def signal_fires(analyzer, sid: str, text: str) -> bool:
    result = analyzer.analyze(text, split_title=False, evidence=False)
    return result.signals[sid].count > 0


def _where(spec: SignalSpec, example: str) -> tuple[str, int | None]:
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
