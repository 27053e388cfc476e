"""The time limit of one record's step: an alarm that lands while the garbage collector runs a callback
(hypothesis installs one; so may any library) must neither be lost nor printed as an unraisable error."""

from __future__ import annotations

import gc
import time
import weakref

import pytest

from framing.time_limit import OverBudget, TimeBudget


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
            time.sleep(5)
    finally:
        gc.callbacks.remove(slow_callback)
    assert 0.3 <= time.perf_counter() - started < 5  # not the 5.3 s of a lost alarm, however loaded the machine


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
        time.sleep(5)
    assert watch() is None
    assert 0.3 <= time.perf_counter() - started < 5


def test_an_alarm_outside_gc_stops_the_step_at_its_limit() -> None:
    started = time.perf_counter()
    with pytest.raises(OverBudget), TimeBudget(0.1)():
        time.sleep(5)
    assert time.perf_counter() - started < 4  # not the 5 s of a lost alarm
