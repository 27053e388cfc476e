"""A trained model applied in a corpus run (`framing score CORPUS -o OUT --model M`).

Per class `model_<label>_share` (sentence-level models: the share of body sentences given the
label) or `model_<label>_prob` and `model_label` (article-level models) in the score table, and
optionally one row per sentence (id, sentence, text, label, the probability of each class) in a
sentences file. scikit-learn is imported only when a model is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, RunError

_models: dict[str, Any] = {}  # model file sha256 -> Trained, loaded once per process


@dataclass(frozen=True)
class ModelSpec:
    """A model to apply in a corpus run: where its file is, and what it adds to the outputs."""

    path: str
    sha256: str
    classes: tuple[str, ...]
    level: str  # "sentence" or "article"
    sentences: bool = False  # also give one row per sentence

    @property
    def slugs(self) -> list[str]:
        """Column-safe names of the classes, unique ("Biased" -> "biased", "non-biased" -> "non_biased")."""
        out: list[str] = []
        for label in self.classes:
            slug = re.sub(r"[^0-9a-z]+", "_", label.lower()).strip("_") or "label"
            while slug in out:
                slug += "_"
            out.append(slug)
        return out

    def columns(self) -> list[tuple[str, str]]:
        if self.level == "article":
            return [(f"model_{slug}_prob", "float64") for slug in self.slugs] + [("model_label", "string")]
        return [(f"model_{slug}_share", "float64") for slug in self.slugs]

    def sentence_columns(self) -> list[tuple[str, str]]:
        return [("id", "string"), ("sentence", "int64"), ("text", "string"), ("label", "string")] + [
            (f"p_{slug}", "float64") for slug in self.slugs
        ]

    def meta(self) -> dict[str, Any]:
        """What the run metadata says of the model."""
        return {"file": Path(self.path).name, "sha256": self.sha256, "level": self.level, "classes": list(self.classes)}


def model_spec(path: Path, sentences: bool = False) -> ModelSpec:
    """Load a model file (refusing a tampered or foreign one) and describe it for a corpus run."""
    from ..model.files import file_sha256, load

    trained = load(path)
    spec = ModelSpec(str(path), file_sha256(path), tuple(trained.classes), trained.meta["level"], sentences)
    if sentences and spec.level == "article":
        raise InputError(f"{path}: an article-level model gives no per-sentence predictions; drop --sentences")
    _models[spec.sha256] = trained
    return spec


def loaded_model(spec: ModelSpec):
    """This process's copy of the model (a worker loads it once, and checks it is the same file)."""
    trained = _models.get(spec.sha256)
    if trained is None:
        from ..model.files import file_sha256, load

        trained = load(Path(spec.path))
        if file_sha256(Path(spec.path)) != spec.sha256:
            raise RunError(f"{spec.path}: the model file changed during the run")
        _models[spec.sha256] = trained
    return trained


def apply_model(trained, spec: ModelSpec, analysed: list, results: list, sentence_rows: list[tuple]) -> None:
    """Add the model's columns to each scored record of a batch (all its sentences in one go)."""
    from ..model.labels import article_shares, labels_from_probabilities
    from ..model.predict import probabilities, sentence_probabilities

    def label_texts(proba) -> list[str]:  # multi-label models give several labels: comma-joined
        return [v if isinstance(v, str) else ",".join(v) for v in labels_from_probabilities(trained, proba)]

    if spec.level == "article":
        proba = probabilities(trained, [text for _, _, text, _ in analysed])
        for (slot, _, _, _), row, label in zip(analysed, proba, label_texts(proba)):
            title, values = results[slot]
            results[slot] = (title, values + tuple(round(float(p), 4) for p in row) + (label,))
        return
    scored, proba = sentence_probabilities(trained, [(text, r.title, r) for _, _, text, r in analysed])
    for (slot, _, _, _), share in zip(analysed, article_shares(trained, scored, proba)):
        title, values = results[slot]
        results[slot] = (title, values + tuple(round(float(v), 4) for v in share))
    if spec.sentences:
        labels = iter(label_texts(proba))
        rows = iter(proba)
        for (_, rid, _, _), result in zip(analysed, scored):
            for k, text in enumerate(result.sentences):
                sentence_rows.append((rid, k, text, next(labels), *(round(float(p), 4) for p in next(rows))))
