"""Round c51 (issue 12): reporting verbs in a sense that reports nothing, in constructions PolNeAR's dev fold leaves
unmarked as well: seeking an office or papers, a thing "supported by" something, papers of authority "issued", an
object "observed" (seen), and "shows" as a kind of programme. The same verbs with what a source said stay cues."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    "text",
    [
        # running for an office
        "Senator Okafor is seeking a third term in the upper house.",
        "Ms. Ruiz, seeking the Republican nomination, spoke in Leith.",
        "Ms. Varga, who seeks reelection in May, opened a new office.",
        "The mayor sought the governorship twice before retiring.",
        # asking for papers or words not yet given
        "The newspaper sought more details from the harbor board.",
        "The station sought comment from the harbor board.",
        "The lawsuit seeks records about the ferry contract.",
        # a participle describing a thing
        "The ferry line, supported by two grants, will reopen in spring.",
        "They want a pension supported by the county fund.",
        # papers of authority
        "The county clerk issued building permits to the two farms.",
        "Prosecutors in Leith have issued grand jury subpoenas to the firm.",
        "The governor issued an executive order closing the bridge.",
        # seeing, not saying
        "The astronomer observed a comet over the harbor in 1910.",
        # the noun of a programme
        "Ms. Varga made the rounds of the Sunday morning shows this week.",
        "The two brothers enjoy similar shows and the same books.",
    ],
)
def test_a_verb_in_a_sense_that_reports_nothing_is_no_cue(analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance in the passive stays, its agent the source
        ("Lo was supported by 42 percent of the delegates.", [("was supported", "42 percent of the delegates")]),
        ("Voters in Leith supported her by a wide margin.", [("supported", "Voters in Leith")]),
        # what is said after the verb stays
        ("The astronomer observed that a comet had passed.", [("observed", "The astronomer")]),
        ('"The comet is back," Ms. Varga observed.', [("observed", "Ms. Varga")]),
        (
            "The harbor board issued a statement saying the ferry would run.",
            [("issued a statement", "The harbor board"), ("saying", "The harbor board")],
        ),
        ("A new county poll shows Ruiz with a narrow lead.", [("shows", "A new county poll")]),
    ],
)
def test_the_same_verbs_reporting_words_stay_cues(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected
