"""The report as data (findings, caveats, filters, examples) and its writing (atomic, safe names)."""

from __future__ import annotations

import dataclasses
import os
import re
import signal
from concurrent.futures import Future
from typing import Any

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

import framing.report as report_pkg
from framing.errors import InputError, RunError
from framing.report import Options, build_report, plots, safe_name, write_report
from framing.report.html import render_html, render_markdown, segments
from framing.report.sections import sentence_spans


def scores(n: int = 40, seed: int = 0) -> pd.DataFrame:
    """Three outlets: A hedges about 3x as much as B; C sits between; nobody uses `silent`."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, scale in (("A", 6.0), ("B", 2.0), ("C", 4.0)):
        for k in range(n):
            rate = rng.gamma(2.0, scale / 2)
            rows.append(
                {
                    "id": f"{outlet}{k}",
                    "outlet": outlet,
                    "date": f"2024-0{1 + k % 6}-1{k % 9}",
                    "title": f"{outlet} story {k}",
                    "n_words": 500,
                    "hedging_count": round(rate / 2),
                    "hedging_per_1k": rate,
                    "hedging_author_per_1k": rate / 2,
                    "hedging_sentence_share": min(1.0, rate / 10),
                    "silent_count": 0,
                    "silent_per_1k": 0.0,
                    "silent_author_per_1k": 0.0,
                    "sourcing_anonymous": rng.uniform(0, 0.2),
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def report():
    return build_report(scores(), Options(n_boot=500), labels={"hedging": "Hedging"})


def test_findings_state_the_main_difference_with_its_numbers(report) -> None:
    means = scores().groupby("outlet")["hedging_author_per_1k"].mean()
    row = report.pairwise.set_index(["measure", "a", "b"]).loc[("hedging", "A", "B")]
    finding = next(f for f in report.findings if "hedging" in f)
    assert finding.startswith("“A” uses hedging words in its own voice")
    assert f"{means['A'] / means['B']:.1f}× (95% CI {row['ratio_low']:.1f}–{row['ratio_high']:.1f})" in finding
    assert f"{means['A']:.2f} against {means['B']:.2f} per 1,000 words" in finding
    assert "adjusted p < 0.001" in finding


def test_measures_without_any_match_are_left_out_with_a_caveat(report) -> None:
    assert [m.id for m in report.measures] == ["hedging", "sourcing_anonymous"]
    assert any(c["kind"] == "silent" and "silent" in c["message"] for c in report.caveats)


def test_every_table_has_rows_and_no_group_is_lost(report) -> None:
    tables = report.tables()
    assert {"overview", "means", "std_diff", "kruskal", "pairwise", "trends", "caveats"} <= set(tables)
    assert report.overview["articles"].tolist() == [40, 40, 40]
    assert set(report.means["group"]) == {"A", "B", "C"} and len(report.pairwise) == 3 * 2
    assert report.period is not None and set(report.trends["group"]) == {"A", "B", "C"}


def test_without_texts_or_evidence_the_report_says_what_is_missing(report) -> None:
    assert report.terms is None and report.examples is None
    assert any("--evidence-table FILE" in n for n in report.notes)
    assert any("texts were not available" in n for n in report.notes)


def test_groups_without_dates_are_named_in_the_trend_note() -> None:
    t = scores()
    t.loc[t["outlet"] == "C", "date"] = None
    r = build_report(t, Options(n_boot=200))
    assert "80 of 120 articles have a date; the trends leave out the rest (no dates at all in “C”)." in r.notes
    assert set(r.trends["group"]) == {"A", "B"}


def test_reference_group_compares_every_group_with_it() -> None:
    r = build_report(scores(), Options(n_boot=200, reference="B"))
    assert set(zip(r.pairwise["a"], r.pairwise["b"])) == {("A", "B"), ("C", "B")}
    assert set(r.std_diff["group"]) == {"A", "C"}


def test_date_window_min_articles_and_signals_filter_the_table() -> None:
    t = scores()
    t.loc[t["outlet"] == "C", "outlet"] = ["C"] * 3 + ["D"] * 37
    r = build_report(
        t,
        Options(
            n_boot=200,
            since=pd.Timestamp("2024-02-01").date(),
            until=pd.Timestamp("2024-03-31").date(),
            min_articles=8,
            signals=["hedging"],
        ),
    )
    assert r.groups == ["A", "B", "D"] and [m.id for m in r.measures] == ["hedging"]
    assert r.overview["first_date"].min().isoformat() >= "2024-02-01"
    assert r.overview["last_date"].max().isoformat() <= "2024-03-31"
    assert any("date window" in n for n in r.notes)
    assert any(c["kind"] == "dropped" and "“C”" in c["message"] for c in r.caveats)


def test_a_date_window_holding_no_article_is_named_as_the_reason() -> None:
    """A window outside the corpus's dates is the reason to give, not 'fewer than two groups'."""
    with pytest.raises(InputError) as err:
        build_report(
            scores(), Options(since=pd.Timestamp("2025-01-01").date(), until=pd.Timestamp("2025-06-30").date())
        )
    message = str(err.value)
    assert message.startswith("no article is dated within --since 2025-01-01 --until 2025-06-30 (the dates run 2024-")
    assert message.endswith("); nothing to compare")


