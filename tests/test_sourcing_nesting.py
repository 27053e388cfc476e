"""Cues inside what another source is reported to say (issue 12, helper round 12n), in sentences of our
own: PolNeAR marks no cue inside an attributed content, so neither do we, and the words there stay in
the outer source's voice; cue words in another sense attribute nothing."""

from __future__ import annotations

import pytest

from framing.lexicon.loader import load_lexicons
from framing.pipeline import Analyzer
from sourcing_cases import attributions, voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun right after a cue, with or without "that", speaks inside the first source's content
        ("Senator Vance said he believes the tax will pass.", [("named", "said", "Senator Vance")]),
        ("Senator Vance told donors that she expects the tax to pass.", [("named", "told", "Senator Vance")]),
        # so does any subject of a that-clause after a cue
        ("Dr. Ames noted that the governor has mocked the plan.", [("named", "noted", "Dr. Ames")]),
        # a second clause with a speaker of its own keeps its cue, and so does a name without "that"
        (
            "Lo said the vote was fair, and Ruiz said it was rigged.",
            [("named", "said", "Lo"), ("named", "said", "Ruiz")],
        ),
        (
            "Ruiz said he was tired, and he believes the party will split.",
            [("named", "said", "Ruiz"), ("named", "believes", "he")],
        ),
    ],
)
def test_a_cue_inside_what_a_source_said_is_not_a_cue_of_its_own(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_words_inside_a_nested_report_stay_in_the_outer_sources_voice(sourcing_analyzer: Analyzer) -> None:
    text = "Senator Vance said she thinks the reckless tax may pass."
    assert attributions(sourcing_analyzer, text) == [("named", "said", "Senator Vance")]
    assert voice(sourcing_analyzer, text, "reckless") == "reported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…, according to X" at the end credits X with everything before it, a cue there included
        ("Ruiz said little at the lunch, according to an aide.", [("anonymous", "according to", "an aide")]),
        # a leading "according to X," does not: the cue after it is the sentence's own
        (
            "According to an aide, Ruiz said little at the lunch.",
            [("anonymous", "According to", "an aide"), ("named", "said", "Ruiz")],
        ),
    ],
)
def test_a_trailing_according_to_holds_the_cues_before_it(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_the_content_before_a_trailing_according_to_is_reported(sourcing_analyzer: Analyzer) -> None:
    text = "Ruiz said the reckless deal was dead, according to an aide."
    assert voice(sourcing_analyzer, text, "reckless") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        # after "for", a speech verb names the reason for blame or praise (c55: "apologized for" itself is a cue now,
        # an apology made, so the sentence's verb is one that reports nothing)
        "The senator lost votes for saying the count was rigged.",
        "Lo paid a price for suggesting the tally was rigged.",
        # a participle before a quantity
        "An estimated 3,000 people marched on Sunday.",
        "The deal was worth a reported $2 million.",
        # "states that" is the noun far more often than the verb
        "Turnout fell in the 20 states that hold primaries in March.",
    ],
)
def test_cue_words_in_another_sense_attribute_nothing(text: str) -> None:
    """The lexicon's exceptions and context rules (the trained labeller may still read a cue there)."""
    assert attributions(Analyzer(load_lexicons(), sourcing="rules"), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's agent after "by" is the source; without one the passive attributes nothing
        ("The plan was criticized by Senator Ruiz on Tuesday.", [("named", "was criticized", "Senator Ruiz")]),
        ("The plan was criticized in the press.", []),
        # a weak cue's passive is support, not a statement
        ("The levy was backed by the mayor.", []),
        # "hope" is a cue in lower case only: "Hope" is a name
        (
            "Hope Hicks, a spokeswoman for the campaign, declined to comment.",
            [("named", "declined to comment", "Hope Hicks, a spokeswoman for the campaign")],
        ),
        ("We hope the plan will pass.", [("named", "hope", "We")]),
    ],
)
def test_a_passive_with_its_agent_and_a_cue_word_that_is_a_name(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
