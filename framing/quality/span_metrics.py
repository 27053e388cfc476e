"""Precision and recall of found spans against annotated spans: the one tally `make eval` uses.

A unit is a tuple of character spans (an annotation may be discontinuous). A found unit is right
when it overlaps an annotated one (and, with `jaccard`, shares at least that share of characters
with it); an annotated unit is found when some found unit is right for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Span = tuple[int, int]
Unit = tuple[Span, ...]
KIND_CLASSES = ("named", "anonymous", "vague")


def kind_macro_f1(pairs: Iterable[tuple[str, str | None]]) -> dict[str, float]:
    """F1 per source kind and their mean over (labelled kind, our kind or None when not found) pairs: a
    source not found counts against its kind's recall, so PolNeAR's labels and the blind sets share one figure."""
    pairs = list(pairs)
    out = {}
    for kind in KIND_CLASSES:
        tp = sum(g == kind and o == kind for g, o in pairs)
        predicted = sum(o == kind for _, o in pairs)
        gold = sum(g == kind for g, _ in pairs)
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        out[kind] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    out["macro"] = round(sum(out[k] for k in KIND_CLASSES) / len(KIND_CLASSES), 4)
    return out


def overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(s < f and r < e for s, e in a for r, f in b)


def jaccard(a: Unit, b: Unit) -> float:
    ca = set().union(*(range(s, e) for s, e in a))
    cb = set().union(*(range(s, e) for s, e in b))
    union = len(ca | cb)
    return len(ca & cb) / union if union else 0.0


class SpanTally:
    """Counts for one comparison, added to document by document."""

    def __init__(self) -> None:
        self.ours = self.ours_right = self.gold = self.gold_found = 0

    def add(self, ours: list[Unit], gold: list[Unit], min_jaccard: float | None = None) -> None:
        def right(a: Unit, b: Unit) -> bool:
            return overlaps(a, b) and (min_jaccard is None or jaccard(a, b) >= min_jaccard)

        self.ours += len(ours)
        self.gold += len(gold)
        self.ours_right += sum(any(right(a, b) for b in gold) for a in ours)
        self.gold_found += sum(any(right(a, b) for a in ours) for b in gold)

    def figures(self) -> dict[str, float | int]:
        p = self.ours_right / self.ours if self.ours else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "matches": self.ours,
            "marked": self.gold,
        }
