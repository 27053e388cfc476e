"""Nouns for people by what they do with no agent ending, and a subject whose relative clause reports something of
its own (issue 12, helper round k55), in sentences of our own, with either sourcing method."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, fields


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one unnamed person, as "A teacher at the school said"
        ("A nurse at the clinic said the ward was full.", "anonymous"),
        ("A pilot on the flight said the engine had failed.", "anonymous"),
        ("A local priest said the church was full.", "anonymous"),
        ("Another nun wrote that the convent would close.", "anonymous"),
        ("Two nurses said the ward was full.", "anonymous"),
        # the trade at large: a population
        ("Nurses say the wards are full.", "vague"),
        ("Many nurses said the wards were full.", "vague"),
        ("Pilots say the runway is too short.", "vague"),
    ],
)
def test_a_noun_for_people_by_what_they_do_without_an_agent_ending(
    sourcing_analyzer: Analyzer, text: str, kind: str
) -> None:
    assert attributions(sourcing_analyzer, text)[0][0] == kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The judges who ruled that Texas and Ohio could not close the polls said the law was clear.",
            "The judges who ruled that Texas and Ohio could not close the polls",
        ),
        (
            "The judges who ruled that Texas and North Dakota could not close the polls, for instance, said the "
            "law was clear.",
            "The judges who ruled that Texas and North Dakota could not close the polls",
        ),
        (
            "Officials who have warned that the dam could fail say the town must move.",
            "Officials who have warned that the dam could fail",
        ),
    ],
)
def test_a_that_clause_inside_the_subjects_relative_clause_is_no_subject(
    sourcing_analyzer: Analyzer, text: str, source: str
) -> None:
    assert attributions(sourcing_analyzer, text)[-1][2] == source


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "A woman who claims she was fired says the firm lied.",
            "says",
            "A woman who claims she was fired",
            "the firm lied.",
        ),
        (
            "A man who claims he was “old friends” with Ana Lo says Lo never told him.",
            "says",
            "A man who claims he was “old friends” with Ana Lo",
            "Lo never told him.",
        ),
        (
            "A man who says he saw the crash said the car was red.",
            "said",
            "A man who says he saw the crash",
            "the car was red.",
        ),
        (
            "A lawyer who argued that Acme had lied said the case was strong.",
            "said",
            "A lawyer who argued that Acme had lied",
            "the case was strong.",
        ),
    ],
)
def test_the_main_cue_after_a_cue_in_the_subjects_relative_clause(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str, content: str
) -> None:
    found = fields(sourcing_analyzer, text, "cue", "source", "content")
    assert [f for f in found if f[0] == cue] == [(cue, source, content)]
    assert cue not in found[0][2].split()  # the inner cue's content ends before the main cue


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the name before its own relative clause: the clause is an aside, as before
        ("Ana Lo, who argued that Acme had lied, said the case was strong.", "Ana Lo"),
        # a plain that-clause of the cue's own subject
        ("Ana Lo said that Acme had lied.", "Ana Lo"),
    ],
)
def test_a_name_before_its_relative_clause_stays_the_source(
    sourcing_analyzer: Analyzer, text: str, source: str
) -> None:
    assert attributions(sourcing_analyzer, text)[-1][2] == source


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "a suit against the mayor" introduces no "a mayor": the one named before
        (
            "Mayor Ana Lo won the vote. Last year the city filed a suit against the mayor over the jail. The mayor "
            "has called the suit an attack.",
            "named",
        ),
        # the one introduced as "a nurse" is taken up
        ("A nurse at the clinic said the ward was full. Later, the nurse added that it had emptied.", "anonymous"),
    ],
)
def test_the_person_taken_up_from_an_earlier_mention(sourcing_analyzer: Analyzer, text: str, kind: str) -> None:
    assert attributions(sourcing_analyzer, text)[-1][0] == kind
