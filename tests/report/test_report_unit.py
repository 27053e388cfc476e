"""The report names the unit its corpus holds (u25): BABE's rows are sentences, and the report called
them articles. `--unit` says what one record is; the notes on records left out list their groups one way."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.comparison import failed_note, language_note
from framing.errors import InputError
from framing.report import Options, build_report
from framing.report.html import render_html, render_markdown


def sentences(n: int = 30, words: int = 25) -> pd.DataFrame:
    """Two outlets of single sentences; A hedges more, some sentences of both with no match."""
    rng = np.random.default_rng(3)
    rows = []
    for outlet, scale in (("A", 60.0), ("B", 15.0)):
        for k in range(n):
            count = int(rng.poisson(scale * words / 1000 * 2)) if k % 3 else 0
            rate = 1000 * count / words
            rows.append(
                {"id": f"{outlet}{k}", "outlet": outlet, "n_words": words, "hedging_count": count}
                | {"hedging_per_1k": rate, "hedging_author_per_1k": rate}
            )
    return pd.DataFrame(rows)


def test_a_report_on_sentences_calls_them_sentences_everywhere() -> None:
    report = build_report(sentences(), Options(n_boot=200, unit="sentence"), labels={"hedging": "Hedging"})
    page = render_markdown(report, []) + render_html(report, [])
    assert "60 sentences in 2 groups" in page
    assert "| sentences (n) |" in page and "Each sentence's score on a signal" in page
    assert not re.search(r"\barticles?\b", page), re.findall(r".{40}\barticles?\b.{40}", page)[:3]
    assert any("30 and 30 sentences" in f for f in report.findings), report.findings


def test_a_report_says_articles_by_default_and_points_short_records_to_unit() -> None:
    report = build_report(sentences(), Options(n_boot=200), labels={"hedging": "Hedging"})
    assert "60 articles in 2 groups" in render_markdown(report, [])
    short = next(c["message"] for c in report.caveats if c["kind"] == "short_texts")
    assert short.endswith("If each record is not an article (a sentence, a post), --unit names what it is.")
    named = build_report(sentences(), Options(n_boot=200, unit="sentence"), labels={"hedging": "Hedging"})
    assert "--unit" not in next(c["message"] for c in named.caveats if c["kind"] == "short_texts")


def test_an_unknown_unit_is_refused_with_the_choices() -> None:
    with pytest.raises(InputError, match="unknown unit 'tweets'; one of: article, sentence"):
        Options(unit="tweets")


def test_compare_takes_unit_and_names_it_in_the_report(tmp_path) -> None:
    table = tmp_path / "scores.csv"
    sentences().to_csv(table, index=False)
    out = tmp_path / "r"
    args = ["compare", str(table), "-o", str(out), "--unit", "sentence", "--bootstrap", "100", "--no-png"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "60 sentences in 2 groups" in md and "framing compare" in md and "--unit sentence" in md


def test_both_notes_list_five_groups_then_the_rest_in_one_count() -> None:
    # seven groups: the notes on records not scored and on records in another language name five, then
    # the same "N in K more groups" (each had its own code: "3 of 2 more groups", "and 2 more groups")
    outlets = [f"g{k}" for k in range(7)]
    scores = pd.DataFrame({"id": [f"x{k}" for k in range(14)], "outlet": outlets * 2})
    failed = [{"outlet": g} for g in outlets] + [{"outlet": "g6"}]
    note = failed_note(scores, failed, 22) or ""
    assert note.startswith("8 of 22 records could not be scored and are left out: 2 of “g6”, 1 of “g0”, "), note
    assert ", 1 of “g3”, 2 in 2 more groups (run" in note, note
    other = language_note(scores, [f"x{k}" for k in range(7)] + ["x13"], "en") or ""
    assert "(50%), 2 in 2 more groups. They are" in other, other
    assert other.startswith("8 of the 14 articles scored")
    assert language_note(scores, ["x0"], "en", Options(unit="sentence")).startswith("1 of the 14 sentences scored")


def test_the_findings_say_a_group_figure_is_a_mean_of_its_records_not_pooled() -> None:
    # PolNeAR's named-source share: 53.6% as the mean of its articles' shares, 50.4% of its sentences pooled;
    # "53.6% of sentences in “PolNeAR”" read as the pooled figure (u25)
    report = build_report(sentences(), Options(n_boot=200), labels={"hedging": "Hedging"})
    said = "A group's rate or share is the mean of its articles' own, each article weighing the same, not its words"
    assert said in render_markdown(report, []) and said in render_html(report, [])


def test_records_with_a_blank_group_are_left_out_not_compared_as_a_group() -> None:
    """BABE's 640 sentences without a `type` (an empty cell, read as written) were a group named “” in the
    findings ("“left” uses hedging words ... as often as “”") (u26)."""
    rows = [
        {"id": f"{kind}{k}", "type": kind, "n_words": 30, "hedging_count": k % 3, "hedging_per_1k": float(k % 3)}
        | {"hedging_author_per_1k": float(k % 3 + (kind == "left"))}
        for kind in ("left", "right", " ")
        for k in range(12)
    ]
    report = build_report(pd.DataFrame(rows), Options(by="type", unit="sentence", n_boot=50))
    assert sorted(report.overview["group"]) == ["left", "right"]
    assert [c["message"] for c in report.caveats if c["kind"] == "no_group"] == [
        "12 sentences have no type and are left out."
    ]