@pytest.mark.parametrize(
    "options, message",
    [
        # the columns a table holds before its scores (n_words on): not 80 score columns to read through
        (
            Options(by="country"),
            "no column 'country' to group by (--by); the columns to group by are: id, outlet, date, title\n",
        ),
        (Options(signals=["hedgin"]), "unknown signal(s) hedgin; the table has: hedging"),
        (Options(reference="Z"), "reference group 'Z' is not among the groups compared"),
        (Options(min_articles=41), "fewer than two groups of 'outlet' with at least 41 articles remain"),
    ],
)
def test_user_errors_say_what_is_wrong(options, message) -> None:
    with pytest.raises(InputError) as err:
        build_report(scores(), options)
    assert (str(err.value) + "\n").startswith(message)


def test_a_missing_grouping_column_names_the_input_it_is_missing_from() -> None:
    """Round u21: `--by desk` named the option and the columns but not the file."""
    with pytest.raises(InputError) as err:
        build_report(scores(), Options(by="desk"), meta={"input": "wires.csv"})
    assert str(err.value) == (
        "wires.csv: no column 'desk' to group by (--by); the columns to group by are: id, outlet, date, title"
    )


def test_too_few_groups_are_named_with_the_option_that_would_keep_them() -> None:
    """One outlet, or outlets all under --min-articles: the message names the groups found and how to go on."""
    three = scores(3)
    with pytest.raises(InputError) as err:
        build_report(three[three["outlet"] == "A"], Options())
    assert (
        str(err.value)
        == "only one group of 'outlet': “A” (3 articles); nothing to compare (--by groups by another column)"
    )
    with pytest.raises(InputError) as err:
        build_report(pd.concat([three, scores(4)[lambda t: t["outlet"] == "C"]]), Options())
    assert str(err.value) == (
        "fewer than two groups of 'outlet' with at least 5 articles remain; nothing to compare "
        "(the largest: “C” (7), “A” (3), “B” (3); --min-articles 3 keeps at least two)"
    )
    assert build_report(three, Options(min_articles=3, n_boot=200)).overview["group"].tolist() == ["A", "B", "C"]


def test_group_names_are_normalized_on_request_and_variants_flagged_otherwise() -> None:
    t = scores()
    t.loc[t.index[:5], "outlet"] = "a"
    plain = build_report(t, Options(n_boot=200))
    assert any(
        c["kind"] == "look_alike"
        and "“A” (35), “a” (5)" in c["message"]
        and "add --normalize-groups (it keeps the most frequent spelling, “A”)" in c["message"]
        for c in plain.caveats
    )
    folded = build_report(t, Options(n_boot=200, normalize_groups=True, group_map={"a": "Alpha"}))
    assert folded.groups == ["Alpha", "B", "C"] and folded.overview["articles"].tolist() == [40, 40, 40]
    assert any(c["kind"] == "merged" for c in folded.caveats)
    assert not any("group map" in n for n in folded.notes)


def test_a_group_map_naming_no_group_is_reported_not_silently_ignored() -> None:
    """A typo in --group-map renames nothing; the report says which names it did not find."""
    report = build_report(scores(), Options(n_boot=200, group_map={"A": "Alpha", "Bee": "B", "cc": "C"}))
    assert report.groups == ["Alpha", "B", "C"]
    assert "the group map renames 2 names found in no outlet: “Bee”, “cc”." in report.notes
    folded = build_report(scores(), Options(n_boot=200, normalize_groups=True, group_map={"c ": "C2"}))
    assert folded.groups == ["A", "B", "C2"] and not any("group map" in n for n in folded.notes)


