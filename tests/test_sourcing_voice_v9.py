"""The writer's opening phrase before a source whose cue takes an infinitive or "about" (issue 12, point 3;
helper round v9), in sentences of our own: the exact content of each attribution and the voice of each matched
word, with either sourcing method. Before the round "Last week, he vowed to veto the bill" gave "vowed" the
content "Last week,": a word of the writer's there was put in the source's voice."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # what was vowed, pledged or promised follows the cue; the opening phrase stays the writer's
        (
            "Facing a reckless budget, the mayor vowed to veto the bill.",
            [("vowed", "the mayor", "to veto the bill.")],
            [("reckless", "author")],
        ),
        (
            "Despite its dismal record, the council promised to rebuild the harbour.",
            [("promised", "the council", "to rebuild the harbour.")],
            [("dismal", "author")],
        ),
        # and a word inside the infinitive's phrase is the source's
        (
            "Last spring, the union pledged to fight the closure, perhaps for years.",
            [("pledged", "the union", "to fight the closure, perhaps for years.")],
            [("perhaps", "reported")],
        ),
    ],
)
def test_an_infinitive_after_the_cue_is_the_content(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # "to" before an addressee or a crowd is the cue's setting: the quotation before the source is hers
        (
            '"The port will reopen," Ms. Lund said to applause from a reckless crowd.',
            [("said", "Ms. Lund", '"The port will reopen,"')],
            [("reckless", "author")],
        ),
        (
            '"The levy is reckless," the mayor declared to reporters on Tuesday.',
            [("declared", "the mayor", '"The levy is reckless,"')],
            [("reckless", "quoted")],
        ),
    ],
)
def test_to_before_a_noun_phrase_is_no_infinitive(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the topic after "about" is what the source complained or asked about; the opening phrase is the writer's
        (
            "Despite its dismal record, the council complained about the new levy.",
            [("complained", "the council", "about the new levy.")],
            [("dismal", "author")],
        ),
        (
            "Facing a reckless budget, the mayor asked about the audit.",
            [("asked", "the mayor", "about the audit.")],
            [("reckless", "author")],
        ),
        # a quotation or a clause of the source's own before her: what precedes is hers, as before
        (
            '"The plan is reckless," Ms. Lund said about the levy on Tuesday.',
            [("said", "Ms. Lund", '"The plan is reckless,"')],
            [("reckless", "quoted")],
        ),
        (
            "The levy is a reckless gamble, Ms. Lund said about the plan.",
            [("said", "Ms. Lund", "The levy is a reckless gamble,")],
            [("reckless", "reported")],
        ),
    ],
)
def test_an_opening_phrase_before_a_cue_and_about_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)
