"""build_native.py's training texts: the seeds, and real news beside them when ../shared/data is there (p55)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def build_native(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(ROOT))
    import build_native

    return build_native


def test_without_the_shared_data_the_training_run_reads_the_seeds_alone(build_native, tmp_path):
    assert build_native.real_news(tmp_path / "no data here") == []


def test_the_training_run_reads_ptc_and_semeval_news_but_not_the_bench_sets(build_native, tmp_path):
    """PTC and the English SemEval-2025 documents are read; PolNeAR and BASIL, the speed bench's, are not."""
    for folder, name in [
        ("ptc/articles", "article111.txt"),
        ("semeval2025_narratives/EN/documents", "EN_CC_1.txt"),
        ("semeval2025_narratives/BG/documents", "BG_1.txt"),
        ("polnear/text", "bench.txt"),
    ]:
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / name).write_text("A headline\n\nThe minister said the plan would work.\n")
    assert [path.relative_to(tmp_path).as_posix() for path in build_native.real_news(tmp_path)] == [
        "ptc/articles/article111.txt",
        "semeval2025_narratives/EN/documents/EN_CC_1.txt",
    ]
