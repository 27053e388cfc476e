"""Where a content ends when the source's own verb phrase goes on with "and" and another verb, and a summing
phrase after "…, she said," (issue 12, point 3; helper round v8), in sentences of our own: the exact content
of each attribution and the voice of each matched word, with either sourcing method."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a cue in the past with an object, then "and" and the source's next verb: that verb is the source's act,
        # not part of what it mentioned, endorsed or outlined, and the writer's words after it are the writer's
        (
            "Mayor Okafor mentioned the levy twice and seemed to blame the council for the delay.",
            [
                ("mentioned", "Mayor Okafor", "the levy twice"),
                ("seemed to blame", "Mayor Okafor", "the council for the delay."),  # round k21: blame shown
            ],
            [("seemed", "author")],
        ),
        (
            "The senator endorsed Ms. Lund and has appeared at her rallies, which were perhaps the largest in years.",
            [("endorsed", "The senator", "Ms. Lund")],
            [("perhaps", "author")],
        ),
        (
            "The council outlined a plan to cut fares and may not vote on it this year.",
            [("outlined", "The council", "a plan to cut fares")],
            [("may", "author")],
        ),
        # the next verb a cue of its own: each cue has its own content
        (
            'The minister called the tariff "a reckless gamble" and said it might be withdrawn.',
            [
                ("called", "The minister", 'the tariff "a reckless gamble"'),
                ("said", "The minister", "it might be withdrawn."),
            ],
            [("reckless", "quoted"), ("might", "reported")],
        ),
        (
            "Ms. Lund praised the council for its rescue plan and warned that the port could still close.",
            [
                ("praised", "Ms. Lund", "the council for its rescue plan"),
                ("warned", "Ms. Lund", "the port could still close."),
            ],
            [("could", "reported")],
        ),
        # a cue in the present before "and" and another cue
        (
            "The minister denies any wrongdoing and says the audit was probably flawed.",
            [
                ("denies", "The minister", "any wrongdoing"),
                ("says", "The minister", "the audit was probably flawed."),
            ],
            [("probably", "reported"), ("flawed", "reported")],
        ),
    ],
)
def test_the_sources_next_verb_after_and_ends_the_object(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a clause after the cue: the verb after "and" is the clause's own (its subject's), still reported
        (
            "Ms. Lund said the council opposed the levy and possibly delayed the vote.",
            [("said", "Ms. Lund", "the council opposed the levy and possibly delayed the vote.")],
            [("possibly", "reported")],
        ),
        (
            "Ms. Lund says the levy simply restores the old rate and is probably needed to fund schools.",
            [("says", "Ms. Lund", "the levy simply restores the old rate and is probably needed to fund schools.")],
            [("probably", "reported")],
        ),
        # two adjectives joined by "and" are no second verb
        (
            "The mayor dismissed as baseless and fabricated every claim of a cover-up.",
            [("dismissed", "The mayor", "as baseless and fabricated every claim of a cover-up.")],
            [("baseless", "reported"), ("fabricated", "reported"), ("cover-up", "reported")],
        ),
        # the object's two gerunds: "raising rents and pushing up prices" is all the levy is blamed for
        (
            "Ms. Lund blamed the levy for raising rents and pushing up prices, which may probably hurt families.",
            [
                (
                    "blamed",
                    "Ms. Lund",
                    "the levy for raising rents and pushing up prices, which may probably hurt families.",
                )
            ],
            [("may", "reported"), ("probably", "reported")],
        ),
        # an infinitive's two verbs: "to comment and say" is one thing refused
        (
            "The mayor refused to comment and say whether the levy would pass.",
            [
                ("refused", "The mayor", "to comment and say whether the levy would pass."),
                ("say", "The mayor", "whether the levy would pass."),
            ],
            [("whether", "reported")],
        ),
    ],
)
def test_a_clauses_own_verb_after_and_stays_in_the_content(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


def test_a_summing_phrase_after_the_speakers_aside_is_the_writers(sourcing_analyzer: Analyzer) -> None:
    # "…, she said, a move that …": the writer's comment on what she said, as after a content that follows its cue
    assert attributions_and_voices(
        sourcing_analyzer, "The port may close next year, Ms. Lund said, a move that would probably cost jobs."
    ) == ([("said", "Ms. Lund", "The port may close next year,")], [("may", "reported"), ("would probably", "author")])
