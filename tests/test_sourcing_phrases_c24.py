"""Source phrases of cues we find (issue 12, round c24), in sentences of our own: the perfect progressive and a
floating "both" between a subject and its cue; a time inside the auxiliaries; ", saying" after a main clause whose
subject has a relative clause; a participle after an article; an existential "there"; a cue in "-ing" after the
predicate of a subject set off by commas. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "been" is skipped with the other auxiliaries: the subject and its appositive speak
        (
            "Ed Lo, who led the union for years, has been pushing for the change.",
            [("named", "has been pushing", "Ed Lo, who led the union for years")],
        ),
        # a floating "both" after the subject, or after its auxiliary
        (
            "Ed Lo and Senator Ana Ruiz (D-Ore.) both condemned the program.",
            [("named", "condemned", "Ed Lo and Senator Ana Ruiz (D-Ore.)")],
        ),
        (
            "Republicans have since both criticized the levy and pressed the council to drop it.",
            [("vague", "have since both criticized", "Republicans"), ("vague", "pressed", "Republicans")],
        ),
        # "both" opening a sentence or a clause is the subject itself
        ("Both said the plan would fail.", [("named", "said", "Both")]),
        ("Lo and Ruiz met on Monday, and both vowed to fight the levy.", [("named", "vowed", "both")]),
        # a stretch of time among the auxiliaries
        (
            "The ministry, meanwhile, has for months been warning about the shortage.",
            [("named", "has for months been warning", "The ministry")],
        ),
    ],
)
def test_auxiliaries_between_subject_and_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", saying" after the main clause: the subject, not the "who" of its relative clause
        (
            "Ms. Ortiz, who declined to comment on Monday, later posted an apology, saying she regretted the words.",
            [("named", "declined to comment", "who"), ("named", "saying", "Ms. Ortiz")],
        ),
        # the relative clause's noun is no subject of the sentence: the participle is the clause's own
        (
            "I phoned Ed Lo, who sounded surprised, telling me he knew nothing.",
            [("named", "sounded", "who"), ("named", "telling", "who")],
        ),
    ],
)
def test_participle_after_a_relative_clause(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle between an article and its noun describes the noun: no attribution
        ("The newly identified emails included several drafts.", []),
        ("The council dropped the previously announced tax.", []),
        # the noun phrase after an existential "there" that a cue in "-ing" describes is the source
        (
            "There is fresh evidence suggesting that turnout fell.",
            [("vague", "suggesting", "fresh evidence")],
        ),
        # otherwise "there" names nobody: no source, vague
        ("There were complaints that the buses ran late.", [("vague", "were complaints", "")]),
        ("There is no telling when the dam will fail.", [("vague", "telling", "")]),
    ],
)
def test_no_source_in_a_modifier_or_there(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue in "-ing" after the predicate of a subject set off by commas: the subject speaks
        (
            "To win them over, one group, Voters First, has run ads with two stations reminding voters that the"
            " vote is on Tuesday.",
            [("named", "reminding", "Voters First")],
        ),
        (
            "Tom Black, a retired judge, has been especially vocal in urging the council to act.",
            [("named", "urging", "Tom Black, a retired judge")],
        ),
        # no comma before the auxiliary: the phrase is read as before
        ("Ed Lo has been the loudest voice in urging the council to act.", [("named", "urging", "Ed Lo")]),
    ],
)
def test_gerund_after_a_set_off_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
