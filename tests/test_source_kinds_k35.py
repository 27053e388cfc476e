"""Source kinds of round k35 (issue 12), round k34's leftovers, in sentences of our own: a plural noun for people by
what they do, placed by "in" ("Teachers in five states", "Legislators in Ohio"), is that plural noun, not a name,
whether its capital opens the sentence or a place follows it (vague, as the same people in lower case; named before);
a name listed with a whole counted set ("Ms. Ruiz and all seven Republicans on the panel") is led by the name, so
named (anonymous before); a bare plural noun for people by what they do whose words are about one person ("Doctors
said his condition was critical") is the people around that person, specific and unnamed (anonymous; vague before).
Guards pin what the rules must not change: a surname the text writes as a name, a role noun's own kind, an adjective
opening a coordination, doctors and critics at large."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teachers in five states said the new tests were unfair.",
            [("vague", "said", "Teachers in five states")],
        ),
        (
            "Farmers in Iowa said the rain had come too late.",
            [("vague", "said", "Farmers in Iowa")],
        ),
        (
            "Legislators in Ohio said the bill would pass.",
            [("vague", "said", "Legislators in Ohio")],
        ),
        (
            "By Friday, legislators in Ohio said the bill would pass.",
            [("vague", "said", "legislators in Ohio")],
        ),
    ],
)
def test_a_placed_plural_of_people_is_no_name(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the article also writes after a lower-case word stays a name, even placed
        (
            "The rally was for Sanders. Sanders in Iowa said the plan would fail.",
            [("named", "said", "Sanders in Iowa")],
        ),
        (
            "Rogers said the plan would fail.",
            [("named", "said", "Rogers")],
        ),
        # a role noun keeps its own kind, placed or not
        (
            "Officials in Ohio said the bill would pass.",
            [("anonymous", "said", "Officials in Ohio")],
        ),
        # "at" names a body more often than a place: left as it was
        (
            "Engineers at Boeing said the part had been tested.",
            [("named", "said", "Engineers at Boeing")],
        ),
    ],
)
def test_names_and_role_nouns_keep_their_kind(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Ruiz and all seven Republicans on the budget panel said the bill was rushed.",
            [("named", "said", "Ms. Ruiz and all seven Republicans on the budget panel")],
        ),
        (
            "Tom Okafor and both his deputies wrote that the audit was late.",
            [("named", "wrote", "Tom Okafor and both his deputies")],
        ),
    ],
)
def test_a_name_listed_with_a_whole_counted_set_leads_it(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no name leads: an adjective opening the coordination, a party
        (
            "Current and all former officials said the plan would fail.",
            [("anonymous", "said", "Current and all former officials")],
        ),
        (
            "Democrats and all Republicans said the plan would fail.",
            [("vague", "said", "Democrats and all Republicans")],
        ),
    ],
)
def test_no_name_no_lead(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Lee was hurt in the crash. Doctors said his condition was critical but stable.",
            [("anonymous", "said", "Doctors")],
        ),
        (
            "Ana Ruiz moved away in May. Neighbors said that she had kept to herself.",
            [("anonymous", "said", "Neighbors")],
        ),
    ],
)
def test_the_people_around_one_person_are_anonymous(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doctors at large, and a broad group about one person, stay vague
        (
            "Doctors warned that the outbreak could reach the coast.",
            [("vague", "warned", "Doctors")],
        ),
        (
            "Critics said he had misled the committee.",
            [("vague", "said", "Critics")],
        ),
        # a surname about one person stays a name
        (
            "Sanders said he would run again.",
            [("named", "said", "Sanders")],
        ),
    ],
)
def test_people_at_large_and_surnames_keep_their_kind(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from the k35 blind set's errors: a text owned by one unnamed person takes that person's kind, as "an email
        # from a US government official" does (k27)
        (
            "The mayor left early, according to a volunteer's post.",
            [("anonymous", "according to", "a volunteer's post")],
        ),
        (
            "According to a senior aide's memo, the plan was dead by March.",
            [("anonymous", "According to", "a senior aide's memo")],
        ),
        # a body's or a named person's text stays named
        (
            "According to the company's report, sales fell by a third.",
            [("named", "According to", "the company's report")],
        ),
        (
            "According to Ruiz's letter, the plan was dead by March.",
            [("named", "According to", "Ruiz's letter")],
        ),
    ],
)
def test_a_text_owned_by_an_unnamed_person_is_anonymous(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_participle_cue_after_first_is_found(sourcing_analyzer: Analyzer) -> None:
    # from the k35 blind set's errors: ", first saying" as ", later saying" ("first" between the comma and the cue)
    found = attributions(
        sourcing_analyzer, "The hotel pushed back on the timeline, first saying Tuesday that the times were wrong."
    )
    assert ("named", "first saying", "The hotel") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from the k35 blind set's errors: "according to" set off inside another's words keeps the cue before it
        (
            "One aide said the tariffs would raise prices and even, according to a second aide, cost the party the"
            " state.",
            [("anonymous", "said", "One aide"), ("anonymous", "according to", "a second aide")],
        ),
        (
            "Ruiz told the jury, according to the Daily Ledger, that the gun had never been fired.",
            [("named", "told", "Ruiz"), ("named", "according to", "the Daily Ledger")],
        ),
    ],
)
def test_an_according_to_aside_keeps_the_cue_before_it(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # closing the sentence, "according to" holds the cue before it in its own content, as before
        (
            "Ruiz said little at the meeting, according to an aide.",
            [("anonymous", "according to", "an aide")],
        ),
        (
            "Ruiz told advisers he would win, according to Tom Lee, his former deputy, who was there.",
            [("named", "according to", "Tom Lee, his former deputy, who was there")],
        ),
    ],
)
def test_a_closing_according_to_still_holds_the_cue_before_it(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
