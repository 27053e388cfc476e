"""Worker processes a run starts and waits for: bounded by the cores, and not waited for once the run stops."""

from __future__ import annotations

import time

from framing.batch import workers


def test_jobs_beyond_the_cores_start_a_bounded_number_of_workers(lexicons, monkeypatch) -> None:
    """`--jobs 100000` forked 100,000 workers with four batches in flight each."""
    monkeypatch.setattr(workers, "default_jobs", lambda: 2)
    executor = workers.Executor(lexicons, False, 100_000, None)
    try:
        assert executor.workers == 2 * workers.MAX_JOBS_PER_CORE
        assert executor.window == 4 * executor.workers
    finally:
        executor.close()


def test_a_stopping_run_ends_its_workers_instead_of_waiting_for_their_batches(lexicons) -> None:
    """After Ctrl-C the pool's shutdown waited for every batch being scored (31 s with --jobs 2 on a busy machine),
    to throw the results away: no output is written."""
    executor = workers.Executor(lexicons, False, 2, None)
    slow = [("Officials said the plan may fail, critics warned. " * 100_000, None, False, "x")]  # seconds of work
    future = executor.submit(slow)
    time.sleep(1)  # the worker has the batch
    assert not future.done()
    started = time.monotonic()
    executor.close(abandon=True)
    assert time.monotonic() - started < 3
    assert not any(p.is_alive() for p in (executor._pool._processes or {}).values())


def test_the_report_draws_its_figures_on_as_many_processes_at_most(monkeypatch) -> None:
    from framing.comparison import report_jobs

    monkeypatch.setattr(workers, "default_jobs", lambda: 2)
    assert report_jobs(100_000) == 2 * workers.MAX_JOBS_PER_CORE
    assert (report_jobs(3), report_jobs(None)) == (3, 2)
