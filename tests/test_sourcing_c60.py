"""Round c60 (issue 12): a source phrase that closes on a spaced dash before its cue ("Tomas Brandt - said") loses the
dash, the reading stopping where it stopped, and one the reading stopped at (an em dash, "--") is the subject before it (r20's reading past the dash moved real news rows, most wrong); a
sentence that opens with a subject alone before a dash and the cue ("Ines Haddad - said it was cold") is not an
inverted "…, said X": the pronoun after the cue opens the content; an opening "Asked" question with an aside or an
appositive between commas ends at the comma before the answer's subject, not at the aside's first comma."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds, cues_and_sources, sources_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Brandt - said the road was shut.", [("said", "Tomas Brandt")]),
        (
            "Walter Okafor and his sister Lena - agreed to sell the farm.",
            [("agreed", "Walter Okafor and his sister Lena")],
        ),
        ("Marta Vell — said the ferry had sunk.", [("said", "Marta Vell")]),
        ("Marta Vell -- said the ferry had sunk.", [("said", "Marta Vell")]),
    ],
)
def test_a_source_loses_the_dash_it_closes_on(analyzer, text: str, expected: list) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_hyphen_joined_to_its_word_stays(analyzer) -> None:
    """Control: "the U.N.- backed" is a compound written with a hanging hyphen, no dash closing the source."""
    assert cues_and_sources(analyzer, "Fighters of the U.N.- backed coalition said the pass was open.") == [
        ("backed", "Fighters of the U.N.-"),
        ("said", "coalition"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ines Haddad - said it was cold.", [("Ines Haddad", "it was cold.")]),
        ("The harbour master - said it would rain.", [("The harbour master", "it would rain.")]),
        ("Ines Haddad -- said it was cold.", [("Ines Haddad", "it was cold.")]),
    ],
)
def test_a_subject_before_a_dash_is_not_inverted(analyzer, text: str, expected: list) -> None:
    assert sources_and_contents(analyzer, text) == expected


def test_a_quotation_before_a_dash_still_inverts(analyzer) -> None:
    """Control: after a quotation and a dash the words after the cue are its speaker."""
    assert cues_and_sources(analyzer, '"We will rebuild the pier" - said Ines Haddad.') == [("said", "Ines Haddad")]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Asked why the board ignored the request, in the same letter, that it publish its costs, Marta Vell "
            "responded that it had no time.",
            "why the board ignored the request, in the same letter, that it publish its costs",
        ),
        (
            "Asked whether the bridge, a rusty relic, would reopen, Ivo Sand said it would not.",
            "whether the bridge, a rusty relic, would reopen",
        ),
    ],
)
def test_an_asked_question_runs_past_its_aside(analyzer, text: str, question: str) -> None:
    [asked, answer] = attributions_with_kinds(analyzer, text)
    assert asked == ("Asked", "", "vague", question)
    assert answer[0] in ("said", "responded") and answer[1] in ("Marta Vell", "Ivo Sand")


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Asked if he was bullied, the Republican candidate said no.", "if he was bullied"),
        ("Asked about the storm, officials said nothing.", "about the storm"),
    ],
)
def test_an_asked_question_ends_before_its_answer(analyzer, text: str, question: str) -> None:
    """Controls: the answer's subject after the first comma ("the Republican candidate", "officials")."""
    assert [row[3] for row in attributions_with_kinds(analyzer, text) if row[0] == "Asked"] == [question]
