"""Golden test: the report's tables for the seed corpus, compared with tables reviewed by a person.

The input is frozen in tests/golden/seeds/*.csv.gz (the score table, evidence and word counts of
seeds/articles), so the test checks the statistics and report code, not the lexicons, which
change often. After an intended change, rewrite and review:
    FRAMING_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_report_golden.py
and to re-score the seeds with today's lexicons first, FRAMING_UPDATE_GOLDEN=inputs.
A second test runs the live seeds through the current lexicons and checks the report's shape.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing.comparison import load_inputs
from framing.report import Options, build_report

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "articles"
GOLDEN = Path(__file__).parents[1] / "golden" / "seeds"
UPDATE = os.environ.get("FRAMING_UPDATE_GOLDEN", "")
OPTIONS = Options(
    n_boot=1000,
    seed=0,
    exclude=("reporting_verbs", "anonymous_sources", "vague_sources", "state_media", "loaded_attribution"),
)


def _inputs(analyzer, tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    names = ("scores", "evidence", "words")
    if UPDATE == "inputs":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        inputs = load_inputs(SEEDS, None, analyzer.lexicons)
        for name, frame in zip(names, (inputs.scores, inputs.evidence, inputs.words)):
            frame.to_csv(
                GOLDEN / f"{name}.csv.gz", index=False, lineterminator="\n", compression={"method": "gzip", "mtime": 0}
            )
    return tuple(
        pd.read_csv(GOLDEN / f"{name}.csv.gz", dtype={"id": str}, keep_default_na=False, na_values=[""])
        for name in names
    )


def _expected_path(name: str) -> Path:
    return GOLDEN / "expected" / f"{name}.csv"


def _normal(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as it reads back from CSV, so fresh and stored tables compare like for like."""
    frame = frame.copy()
    if "spans" in frame:
        frame["spans"] = frame["spans"].map(lambda spans: ";".join(f"{s}-{e}" for s, e in spans))
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = frame[col].map(lambda v: v if v is None or isinstance(v, str) else str(v))
    return frame


def test_seed_report_tables_match_the_golden_files(analyzer, tmp_path) -> None:
    scores, evidence, words = _inputs(analyzer, tmp_path)
    report = build_report(
        scores,
        OPTIONS,
        evidence=evidence,
        term_counts=words,
        labels={sid: s.label for sid, s in analyzer.lexicons.signals.items()},
    )
    tables = {name: _normal(t) for name, t in report.tables().items()}
    tables["findings"] = pd.DataFrame({"finding": report.findings})
    if UPDATE:
        _expected_path("x").parent.mkdir(parents=True, exist_ok=True)
        for name, table in tables.items():
            table.to_csv(_expected_path(name), index=False, lineterminator="\n", float_format="%.10g")
        pytest.skip("golden tables rewritten: review the diff before committing")
    stored = sorted(p.stem for p in (GOLDEN / "expected").glob("*.csv"))
    assert stored == sorted(tables)
    for name, fresh in tables.items():
        expected = pd.read_csv(_expected_path(name), keep_default_na=False, na_values=[""])
        fresh = pd.read_csv(
            pd.io.common.StringIO(fresh.to_csv(index=False, float_format="%.10g")),
            keep_default_na=False,
            na_values=[""],
        )
        assert list(fresh.columns) == list(expected.columns), name
        assert len(fresh) == len(expected), name
        for col in expected.columns:
            a, b = fresh[col], expected[col]
            if pd.api.types.is_numeric_dtype(b) and pd.api.types.is_numeric_dtype(a):
                assert np.allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-6, atol=1e-9, equal_nan=True), (
                    f"{name}.{col}"
                )
            else:
                assert a.astype(str).tolist() == b.astype(str).tolist(), f"{name}.{col}"


def test_live_seeds_give_a_full_report(analyzer, tmp_path) -> None:
    inputs = load_inputs(SEEDS, None, analyzer.lexicons)
    report = build_report(inputs.scores, Options(n_boot=200), evidence=inputs.evidence, term_counts=inputs.words)
    files = pd.Series([p.parent.name for p in SEEDS.rglob("*.txt")]).value_counts()
    assert report.overview["articles"].sum() == files.sum() and len(report.groups) == len(files)
    assert report.findings and report.period is not None
    assert {"overall"} < set(report.terms["scope"]) and not report.examples.empty
    assert all(len(t) for t in report.tables().values())
