"""Cue constructions the rules read for recall on PolNeAR (issue 12, helper round 12k), in sentences of
our own: exact cue and source spans, kinds and voices, with either sourcing method."""

from __future__ import annotations

import pytest

from framing.lexicon.loader import load_lexicons
from sourcing_cases import attributions, voice
from framing.pipeline import Analyzer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy is widely expected to pass next week.", [("vague", "is widely expected", "")]),
        ("The mayor is not expected to attend the gala.", [("vague", "is not expected", "")]),
        ("Judge Okafor is known for her strict sentencing.", [("vague", "is known", "")]),
        # an active "expected", a comparison and a name are not passives that attribute
        ("Turnout was higher than expected.", []),
        ("A caucus known as the Bridge meets on Fridays.", []),
    ],
)
def test_a_passive_that_names_nobody_is_a_cue_without_a_source(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_the_content_of_a_sourceless_passive_is_reported_and_its_subject_is_not(sourcing_analyzer: Analyzer) -> None:
    text = "The reckless plan is expected to possibly collapse."
    assert voice(sourcing_analyzer, text, "possibly") == "reported"
    assert voice(sourcing_analyzer, text, "reckless") == "author"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue that opens an anonymity phrase keeps its attribution, the phrase's tail in its source
        (
            "The talks stalled on Friday, according to people familiar with the matter.",
            [("anonymous", "according to", "people familiar with the matter")],
        ),
        ("According to sources, the plant will close.", [("anonymous", "According to", "sources")]),
        # the content after a leading "according to X," is not an appositive of X
        ("According to Ruiz, the plant will close.", [("named", "According to", "Ruiz")]),
        (
            "According to Ana Ruiz, the union's treasurer, the plant will close.",
            [("named", "According to", "Ana Ruiz, the union's treasurer")],
        ),
    ],
)
def test_according_to_before_its_content_and_inside_an_anonymity_phrase(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline left in the text: the words before the colon speak
        ("Ruiz: Plant Will Close Next Year. The union disagreed.", [("named", ":", "Ruiz")]),
        # a transcript's speaker in capitals, in any sentence
        (
            "The hearing resumed at noon. OKAFOR: We will not sign this deal.",
            [("named", ":", "OKAFOR")],
        ),
        # labels, times, a clause and a speaker in ordinary case after the first sentence are not speakers
        ("Breaking: Plant Will Close Next Year.", []),
        ("Editor's note: This story was updated on Monday.", []),
        ("Here is the list: Ohio, Iowa and Texas.", []),
        ("The hearing resumed at noon. Okafor: We will not sign this deal.", []),
    ],
)
def test_a_speaker_before_a_colon(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_what_follows_a_speakers_colon_is_reported(sourcing_analyzer: Analyzer) -> None:
    assert voice(sourcing_analyzer, "Ruiz: Plant Will Possibly Close Next Year.", "Possibly") == "reported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", with X V-ing": X speaks, not "with X"
        (
            "The rivals clashed again, with Senator Ana Ruiz calling the plan reckless.",
            [("named", "calling", "Senator Ana Ruiz")],
        ),
        # returns are no attribution
        ("Ruiz led narrowly, with 98 percent of precincts reporting.", []),
        # a description too long to read back from the cue: the name opening the sentence speaks
        (
            "Ana Ruiz, a professor of labour law at the University of Leeds in England, noted that the rules had changed.",
            [("named", "noted", "Ana Ruiz, a professor of labour law at the University of Leeds in England")],
        ),
        (
            "Tom Okafor, head of the Northern Regional Transport and Harbour Authority, said the port would reopen.",
            [("named", "said", "Tom Okafor, head of the Northern Regional Transport and Harbour Authority")],
        ),
    ],
)
def test_the_speaker_of_a_cue_after_a_comma(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recent polls show the levy passing.", [("vague", "show", "Recent polls")]),
        ("The harbour board paid for the survey, records show.", [("vague", "show", "records")]),
        ("The poll found broad support for the levy.", [("named", "found", "The poll")]),
        # without a poll or a record before them they are no cues
        ("The keys were found under the mat.", []),
        ("The players will show their skills tonight.", []),
    ],
)
def test_polls_and_records_that_show_or_find(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an aside between the subject and its cue is not the source
        ("The harbour board, for its part, said the port would reopen.", "The harbour board"),
        ("And Okafor, to his credit, refuses to blame the crew.", "Okafor"),
        # a share written with a percent sign is read whole
        ("In Leeds, 85% of tenants said the rent was too high.", "85% of tenants"),
    ],
)
def test_the_subject_around_an_aside_and_a_percentage(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [a[2] for a in attributions(sourcing_analyzer, text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a prepositional phrase after the subject's noun is part of the source, not the source itself
        (
            "One in three tenants in a city council survey last spring said the rent was too high.",
            "One in three tenants in a city council survey last spring",
        ),
        # a possessive name, and a cue inside the description's relative clause
        (
            "And Leeds’s Ana Ruiz, one of only a handful of Labour city councillors, said the port would reopen.",
            "Leeds’s Ana Ruiz, one of only a handful of Labour city councillors",
        ),
        (
            "Tom Okafor, a former pilot who argued with the board at the spring meeting, said the port would reopen.",
            "Tom Okafor, a former pilot who argued with the board at the spring meeting",
        ),
    ],
)
def test_a_long_subject_is_read_whole(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [a[2] for a in attributions(sourcing_analyzer, text) if a[1] == "said"] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak cue inside what a full-weight cue reports is part of what was said
        ("Ruiz says she wants to expand the port.", [("named", "says", "Ruiz")]),
        # alone it is a cue, and a full-weight cue inside a content stays one
        ("Ruiz wants to expand the port.", [("named", "wants", "Ruiz")]),
        (
            "Ruiz said Okafor warned that the port would close.",
            [("named", "said", "Ruiz"), ("named", "warned", "Okafor")],
        ),
    ],
)
def test_a_weak_cue_inside_a_reported_content(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The proposed levy would double the fee.",
        "The council voted in favor of the levy.",
        "The essay first appeared on a local blog.",
        "Four senators seeking the nomination met on Monday.",
    ],
)
def test_cue_words_in_another_sense_attribute_nothing(text: str) -> None:
    """The lexicon's exceptions (the trained labeller may still read a cue there: it is its own judge)."""
    assert attributions(Analyzer(load_lexicons(), sourcing="rules"), text) == []


def test_what_someone_called_in_quotation_marks_is_their_words(sourcing_analyzer: Analyzer) -> None:
    text = "The plan led to what Mayor Ana Ruiz called “a reckless gamble.”"
    assert attributions(sourcing_analyzer, text) == [("named", "called", "Mayor Ana Ruiz")]
    assert voice(sourcing_analyzer, text, "reckless") == "quoted"
    # without a quotation after it, "what X said" stays the writer's words about it
    assert attributions(sourcing_analyzer, "The bill ignores what Mrs. Lowe said about the reckless contracts.") == []
