"""The judged draws on news not tuned on (issue 13): offsets only in the repository, re-joined to the texts."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.pipeline import Analyzer
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import COLUMNS, JUDGED_DIR, JudgedMatch, document, main, precision, read, rejoin


def rejoined(analyzer: Analyzer, *draws: Path) -> list[tuple[JudgedMatch, str, str, bool]]:
    """The draws' rows re-joined to their texts in ../shared: (row, matched text, context, still matched)."""
    return rejoin([r for draw in draws for r in read(draw)], default_data_dir(), analyzer)


def figures(rows: list[JudgedMatch]) -> dict[str, tuple[int, int]]:
    """Each signal's judged matches and right ones, as the report prints them."""
    return {name: (n, right) for name, n, right, _, _ in precision(rows)}


def assert_each_span_reads_as_its_entry(
    joined: list[tuple[JudgedMatch, str, str, bool]], *, rule_ids: bool = False, space: str = r"\s+"
) -> None:
    """Every re-joined span is the words of its lexicon entry (`*` any ending; with `rule_ids`, a row may name a
    proximity rule instead): a drifted offset or text shows as a span of other words."""
    for r, text, _, _ in joined:
        if rule_ids and "conditional" in r.entry:
            continue
        pattern = re.escape(r.entry.lower()).replace(r"\*", r"\w*").replace(r"\ ", space)
        assert re.fullmatch(pattern, text.lower().replace("\u2019", "'")), (r, text)


@dataclass(frozen=True)
class Draw:
    """One judged draw: its file in JUDGED_DIR, what it was drawn apart from, and whether the reasons for its wrong
    rows stand beside it (`<stem>_wrong.tsv`). `apart`: "spans", it judges no span a draw before it judged;
    "articles", it reads no article a draw before it read; "" (the first draws), drawn before draws were kept
    apart."""

    name: str
    apart: str = "spans"
    reasons: bool = False

    @property
    def path(self) -> Path:
        return JUDGED_DIR / self.name


