"""Source kinds of round k45 (issue 12), in sentences of our own: a noun's relatives ("Tom Ruiz's mother said") are
specific people the writer leaves unnamed, anonymous as k35 marked them (named before, as any possessive of a name);
"any" before a role in the plural ("Any Republican officials who back the toll") is nobody in particular, vague as
"anyone" is (anonymous before, as counted officials are); papers whose modifier names a body ("FEC records show",
"Marlow County land records indicate") are that body's papers, named as "court records" are (vague before, as records
in general); "the organizer of a rival march" is introduced by its "of" phrase, a new unnamed person, anonymous (it took
up the named person before); a noun in "-ly" before the cue ("the family say") is part of the source, no adverb.
Guards pin what must not change: a relative the text names by that word ("Lee's brother Tom"), a relative named after a
comma, a pronoun's relative ("Her husband said"), counted officials, records in general, a common word capitalised to
open the sentence ("Public records show") and a bare "The organizer" taking up the person before. One photo or recording
("A photo from the report shows") is a specific document, named, as one video is."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found the car on Friday. Tom Ruiz's mother said he had left home at noon.",
            ("anonymous", "said", "Tom Ruiz's mother"),
        ),
        (
            "The ferry sank in March. The skipper's daughter told reporters the pumps had failed.",
            ("anonymous", "told reporters", "The skipper's daughter"),
        ),
        (
            "The crash killed two men. The driver’s family said the brakes had failed.",
            ("anonymous", "said", "The driver’s family"),
        ),
    ],
)
def test_a_nouns_relatives_are_unnamed_people(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lee's brother Tom runs the ferry. Lee's brother said the fare would rise in May.",
            ("named", "said", "Lee's brother"),
        ),
        ("Ana Lee's husband, Tom Lee, said the fare would rise.", ("named", "said", "Ana Lee's husband, Tom Lee")),
        (
            "Ana Lee was elected mayor in May. Her husband said she would serve two terms.",
            ("named", "said", "Her husband"),
        ),
    ],
)
def test_a_named_relative_and_a_pronouns_relative_stay_named(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_any_before_a_role_is_nobody_in_particular(sourcing_analyzer: Analyzer) -> None:
    text = "Any Republican officials who back the toll will say it is fair."
    assert attributions(sourcing_analyzer, text) == [
        ("vague", "will say", "Any Republican officials who back the toll")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two harbour officials said the toll is fair.", ("anonymous", "said", "Two harbour officials")),
        ("Every day officials warn that the dam could fail.", ("anonymous", "warn", "Every day officials")),
    ],
)
def test_counted_officials_stay_anonymous(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overall, FEC records show the firm gave $5,000 to the mayor.", ("named", "show", "FEC records")),
        (
            "Marlow County land records indicate that the ferry company owns the pier.",
            ("named", "indicate", "Marlow County land records"),
        ),
    ],
)
def test_papers_of_a_named_body_are_named(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Public records show the firm gave $5,000 to the mayor.", ("vague", "show", "Public records")),
        ("Records show the firm gave $5,000 to the mayor.", ("vague", "show", "Records")),
        ("Federal records show the firm gave $5,000 to the mayor.", ("vague", "show", "Federal records")),
    ],
)
def test_records_in_general_stay_vague(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_a_noun_in_ly_before_the_cue_is_part_of_the_source(sourcing_analyzer: Analyzer) -> None:
    """ "family" is no adverb between a subject and its verb ("officials have repeatedly said"): round k44's leftover."""
    text = "Those who know the family say the boy is kind."
    assert ("vague", "say", "Those who know the family") in attributions(sourcing_analyzer, text)


def test_a_role_introduced_by_its_of_phrase_is_no_one_taken_up(sourcing_analyzer: Analyzer) -> None:
    """ "The organizer of a rival march" is introduced by what it organizes, a new person, not Mr. Burke."""
    text = "Mr. Burke said the march was calm. The organizer of a rival march said the crowd was peaceful."
    assert attributions(sourcing_analyzer, text)[-1] == ("anonymous", "said", "The organizer of a rival march")


def test_a_bare_role_still_takes_up_the_person_before(sourcing_analyzer: Analyzer) -> None:
    text = "Mr. Burke said the march was calm. The organizer said the crowd was peaceful."
    assert attributions(sourcing_analyzer, text)[-1] == ("named", "said", "The organizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council released a report on Monday. A photo from the report shows the pier under water.",
            ("named", "shows", "A photo from the report"),
        ),
        (
            "The woman called the police at noon, according to an audio recording of the call.",
            ("named", "according to", "an audio recording of the call"),
        ),
    ],
)
def test_one_photo_or_recording_is_a_specific_document(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    """As one video or clip: something a reader could find, named (vague before, read as a group by its end)."""
    assert expected in attributions(sourcing_analyzer, text)
