"""Verbs in a sense that reports nothing and a headline's topic read as its speaker (issue 12, helper round v30), in
sentences of our own.

A warrant "issued", a telephone call with nothing said ("the landlord called and …", "No one called.", "called 911"),
a vote "called off", "calling the shots", envoys "recalled", "said" as an adjective ("of said fraud"), "never know" and
the noun "stresses" report no one's words; nor does a headline whose label before the colon names a topic the text
writes in lower case ("The Sinking of the Ferry: …" beside "the sinking of"). The same words in their reporting sense,
and a speaker's name or a noun for people before a headline's colon, stay.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate issued an arrest warrant for the driver on Monday.",
        "Bailiffs called and the furniture was carried out.",
        "For three weeks no one called.",
        "A neighbour had called 911 before the fire spread.",
        "The union called off the strike after the talks.",
        "The coach is no longer calling the shots at the club.",
        "The ministry recalled its ambassador from the capital.",
        "The auditor found no trace of said payments in the ledger.",
        "We may never know the full extent of the damage.",
        "Heavy traffic causes stresses and strains in the old bridge.",
    ],
)
def test_a_verb_in_another_sense_reports_no_attribution(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


def test_a_headline_topic_is_no_speaker(analyzer: Analyzer) -> None:
    text = (
        "The Sinking of the Ferry: Questions for the Harbour Board Remain Open.\n\n"
        "Divers returned on Monday to the sinking of the ferry near the pier."
    )
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Lopez: The Harbour Board Must Answer for the Ferry.\n\nDivers returned on Monday to the pier.",
            [(":", "Maria Lopez")],
        ),
        (
            "Harbour Minister: The Ferry Will Sail Again by the Summer.\n\nThe minister spoke on Monday at the pier.",
            [(":", "Harbour Minister")],
        ),
        (
            "The board issued a statement saying the ferry was safe.",
            [("issued a statement", "The board"), ("saying", "The board")],
        ),
        ("The senator called the plan a disgrace.", [("called", "The senator")]),
        ("Lo recalled that the pier had flooded twice.", [("recalled", "Lo")]),
        ("The pilot stresses that the runway is too short.", [("stresses", "The pilot")]),
        ("Most of them said the fare was too high.", [("said", "Most of them")]),
        ("Residents know that the bridge is unsafe.", [("know", "Residents")]),
    ],
)
def test_the_same_words_still_report(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected
