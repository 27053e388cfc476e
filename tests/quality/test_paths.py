"""The quality wing's paths are worked out from where its modules live: they must land in the project."""

from __future__ import annotations

from pathlib import Path

from framing.quality import datasets, marked_samples, source_labels

ROOT = Path(__file__).resolve().parents[2]


def test_data_and_label_files_are_found_from_the_package() -> None:
    assert datasets.default_data_dir() == ROOT.parent / "shared" / "data"  # ../shared/data
    assert marked_samples.ANNOTATION_DIR == ROOT / "tests" / "data" / "signal_annotation"
    assert marked_samples.ANNOTATION_DEV_DIR == ROOT / "tests" / "data" / "signal_annotation_dev"
    assert source_labels.KIND_LABELS == ROOT / "tests" / "data" / "polnear_source_kinds.tsv"
    assert marked_samples.ANNOTATION_DIR.is_dir() and source_labels.KIND_LABELS.is_file()