# Every judged draw, in the order it was made. A new draw is one line at the end: the checks below then hold it
# against every draw before it, and no list of other draws is edited.
DRAWS = (
    Draw("semeval2025_en.csv", apart=""),  # round 13 (seed 13)
    Draw("semeval2025_en_seed27.csv"),  # a second draw (seed 27), no match of the first
    Draw("semeval2025_en_l13_seed1301.csv", apart=""),  # round l13, judged before its changes
    Draw("semeval2025_en_l13_seed2602.csv", apart=""),  # a fresh draw after them, judged blind
    Draw("semeval2025_basil_l15_seed1515.csv", apart=""),  # round l15: SemEval-2025 EN and BASIL dev, judged blind
    Draw("semeval2025_basil_j16_seed1616.csv", apart="articles"),  # round j16: fresh SemEval-2025 EN, BASIL articles
    Draw("news_dev_l17_seed1777.csv", apart="articles"),  # round l17: fresh dev news of four data sets
    Draw("news_dev_l17_seed1778.csv", apart="articles"),  # from the articles the first did not read
    Draw("news_dev_l19_seed1919.csv", apart="articles"),  # round l19: fresh dev news, judged before its rules
    Draw("news_dev_l19_seed1920.csv", apart="articles"),  # after them, from the articles the first did not read
    Draw("news_dev_e21_seed2121.csv"),  # round e21: escalation, judged before its rules
    Draw("news_dev_e21_seed2122.csv"),  # drawn after most of them
    Draw("news_dev_e22_seed2222.csv"),  # round e22: escalation, judged before its rules
    Draw("news_dev_e22_seed2224.csv"),  # a second draw of the same round, also before its rules
    Draw("news_dev_e22_seed2226.csv"),  # drawn after its rules
    Draw("news_dev_e24_seed2425.csv"),  # round e24: escalation matches no draw had judged, before its rules
    Draw("news_dev_p19_seed2526.csv"),  # round p19: sentences no draw or sample had read, before its rules
    Draw("news_dev_p20_seed2627.csv"),  # round p20: BABE escalation, and sentences no draw had read
    Draw("news_dev_p21_seed2731.csv"),  # round p21: hedging from sentences no draw or sample had read
    Draw("news_dev_l24_seed4513.csv"),  # round l24: loaded language and doubt, judged before its rules
    Draw("news_dev_l25_seed6221.csv"),  # round l25: loaded language and certainty, judged before its rules
    Draw("news_dev_l26_seed2626.csv", reasons=True),  # round l26: own-voice matches of three signals
    Draw("news_dev_l27_seed2727.csv", reasons=True),  # round l27: four signals on fresh dev news
    Draw("news_dev_e27_seed2727.csv"),  # round e27: every escalation match its entries and rules moved
    Draw("news_dev_c31_seed3131.csv", reasons=True),  # round c31: BABE and PolNeAR dev (tests/test_certainty_c31.py)
    Draw("news_dev_e28_seed2880.csv"),  # round e28: the three PTC matches its entries made
    Draw("news_dev_l31_seed3141.csv", reasons=True),  # round l31 (tests/test_loaded_l31.py)
    Draw("news_dev_l31_seed3142.csv", reasons=True),  # a second l31 draw after its rules
    Draw("news_dev_e29_seed2929.csv", reasons=True),  # round e29: escalation and doubt
    Draw("news_dev_l32_seed3232.csv", reasons=True),  # round l32: all five dev pools (tests/test_loaded_l32.py)
    Draw("news_dev_l32_seed3233.csv", reasons=True),  # a second l32 draw after its entries out
    Draw("news_dev_d1_seed3301.csv", reasons=True),  # round d1: the bare "?"
    Draw("news_dev_l33_seed3333.csv", reasons=True),  # round l33: four dev pools (tests/test_loaded_l33.py)
    Draw("news_dev_h14_seed1414.csv", reasons=True),  # round h14: own-voice hedging
    Draw("news_dev_h14_seed1415.csv", reasons=True),  # and own-voice certainty, both before the round's rules
    Draw("news_dev_l33_seed3334.csv", reasons=True),  # a second l33 draw after its rules
    Draw("news_dev_e30_seed3030.csv", reasons=True),  # round e30: PolNeAR dev (tests/test_signals_e30.py)
    Draw("news_dev_l36_seed3636.csv", reasons=True),  # round l36: PolNeAR and SemEval-2023 EN dev, before its rules
    Draw("news_dev_l36_seed3637.csv", reasons=True),  # drawn with it before the rules, judged after them
    Draw("news_dev_e33_seed3333.csv", reasons=True),  # round e33: escalation, half of the dev matches no draw judged
    Draw("news_dev_e33_seed3334.csv", reasons=True),  # the other half, drawn with it, judged after its rules
    Draw("news_dev_l37_added.csv", reasons=True),  # round l37: every dev news match of its candidate entries
    Draw("news_dev_l38_seed3838.csv", reasons=True),  # round l38: every dev news match of its candidates
    Draw("news_dev_l38_seed3839.csv", reasons=True),  # its second pass, the same for the classes widened again
    Draw("news_dev_e34_added.csv", reasons=True),  # round e34: every dev news match of its new escalation entries
    Draw(
        "news_dev_l39_seed3939.csv", reasons=True
    ),  # round l39: every dev news match of its candidates (test_loaded_l39)
    Draw("news_dev_q4_census.csv", reasons=True),  # round q4: every dev news match of doubt's topic-prone entries
    Draw("news_dev_q4_seed4405.csv", reasons=True),  # and 40 doubt matches at random, both judged before its rules
    Draw(
        "news_dev_q5_seed5505.csv", reasons=True
    ),  # round q5: 40 doubt "?" no draw had judged (tests/test_doubt_q5.py)
    Draw("news_dev_q5_added.csv", reasons=True),  # and every dev news match of its new doubt entries
    Draw("news_dev_q6_added.csv", reasons=True),  # round q6: every dev news match of its new doubt entries
    Draw("news_dev_q7_answered.csv", apart="", reasons=True),  # round q7: every dev news "?" an answer cancels
    Draw("news_dev_q7_added.csv", apart="", reasons=True),  # and its new entries' (one span judged as loaded before)
    Draw("news_dev_l40_census.csv"),  # round l40: every dev news match of its new loaded entries (test_loaded_l40)
    Draw("news_dev_q9_removed.csv", reasons=True),  # round q9: every dev news hedging match its premise rules removed
    Draw("news_dev_q9_added.csv"),  # and every dev news match its entries and flips added (tests/test_signals_q9.py)
    Draw("news_dev_e36_added.csv", reasons=True),  # round e36: every dev news match of its new escalation entries
    Draw("news_dev_l41_census.csv", reasons=True),  # round l41: every dev news match of its new loaded entries
    Draw("news_dev_e37_added.csv"),  # round e37: every dev news match of its new certainty entries (test_certainty_e37)
    Draw("news_dev_q10_seed1010.csv", reasons=True),  # round q10: four signals in dev news no draw had read, before
    Draw(
        "news_dev_q10_moved.csv", reasons=True
    ),  # and every dev news match its rules moved (tests/test_signals_q10.py)
    Draw("news_dev_l43_census.csv"),  # round l43: every dev news match of its new loaded entries (test_loaded_l43)
    # round e38: every dev news match of its composed escalation rules; a census, so not kept apart: one brink frame
    # holds a loaded "chaos" that q10, drawing in parallel, judged
    Draw("news_dev_e38_added.csv", apart="", reasons=True),
    Draw("news_dev_q11_added.csv", reasons=True),  # round q11: every dev news match of its new certainty entries
    Draw("news_dev_l44_census.csv"),  # round l44: every dev news match of its new loaded idioms (test_loaded_l44)
    # round q12: sentences no draw or sample had read, weighted to the other forms of l43/l44's entries, and
    # FactBank news dev's escalation (tests/test_signals_q12.py)
    Draw("news_dev_q12_seed1212.csv", reasons=True),
    Draw("news_dev_e39_added.csv"),  # round e39: every dev news match of its escalation classes
    Draw("news_dev_l45_census.csv", reasons=True),  # round l45: every dev news match of its new loaded entries
    Draw("news_dev_e40_added.csv"),  # round e40: every dev news match its escalation rules added (none removed)
    Draw("news_dev_t4_added.csv", reasons=True),  # round t4: every dev news match its certainty entries added
    Draw("news_dev_e41_added.csv", reasons=True),  # round e41: every dev news match its escalation classes added
    # round q14: every dev news doubt match its classes added and removed (tests/test_doubt_q14.py); a census, so not
    # kept apart: earlier draws judged some of its "nonsense" spans as loaded language
    Draw("news_dev_q14_added.csv", apart="", reasons=True),
    Draw("news_dev_q14_removed.csv", apart="", reasons=True),
    # round l46: every dev news match of its new loaded entries (tests/test_loaded_l46.py); a census, so not kept apart:
    # three of its matches widen a span an earlier draw judged ("genius" to "stable genius")
    Draw("news_dev_l46_census.csv", apart=""),
    Draw("news_dev_q15_added.csv"),  # round q15: every dev news match its hedging and certainty entries added
    # round l47: every dev news loaded match its narrowing removed (tests/test_loaded_l47.py); a census of removals, so
    # not kept apart: earlier draws judged some of the same "propaganda" spans while they were matched
    Draw("news_dev_l47_removed.csv", apart="", reasons=True),
    Draw("news_dev_l48_added.csv"),  # round l48: every dev news match its name-calling construction added
    Draw("news_dev_e42_added.csv"),  # round e42: every dev news match its escalation classes added
    # round q16: every dev news doubt match its classes added (tests/test_doubt_q16.py); a census, so not kept apart:
    # an earlier draw judged a hedge on a span it adds
    Draw("news_dev_q16_added.csv", apart="", reasons=True),
    Draw("news_dev_t5_added.csv"),  # round t5: every dev news match its certainty classes added
    Draw("news_dev_e43_added.csv"),  # round e43: every dev news match its escalation classes added (none removed)
    Draw("news_dev_l49_added.csv", reasons=True),  # round l49: every dev news match its labels by construction added
    Draw("news_dev_t6_added.csv"),  # round t6: every dev news match its hedging, loaded and doubt entries added
    Draw("news_dev_l50_added.csv"),  # round l50: every dev news match "regime" for any government and sneers added
    Draw("news_dev_l51_added.csv"),  # round l51: every dev news match its labels and figures by class added
    # round t7: every dev news certainty match its sense rules removed (none added; tests/test_certainty_t7.py)
    Draw("news_dev_t7_removed.csv", reasons=True),
    # round t8: every dev news certainty match its classes added ("would actually" removed: tests/test_certainty_t8.py)
    Draw("news_dev_t8_added.csv", reasons=True),
    # round q18: every dev news doubt match its rule removed (none added; tests/test_doubt_q18.py); a census, so not kept
    # apart: the e29 draw judged one of its spans, wrong as here
    Draw("news_dev_q18_removed.csv", apart="", reasons=True),
    Draw("news_dev_t9_added.csv"),  # round t9: every dev news match its hedging entries added (none removed)
    # round e44: every dev news escalation match its classes added (none removed; tests/test_escalation_e44.py)
    Draw("news_dev_e44_added.csv", reasons=True),
    # round q19: every dev news doubt match its classes added (none removed; tests/test_doubt_q19.py); a census, so not
    # kept apart: loaded-language draws judged some of the same "smear" spans
    Draw("news_dev_q19_added.csv", apart="", reasons=True),
    # round l52: every dev news loaded match its sense rules removed ("careless" of a finding, the verb "fool", "the
    # righteous") and its labels added (tests/test_loaded_l52.py); a census, so not kept apart: round l19's draw judged
    # some of the "careless" spans, wrong as here
    Draw("news_dev_l52_removed.csv", apart="", reasons=True),
    Draw("news_dev_l52_added.csv"),
    # round t10: every dev news certainty match its classes added (knowledge asserted "and he knows it", a quoted
    # "absolutely", "really have no choice") and removed (a hedged "may come as no surprise"; tests/test_certainty_t10.py)
    Draw("news_dev_t10_added.csv"),
    Draw("news_dev_t10_removed.csv", reasons=True),
    # round e45: every dev news escalation match its sense rules removed (a stake denied at once, a race's fortunes, a
    # narrative's breaking point) and its entries added (tests/test_escalation_e45.py); a census, so not kept apart: the
    # l19, l26 and l27 draws judged some of the removed spans (two of them right there), e34's "climate disaster" and
    # l33's loaded "disastrous" overlap the added ones, right as here
    Draw("news_dev_e45_removed.csv", apart="", reasons=True),
    Draw("news_dev_e45_added.csv", apart="", reasons=True),
    # round l53: every dev news loaded match its families added ("desperate"/"hostile" of a party, "confused" statements,
    # a bill "tanked", sarcastic openers, abortion named as killing, "weak figure"; tests/test_loaded_l53.py); the one
    # row it moved besides, "unborn" widened into "kill unborn", is in it as added
    Draw("news_dev_l53_added.csv"),
    # round t11: every dev news match its hedging and doubt entries added (hiddenlike6's classes; tests/test_signals_t11.py);
    # the two removed are the same questions' "?" and "why", now counted on their longer words
    Draw("news_dev_t11_added.csv"),
    # round l54: every dev news loaded match its convention moved back (a verdict reported of a named speaker counts,
    # as the dev hand-marked samples mark it: round l31's "decry/pan/brand ... as" cancel out, a "treason" an
    # accusation quotes; tests/test_loaded_l54.py); a census, so not kept apart: it reverses, by that convention, the
    # c31 draw's "they decry as violent and racist" and "will brand you a liar" and the l31 draw's "panned the call as
    # 'ridiculous'", judged wrong there as a charge reported (their files are left as judged)
    Draw("news_dev_l54_added.csv", apart=""),
    # round t12: every dev news doubt match its question entries added (an opening auxiliary and "not" before the subject,
    # "Does not the ...?"; hiddenlike7's class, tests/test_signals_t12.py); the two removed are the same questions' "?",
    # now counted on their opening words
    Draw("news_dev_t12_added.csv"),
    # round e46: every dev news escalation match its titles rule removed (a stake word inside a named book's or film's
    # title, a blog's name) and its entry added ("a war nonetheless"; tests/test_escalation_e46.py); a census, so not
    # kept apart: the l27, j16 and e36-era draws judged the removed spans, wrong as here
    Draw("news_dev_e46_removed.csv", apart="", reasons=True),
    Draw("news_dev_e46_added.csv", apart="", reasons=True),
    # round l55: every dev news loaded match its families of the pooled sample misses added ("desperately" before a
    # verb of effort, "chaotic" paired by "and", a comparison with Hitler, protesters called terrorists, "amnesty";
    # tests/test_loaded_l55.py); a census, so not kept apart: two "left-wing terrorists" widen a "left-wing" an earlier
    # draw judged
    Draw("news_dev_l55_added.csv", apart="", reasons=True),
    # round t13: every dev news certainty match its forms added (sincerity avowed, "I can already tell you", no one's
    # surprise, "must have seemed", "not hard to see", "You bet") and removed (knowledge granted before ", but", a
    # concession; tests/test_certainty_t13.py)
    Draw("news_dev_t13_added.csv"),
    Draw("news_dev_t13_removed.csv", reasons=True),
    # round l56: every dev news loaded match its constructions added (a bill crammed into law or slipped in, people
    # called a herd, honorifics after "these", "bankrolled by", "force taxpayers to"; tests/test_loaded_l56.py); a
    # census, no wrong row, so no reasons file
    Draw("news_dev_l56_added.csv"),
)


