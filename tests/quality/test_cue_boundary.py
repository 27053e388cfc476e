"""`sourcing_eval`'s cue boundary figures (round v23): cue F1 counts a cue that merely overlaps an annotated one, so
it cannot show a cue spanned otherwise than PolNeAR spans cues; the boundary figures ask for half the characters."""

from __future__ import annotations

from pathlib import Path

from framing.quality.sourcing_eval import evaluate

from polnear_folder import write_polnear

TEXT = "Ed Lo said the plan was dead. The vote is on Monday."


def test_a_cue_sharing_under_half_its_characters_counts_by_overlap_only(tmp_path: Path) -> None:
    marked = [("Cue", 0, len("Ed Lo said")), ("Content", 11, 28)]  # a cue spanned far wider than ours
    figures = evaluate(write_polnear(tmp_path, [("wire_a", "wire", TEXT, marked)]))["dev"]
    assert (figures["cue"]["f1"], figures["cue_boundary"]["f1"]) == (1.0, 0.0)
