"""A stance adjective with one word before it (issue 12, helper round v20), in sentences of our own: the exact
cue, source and content of each attribution and the voice of each matched word, with either sourcing method.
Before the round "are worried about" and "were concerned that" were read as a group's view, but an adverb or a
"not" between the verb and the adjective ("were deeply concerned that", "are not confident that") left no
attribution, so a word of the group's view was put in the writer's voice; "uneasy" and "nervous" were no cue
at all."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        (
            "Some council members were deeply concerned that the budget would probably collapse.",
            [("were deeply concerned", "Some council members", "the budget would probably collapse.")],
            [("would probably", "reported")],
        ),
        (
            "Several retailers are not confident that the disastrous season will end soon.",
            [("are not confident", "Several retailers", "the disastrous season will end soon.")],
            [("confident that", "author"), ("disastrous", "reported")],
        ),
        (
            "The growers remain fairly optimistic that prices could recover.",
            [("remain fairly optimistic", "The growers", "prices could recover.")],
            [("could", "reported")],
        ),
        (
            "Local teachers are uneasy about the reckless new testing rules.",
            [("are uneasy", "Local teachers", "about the reckless new testing rules.")],
            [("reckless", "reported")],
        ),
        (
            "The bankers were visibly nervous about a possible default.",
            [("were visibly nervous", "The bankers", "about a possible default.")],
            [("possible", "reported")],
        ),
    ],
)
def test_a_stance_adjective_after_an_adverb_or_not_credits_its_holder(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # the word between the verb and the adjective is the subject of an inverted clause, and "Nor" no source
        ("Nor was Lo worried about the brutal weather.", [("brutal", "author")]),
        # the stance states a view only before what it is about
        ("The drivers were also concerned with the terrible traffic.", [("terrible", "author")]),
    ],
)
def test_the_rules_read_no_stance_in_an_inverted_clause_or_before_with(
    analyzer: Analyzer, text: str, voices: list[tuple[str, str]]
) -> None:
    # the rules alone: the trained labeller reads a cue of its own in both ("worried about", "concerned with")
    assert attributions_and_voices(analyzer, text) == ([], voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the stance states a view only before what it is about
        ("As far as the mayor is personally concerned, the plan is a disaster.", [], [("disaster", "author")]),
        # the plain form, as before
        (
            "Many farmers are worried about the reckless tariff plan.",
            [("are worried", "Many farmers", "about the reckless tariff plan.")],
            [("reckless", "reported")],
        ),
    ],
)
def test_a_stance_adjective_without_its_topic_or_plain_is_read_as_before(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


def test_a_stance_adjective_after_a_word_with_no_topic_is_no_cue_as_without_it(sourcing_analyzer: Analyzer) -> None:
    # before the round the bare "worried" was read as a cue here with nothing credited; "are worried." is none
    assert attributions_and_voices(sourcing_analyzer, "The residents are very worried.") == ([], [])
    assert attributions_and_voices(sourcing_analyzer, "The residents are worried.") == ([], [])


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        (
            "Republican senators are split on whether they would back the reckless plan.",
            [("are split", "Republican senators", "on whether they would back the reckless plan.")],
            [("whether", "reported"), ("reckless", "reported")],
        ),
        (
            "Voters were evenly divided over the disastrous deal.",
            [("were evenly divided", "Voters", "over the disastrous deal.")],
            [("disastrous", "reported")],
        ),
    ],
)
def test_a_body_whose_views_part_on_a_topic_holds_them(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    "text",
    [
        "The money was divided over three years.",  # no holder
        "The Senate was split on party lines.",  # a vote counted
        "The country is deeply divided.",  # no topic
    ],
)
def test_a_split_with_no_holder_or_topic_is_no_view(analyzer: Analyzer, text: str) -> None:
    assert attributions_and_voices(analyzer, text) == ([], [])