def test_sentence_spans_accept_article_or_sentence_offsets_and_repeated_words() -> None:
    sentence = "War after war: the war."
    relative = pd.DataFrame({"start": [10, 19], "end": [13, 22], "text": ["war", "war"]})
    assert sentence_spans(sentence, relative) == [(10, 13), (19, 22)]
    # the same matches counted from the article start (the sentence starts at 100)
    absolute = relative.assign(start=relative["start"] + 100, end=relative["end"] + 100)
    assert sentence_spans(sentence, absolute) == [(10, 13), (19, 22)]
    overlapping = pd.DataFrame({"start": [0, 4], "end": [9, 13], "text": ["War after", "after war"]})
    assert sentence_spans(sentence, overlapping) == [(0, 13)]
    assert segments(sentence, [(10, 13)]) == [("War after ", False), ("war", True), (": the war.", False)]


def test_examples_pick_the_sentences_with_most_matches_one_per_article() -> None:
    t = scores(n=6)
    ev = pd.DataFrame(
        [
            {
                "id": "A0",
                "part": "body",
                "signal": "hedging",
                "entry": "may",
                "sentence": 0,
                "start": 0,
                "end": 3,
                "text": "May",
                "sentence_text": "May be, might be.",
                "voice": "author",
                "negated": False,
            },
            {
                "id": "A0",
                "part": "body",
                "signal": "hedging",
                "entry": "might",
                "sentence": 0,
                "start": 8,
                "end": 13,
                "text": "might",
                "sentence_text": "May be, might be.",
                "voice": "author",
                "negated": False,
            },
            {
                "id": "A0",
                "part": "body",
                "signal": "hedging",
                "entry": "may",
                "sentence": 1,
                "start": 20,
                "end": 23,
                "text": "may",
                "sentence_text": "It may.",
                "voice": "author",
                "negated": False,
            },
            {
                "id": "A0",
                "part": "headline",
                "signal": "hedging",
                "entry": "may",
                "sentence": 0,
                "start": 0,
                "end": 3,
                "text": "May",
                "sentence_text": "May day",
                "voice": "author",
                "negated": False,
            },
            {
                "id": "B1",
                "part": "body",
                "signal": "hedging",
                "entry": "may",
                "sentence": 2,
                "start": 43,
                "end": 46,
                "text": "may",
                "sentence_text": "It may.",
                "voice": "author",
                "negated": False,
            },
        ]
    )
    r = build_report(t, Options(n_boot=200, min_articles=2), evidence=ev)
    ex = r.examples.set_index("group")
    assert ex.loc["A", "sentence"] == "May be, might be." and ex.loc["A", "spans"] == [(0, 3), (8, 13)]
    assert ex.loc["A", "entries"] == "may; might" and ex.loc["A", "title"] == "A story 0"
    assert ex.loc["B", "spans"] == [(3, 6)]


def test_a_sentence_two_articles_share_is_one_example() -> None:
    """Round u20, three PolNeAR outlets: Breitbart's two wire stories of one evening each gave "His victory deals a
    devastating blow to ..." as an escalation example, the same sentence twice; the next article's sentence now
    takes the second place."""
    t = scores(n=6)
    wire = "His victory deals a devastating blow to the senator."

    def row(id: str, sentence: str, start: int) -> dict:
        word = "devastating"
        at = sentence.index(word)
        return {
            "id": id,
            "part": "body",
            "signal": "hedging",
            "entry": word,
            "sentence": 0,
            "start": start + at,
            "end": start + at + len(word),
            "text": word,
            "sentence_text": sentence,
            "voice": "author",
            "negated": False,
        }

    other = "The storm was devastating for the coast."
    ev = pd.DataFrame([row("A0", wire, 0), row("A1", wire, 0), row("A2", other, 0)])
    r = build_report(t, Options(n_boot=200, min_articles=2, examples=2), evidence=ev)
    shown = r.examples[r.examples["group"] == "A"]
    assert shown[["id", "sentence"]].values.tolist() == [["A0", wire], ["A2", other]]


def test_safe_names_never_carry_path_parts_and_do_not_collide() -> None:
    names = ["../../etc/passwd", "..", "CON", "a/b", "a_b", "Fox News", "fox news", "<script>", ""]
    stems = [safe_name(n) for n in names]
    assert all(re.fullmatch(r"[a-z0-9-]{1,40}-[0-9a-f]{8}", s) for s in stems)
    assert len(set(stems)) == len(stems)


