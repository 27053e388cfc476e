"""Round l38 (issue 13): a fresh blind dev set marked as PTC's annotators and BABE's experts read the definition,
its misses by class, each class widened to the members and forms dev news holds. Kept: labels for politicians and
money in politics, "soft on"/"weak on", "swagger", "lavish", "embroiled", "grip on power", "breeding ground", "romp"
and "speak truth to power"; every dev news match of the candidates judged (the censuses below)."""

from __future__ import annotations

import csv
from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.marked_samples import ANNOTATION_DEV_DIR, SAMPLES
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L38 = JUDGED_DIR / "news_dev_l38_seed3838.csv"  # every dev news match of the candidates, judged before any was kept
L38_SECOND = JUDGED_DIR / "news_dev_l38_seed3839.csv"  # the same for the second pass's candidates
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "basil", "polnear", "ptc")),
    reason="no ../shared",
)


def test_the_fresh_set_is_registered_and_marked_for_loaded_language_only() -> None:
    assert ("hand_marked_twentyseventh_dev", ANNOTATION_DEV_DIR, "twentyseventh") in [s[:3] for s in SAMPLES]
    with (ANNOTATION_DEV_DIR / "twentyseventh_spans.tsv").open(encoding="utf-8", newline="") as f:
        spans = list(csv.DictReader(f, delimiter="\t"))
    with (ANNOTATION_DEV_DIR / "twentyseventh_sentences.tsv").open(encoding="utf-8", newline="") as f:
        sentences = list(csv.DictReader(f, delimiter="\t"))
    assert (len(sentences), len(spans)) == (150, 49)
    assert {s["signal"] for s in spans} == {"loaded_language"}
    assert sorted({s["dataset"] for s in sentences}) == ["babe", "basil", "polnear", "ptc", "semeval2025"]


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L38)
    assert len(rows) == 70 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (70, 67)}


@needs_data
def test_the_kept_entries_make_the_census_matches_and_victory_lap_and_doubled_down_are_left_out() -> None:
    joined = rejoin(read(L38), default_data_dir(), shipped_analyzer())
    assert all(text.lower() == r.entry.lower() for r, text, _, _ in joined)
    # "Trump was embroiled in a four-way contest", a contest described: the one wrong row of a kept entry
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if kept and not r.correct) == [("embroiled", False)]
    assert sum(1 for *_, kept in joined if kept) == 54
    # "victory lap" 2 of 4 (a winner's tour and a season of celebration described); "doubled down" 12 of 12 by the
    # round's reading, left out because BABE's experts marked none of its 3 BABE dev uses
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept) == [("doubled down", True)] * 12 + [
        ("victory lap", False),
        ("victory lap", False),
        ("victory lap", True),
        ("victory lap", True),
    ]


@needs_data
def test_the_second_pass_keeps_weak_on_romp_and_big_money_interests_and_leaves_out_lax() -> None:
    rows = read(L38_SECOND)
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (19, 17)}
    joined = rejoin(rows, default_data_dir(), shipped_analyzer())
    assert all(text.lower() == r.entry.lower() for r, text, _, _ in joined)
    assert sorted({(r.entry, r.correct) for r, _, _, kept in joined if kept}) == [
        ("big money interests", True),
        ("romp", True),
        ("romped", True),
        ("weak on", True),
    ]
    # "lax" 5 of 7: a habit of preparing described, a claim named to be dismissed
    assert (
        sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept)
        == [("lax", False)] * 2 + [("lax", True)] * 5
    )


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her rival painted her as soft on crime in every ad.", ["soft on"]),
        ("The mayor has gone soft on the developers.", ["soft on"]),
        ("He vowed to keep speaking truth to power.", ["speaking truth to power"]),
        ("The generals tightened their grip on power after the vote.", ["grip on power"]),
        ("Critics say the camps became a breeding ground for resentment.", ["breeding ground"]),
        ("The ad calls him a career politician with no real job.", ["career politician"]),
        ("Voters are tired of the Washington insiders who run the party.", ["Washington insiders"]),
        ("The bill was written by special interests and their lobbyists.", ["special interests"]),
        ("The senator is too cozy with the banks to reform them.", ["too cozy"]),
        ("Their well-heeled donors expect a return on the money.", ["well-heeled"]),
        ("The envoy left the talks with his usual swagger.", ["swagger"]),
        ("A swaggering minister dismissed the report.", ["swaggering"]),
        ("The council is embroiled in yet another ethics row.", ["embroiled"]),
        ("Officials spent the grant on lavish dinners.", ["lavish"]),
        ("The tax break fattened the pockets of a few executives.", ["fattened the pockets"]),
        ("His rivals say he is weak on border security.", ["weak on"]),
        ("The front-runner romped to an easy win in the south.", ["romped"]),
        ("Critics call the party a tool of big money interests.", ["big money interests"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the plain senses the rules cancel: a literal whitewash, softness to the touch, an animal's breeding ground,
        # the officer's stick and a legal phrase
        "The cottage had freshly whitewashed walls and a slate roof.",
        "Workers whitewashed the fence before the fair.",
        "The new fabric is soft on the skin.",
        "After the fall she felt weak on her feet.",
        "The marsh is a breeding ground for mosquitoes in summer.",
        "The salmon breeding grounds upstream are protected.",
        "The colonel tucked his swagger stick under his arm.",
        "The court must weigh the special interests of the child.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_whitewash_of_a_report_still_counts() -> None:
    assert loaded("The panel whitewashed the report on the abuses.") == ["whitewashed"]


def test_the_candidates_left_out_are_not_matched() -> None:
    assert loaded("The champion took a victory lap after the final.") == []
    assert loaded("The governor doubled down on his plan to close the clinics.") == []
    assert loaded("The agency kept lax records of the visits.") == []
