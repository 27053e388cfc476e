"""The writer's opening phrase before a source whose words are a quoted sentence (issue 12, helper round v16), in
sentences of our own: the exact content of each attribution and the voice of each matched word, with either
sourcing method. Before the round 'After the vote, the mayor said, "It may work."' gave "said" the whole sentence
as its content (the rule for a source set off inside her own words, "If he wins, she said, the party will split"):
a word of the writer's there was put in the source's voice."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the quoted sentence after the cue is the content; the setting before the source is the writer's
        (
            'After the disastrous vote, the mayor told reporters, "It probably works."',
            [("told reporters", "the mayor", '"It probably works."')],
            [("disastrous", "author"), ("probably", "quoted")],
        ),
        (
            'Lashing out at the reckless council, Ms. Lund said, "We will likely appeal."',
            [("said", "Ms. Lund", '"We will likely appeal."')],
            [("Lashing out", "author"), ("reckless", "author"), ("likely", "quoted")],
        ),
        # a quotation in the style that opens with two apostrophes
        (
            "In a venomous statement, the union said, ''The port may close.''",
            [("said", "the union", "''The port may close.''")],
            [("venomous", "author"), ("may", "quoted")],  # round l31: "scathing" out (a plain word)
        ),
    ],
)
def test_a_quoted_sentence_after_the_source_leaves_the_opening_phrase_to_the_writer(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # her words on both sides of the source, unquoted or with a quoted phrase that goes on from them: all hers
        (
            "If he wins, she said, the party will probably split.",
            [("said", "she", "If he wins, she said, the party will probably split.")],
            [("If", "reported"), ("If he wins, she said, the party will", "author"), ("probably", "reported")],
        ),
        (
            'If he wins, "the reckless party will split," Lo said.',
            [("said", "Lo", 'If he wins, "the reckless party will split,"')],
            [("If", "reported"), ('If he wins, "the reckless party will', "reported"), ("reckless", "quoted")],
        ),
        # a clause of hers before the source, no quotation: hers, as before
        (
            "Despite the vote, the party will probably win, Lo said.",
            [("said", "Lo", "Despite the vote, the party will probably win,")],
            [("probably", "reported")],
        ),
    ],
)
def test_words_of_the_source_before_it_stay_hers(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a clause of time or occasion after the cue: the quotation before the source is the content
        (
            '"It is absolutely dead," he said when asked if the reckless plan was alive.',
            [("said", "he", '"It is absolutely dead,"'), ("when asked", "", "if the reckless plan was alive.")],
            [("if", "reported"), ("reckless", "reported")],
        ),
        (
            '"It is over," Ms. Lund said after the disastrous meeting.',
            [("said", "Ms. Lund", '"It is over,"')],
            [("disastrous", "author")],
        ),
    ],
)
def test_a_clause_of_occasion_after_the_cue_is_no_content(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # her words go on in a second quotation after the occasion: the content runs on there, as before
        (
            '"It is dead," Lo said after the verdict, "and it will probably stay dead."',
            [("said", "Lo", 'after the verdict, "and it will probably stay dead."')],
            [("probably", "quoted")],
        ),
        # "as to why" is the topic of what she told, no occasion
        (
            '"It is dead," Lo told the Post as to why she came forward.',
            [("told", "Lo", "the Post as to why she came forward.")],
            [],
        ),
    ],
)
def test_what_follows_the_occasion_keeps_the_content_after_the_cue(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)