def test_csv_cells_that_a_spreadsheet_would_run_are_defused(tmp_path) -> None:
    t = scores(n=6)
    t.loc[0, "outlet"] = "=HYPERLINK(1)"
    t.loc[t["outlet"] == "A", "outlet"] = "=HYPERLINK(1)"
    r = build_report(t, Options(n_boot=100, signals=["hedging"]))
    write_report(r, tmp_path / "r")
    overview = (tmp_path / "r" / "tables" / "overview.csv").read_text(encoding="utf-8")
    assert "\n'=HYPERLINK(1)," in overview and "\n=HYPERLINK" not in overview


def test_report_writing_is_atomic_and_never_replaces_a_foreign_folder(tmp_path, monkeypatch) -> None:
    r = build_report(scores(n=6), Options(n_boot=100, signals=["hedging"]))
    out = tmp_path / "rep"
    index = write_report(r, out)
    assert index == out / "index.html" and (out / "report.md").exists()
    assert sorted(p.name for p in (out / "figures").iterdir()) == [
        "means.png",
        "means.svg",
        "std_diff.png",
        "std_diff.svg",
    ]
    before = index.read_bytes()

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report_pkg, "render_markdown", crash)
    with pytest.raises(RuntimeError):
        write_report(r, out)
    assert index.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rep"]  # no half-written sibling left behind
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="holds no framing report"):
        write_report(r, foreign)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_html_and_markdown_escape_every_input_string() -> None:
    t = scores(n=6)
    evil = "<script>alert(1)</script>|**x**"
    t.loc[t["outlet"] == "A", "outlet"] = evil
    t["title"] = '<img src=x onerror="alert(2)">'
    r = build_report(
        t, Options(n_boot=100, signals=["hedging"]), meta={"title": "<b>T</b>", "command": "framing compare '<x>'"}
    )
    html = render_html(r, [])
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>T</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r"<script|onerror=", html) is None
    # and a second line of defence, whatever escaping misses: the page's policy runs no script at all
    [policy] = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert "default-src 'none'" in policy and "script-src" not in policy
    md = render_markdown(r, [])
    assert "<script>" not in md and "&lt;script&gt;alert(1)&lt;/script&gt;\\|\\*\\*x\\*\\*" in md
    text, code = md.split("Command line:")  # the command line is an indented code block: shown as it is
    assert re.search(r"<[A-Za-z/!?]", text) is None and code == "\n\n    framing compare '<x>'\n"


def test_markdown_writes_p_below_a_thousandth_as_its_tables_do(report) -> None:
    """Round u21: findings wrote "p &lt; 0.001" (escaped for Markdown) while the tables wrote "p < 0.001"."""
    md = render_markdown(report, [])
    finding = next(line for line in md.splitlines() if line.startswith("- “A” uses hedging words"))
    assert "adjusted p < 0.001" in finding
    assert "&lt;" not in md and "| < 0.001 |" in md


def test_figures_take_tables_and_survive_dollar_signs_in_names() -> None:
    means = pd.DataFrame(
        {"group": ["$x$", "b"], "measure": "m", "mean": [1.0, 2.0], "ci_low": [0.5, 1.5], "ci_high": [1.5, 2.5]}
    )
    fig = plots.means_figure(means, [("m", "M $\\alpha$", "per 1,000 words")], ["$x$", "b"])
    assert isinstance(fig, Figure)
    svg, png = plots.render(fig)
    assert svg.startswith(b"<?xml") and png.startswith(b"\x89PNG")
    assert b"$x$" in svg  # the name drawn as written, not as math


def test_long_names_are_shortened_in_the_middle_so_their_ends_tell_them_apart() -> None:
    names = ["The Evening Courier and Gazette of Springfield", "The Evening Courier and Gazette of Shelbyville"]
    means = pd.DataFrame({"group": names, "measure": "m", "mean": [1.0, 2.0], "ci_low": 0.5, "ci_high": 2.5})
    svg, _ = plots.render(plots.means_figure(means, [("m", "M", "per 1,000 words")], names))
    assert "The Evening Courie…f Springfield".encode() in svg
    assert "The Evening Courie…f Shelbyville".encode() in svg


