"""A time limit on one step of one record (`--max-seconds`): its scoring, or the extraction of its page;
and `within`, which holds a single article's reading to it in the CLI.

SIGALRM interrupts the step. Signals reach only the main thread, so threads (Dask workers) and platforms
without `setitimer` run without a limit.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from .errors import InputError

MAX_SECONDS = 60.0  # the default --max-seconds of one article; 10 MB of news text took 12.9 s here
NO_LIMIT = 1e9  # seconds (31 years): a longer limit, or `inf`, is none (setitimer overflows past it)


class OverBudget(BaseException):
    """Raised inside a step when its time is up (not an Exception: nothing in the step may catch it)."""


class TimeBudget:
    """`with budget(spent):` runs a step of a record that has used `spent` seconds already, and raises
    `OverBudget` when the record's `seconds` are up. Inside `with budget.held():` (a batch's records) the
    alarm's handler stays in place and each step only sets and clears its timer."""

    def __init__(self, seconds: float | None):
        self.seconds = (
            seconds
            if seconds
            and seconds < NO_LIMIT
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            else None
        )
        self._left = self.seconds
        self._held = False

    def __call__(self, spent: float = 0.0) -> TimeBudget:
        self._left = self.seconds - spent if self.seconds else None
        return self

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Install the handler once for many steps: installing and removing it per record cost about
        12 µs, the timer alone about 1 µs."""
        if self.seconds is None:
            yield
            return
        self._install()
        self._held = True
        try:
            yield
        finally:
            self._held = False
            self._remove()

    def __enter__(self) -> None:
        if self._left is not None:
            if self._left <= 0:
                raise OverBudget
            if not self._held:
                self._install()
            # Repeating: an alarm that lands in a collection lets it finish (`_expire`), and must come again.
            signal.setitimer(signal.ITIMER_REAL, self._left, 0.1)

    def __exit__(self, *exc: object) -> None:
        if self._left is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if not self._held:
                self._remove()

    def _install(self) -> None:
        self._previous = signal.signal(signal.SIGALRM, _expire)
        if _track_collection not in gc.callbacks:
            gc.callbacks.insert(0, _track_collection)

    def _remove(self) -> None:
        signal.signal(signal.SIGALRM, self._previous)
        with contextlib.suppress(ValueError):
            gc.callbacks.remove(_track_collection)
        _collection.clear()


_collection: set[str] = set()  # {"running"} from a collection of the main thread's start to its stop


def _track_collection(phase: str, info: dict[str, int]) -> None:
    """Only the main thread's collections: the alarm interrupts the main thread alone, and another thread's
    collections (a Dask or thread-pool worker's, each with the gc callbacks it runs) could keep the flag set for the whole
    step, every alarm deferred and none raised (round r25)."""
    if threading.get_ident() != threading.main_thread().ident:
        return
    if phase == "start":
        _collection.add("running")
    else:
        _collection.discard("running")


def _expire(signum: int, frame: FrameType | None) -> None:
    """Raise `OverBudget` where the step is, unless inside a garbage collection of the main thread (its
    callbacks, the weak-reference callbacks and finalizers it runs): the interpreter would swallow it there
    (printing it as unraisable), and the repeating timer comes again once the collection is over."""
    if _collection:
        return
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        if frame.f_code in callbacks:
            return
        frame = frame.f_back
    raise OverBudget


def over_limit(what: str, seconds: float) -> str:
    """The one wording of a step past its limit, for a single article's error and a record's failure
    alike ("scoring took over 60 s (the --max-seconds limit; 0: none)")."""
    return f"{what} took over {seconds:g} s (the --max-seconds limit; 0: none)"


@contextlib.contextmanager
def within(seconds: float | None, what: str) -> Iterator[None]:
    """Run a step of one article within `seconds` (--max-seconds; 0 or None: no limit); past them, the
    one-line error a user sees (exit code 2) or a corpus lists as the record's failure."""
    try:
        with TimeBudget(seconds):
            yield
    except OverBudget:
        raise InputError(over_limit(what, seconds or 0)) from None
