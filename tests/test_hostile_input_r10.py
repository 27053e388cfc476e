"""Round r10: inputs whose cost grew faster than their size, each scaled down with its bound as a parameter."""

from __future__ import annotations

import dataclasses
import tracemalloc
from pathlib import Path
from collections.abc import Callable
from typing import Any, SupportsIndex

import numpy as np
import pandas as pd
import pytest

import framing.pipeline
from framing import aggregate as ag
from framing.aggregate import stats
from framing.pipeline import Analyzer
from framing.report.tables import _prepare
from framing.report_options import Options
from framing.tables import read


class _Scanned(str):
    """A text that counts the characters its searches, counts and slices walk (a search: up to what it finds)."""

    walked = 0

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        found = super().find(sub, start, end)
        s, e, _ = slice(start, end).indices(len(self))
        type(self).walked += (found + len(sub) - s) if found >= 0 else e - s
        return found

    def rfind(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        found = super().rfind(sub, start, end)
        s, e, _ = slice(start, end).indices(len(self))
        type(self).walked += (e - found) if found >= 0 else e - s
        return found

    def count(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        s, e, _ = slice(start, end).indices(len(self))
        type(self).walked += e - s
        return super().count(sub, start, end)

    def __getitem__(self, key: Any) -> str:
        part = super().__getitem__(key)
        type(self).walked += len(part)
        return part


@pytest.mark.parametrize("sentences", [200])
def test_a_line_of_first_person_sentences_is_read_once(
    sourcing_analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, sentences: int
) -> None:
    """Each writer's "I" looked back to its line's start and over its paragraph for quotation marks: a one-line text
    of 36,000 "I think" sentences (1 MB) took 25 s, and 6.6 s now. The text is walked a bounded number of times."""
    reported = framing.pipeline.reported_contents

    def counted(doc: Any, attributions: Any) -> Any:
        _Scanned.walked = 0
        return reported(dataclasses.replace(doc, text=_Scanned(doc.text)), attributions)

    monkeypatch.setattr(framing.pipeline, "reported_contents", counted)
    text = " ".join(["I think the plan is a scam."] * sentences)
    evidence = sourcing_analyzer.analyze(text, split_title=False).evidence
    assert [e.voice for e in evidence if e.text == "scam"] == ["author"] * sentences
    assert _Scanned.walked < 12 * len(text)  # 500 times with a search back to the line's start


def _many_groups(groups: int, rows: int = 4, measures: int = 4) -> pd.DataFrame:
    rnd = np.random.default_rng(3)
    return pd.DataFrame(
        {
            "outlet": [f"g{k:03d}" for k in range(groups) for _ in range(rows)],
            **{f"s{j}_per_1k": rnd.exponential(2.0, groups * rows) for j in range(measures)},
        }
    )


@pytest.mark.parametrize("groups", [stats.MAX_PAIRWISE_GROUPS + 40])
def test_bootstrap_replicates_of_many_groups_are_drawn_again_not_kept(
    monkeypatch: pytest.MonkeyPatch, groups: int
) -> None:
    """Beyond MAX_PAIRWISE_GROUPS each group was kept with its 2,000 replicates of every measure: 20,000 one-article
    groups (`--min-articles 1`) ran out of memory. Drawn again from the generator's state, they give the same
    intervals against the pooled rest and the reference."""
    table = _many_groups(groups)
    measures = [ag.Measure(f"s{j}", f"s{j}_per_1k", "rate", None) for j in range(4)]
    monkeypatch.setattr(stats, "KEPT_REPLICATE_BYTES", 0)  # none fits: scaled down from 128 MB (round r11)
    tracemalloc.start()
    try:
        means, reps = ag.group_means(table, "outlet", measures, n_boot=2000)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 1_000_000  # 3.8 MB of replicates kept
    monkeypatch.setattr(stats, "MAX_PAIRWISE_GROUPS", groups)  # every group's replicates kept
    kept_means, kept = ag.group_means(table, "outlet", measures, n_boot=2000)
    pd.testing.assert_frame_equal(means, kept_means)
    for reference in (None, "g007"):
        drawn_again = ag.against_comparison(table, "outlet", measures, reps, reference)
        pd.testing.assert_frame_equal(drawn_again, ag.against_comparison(table, "outlet", measures, kept, reference))


def _peak(work: Callable[[], object]) -> int:
    """Bytes `work` takes at its peak beyond what is held before it."""
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def test_a_score_table_is_read_and_prepared_without_a_copy_of_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CSV score table, read a chunk at a time, was joined from its chunks whole, then copied whole by the report:
    10^6 rows (690 MB held) took 1.5 GB read and 2.4 GB prepared, and ran out of memory under 3 GB."""
    table = _many_groups(10, 2_000, measures=40)  # the numbers outweigh what counting rows takes
    table.insert(0, "id", [f"a{k}" for k in range(len(table))])
    size = int(table.memory_usage(deep=True).sum())
    path = tmp_path / "scores.csv"
    table.to_csv(path, index=False)
    monkeypatch.setattr(read, "_CHUNK_ROWS", 1_000)
    assert _peak(lambda: read.read_table(path)) < 1.5 * size  # 2.0 times, joined whole
    pd.testing.assert_frame_equal(read.read_table(path), pd.read_csv(path, dtype={"id": str}))
    assert _peak(lambda: _prepare(table, Options(), [])) < 0.5 * size  # 1.0 times, copied whole