@cache
def rows_of(draw: Draw) -> list[JudgedMatch]:
    return read(draw.path)


def test_the_registry_names_every_draw_and_its_reasons_once() -> None:
    """A draw missing from DRAWS would escape the checks below; a reasons file not named would go unread."""
    names = [d.name for d in DRAWS]
    assert sorted(names) == sorted(p.name for p in JUDGED_DIR.glob("*.csv"))
    assert sorted(d.path.stem + "_wrong.tsv" for d in DRAWS if d.reasons) == sorted(
        p.name for p in JUDGED_DIR.glob("*_wrong.tsv")
    )


@pytest.mark.parametrize(
    "index", [i for i, d in enumerate(DRAWS) if d.apart], ids=[d.path.stem for d in DRAWS if d.apart]
)
def test_a_draw_judges_nothing_a_draw_before_it_judged(index: int) -> None:
    """No span judged twice: a draw's figures count matches no earlier draw counted. A draw of fresh articles
    also reads none a draw before it read (a later draw may take unread sentences in them)."""
    draw, before = DRAWS[index], [r for d in DRAWS[:index] for r in rows_of(d)]
    rows = rows_of(draw)
    judged = [(r.dataset, r.id, r.start, r.end) for r in before]
    assert not [r for r in rows for d, i, a, b in judged if (d, i) == (r.dataset, r.id) and a < r.end and r.start < b]
    if draw.apart == "articles":
        assert not {r.id for r in before} & {r.id for r in rows}


@pytest.mark.parametrize("draw", [d for d in DRAWS if d.reasons], ids=[d.path.stem for d in DRAWS if d.reasons])
def test_each_wrong_row_has_its_reason(draw: Draw) -> None:
    """Each wrong row has its reason, in the judge's words, in the file beside the draw; no right row has one."""
    with draw.path.with_name(draw.path.stem + "_wrong.tsv").open(encoding="utf-8", newline="") as f:
        reasons = [line.rstrip("\n").split("\t") for line in f][1:]
    assert sorted((d, i, int(s), sig) for d, i, s, sig, _ in reasons) == sorted(
        (r.dataset, r.id, r.start, r.signal) for r in rows_of(draw) if not r.correct
    )
    assert all(why.strip() for *_, why in reasons)


FIXTURE = JUDGED_DIR / "semeval2025_en.csv"
SECOND = JUDGED_DIR / "semeval2025_en_seed27.csv"  # a second draw (seed 27), no match of the first
E24 = JUDGED_DIR / "news_dev_e24_seed2425.csv"  # round e24: escalation matches no draw had judged, before its rules
P19 = JUDGED_DIR / "news_dev_p19_seed2526.csv"  # round p19: sentences no draw or sample had read, before its rules
P20 = JUDGED_DIR / "news_dev_p20_seed2627.csv"  # round p20: BABE escalation, and sentences no draw had read
needs_data = pytest.mark.skipif(not (default_data_dir() / "semeval2025_narratives").is_dir(), reason="no ../shared")


def test_the_fixture_keeps_no_article_text() -> None:
    assert FIXTURE.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)
    rows = read(FIXTURE)
    assert len(rows) == 150
    assert max(len(r.entry) for r in rows) < 25  # a lexicon entry, never a sentence


def test_precision_per_signal_and_all_four() -> None:
    table = figures(read(FIXTURE))
    assert table == {
        "certainty": (30, 23),
        "doubt": (30, 17),
        "escalation": (30, 23),
        "hedging": (30, 30),
        "loaded_language": (30, 26),
        "all four": (120, 102),
    }


def test_the_second_draw_is_new_and_judged_on_its_own() -> None:
    rows = read(SECOND)
    assert len(rows) == 150 and max(len(r.entry) for r in rows) < 25
    table = figures(rows)
    assert table == {
        "certainty": (30, 27),
        "doubt": (30, 15),
        "escalation": (30, 28),
        "hedging": (30, 24),
        "loaded_language": (30, 22),
        "all four": (120, 101),
    }


def test_a_bad_row_is_named_by_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "judged.csv"
    bad.write_text(",".join(COLUMNS) + "\nd,a,0,3,hedging,may,1\nd,b,5,9,doubt,lies,yes\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"judged\.csv: line 3: want offsets 0 <= start < end and correct 0 or 1"):
        read(bad)


def test_without_the_data_it_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "absent")]) == 0
    assert "skipped:" in capsys.readouterr().err


@needs_data
@pytest.mark.parametrize(
    ("path", "first_match", "first_context"),
    [(FIXTURE, "may", "Repeat offenders may be blocked"), (SECOND, "think", "you might want to think again")],
    ids=["seed13", "seed27"],
)
def test_every_row_rejoins_to_its_entry(analyzer: Analyzer, path: Path, first_match: str, first_context: str) -> None:
    joined = rejoined(analyzer, path)
    assert_each_span_reads_as_its_entry(joined)
    assert all(text in context for _, text, context, _ in joined)
    first = joined[0]
    assert (first[0].signal, first[1]) == ("hedging", first_match)
    assert first_context in first[2]


@needs_data
def test_the_report_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^hedging\s+30\s+30\s+1\.00\s+0\.89–1\.00", out, re.M)
    assert re.search(r"^all four\s+120\s+102\s+0\.85\s+0\.78–0\.90", out, re.M)
    second = out[out.index("semeval2025_en_seed27.csv: 150 judged matches") :]
    assert re.search(r"^all four\s+120\s+101\s+0\.84\s+0\.77–0\.90", second, re.M)


L13_BEFORE = JUDGED_DIR / "semeval2025_en_l13_seed1301.csv"  # round l13, judged before its changes
L13_AFTER = JUDGED_DIR / "semeval2025_en_l13_seed2602.csv"  # a fresh draw after them, judged blind


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            L13_BEFORE,
            {
                "certainty": (20, 18),
                "escalation": (25, 19),
                "hedging": (20, 17),
                "loaded_language": (19, 13),
                "all four": (84, 67),
            },
        ),
        (
            L13_AFTER,
            {
                "certainty": (15, 15),
                "escalation": (24, 22),
                "hedging": (17, 16),
                "loaded_language": (20, 17),
                "all four": (76, 70),
            },
        ),
    ],
    ids=["seed1301", "seed2602"],
)
def test_the_l13_draws_keep_their_judgements(path: Path, expected: dict[str, tuple[int, int]]) -> None:
    rows = read(path)
    assert max(len(r.entry) for r in rows) < 40  # "direct military confrontation": an entry, never a sentence
    assert figures(rows) == expected


@needs_data
def test_the_l13_fixes_drop_only_wrong_matches_of_their_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L13_BEFORE)
    gone = sorted((r.signal, r.entry, text) for r, text, _, kept in joined if not kept)
    assert gone == [
        ("certainty", "actually", "actually"),  # round c31: "actually" after a modal tells surprise, not certainty
        ("escalation", "dystopian", "dystopian"),  # round e21: "increasingly dystopian rhetoric", rhetoric named
        ("escalation", "lethal", "lethal"),
        ("escalation", "obliterat*", "obliterated"),  # round e21: a batch of shells obliterated, a report of war
        ("escalation", "spell the end of", "spell the end of"),  # round e24: a ceasefire to end the war, no doom
        ("escalation", "warmonger*", "warmonger"),
        ("escalation", "will kill", "will kill"),  # round p19: cost increases that "will kill the Maryland projects"
        ("hedging", "suggests", "suggests"),  # round h14: "caps on meat that, as the name suggests, will limit"
        # round p19: "as the US enters a divisive presidential [campaign]" describes a contest (this draw's judge
        # counted it right; round p19 judged the same sentence's other copy wrong)
        ("loaded_language", "divisive", "divisive"),
        ("loaded_language", "rosy", "rosy"),  # round l32: "the picture does not seem rosy", a state denied
        ("loaded_language", "rubbish", "rubbish"),
        ("loaded_language", "toxic", "toxic"),  # round l33: "toxic for humans to consume", a poison's effect
    ]
    assert [r.entry for r, _, _, kept in joined if not kept and r.correct] == ["divisive"]


L15 = JUDGED_DIR / "semeval2025_basil_l15_seed1515.csv"  # round l15: SemEval-2025 EN and BASIL dev, judged blind
needs_basil = pytest.mark.skipif(not (default_data_dir() / "basil" / "articles").is_dir(), reason="no ../shared")


def test_the_l15_draw_keeps_its_judgements() -> None:
    rows = read(L15)
    assert len(rows) == 150 and max(len(r.entry) for r in rows) < 40
    assert {r.dataset for r in rows} == {"basil/articles", "semeval2025_narratives/EN/documents"}
    assert figures(rows) == {
        "certainty": (30, 30),
        "doubt": (30, 20),
        "escalation": (30, 26),
        "hedging": (30, 24),
        "loaded_language": (30, 25),
        "all four": (120, 105),
    }


