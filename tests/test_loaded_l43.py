"""Round l43 (issue 13): loaded-language recall by class rather than set by set, each class written from the
definition with its inflections and read in every dev news use. Verbs of attack in headline-ese ("swipes at",
"hit out at", "blast", "bash"), dehumanising metaphors ("these animals", "the dregs of"), the adverbs of moral
condemnation, sneering compounds written as one hyphenated word ("eco-idiots", "alarmist-in-chief",
"immigrant-bashing", "Trump-loving") and the other number of listed labels ("attack dogs", "freeloader"); the
literal senses (a bomb's blast, a party or a blow called a bash, animals in nature) do not count. Every dev news match
of the new entries was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L43 = JUDGED_DIR / "news_dev_l43_census.csv"  # every dev news match of the new entries, judged before they were kept
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L43)
    assert len(rows) == 46
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (46, 46)}


def test_the_census_rows_are_still_matched(shared_data: Path) -> None:
    joined = rejoin(read(L43), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} >= {"swipes at", "blast", "bash", "these animals", "eco-idiots"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # verbs of attack
        ("The mayor swipes at her rivals in every speech.", ["swipes at"]),
        ("He took several swipes at the council on Monday.", ["swipes at"]),
        ("The union hit out at the new rota.", ["hit out at"]),
        ("Farmers blast the ministry over the new quota.", ["blast"]),
        ("The rival went on to blast the mayor for the delays.", ["blast"]),
        ("It is easy to bash the council, she said.", ["bash"]),
        ("The columnist keeps bad-mouthing the coach.", ["bad-mouthing"]),
        # dehumanising metaphors
        ("We cannot negotiate with these animals, the minister said.", ["these animals"]),
        ("He called the newcomers the dregs of the prisons.", ["the dregs of"]),
        ("The new board is a nest of vipers.", ["nest of vipers"]),
        # moral condemnation
        ("The fees were unconscionably high for pensioners.", ["unconscionably"]),
        # compounds written as one word
        ("Eco-freaks blocked the road to the quarry again.", ["Eco-freaks"]),
        ("The agency's alarmist-in-chief spoke first.", ["alarmist-in-chief"]),
        ("The immigrant-bashing candidate lost the runoff.", ["immigrant-bashing"]),
        ("A Trump-loving councillor chaired the panel.", ["Trump-loving"]),
        ("The foul-mouthed host apologised on air.", ["foul-mouthed"]),
        # the other number of listed labels
        ("The campaign sent its attack dogs after the reporter.", ["attack dogs"]),
        ("Every freeloader in town wants a grant.", ["freeloader"]),
        ("The rivals traded low blows all week.", ["low blows"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a blast is an explosion, a furnace or a good time; a bash a name, a party or a blow
        "The blast occurred near the fuel tanks.",
        "Two workers were hurt in Friday's blast at the depot.",
        "Coke is fed into the blast furnace each morning.",
        "We had a blast at the county fair.",
        "Dana Bash asked the first question.",
        "The club threw a birthday bash for the coach.",
        "He used a rock to bash in the window.",
        # animals in nature, a small sum, a machine's name
        "These animals carry the virus from farm to farm.",
        "Volunteers said those animals were rescued from a flooded barn.",
        "The fee is chump change for the club.",
        "The contraption looked like a Rube Goldberg machine.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []
