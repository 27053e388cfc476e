"""The narrative model file: one skops archive for every language, a metrics file and a model card.

The archive has the layout `framing.model.files` reads ({"format", "pipeline", "meta"}; here the
"pipeline" is a dict of per-language models made of TF-IDF feature blocks (n-gram settings, terms
and idf as arrays) and NumPy weight matrices), so it is loaded, and refused when tampered with, by
`framing.model.files.read`.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..model.files import FORMAT, file_sha256, read, seal, sidecars

MODEL_NAME = "narratives.skops"


def default_path() -> Path:
    """The shipped model: inside the wheel, or in models/ beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_models" / MODEL_NAME, here.parent / "models" / MODEL_NAME):
        if candidate.is_file():
            return candidate
    return here.parent / "models" / MODEL_NAME


def load_model(path: Path | None = None) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Per-language models and the meta of a narrative model file."""
    if path is None:
        path = default_path()
        if not path.is_file():
            raise ModelError(f"{path}: no narrative model; build it with `make models`")
    # a file given is read by `read`, which says what is wrong with it (a folder, no such file, ...)
    pipeline, meta, _ = read(path, _shape_problem, plain=True)
    for model in pipeline.values():  # weights are stored in half precision (a smaller file)
        model["Wc"], model["Wf"] = model["Wc"].astype("float32"), model["Wf"].astype("float32")
    return pipeline, meta


def _shape_problem(pipeline: Any, meta: Any) -> str | None:
    """Why a loaded archive is not a narrative model, or None."""
    if not isinstance(meta, dict) or meta.get("task") != "narratives":
        return "not a narrative model (its meta names no task 'narratives')"
    if (
        not isinstance(pipeline, dict)
        or not pipeline
        or not all(isinstance(m, dict) and {"features", "Wc", "bc", "Wf", "bf"} <= m.keys() for m in pipeline.values())
    ):
        return "its models are not per-language tables of feature blocks and weights"
    return None


def save_model(models: dict[str, dict[str, Any]], meta: dict[str, Any], metrics: dict[str, Any], path: Path) -> None:
    """Write the archive, its metrics (with the archive's sha256) and its model card."""
    import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    models = {
        lang: m | {"Wc": m["Wc"].astype("float16"), "Wf": m["Wf"].astype("float16")} for lang, m in models.items()
    }
    sio.dump({"format": FORMAT, "pipeline": models, "meta": meta}, path, compression=zipfile.ZIP_DEFLATED)
    seal(path)
    metrics_path, card_path = sidecars(path)
    payload = {"model": path.name, "model_sha256": file_sha256(path), "meta": meta} | metrics
    metrics_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(card(models, meta, metrics, path.name), encoding="utf-8")


def _decoding(model: dict[str, Any]) -> str:
    """How a language's model decodes, with its numbers."""
    cal = model.get("calibration")
    if cal:
        names = "score / prior odds / bias" + (" / paragraph score" if len(cal["coarse"]) > 3 else "")
        return f"expected F1; calibration ({names}) coarse {{}}, fine {{}}".format(
            *(" / ".join(str(v) for v in cal[level]) for level in ("coarse", "fine"))
        )
    return "thresholds: " + ", ".join(f"{k} {v}" for k, v in model["thresholds"].items())


def card(models: dict[str, dict[str, Any]], meta: dict[str, Any], metrics: dict[str, Any], name: str) -> str:
    """What the model is, what it was trained on, how well it does out of fold, what it looks at."""
    lines = [
        f"# Model card: {name}",
        "",
        "Narratives and subnarratives of the SemEval-2025 Task 10 taxonomy (lexicons/narrative_taxonomy.toml), "
        "one model per language, made by `python -m framing.narratives.train` (`make models`). Per label (and "
        "for `Other`, no narrative) a balanced logistic regression (C = 100) over TF-IDF word 1-2-grams (English: "
        "of Snowball word stems, each training word form kept with its stem; Hindi: character 2-4-grams), plus the counts of the language's narrative cue lexicons "
        "(lexicons/<lang>/narratives/) for the languages of `CUE_LANGS` (Russian). "
        "Decoding, where the training data has `Other` articles: the heads' scores calibrated into "
        "probabilities (a logistic fit per level of the inner out-of-fold scores and the labels' prior odds, "
        "folded into the weights), then the label sets with the highest expected coarse + fine samples-F1. "
        "For the languages of `PARAGRAPH_LANGS` (English, Bulgarian, Hindi) the same heads also read the paragraph view, the "
        "mean of the article's paragraphs' (lines') unit-length rows, whose score is a feature of the "
        "calibration (a narrative carried by a few paragraphs is not diluted by a long article). "
        "Without `Other` articles (Russian): `Other` unless the best narrative's probability, less a share of "
        "`Other`'s, reaches the gate; then the best narratives within a ratio of the best; under each, its "
        "subnarratives within a ratio of its best one, else `<narrative>: Other`. Calibration and decoding "
        "numbers are chosen by 3-fold cross-validation inside the training data. Both keep an article's "
        "narratives to one domain of the taxonomy (the war or the climate), as every labelled article is.",
        "",
        "## Training data",
        "",
        f"SemEval-2025 Task 10 subtask 2 articles (`{meta['data']}`), data sha256 `{meta['data_sha256']}`.",
        "",
        "| language | articles | narratives modelled | subnarratives modelled | cue features | decoding |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for lang, m in models.items():
        narratives = [c for c in m["coarse_labels"] if c != "Other"]
        lines.append(
            f"| {lang} | {m['n_articles']} | {len(narratives)} | {len(m['fine_labels'])} | "
            f"{len(m['cue_ids']) or 'none'} | {_decoding(m)} |"
        )
    if metrics.get("out_of_fold"):
        lines += [
            "",
            "## Out-of-fold samples-F1 (5 folds over articles, 95% bootstrap intervals)",
            "",
            "| language | coarse | fine |",
            "|---|---|---|",
        ]
        for lang, m in metrics["out_of_fold"].items():
            lines.append(f"| {lang} | {m['coarse']} | {m['fine']} |")
    lines += [
        "",
        "## Limits",
        "",
        "A few hundred articles per language, on two topics (the war in Ukraine, climate change): the model "
        "knows these narratives only as they were written there. Rare subnarratives (fewer than 2 training "
        "articles) are never predicted. Check every call against its evidence sentences.",
        "",
    ]
    return "\n".join(lines)
