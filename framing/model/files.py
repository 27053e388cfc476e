"""Model files: save and load with skops (never pickle), metrics JSON and the model card beside them.

`NAME.skops` holds {"format", "pipeline", "meta"} and, as the archive member `SEAL`, the sha256 of
its other members, in one form for one model (see `seal`); `NAME.metrics.json` the metrics and the sha256 of the model file; `NAME.card.md`
the model card. Loading refuses, with a `ModelError` (exit code 2 in the CLI), a file that is
missing, truncated, not a skops archive, needs a type outside `TRUSTED_TYPES` (skops then never
builds it), no longer matches its seal (or holds bytes outside the sealed members) or the sha256 its
metrics file recorded, has neither (deleting
the metrics file does not switch the check off), or is not shaped like a framing model (a fitted
pipeline with `features` and `clf` steps, and meta naming its task, level and classes).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import ModelError, RunError
from ..outputs import check_file, partial_path, put_in_place
from .archive import MAX_UNPACKED, read_metrics, seal, seal_matches, stray_bytes, unpacked_size
from .archive import members as archive_members
from .model_card import card
from .plain import plain_tree

if TYPE_CHECKING:  # scikit-learn is imported only when a model is built or read
    from .estimators import Trained

FORMAT = "framing.model/1"
# Types a framing model needs beyond those skops trusts by default (builtins, numpy, scipy, and
# scikit-learn's public estimators). tests/model/test_classify_files.py computes the types of every kind of
# model `build_pipeline` makes and checks this list against them.
TRUSTED_TYPES = (
    "framing.model.estimators.BlockAverage",
    "framing.model.features.FramingVectorizer",
    "framing.model.ngrams.CharNgramVectorizer",
    "framing.model.ngrams.WordNgramVectorizer",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
)
# Where framing's own classes lived before the model wing, for files trained then: (module, class) ->
# the module that holds the class now. Loading rewrites these names in the file's type tree first.
MOVED = {
    ("framing.classify", "BlockAverage"): "framing.model.estimators",
    ("framing.features", "FramingVectorizer"): "framing.model.features",
    ("framing.features", "CharNgramVectorizer"): "framing.model.ngrams",
    ("framing.features", "WordNgramVectorizer"): "framing.model.ngrams",
}


# what the metrics file records beside the scores
_NOT_METRICS = ("model", "model_sha256", "weights_sha256", "trained", "training_text_fingerprints", "meta")


def sidecars(path: Path) -> tuple[Path, Path]:
    """NAME.metrics.json and NAME.card.md beside NAME.skops."""
    stem = path.name.removesuffix(".skops")
    return path.with_name(f"{stem}.metrics.json"), path.with_name(f"{stem}.card.md")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_output(path: Path) -> None:
    """Refuse a model path that could never be written, before the minutes of training, not after."""
    if path.suffix != ".skops":
        raise ModelError(f"{path}: model files end in .skops")
    from .portable import weights_path

    for written in (path, *sidecars(path), weights_path(path)):  # a folder there would be moved aside by the rename
        check_file(written)


def save(model: Trained, path: Path) -> tuple[Path, Path]:
    """Write the model, its weights, metrics JSON and model card; returns the metrics and card paths.

    Each is written to a temporary name and all are put in place together at the end (`put_in_place`):
    training interrupted while saving, or a disk that fills, leaves the files of the last model whole."""
    import skops.io as sio

    from .portable import export, weights_path

    check_output(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    metrics_path, card_path = sidecars(path)
    weights = weights_path(path)
    temporary = {dest: partial_path(dest) for dest in (weights, path, metrics_path, card_path)}
    try:
        # the fitting time differs from run to run: it goes to the metrics file and card, not the model file
        meta = {key: value for key, value in model.meta.items() if key != "seconds_to_fit"}
        sio.dump(
            {"format": FORMAT, "pipeline": model.pipeline, "meta": meta},
            temporary[path],
            compression=zipfile.ZIP_DEFLATED,
        )
        seal(temporary[path])
        # the same model as plain arrays, for a quick `score --model`
        exported = export(model, temporary[path], temporary[weights])
        sha256, today = file_sha256(temporary[path]), date.today().isoformat()
        payload = {"model": path.name, "model_sha256": sha256, "trained": today, "meta": model.meta}
        payload |= model.metrics
        if exported:
            payload["weights_sha256"] = file_sha256(temporary[weights])
        if model.fingerprints:
            payload["training_text_fingerprints"] = model.fingerprints
        temporary[metrics_path].write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        temporary[card_path].write_text(card(model, path.name, sha256, today), encoding="utf-8")
        put_in_place((tmp, dest) for dest, tmp in temporary.items() if exported or dest != weights)
    except OSError as exc:
        raise RunError(f"{exc.filename or path}: cannot write ({exc.strerror or exc}); no model was written") from None
    finally:
        for tmp in temporary.values():
            tmp.unlink(missing_ok=True)
    return metrics_path, card_path


def load(path: Path, shape: Callable[[Any, Any], str | None] | None = None) -> Trained:
    """A saved model, after checking the file; every way it can be wrong is a one-line `ModelError`.

    `shape` says why a loaded (pipeline, meta) cannot be used, or None; by default it checks for a
    framing classifier (other model kinds, such as the narrative model, pass their own).
    """
    from .estimators import Trained

    return Trained(*read(path, shape))


def read(
    path: Path, shape: Callable[[Any, Any], str | None] | None = None, plain: bool = False
) -> tuple[Any, Any, dict[str, Any]]:
    """What `load` checks and reads: (pipeline, meta, metrics). `plain`: the model is made of dicts,
    lists, tuples, JSON values and NumPy arrays only (the narrative model), so its tree is read without
    skops, whose import (with scikit-learn's) cost a corpus run more than a second of CPU; a file that
    holds anything else is read by skops, with its type audit, as always."""
    where = str(path)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "is not a regular file" if path.exists() else "no such model file"
        raise ModelError(f"{where}: {what}")
    if not zipfile.is_zipfile(path):
        raise ModelError(f"{where}: not a model file (not a skops archive; truncated or another format)")
    if (size := unpacked_size(path)) > MAX_UNPACKED:
        raise ModelError(
            f"{where}: refused: it unpacks to {size / 1e6:,.0f} MB, more than a model file may hold "
            f"({MAX_UNPACKED / 1e6:,.0f} MB)"
        )
    metrics_path, _ = sidecars(path)
    members = archive_members(path, keep=plain)
    sealed = seal_matches(members)
    recorded_metrics = read_metrics(metrics_path) if metrics_path.is_file() else {}
    recorded = recorded_metrics.get("model_sha256")
    if sealed is False or (recorded and recorded != file_sha256(path)):
        import skops.io as sio

        _refuse_untrusted(sio, _current_names(path), where)
        raise ModelError(
            f"{where}: refused: the file changed after training (its sha256 differs from the "
            f"one {'it carries' if sealed is False else 'in ' + metrics_path.name}); retrain it or "
            "restore the original"
        )
    if sealed and stray_bytes(path):
        raise ModelError(
            f"{where}: refused: the file changed after training (it holds bytes outside its sealed "
            "archive); retrain it or restore the original"
        )
    if sealed is None and not recorded:
        raise ModelError(
            f"{where}: refused: nothing records the sha256 the file had after training (no seal "
            f"inside, no model_sha256 in {metrics_path.name}); restore {metrics_path.name} or retrain"
        )
    obj = plain_tree(members.contents) if plain and members is not None else None
    if obj is None:
        obj = _skops_loads(_current_names(path), where)
    if not isinstance(obj, dict) or obj.get("format") != FORMAT or "pipeline" not in obj or "meta" not in obj:
        raise ModelError(f"{where}: a skops file, but not a framing model (expected format {FORMAT})")
    wrong = (shape or _classifier_problem)(obj["pipeline"], obj["meta"])
    if wrong:
        raise ModelError(f"{where}: a skops file, but not a usable framing model: {wrong}")
    metrics = {k: v for k, v in recorded_metrics.items() if k not in _NOT_METRICS}
    return obj["pipeline"], obj["meta"], metrics


def _skops_loads(data: bytes, where: str) -> Any:
    """The archive's object, built by skops after it audited every type in the file against `trusted`
    (reading the tree once, not get_untrusted_types first and then load, halves the load time)."""
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    try:
        return sio.loads(data, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException:
        _refuse_untrusted(sio, data, where)
        raise ModelError(f"{where}: refused: the file asks to build types a framing model never holds") from None
    except Exception as exc:  # noqa: BLE001 - whatever breaks here, the file is damaged
        raise ModelError(f"{where}: damaged model file ({type(exc).__name__}: {_first_line(exc)})") from None


def _current_names(path: Path) -> bytes:
    """The archive's bytes, with the classes of `MOVED` renamed to where they live now in its type tree
    (skops' schema.json); a file naming none of them is returned as it is."""
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            schema = archive.read("schema.json").decode("utf-8")
            if not any(f'"{module}"' in schema for module, _ in MOVED):
                return data
            tree = json.loads(schema, object_hook=_renamed)
            members = [(item, archive.read(item.filename)) for item in archive.infolist()]
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, EOFError, RuntimeError):
        return data  # skops says what is wrong with the file
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item, content in members:
            archive.writestr(item, json.dumps(tree).encode() if item.filename == "schema.json" else content)
    return out.getvalue()


def _renamed(node: dict[str, Any]) -> dict[str, Any]:
    moved = MOVED.get((node.get("__module__"), node.get("__class__")))  # type: ignore[arg-type]
    return node | {"__module__": moved} if moved else node


def _refuse_untrusted(sio: Any, data: bytes, where: str) -> None:
    """Raise the `ModelError` naming the types a framing model never holds, when the file asks for any:
    the most telling reason to give for a file that was tampered with."""
    try:
        refused = sorted(set(sio.get_untrusted_types(data=data)) - set(TRUSTED_TYPES))
    except Exception:  # noqa: BLE001 - a damaged type tree: the caller's message stands
        return
    if refused:
        raise ModelError(
            f"{where}: refused: the file asks to build types a framing model never holds "
            f"({', '.join(refused[:5])}); it was tampered with or is not a framing model"
        )


def _classifier_problem(pipeline: Any, meta: Any) -> str | None:
    return _meta_problem(meta) or _pipeline_problem(pipeline, meta)


def _meta_problem(meta: Any) -> str | None:
    from .estimators import LEVELS, TASKS

    if not isinstance(meta, dict):
        return f"its meta is {type(meta).__name__}, not a table"
    if meta.get("task") not in TASKS:
        return f"its task is {meta.get('task')!r}, not one of {', '.join(TASKS)}"
    if meta.get("level") not in LEVELS:
        return f"its level is {meta.get('level')!r}, not one of {', '.join(LEVELS)}"
    classes = meta.get("classes")
    if (
        not isinstance(classes, list)
        or not classes
        or not all(isinstance(c, str) for c in classes)
        or len(set(classes)) != len(classes)
    ):
        return "its classes are not a list of distinct label names"
    return None


def _pipeline_problem(pipeline: Any, meta: dict[str, Any]) -> str | None:
    """Why the pipeline cannot predict, or None: a Pipeline with fitted `features` and `clf` steps
    whose classes are the ones meta names."""
    from sklearn.exceptions import NotFittedError
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.utils.validation import check_is_fitted

    if not isinstance(pipeline, Pipeline) or not {"features", "clf"} <= set(pipeline.named_steps):
        return f"its pipeline is {type(pipeline).__name__}, not a Pipeline with features and clf steps"
    features, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
    parts = (
        [step for _, step in features.transformer_list if step not in ("drop", "passthrough")]
        if isinstance(features, FeatureUnion)
        else [features]
    )
    try:
        for step in [*parts, clf]:
            check_is_fitted(step)
    except (NotFittedError, TypeError) as exc:
        return f"a step was never fitted ({_first_line(exc)})"
    if meta["task"] != "multilabel" and sorted(map(str, getattr(clf, "classes_", []))) != sorted(meta["classes"]):
        return "the classifier's classes differ from those its meta names"
    return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no detail"