@needs_data
@needs_basil
def test_the_l15_draw_rejoins_basil_bodies_and_its_fixes_drop_only_wrong_matches(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L15)
    assert_each_span_reads_as_its_entry(joined, rule_ids=True)
    first = joined[0]
    assert (first[0].id, first[1]) == ("2010/2b95d2cf-e979-4f9c-ae27-9a5370934f23_3", "actually")
    gone = sorted((r.signal, text, r.correct) for r, text, _, kept in joined if not kept)
    assert gone == [
        ("certainty", "assure you", True),  # round b1: reported as "I can assure", the same booster with its subject
        ("doubt", "?", False),
        ("doubt", "lie", False),
        # round q13: "the so-called Star Wars program", "the so-called BRICS countries", names they go by
        ("doubt", "so-called", False),
        ("doubt", "so-called", False),
        ("escalation", "bloodbath", False),  # round e22: Trump's "bloodbath" comment, a remark named
        ("escalation", "dangerously", True),  # round e22: "dangerously negligent", a plain grade by our rule
        # round l26: "eager to portray Democrats as out to destroy Mr. Trump's presidency", a portrayal (rhetoric
        # named, though this draw's judge counted it right)
        ("escalation", "destroy", True),
        ("escalation", "devastating", False),  # round e22: "devastating hits upon Ukrainian lines", war reported
        ("escalation", "perils", False),  # round e22: a president's legal perils
        # round e36: "could threaten the survival of my country", one match now with its object (judged right in
        # news_dev_e36_added's round as the same stake)
        ("escalation", "threaten", True),
        ("hedging", "possibly", False),  # round p21: "can't possibly know", emphasis that it cannot be
        ("loaded_language", "fool", False),  # round l52: "a hoax to fool the fans", the verb of deceit
    ]


def test_a_basil_row_reads_the_article_body(tmp_path: Path) -> None:
    article = tmp_path / "basil" / "articles" / "2012"
    article.mkdir(parents=True)
    (article / "abc_1.json").write_text(
        '{"body-paragraphs": [["First one.", "Second one."], ["Third."]]}', encoding="utf-8"
    )
    row = JudgedMatch("basil/articles", "2012/abc_1", 0, 5, "doubt", "lies", True)
    assert document(tmp_path, row) == "First one.\nSecond one.\nThird."
    missing = JudgedMatch("basil/articles", "2012/abc_2", 0, 5, "doubt", "lies", True)
    with pytest.raises(InputError, match=r"2012/abc_2\.json: no such document \(judged row doubt 'lies'\)"):
        document(tmp_path, missing)


J16 = JUDGED_DIR / "semeval2025_basil_j16_seed1616.csv"  # round j16: fresh SemEval-2025 EN and BASIL dev articles


def test_the_j16_draw_keeps_its_judgements() -> None:
    rows = read(J16)
    assert len(rows) == 144 and max(len(r.entry) for r in rows) < 40
    assert figures(rows) == {
        "certainty": (30, 25),
        "doubt": (30, 12),
        "escalation": (24, 21),  # every escalation match the fresh articles hold
        "hedging": (30, 27),
        "loaded_language": (30, 22),
        "all four": (114, 95),
    }


@needs_data
@needs_basil
def test_the_j16_draw_is_still_matched_as_judged(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, J16)
    # round e21: "after decimating ISIS in Syria" reports a war; round h7: "whether his client can indeed
    # invoke" asks (both judged wrong); round p19: "not answering questions definitively", manner, and
    # "accused one another of hypocrisy", a charge reported (both judged wrong); round p21: "a fair jab
    # if I do say so myself", a set phrase (judged wrong); round l26: "the downward spiral of his career" (the
    # entry out) and "we're intolerant to certain kinds of meat" (a food intolerance); round v18: "questions about
    # the photo or why he was hiring a lawyer", an indirect "why" (judged wrong); round l31: "patriotic" out (a
    # descriptor in most dev uses, "patriotic events"; Palin's "patriotic Americans" here was judged right);
    # round q4: "disinformation" twice and "fake news" named as subjects (a conference's, a phenomenon's; all
    # judged wrong); round u48: "it is well known for" tells renown, not certainty (judged wrong); round q14: the
    # third mark of "Religious freedom???" (judged right: the question stays counted, once, by its first mark); round
    # t8: "then it would actually really help the planet" ("would actually" settled as out by its dev uses, 1 of 3
    # judged right, this one); round e46: "documented previously at Armageddon Prose", a blog's name (judged wrong);
    # every other match is still made
    gone = [text for _, text, _, kept in joined if not kept]
    assert gone == [
        "definitively",
        "indeed",
        "why",
        "?",
        "downward spiral",
        "decimating",
        "if",
        "patriotic",
        "hypocrisy",
        "It is well known",
        "actually",
        "disinformation",
        "disinformation",
        "fake news",
        "Armageddon",
        "intolerant",
    ]
    assert [text for r, text, _, kept in joined if not kept and r.correct] == ["?", "patriotic", "actually"]
    assert [(r.entry, text) for r, text, _, _ in joined if r.signal == "escalation" and not r.correct] == [
        ("downward spiral", "downward spiral"),
        ("decimating", "decimating"),
        ("armageddon", "Armageddon"),
    ]


L17 = JUDGED_DIR / "news_dev_l17_seed1777.csv"  # round l17: fresh dev news of four data sets, judged before its rules
L17_AFTER = JUDGED_DIR / "news_dev_l17_seed1778.csv"  # a second draw from the articles the first did not read


def test_the_l17_draws_keep_their_judgements() -> None:
    first, second = read(L17), read(L17_AFTER)
    assert {r.dataset for r in first} == {
        "basil/articles",
        "polnear/text",
        "ptc/articles",
        "semeval2025_narratives/EN/documents",
    }
    assert figures(first) == {
        "doubt": (40, 22),
        "loaded_language": (60, 36),
    }
    assert figures(second) == {
        "doubt": (30, 7),
        "loaded_language": (40, 26),
    }


@needs_data
@needs_basil
def test_the_l17_rules_drop_only_wrong_matches_of_both_draws(analyzer: Analyzer) -> None:
    first = rejoined(analyzer, L17)
    gone = sorted((r.signal, text) for r, text, _, kept in first if not kept)
    assert gone == [
        ("doubt", "?"),
        ("doubt", "?"),  # round q13: "Lawbreaker?", a subheading's one-word teaser (judged wrong)
        # round l32: "the #NeverTrump movement" (the movement's name), "planning ... appeared to be chaotic" and "a
        # full exploitation" of seized data (plain descriptions), the entries out
        ("loaded_language", "NeverTrump"),
        ("loaded_language", "bullied"),
        ("loaded_language", "chaotic"),
        ("loaded_language", "clown"),
        ("loaded_language", "derided"),
        ("loaded_language", "exploitation"),
        ("loaded_language", "jihadist"),  # round p19: "a radical jihadist group", the descriptor before a group
        ("loaded_language", "loser"),
        ("loaded_language", "loser"),
        ("loaded_language", "loser"),
        # round l26: "the right-wing Dutch Party for Freedom", a party placed on the spectrum (judged right here)
        ("loaded_language", "right-wing"),
        ("loaded_language", "yelling"),  # round l31: "reportedly yelling: 'Get him ... out'", the words yelled
    ]
    second = rejoined(analyzer, L17_AFTER)
    # round l26: "Terrorists mock bids to block them online", a plain verb of ridicule reporting an act; round l31:
    # the touting family out ("bold enough to tout his position", a plain verb of promoting); round d1: "How about a
    # competent woman?", a proposal; round q6: "a propaganda, recruitment video", a group's material (judged wrong)
    # round q13: "Is it two? Three?", a count asked in one word, and "the so-called Islamic State", a name (both
    # judged wrong)
    # round l47: "Relations ... have been frosty", relations described (the entry out)
    assert sorted(text for _, text, _, kept in second if not kept) == [
        "?",
        "?",
        "frosty",
        "mock",
        "propaganda",
        "propaganda",
        "propaganda",
        "so-called",
        "tout",
    ]
    assert [r.entry for r, _, _, kept in first + second if not kept and r.correct] == ["right-wing"]


L19 = JUDGED_DIR / "news_dev_l19_seed1919.csv"  # round l19: fresh dev news, judged before its rules
L19_AFTER = JUDGED_DIR / "news_dev_l19_seed1920.csv"  # after them, from the articles the first did not read
# Round l54's convention (a quoted or reported verdict of a named speaker is loaded language, as the dev hand-marked
# samples mark it) reverses some wrong judgements of these draws, left as judged: in the first, 10 of its 44 wrong
# loaded rows ("Pope Francis calling Christmas a sham", Graham's "bigots", an ad's "illegal immigrants", Trump's "very
# fishy", Khan's "ignorant view", "old Greek tyrants", Cuban's "gone 'crazy'", "'Crooked Hillary Clinton'", and two
# quoted "rigged" that round e30's rule still cancels); in the second, 1 of 20 (a report's "heavy-handed treatment").
# Comey's "extremely careless" stays wrong: the markers leave 2 of its 3 sample uses unmarked.


