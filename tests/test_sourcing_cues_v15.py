"""Wrong senses of attribution cues (issue 12, helper round v15), in sentences of our own: the exact cues and sources
the rules report. Each first case failed before the round (a cue was reported where nothing is attributed); each
guard beside it holds the right sense of the same word, which must stay a cue with its source."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    "text",
    [
        # "add" before an object adds a thing (round u20's "adds value")
        "The new ferry route adds value to the harbor district.",
        "The new ferry added momentum to the harbor plan.",
        "Rising rents are adding to the pressure on young families.",
        # "went on to" before an act is what came next
        "Okafor lost the first race but went on to win the seat in 2012.",
        # "consider" after "to", a modal of advice, "please" or "you" weighs an option or addresses the reader
        "The council meets on Monday to consider the budget.",
        "Families should seriously consider the cost of a second car.",
        "Whom do you consider the strongest candidate?",
        # an event's end, an adjective, a cause, a noun, a passive, a byline
        "Lo spoke after her testimony concluded.",
        "The rally was symbolically charged for the villagers.",
        "The storm sent charged particles across the sky.",
        "This helps explain why the ferry runs late in winter.",
        "For the fishermen, the new quota is their last hope.",
        "The wreck was first identified in 1987 by a team of divers.",
        "Article posted with permission from the Harbor Gazette.",
        "The villagers heard the blasts from the quarry.",
        "The network is blatantly telling lies.",
        "Perhaps most telling of all, the ferry never left port.",
        "Number of sisters: 40 solemnly professed: 38",
        "Human life is naturally ordered towards the good.",
    ],
)
def test_a_wrong_sense_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Okafor added that the ferry would resume in May.", [("added", "Okafor")]),
        ("The mayor added the plan had failed twice before.", [("added", "The mayor")]),
        ("Okafor went on to call the audit a smear.", [("went on to", "Okafor")]),
        ("Many fishermen consider the quota a betrayal.", [("consider", "Many fishermen")]),
        ("The inquiry concluded that the pier was unsafe.", [("concluded", "The inquiry")]),
        ("The minister tried to explain the new quota to fishermen.", [("explain", "The minister")]),
        ("The harbor master identified the boat as a trawler.", [("identified", "The harbor master")]),
        ("Senator Okafor blasts the audit as a smear.", [("blasts", "Senator Okafor")]),
        ("The mayor ordered the pier closed on Sunday.", [("ordered", "The mayor")]),
    ],
)
def test_the_right_sense_stays_a_cue(analyzer: Analyzer, text: str, cues: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == cues
