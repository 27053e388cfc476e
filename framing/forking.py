"""Forked worker processes: the heap they are forked with, left out of the cycle collector's full passes."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Within the block, the objects alive on entering it are left out of the cycle collector's full
    passes (`gc.freeze`), as Python's documentation advises before forking. A full pass walks every
    tracked object: in a forked worker, the parent's whole heap, its pages copied as they are touched
    (two passes took a figure worker 0.36 s); in a comparison's main process, every object of pandas,
    SciPy and matplotlib, five times (0.4 s). A heap frozen before the block stays frozen after it."""
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not outer:
            gc.unfreeze()
