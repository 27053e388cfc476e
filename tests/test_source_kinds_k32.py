"""Kind rules of round k32 (issue 12), in sentences of our own: one document that reports a finding ("a study",
"one recent poll", "according to a report", the language file's new `finding_nouns`) and that no word of its own
names is a vague source, as docs/source-kinds.md reads an unnamed poll or study (k24's "one recent poll"); named
before the round, as every single document was. Guards pin what the rule must not change: a finding named in its
phrase ("by Gallup", "A Pew survey"), one the writer takes up in the sentence before or the two after ("… The poll
was run by Gallup", PolNeAR's "a new poll showed … The NBC/Wall Street Journal poll gave"), a body's document in view
("a police report") and other documents ("a court filing") stay named."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A study shows that fewer children got their shots.", [("vague", "shows that", "A study")]),
        ("One recent poll found that most drivers oppose the toll.", [("vague", "found that", "One recent poll")]),
        ("Fewer children got their shots, a new study suggests.", [("vague", "suggests", "a new study")]),
        ("The river rose by a metre, according to a report.", [("vague", "according to", "a report")]),
        (
            "A new survey released Monday found that most drivers oppose the toll.",
            [("vague", "found that", "A new survey released Monday")],
        ),
    ],
)
def test_one_unnamed_finding_is_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named in its phrase
        ("A new poll by Gallup found that most drivers oppose the toll.", [("named", "found that", "A new poll by Gallup")]),
        ("A Pew survey found that most drivers oppose the toll.", [("named", "found that", "A Pew survey")]),
        # taken up in the next sentences: the writer names it there
        (
            "A new poll found that most drivers oppose the toll. The poll was run by Gallup last week.",
            [("named", "found that", "A new poll")],
        ),
        (
            "The river rose by a metre, according to a report. Rain fell all week. The city published the survey.",
            [("named", "according to", "a report")],
        ),
        # a body's document in view, and documents that report no finding
        (
            "The driver was tired, a police report indicates.",
            [("named", "indicates", "a police report")],
        ),
        (
            "A court filing claims that the mayor knew of the deal.",
            [("named", "claims that", "A court filing")],
        ),
    ],
)
def test_a_finding_named_taken_up_or_of_a_body_stays_named(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
