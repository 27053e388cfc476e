"""`sourcing_eval --inside-misses`: the dev-fold annotated cues we miss that lie inside a content of ours, with the
cue whose content holds them, so that a round can group them by construction; test-fold articles are never listed
(round c38)."""

from __future__ import annotations

from pathlib import Path

from framing.quality.datasets import polnear_fold
from framing.quality.sourcing_errors import inside_misses
from framing.quality.sourcing_eval import main

from polnear_folder import write_polnear

TEXT = "Ed Lo said the plan was dead and the council frowned on it."


def _data(tmp_path: Path) -> Path:
    said, frowned = TEXT.index("said"), TEXT.index("frowned on")
    spans = [("Cue", said, said + 4), ("Cue", frowned, frowned + len("frowned on"))]
    return write_polnear(tmp_path, [(stem, "wire", TEXT, spans) for stem in ("wire_a", "wire_d")])


def test_a_cue_missed_inside_our_content_is_listed_with_the_cue_that_holds_it(tmp_path: Path) -> None:
    assert (polnear_fold("wire_a"), polnear_fold("wire_d")) == ("dev", "test")
    assert inside_misses(_data(tmp_path)) == [("", "frowned on", "said", "Ed Lo", TEXT, "wire_a")]


def test_the_listing_ends_with_its_count(tmp_path: Path, capsys) -> None:
    assert main(["--data", str(_data(tmp_path)), "--inside-misses"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("''")
    assert out[-1] == "1 dev-fold annotated cues missed inside a content of ours, 0 on a cue term"
