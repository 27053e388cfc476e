"""What a portable weights file (NAME.weights.npz, portable.py) must hold to be applied: checked when it is read.

The file is trusted once its sha256 matches the one in NAME.metrics.json; a user who edits the weights and
writes the new sha256 there had them reach NumPy as they were, and a class list of numbers or a matrix of the
wrong width stopped `score --model` with a traceback. `spec_problem` says what is wrong, in a few words.
"""

from __future__ import annotations

from typing import Any, TypeGuard

import numpy as np

from .signal_rows import lexicon_width

_KINDS = ("lexicon", "words", "chars")


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _strings(value: Any) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _numeric(array: Any, ndim: int) -> TypeGuard[np.ndarray]:
    return isinstance(array, np.ndarray) and array.ndim == ndim and array.dtype.kind in "fiu"


def spec_problem(spec: Any, arrays: dict[str, np.ndarray]) -> str | None:
    """Why the weights `spec` (the JSON text) and `arrays` cannot be applied as `Portable` applies them, or None."""
    if not isinstance(spec, dict):
        return "its spec is not a table"
    classes, blocks, heads = spec.get("classes"), spec.get("blocks"), spec.get("heads")
    if not _strings(classes) or len(classes) < 2 or len(set(classes)) != len(classes):
        return "its classes are not a list of distinct label names"
    if not isinstance(spec.get("multilabel"), bool):
        return "multilabel is not true or false"
    cut = spec.get("cut")
    if cut is not None and not (
        isinstance(cut, list) and len(cut) == 2 and isinstance(cut[0], int) and _number(cut[1])
    ):
        return "its cut is not a count and a share"
    if not isinstance(blocks, list) or not blocks:
        return "it has no feature blocks"
    width = 0
    for k, block in enumerate(blocks):
        size = _block_width(block, arrays, f"b{k}")
        if size is None:
            return f"feature block {k} has a kind, setting or array out of shape"
        width += size
    multilabel = spec["multilabel"]
    if not isinstance(heads, list) or len(heads) != (len(classes) if multilabel else 1):
        return "it has not one head per label (multi-label) or one head in all"
    rows = 1 if multilabel or len(classes) == 2 else len(classes)
    for j, head in enumerate(heads):
        ranges = head.get("ranges") if isinstance(head, dict) else None
        if not isinstance(ranges, list) or not ranges:
            return f"head {j} has no column ranges"
        for k, edges in enumerate(ranges):
            if not (isinstance(edges, list) and len(edges) == 2 and all(isinstance(e, int) for e in edges)):
                return f"head {j} has a column range that is not two numbers"
            low, high = edges
            coef, intercept = arrays.get(f"h{j}_{k}_coef"), arrays.get(f"h{j}_{k}_intercept")
            if not (0 <= low < high <= width) or not (_numeric(coef, 2) and _numeric(intercept, 1)):
                return f"head {j} has columns outside the {width} features, or no weights for them"
            if coef.shape != (rows, high - low) or intercept.shape != (rows,):
                return f"head {j} has weights that are not {rows} by {high - low}"
    order = spec.get("order")
    if multilabel and order is not None or not multilabel and sorted(order or []) != list(range(len(classes))):
        return "its class order is not one of the classes'"
    return None


def _block_width(block: Any, arrays: dict[str, np.ndarray], key: str) -> int | None:
    """The columns a feature block gives, None when it cannot give them."""
    if not isinstance(block, dict) or block.get("kind") not in _KINDS or not _number(block.get("weight")):
        return None
    if block["kind"] == "lexicon":
        clip, sources = block.get("clip"), block.get("sources")
        if not (
            _strings(block.get("signals"))
            and isinstance(block.get("log_counts"), bool)
            and isinstance(block.get("lang"), str)
            and isinstance(block.get("lexicon_hash"), str)
            and isinstance(sources, dict)
            and _strings(list(sources.values()))
            and isinstance(clip, list)
            and all(isinstance(c, bool) for c in clip)
        ):
            return None
        width = lexicon_width(len(block["signals"]))
        scales = [arrays.get(f"{key}_scale{s}") for s in range(len(clip))]
        return width if all(_numeric(s, 1) and s.shape == (width,) for s in scales) else None
    low_high, terms, idf = block.get("ngram_range"), arrays.get(f"{key}_terms"), arrays.get(f"{key}_idf")
    if not (
        isinstance(block.get("lowercase"), bool)
        and isinstance(block.get("sublinear_tf"), bool)
        and block.get("norm") in ("l1", "l2", None)
        and isinstance(low_high, list)
        and len(low_high) == 2
        and all(isinstance(n, int) and 1 <= n <= 10 for n in low_high)
        and low_high[0] <= low_high[1]
        and isinstance(terms, np.ndarray)
        and terms.ndim == 1
        and terms.dtype.kind == "U"
        and (idf is None or _numeric(idf, 1) and idf.shape == terms.shape)
    ):
        return None
    return len(terms)