def test_aggregate_and_report_work_on_tables_only() -> None:
    """The design's direction: aggregate reads score tables, report reads aggregate tables; neither
    reaches back into scoring (pipeline, matching, corpora) or up into the CLI."""
    import ast
    from pathlib import Path

    root = Path(report_pkg.__file__).parent.parent
    # csvout and outputs are leaves like errors: how files are written, nothing of scoring; forking:
    # how worker processes are forked; wording: how a count is written; report_options: what a report is asked
    # tables: the score table's columns, which aggregate reads; aggregate.listed_groups counts with wording (u25)
    allowed = {
        "aggregate": {"aggregate", "tables", "wording"},
        "report": {"aggregate", "errors", "report", "report_options", "csvout", "outputs", "forking", "wording"},
    }
    for path in [*sorted((root / "aggregate").glob("*.py")), *sorted((root / "report").glob("*.py"))]:
        layer = path.parent.name
        package = ["framing", layer]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue
            base = package[: len(package) - node.level + 1]
            targets = [base + node.module.split(".")] if node.module else [base + [a.name] for a in node.names]
            for target in targets:
                assert target[1] in allowed[layer], f"{path.name} imports {'.'.join(target)}"


def many_groups(n_groups: int = 6, per_group: int = 8, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frames = []
    for g in range(n_groups):
        rate = rng.poisson(1 + g, per_group).astype(float)
        frames.append(
            pd.DataFrame(
                {
                    "id": [f"g{g}-{k}" for k in range(per_group)],
                    "outlet": f"G{g}",
                    "n_words": 400,
                    "hedging_count": rate,
                    "hedging_per_1k": rate,
                    "hedging_author_per_1k": rate,
                    "hedging_sentence_share": rate / 10,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("reference", [None, "G2"])
def test_beyond_the_group_cap_each_group_is_tested_against_the_rest_or_the_reference(
    monkeypatch: pytest.MonkeyPatch, reference
) -> None:
    """Every pair would be groups² tests: beyond the cap, one test per group, with a caveat."""
    from scipy import stats

    monkeypatch.setattr("framing.aggregate.stats.MAX_PAIRWISE_GROUPS", 4)
    table = many_groups()
    built = build_report(table, Options(n_boot=200, reference=reference, min_articles=2))
    pw = built.pairwise
    expected = [g for g in built.groups if g != reference]
    assert pw["a"].tolist() == expected and set(pw["b"]) == {reference or "all other groups"}
    for row in pw.itertuples():
        x = table.loc[table["outlet"] == row.a, "hedging_author_per_1k"]
        y = table.loc[
            table["outlet"] != row.a if reference is None else table["outlet"] == reference, "hedging_author_per_1k"
        ]
        u, p = stats.mannwhitneyu(x, y, method="asymptotic")
        assert (row.U, row.n_b) == (u, len(y)) and row.p == pytest.approx(p)
        assert row.mean_b == pytest.approx(y.mean())
    kinds = [c["kind"] for c in built.caveats]
    assert ("many_groups" in kinds) == (reference is None)
    if reference is None:
        message = next(c["message"] for c in built.caveats if c["kind"] == "many_groups")
        assert message.startswith(
            "6 groups would make 15 pairwise tests per signal; beyond 4 groups each group "
            "is tested against all other groups pooled instead"
        )
    std = built.std_diff.set_index("group")["comparison_mean"]
    for g in expected:
        other = table.loc[table["outlet"] != g if reference is None else table["outlet"] == reference]
        assert std[g] == pytest.approx(other["hedging_author_per_1k"].mean())


def test_figures_show_the_largest_groups_beyond_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("framing.aggregate.stats.MAX_PAIRWISE_GROUPS", 4)
    table = many_groups()
    table = table[~((table["outlet"] == "G0") & (table["id"].str.endswith(("-0", "-1"))))]  # G0 smallest
    built = build_report(table, Options(n_boot=200, min_articles=2))
    means = next(f for f in report_pkg.figures(built) if f["name"] == "means")
    assert means["caption"].endswith("The 4 largest of 6 groups; every group is in the tables.")
    labels = [t.get_text() for t in means["draw"]().axes[0].get_yticklabels()]
    assert "G0" not in labels and len(labels) == 4


def test_figures_drawn_in_worker_processes_are_those_drawn_here() -> None:
    r = build_report(scores(n=6), Options(n_boot=100, signals=["hedging"]))
    draws = [spec["draw"] for spec in report_pkg.figures(r)]
    here = report_pkg.render_all(draws)
    assert [size for _, _, size in here] == [
        (int(f.get_size_inches()[0] * 96), int(f.get_size_inches()[1] * 96)) for f in (make() for make in draws)
    ]
    assert report_pkg.render_all(draws, jobs=2) == here  # byte for byte: SVG, PNG and size


def test_figures_with_more_panels_are_drawn_first_and_given_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """And the work meant for the meantime is done once every figure is handed out."""
    r = build_report(scores(n=6), Options(n_boot=100, signals=["hedging", "sourcing_anonymous"]))
    specs = report_pkg.figures(r)
    assert [(s["name"], s["panels"]) for s in specs][:2] == [("means", 2), ("std_diff", 1)]
    draws = [s["draw"] for s in specs]
    submitted: list[int] = []

    class Pool:  # runs each call at once, noting the order calls came in
        def __init__(self, *args: object) -> None:
            pass

        def shutdown(self, **kwargs: object) -> None:
            pass

        def submit(self, fn: Any, make: Any, png: bool) -> Future:
            submitted.append(draws.index(make))
            done: Future = Future()
            done.set_result(fn(make, png))
            return done

    monkeypatch.setattr(report_pkg, "ProcessPoolExecutor", Pool)
    # no process is forked here, so a thread an earlier test left behind must not send the figures in-process
    monkeypatch.setattr(report_pkg.threading, "active_count", lambda: 1)
    costs = [1.0, 3.0] + [2.0] * (len(draws) - 2)
    drawn = report_pkg.render_all(draws, jobs=2, costs=costs, meanwhile=lambda: submitted.append(-1))
    assert submitted == [1, *range(2, len(draws)), 0, -1]
    assert drawn == report_pkg.render_all(draws)


def _killed() -> Figure:
    os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer ends a process
    raise AssertionError("not reached")


def test_a_figure_drawer_killed_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    """`compare --jobs 2` whose figure drawer the OOM killer ended stopped with a traceback, exit 1."""
    r = build_report(scores(n=6), Options(n_boot=100, signals=["hedging"]))
    draws = [spec["draw"] for spec in report_pkg.figures(r)]
    monkeypatch.setattr(report_pkg.threading, "active_count", lambda: 1)  # drawn in forked workers
    with pytest.raises(RunError, match="a worker process died"):
        report_pkg.render_all([_killed, *draws], jobs=2)


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


def test_a_sigterm_as_figure_drawers_start_leaves_none_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """`compare` terminated as its figure drawers were forked said "terminated; no output written" but did not
    end: a drawer forked before the pool had recorded it was never killed, and it held the run's stdout open."""
    import multiprocessing.context

    r = build_report(scores(n=6), Options(n_boot=100, signals=["hedging"]))
    draws = [spec["draw"] for spec in report_pkg.figures(r)]
    monkeypatch.setattr(report_pkg.threading, "active_count", lambda: 1)  # drawn in forked workers
    start = multiprocessing.context.ForkProcess.start

    def start_then_terminated(process: multiprocessing.context.ForkProcess) -> None:
        start(process)
        os.kill(os.getpid(), signal.SIGTERM)  # lands before the pool records the worker it just forked

    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", start_then_terminated)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with pytest.raises(_Stopped):
            report_pkg.render_all(draws, jobs=2)
        left = multiprocessing.active_children()
        for process in left:
            process.kill()
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert left == []


@pytest.mark.parametrize(("low", "high", "shown"), [(1.045, 2.0, "1.04–2.0"), (0.996, 2.0, "0.996–2.0")])
def test_a_ratio_interval_is_never_rounded_onto_1(report, low: float, high: float, shown: str) -> None:
    """Round u22: a lower bound of 1.045 read "(95% CI 1.0–1.8)", an interval seemingly touching 1 that does not;
    0.996 as "1.0" would hide one that crosses it. The finding and the pairs table show the bound's side of 1."""
    from framing.report.findings import state_findings

    pairwise = report.pairwise.copy()
    row = (pairwise["measure"] == "hedging") & (pairwise["a"] == "A") & (pairwise["b"] == "B")
    pairwise.loc[row, ["ratio_low", "ratio_high"]] = [low, high]
    info = {m.id: m for m in report.measures}
    finding = next(f for f in state_findings(pairwise, report.kruskal, info, report.options) if "“B”" in f)
    assert f"(95% CI {shown})" in finding
    page = render_html(dataclasses.replace(report, pairwise=pairwise), [])
    lo, hi = shown.split("–")
    assert f"<td>{lo}–{float(hi):.2f}</td>" in page