def test_the_l19_draws_keep_their_judgements() -> None:
    first, second = read(L19), read(L19_AFTER)
    assert figures(first) == {
        "escalation": (24, 12),  # every escalation match the fresh articles hold
        "loaded_language": (80, 36),
    }
    assert figures(second) == {"loaded_language": (40, 20)}


@needs_data
def test_the_l19_rules_drop_mostly_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L19)
    gone = sorted((r.signal, text, r.correct) for r, text, _, kept in joined if not kept)
    assert gone == [
        # round e46: "his new book, The Clinton's War on Women", a book's title named
        ("escalation", "War on", False),
        ("escalation", "breaking point", False),  # round e45: "The breaking point, Ash wrote, came on Friday"
        ("escalation", "declare war on", False),
        ("escalation", "devastating", False),
        ("escalation", "devastating", False),
        ("escalation", "pose a threat", False),  # round e24: "lock up those who pose a threat", a person's danger
        # round e45: "Mainstream Republicans are running out of time to find an alternative", judged right then; a race
        # against time no whole is saved in (0 of 2 dev news uses stakes-raising by round e45's reading)
        ("escalation", "running out of time", True),
        ("loaded_language", "Infuriate", True),  # round l22: "infuriat*" out (6 of its 7 dev news uses a feeling named)
        ("loaded_language", "appalled", False),
        ("loaded_language", "contempt", False),  # round l32: "what they saw as contempt", a feeling named
        ("loaded_language", "dangerous", False),  # round l40: "the dangerous Ukraine warzone", a physical hazard
        ("loaded_language", "derisively", False),  # round l26: "what would come to be derisively known as", a nickname
        ("loaded_language", "elites", False),
        ("loaded_language", "elites", True),  # "the party elites' desire" in a partisan outlet's own voice
        ("loaded_language", "extremists", False),  # round e30: "plays into the hands of the extremists", militants
        ("loaded_language", "far left", False),
        ("loaded_language", "gulag", False),  # round e30: "a ten year stretch in the gulag", the camps named
        ("loaded_language", "injustices", False),  # round l31: "Environmental injustices", a topic noun
        ("loaded_language", "mocking", False),  # round l26: the plain verbs of ridicule out
        ("loaded_language", "muddled", False),  # round l31: "a muddled finish", a race described
        ("loaded_language", "propaganda", False),  # round l24: "their global propaganda presence", a topic named
        # round e30: 'a “rigged” nomination process', 'the epitome of the “rigged system.”', charges reported
        ("loaded_language", "rigged", False),
        ("loaded_language", "rigged", False),
        ("loaded_language", "steadfast", False),
        ("loaded_language", "stunning", False),  # round p19: "a stunning surprise", "what is even more stunning is"
        ("loaded_language", "stunning", False),
        # round l31: the touting family out ("Trump is touting a cautious stance")
        ("loaded_language", "touting", False),
    ]
    after = rejoined(analyzer, L19_AFTER)
    # round p19: "Just as stunning is Marco Rubio's collapse", surprise named; round l24: "bomb the hell out of",
    # an intensifier (twice in one article); round l26: "untenable" out, a plain word ("an untenable 'poison pill'");
    # round l31: "a muddled mix of contenders" and "adults of all ages bemoaned the demise", plain words; round l32:
    # "the exploitation by flour mills" (a topic noun) and "the chaotic Republican race" (a race described, judged
    # right here), the entries out; round e30: "'bomb the hell' out of the extremists", the militants named, and
    # "Oklahoma's more radical roots", a state's past described; round l36: "disrespectful" out ("decry the cover as
    # disrespectful", a verdict reported)
    assert [(text, r.correct) for r, text, _, kept in after if not kept] == [
        ("exploitation", False),
        ("disrespectful", False),
        ("stunning", False),
        ("muddled", False),
        # round l52: "used to being able to fool rubes", the verb of deceit out (judged right here; the insult is
        # "rubes")
        ("fool", True),
        ("careless", False),  # round l52: Comey's "extremely careless", a finding reported
        ("radical", False),
        ("untenable", False),
        ("hell", False),
        ("extremists", False),
        ("hell", False),
        ("bemoaned", False),
        ("chaotic", True),
    ]


E21 = JUDGED_DIR / "news_dev_e21_seed2121.csv"  # round e21: escalation on fresh dev news, judged before its rules
E21_AFTER = JUDGED_DIR / "news_dev_e21_seed2122.csv"  # drawn after most of them, no match judged before


def test_the_e21_draws_keep_their_judgements() -> None:
    first, second = read(E21), read(E21_AFTER)
    assert figures(first) == {"escalation": (41, 31)}
    assert figures(second) == {"escalation": (40, 25)}


@needs_data
def test_the_e21_rules_drop_only_wrong_matches_of_its_draws(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, E21)
    # ISIS "annihilated" in Raqqa reports a war; the draw's other wrong matches are still made
    # round e24: "extremists ... that pose a great threat to the country", a fantasy the writer mocks, is now
    # matched whole as a threat posed, so the judged "threat to the country" is no longer a match of its own
    assert [(text, r.correct) for r, text, _, kept in joined if not kept] == [
        ("annihilated", False),
        ("black death", False),  # round e33: the plague named, a topic word
        ("threat to the country", False),
        ("extinction", False),  # round e36: vanilla plants "on the verge of extinction", nature reported
    ]
    after = rejoined(analyzer, E21_AFTER)
    # a fever that "decimated" West Africa, an outbreak "devastating" communities: damage reported; round
    # e22: a person's peril, refugees fled in peril, an all-out effort, a vow to destroy told as news, a
    # climate catastrophe mocked as vaguely defined; round p20: "the tsunami of vindictive personal abuse", words
    # without a stake; round l26: "mayhem" out (2 of 5 judged right; this draw's judge counted "The mayhem we've
    # seen on our streets" right)
    assert [(text, r.correct) for r, text, _, kept in after if not kept] == [
        ("peril", False),
        ("perils", False),
        ("all-out", False),
        ("decimated", False),
        ("devastating", False),
        ("black death", False),  # round e33: the plague named, a topic word
        ("destroy", False),
        ("peril", False),
        ("tsunami of", False),
        ("real threat", False),  # round e32: "the real threat" (which one is real), a choice between two
        ("mayhem", True),
        ("catastrophe", False),
    ]


E22 = JUDGED_DIR / "news_dev_e22_seed2222.csv"  # round e22: escalation on fresh dev news, judged before its rules
E22_SECOND = JUDGED_DIR / "news_dev_e22_seed2224.csv"  # a second draw of the same round, also before its rules
E22_AFTER = JUDGED_DIR / "news_dev_e22_seed2226.csv"  # drawn after its rules


def test_the_e22_draws_are_distinct_and_keep_their_judgements() -> None:
    draws = (E22, E22_SECOND, E22_AFTER)
    located = [{(r.dataset, r.id, r.start, r.end) for r in read(path)} for path in draws]
    assert sum(map(len, located)) == len(set().union(*located)) == 36 + 45 + 39
    right = [figures(read(path)) for path in draws]
    assert right == [{"escalation": (36, 19)}, {"escalation": (45, 33)}, {"escalation": (39, 30)}]


@needs_data
def test_the_e22_rules_drop_only_wrong_matches_of_its_draws(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, E22)
    # "dangerously negligent" and "dangerously low temperatures", deaths foretold in the past, damage, a
    # scandal "of epic proportions"
    assert [(text, r.correct) for r, text, _, kept in joined if not kept] == [
        ("dangerously", False),
        ("out-of-control", False),  # round e30: "the overreaction of out-of-control Democrats", a verdict on a party
        ("going to die", False),
        ("going to die", False),
        *[("black death", False)] * 4,  # round e33: the plague named, a topic word
        ("cataclysmic", False),
        ("epic proportions", False),
        # round e29: the Pope's handling of abuse files called "extremely dangerous" (twice) and "Why is it so
        # dangerous?" of a virus, verdicts graded; the two entries out (0 of 4 judged dev news uses right)
        ("extremely dangerous", False),
        ("extremely dangerous", False),
        ("so dangerous", False),
        ("dangerously", False),
    ]
    second = rejoined(analyzer, E22_SECOND)
    # "Saudi Arabia is under attack by missiles": war reported
    # round e24: the "alarmist-in-chief" U.N. chief's quoted "carnage", rhetoric mocked; round p20: "a tsunami of
    # lies and smear", words without a stake; round l26: "ominous" and "devastation" out (2 of 8 and 0 of 3 judged
    # right: an "ominous encroachment" some saw, counted right here, and "lives of ... devastation")
    assert [(text, r.correct) for r, text, _, kept in second if not kept] == [
        ("ominous", True),
        ("black death", False),  # round e33: the plague named, a topic word
        ("is under attack", False),
        ("a danger", False),  # round e29: "That is a danger.", a risk named with no one it endangers
        ("tsunami of", False),
        ("devastation", False),
        ("carnage", False),
    ]


