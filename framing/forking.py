"""Worker processes: the cycle collector and the heap they are forked with, and their own lasting objects left out
of its passes; and the edges of a process pool: a signal while workers start, a worker that dies, a run that stops.

`concurrent.futures` reads each result from one pipe in one thread of this process. A worker killed halfway
through sending a result (by the OOM killer, or by a run that stops) leaves that thread reading the rest of it
for ever: the pool never learns it is broken, a wait for a result never ends, and neither does the pool's
shutdown. Here the main process watches the workers while it waits, and a stopping run kills the workers and
closes this process's end of that pipe, so that the read ends.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import RunError

if TYPE_CHECKING:  # the pool's modules load with the pool: a command that starts none spares their import
    from concurrent.futures import Future, ProcessPoolExecutor


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


PARENT_CHECK = 1.0  # seconds between a worker's checks that the run's main process lives


def alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, killed but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: not one of ours
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def exit_with(parent: int) -> None:
    """For a worker: end it when the run's main process is gone. Killed outright (SIGKILL), that process
    can no longer shut the pool down, and a worker waiting for work would wait for ever, holding the run's
    output pipes open."""
    threading.Thread(target=_exit_when_gone, args=(parent,), daemon=True).start()


def _exit_when_gone(parent: int) -> None:
    while alive(parent):
        time.sleep(PARENT_CHECK)
    os._exit(1)


WORKER_DIED = "a worker process died (out of memory?); no output was written"
WORKER_CHECK = 1.0  # seconds between the checks, while a result is awaited, that every worker lives
REAP_SECONDS = 5.0  # at most this long for a killed worker to be gone


def pool_result(pool: ProcessPoolExecutor, future: Future) -> Any:
    """`future`'s result; `RunError(WORKER_DIED)` once a worker has died (workers end only at shutdown)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        while True:
            try:
                return future.result(timeout=WORKER_CHECK)
            except TimeoutError:
                if any(process.exitcode is not None for process in list(pool._processes.values())):
                    raise RunError(WORKER_DIED) from None
    except BrokenProcessPool:
        raise RunError(WORKER_DIED) from None


def end_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the workers of a run that stops, and let the pool's thread see that none is left. SIGKILL: a
    worker ignores Ctrl-C, and one forked while `signals_held` held SIGTERM ignores that until it has started."""
    processes = list(pool._processes.values())
    for process in processes:
        process.kill()
    for process in processes:
        process.join(REAP_SECONDS)
    # With no process left to write to the results pipe, a read of a result cut short ends (an error the pool
    # takes for a broken pool) instead of waiting: a terminated `score --jobs 2` hung so in CI.
    pool._result_queue._writer.close()  # type: ignore[attr-defined]


@contextlib.contextmanager
def signals_held() -> Iterator[list[int]]:
    """Hold Ctrl-C and SIGTERM for a moment: one that lands while a new worker is being handed its
    start-up data makes that worker print a traceback; one that lands as a run's output file is made
    left the file behind. Delivered on leaving; the block is given the list of those held so far (a
    block that puts outputs in place undoes its work when the run is stopping)."""
    held: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield held
        return
    previous = {
        sig: signal.signal(sig, lambda signum, frame: held.append(signum)) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield held
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if held:
            signal.raise_signal(held[0])
