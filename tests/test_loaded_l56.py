"""Round l56 (issue 13): loaded language by construction. A verb of force whose object is a bill counts with the
legislature or the bill's parts ("crammed the provisions into law", "snuck in a rider"), people called a herd count
save a herd of animals and herd immunity, honorifics said with a sneer count after a demonstrative or "all the"
("these sages"), a body "bankrolled by" someone, taxpayers forced to pay and a pawn or foot soldiers pinned to a master ("the
lobby's pawn", "pawns in a game", "foot soldiers of") count; a door jammed, a candidate who
slipped in the polls, a herd of cattle, party luminaries, a grant that bankrolled research, a pawn shop and volunteers who become foot soldiers in a campaign do not. Every dev news
match the round moved was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_l56_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The leaders crammed the new tax provisions into the spending bill overnight.",
            ["crammed the new tax provisions into the spending bill"],
        ),
        (
            "Aides tried to sneak the pay raise through the Senate before the recess.",
            ["sneak the pay raise through the Senate"],
        ),
        ("The chairman snuck in a rider that guts the audit office.", ["snuck in a rider"]),
        ("Most viewers are just a herd that believes whatever it hears.", ["herd"]),
        ("The government wants to herd dissidents into camps.", ["herd"]),
        ("According to these Westminster sages, the budget is fine.", ["sages"]),
        ("Ask all the geniuses at the central bank what went wrong.", ["geniuses"]),
        ("The campaign group is bankrolled by a handful of billionaires.", ["bankrolled by"]),
        ("The new rule would force taxpayers to cover the stadium's debts.", ["force taxpayers to"]),
        ("The senator is nothing but the oil lobby's pawn.", ["pawn"]),
        ("Refugees have become pawns in a border game.", ["pawns"]),
        ("Critics called the bloggers foot soldiers of the royal court.", ["foot soldiers"]),
    ],
)
def test_the_constructions_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # literal herds, a force verb with no bill, a slide in the polls, honorifics said straight, a plain funder
        "A herd of elephants crossed the river at dawn.",
        "The ranchers will herd the cattle to the lower pasture.",
        "Dairy farmers must cut their herds by a third.",
        "Officials said herd immunity was still out of reach.",
        "The stairwell door jammed and the guard radioed for help.",
        "The senator slipped in the polls after the debate.",
        "The migrant snuck into the country through a tunnel.",
        "She is one of the party luminaries who have not yet endorsed.",
        "The sages of the ancient academy wrote on ethics.",
        "A federal grant bankrolled the new battery plant.",
        "The law forced the company to recall the cars.",
        "She sold her ring at a pawn shop downtown.",
        "Thousands of volunteers became foot soldiers in the campaign.",
    ],
)
def test_literal_herds_plain_verbs_and_straight_honorifics_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    """Every dev news match the round added, each judged right (a first try with "force" among the verbs took
    a campaign's plan to "force sweeping liberal initiatives through Congress", wrong: the verb was taken out)."""
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"loaded_language": (13, 13)}


def test_the_census_rows_moved(shared_data: Path) -> None:
    added = rejoin(read(ADDED), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in added)
    assert {r.entry for r, *_ in added} == {
        "force-a-bill-through",
        "slipped-into-a-bill",
        "herd",
        "sages",
        "geniuses",
        "bankrolled by",
        "being bankrolled",
        "force taxpayers to",
        "pawn",
        "foot soldiers",
    }