def test_the_e24_draw_keeps_its_judgements() -> None:
    rows = read(E24)
    assert figures(rows) == {"escalation": (38, 26)}


@needs_data
@needs_basil
def test_the_e24_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, E24)
    # a gunman "in a state of panic" (a state of mind) and a deported man "who is a threat to public safety"
    # (the legal test of a person's danger); round t3: "Alarmist U.N. Chief Guterres Decries 'Apocalyptic' ...", the
    # headline's charge now within reach of round e24's context rule, read past the period of "U.N."
    assert [(text, r.correct) for r, text, _, kept in joined if not kept] == [
        ("threat to public safety", False),
        ("Black Death", False),  # round e33: the plague named, a topic word
        ("level of destruction", False),  # round e32: the entry out, damage reported (0 of 3 judged dev uses)
        ("Apocalyptic", False),
        ("so dangerous", False),  # round e29: a policy "so dangerous that" a president avoids it, a verdict graded
        ("Black Death", False),
        ("state of panic", False),
        ("Black Death", False),
    ]


def test_the_p19_draw_keeps_its_judgements() -> None:
    rows = read(P19)
    assert len(rows) == 200 and max(len(r.entry) for r in rows) < 40
    assert {r.dataset for r in rows} == {
        "basil/articles",
        "ptc/articles",
        "semeval2025_narratives/EN/documents",
    }
    assert figures(rows) == {
        "certainty": (40, 31),
        "escalation": (4, 4),  # every escalation match left in sentences no draw or sample had read
        "loaded_language": (156, 121),
    }


@needs_data
@needs_basil
def test_the_p19_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, P19)
    # a denial's manner ("denied the allegations categorically", "an unequivocal denial"), how someone else put
    # it ("intimated in no uncertain terms"), "crazy enough to" (daring), "at radical variance with" (degree),
    # "an incendiary capsule" (a bullet's make), "God's wrath" and "Tsunami: Wrath of God" (a doctrine named),
    # "a divisive presidential campaign" (a contest described), "accusing their colleagues of hypocrisy" (a
    # charge reported); round p20: "the minister was not an anti-Semite" (a label denied)
    assert sorted((r.signal, text, r.correct) for r, text, _, kept in joined if not kept) == [
        ("certainty", "actually", False),  # round c31: "actually" after a modal tells surprise, not certainty
        ("certainty", "actually", False),  # round h14: "speculate as to what the reasons ... actually are", left open
        ("certainty", "categorically", False),
        ("certainty", "in no uncertain terms", False),
        ("certainty", "obvious", False),  # round h14: "an obvious priority in vetting candidates", a thing picked
        ("certainty", "sure", False),  # round l26: "Republicans were so sure that Mr. Cantor would win", a belief told
        ("certainty", "unequivocal", False),
        ("loaded_language", "Wrath", False),
        ("loaded_language", "abhorred", False),  # round l25: "the leaders they abhorred", a feeling named
        ("loaded_language", "anti-Semite", False),
        ("loaded_language", "crazy", False),
        ("loaded_language", "divisive", False),
        ("loaded_language", "hated", False),  # round l25: Jews "persecuted, hated" through history, a feeling
        ("loaded_language", "hypocrisy", False),
        ("loaded_language", "incendiary", False),
        ("loaded_language", "injustices", False),  # round l31: "slavery and other injustices", a topic noun
        ("loaded_language", "persecuted", False),  # round l24: Jews "were persecuted" through history, a report
        # round l47: "the Lancet's green propaganda pages" (a claim called false, doubt's) and "zombified with
        # aggressive propaganda" (a group's material; "zombified" is the charged word): bare "propaganda" out
        ("loaded_language", "propaganda", False),
        ("loaded_language", "propaganda", False),
        ("loaded_language", "radical", False),
        ("loaded_language", "rosy", False),  # round l32: "relations were not always rosy", a state denied
        ("loaded_language", "wrath", False),
    ]


def test_the_p20_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(P20)
    assert len(rows) == 180 and max(len(r.entry) for r in rows) < 40
    # the dev escalation matches of SemEval-2025, PTC and BASIL were all judged by earlier draws, so its
    # escalation rows are every match in the BABE dev sentences no sample holds
    assert {r.dataset for r in rows if r.signal == "escalation"} == {"babe"}
    assert {r.dataset for r in rows if r.signal != "escalation"} == {
        "basil/articles",
        "ptc/articles",
        "semeval2025_narratives/EN/documents",
    }
    assert figures(rows) == {
        "escalation": (65, 45),
        "hedging": (40, 29),
        "loaded_language": (75, 61),
    }


@needs_data
@needs_basil
def test_the_p20_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, P20)
    assert_each_span_reads_as_its_entry(joined, rule_ids=True)
    # chances imperilled, "the lethal and highly contagious coronavirus", two threats inside an idea the writer
    # rejects ("the idea that ...", "brainwashed into imagining that ..."), "having nightmares", a tsunami of
    # court cases, "it is not a witch hunt" (a label denied), "the Nord Stream Blasts" (explosions); round l26:
    # "creating mayhem" and "wreaked devastation on the global economy" (the entries out); round l27: "racist
    # behavior" (an act sorted); the hedging rows round p21's rules drop are listed in its test below
    assert [(r.signal, text, r.correct) for r, text, _, kept in joined if not kept and r.signal != "hedging"] == [
        ("escalation", "havoc", False),  # round e29: "wreaks havoc with athletes", a disruption (the entry out)
        ("escalation", "imperil", False),
        ("escalation", "lethal", False),
        ("escalation", "mayhem", False),
        ("escalation", "threat to", False),
        ("escalation", "devastation", False),
        ("escalation", "exploded", False),  # round e33: a debt that has grown, a figure (the entry out)
        ("escalation", "nightmares", False),
        ("escalation", "threat to", False),
        ("escalation", "tsunami of", False),
        ("loaded_language", "racist", False),
        ("loaded_language", "witch hunt", False),
        # round l47: "Following an outcry" (a reaction reported) and bare "propaganda", both judged right here: "to talk
        # propaganda against her ... opponents" (a sneer, which the round's census judges a wrong removal too) and "the
        # Ice Age Propaganda of the 70ies" (a claim called false, doubt's, which doubt.toml still matches)
        ("loaded_language", "outcry", False),
        ("loaded_language", "propaganda", True),
        ("loaded_language", "Propaganda", True),
        ("loaded_language", "Blasts", False),
    ]


def test_a_babe_row_reads_its_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "babe"
    folder.mkdir()
    sentence = "Critics warn the plan would destroy the economy."
    (folder / "babe_sg2.csv").write_text(
        "text,label_bias,biased_words\n" + f'"{sentence}",Biased,"[\'destroy\']"\n' + '"Other text.",No agreement,[]\n',
        encoding="utf-8",
    )
    key = hashlib.sha256(sentence.encode()).hexdigest()[:12]
    row = JudgedMatch("babe", key, 22, 35, "escalation", "would destroy", True)
    assert document(tmp_path, row) == sentence
    assert document(tmp_path, row)[row.start : row.end] == "would destroy"
    with pytest.raises(InputError, match=r"BABE: no sentence 000000000000 \(judged row escalation 'would destroy'\)"):
        document(tmp_path, JudgedMatch("babe", "000000000000", 0, 5, "escalation", "would destroy", True))


P21 = JUDGED_DIR / "news_dev_p21_seed2731.csv"  # round p21: hedging from sentences no draw or sample had read


@needs_data
@needs_basil
def test_the_p21_rules_drop_only_wrong_matches_of_the_draws(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, P21)
    assert_each_span_reads_as_its_entry(joined, rule_ids=True)
    # "Do you think this change came suddenly?" (a question), "I believe what the Bible says" (faith),
    # "Dozens of potential jurors" (people), "what he can expect if" (a sure outcome)
    assert [(r.entry, text, r.correct) for r, text, _, kept in joined if not kept] == [
        ("potential", "potential", False),
        ("believe", "believe", False),
        ("think", "think", False),
        ("expect", "expect", False),
    ]
    # round p20's draw: "could neither confirm", "You could hear it going around", "You may opt out at
    # anytime", "is no longer possible", "is only possible if"
    before = rejoined(analyzer, P20)
    # round q13: "It would be good if ...", a wish whose "would" joins its "if" no more (judged right here; round u48's
    # pass judged the same row wrong, and the "if" still counts)
    assert sorted((r.entry, text, r.correct) for r, text, _, kept in before if r.signal == "hedging" and not kept) == [
        ("consequent-conditional", "would be good if", True),
        ("could", "could", False),
        ("could", "could", False),
        ("may", "may", False),
        ("possible", "possible", False),
        ("possible", "possible", False),
    ]
    # round l13's second draw: "further investigation ... if they are so inclined", a set phrase (its other row
    # no longer matched, "spell the end of", went in round e24); round l33: "a crackdown on Russian hooligans and
    # ultras", football's; round e36: "the grave dangers cluster munitions pose", one match now with its plural noun
    after = rejoined(analyzer, L13_AFTER)
    assert [(r.signal, text, r.correct) for r, text, _, kept in after if not kept] == [
        ("escalation", "grave", True),
        ("escalation", "spell the end of", False),
        ("hedging", "if", False),
        ("loaded_language", "hooligans", False),
    ]
    # the seed-27 draw: "you might want to think again", reconsider (a set phrase)
    second = rejoined(analyzer, SECOND)
    assert [(text, r.correct) for r, text, _, kept in second if not kept and r.signal == "hedging"] == [
        ("think", False)
    ]


