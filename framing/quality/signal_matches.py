"""A signal's matches as character spans, and the tally that scores them against marked spans.

Shared by the span-level evaluation (signal_eval.py) and the hand-marked samples (marked_samples.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..pipeline import Analyzer
from .span_metrics import Span, SpanTally
from ..text import tokenize


def match_spans(analyzer: Analyzer, text: str, signals: Iterable[str] | None = None) -> list[tuple[str, str, int, int]]:
    """(signal, entry, start, end) of every match in `text`, offsets into `text` as given."""
    doc = tokenize(text, analyzer.rules)
    wanted = set(signals) if signals is not None else None
    out = []
    for m in analyzer.matcher.match(doc).matches:
        if wanted is None or m.signal in wanted:
            start, end = doc.span(m.first, m.last)
            out.append((m.signal, m.entry, start, end))
    return out


class PlainTally(SpanTally):
    """A SpanTally of plain (start, end) spans: a match is right when it overlaps a marked span."""

    def add(self, matches: list[Span], marked: list[Span]) -> None:  # type: ignore[override]
        super().add([(m,) for m in matches], [(s,) for s in marked])

    def figures(self) -> dict[str, float | int]:
        """Precision and recall, as the signal tables print them (no F1)."""
        return {k: v for k, v in super().figures().items() if k != "f1"}
