"""Wrong senses a researcher found by hand in `framing score` (helper round v18, issues 12 and 13), in sentences of our
own. Each first case reported a cue or a signal match before the round where the word is used in another sense (a
plural noun, an adjective, an act refused, a forecast, a power asserted, an indirect "why"); each guard beside it
holds the right sense of the same word, which must keep its cue and source or its match."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


def _matched(analyzer: Analyzer, text: str, signal: str) -> list[str]:
    """The words matched for `signal` in the body, in order, lower-cased."""
    return [e.text.lower() for e in analyzer.analyze(text, split_title=False).evidence if e.signal == signal]


@pytest.mark.parametrize(
    "text",
    [
        # a cue word as a plural noun: programmes, notes written down, telephone calls
        "Okafor spent Monday in the capital, filming television shows and meeting union leaders.",
        "The ferry captain took to the radio talk shows on Sunday.",
        "Its reporters took notes about the harbor repairs.",
        "The clerk kept handwritten notes of every council session.",
        "The inspector released notes from the meeting with the ferry company.",
        "Dispatchers received 911 calls from the harbor after midnight.",
        "The mayor spent the morning arranging calls with the two unions.",
        # an adjective before its noun: nobody worries aloud
        # refusing to act is no speech
        "The council refused to pay for the new pier.",
        "The fishermen refused to move their boats from the channel.",
        "Ruiz refuses to give up her seat on the board.",
        # the writer's forecast of an event credits nobody
        "A strike by the dockers appears almost certain.",
        "The ferry seems likely to run late all winter.",
    ],
)
def test_a_wrong_sense_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("A harbor survey shows the ferry losing riders.", [("shows", "A harbor survey")]),
        ("The audit shows that the pier was never inspected.", [("shows", "The audit")]),
        ("Okafor notes the ferry has never run on time.", [("notes", "Okafor")]),
        ("Okafor calls the audit a smear.", [("calls", "Okafor")]),
        ("Senator Okafor refused to comment on the audit.", [("refused", "Senator Okafor")]),
        ("The mayor refused to say whether the pier would close.", [("refused to say", "The mayor")]),
        ("Okafor worried that the pier would not be ready.", [("worried", "Okafor")]),
        # the wrong sense gone, the cue beside it keeps its source
        ('"The strike will end soon," warned a worried harbor official.', [("warned", "a worried harbor official")]),
        ("Okafor offered worried words to the fishermen.", [("offered", "Okafor")]),
        ("Sanders refused to appear at the rally, claiming it was rigged.", [("claiming", "Sanders")]),
    ],
)
def test_the_right_sense_stays_a_cue(analyzer: Analyzer, text: str, cues: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == cues


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # "assert" taking a standing or a power states nothing, so no claim is loaded
        ("The debate gives both candidates a chance to assert their bona fides.", "loaded_attribution"),
        ("The port authority asserted control over the harbor in May.", "loaded_attribution"),
        ("The new board quickly asserted itself in the dispute.", "loaded_attribution"),
        # an indirect "why" after a word far back asks nothing
        ("Okafor has to remind the party's rank and file why she was the favorite.", "doubt"),
        ("The minister must explain to the fishermen and their families why it is so.", "doubt"),
    ],
)
def test_a_wrong_sense_is_no_match(analyzer: Analyzer, text: str, signal: str) -> None:
    assert _matched(analyzer, text, signal) == []


@pytest.mark.parametrize(
    ("text", "signal", "matched"),
    [
        ("Okafor asserted that the audit was a smear.", "loaded_attribution", ["asserted"]),
        ("Why would anyone trust the harbor board now?", "doubt", ["why would"]),
        ("Why did she sign the contract?", "doubt", ["why"]),
    ],
)
def test_the_right_sense_stays_a_match(analyzer: Analyzer, text: str, signal: str, matched: list[str]) -> None:
    assert _matched(analyzer, text, signal)[: len(matched)] == matched
