"""A skops archive's object tree read without skops, when it is made of plain values only.

skops (and the scikit-learn it imports) cost a process more than a second of CPU to import; the
narrative model holds only dicts, lists, tuples, JSON values and NumPy arrays, which this reads with
`json` and `numpy.load` (no pickle). Anything else in a tree makes it step back, and `files.read`
leaves the file to skops and its type audit.
"""

from __future__ import annotations

import io
import json
from typing import Any

import numpy as np


class _NotPlain(Exception):
    """A node `plain_tree` does not read (skops reads the file instead)."""


def plain_tree(members: dict[str, bytes]) -> Any | None:
    """The archive's object (from its `members`) when its skops tree (schema.json) holds only builtin
    dicts with str keys, lists, tuples, JSON values and NumPy arrays stored as .npy (read without
    pickle), as skops builds them; None when it holds anything else, or cannot be read so."""

    def build(node: Any) -> Any:
        kind = (node.get("__module__"), node.get("__class__"), node.get("__loader__"))
        if kind == ("builtins", "dict", "DictNode"):
            if any(k != {**k, **_STR_TYPE} for k in node["key_types"]["content"]):
                raise _NotPlain
            return {key: build(value) for key, value in node["content"].items()}
        if kind in (("builtins", "list", "ListNode"), ("builtins", "tuple", "TupleNode")):
            items = [build(value) for value in node["content"]]
            return items if kind[1] == "list" else tuple(items)
        if kind[0] == "builtins" and kind[2] == "JsonNode" and node.get("is_json") is True:
            return json.loads(node["content"])
        if kind == ("numpy", "ndarray", "NdArrayNode") and node.get("type") == "numpy":
            return np.load(io.BytesIO(members[node["file"]]), allow_pickle=False)
        raise _NotPlain

    try:
        return build(json.loads(members["schema.json"]))
    except (_NotPlain, KeyError, TypeError, AttributeError, OSError, ValueError, EOFError, RecursionError):
        return None


_STR_TYPE = {"__module__": "builtins", "__class__": "str", "__loader__": "TypeNode"}
