"""Round l36 (issue 13): a fresh judged draw of loaded-language matches in dev news the draws had read least
(PolNeAR articles no draw had read, SemEval-2023 EN paragraphs no draw had read), and the sense rules and removals
its wrong matches led to: a plain name, a losing issue, an amount, a mood told, an intensifier, a verb of ridicule."""

from __future__ import annotations

from functools import partial

import pytest

from framing.pipeline import Analyzer
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_spans

L36 = JUDGED_DIR / "news_dev_l36_seed3636.csv"  # judged before the rules
L36_B = JUDGED_DIR / "news_dev_l36_seed3637.csv"  # drawn with it, other articles; judged after the rules, unread before
POOLS = {"polnear/text", "semeval2023_en/articles"}
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("polnear", "semeval2023_en")), reason="no ../shared"
)


def test_the_l36_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(L36)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 60 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == POOLS
    assert len({(r.dataset, r.id) for r in rows}) == 60  # one match per article
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (60, 30)}


def test_the_second_draw_reads_other_articles_and_keeps_its_judgements() -> None:
    rows = read(L36_B)
    assert len(rows) == 60 and {r.dataset for r in rows} == POOLS
    assert not {r.id for r in rows} & {r.id for r in read(L36)}  # no article of the first draw
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (60, 34)}


@needs_data
def test_the_second_draw_loses_one_wrong_match_to_the_rules() -> None:
    joined = rejoin(read(L36_B), default_data_dir(), Analyzer())
    # round l47 took out "bleak" and narrowed a bare "propaganda" (both judged wrong here too)
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept) == [
        ("bleak", False),
        ("inspiring", False),
        ("propaganda", False),
    ]


@needs_data
def test_the_l36_rules_drop_only_wrong_matches_of_its_draw() -> None:
    joined = rejoin(read(L36), default_data_dir(), Analyzer())
    gone = sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept)
    assert gone == [
        ("awfully", False),  # an intensifier
        ("cynical", False),  # a speaker's mood
        ("disrespectful", False),  # a plain description of remarks
        ("junta", False),  # the military government's plain name
        ("loser", False),  # a losing issue
        ("onslaught", False),  # an amount of messages
        ("taunted", False),  # a report of what someone did
    ]


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the plain name of a government of officers
        "The military junta freed some prisoners last spring.",
        # a losing issue or venture
        "Taxes proved a loser issue for the party in the suburbs.",
        "Analysts call the new plant a money loser.",
        # an amount of goods, ads or messages
        "Towns hit by the steel export onslaught lost their mills.",
        "Farmers faced an onslaught of imports after the deal.",
        "An advertising onslaught will start next week.",
        "The minister faced an onslaught of criticism over the plan.",
        # someone's own mood
        "Voters said they were hopeful but cynical about the talks.",
        "It is easy to be cynical about such promises.",
        "I am not that cynical, she said.",
        "He was cynical at first about the whole effort.",
        # the verb before what it stirs up
        "Critics said the posts were inspiring violence at home.",
        # mild regret and a campaign's verb
        "It is a shame the talks stalled again.",
        "Activists plan to name and shame the firms.",
        # an intensifier, a plain description, a verb of ridicule
        "The gap between the two is awfully large.",
        "The party will not tolerate disrespectful language.",
        "The group taunted the company with a new account.",
    ],
)
def test_a_plain_name_an_amount_and_a_mood_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_a_writers_verdict_and_name_calling_still_count() -> None:
    assert loaded("The junta in the capital jails its critics.") == ["junta"]
    assert loaded("Mark, you are a total loser.") == ["loser"]
    assert loaded("We must halt this onslaught on our borders.") == ["onslaught"]
    assert loaded("The raise was a cynical move before the vote.") == ["cynical"]
    assert loaded("It was an inspiring speech.") == ["inspiring"]
    assert loaded("The legacy of shame will follow them.") == ["shame"]
