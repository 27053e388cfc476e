"""Round k69: round c45's sourcing leftovers and PolNeAR dev source-phrase errors by construction. A vague group
before a verb phrase of its own says nothing; "answered" a call or a door is no cue, nor "calls on" after a kind of
call; a dateline's place in capitals and a phrase in capitals with a preposition or a determiner are no speakers
(a transcript's turn "LUND: …" stays one); papers a participle gives to its agent keep the agent ("Records obtained
by the Gazette showed"); a name after its title in lower case is the subject its appositive describes; "two of
whom" is the source with its pronoun."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague group that did something says nothing (was a source with the rest of the sentence as content)
        ("Some experts have looked at the data too.", []),
        ("Many observers will study the vote closely.", []),
        # unchanged: a clause after the verb, a progressive, a cue of the lexicons
        (
            "Media reports have emerged that the minister quit.",
            [("", "Media reports", "have emerged that the minister quit.")],
        ),
        ("Some analysts had been predicting a crash.", [("had been predicting", "Some analysts", "a crash.")]),
        ("Some experts say the bridge is safe.", [("say", "Some experts", "the bridge is safe.")]),
        # taking a call, opening a door: nobody says anything (was "answered" and "calls on")
        ("Firefighters answered three alarm calls on Tuesday.", []),
        ("Nobody answered the phone at the clinic on Monday.", []),
        ("The clinic fielded calls on Monday from parents.", []),
        # unchanged: a reply, a call on someone
        (
            "She answered questions from reporters for an hour.",
            [("answered", "She", "questions from reporters for an hour.")],
        ),
        ("The mayor calls on residents to stay home.", [("calls on", "The mayor", "residents to stay home.")]),
        # a dateline's place in capitals before the writer's paragraph (was a speaker "OSLO", "LOS ANGELES")
        ("OSLO: The council approved the budget on Monday after a long debate. The vote was close.", []),
        ("LOS ANGELES: Heavy rain could flood parts of the city this weekend. More rain is due.", []),
        # unchanged: a lone turn of speech in capitals, a title with "of"
        (
            "LUND: The levy is a disgrace. The vote was close.",
            [(":", "LUND", "The levy is a disgrace."), ("", "LUND", "The vote was close.")],
        ),
        (
            "SECRETARY OF STATE: We will not yield on this point.",
            [(":", "SECRETARY OF STATE", "We will not yield on this point.")],
        ),
        # a phrase or a shout in capitals before a headline is no speaker (was "NO MORE FERRIES", "BUSTED")
        (
            "NO MORE FERRIES: Council wants to close the port by 2030\n\nThe plan was approved.",
            [("wants", "Council", "to close the port by 2030")],
        ),
        ("BUSTED: Mayor Caught Hiding Port Fees\n\nThe plan was approved.", []),
        # papers given to their agent by a participle (was "Records", "Documents")
        (
            "Records obtained by the Gazette showed the mayor was paid twice.",
            [("showed", "Records obtained by the Gazette", "the mayor was paid twice.")],
        ),
        (
            "Documents reviewed by the Herald show that the mayor was paid twice.",
            [("show", "Documents reviewed by the Herald", "the mayor was paid twice.")],
        ),
        # unchanged: a name before a verb and "by"
        ("Mr. Wiley walked by the river and said he was tired.", [("said", "Mr. Wiley", "he was tired.")]),
        # a name after its title in lower case, then its appositive (was the appositive alone)
        (
            "Former Oregon governor Ana Ruiz, an early backer of the plan, said the levy was a priority.",
            [("said", "Former Oregon governor Ana Ruiz, an early backer of the plan", "the levy was a priority.")],
        ),
        (
            "The award-winning Chilean poet Ana Ruiz, one of the signers, told the crowd that the law was cruel.",
            [("told", "The award-winning Chilean poet Ana Ruiz, one of the signers", "the law was cruel.")],
        ),
        # unchanged: a verb before the name
        (
            "In the end the governor met Ana Ruiz, an early backer of the plan, said the aide.",
            [("said", "the aide", "In the end the governor met Ana Ruiz, an early backer of the plan,")],
        ),
        # a part of the people before the comma, with its pronoun (was "whom")
        (
            "The council has nine members, two of whom said the levy was unfair.",
            [("said", "two of whom", "the levy was unfair.")],
        ),
        (
            "The mayor met the unions, each of whom argued that pay was too low.",
            [("argued", "each of whom", "pay was too low.")],
        ),
    ],
)
def test_round_k69_sourcing_leftovers(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The council has nine members, two of whom said the levy was unfair.", "anonymous"),
        ("The board hired Ana Ruiz and Tom Lee, both of whom warned that the plan would fail.", "named"),
    ],
)
def test_part_of_whom_keeps_its_kind(analyzer, text: str, kind: str) -> None:
    assert fields(analyzer, text, "source", "kind")[-1][1] == kind
