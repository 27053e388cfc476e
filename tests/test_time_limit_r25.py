"""Round r25: the alarm of the main thread's step is not deferred by a garbage collection that another thread
(a pytest-xdist worker's, a library's) runs meanwhile; such a collection kept every alarm waiting, and a step
ran past its limit (two alarm tests lost their alarm in the full suite under load)."""

from __future__ import annotations

import gc
import threading
import time

import pytest

from framing.time_limit import OverBudget, TimeBudget


def work_until(deadline: float) -> None:
    """A step at work, as scoring is (not asleep: see tests/test_time_limit.py)."""
    while time.perf_counter() < deadline:
        pass


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_collection_in_another_thread_does_not_hold_back_the_main_threads_alarm() -> None:
    collecting, release = threading.Event(), threading.Event()

    def held_callback(phase: str, info: dict) -> None:
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            collecting.set()
            release.wait(10)  # the other thread's collection lasts the whole step

    budget = TimeBudget(0.1)
    gc.callbacks.append(held_callback)
    other = threading.Thread(target=gc.collect)
    try:
        with budget.held():  # the collector callback of the time limit is in place before the collection starts
            other.start()
            assert collecting.wait(10)
            started = time.perf_counter()
            with pytest.raises(OverBudget), budget():
                work_until(started + 5)
            assert time.perf_counter() - started < 4  # not the 5 s of a lost alarm
    finally:
        release.set()
        other.join()
        gc.callbacks.remove(held_callback)