L24 = JUDGED_DIR / "news_dev_l24_seed4513.csv"  # round l24: loaded language and doubt, judged before its rules


@needs_data
@needs_basil
def test_the_l24_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L24)
    assert_each_span_reads_as_its_entry(joined)
    # "white supremacist propaganda distribution" (a group's material named), "religious minorities that are so
    # often persecuted" (a report), "the horrors of the First World War" (history described), "sanctioned Russia
    # and Russian oligarchs" (the common word for those tycoons); round l27: "a rise in racist rallies" (an event
    # sorted); round l32: "The biggest problem for NeverTrump" (the movement's name) and "filled with contempt for
    # Tradition" (a feeling named), the entries out; round d1: an interviewer's question after his label ("RC: What
    # about Theresa May ...?") and two items of a list of reader questions ("- Who is Ukraine's president ...?");
    # round q3: "Warren, who ..., claims her plan would not" is the reporting verb, a hedge by the definitions
    # (hedging.toml counts "claims her"), though this draw judged it a right doubt match
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept) == [
        ("?", False),
        ("?", False),
        ("?", False),
        ("NeverTrump", False),
        ("claims", True),
        ("contempt", False),
        ("horrors", False),
        ("oligarchs", False),
        ("persecuted", False),
        ("propaganda", False),
        # round l47: "white supremacist propaganda to spread", "blame anti-vaccination parents and propaganda" (a
        # group's material named): bare "propaganda" out
        ("propaganda", False),
        ("propaganda", False),
        ("racist", False),
    ]


L25 = JUDGED_DIR / "news_dev_l25_seed6221.csv"  # round l25: loaded language and certainty, judged before its rules


@needs_data
@needs_basil
def test_the_l25_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L25)
    assert_each_span_reads_as_its_entry(joined)
    # "business and political elites gathered at WEF" (the leaders a report names), "Libyan strongman Muammar
    # al-Qaddafi" (the news epithet), "The Joint Chiefs of Staff were livid" (a feeling named); round l26:
    # "Republicans decrying them" and "a defense alliance Mr. Trump has often derided" (plain verbs of criticism);
    # round l27: "is being smeared as 'racist'" (a charge reported); round l31: "victimhood and oppression" (a topic
    # noun) and "many foreign dictators in the annals of history" (a descriptor)
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept) == [
        ("decrying", False),
        ("derided", False),
        ("dictators", False),
        ("elites", False),
        ("livid", False),
        ("oppression", False),
        # round l47: bare "propaganda" out: "The Left and Islamists engage in propaganda 24/7" (judged wrong here) and
        # "the onslaught of USG and ICC propaganda" (judged right here; a message called false, doubt's, which
        # doubt.toml still matches)
        ("propaganda", False),
        ("propaganda", True),
        ("racist", False),
        ("strongman", False),
    ]


L26 = JUDGED_DIR / "news_dev_l26_seed2626.csv"  # round l26: own-voice matches of three signals, judged before its rules


@needs_data
@needs_basil
def test_the_l26_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L26)
    assert_each_span_reads_as_its_entry(joined)
    gone = [(r.signal, r.entry) for r, _, _, kept in joined if not kept]
    # the plain verbs of ridicule and criticism out: one judged right ("the left loves to deride"), five wrong
    assert [r.entry for r, _, _, kept in joined if not kept and r.correct] == ["deride"]
    # entries out ("ominous", "mayhem", "devastation", "disastrously", "downward spiral", "will be the end of",
    # "untenable"), a race's odds ("Could Decimate Hillary's Election Chances"), a portrayal ("Painting Trump as a
    # threat to"), carnage in a market, "so sure" in a question, "so plainly articulated", a food intolerance
    assert sorted(gone) == sorted(
        [("certainty", "sure"), ("certainty", "plainly"), ("loaded_language", "untenable")]
        + [("loaded_language", "intolerant"), ("escalation", "carnage"), ("escalation", "decimate")]
        # round l33: "News of the mogul's dismal fundraising", a figure described (judged wrong)
        + [("loaded_language", "dismal")]
        + [("loaded_language", e) for e in ("deride", "mock", "castigat*", "decrying", "derided", "berated")]
        + [("escalation", "threat to"), ("escalation", "devastation")]
        + [("escalation", "mayhem"), ("escalation", "mayhem")]
        + [("escalation", e) for e in ("ominous", "ominous", "ominous", "ominous", "ominously", "ominously")]
        + [("escalation", e) for e in ("disastrously", "disastrously", "downward spiral")]
        + [("escalation", "will be the end of"), ("escalation", "will be the end of")]
        # round e26: a warning named ("amid dire warnings from medical experts"), an event set aside ("barring a
        # cataclysm"), a campaign's scandal as an implosion; all three judged wrong
        + [("escalation", "dire warnings"), ("escalation", "cataclysm*"), ("escalation", "implosion")]
        # round e27: benefits and living standards imperilled, a threat facing a front-runner, the collapse of 2008
        + [("escalation", "imperiled"), ("escalation", "imperil"), ("escalation", "major threat")]
        + [("escalation", "economic collapse")]
        # round e29: "his drinking presented a danger", no one it endangers (judged wrong)
        + [("escalation", "a danger")]
        # round e35: "with actually doing something about it", a deed not done (judged wrong)
        + [("certainty", "actually")]
        # round l31: "segregation and oppression" (a topic noun), "secular military dictators" (a descriptor), "he
        # was also plagued by the fallout" (a plain word); all three judged wrong
        + [("loaded_language", "oppression"), ("loaded_language", "dictators"), ("loaded_language", "plagued")]
        # round l32: "a chaotic New Year's Eve", "a legendary leader for his family": a plain description and
        # praise, the entries out; both judged wrong
        + [("loaded_language", "chaotic"), ("loaded_language", "legendary")]
        # round h13: "The Azerbaijani authorities declared war on Nagorno-Karabakh", a war declared on a state
        # (judged wrong)
        + [("escalation", "declared war on")]
        # round e33: deaths from a disease said to be exploding, a reported figure (judged wrong)
        + [("escalation", "exploding")]
        # round l40: snow "making travel dangerous", a physical hazard (judged wrong)
        + [("loaded_language", "dangerous")]
        # round e45: "Fiorina believed she was running out of time", a race against time no whole is saved in (judged
        # wrong)
        + [("escalation", "running out of time")]
    )


NEWS = {"babe", "basil/articles", "ptc/articles", "semeval2025_narratives/EN/documents"}


@pytest.mark.parametrize(
    ("draw", "size", "datasets", "expected"),
    [
        # every dev escalation match of the four data sets had been judged by earlier draws but one
        (P21, 81, NEWS, {"escalation": (1, 1), "hedging": (80, 67)}),
        (L24, 150, NEWS, {"doubt": (30, 15), "loaded_language": (120, 87)}),
        (L25, 140, NEWS, {"certainty": (40, 36), "loaded_language": (100, 81)}),
        (
            L26,
            200,
            NEWS | {"polnear/text"},
            {
                "certainty": (67, 62),
                "escalation": (58, 21),  # every own-voice escalation match left in sentences no draw or sample had read
                "loaded_language": (75, 48),
            },
        ),
    ],
    ids=["p21", "l24", "l25", "l26"],
)
def test_the_draw_is_new_and_judged_before_its_rules(
    draw: Path, size: int, datasets: set[str], expected: dict[str, tuple[int, int]]
) -> None:
    rows = read(draw)
    assert len(rows) == size and max(len(r.entry) for r in rows) < 40
    assert {r.dataset for r in rows} == datasets
    assert figures(rows) == expected


L27 = JUDGED_DIR / "news_dev_l27_seed2727.csv"  # round l27: four signals on fresh dev news, judged before its rules


