"""Round u45: a researcher's pass over real news. A participle cue right after a finite cue with its comma left
out ("he said adding that …") is the first cue's speaker's, not a vague source's; a pronoun's "'s" before an "-ed"
cue and "as" or "by" is "is" ("it's still labeled as hazardous"), and such a cue set off by a comma before "as"
("Their fears, sometimes referred to as …") is a passive too: its subject names no source (a view credited to
nobody, its content to the closing comma); "a
group called Clean Taps" names a thing, nobody calls. Certainty's idioms that hold "doubt" ("without any doubt") are
no negated hedge."""

from __future__ import annotations

import pytest

from signal_cases import spans
from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma before the participle left out: the speaker of the cue before it
        (
            "The ferry is safe, the captain said adding that the engines were new.",
            [("said", "the captain", "named"), ("adding", "the captain", "named")],
        ),
        (
            "Dr. Mensah replied also noting that the clinic would reopen.",
            [("replied", "Dr. Mensah", "named"), ("also noting", "Dr. Mensah", "named")],
        ),
        # unchanged: with the comma, and a participle after a noun that is no cue
        (
            "The ferry is safe, the captain said, adding that the engines were new.",
            [("said", "the captain", "named"), ("adding", "the captain", "named")],
        ),
        ("The memo was released saying the ferry was safe.", [("saying", "The memo", "named")]),
        # a pronoun's "'s" before a participle cue and "as" or "by": a passive, its subject no source
        ("The storm will pass to the north, but it's still labeled as severe.", []),
        ("He’s often described as a quiet leader.", []),
        ("It's still labeled as severe by the weather office.", [("still labeled", "the weather office", "named")]),
        # a participle cue set off by a comma before "as": what is named, not a source ("sometimes" was one), a view
        # credited to nobody as "is described as" is
        ("Their worries, sometimes referred to as “ferry dread,” are common.", [("referred to", "", "vague")]),
        ("The two crews, identified as Blue Watch and Red Watch, refused to sail.", [("identified", "", "vague")]),
        # unchanged: an agent, a verb after an appositive or an aside with its object after "as"
        ("The ferry, described by critics as unsafe, still sails.", [("described", "critics", "vague")]),
        ("Ms. Lund, a pilot, described the ferry as a wreck.", [("described", "Ms. Lund, a pilot", "named")]),
        ("Ms. Lund, however, rejected as false the claim that it sank.", [("rejected", "Ms. Lund", "named")]),
        # unchanged: "'s" as "has" before an object or a clause
        ("She's described the plan as a failure.", [("described", "She", "named")]),
        ("He's said that the ferry will run on Sunday.", [("said", "He", "named")]),
    ],
)
def test_a_participle_and_a_contracted_passive(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "kind") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb cue before the participle: its subject acts in both
        ("Mr. Osei denied asking the guards to leave.", [("denied", "Mr. Osei"), ("asking", "Mr. Osei")]),
        # unchanged: a noun cue before the participle is no speaker of it
        (
            "The union issued a statement saying the strike would end.",
            [("issued a statement", "The union"), ("saying", "The union")],
        ),
        (
            "Ms. Lund dismissed reports suggesting the mill would close.",
            [("dismissed", "Ms. Lund"), ("suggesting", "reports")],
        ),
    ],
)
def test_a_participle_after_a_verb_cue_or_a_noun_cue(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a/an THING called NAME": a name given, nothing said
        ("A comet called 41P Tuttle will pass the moon in May.", []),
        ("A new group called Clean Taps is raising money for pipes.", []),
        ("A podcast-style series called the “Night Desk” starts today.", []),
        # unchanged: a person calls something, a call made, a call for action
        ("A senator called Ortiz's plan a disaster.", [("called", "A senator")]),
        ("A porter called the hotel twice.", [("called", "A porter")]),
        ("A new group called on the council to resign.", [("called on", "A new group")]),
    ],
)
def test_a_thing_called_by_its_name(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "hedges", "boosters"),
    [
        ("The ferry will, without any doubt, run on Sunday.", [], ["without any doubt"]),
        ("The ferry runs on time beyond all doubt.", [], ["beyond all doubt"]),
        ("Nobody doubts the ferry runs on time.", [], ["Nobody doubts"]),
        # unchanged: a doubt held
        ("Residents doubt the ferry runs on time.", ["doubt"], []),
    ],
)
def test_certainty_idioms_holding_doubt(analyzer, text: str, hedges: list[str], boosters: list[str]) -> None:
    assert (spans(analyzer, text, "hedging"), spans(analyzer, text, "certainty")) == (hedges, boosters)


def test_a_set_off_passive_names_to_its_closing_comma(analyzer) -> None:
    text = "The two crews, identified as Blue Watch and Red Watch, refused to sail."
    assert fields(analyzer, text, "content") == [("as Blue Watch and Red Watch",)]
    text = "Their worries, sometimes referred to as “ferry dread,” are common."
    assert fields(analyzer, text, "content") == [("as “ferry dread,”",)]
