"""Round l33 (issue 13): a fresh judged draw of own-voice loaded-language matches in the dev news, and sense rules
for the words every judged draw together found plain: a poison, a liability, football's fans, figures described."""

from __future__ import annotations

from functools import partial

import pytest

from framing.pipeline import Analyzer
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_spans

L33 = JUDGED_DIR / "news_dev_l33_seed3333.csv"
L33_AFTER = JUDGED_DIR / "news_dev_l33_seed3334.csv"  # judged after the rules, sentences no draw had read
# BASIL had no dev article left with a sentence no sample or draw had read
POOLS = {"babe", "polnear/text", "ptc/articles", "semeval2025_narratives/EN/documents"}
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "polnear", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)


def test_the_l33_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(L33)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 120 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == POOLS
    assert len({(r.dataset, r.id) for r in rows}) == 120  # one match per article or BABE sentence
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (120, 79)}


def test_the_draw_after_the_rules_reads_new_sentences_and_keeps_its_judgements() -> None:
    rows = read(L33_AFTER)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 49 and max(len(r.entry) for r in rows) <= 40
    assert {r.dataset for r in rows} == POOLS
    assert len({(r.dataset, r.id) for r in rows}) == 49
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (49, 40)}


@needs_data
def test_the_l33_rules_drop_only_wrong_matches_of_its_draw() -> None:
    joined = rejoin(read(L33), default_data_dir(), Analyzer())
    gone = sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept)
    assert gone == [
        ("bleak", False),  # "Given these bleak prospects"
        ("botched", False),  # "during a botched raid"
        ("crooked", False),  # "the head of Defeat Crooked Hillary", a group's name
        ("grim", False),  # "With that grim prospect in mind"
        ("hooligans", False),  # "in pitch battles with English fans"
        ("outcry", False),  # round l47: "a rising outcry within his own party", a reaction reported (the entry out)
        ("schemes", False),  # "tax avoidance schemes"
        ("stifling", False),  # "potentially stifling economic growth"
        ("toxic", False),  # "politically toxic"
        ("toxic", False),  # "very toxic to manufacture"
    ]


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a poison's effect and a financial product
        "The solvent is toxic to humans and to fish.",
        "Old paint can be toxic to children who touch it.",
        "The bank sold toxic assets to its clients.",
        # an electoral liability
        "The tax became politically toxic within a year.",
        "Party leaders saw the vote as politically dangerous.",
        # football's hooligans
        "Local hooligans fought rival fans outside the stadium.",
        # figures and prospects described
        "The senator's dismal poll numbers worried his staff.",
        "Investors faced bleak prospects after the crash.",
        "The report carried grim economic news for farmers.",
        # a failed operation named
        "The suspect died during a botched raid on his home.",
        # a programme's plain name and an economists' verb
        "The firm sold tax avoidance schemes to its clients.",
        "Councils run housing schemes for young families.",
        "Higher rates risk stifling economic growth, the bank warned.",
        # a group's name
        "He now runs Defeat Crooked Hillary from an office in Virginia.",
    ],
)
def test_a_poison_a_liability_and_figures_described_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_a_writers_verdict_and_name_calling_still_count() -> None:
    assert loaded("The campaign spread its toxic hate online.") == ["toxic"]
    assert loaded("They hired an army unit of hooligans to fight.") == ["hooligans"]
    assert loaded("The numbers are absolutely dismal for the party.") == ["dismal"]
    assert loaded("This botched investigation shames the bureau.") == ["botched"]
    assert loaded("The mayor's schemes cost savers millions.") == ["schemes"]
    assert loaded("Many found the culture of the office stifling.") == ["stifling"]
    assert loaded("Crooked Hillary will say anything, he told the crowd.") == ["Crooked"]
