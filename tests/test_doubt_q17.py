"""Round q17 (issue 13): the PTC sentence AUC across articles, the dev figure that foretells the held-out one.

The doubt signal read 0.77 against PTC Doubt on the dev fold and 0.66 on the test fold: many doubt entries were
written from one line of one dev article and score nowhere else. `signal_eval.ptc` now gives, on the dev fold,
the AUC in which an entry counts only where it also sits on a marked line of an article in another group. The
articles below are invented; their ids are chosen so that all four fall in the dev fold and in four groups.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from framing.quality.datasets import fold
from framing.quality.signal_eval import across_articles_auc, article_group, ptc

# id: (lines, the indexes of the lines marked Doubt)
ARTICLES = {
    "1": (["Officials staged a cover-up of the leak.", "The mayor opened a new bridge on Monday."], {0}),
    "2": (["Critics called the report a cover-up.", "It rained all day."], {0}),
    # "weakly sourced" finds a Doubt line in this article only: written from it, it carries nowhere
    "4": (["The story was weakly sourced from the start.", "Schools reopen in September."], {0}),
    "6": (["The film is about a cover-up in a small town."], set()),
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    data = tmp_path_factory.mktemp("data")
    folder = data / "ptc" / "articles"
    folder.mkdir(parents=True)
    spans = []
    for article, (lines, marked) in ARTICLES.items():
        (folder / f"article{article}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        offset = 0
        for number, line in enumerate(lines):
            if number in marked:
                spans.append(f"{article}\tDoubt\t{offset}\t{offset + len(line)}\n")
            offset += len(line) + 1
    (data / "ptc" / "techniques.tsv").write_text("".join(spans), encoding="utf-8")
    return ptc(Path(data), Analyzer())


def test_the_invented_articles_are_dev_articles_of_four_groups() -> None:
    assert {fold("article" + a) for a in ARTICLES} == {"dev"}
    assert len({article_group(a) for a in ARTICLES}) == 4


def test_an_entry_found_in_one_article_only_does_not_count_across_articles(figures: dict[str, dict]) -> None:
    doubt = figures["dev"]["doubt"]
    # plainly: the three Doubt lines score 1.5 ("cover-up" twice, "weakly sourced"), the film's line 1.5 too
    assert doubt["sentence_auc"] == 0.875
    # across articles "weakly sourced" scores nothing where it was found; "cover-up" (two groups) still counts
    assert doubt["sentence_auc_across_articles"] == 0.7083


def test_the_test_fold_has_no_figure_across_articles(figures: dict[str, dict]) -> None:
    assert "sentence_auc_across_articles" not in figures["test"]["doubt"]


def test_an_entry_that_finds_marked_lines_in_two_groups_counts_in_both() -> None:
    one, two = "1", "2"  # groups 1 and 2
    lines = [(one, [("hoax", 1.0)], True), (two, [("hoax", 1.0)], True), (one, [], False), (two, [], False)]
    assert across_articles_auc(lines) == 1.0
    # the same entry marked in one group only scores nothing there
    assert across_articles_auc([(one, [("hoax", 1.0)], True), (one, [], False), (two, [], False)]) == 0.5