def test_the_l27_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(L27)
    assert len(rows) == 240 and max(len(r.entry) for r in rows) < 40
    assert {r.dataset for r in rows} == {
        "babe",
        "basil/articles",
        "polnear/text",
        "ptc/articles",
        "semeval2025_narratives/EN/documents",
    }
    # own-voice escalation is used up in the dev news: its rows are PolNeAR's quoted and reported ones
    assert {r.dataset for r in rows if r.signal == "escalation"} == {"polnear/text"}
    assert not {r.dataset for r in rows if r.signal != "escalation"} & {"polnear/text"}
    assert figures(rows) == {
        "certainty": (60, 55),
        "escalation": (65, 47),
        "hedging": (40, 37),
        "loaded_language": (75, 57),
        "all four": (240, 196),
    }


E27 = JUDGED_DIR / "news_dev_e27_seed2727.csv"  # round e27: every escalation match its entries and rules moved


def test_the_e27_draw_is_new_and_judged_before_its_entries_were_kept() -> None:
    rows = read(E27)
    assert len(rows) == 12 and max(len(r.entry) for r in rows) < 40
    assert figures(rows) == {"escalation": (12, 12)}


@needs_data
@needs_basil
def test_the_l27_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, L27)
    assert_each_span_reads_as_its_entry(joined, rule_ids=True, space=r"\s*")  # "Naturally ,"
    # "jokes that were criticized as racist", "judging them as racists" (charges reported), "outbreaks of racist
    # violence" (an event sorted), "If not this year, ..." (an alternative, no condition); a right "until" moved
    # into one match with its modal by round h12 ("will hold judgment until we know the facts")
    # round h14: "what conversations actually took place", "uncertainty about what that position actually is" (left
    # open) and "machines that will only prolong the inevitable" (an idiom of death); round t4: "an effort ... to make
    # it clear that the Catholic church is not", a statement meant
    assert sorted((r.signal, r.entry, r.correct) for r, _, _, kept in joined if not kept) == [
        ("certainty", "actually", False),
        ("certainty", "actually", False),
        ("certainty", "inevitable", False),
        ("certainty", "make it clear", False),
        # round e46: Peter Burrows's book "Backfire: ... Battle for the Soul of Hewlett-Packard", a book's title named
        ("escalation", "battle for the soul", False),
        # round e45: "Is it the death knell? No.", a stake asked and denied at once (judged right here), and "the guy who
        # will decimate Hillary Clinton in November", a rival beaten at the polls
        ("escalation", "death knell", True),
        ("escalation", "decimate", False),
        ("escalation", "decimate", False),
        ("escalation", "destroying", False),
        ("escalation", "grave", False),
        ("escalation", "worst * crisis", False),
        ("hedging", "if", False),
        ("hedging", "until", True),
        # round l31: "beloved in the Pentagon", "has plagued Sweden for years", "stubborn vulnerabilities of his
        # campaign", "are touting the president's order": plain words, the entries out; round l32: "The movement
        # known as NeverTrump", its name
        ("loaded_language", "NeverTrump", False),
        ("loaded_language", "beloved", False),
        ("loaded_language", "plagued", False),
        # round l47: "Green propaganda is masking real statistics", judged right here; a claim called false, doubt's,
        # which doubt.toml still matches (bare "propaganda" out)
        ("loaded_language", "propaganda", True),
        ("loaded_language", "racist", False),
        ("loaded_language", "racist", False),
        ("loaded_language", "racists", False),
        ("loaded_language", "stubborn", False),
        ("loaded_language", "touting", False),
    ]


@needs_data
@needs_basil
def test_the_e27_entries_make_its_right_matches_and_drop_its_wrong_ones(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, E27)
    # "wreck the economy" is now the longer "going to wreck"; every other row is made as judged
    assert [r.entry for r, _, _, kept in joined if not kept] == ["wreck the economy"]


E29 = JUDGED_DIR / "news_dev_e29_seed2929.csv"  # round e29: escalation and doubt, sentences no draw or sample had read


def test_the_e29_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(E29)
    assert len(rows) == 67 and max(len(r.entry) for r in rows) < 40
    # one match per document and signal; the escalation rows are every match left in the five dev pools'
    # sentences that no sample (test included) or draw had read
    for signal in ("escalation", "doubt"):
        documents = [(r.dataset, r.id) for r in rows if r.signal == signal]
        assert len(documents) == len(set(documents))
    assert {r.dataset for r in rows if r.signal == "doubt"} == NEWS | {"polnear/text"}
    assert figures(rows) == {"doubt": (60, 29), "escalation": (7, 5)}


@needs_data
@needs_basil
def test_the_e29_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, E29)
    assert_each_span_reads_as_its_entry(joined)
    # a doctor's "real worry that it mutates and become untreatable" (a risk relayed), two activists "accused
    # of having 'blood on their hands'" (a charge reported) and an interviewer's question put after "Maddow asked,"
    # (asked to be answered); round q4: a conference's "Disinformation", a subject named; every other match is still
    # made
    assert [(r.entry, r.correct) for r, _, _, kept in joined if not kept] == [
        ("become untreatable", False),
        ("blood on their hands", False),
        # round q13: one-word questions, "Probably. Maybe. Right?" (judged right here) and a speaker's "Right? So you
        # can look at ...", a filler (judged wrong), beside the interviewer's question; round q14: "I think one has to
        # ask, is this a priority ...?" (judged right), whose question its frame now counts, the "?" not again
        ("?", True),
        ("?", True),
        ("?", False),
        ("?", False),
        # round q18: a witness's "did I see anything suspicious", suspicion denied
        ("suspicious", False),
        ("disinformation", False),
    ]


D1 = JUDGED_DIR / "news_dev_d1_seed3301.csv"  # round d1: the bare "?" in dev news no draw or sample had read


def test_the_d1_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(D1)
    assert len(rows) == 60 and {r.entry for r in rows} == {"?"}
    documents = [(r.dataset, r.id) for r in rows]
    assert len(documents) == len(set(documents))  # one "?" per document
    assert {r.dataset for r in rows} == NEWS | {"polnear/text"}
    assert figures(rows) == {"doubt": (60, 22)}


@needs_data
@needs_basil
def test_the_d1_rules_drop_only_wrong_matches_of_its_draw(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, D1)
    assert_each_span_reads_as_its_entry(joined)
    # a transcript's question after its speaker's label ("Defense Attorney : What are the names ...?"), a subheading
    # set off by dashes ("– Using Ted Cruz? –.", a bullet), a forecast ("What's next for him?", "What's Next at
    # Fox News?") and two fillers ("You know what?"); every other match is still made but two questions answered in
    # the next sentence (round q7: "Do we have issues? Of course we have issues.", and "You mean ...? No way!", a
    # sneer judged right)
    # round q13: two one-word questions, "Where? In the ... protests" (answered, judged wrong) and "Comfort?", a word
    # echoed to sneer at it (judged right: the one_word rule's loss)
    assert (
        sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept) == [("?", False)] * 8 + [("?", True)] * 2
    )


H14 = (
    JUDGED_DIR / "news_dev_h14_seed1414.csv",  # round h14: own-voice hedging, sentences no draw or sample had read
    JUDGED_DIR / "news_dev_h14_seed1415.csv",  # and own-voice certainty, both judged before the round's rules
)


@pytest.mark.parametrize(("draw", "expected"), [(H14[0], {"hedging": (80, 75)}), (H14[1], {"certainty": (80, 70)})])
def test_the_h14_draws_are_new_and_judged_before_its_rules(draw: Path, expected: dict[str, tuple[int, int]]) -> None:
    rows = read(draw)
    assert len(rows) == 80 and max(len(r.entry) for r in rows) < 40
    documents = [(r.dataset, r.id) for r in rows]
    assert len(documents) == len(set(documents))  # one match per document
    assert figures(rows) == expected


@needs_data
@needs_basil
def test_the_h14_rules_drop_only_wrong_matches_of_its_draws(analyzer: Analyzer) -> None:
    joined = rejoined(analyzer, *H14)
    assert_each_span_reads_as_its_entry(joined, rule_ids=True, space=r"\s*")  # "Bottom line:"
    # "As if that wasn't enough" (an idiom), "Contrary to what you might believe" (a belief denied), "They had to
    # make certain that" (to ensure), "The obvious question I have", "an obvious example would be" (things picked);
    # round e35: "should there ever actually be one" (a case supposed), and "as should be obvious" now matched whole
    # (its span widened, still right); round t4: "once it became clear that the spacecraft" now matched whole as "it
    # became clear" (widened, still right); every other match, right or wrong, is still made
    assert sorted((r.signal, r.entry, r.correct) for r, _, _, kept in joined if not kept) == [
        ("certainty", "actually", False),
        ("certainty", "certain that", False),
        ("certainty", "clear that", True),
        ("certainty", "obvious", False),
        ("certainty", "obvious", False),
        ("certainty", "obvious", True),
        ("hedging", "as if", False),
        ("hedging", "believe", False),
    ]
