"""Reported attributions that are none (round p18), by class, in sentences of our own: a cue verb in the
imperative that addresses the reader, the idiom "think twice", "stopped short of" before an act, "the
stated purpose", an outlet named in a disclaimer, and a headline's colon after a topic or a piece's label.
The counter-cases pin the uses that stay attributions."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the imperative: a bare cue verb opening the sentence, with no subject
        ("Consider the new levy on dairy farms.", []),
        ("Note that the figures exclude seasonal workers.", []),
        ("Think about what the closure means for the valley.", []),
        ("“Consider the farmers first,” the mayor said.", [("named", "said", "the mayor")]),
        # a subject, a past form or a function word first: the cue keeps its source
        ("Said the mayor, “The mill stays open.”", [("named", "Said", "the mayor")]),
        ("The mayor says the levy is unfair.", [("named", "says", "The mayor")]),
        ("According to the mayor, the mill stays open.", [("named", "According to", "the mayor")]),
    ],
)
def test_an_imperative_reports_nothing(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buyers of the new bonds may want to think twice.", []),
        ("Tenants will think twice before signing a lease.", []),
        ("Ruiz thinks the lease is unfair.", [("named", "thinks", "Ruiz")]),
    ],
)
def test_think_twice_is_an_idiom(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board stopped short of closing the plant.", []),
        ("The court stopped short of a full ban on the drug.", []),
        ("The governor stopped short of calling the vote rigged.", [("named", "stopped short of", "The governor")]),
    ],
)
def test_stopped_short_of_reports_only_a_view(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stated aim of the levy is to fund rural clinics.", []),
        ("The fund missed its stated target by a wide margin.", []),
        ("The minister stated that the levy would fund clinics.", [("named", "stated", "The minister")]),
    ],
)
def test_stated_before_a_noun_is_an_adjective(analyzer: Analyzer, text: str, expected: list) -> None:
    """The rules (the default); a lexicon exception leaves the word to the trained labeller."""
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This column does not necessarily reflect the views of Press TV.", []),
        ("The piece reflects its author's opinions, not the position of RT.", []),
        ("Press TV reported that the talks had stalled.", [("state_media", "reported", "Press TV")]),
    ],
)
def test_a_disclaimer_cites_no_outlet(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic in lower case, or a label of the piece, before the headline's colon: no speaker
        ("Harbour strike: Dock workers walk out for a third day\n\nThe port was quiet on Monday.", []),
        ("Review: A slow and handsome western\n\nThe film opens on Friday.", []),
        ("Interview: The mayor on rents and rivers\n\nThe mayor spoke to us in May.", []),
        # a name, a person or a document before it still speaks
        (
            "Ruiz: The mill will stay open all winter\n\nThe port was quiet on Monday.",
            [("named", ":", "Ruiz")],
        ),
        (
            "Port officials: Dock workers will be back by Friday\n\nThe port was quiet on Monday.",
            [("anonymous", ":", "Port officials")],
        ),
    ],
)
def test_a_headline_colon_after_a_topic(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
