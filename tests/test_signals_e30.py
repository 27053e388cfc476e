"""Round e30 (issue 13): a fresh judged draw of PolNeAR dev news for the five signals, and sense rules for the words
every judged draw together found plain: history named, a slogan reported, militants named, a verdict on a body."""

from __future__ import annotations


import pytest

from framing.pipeline import Analyzer
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_spans

E30 = JUDGED_DIR / "news_dev_e30_seed3030.csv"
needs_data = pytest.mark.skipif(not (default_data_dir() / "polnear").is_dir(), reason="no ../shared")


def test_the_e30_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(E30)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 151 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == {"polnear/text"}
    # one match per article and signal, but for escalation: every PolNeAR dev match no draw had judged (11)
    for signal in ("hedging", "certainty", "loaded_language", "doubt"):
        articles = [r.id for r in rows if r.signal == signal]
        assert len(articles) == len(set(articles))
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {
        "certainty": (30, 30),
        "doubt": (20, 12),
        "escalation": (11, 9),
        "hedging": (40, 37),
        "loaded_language": (50, 34),
        "all four": (131, 110),
    }


@needs_data
def test_the_e30_rules_drop_only_wrong_matches_of_its_draw() -> None:
    joined = rejoin(read(E30), default_data_dir(), Analyzer())
    gone = sorted((r.signal, r.entry, r.correct) for r, _, _, kept in joined if not kept)
    assert gone == [
        # round q10: "necessarily" counts only negated; "freer trade is, necessarily, a good thing" is lost, one of the
        # two wrong moves q10 reported
        ("certainty", "necessarily", True),
        ("doubt", "?", False),  # round q7: "Are you surprised ...? A: I am surprised.", an interview answered
        ("doubt", "so-called", False),  # round q13: "so-called" before a name names it (judged wrong here too)
        ("escalation", "out-of-control", False),  # "an out-of-control federal government"
        ("loaded_language", "extremists", False),  # "accounts tied to extremists"
        ("loaded_language", "grim", False),  # "The grim view of the political climate"
        ("loaded_language", "gulag", False),  # "the Gulag's slave labor"
        ("loaded_language", "nazi", False),  # "a country whose Nazi past"
        ("loaded_language", "rigged", False),  # 'their "rigged" system'
    ]


matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the historical Nazis and the Soviet camps named
        "The town still teaches pupils about its Nazi past.",
        "Her parents fled Nazi atrocities in 1938.",
        "He wrote about the Gulag and its prisoners.",
        "Her grandfather spent ten years in the gulag.",
        # a charge or a slogan reported in its owner's word
        'The senator promised to end the "rigged economy" for good.',
        "Supporters called it a “rigged” count, officials said.",
        # militants named in the counter-terrorism register
        "The raid plays into the hands of the extremists, the mayor said.",
        "The site removed accounts tied to extremists last year.",
        "The kingdom says it has done much to fight extremists.",
        "Radical Islamic groups hold the hills near the border.",
        "The country deported several radical imams last year.",
        # a view described, a book's title, the verb "mess up" or "mess with"
        "The grim view of the economy spread among farmers.",
        "His new book, See No Evil, comes out in May.",
        "The mayor really did mess up at the press conference.",
        "Nobody wants to mess with the new coach.",
    ],
)
def test_history_a_slogan_reported_and_militants_named_are_not_loaded(sentence: str) -> None:
    assert matched(sentence, "loaded_language") == []


def test_a_verdict_on_a_government_raises_no_stakes() -> None:
    assert matched("Our rights face an out-of-control federal government.", "escalation") == []
    assert matched("They fear out-of-control Democrats in the House.", "escalation") == []


def test_name_calling_a_speakers_own_charge_and_a_crisis_still_count() -> None:
    assert matched("He called the mayor a Nazi at the meeting.", "loaded_language") == ["Nazi"]
    assert matched("Critics say the new law turned the campus into a gulag.", "loaded_language") == ["gulag"]
    assert matched("He won because the election was rigged, he wrote.", "loaded_language") == ["rigged"]
    assert matched("On abortion, the Democrats are extremists.", "loaded_language") == ["extremists"]
    assert matched("These climate extremists want to ban meat.", "loaded_language") == ["extremists"]
    assert matched("The fight against radical Islam goes on, he said.", "loaded_language") == ["radical"]
    assert matched("The grim toll of the war keeps rising.", "loaded_language") == ["grim"]
    assert matched("They plot evil against the nation.", "loaded_language") == ["evil"]
    assert matched("The new bill made a mess of the tax code.", "loaded_language") == ["mess"]
    assert matched("The crisis gets more out-of-control every day.", "escalation") == ["out-of-control"]
