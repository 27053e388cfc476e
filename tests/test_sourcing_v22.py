"""Labelled sources the rules did not find (round v22, issue 12), in sentences of our own.

Three shapes of a source phrase before its cue stopped the reader: a name with its party in brackets before the
comma and cue ("A lawmaker, Ed Lo (D-Ore.), said" gave no source; of two names joined by "and", each with its
bracket, only the second spoke); people described by a relative clause whose object ends right before the cue
("Officials who have backed the plan warned": the plan spoke); and a subject ending in words in quotation marks
('Those “experts” claim': no source). Guards pin what must not move: a bracket that is no party, a reduced passive
whose agent follows the cue, and a quotation before its tag."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_and_voices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A veteran lawmaker, Sen. Ed Lo (I-Vt.), also stated that he would vote for the levy.",
            [("named", "also stated", "A veteran lawmaker, Sen. Ed Lo (I-Vt.)")],
        ),
        (
            "Others, including Ana Ruiz (D-Ore.), are urging the mayor to resign.",
            [("named", "are urging", "Others, including Ana Ruiz (D-Ore.)")],
        ),
        (
            "Rep. Ed Lo (R-Iowa) and Rep. Ana Ruiz (R-Minn.) said on Monday that the port must close.",
            [("named", "said", "Rep. Ed Lo (R-Iowa) and Rep. Ana Ruiz (R-Minn.)")],
        ),
    ],
)
def test_a_name_with_its_party_in_brackets_speaks(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a bracket that is no party (a book's title translated) is not read as the speaker
        ("The anchor, who has a new book, “Sin Miedo” (Without Fear), downplayed his influence.", "(Without Fear)"),
        # a reduced passive after the comma: its agent speaks, not the name before it
        ("Lo faces Ana Ruiz, a staffer for Sen. Ed Kim (D-N.Y.), backed by the party's committee.", "Ed Kim"),
    ],
)
def test_a_bracket_that_is_no_party_or_an_agent_after_it_gives_no_bracketed_source(
    sourcing_analyzer: Analyzer, text: str, source: str
) -> None:
    assert all(source not in found for _, _, found in attributions(sourcing_analyzer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Even economists who have praised the levy warned on Monday that the harvest may fail.",
            [
                ("have praised", "who", "the levy"),
                ("warned", "economists who have praised the levy", "the harvest may fail."),
            ],
        ),
        (
            "Voters who supported Ana Ruiz say the ferry is too slow.",
            [("supported", "who", "Ana Ruiz"), ("say", "Voters who supported Ana Ruiz", "the ferry is too slow.")],
        ),
    ],
)
def test_people_with_a_relative_clause_speak_not_its_object(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    """The phrase before the cue is the object of a relative clause's verb: the people the clause describes speak,
    and what the clause says of them ends with their phrase."""
    found, _ = attributions_and_voices(sourcing_analyzer, text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those “experts” claim the levy will fail.", [("vague", "claim", "Those “experts”")]),
        (
            "The group “Friends of the Ferry” announced a boycott.",
            [("named", "announced", "The group “Friends of the Ferry”")],
        ),
        (
            "Dozens of the party's ''delegates'' have endorsed Ana Ruiz.",
            [("vague", "have endorsed", "Dozens of the party's ''delegates''")],
        ),
    ],
)
def test_a_subject_ending_in_words_in_quotation_marks_speaks(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text", ["“Nonsense” Ana Ruiz said.", '"We will not yield" said Ana Ruiz.', "“We will not yield,” Ana Ruiz said."]
)
def test_a_quotation_before_its_tag_still_is_the_speakers(sourcing_analyzer: Analyzer, text: str) -> None:
    """The quoted words open the sentence: they are what the speaker after them said, not the subject."""
    assert [source for _, _, source in attributions(sourcing_analyzer, text)] == ["Ana Ruiz"]
