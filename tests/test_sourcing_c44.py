"""Round c44: leftovers of rounds c43 and v33 (issue 12). A quotation carried after a report nested in another goes to
the speaker reported; a noun cue's possessor past a hyphened modifier, and not past a clause before a name; an
occasion opening its sentence credits the subject after it; an opening "According to" stops before the clause's
subject and its appositive; a lone "my" or "our" is the speaker, named, as "I" and "we" are."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor spoke on Monday. According to the council, Ana Ruiz also said: “We will rebuild the bridge.” "
            "“It will take a year.”",
            ("Ana Ruiz", "“It will take a year.”"),
        ),
        (
            "Rain fell all week. According to local radio, Ed Lo said “the dam is safe” at a briefing. “Nobody has to "
            "leave.”",
            ("Ed Lo", "“Nobody has to leave.”"),
        ),
    ],
)
def test_a_quotation_carried_after_a_nested_report_is_the_reported_speakers(
    analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert fields(analyzer, text, "source", "content")[-1] == expected


def test_a_clause_nested_without_a_quotation_keeps_its_reporter(analyzer) -> None:
    """Not a source inside a clause that quotes nobody: "the clerk who alleged …" is no speaker of the next line."""
    text = "According to Lo, his staff cannot find the clerk who alleged fraud by the board. “We keep calling.”"
    assert fields(analyzer, text, "source", "content")[-1] == ("Lo", "“We keep calling.”")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor kept his long-promised pledge to cut fares.", [("pledge to", "his", "cut fares.")]),
        (
            "Many local farmers go beyond Ruiz's pledge to cut taxes.",
            [("pledge to", "Ruiz's", "cut taxes.")],
        ),
        # unchanged: a determiner that opens the possessor's own phrase
        (
            "The city council's pledge to cut fares was broken.",
            [("pledge to", "The city council's", "cut fares was broken.")],
        ),
    ],
)
def test_a_noun_cues_possessor(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In an interview with a local paper published Friday, Ruiz did not rule out a second term.",
            [("In an interview with", "Ruiz", "named", "did not rule out a second term.")],
        ),
        (
            "(In an interview with Radio Sur, Mr. Lo waved away the rumors.",
            [("In an interview with", "Mr. Lo", "named", "waved away the rumors.")],
        ),
        # unchanged: another cue frames the occasion; a clause with no name or pronoun first
        (
            "In an interview with Radio Sur, Lo said the dam was safe.",
            [("said", "Lo", "named", "the dam was safe.")],
        ),
    ],
)
def test_an_occasion_opening_its_sentence_credits_the_subject_after_it(
    analyzer, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "kind", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the audit, Ana Ruiz, the city's treasurer, approved the loans in May.",
            [("According to", "the audit", "Ana Ruiz, the city's treasurer, approved the loans in May.")],
        ),
        # unchanged: the appositive of the source when the clause after it has a subject of its own
        (
            "According to his aide, Tim Lo, the plan failed.",
            [("According to", "his aide, Tim Lo", "the plan failed.")],
        ),
    ],
)
def test_an_opening_according_to_stops_before_the_clause_subject(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In my opinion, the bridge is unsafe.", [("opinion", "my", "named")]),
        ("I think the bridge is unsafe.", [("think", "I", "named")]),
    ],
)
def test_a_lone_my_is_the_speaker_named(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "kind") == expected
