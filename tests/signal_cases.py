"""What a word-sense or matching test reads off a sentence: the exact text each match covers, in order."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from framing.lexicon.loader import load_lexicons
from framing.match import Matcher
from framing.pipeline import Analyzer
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import precision, read, rejoin
from framing.quality.signal_matches import match_spans
from framing.text import tokenize


def spans(analyzer: Analyzer, text: str, signal: str) -> list[str]:
    return [text[a:b] for _, _, a, b in match_spans(analyzer, text, [signal])]


@cache
def shipped_analyzer() -> Analyzer:
    """The shipped analyzer, one per process, built at its first use: every xdist worker imports every test file,
    so one built when a file is imported was built on each worker, beside the `analyzer` fixture's."""
    return Analyzer(load_lexicons())


def shipped_spans(text: str, signal: str) -> list[str]:
    """`spans` with the shipped analyzer."""
    return spans(shipped_analyzer(), text, signal)


def matches(matcher: Matcher, text: str) -> list[tuple[str, str, str, bool]]:
    """(signal, entry, the text it covers, negated) of every match of a matcher built on test lexicons, the
    text split into sentences as the analyzer splits it."""
    doc = tokenize(text, matcher.sentence_rules)
    return [(m.signal, m.entry, text[slice(*doc.span(m.first, m.last))], m.negated) for m in matcher.match(doc).matches]


def entries_covering(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    """(entry, the text its match covers) of every match."""
    return [(entry, covered) for _, entry, covered, _ in matches(matcher, text)]


def shipped_entries(text: str, signal: str) -> list[tuple[str, str]]:
    """(entry, the text it covers) of each match of `signal` with the shipped lexicons."""
    return [(e, t) for s, e, t, _ in matches(shipped_analyzer().matcher, text) if s == signal]


# a census of every dev news match (PolNeAR, BASIL, PTC, SemEval-2025 EN, BABE dev) reads all five data sets
needs_dev_news = pytest.mark.skipif(
    not all((default_data_dir() / d).is_dir() for d in ("semeval2025_narratives", "ptc", "polnear", "basil", "babe")),
    reason="no ../shared",
)


def judged_census(path: Path) -> tuple[list[tuple[str, int, int]], list[str]]:
    """A round's census of dev news matches: (signal, matches, right) per signal and the entries it holds, once every
    row is checked to still match with the shipped lexicons (a census that no longer matches judges nothing)."""
    rows = read(path)
    assert all(still for *_, still in rejoin(rows, default_data_dir(), shipped_analyzer()))
    return [(name, n, right) for name, n, right, _, _ in precision(rows)], sorted({r.entry for r in rows})
