"""The hand-judged sourcing sample on news outside PolNeAR (issue 12) and its re-scoring."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from framing.quality.sourcing_eval import main
from framing.quality.sourcing_judged import JUDGED, read_judged, score_judged

KINDS = {"named", "anonymous", "vague", "state_media", "none"}
TEXT = 'Officials said the plan had failed.\n\n"It is over," Mr. Smith said.\n'


def test_fixture_is_offsets_only_and_well_formed():
    rows = read_judged()
    assert len(rows) == 80
    assert Counter(r.dataset for r in rows) == {"semeval2025": 40, "basil": 40}
    assert max(Counter((r.dataset, r.doc) for r in rows).values()) <= 2
    assert {r.kind for r in rows} <= KINDS
    assert all((r.gold is None) == (r.kind == "none") for r in rows)
    assert all(r.gold is None or r.gold[0] < r.gold[1] for r in rows)


def _judged_file(tmp_path: Path, rows: list[tuple[str, str, str]], text: str = TEXT) -> Path:
    """A judged file on `text`: (anchor phrase, gold phrase or "", gold kind) per row."""
    path = tmp_path / "judged.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["dataset", "doc", "anchor_start", "anchor_end", "gold_start", "gold_end", "gold_kind"])
        for anchor, gold, kind in rows:
            a, g = text.index(anchor), text.index(gold) if gold else None
            w.writerow(
                [
                    "semeval2025",
                    "EN_X_1",
                    a,
                    a + len(anchor),
                    g if g is not None else "",
                    g + len(gold) if gold else "",
                    kind,
                ]
            )
    docs = tmp_path / "data" / "semeval2025_narratives" / "EN" / "documents"
    docs.mkdir(parents=True)
    (docs / "EN_X_1.txt").write_text(text, encoding="utf-8")
    return path


def test_a_wrong_kind_or_a_non_attribution_is_not_counted_right(tmp_path, analyzer):
    path = _judged_file(
        tmp_path,
        [
            ("Mr. Smith said", "Mr. Smith", "named"),
            ("Officials said", "Officials", "vague"),
            ("Officials said", "", "none"),
        ],
    )
    figures = score_judged(tmp_path / "data", analyzer, path)
    assert figures["reported"] == 3
    overall = figures["overall"]
    assert (overall["source_exact"], overall["kind"], overall["right"]) == (0.6667, 0.3333, 0.3333)
    assert figures["per_kind"]["named"]["right"] == 1.0
    assert figures["per_kind"]["vague"]["source_exact"] == 1.0
    assert figures["per_kind"]["vague"]["right"] == 0.0


def test_a_source_with_wrong_boundaries_counts_only_under_jaccard(tmp_path, analyzer):
    rows = [("Mr. Smith said", "Smith", "named"), ("Officials said", "Officials said the plan", "anonymous")]
    overall = score_judged(tmp_path / "data", analyzer, _judged_file(tmp_path, rows))["overall"]
    assert (overall["right_exact"], overall["right"]) == (0.0, 0.5)  # Jaccard 5/9 is close enough, 9/23 is not


def test_a_continued_quotation_is_found_at_its_sentence_with_its_speaker_from_before(tmp_path, analyzer):
    text = 'Mr. Smith said: "We lost the vote in the end. It is over for all of us."\n'
    path = _judged_file(tmp_path, [("It is over for all of us.", "Mr. Smith", "named")], text)
    figures = score_judged(tmp_path / "data", analyzer, path)
    assert (figures["reported"], figures["overall"]["right_exact"]) == (1, 1.0)


def test_absent_articles_are_counted_not_scored(tmp_path, analyzer):
    figures = score_judged(tmp_path, analyzer)
    assert (figures["judged"], figures["articles_missing"], figures["reported"]) == (80, 40, 0)
    assert figures["overall"]["right"] is None


def test_the_judged_figure_on_the_real_articles(shared_data, capsys):
    assert main(["--data", str(shared_data), "--judged"]) == 0
    out = capsys.readouterr().out
    figures = score_judged(shared_data)
    right = figures["overall"]["right"]
    assert figures["articles_missing"] == 0 and 0 < right < 1
    assert figures["per_kind"]["none"]["right"] == 0.0  # a non-attribution is never right
    assert out.splitlines()[2].split()[-1] == f"{right:.3f}"
    assert JUDGED.is_file()
