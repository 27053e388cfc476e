"""The progress of `framing score -o`: a bar on a terminal, a log line now and then elsewhere."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from ..report_options import Options

if TYPE_CHECKING:
    from ..batch.run import RunSummary
    from ..corpus import Corpus


class Progress:
    """A Rich progress bar with rate and ETA on a terminal; plain log lines every `every` seconds
    otherwise (a log file or CI shows a line per interval, not thousands of redraws)."""

    def __init__(self, corpus: Corpus, stream=None, every: float = 10.0, unit: Options | None = None):
        self.corpus = corpus
        self.units = (unit or Options()).units  # "sentences" for BABE's rows (`score --unit`)
        self.stream = stream or sys.stderr
        self.every = every
        self.started = self.last = time.perf_counter()
        self._bar = None
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress as Bar, TaskProgressColumn, TextColumn, TimeRemainingColumn

            self._bar = Bar(
                TextColumn("scoring"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn(f"{{task.fields[records]}} {self.units} · {{task.fields[rate]}}/s"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("scoring", total=corpus.total, records="0", rate="0")

    def update(self, run: RunSummary, reach: int) -> None:
        """After a batch is written: `reach` is how far into the input (in `corpus.unit`) it went."""
        now = time.perf_counter()
        rate = run.read / max(now - self.started, 1e-9)
        if self._bar is not None:
            self._bar.update(
                self._task, completed=reach, total=self.corpus.total, records=f"{run.read:,}", rate=f"{rate:,.0f}"
            )
        elif now - self.last >= self.every:
            self.last = now
            share = f" ({reach / self.corpus.total:.0%} of the input)" if self.corpus.total else ""
            print(
                f"framing: {run.read:,} {self.units} read{share}, {run.failed:,} failed, {rate:,.0f} {self.units}/s",
                file=self.stream,
                flush=True,
            )

    def close(self, run: RunSummary) -> None:
        if self._bar is not None:
            self._bar.stop()
