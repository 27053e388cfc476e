"""`benchmarks/icount.py` says how many full passes of the cycle collector fell in its count (round l42): one such
pass over an unsettled heap was l41's whole x1.019, and which side of the count it falls on moves with anything
allocated before it."""

from __future__ import annotations

import gc
import importlib.util
from pathlib import Path
from types import ModuleType

ICOUNT = Path(__file__).resolve().parent.parent / "benchmarks" / "icount.py"


def _icount() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icount_l42", ICOUNT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_full_pass_is_counted() -> None:
    with _icount().full_collections() as full:
        gc.collect()
    assert full == [1]


def test_young_passes_are_not() -> None:
    with _icount().full_collections() as full:
        gc.collect(0)
        gc.collect(1)
    assert full == [0]


def test_the_callback_is_removed() -> None:
    before = list(gc.callbacks)
    with _icount().full_collections():
        pass
    assert gc.callbacks == before
