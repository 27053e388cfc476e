"""Report honesty: findings an editor can quote (enough articles and matches, no ratio of near-zero
rates, no open interval, no single group filling the list) and caveats that name what to do."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from framing import aggregate as ag
from framing.report import Options, build_report, plots
from framing.report.findings import MAX_PER_GROUP


def table(
    groups: dict[str, tuple[int, float]],
    signals: tuple[str, ...] = ("hedging",),
    seed: int = 0,
    start: str = "2024-01-01",
) -> pd.DataFrame:
    """Articles per group with a gamma-distributed rate of `scale` per signal (500 words each)."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, (n, scale) in groups.items():
        for k in range(n):
            row = {
                "id": f"{outlet}{k}",
                "outlet": outlet,
                "n_words": 500,
                "date": (pd.Timestamp(start) + pd.Timedelta(days=3 * k)).date().isoformat(),
            }
            for s in signals:
                rate = rng.gamma(2.0, scale / 2) if scale else 0.0
                row |= {f"{s}_count": round(rate / 2), f"{s}_per_1k": rate, f"{s}_author_per_1k": rate}
            rows.append(row)
    return pd.DataFrame(rows)


def test_a_group_with_fewer_matches_than_min_hits_is_never_named_in_a_finding() -> None:
    t = table({"Big": (60, 0.0), "Other": (60, 0.0), "Tiny": (6, 0.0)})
    t.loc[t["outlet"] == "Tiny", ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [1, 2.0, 2.0]
    t.loc[t.index[:3], ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [1, 2.0, 2.0]
    strict = build_report(t, Options(n_boot=200, min_hits=10))
    assert not any("“Tiny” uses" in f for f in strict.findings)
    assert strict.findings == [
        "No group has at least 10 matches (--min-hits; for own-voice rates and shares: articles with a match) on a "
        "signal where it is ahead of another: no finding to state."
    ]
    loose = build_report(t, Options(n_boot=200, min_hits=5))
    assert loose.findings[0].startswith("“Tiny” uses hedging words in its own voice")


def test_a_signal_in_every_article_of_a_small_corpus_is_not_said_to_be_found_in_only_a_few() -> None:
    # 16 articles, each with own-voice hedging: fewer than 20 articles in all is the caveat's reason, and
    # "found in only 16 articles (100%)" would contradict itself
    t = table({"A": (8, 4.0), "B": (8, 4.0)})
    t[["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [2, 4.0, 4.0]
    messages = [c["message"] for c in build_report(t, Options(n_boot=200)).caveats if c["kind"] == "few_hits"]
    assert messages == [
        "Hedging (own voice): found in 16 of the 16 articles (100%): common, but the corpus is small — any "
        "difference rests on these 16."
    ]
    t[["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [0, 0.0, 0.0]
    t.loc[t.index[:3], ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [1, 2.0, 2.0]
    messages = [c["message"] for c in build_report(t, Options(n_boot=200)).caveats if c["kind"] == "few_hits"]
    assert messages == ["Hedging (own voice): found in only 3 articles (19%) — any difference rests on these 3."]


def test_an_evidence_table_of_another_run_is_named_not_silently_dropped() -> None:
    t = table({"A": (10, 4.0), "B": (10, 4.0)})
    other_run = pd.DataFrame(
        [
            {
                "id": f"elsewhere{k}",
                "part": "body",
                "signal": "hedging",
                "entry": "may",
                "sentence": 0,
                "start": 4,
                "end": 7,
                "text": "may",
                "sentence_text": "They may go.",
                "voice": "author",
                "negated": False,
            }
            for k in range(3)
        ]
    )
    r = build_report(t, Options(n_boot=200), evidence=other_run)
    assert (
        "None of the 3 matches in the evidence table belongs to an article compared here (are the score table "
        "and the evidence table from one `framing score` run?), so there are no distinctive terms per signal and "
        "no example sentences."
    ) in r.notes
    same_run = other_run.assign(id=["A0", "A1", "B0"])
    assert not any(n.startswith("None of the") for n in build_report(t, Options(n_boot=200), evidence=same_run).notes)


def test_a_finding_names_the_articles_behind_each_mean_in_the_order_it_names_the_groups() -> None:
    t = table({"Alpha": (20, 0.0), "Beta": (40, 0.0)})
    t[["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [1, 2.0, 2.0]
    beta = t["outlet"] == "Beta"
    t.loc[beta, ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [4, 8.0, 8.0]
    finding = build_report(t, Options(n_boot=200)).findings[0]
    assert finding.startswith("“Beta” uses hedging words in its own voice 4.0× ")  # Beta named first: its n first
    assert finding.endswith("; 40 and 20 articles).")


def test_a_ratio_over_a_near_zero_rate_is_stated_as_a_difference() -> None:
    t = table({"Loud": (60, 4.0), "Quiet": (60, 0.0)})
    quiet = t["outlet"] == "Quiet"
    t.loc[quiet, ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [0, 0.0, 0.0]
    t.loc[t.index[quiet][:6], ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]] = [1, 2.0, 2.0]
    r = build_report(t, Options(n_boot=300))
    means = t.groupby("outlet")["hedging_author_per_1k"].mean()
    assert means["Quiet"] < 0.5
    assert r.findings == [
        f"“Loud” uses hedging words in its own voice more often than “Quiet”: {means['Loud']:.2f} against {means['Quiet']:.2f} per "
        f"1,000 words, {means['Loud'] - means['Quiet']:.2f} more per 1,000 words (Cliff's δ = "
        + r.findings[0].split("Cliff's δ = ")[1]
    ]
    assert "×" not in r.findings[0] and "∞" not in r.findings[0]


def test_a_mean_pulled_against_the_articles_ranks_makes_no_finding() -> None:
    """Round u20, three PolNeAR outlets: "“breitbart” uses loaded words in its own voice 1.1× (95% CI 0.7–1.6)
    as often as “nyt” (Cliff's δ = -0.19 ...)": most of Breitbart's articles rank lower, a few high ones pull its
    mean up, and the significant test is about the ranks. Such a pair is stated backwards: no finding."""
    t = table({"Few": (60, 0.0), "Many": (60, 0.0)})
    rate = ["hedging_count", "hedging_per_1k", "hedging_author_per_1k"]
    many, few = t["outlet"] == "Many", t["outlet"] == "Few"
    t.loc[many, rate] = [1, 2.0, 2.0]  # every article of Many hedges a little
    t.loc[t.index[few][:10], rate] = [10, 20.0, 20.0]  # ten of Few's a lot (mean 3.33), the other 50 not at all
    r = build_report(t, Options(n_boot=200, min_hits=5))
    pair = r.pairwise.iloc[0]
    ahead = pair["a"] if pair["mean_a"] > pair["mean_b"] else pair["b"]
    assert ahead == "Few" and pair["p_adj"] < 0.05 and pair["cliffs_delta"] * (pair["mean_a"] - pair["mean_b"]) < 0
    assert r.findings == [
        "Groups differ beyond chance only where the group with the higher mean has the lower-ranked articles (a few "
        "high scores pull its mean up): no finding to state. The largest such gap, not a finding: “Few” uses hedging "
        "words in its own voice 1.7× (95% CI " + r.findings[0].split("(95% CI ")[1]
    ]
    assert r.findings[0].endswith(
        "as often as “Many”: 3.33 against 2.00 per 1,000 words (Cliff's δ = -0.67, large; adjusted p < 0.001; 60 and 60 articles)."
    )
    t.loc[t.index[few][:10], rate] = [1, 1.0, 1.0]  # now Many is ahead by both its mean and its ranks
    assert (
        build_report(t, Options(n_boot=200, min_hits=5))
        .findings[0]
        .startswith(
            "“Many” uses hedging words in its own voice more often than “Few”: 2.00 against 0.17 per 1,000 words"
        )
    )


def test_no_group_fills_the_list_of_findings() -> None:
    signals = tuple(f"s{k}" for k in range(6))
    t = table({"Loud": (50, 2.0), "A": (50, 2.0), "B": (50, 2.0), "C": (50, 2.0)}, signals)
    for s in signals[:3]:  # "Loud" stands out most on three signals
        t.loc[t["outlet"] == "Loud", f"{s}_author_per_1k"] *= 6
    for k, s in enumerate(signals[3:]):  # A, B and C each a little less on one signal
        t.loc[t["outlet"] == "ABC"[k], f"{s}_author_per_1k"] *= 2
    r = build_report(t, Options(n_boot=200))
    leads = [f.split("”")[0].lstrip("“") for f in r.findings]
    deltas = r.pairwise.assign(d=r.pairwise["cliffs_delta"].abs()).groupby("measure")["d"].max()
    assert deltas[list(signals[:3])].min() > deltas[list(signals[3:])].max()
    assert leads[:MAX_PER_GROUP] == ["Loud", "Loud"] and sorted(leads[2:5]) == ["A", "B", "C"] and leads[5] == "Loud"


def test_look_alike_names_get_the_command_that_merges_them_and_dropped_ones_a_hint() -> None:
    t = table({"Newsmax": (30, 2.0), "Newsmax - News": (8, 2.0), "fox": (30, 2.0), "FOX": (2, 2.0)})
    r = build_report(t, Options(n_boot=200))
    messages = {c["kind"]: [] for c in r.caveats}
    for c in r.caveats:
        messages[c["kind"]].append(c["message"])
    assert messages["look_alike"] == [
        "These outlet names look like one group but are counted apart: “FOX” (2), “fox” (30). To merge them, add "
        "--normalize-groups (it keeps the most frequent spelling, “fox”).",
        "These outlet names look like one group but are counted apart: “Newsmax” (30), “Newsmax - News” (8). To "
        "merge them, add --group-map FILE, a CSV file with the header from,to and the rows: Newsmax - News,Newsmax.",
    ]
    assert messages["dropped"] == ["Left out for having fewer than 5 articles: “FOX” (2; looks like “fox”)."]


def test_different_periods_and_topic_mixes_are_caveats_with_the_common_window() -> None:
    early = table({"Old": (30, 2.0)}, start="2012-01-01")
    late = table({"New": (30, 2.0), "Newer": (30, 2.0)}, start="2015-01-01", seed=1)
    t = pd.concat([early, late], ignore_index=True)
    t["topic"] = np.where(t["outlet"] == "Old", "sport", "politics")
    r = build_report(t, Options(n_boot=200))
    by_kind = {c["kind"]: c["message"] for c in r.caveats}
    assert by_kind["coverage"] == (
        "The groups cover different periods (“New” 2015-01-01 to 2015-03-29; “Newer” 2015-01-01 to 2015-03-29; "
        "“Old” 2012-01-01 to 2012-03-28): no period is covered by all of them. Differences may be changes over "
        "time rather than between groups."
    )
    assert by_kind["topic_mix"].startswith(
        "The groups cover different topics (column “topic”, 2 values; most "
        "frequent per group: “New” 100% “politics”; “Newer” 100% “politics”; "
        "“Old” 100% “sport”)"
    )
    overlapping = t[t["outlet"] != "Old"].copy()
    overlapping.loc[overlapping["outlet"] == "Newer", "date"] = "2015-02-01"
    overlapping.loc[overlapping.index[-1], "date"] = "2016-06-01"
    msg = {c["kind"]: c["message"] for c in build_report(overlapping, Options(n_boot=200)).caveats}
    assert (
        "they overlap only from 2015-02-01 to 2015-03-29; to compare the same period, add --since "
        "2015-02-01 --until 2015-03-29" in msg["coverage"]
    )
    assert "topic_mix" not in msg
    overlapping.loc[overlapping["outlet"] == "Newer", "date"] = None
    overlapping.loc[overlapping.index[-4:], "date"] = "2016-06-01"  # 4 dated articles make no period
    assert "coverage" not in {c["kind"] for c in build_report(overlapping, Options(n_boot=200)).caveats}


def test_look_alikes_fold_case_punctuation_spacing_and_generic_endings_only() -> None:
    assert ag.look_alikes(
        ["Fox News", "fox", "FOX  NEWS", "Guest Writer - Right", "Guest Writer - Left", "nytimes.com", "NYTimes"]
    ) == [["FOX  NEWS", "Fox News", "fox"], ["NYTimes", "nytimes.com"]]


def test_basil_names_its_look_alikes_and_merged_reports_no_finding_from_a_small_group(
    shared_data, tmp_path, analyzer
) -> None:
    from framing.comparison import load_inputs

    files = sorted((shared_data / "basil" / "articles").glob("*/*.json"))
    corpus = tmp_path / "basil.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for path in files:
            doc = json.loads(path.read_text(encoding="utf-8"))
            text = "\n\n".join(" ".join(s.strip() for s in p if s.strip()) for p in doc["body-paragraphs"])
            fh.write(
                json.dumps(
                    {
                        "id": path.stem,
                        "outlet": doc["source"],
                        "date": doc.get("date"),
                        "title": doc.get("title"),
                        "text": text,
                    }
                )
                + "\n"
            )
    inputs = load_inputs(corpus, None, analyzer.lexicons)
    sizes = inputs.scores["outlet"].value_counts()
    plain = build_report(inputs.scores, Options(n_boot=200))
    alike = [c["message"] for c in plain.caveats if c["kind"] == "look_alike"]
    assert len(alike) == 3 and all("add --normalize-groups" in m for m in alike)
    dropped = next(c["message"] for c in plain.caveats if c["kind"] == "dropped")
    assert "looks like “fox”" in dropped and "looks like “hpo”" in dropped and "looks like “nyt”" in dropped
    merged = build_report(inputs.scores, Options(n_boot=200, normalize_groups=True))
    assert merged.groups == ["fox", "hpo", "nyt"] and not any(c["kind"] == "look_alike" for c in merged.caveats)
    small = {g for g, n in sizes.items() if n < merged.options.min_articles}
    assert small == {"FOX", "HPO", "NYT"}
    assert merged.findings and not any(f"“{g}”" in f for f in merged.findings for g in small)


def _trend_rows(n_groups: int, measures: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "group": f"G{g}",
                "period": pd.Timestamp(f"2024-0{p}-01").date(),
                "measure": m,
                "n": 5,
                "mean": g + p,
                "ci_low": g,
                "ci_high": g + 2 * p,
            }
            for g in range(n_groups)
            for p in (1, 2, 3)
            for m in measures
        ]
    )


def test_trend_lines_stay_distinct_up_to_twenty_groups_then_become_small_multiples() -> None:
    measures = [("hedging", "Hedging", "per 1,000 words"), ("certainty", "Certainty", "per 1,000 words")]
    groups = [f"G{g}" for g in range(20)]
    fig = plots.trends_figure(_trend_rows(20, ("hedging", "certainty")), measures, groups, "month")
    lines = fig.axes[0].get_lines()
    assert len(lines) == 20 and len({ln.get_color() for ln in lines}) == 20
    assert len({(ln.get_color(), ln.get_linestyle(), ln.get_marker()) for ln in lines}) == 20
    many = [f"G{g}" for g in range(21)]
    fig = plots.trends_figure(_trend_rows(21, ("hedging", "certainty")), measures, many, "month")
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 21 * 2 and all(len(ax.get_lines()) == 1 for ax in visible)


def test_a_two_class_model_is_compared_once_on_its_positive_class() -> None:
    def ids(columns: list[str]) -> list[str]:
        return [m.id for m in ag.find_measures(columns, "per_1k")]

    assert ids(["model_non_biased_share", "model_biased_share"]) == ["model_biased"]
    assert ids(["model_biased_prob", "model_non_biased_prob", "model_label"]) == ["model_biased"]
    assert ids(["model_left_share", "model_right_share"]) == ["model_left"]
    assert ids(["model_a_share", "model_b_share", "model_c_share"]) == ["model_a", "model_b", "model_c"]
    assert [
        m.id for m in ag.find_measures(["model_biased_share", "model_non_biased_share"], "per_1k", ["model_non_biased"])
    ] == ["model_non_biased"]


def test_every_shipped_signal_has_a_natural_phrase_in_findings(analyzer) -> None:
    from framing.report.findings import PHRASES

    assert sorted(set(analyzer.lexicons.signals) - set(PHRASES)) == []
    assert not any(p.endswith("sources terms") for p in PHRASES.values())


def test_the_length_caveat_writes_word_counts_as_the_overview_table_does() -> None:
    """Round u20: "the median article of “nyt” has 1162 words" beside the overview's "1,162"."""
    t = table({"Long": (20, 4.0), "Short": (20, 4.0)})
    t["n_words"] = np.where(t["outlet"] == "Long", 1162, 354)
    messages = [c["message"] for c in build_report(t, Options(n_boot=200)).caveats if c["kind"] == "length"]
    assert messages == [
        "Article lengths differ a lot between groups: the median article of “Long” has 1,162 words, of “Short” 354 "
        "(3.3×). Rates in short texts jump between zero and large values, so compare them with care."
    ]


def test_every_word_of_the_heatmap_is_inside_the_figure() -> None:
    """Round u20, three outlets and thirteen measures: the colour bar's label, "standardized difference (SD
    units)", was longer than the bar it is set along and ran off the top of the figure ("(SD units" cut)."""
    import matplotlib.text

    groups = ["breitbart", "nyt", "west-journal"]
    measures = [(f"m{k}", f"Sentences citing measure {k}", "% of sentences") for k in range(13)]
    std = pd.DataFrame(
        [{"group": g, "measure": m, "std_diff": 0.1 * k - 0.5} for k, g in enumerate(groups) for m, _, _ in measures]
    )
    for groups_now in (groups, groups[:2]):
        fig = plots.heatmap_figure(std[std["group"].isin(groups_now)], measures, groups_now, "all other groups")
        plots.render(fig, png=True)
        box, renderer = fig.bbox, fig.canvas.get_renderer()
        words = [t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text()]
        assert "SD units" in [t.get_text() for t in words]
        for t in words:
            extent = t.get_window_extent(renderer)
            assert box.x0 <= extent.x0 and extent.x1 <= box.x1 + 0.5, t.get_text()
            assert box.y0 <= extent.y0 and extent.y1 <= box.y1 + 0.5, t.get_text()


def test_no_finding_names_a_group_mostly_in_another_language_on_a_signal() -> None:
    """SemEval-2025's Russian documents grouped against the English ones, scored with English lexicons: "“EN”
    uses hedging words in its own voice where “RU” uses none" was a finding about the lexicons (u25)."""
    rows = [{"id": f"en{k}", "language": "EN", "n_words": 400, "hedging_count": 2 + k % 3} for k in range(40)]
    rows += [{"id": f"ru{k}", "language": "RU", "n_words": 200, "hedging_count": 0} for k in range(40)]
    for r in rows:
        r["hedging_per_1k"] = r["hedging_author_per_1k"] = 1000 * r["hedging_count"] / r["n_words"]
        r["narrative_urw_praise_of_russia"] = float(r["id"].startswith("ru") and int(r["id"][2:]) % 2 == 0)
        r["narrative_urw_praise_of_russia_prob"] = 0.9 * r["narrative_urw_praise_of_russia"]
    table, options = pd.DataFrame(rows), Options(by="language", n_boot=200)
    plain = build_report(table, options)
    assert any("hedging" in f.lower() and "“RU”" in f for f in plain.findings), plain.findings
    report = build_report(table, options, other_language=[f"ru{k}" for k in range(39)])
    assert not any("hedging" in f.lower() for f in report.findings), report.findings
    assert any("narrative" in f for f in report.findings), report.findings
    caveat = next(c["message"] for c in report.caveats if c["kind"] == "other_language")
    assert caveat.startswith("“RU”: 39 of its 40 articles read as another language than the lexicons'")
    few = build_report(table, options, other_language=["en0", "ru0"])  # under half of each group: no change
    assert few.findings == plain.findings and not any(c["kind"] == "other_language" for c in few.caveats)
