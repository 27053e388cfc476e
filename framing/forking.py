"""Worker processes and the cycle collector: the heap they are forked with, and their own lasting objects,
left out of its passes."""

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


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection within the block (imports make objects to walk, not garbage); the
    collector is enabled again after it only if it was before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


YOUNG = 10_000  # container allocations between a worker's youngest collections (Python's default: 700)


def settle_worker() -> tuple[int, int, int]:
    """For a worker process once its lasting objects (a compiled analyzer, loaded models) are made:
    they are frozen out of the collector's passes, and its youngest collections run less often. A
    batch makes many short-lived containers that reference counting frees; collecting every 700 of
    them took a tenth of a scoring worker's time, and walking the analyzer in full passes a third of that.
    Returns the thresholds it replaced, for a process that scores in a `frozen_heap` block to put back."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG, *before[1:])
    return before
