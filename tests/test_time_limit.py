"""The time limit of one record's step: an alarm that lands while the garbage collector runs a callback
(hypothesis installs one; so may any library) must neither be lost nor printed as an unraisable error."""

from __future__ import annotations

import gc
import signal
import time
import weakref

import pytest

from framing.time_limit import OverBudget, TimeBudget


def work_until(deadline: float) -> None:
    """A step at work, as scoring is. Not `time.sleep`: a sleep wakes only for a signal the kernel gives the main
    thread, and on a loaded machine it may give the alarm to another thread of the process (pytest-xdist's)."""
    while time.perf_counter() < deadline:
        pass


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_an_alarm_inside_a_gc_callback_stops_the_step_once_the_callback_returns() -> None:
    def slow_callback(phase: str, info: dict) -> None:
        if phase == "start":
            time.sleep(0.3)  # the alarm at 0.1 s lands here

    gc.callbacks.append(slow_callback)
    started = time.perf_counter()
    try:
        with pytest.raises(OverBudget), TimeBudget(0.1)():
            gc.collect()
            work_until(started + 5)
    finally:
        gc.callbacks.remove(slow_callback)
    assert 0.3 <= time.perf_counter() - started < 5  # not the 5 s of a lost alarm, however loaded the machine


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_an_alarm_inside_a_weak_reference_callback_of_a_collection_waits_for_the_collection() -> None:
    class Node:
        pass

    def slow_callback(ref: weakref.ref[Node]) -> None:
        time.sleep(0.3)  # the collector runs this; the alarm at 0.1 s lands here

    node = Node()
    node.cycle = node  # type: ignore[attr-defined]  # only the collector frees a cycle
    watch = weakref.ref(node, slow_callback)
    del node
    started = time.perf_counter()
    with pytest.raises(OverBudget), TimeBudget(0.1)():
        gc.collect()
        work_until(started + 5)
    assert watch() is None
    assert 0.3 <= time.perf_counter() - started < 5


def test_an_alarm_outside_gc_stops_the_step_at_its_limit() -> None:
    started = time.perf_counter()
    with pytest.raises(OverBudget), TimeBudget(0.1)():
        work_until(started + 5)
    assert time.perf_counter() - started < 4  # not the 5 s of a lost alarm


def test_a_held_budget_limits_each_step_and_puts_the_handler_back() -> None:
    """A batch installs the alarm's handler once for all its records: each record still has its own
    limit (one over it does not spend the next one's), and the caller's handler is back afterwards."""
    before = signal.getsignal(signal.SIGALRM)
    budget = TimeBudget(0.1)
    outcomes = []
    with budget.held():
        for pause in (0.0, 5.0, 0.05, 5.0):
            started = time.perf_counter()
            try:
                with budget():
                    time.sleep(pause)
                outcomes.append("done")
            except OverBudget:
                outcomes.append("over")
            assert time.perf_counter() - started < 4
        with pytest.raises(OverBudget), budget(0.2):  # a record that spent 0.2 s of its 0.1 s already
            pass
    assert outcomes == ["done", "over", "done", "over"]
    assert signal.getsignal(signal.SIGALRM) is before
    assert not any(getattr(cb, "__module__", "") == "framing.time_limit" for cb in gc.callbacks)
