"""Narratives as columns of a corpus score table (`framing score CORPUS -o OUT --narratives`).

Per narrative of the taxonomy: `narrative_<slug>` (1 when the article's language model predicts
it, else 0; what `framing compare` compares, as a share of articles) and `narrative_<slug>_prob`;
then `narratives` (the predicted labels joined by `;`) and `narrative_lang`. A record in a
language without a narrative model keeps its signal scores, with empty narrative columns, and is
flagged in the errors file with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError

_detectors: dict[str, Any] = {}  # model file sha256 -> NarrativeDetector, loaded once per process


def slug(label: str) -> str:
    """ "URW: Discrediting the West, Diplomacy" -> "urw_discrediting_the_west_diplomacy"."""
    return "_".join("".join(c if c.isalnum() else " " for c in label.lower()).split())


@dataclass(frozen=True)
class NarrativeSpec:
    """The narrative model of a corpus run: its file, and the narratives it gives columns to."""

    path: str
    sha256: str
    labels: tuple[str, ...]
    lexicon_dirs: tuple[str, ...] | None = None

    def columns(self) -> list[tuple[str, str]]:
        cols: list[tuple[str, str]] = []
        for label in self.labels:
            cols += [(f"narrative_{slug(label)}", "float64"), (f"narrative_{slug(label)}_prob", "float64")]
        return cols + [("narratives", "string"), ("narrative_lang", "string")]

    def meta(self) -> dict[str, Any]:
        return {"file": Path(self.path).name, "sha256": self.sha256, "narratives": list(self.labels)}


def narrative_spec(path: Path | None = None, lexicon_dirs: list[Path] | None = None) -> NarrativeSpec:
    """Load the narrative model (the shipped one by default) and describe it for a corpus run."""
    from ..model.files import file_sha256
    from .detector import NarrativeDetector
    from .modelio import default_path

    path = path or default_path()
    detector = NarrativeDetector(path, lexicon_dirs)
    spec = NarrativeSpec(
        str(path),
        file_sha256(path),
        tuple(detector.taxonomy.narratives),
        tuple(str(d) for d in lexicon_dirs) if lexicon_dirs else None,
    )
    _detectors[spec.sha256] = detector
    return spec


def detector(spec: NarrativeSpec):
    """This process's detector for `spec` (a worker loads it once, and checks it is the same file)."""
    found = _detectors.get(spec.sha256)
    if found is None:
        from ..errors import RunError
        from ..model.files import file_sha256
        from .detector import NarrativeDetector

        found = NarrativeDetector(Path(spec.path), [Path(d) for d in spec.lexicon_dirs or ()])
        if file_sha256(Path(spec.path)) != spec.sha256:
            raise RunError(f"{spec.path}: the narrative model file changed during the run")
        _detectors[spec.sha256] = found
    return found


def narrative_read(spec: NarrativeSpec, text: str, rid: str) -> Any:
    """The part of one article's narrative detection that reads its text (a corpus worker does it
    inside the record's time limit), or why it has no narratives (its language) as a string."""
    try:
        return detector(spec).read(text, rid)
    except InputError as exc:
        return f"no narratives: {exc}"


def narrative_values(spec: NarrativeSpec, read: list[Any]) -> list[tuple[tuple, str | None]]:
    """Per `narrative_read` article of a batch: its narrative column values, and the reason when it
    has none. The batch's articles are scored together (one sparse product per language)."""
    width = 2 * len(spec.labels)
    out: list[tuple[tuple, str | None]] = [
        ((None,) * (width + 2), r) if isinstance(r, str) else ((), None) for r in read
    ]
    kept = [k for k, r in enumerate(read) if not isinstance(r, str)]
    found = detector(spec)
    flag = {label: 2 * k for k, label in enumerate(spec.labels)}  # the column of a narrative's 0/1 value
    for lang, part, pc, narratives in found.narratives_many([read[k] for k in kept]):
        modelled = found.models[lang]["coarse_labels"]
        at = np.array([modelled.index(label) if label in modelled else -1 for label in spec.labels])
        values = np.zeros((len(part), width))
        # probabilities as `detect` gives them (4 places); 0 for a narrative the language's model lacks
        values[:, 1::2] = np.where(at >= 0, pc.round(4)[:, at], 0.0)
        for j, names in enumerate(narratives):
            values[j, [flag[name] for name in names if name in flag]] = 1.0
        for k, row, names in zip(part, values.tolist(), narratives):
            out[kept[k]] = ((*row, ";".join(names), lang), None)
    return out
