"""The narrative model file: one skops archive for every language, a metrics file and a model card.

The archive has the layout `framing.model.files` reads ({"format", "pipeline", "meta"}; here the
"pipeline" is a dict of per-language models made of TF-IDF feature blocks (n-gram settings, terms
and idf as arrays) and NumPy weight matrices), so it is loaded, and refused when tampered with, by
`framing.model.files.read`.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any, TypeGuard

import numpy as np

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
    for lang, model in pipeline.items():
        wrong = _language_problem(model)
        if wrong:
            return f"its {lang!r} model {wrong}"
    return None


_ANALYZERS = ("word", "char", "char_wb")
_GATE = {"gate", "other_weight", "top", "ratio", "fine_ratio", "fine_floor"}  # `model.narratives_of`'s numbers


def _strings(value: Any) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _words(value: Any) -> TypeGuard[np.ndarray]:
    return isinstance(value, np.ndarray) and value.ndim == 1 and value.dtype.kind == "U"


def _numbers(value: Any, shape: tuple[int, ...]) -> TypeGuard[np.ndarray]:
    return isinstance(value, np.ndarray) and value.dtype.kind in "fiu" and value.shape == shape


def _language_problem(model: dict[str, Any]) -> str | None:
    """What in one language's model (as `save_model` writes it) a run would trip over, or None: a model
    file edited by hand (and sealed again) reached NumPy or the regex compiler with a traceback."""
    blocks = model["features"]
    if not isinstance(blocks, list) or not blocks:
        return "has no list of feature blocks"
    width = 0
    for k, block in enumerate(blocks):
        wrong = _block_problem(block)
        if wrong:
            return f"feature block {k} {wrong}"
        width += len(block["terms"])
    clabels, flabels, cues = model.get("coarse_labels"), model.get("fine_labels"), model.get("cue_ids")
    if not (_strings(clabels) and clabels and _strings(flabels) and _strings(cues)):
        return "has no lists of label names and cue ids"
    width += len(cues)
    for W, b, labels in (("Wc", "bc", clabels), ("Wf", "bf", flabels)):
        if not (_numbers(model[W], (len(labels), width)) and _numbers(model[b], (len(labels),))):
            return f"has weights {W}/{b} that are not numbers of {len(labels)} labels by {width} features"
    weight = model.get("paragraph_weight")
    if weight is not None and not (
        isinstance(weight, dict) and all(isinstance(weight.get(level), (int, float)) for level in ("coarse", "fine"))
    ):
        return "has a paragraph_weight that is not a coarse and a fine number"
    from .model import EXPECTED  # SciPy with it: only once a model is read

    th = model.get("thresholds")
    if th != EXPECTED and not (
        isinstance(th, dict)
        and set(th) == _GATE
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in th.values())
    ):
        return "has thresholds of neither decoder (expected F1, or a gate's numbers)"
    return None


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return False
    return True


def _block_problem(block: Any) -> str | None:
    """Why a feature block (`rows.feature_block`) cannot read a text, or None."""
    if not isinstance(block, dict) or not {"params", "terms", "idf"} <= block.keys():
        return "is not a table of params, terms and idf"
    params, terms = block["params"], block["terms"]
    if not isinstance(params, dict) or params.get("analyzer") not in _ANALYZERS:
        return f"has an analyzer outside {', '.join(_ANALYZERS)}"
    low_high = params.get("ngram_range")
    if not (
        isinstance(low_high, (tuple, list))
        and len(low_high) == 2
        and all(isinstance(n, int) and 1 <= n <= 10 for n in low_high)
        and low_high[0] <= low_high[1]
    ):
        return "has an ngram_range that is not two sizes from 1 to 10"
    pattern = params.get("token_pattern")
    if not isinstance(pattern, str) or not _compiles(pattern):
        return "has a token_pattern that is not a regular expression"
    if not _words(terms):
        return "has terms that are not a list of strings"
    if not _numbers(block["idf"], terms.shape):
        return f"has an idf that is not {len(terms)} numbers"
    forms, stems = block.get("forms"), block.get("stems")
    if (forms is not None or stems is not None) and not (
        _words(forms) and _words(stems) and forms.shape == stems.shape
    ):
        return "has word forms and stems that do not pair up"
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
