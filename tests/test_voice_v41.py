"""Where a content ends, read for the voice of the matches around it (issue 12, helper round v41), in texts of our own,
with either sourcing method.

- A relative clause set off in the subject closes at the comma before a negated main verb ("…, doesn't pretend"),
  as it does before "has" or "would".
- A cue in the sentence's subject whose content holds no verb of its own (an infinitive, a portrayal's object and
  kind) ends before the main verb's auxiliary or modal; so does one inside a ", which …" clause of the subject.
- A short contrast set inside what was said ("the deficit, though it was real, was …") does not end it.
- An appositive with a relative opening the sentence ("A farmer who says the levy is unfair, Ruiz …") closes at its comma.
- "more than just X - … - but as Y" is a correlative: the content goes on over its "but".
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "Mayor Lo, who boasts she has visited every school in the county, doesn't pretend the levy is popular.",
            "she has visited every school in the county",
            [("pretend", "author")],
        ),
        (
            "The senator, who sees himself as the heir of a movement that reshaped the party, isn't likely to quit.",
            "himself as the heir of a movement that reshaped the party",
            [("likely", "author")],
        ),
    ],
)
def test_a_relative_clause_of_the_subject_closes_before_a_negated_main_verb(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"doubt", "hedging"})
    assert attributions[0] == (content,)
    assert matched == voices


@pytest.mark.parametrize(
    ("cue", "text", "content", "voices"),
    [
        (
            "wants",
            "A donor who wants to give more could easily write a second check to the party.",
            "to give more",
            [("could", "author")],
        ),
        (
            "portray",
            "Efforts to portray the mayor as a crook would likely fail in court.",
            "the mayor as a crook",
            [("crook", "reported"), ("would likely", "author")],
        ),
        (
            "portrays",
            "The harsh policy that portrays tenants as thieves, at least for now, may have hidden a worse problem.",
            "tenants as thieves, at least for now",
            [("thieves", "reported"), ("may", "author")],
        ),
        (
            "widely mocked",
            "But that flyer, which echoes a widely mocked post by a rival, is misleading.",
            "post by a rival",
            [("misleading", "author")],
        ),
    ],
)
def test_a_cue_in_the_subject_ends_its_content_before_the_main_verb(
    sourcing_analyzer: Analyzer, cue: str, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(
        sourcing_analyzer, text, ("cue", "content"), {"doubt", "hedging", "loaded_language"}
    )
    assert (cue, content) in attributions
    assert matched == voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "The mayor said the deficit, though it was real, was probably never the crisis her rivals described.",
            "the deficit, though it was real, was probably never the crisis her rivals described.",
            [("probably", "reported")],
        ),
        (
            "The mayor said the audit, while embarrassing, was likely handled properly by her staff.",
            "the audit, while embarrassing, was likely handled properly by her staff.",
            [("likely", "reported")],
        ),
    ],
)
def test_a_short_contrast_set_inside_what_was_said_does_not_end_it(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"hedging"})
    assert attributions[0] == (content,)
    assert matched == voices


def test_an_appositive_opening_the_sentence_closes_at_its_comma(sourcing_analyzer: Analyzer) -> None:
    text = "A farmer who says the levy is unfair, Ruiz will probably vote against it."
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "source", "content"), {"hedging"})
    assert attributions == [("says", "who", "the levy is unfair")]
    assert matched == [("probably", "author")]


def test_more_than_just_opens_a_correlative(sourcing_analyzer: Analyzer) -> None:
    text = (
        "The council framed the levy as more than just a tax - something voters would feel each month - "
        "but as a promise that would probably clean the streets."
    )
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "content"), {"hedging"})
    assert attributions[0] == (
        "framed",
        "the levy as more than just a tax - something voters would feel each month - but as a promise that would "
        "probably clean the streets.",
    )
    assert matched == [("would probably", "reported")]


# controls: a contrast clause after what was said stays the writer's; an infinitive content in the main clause
# keeps its own verbs
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the audit was handled properly, though critics probably doubt it.",
            "the audit was handled properly",
        ),
        ("Lo wants to make sure the plan is probably fair.", "to make sure the plan is probably fair."),
    ],
)
def test_controls_keep_their_content(sourcing_analyzer: Analyzer, text: str, content: str) -> None:
    attributions, _ = fields_and_voices(sourcing_analyzer, text, ("content",))
    assert attributions[0] == (content,)
