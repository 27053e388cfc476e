"""Source phrases that were wrong (issue 12, round c17), in sentences of our own: a party bracket or an age's
home after a name read forward; a time or an occasion between a subject and its verb; the sender of a
message a gerund cue describes; a capitalised auxiliary that is a name; an opening gerund or phrase before
the subject; a dateline's dash typed as two hyphens; two names joined by "and" after the cue; a cue set off
by commas inside a clause. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will not back down," said Sen. Ann Lee (D-Ore.), who chairs the panel.',
            [("named", "said", "Sen. Ann Lee (D-Ore.), who chairs the panel")],
        ),
        (
            "The plan is dead, said Rep. Tom Black (R-Tex.), a member of the budget committee.",
            [("named", "said", "Rep. Tom Black (R-Tex.), a member of the budget committee")],
        ),
        ('"It is over," said Sen. Ed Lo (R).', [("named", "said", "Sen. Ed Lo (R)")]),
        # read back from the cue too, with the appositive after the bracket
        (
            "New Jersey Gov. Ann Lee (R), a staunch ally of the mayor, said the plan was dead.",
            [("named", "said", "New Jersey Gov. Ann Lee (R), a staunch ally of the mayor")],
        ),
        ('"It is a great day," said Ann Lee, 34, of Tampa.', [("named", "said", "Ann Lee, 34, of Tampa")]),
        (
            '"I will vote for him," says Tom Black, 61, from Leeds, a retired teacher.',
            [("named", "says", "Tom Black, 61, from Leeds, a retired teacher")],
        ),
        # "of" and no place: no home
        ('"It is over," said Ed Lo, 52, of all people.', [("named", "said", "Ed Lo, 52")]),
    ],
)
def test_party_and_home_after_a_name(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor at the time said the bridge was safe.", [("named", "said", "The mayor")]),
        ("The senator over the weekend joked that he would run again.", [("named", "joked", "The senator")]),
        (
            "Priebus later Thursday told reporters that the meeting went well.",
            [("named", "told reporters", "Priebus")],
        ),
        ("Ana Ruiz in a blog post said she would cut taxes.", [("named", "said", "Ana Ruiz")]),
        ("The governor in his speech called the deal a disgrace.", [("named", "called", "The governor")]),
        # a place or a body is part of who speaks
        (
            "Officials in the department said the plan was sound.",
            [("anonymous", "said", "Officials in the department")],
        ),
    ],
)
def test_time_or_occasion_before_the_verb(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lee campaign sent a fundraising email Wednesday saying the race was now between two candidates.",
            [("named", "saying", "The Lee campaign")],
        ),
        (
            "His office put out a statement saying the state cannot vet every refugee.",
            [("named", "saying", "His office")],
        ),
        (
            "The senator has sent Ruiz, D-Ore., a letter asking for a hearing.",
            [("named", "asking", "The senator")],
        ),
    ],
)
def test_the_sender_of_a_message_speaks(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Theresa May said the deal was done.", [("named", "said", "Prime Minister Theresa May")]),
        ("Instead, Will called for Republicans to back the governor.", [("named", "called for", "Will")]),
        # a preposition's object is no speaker
        ("Lo has written to May urging her to act.", [("named", "May urging", "Lo")]),
    ],
)
def test_capitalised_auxiliary_is_a_name(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In asking to see the files, the group noted that the court had found the emails.",
            [("named", "asking", "the group"), ("named", "noted", "the group")],
        ),
        (
            "In announcing the rally, Tom Black, chairman of the board of the Acme Society, warned that war was near.",
            [
                ("named", "announcing", "Tom Black, chairman of the board of the Acme Society"),
                ("named", "warned", "Tom Black, chairman of the board of the Acme Society"),
            ],
        ),
        ("In Paris, the minister said the talks had failed.", [("named", "said", "the minister")]),
        (
            "WASHINGTON -- With the votes still being counted, Governor Ann Lee thanked her staff, and signaled "
            "that she would run again.",
            [("named", "thanked", "Governor Ann Lee"), ("named", "signaled", "Governor Ann Lee")],
        ),
        (
            "WASHINGTON -- Senator Ed Lo said on Monday that the bill was dead.",
            [("named", "said", "Senator Ed Lo")],
        ),
    ],
)
def test_what_opens_the_sentence_before_the_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The slowdown is over," wrote Tom Black and Ann White, co-founders of the Acme Institute.',
            [("named", "wrote", "Tom Black and Ann White")],
        ),
        ("According to Ruiz and Lee, the plan is dead.", [("named", "According to", "Ruiz and Lee")]),
        ('"It is over," said Ed Lo and Ann Lee on Monday.', [("named", "said", "Ed Lo and Ann Lee")]),
        # "and" before a verb joins the speaker's acts, not two speakers
        (
            '"It is over," said Lo and added that the vote was rigged.',
            [("named", "said", "Lo"), ("named", "added", "Lo")],
        ),
    ],
)
def test_two_names_after_the_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trouble, Ruiz said, is that nobody listens.", [("named", "said", "Ruiz")]),
        # an appositive closed by its comma stays part of the source
        ("Her husband, Tom Lee, said the plan was dead.", [("named", "said", "Her husband, Tom Lee")]),
        (
            "Tom Black, secretary of the Acme Party, told the paper the vote was rigged.",
            [("named", "told", "Tom Black, secretary of the Acme Party")],
        ),
    ],
)
def test_cue_set_off_inside_a_clause(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
