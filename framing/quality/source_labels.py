"""The hand-labelled source kinds of PolNeAR articles (issue 12): where the label files are, how they are
read, and which of our attributions a label is matched with. Shared by the figures and the error listings."""

from __future__ import annotations

import csv
from pathlib import Path

KIND_LABELS = Path(__file__).resolve().parents[2] / "tests" / "data" / "polnear_source_kinds.tsv"
KIND_LABELS_DEV = KIND_LABELS.with_name("polnear_source_kinds_dev.tsv")


def read_kind_labels(*paths: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Labelled sources by article stem: (start, end, kind), from every file given (by default the
    test-fold and the dev-fold labels; each article's fold decides where it is counted). A header row,
    if any, is skipped; a missing file gives no labels."""
    labels: dict[str, list[tuple[int, int, str]]] = {}
    for path in paths or (KIND_LABELS, KIND_LABELS_DEV):
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) >= 4 and row[1].strip().isdigit():
                    labels.setdefault(row[0].strip(), []).append((int(row[1]), int(row[2]), row[3].strip()))
    return labels


def overlapping_source(start: int, end: int, attributions: list[dict]) -> dict | None:
    """The reported attribution whose source overlaps the labelled span most (None: not found)."""
    best, best_overlap = None, 0
    for a in attributions:
        if a["source_start"] is None:
            continue
        overlap = min(end, a["source_end"]) - max(start, a["source_start"])
        if overlap > best_overlap:
            best, best_overlap = a, overlap
    return best
