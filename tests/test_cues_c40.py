"""Whole attributions missed on PolNeAR's dev fold whose source is a labelled one (issue 12, helper round c40), in
sentences of our own: a threat or a vow after any subject that can hold one, a poll's share as a weak passive's agent,
and a preference stated as a poll's split.

"threatened to" counted only after an auxiliary, "who" or a comma, so "Some miffed supporters threaten to …" and a
headline's "Teachers vow to …" were no attribution; they are now read by a subject that can hold a threat
(`source = "holder"`), not by a thing ("a ballot measure threatened to …") nor after "that", "to" or a modal. A weak
cue's passive ("was backed by") names a cause more often than a source and was no cue; with a share of a population
as its agent ("by 34% of GOP voters") the share holds the stance. "favored", "preferred" before "N percent to" report
a poll's split ("Officers favored Ruiz 46 percent to 32 percent")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources, fields


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Some angry dock workers threaten to strike before the holidays.", "threaten to", "Some angry dock workers"),
        ("Teachers Vow To Boycott Board Meeting Over Pay Cuts.", "Vow To", "Teachers"),
        (
            "The county prosecutors initially threatened to charge him with fraud.",
            "initially threatened to",
            "The county prosecutors",
        ),
        ("Farm groups vow to fight the new water rules in court.", "vow to", "Farm groups"),
    ],
)
def test_a_threat_or_a_vow_is_read_by_its_holder(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "A pending ballot measure threatened to raise the wage sooner.",
        "It was a vote that threatened to split the party in two.",
        "They would threaten to walk out if the talks failed.",
        "The storm threatens to flood the lower town.",
        "Did they ask about his repeated vow to cut the tax?",
    ],
)
def test_a_thing_a_relative_a_modal_or_the_noun_holds_no_threat(analyzer: Analyzer, text: str) -> None:
    assert not [cue for cue, _ in cues_and_sources(analyzer, text) if cue.lower().endswith(("threaten to", "vow to"))]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("He is backed by 34% of GOP voters in the latest survey.", "backed", "34% of GOP voters", "He is"),
        (
            "Lopez was supported by 41 percent of the Democrats polled.",
            "supported",
            "41 percent of the Democrats polled",
            "Lopez was",
        ),
        ("Ruiz is backed by just 12 percent of independents.", "backed", "just 12 percent of independents", "Ruiz is"),
    ],
)
def test_a_polls_share_is_the_agent_of_a_weak_passive(
    analyzer: Analyzer, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in fields(analyzer, text, "cue", "source", "content")


def test_a_weak_passive_with_another_agent_stays_no_cue(analyzer: Analyzer) -> None:
    # "was backed by" names a cause or a sponsor more often than a source: a weak passive keeps needing a share
    assert cues_and_sources(analyzer, "Ruiz is backed by the union.") == []


def test_according_to_a_share_reads_past_the_percent_sign(analyzer: Analyzer) -> None:
    assert cues_and_sources(analyzer, "According to 40% of economists, the plan will fail.") == [
        ("According to", "40% of economists")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers favored Ruiz 46 percent to 32 percent, while enlisted sailors favored Lopez 58 percent to 21 "
            "percent.",
            [("favored", "Officers"), ("favored", "enlisted sailors")],
        ),
        ("Democrats favored Ana Ruiz, 72 percent to 8 percent.", [("favored", "Democrats")]),
        ("Female voters preferred Lopez 51% to 24%.", [("preferred", "Female voters")]),
    ],
)
def test_a_preference_before_a_polls_split(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He took his preferred route to the office.",
        "Lopez was the favored candidate of the party bosses.",
        "The board favored a delay of two weeks.",
    ],
)
def test_a_preference_without_a_split_stays_no_cue(analyzer: Analyzer, text: str) -> None:
    assert not [cue for cue, _ in cues_and_sources(analyzer, text) if cue in ("favored", "preferred")]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The county prosecutor is considering a request to reopen the case.",
            "is considering",
            "The county prosecutor",
        ),
        ("Several senators are contemplating a return to the old rules.", "are contemplating", "Several senators"),
    ],
)
def test_an_option_weighed_after_be(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The turnout was strong, considering the cold weather.",
        "Considering the risks, the council delayed the vote.",
        "Ruiz spoke for an hour, considering the late start.",
    ],
)
def test_considering_as_the_preposition_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert not [cue for cue, _ in cues_and_sources(analyzer, text) if cue.endswith("considering")]


def test_a_reported_option_stays_the_adverbs(analyzer: Analyzer) -> None:
    assert fields(analyzer, "Two senators are reportedly considering a vote for the judge.", "cue", "content") == [
        ("are reportedly", "considering a vote for the judge.")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The new budget was praised by local officials.", "praised", "local officials"),
        ("The tax plan was hotly criticized by left-leaning economists.", "criticized", "left-leaning economists"),
        ("The charge was denied by senior party leaders on Sunday.", "denied", "senior party leaders"),
    ],
)
def test_a_passive_agent_of_people_after_a_modifier(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was criticized by and large for its cost.",
        "The plan was criticized by early March, before officials spoke.",
    ],
)
def test_a_passive_with_no_people_after_by_has_no_agent(analyzer: Analyzer, text: str) -> None:
    assert not [source for _, source in cues_and_sources(analyzer, text) if "officials" in source]
