"""Whole attributions missed on PolNeAR's dev fold whose source is a labelled one (issue 12, helper round c40), in
sentences of our own: a threat or a vow after any subject that can hold one, an option weighed, a poll's share as a
weak passive's agent, a preference stated as a poll's split, and people after a modifier as a passive's agent.

"threatened to" counted only after an auxiliary, "who" or a comma, so "Some miffed supporters threaten to …" and a
headline's "Teachers vow to …" were no attribution; they are now read by a subject that can hold a threat
(`source = "holder"`), not by a thing ("a ballot measure threatened to …") nor after "that", "to" or a modal; so is
"is/are considering" after a form of "be". A weak cue's passive ("was backed by") names a cause more often than a
source and stays no cue but with a share of a population as its agent ("by 34% of GOP voters"). "favored",
"preferred" before "N percent to" report a poll's split. A full-weight passive's agent may open with a modifier
("was praised by local officials"), not with a gerund ("by admonishing reporters")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources, fields


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a threat or a vow, by its holder
        ("Some angry dock workers threaten to strike before the holidays.", "threaten to", "Some angry dock workers"),
        ("Teachers Vow To Boycott Board Meeting Over Pay Cuts.", "Vow To", "Teachers"),
        (
            "The county prosecutors initially threatened to charge him.",
            "initially threatened to",
            "The county prosecutors",
        ),
        ("Farm groups vow to fight the new water rules in court.", "vow to", "Farm groups"),
        # an option weighed after "be"
        (
            "The county prosecutor is considering a request to reopen the case.",
            "is considering",
            "The county prosecutor",
        ),
        ("Several senators are contemplating a return to the old rules.", "are contemplating", "Several senators"),
        # a poll's split
        ("Democrats favored Ana Ruiz, 72 percent to 8 percent.", "favored", "Democrats"),
        ("Female voters preferred Lopez 51% to 24%.", "preferred", "Female voters"),
        ("Officers favored Ruiz 46 percent to 32 percent, while sailors favored Lo.", "favored", "Officers"),
        # a share read past its percent sign
        ("According to 40% of economists, the plan will fail.", "According to", "40% of economists"),
        # people after a modifier as a full-weight passive's agent
        ("The new budget was praised by local officials.", "was praised", "local officials"),
        (
            "The tax plan was hotly criticized by left-leaning economists.",
            "was hotly criticized",
            "left-leaning economists",
        ),
        ("The charge was denied by senior party leaders on Sunday.", "was denied", "senior party leaders"),
    ],
)
def test_the_construction_is_read(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("He is backed by 34% of GOP voters in the latest survey.", "is backed", "34% of GOP voters", "He"),
        ("Lo was supported by 41 percent of those polled.", "was supported", "41 percent of those polled", "Lo"),
        ("Ruiz is backed by just 12 percent of independents.", "is backed", "just 12 percent of independents", "Ruiz"),
    ],
)
def test_a_polls_share_is_the_agent_of_a_weak_passive(
    analyzer: Analyzer, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in fields(analyzer, text, "cue", "source", "content")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a thing, a relative, a modal or the noun holds no threat
        ("A pending ballot measure threatened to raise the wage sooner.", ("threatened to",)),
        ("It was a vote that threatened to split the party in two.", ("threatened to",)),
        ("They would threaten to walk out if the talks failed.", ("threaten to",)),
        ("The storm threatens to flood the lower town.", ("threatens to",)),
        ("Did they ask about his repeated vow to cut the tax?", ("vow to",)),
        # "considering" as the preposition
        ("The turnout was strong, considering the cold weather.", ("considering",)),
        ("Considering the risks, the council delayed the vote.", ("considering",)),
        ("Ruiz spoke for an hour, considering the late start.", ("considering",)),
        # a preference with no split
        ("He took his preferred route to the office.", ("preferred",)),
        ("Lopez was the favored candidate of the party bosses.", ("favored",)),
        ("The board favored a delay of two weeks.", ("favored",)),
        # a weak passive with another agent: "was backed by" names a cause or a sponsor more often than a source
        ("Ruiz is backed by the union.", ("backed",)),
        # no people after "by": a set phrase, a date, a means
        ("The bridge was criticized by and large for its cost.", ("criticized",)),
        ("The plan was criticized by early March, before officials spoke.", ("criticized",)),
        ("Lo concluded by admonishing reporters who ignore the facts.", ("admonishing reporters",)),
    ],
)
def test_no_cue_or_source_here(analyzer: Analyzer, text: str, words: tuple[str, ...]) -> None:
    read = [f"{cue} {source}" for cue, source in cues_and_sources(analyzer, text)]
    assert not [r for r in read if any(w in r for w in words)]


def test_a_reported_option_stays_the_adverbs(analyzer: Analyzer) -> None:
    assert fields(analyzer, "Two senators are reportedly considering a vote for the judge.", "cue", "content") == [
        ("are reportedly", "considering a vote for the judge.")
    ]
