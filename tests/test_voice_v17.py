"""What a verb of telling or a "that" clause reports (issue 12, helper round v17), in sentences of our own: the
exact cue, source and content of each attribution and the voice of each matched word, with either sourcing
method. Before the round a cue whose subject stood inside what someone told or argued ("told CNN she believes
…", "argues that … the savings that economists expect") was left in the writer's voice, and the content of
"told" took in its hearer ("told the radical activists she would …"), so a word of the writer's there was
put in the source's voice."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a cue whose subject stands in what a hearer was told: part of what the source told
        (
            "The mayor told a local radio station on Monday she believes the reckless plan will fail.",
            [
                ("told", "The mayor", "she believes the reckless plan will fail."),
                ("believes", "she", "the reckless plan will fail."),
            ],
            [("believes", "reported"), ("reckless", "reported")],
        ),
        # a cue inside a "that" clause, before its first comma: part of what the source argued
        (
            "The senator argues that the deal never brought the savings that economists expect.",
            [
                ("argues", "The senator", "the deal never brought the savings that economists expect."),
                ("expect", "economists", ""),
            ],
            [("expect", "reported")],
        ),
        (
            "The governor acknowledged that he erred when he claimed the budget was balanced.",
            [
                ("acknowledged", "The governor", "he erred when he claimed the budget was balanced."),
                ("claimed", "he", "the budget was balanced."),
            ],
            [("claimed", "reported")],
        ),
    ],
)
def test_a_cue_inside_what_was_told_or_argued_is_part_of_it(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # after the first comma the writer may go on with a clause of his own: the cue there stays his word
        (
            "The mayor told reporters she probably won't run, even though critics doubt it.",
            [
                ("told reporters", "The mayor", "she probably won't run, even though critics doubt it."),
                ("doubt", "critics", "it."),
            ],
            [("probably", "reported"), ("doubt", "author")],
        ),
        (
            "The union warned it could strike, although many observers doubt it will.",
            [("warned", "The union", "it could strike"), ("doubt", "many observers", "it will.")],
            [("could", "reported"), ("doubt", "author")],
        ),
        # the source's own second verb is the writer's word for it, as before; the first content ends before it (c38)
        (
            "Ryan said he was not ready and suggested a delay.",
            [("said", "Ryan", "he was not ready"), ("suggested", "Ryan", "a delay.")],
            [("suggested", "author")],
        ),
    ],
)
def test_a_cue_after_the_first_comma_or_of_the_same_source_stays_the_writers(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the hearer before a subject pronoun, a quotation or "that" is no part of what was told
        (
            "The mayor told the radical activists she would probably resign.",
            [("told", "The mayor", "she would probably resign.")],
            [("radical", "author"), ("would probably", "reported")],
        ),
        (
            'Lo told his supporters, "We will probably win."',
            [("told", "Lo", '"We will probably win."')],
            [("probably", "quoted")],
        ),
        (
            "Ms. Lund told a packed crowd in Dover, Delaware, on Monday that the plan would probably pass.",
            [("told", "Ms. Lund", "the plan would probably pass.")],
            [("would probably", "reported")],
        ),
        (
            "Ms. Lund told reporters during a visit to the port that she thinks the deal is dead.",
            [("told reporters", "Ms. Lund", "she thinks the deal is dead."), ("thinks", "she", "the deal is dead.")],
            [("thinks", "reported")],
        ),
    ],
)
def test_the_hearer_of_a_telling_verb_is_no_part_of_its_content(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a topic, a relative clause, a verb or an order before the pronoun or "that": the content as before
        ("Lo told the story of how he probably lost the seat.", "the story of how he probably lost the seat."),
        (
            "He told a crowd that spilled onto the street that victory was likely.",
            "a crowd that spilled onto the street that victory was likely.",
        ),
        (
            "The mayor told a local radio station the plan failed because she believes it was rushed.",
            "a local radio station the plan failed because she believes it was rushed.",
        ),
        ("Lo told them to go home that night.", "them to go home that night."),
    ],
)
def test_no_hearer_is_cut_where_a_clause_may_have_begun(sourcing_analyzer: Analyzer, text: str, content: str) -> None:
    attributions, _ = attributions_and_voices(sourcing_analyzer, text)
    assert attributions[0][2] == content
