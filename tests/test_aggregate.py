"""Group statistics against reference values: SciPy for the tests, hand arithmetic for log-odds,
simulation for the bootstrap's coverage."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing import aggregate as ag

RATE = ag.Measure("hedging", "hedging_per_1k", "rate", "hedging_count")


def table(groups: dict[str, list[float]], column: str = "hedging_per_1k") -> pd.DataFrame:
    rows = [{"outlet": g, column: v, "hedging_count": int(v > 0)} for g, values in groups.items() for v in values]
    return pd.DataFrame(rows)


SAMPLES = {
    "A": [0.0, 1.5, 2.0, 2.0, 7.1, 3.3, 0.0, 4.4],
    "B": [5.0, 6.2, 2.0, 9.9, 8.1, 7.7, 6.6],
    "C": [0.0, 0.0, 1.1, 2.0, 0.5, 0.0],
}


def test_kruskal_matches_scipy() -> None:
    out = ag.kruskal_tests(table(SAMPLES), "outlet", [RATE]).iloc[0]
    h, p = stats.kruskal(*SAMPLES.values())
    assert out["H"] == pytest.approx(h) and out["p"] == pytest.approx(p)
    assert out["df"] == 2 and out["epsilon2"] == pytest.approx(h / (21 - 1))


def test_mann_whitney_and_cliffs_delta_match_scipy_and_brute_force() -> None:
    t = table(SAMPLES)
    _, reps = ag.group_means(t, "outlet", [RATE], n_boot=200)
    out = ag.pairwise_tests(t, "outlet", [RATE], reps, ag.pairs_of(["A", "B", "C"]))
    assert list(zip(out["a"], out["b"])) == [("A", "B"), ("A", "C"), ("B", "C")]
    for row in out.itertuples():
        x, y = SAMPLES[row.a], SAMPLES[row.b]
        ref = stats.mannwhitneyu(x, y, alternative="two-sided")
        assert row.U == pytest.approx(ref.statistic) and row.p == pytest.approx(ref.pvalue)
        brute = (sum(a > b for a in x for b in y) - sum(a < b for a in x for b in y)) / (len(x) * len(y))
        assert row.cliffs_delta == pytest.approx(brute)
        assert row.ratio == pytest.approx(np.mean(x) / np.mean(y))
        assert row.ratio_low <= row.ratio <= row.ratio_high
    assert np.allclose(out["p_adj"], stats.false_discovery_control(out["p"]))


def test_bh_adjustment_by_hand_and_nan_stays_outside_the_family() -> None:
    adjusted = ag.bh_adjust([0.01, 0.04, np.nan, 0.03, 0.005])
    assert np.allclose(adjusted[[0, 1, 3, 4]], [0.02, 0.04, 0.04, 0.02])
    assert math.isnan(adjusted[2])


def test_identical_scores_are_untestable_not_an_error() -> None:
    t = table({"A": [0.0, 0.0, 0.0], "B": [0.0, 0.0]})
    assert math.isnan(ag.kruskal_tests(t, "outlet", [RATE]).iloc[0]["p"])
    _, reps = ag.group_means(t, "outlet", [RATE], n_boot=100)
    row = ag.pairwise_tests(t, "outlet", [RATE], reps, [("A", "B")]).iloc[0]
    assert math.isnan(row["p"]) and row["cliffs_delta"] == 0 and math.isnan(row["ratio"])


def test_cliff_labels_follow_romano_thresholds() -> None:
    assert [ag.cliff_label(d) for d in (0.1, -0.2, 0.4, -0.9)] == ["negligible", "small", "medium", "large"]


def test_log_odds_by_hand_on_a_toy_corpus() -> None:
    # a: x10 y1 z1 (n=12); b: x2 z8 (n=10); prior a_w = corpus count, a0 = 22.
    counts = pd.DataFrame(
        {"group": ["a", "a", "a", "b", "b"], "term": ["x", "y", "z", "x", "z"], "count": [10, 1, 1, 2, 8]}
    )
    out = ag.log_odds(counts).set_index(["group", "term"])
    # term x in a: y=10, y'=2, a_x=12: log(22 / (12+22-22)) - log(14 / (10+22-14))
    delta = math.log(22 / 12) - math.log(14 / 18)
    se = math.sqrt(1 / 22 + 1 / 14)
    assert out.loc[("a", "x"), "delta"] == pytest.approx(delta) == pytest.approx(0.857450, abs=1e-6)
    assert out.loc[("a", "x"), "se"] == pytest.approx(se)
    assert out.loc[("a", "x"), "z"] == pytest.approx(delta / se) == pytest.approx(2.508, abs=1e-3)
    # term y in b: y=0, y'=1, a_y=1: log(1 / (10+22-1)) - log(2 / (12+22-2))
    assert out.loc[("b", "y"), "delta"] == pytest.approx(math.log(1 / 31) - math.log(2 / 32))
    # with two groups, each group's score is the other's mirror image
    assert out.loc[("b", "x"), "z"] == pytest.approx(-out.loc[("a", "x"), "z"])
    assert ag.log_odds(counts).groupby("group")["z"].first().round(3).to_dict() == {"a": 2.508, "b": 2.511}


def test_log_odds_of_a_one_term_vocabulary_is_undefined_without_a_warning() -> None:
    # one signal whose only matched term is "may": its odds against no other term are 10/0 in both groups;
    # numpy's divide-by-zero warnings used to reach the terminal of `framing compare`
    counts = pd.DataFrame({"group": ["a", "b"], "term": ["may", "may"], "count": [3, 5]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = ag.log_odds(counts)
    assert list(out["term"]) == ["may", "may"] and out["delta"].isna().all()


def test_log_odds_of_a_term_used_in_proportion_is_zero_and_rare_terms_shrink() -> None:
    counts = pd.DataFrame(
        {
            "group": ["a", "b", "a", "b", "a", "b"],
            "term": ["the", "the", "war", "war", "rare", "odd"],
            "count": [100, 100, 20, 20, 2, 2],
        }
    )
    out = ag.log_odds(counts).set_index(["group", "term"])
    assert out.loc[("a", "the"), "z"] == pytest.approx(0) and out.loc[("a", "war"), "z"] == pytest.approx(0)
    assert 0 < out.loc[("a", "rare"), "z"] < 1.96  # seen twice, in one group only: not distinctive yet


def test_log_odds_against_a_reference_group() -> None:
    counts = pd.DataFrame(
        {"group": ["a", "b", "c", "a", "c"], "term": ["x", "x", "x", "y", "y"], "count": [5, 1, 5, 1, 5]}
    )
    out = ag.log_odds(counts, reference="b")
    assert set(out["group"]) == {"a", "c"}
    assert out.set_index(["group", "term"]).loc[("a", "x"), "count_other"] == 1


def test_bootstrap_interval_covers_the_true_mean_at_about_the_nominal_rate() -> None:
    rng = np.random.default_rng(42)
    shape, scale, n, groups = 2.0, 3.0, 60, 400
    values = rng.gamma(shape, scale, size=(groups, n))  # skewed, like rates per 1,000 words
    t = pd.DataFrame(
        {
            "outlet": np.repeat([f"g{k:03d}" for k in range(groups)], n),
            "hedging_per_1k": values.ravel(),
            "hedging_count": 1,
        }
    )
    means, _ = ag.group_means(t, "outlet", [RATE], n_boot=1000, seed=1)
    coverage = ((means["ci_low"] <= shape * scale) & (shape * scale <= means["ci_high"])).mean()
    assert 0.91 <= coverage <= 0.98, coverage


def test_bootstrap_replicates_center_on_the_sample_mean_for_every_column() -> None:
    values = np.random.default_rng(0).exponential(size=(500, 3)) * [1, 10, 100]
    reps = ag.bootstrap_means(values, 2000, np.random.default_rng(0))
    assert reps.shape == (2000, 3)
    assert np.allclose(reps.mean(axis=0), values.mean(axis=0), rtol=0.01)
    assert np.allclose(reps.std(axis=0), values.std(axis=0) / math.sqrt(500), rtol=0.1)


def test_group_means_are_reproducible_with_a_seed() -> None:
    a, _ = ag.group_means(table(SAMPLES), "outlet", [RATE], n_boot=300, seed=7)
    b, _ = ag.group_means(table(SAMPLES), "outlet", [RATE], n_boot=300, seed=7)
    pd.testing.assert_frame_equal(a, b)
    assert a.set_index("group").loc["B", "mean"] == pytest.approx(np.mean(SAMPLES["B"]))


def test_standardized_difference_by_hand() -> None:
    t = table({"A": [1.0, 2.0, 3.0], "B": [3.0, 4.0, 5.0]})
    out = ag.standardized_differences(t, "outlet", [RATE]).set_index("group")
    assert out.loc["A", "std_diff"] == pytest.approx(-2.0)  # (2 - 4) / sqrt((1 + 1) / 2)
    ref = ag.standardized_differences(t, "outlet", [RATE], reference="A")
    assert list(ref["group"]) == ["B"] and ref.iloc[0]["std_diff"] == pytest.approx(2.0)


def test_find_measures_reads_signals_and_sourcing_shares_but_not_voice_columns() -> None:
    cols = [
        "id",
        "outlet",
        "n_words",
        "hedging_count",
        "hedging_per_1k",
        "hedging_author_per_1k",
        "hedging_sentence_share",
        "escalation_count",
        "escalation_per_1k",
        "escalation_author_per_1k",
        "sourcing_anonymous",
        "sourcing_attributions",
        "sourcing_loaded_cues",
    ]
    assert [m.id for m in ag.find_measures(cols)] == ["hedging", "escalation", "sourcing_anonymous"]
    own = ag.find_measures(cols, "author_per_1k", ["escalation"])
    assert own == [ag.Measure("escalation", "escalation_author_per_1k", "rate", None)]  # _count is all voices
    assert ag.find_measures(cols, "sentence_share")[0].kind == "share"
    with pytest.raises(KeyError):
        ag.find_measures(cols, signals=["hedgin"])


def test_normalize_groups_folds_case_to_the_most_common_spelling_and_maps_names() -> None:
    values = pd.Series(["hpo"] * 3 + ["HPO", " fox ", "FOX", "fox", "nyt"])
    folded, merges = ag.normalize_groups(values, fold=True)
    assert folded.tolist() == ["hpo"] * 4 + ["fox"] * 3 + ["nyt"]
    assert merges == {"hpo": ["HPO", "hpo"], "fox": ["FOX", "fox"]}
    mapped, merges = ag.normalize_groups(values, fold=True, mapping={"HPO": "HuffPost", "Fox": "Fox News"})
    assert mapped.tolist() == ["HuffPost"] * 4 + ["Fox News"] * 3 + ["nyt"]
    assert merges["HuffPost"] == ["HPO", "hpo"]
    plain, merges = ag.normalize_groups(values)
    assert plain.tolist() == ["hpo"] * 3 + ["HPO", "fox", "FOX", "fox", "nyt"] and merges == {}


def test_choose_period_takes_the_finest_period_whose_typical_point_rests_on_ten_articles() -> None:
    days = pd.Series(pd.date_range("2024-01-01", periods=360, freq="D"))
    groups = pd.Series(["a", "b"] * 180)
    # weeks: 3.5 articles per group and week; months: about 15, the finest with a median of 10
    assert ag.choose_period(days, groups) == "month"
    assert ag.choose_period(days, groups, typical_cell=3) == "week"
    sparse = pd.Series(pd.date_range("2020-01-01", periods=80, freq="15D"))  # 2020-01 to 2023-04
    assert ag.choose_period(sparse, pd.Series(["a", "b"] * 40)) == "year"  # quarters: 3 per group; years: 10


def test_choose_period_falls_back_to_the_period_with_the_most_articles_per_point() -> None:
    # two years: no period has 10 articles per group and period, years are too few (2 < 3 periods),
    # quarters hold 3 per group, months 1: quarters, the largest median of at least 3
    two_years = pd.Series(pd.date_range("2020-01-01", periods=48, freq="15D"))
    assert ag.choose_period(two_years, pd.Series(["a", "b"] * 24)) == "quarter"
    sparse = pd.Series(pd.date_range("2020-01-01", periods=80, freq="15D"))
    assert ag.choose_period(sparse[::2], pd.Series(["a", "b"] * 20)) == "year"  # 5 per group and year
    assert ag.choose_period(two_years[::4], pd.Series(["a", "b"] * 6)) is None  # at most 1.5 per point
    assert ag.choose_period(pd.Series(pd.to_datetime(["2024-01-01"] * 9)), pd.Series(["a"] * 9)) is None


def test_trend_cells_with_one_article_have_no_interval() -> None:
    t = pd.DataFrame(
        {
            "outlet": ["a", "a", "a"],
            "hedging_per_1k": [1.0, 3.0, 5.0],
            "hedging_count": 1,
            "date": pd.to_datetime(["2024-01-01", "2024-01-20", "2024-02-03"]),
        }
    )
    out = ag.trends(t, "outlet", "date", [RATE], "month", n_boot=200)
    assert out["mean"].tolist() == [2.0, 5.0] and out["n"].tolist() == [2, 1]
    assert math.isnan(out.iloc[1]["ci_low"]) and out.iloc[0]["ci_low"] <= 2.0 <= out.iloc[0]["ci_high"]


def test_caveats_are_computed_from_the_data() -> None:
    rows = (
        [{"outlet": "Long", "n_words": 900, "hedging_per_1k": 2.0, "hedging_count": 2}] * 40
        + [{"outlet": "short", "n_words": 30, "hedging_per_1k": 0.0, "hedging_count": 0}] * 10
        + [{"outlet": "SHORT", "n_words": 30, "hedging_per_1k": 0.0, "hedging_count": 0}] * 10
    )
    t = pd.DataFrame(rows)
    rare = ag.Measure("rare", "rare_per_1k", "rate", "rare_count")
    t["rare_per_1k"], t["rare_count"] = 0.0, 0
    t.loc[0, ["rare_per_1k", "rare_count"]] = [1.0, 1]
    kinds = {(c["kind"], str(c.get("subject"))) for c in ag.caveats(t, "outlet", [RATE, rare])}
    assert ("small_group", "short") in kinds and ("small_group", "Long") not in kinds
    assert ("length", "outlet") in kinds and ("few_hits", "rare") in kinds
    assert ("no_hits_in_group", "hedging") in kinds
    assert ag.look_alikes(["short", "SHORT", "Long"]) == [["SHORT", "short"]]
    assert ("short_texts", "outlet") not in kinds
    t["n_words"] = 40
    assert ("short_texts", "outlet") in {(c["kind"], c["subject"]) for c in ag.caveats(t, "outlet", [RATE])}
