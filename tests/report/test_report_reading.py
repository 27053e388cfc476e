"""The report read as an editor reads it (u22): terms listed as distinctive only where their z says so,
every pair of the tests table with its unit and its articles, a trend's points with the articles behind
them, and no "-0.00"."""

from __future__ import annotations

import pandas as pd

from framing.report import Options, build_report, figures, plots
from framing.report.html import _num, context, render_html, render_markdown


def scores(groups: dict[str, list[float]], dates: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """One row per article: its group and its own-voice hedging rate (500 words each)."""
    rows = []
    for outlet, rates in groups.items():
        for k, rate in enumerate(rates):
            row = {"id": f"{outlet}{k}", "outlet": outlet, "n_words": 500}
            row |= {"hedging_count": round(rate / 2), "hedging_per_1k": rate, "hedging_author_per_1k": rate}
            if dates:
                row["date"] = dates[outlet][k]
            rows.append(row)
    return pd.DataFrame(rows)


def test_only_terms_above_z_196_are_listed_as_distinctive() -> None:
    # Word counts of three groups, with their log-odds z worked out from the Monroe et al. formula:
    # A: alpha 5.26; B: gamma 3.75, common 1.957 (just under 1.96); C: beta 1.06 (2 uses), nothing else above 0.
    t = scores({"A": [1.0, 2, 3, 4, 5], "B": [1.5, 2.5, 3.5, 4.5, 5.5], "C": [2.0, 3, 4, 5, 6]})
    words = pd.DataFrame(
        {
            "id": ["A0", "A0", "B0", "B0", "C0", "C0", "C0", "C0"],
            "term": ["alpha", "common", "common", "gamma", "common", "alpha", "gamma", "beta"],
            "count": [60, 40, 60, 40, 50, 30, 20, 2],
        }
    )
    report = build_report(t, Options(n_boot=200), term_counts=words)
    overall = report.terms[report.terms["scope"] == "overall"].set_index(["group", "term"])["z"]
    assert round(overall[("B", "common")], 3) == 1.957 and round(overall[("C", "beta")], 2) == 1.06
    listed = {g["group"]: [term for term, _, _ in g["terms"]] for g in context(report, [])["terms"][0]["groups"]}
    assert listed == {"A": ["alpha"], "B": ["gamma"], "C": []}
    md = render_markdown(report, [])
    assert "- **A**: alpha (5.3)\n" in md
    assert "- **B**: gamma (3.7)\n" in md
    assert "- **C**: no term above z = 1.96\n" in md
    assert "beta" not in md and "common (2.0)" not in md
    page = render_html(report, [])
    assert '<p class="note">no term above z = 1.96</p>' in page
    assert "beta" not in page


def test_the_pairs_table_gives_each_pair_its_unit_and_its_articles() -> None:
    t = scores({"Low": [0.5 + 0.1 * k for k in range(12)], "High": [6.0 + 0.1 * k for k in range(9)]})
    report = build_report(t, Options(n_boot=200))
    md = render_markdown(report, [])
    assert "| signal | unit | a | b | articles a / b | mean a | mean b |" in md
    # High's 9 rates average 6.40 and Low's 12 average 1.05; every High article is above every Low one
    assert "| Hedging (own voice) | per 1,000 words | High | Low | 9 / 12 | 6.40 | 1.05 | 6.10 |" in md
    page = render_html(report, [])
    assert (
        '<td class="text">per 1,000 words</td><td class="text">High</td><td class="text">Low</td><td>9 / 12</td>'
        in page
    )


def test_the_trend_caption_says_how_many_articles_each_point_rests_on() -> None:
    # A has 3, 4 and 1 articles in January, February and March; B 2, 3 and 3: six points, median 3,
    # from 1 to 4, and one point (A in March) of one article, drawn without a band.
    months = {"A": ["01"] * 3 + ["02"] * 4 + ["03"], "B": ["01"] * 2 + ["02"] * 3 + ["03"] * 3}
    dates = {g: [f"2024-{m}-1{k % 9}" for k, m in enumerate(ms)] for g, ms in months.items()}
    t = scores({"A": [float(k) for k in range(8)], "B": [float(k + 1) for k in range(8)]}, dates)
    report = build_report(t, Options(n_boot=200, period="month"))
    caption = next(f["caption"] for f in figures(report) if f["name"] == "trends")
    assert caption.endswith(
        "A point is the mean of the group's articles in that month: 3 in the median month (from 1 to 4), "
        "so a single month moves a lot; 1 point of one article has no band."
    )
    two = {"A": ["01"] * 2 + ["02"] * 2 + ["03"] * 2, "B": ["01"] * 2 + ["02"] * 2 + ["03"] * 2}
    dates = {g: [f"2024-{m}-1{k}" for k, m in enumerate(ms)] for g, ms in two.items()}
    t = scores({"A": [float(k) for k in range(6)], "B": [float(k + 1) for k in range(6)]}, dates)
    report = build_report(t, Options(n_boot=200, period="month", min_articles=2))
    caption = next(f["caption"] for f in figures(report) if f["name"] == "trends")
    assert caption.endswith("2 in the median month (from 2 to 2), so a single month moves a lot.")


def test_a_number_that_rounds_to_zero_is_written_without_a_minus() -> None:
    assert _num(-0.001) == "0.00"
    assert _num(-0.0) == "0.00"
    assert _num(-0.004, 3) == "-0.004"
    assert _num(-0.5) == "-0.50"
    assert _num(-1234.5) == "-1,234.50"


def test_the_means_table_and_figure_give_each_groups_articles() -> None:
    # u23: the means gave no n (the overview did); A has 5 articles, B 7
    t = scores({"A": [1.0, 2, 3, 4, 5], "B": [2.0, 3, 4, 5, 6, 7, 0]})
    report = build_report(t, Options(n_boot=200))
    shown = context(report, [])
    assert shown["mean_n"] == ["5", "7"]
    md = render_markdown(report, [])
    assert "| articles (n) | | 5 | 7 |\n" in md
    html = render_html(report, [])
    assert '<tr><td>articles (n)</td><td class="text"></td><td>5</td><td>7</td></tr>' in html
    figure = plots.means_figure(report.means, [("hedging", "Hedging", "per 1,000 words")], report.groups)
    assert [label.get_text() for label in figure.axes[0].get_yticklabels()] == ["A (n = 5)", "B (n = 7)"]


def test_report_md_gives_each_figure_its_caption() -> None:
    """Round u24: report.md drew the trend figure without its caption, so a reader of the Markdown never learnt
    that a month's point rests on a few articles; the HTML said so under the figure."""
    months = {"A": ["01"] * 3 + ["02"] * 4 + ["03"], "B": ["01"] * 2 + ["02"] * 3 + ["03"] * 3}
    dates = {g: [f"2024-{m}-1{k % 9}" for k, m in enumerate(ms)] for g, ms in months.items()}
    t = scores({"A": [float(k) for k in range(8)], "B": [float(k + 1) for k in range(8)]}, dates)
    report = build_report(t, Options(n_boot=200, period="month"))
    drawn = figures(report)
    page = render_markdown(report, drawn)
    for name in ("means", "std_diff", "trends"):
        caption = next(f["caption"] for f in drawn if f["name"] == name)
        assert caption in page.replace("\\", "")  # the Markdown escapes taken off


def test_a_term_of_punctuation_is_listed_with_its_name() -> None:
    """Round u24: USA Today's doubt term "?" (the lexicon's rhetorical question) was listed "? (2.0)" in PolNeAR."""
    t = scores({"A": [1.0, 2, 3, 4, 5], "B": [1.5, 2.5, 3.5, 4.5, 5.5]})
    words = pd.DataFrame({"id": ["A0", "A0", "B0"], "term": ["?", "alpha", "alpha"], "count": [60, 10, 40]})
    report = build_report(t, Options(n_boot=200), term_counts=words)
    assert "- **A**: question mark “?” (" in render_markdown(report, [])
