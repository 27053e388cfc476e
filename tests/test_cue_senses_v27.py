"""A cue word in a sense that reports nothing (issue 12, helper round v27), in sentences of our own.

A crew that "responded to a call", an economy that "added 90,000 jobs", a number that
"declined by" a figure, a person who "wrote a book", troops that "attacked" a town, a campaign "pushing ahead", charges
"dismissed", activists who "protested by" sitting down, a "purported" thing, a "promising" plan, a "close call",
"nothing to show for it", "(emphasis added)" and a newsletter box: no one says, thinks or reports anything there, so no
attribution is reported. The same words in their reporting sense stay cues.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after midnight, two deputies responded to a call about a loose horse on the highway.",
        "Firefighters responded to the scene within minutes of the alarm.",
        "The region's factories added 90,000 jobs in the spring.",
        "By March the museum had added a total of twelve paintings to the wing.",
        "Enrolment at the college has declined by four hundred students since 2019.",
        "She wrote a book with her sister about the farm.",
        "Troops attacked the depot before dawn on Friday.",
        "The city is pushing ahead with its plan for a new tram line.",
        "The pastor had all of his charges dismissed last month.",
        "Hundreds of farmers protested by parking their tractors across the bridge.",
        "The lawyer introduced another purported witness on Tuesday.",
        "The grant for the most promising project goes to a school.",
        "The pilots had one of the closest calls of their careers over the lake.",
        "The army has spent billions with poor results to show for it.",
        "Its budget doubled in a decade (emphasis added).",
    ],
)
def test_a_word_in_another_sense_reports_no_attribution(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor responded to the complaint, saying the road would reopen.",
            [("responded", "The mayor"), ("saying", "The mayor")],
        ),
        ("The plan is unworkable, the senator added.", [("added", "the senator")]),
        ("The minister declined to comment on the report.", [("declined to comment", "The minister")]),
        ("The governor dismissed the claims as a stunt.", [("dismissed", "The governor")]),
        ("In a long speech, Lo attacked the council for its delays.", [("attacked", "Lo")]),
        ("Lo wrote in her column that the bridge was unsafe.", [("wrote", "Lo")]),
    ],
)
def test_the_same_words_still_report(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_newsletter_box_is_left_out(analyzer: Analyzer) -> None:
    text = (
        "The council met on Monday.\n\nEmail Sign Up By signing up you agree to receive alerts from our paper.\n\n"
        "The vote is due in May."
    )
    assert cues_and_sources(analyzer, text) == []
