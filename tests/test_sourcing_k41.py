"""Sourcing defects a researcher found in round u31 (issue 12, round k41), in sentences of our own: the writer's own
"I"/"we" with a verb of belief stays an attribution (PolNeAR marks it so) but its words stay in the author's voice,
not reported speech; an "-ed" cue used as an adjective before its noun ("with feigned outrage") is no cue; a Gulf
news agency's acronym beside "news agency" is state media, while the acronym alone (a photo credit) is no source.
Guards pin what must not change."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_and_voices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We know the new toll is a scam.",
            ([("know", "We", "the new toll is a scam.")], [("We know", "author"), ("scam", "author")]),
        ),
        (
            "I believe the ferry plan is a disaster.",
            ([("believe", "I", "the ferry plan is a disaster.")], [("believe", "author"), ("disaster", "author")]),
        ),
    ],
)
def test_the_writers_own_belief_stays_in_the_authors_voice(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # inside another source's content, or a quotation, the "we" is someone else's
        ("The mayor said we know the new toll is a scam.", "reported"),
        ('"We know the new toll is a scam," the mayor said.', "quoted"),
        # in an interview's turns, the "I" is the speaker's
        ("A: Well, I think the ferry plan is a disaster.", "reported"),
        ("Q: Was it hard?\n\nA: As a girl, I think the ferry plan was a disaster.", "reported"),
        # a quotation closing in the sentence: the words before the mark are the speaker's
        ("It has to stop, and we know the new toll is a disaster.\u201d", "reported"),
    ],
)
def test_a_first_person_source_that_is_not_the_writer_stays_reported(
    sourcing_analyzer: Analyzer, text: str, voice: str
) -> None:
    _, voices = attributions_and_voices(sourcing_analyzer, text)
    assert voices[-1][1] == voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor reacted with feigned outrage.", []),
        ("It rests on reported sightings.", []),
        ("Voters shrugged at the promised cuts.", []),
        ("The union cited his claimed win.", [("named", "cited", "The union")]),
    ],
)
def test_an_ed_cue_before_its_noun_is_no_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor feigned outrage.", ("named", "feigned", "The mayor")),
        ("The council stated its aim in March.", ("named", "stated", "The council")),
    ],
)
def test_the_same_cue_as_a_verb_still_attributes(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kuwait's KUNA news agency said the envoy had landed.",
            [("state_media", "said", "Kuwait's KUNA news agency")],
        ),
        (
            "The news agency WAM reported that the talks had ended.",
            [("state_media", "reported", "The news agency WAM")],
        ),
    ],
)
def test_a_gulf_agencys_acronym_beside_news_agency_is_state_media(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_the_acronym_alone_is_still_no_state_media(sourcing_analyzer: Analyzer) -> None:
    """A photo credit names no source, with or without "News Agency" after the acronym; "KUNA said" alone stays
    named, as k40 left it."""
    assert attributions(sourcing_analyzer, "Photo: KUNA") == []
    assert attributions(sourcing_analyzer, "The envoy was on board.\n\nKUNA News Agency.") == []  # a photo credit
    assert attributions(sourcing_analyzer, "KUNA said the envoy had landed.") == [("named", "said", "KUNA")]
