"""`sourcing_eval --outlets`: per outlet of the dev fold, the annotated and our mean share of attributed
sentences, and the sentences both mark, that we miss and that only we mark, so that a round can see which
outlet we under-count more than the others (issue 12's outlet ranking); test-fold articles are not counted."""

from __future__ import annotations

from pathlib import Path

from framing.quality.datasets import polnear_fold
from framing.quality.sourcing_eval import evaluate, main

from polnear_folder import write_polnear

# the annotation marks Lo's report, which we find too
REPORTED = "Ed Lo said the plan was dead. The vote is on Monday."
# the annotation marks the second sentence only, as content with no cue; we find Lee's report in the first
CREDITED = "Ann Lee said the levy would pass. The harbour is closed. The vote is on Monday."


def _spans(text: str, marked: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    return [(role, text.index(words), text.index(words) + len(words)) for role, words in marked]


def _data(tmp_path: Path) -> Path:
    reported = _spans(REPORTED, [("Source", "Ed Lo"), ("Cue", "said"), ("Content", "the plan was dead")])
    credited = _spans(CREDITED, [("Content", "The harbour is closed")])
    articles = [
        ("wire_a", "wire", REPORTED, reported),
        ("daily_a", "daily", CREDITED, credited),
        ("post_b", "daily", CREDITED, credited),  # test fold
    ]
    return write_polnear(tmp_path, articles)


def test_each_outlet_counts_the_sentences_both_mark_missed_and_marked_alone(tmp_path: Path) -> None:
    assert [polnear_fold(stem) for stem in ("wire_a", "daily_a", "post_b")] == ["dev", "dev", "test"]
    outlets = evaluate(_data(tmp_path))["dev"]["outlets"]
    assert outlets == {
        "daily": {"ours": 0.3333, "annotated": 0.3333, "articles": 1, "both": 0, "missed": 1, "false": 1},
        "wire": {"ours": 0.5, "annotated": 0.5, "articles": 1, "both": 1, "missed": 0, "false": 0},
    }


def test_the_table_shows_the_dev_fold_by_outlet(tmp_path: Path, capsys) -> None:
    assert main(["--data", str(_data(tmp_path)), "--outlets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Attributed-sentence share by outlet, dev fold"
    assert out[2].split() == ["daily", "1", "0.333", "0.333", "1.000", "0.000", "0", "1", "1"]
    assert out[3].split() == ["wire", "1", "0.500", "0.500", "1.000", "0.000", "1", "0", "0"]
