"""`sourcing_eval --source-errors`: the dev-fold source phrases of ours that share under half their characters
with the annotated Source they overlap, listed with the annotated phrase and the sentence, so that a round can
group them by construction; test-fold articles are never listed."""

from __future__ import annotations

from pathlib import Path

from framing.quality.datasets import polnear_fold
from framing.quality.sourcing_errors import source_errors
from framing.quality.sourcing_eval import main

from polnear_folder import write_polnear

TEXT = (
    "Ed Lo, whose long career in the state senate ended in a scandal last year, said the plan was dead. "
    "Ann Lee said it would pass."
)
LONG = "Ed Lo, whose long career in the state senate ended in a scandal last year"


def _data(tmp_path: Path) -> Path:
    lee = TEXT.index("Ann Lee")
    spans = [("Source", 0, len(LONG)), ("Source", lee, lee + len("Ann Lee"))]
    return write_polnear(tmp_path, [(stem, "wire", TEXT, spans) for stem in ("wire_a", "wire_d")])


def test_a_short_phrase_inside_a_long_annotated_source_is_listed_once_from_the_dev_fold(tmp_path: Path) -> None:
    assert (polnear_fold("wire_a"), polnear_fold("wire_d")) == ("dev", "test")
    rows = source_errors(_data(tmp_path))
    assert rows == [("Ed Lo", LONG, TEXT.split(". ")[0] + ".", "wire_a")]


def test_the_listing_ends_with_its_count(tmp_path: Path, capsys) -> None:
    assert main(["--data", str(_data(tmp_path)), "--source-errors"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("'Ed Lo'\t'Ed Lo, whose long career")
    assert out[-1] == "1 dev-fold source phrases with Jaccard < 0.5"
