"""A text that states what it holds: "the report states that", '"…," the memo states.' (issue 12, helper round v26),
in sentences of our own.

"states" counted only after "he", "she" or "it" and never after "the", so a document, a filing or an advert that
states something was no cue, and a quotation tagged so was credited to nobody or to the wrong person. Right after a
noun of a text ("report", "memo", "complaint", "voice-over", one adverb between) it is a cue whose source is that
text. The plural noun stays out: after a preposition or a quantifier ("a study of states"), after a noun of a rule
or deal ("Under the plan states would pay"), and after any other word ("the governors of 30 states")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds_and_voices


def _cues(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    """(cue, source) of the text's attributions."""
    return [(cue, source) for cue, source, _, _ in attributions_with_kinds_and_voices(analyzer, text)[0]]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The audit report states that the county lost two million dollars.", "states", "The audit report"),
        ("The memo also states that the agency knew of the leak in March.", "also states", "The memo"),
        ('"Overtime is paid after forty hours," the handbook memo states.', "states", "the handbook memo"),
        ("“She will fight for you,” a voice-over in the new ad states.", "states", "a voice-over in the new ad"),
        ("The complaint states that the landlord ignored repeated warnings.", "states", "The complaint"),
    ],
)
def test_a_text_that_states_is_the_source(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    # the cue's span takes an adverb right before the verb, as PolNeAR's annotators do (round v23)
    assert (cue, source) in _cues(analyzer, text)


def test_the_quotation_after_the_tag_goes_on_in_the_texts_voice(analyzer: Analyzer) -> None:
    text = '"Leave is unpaid," the report states. "Staff may ask for more time, and managers must agree."'
    assert _cues(analyzer, text) == [("states", "the report"), ("", "the report")]


@pytest.mark.parametrize(
    "text",
    [
        "A study of states that expanded the program found fewer closures.",
        "The report on all states was published in June.",
        "Under the plan states would pay a larger share of the cost.",
        "The governors of thirty states met in Denver on Friday.",
        "The bill lets states set their own limits.",
    ],
)
def test_states_as_the_plural_noun_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert all(not cue.endswith("states") for cue, _ in _cues(analyzer, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "But former and current officials in the agency and at the Justice Department have said the plan is dead.",
            "former and current officials in the agency and at the Justice Department",
        ),
        (
            "And senior officials at the ministry and in the regional offices have said the talks will resume.",
            "senior officials at the ministry and in the regional offices",
        ),
    ],
)
def test_a_long_subject_opening_with_an_adjective_speaks(analyzer: Analyzer, text: str, source: str) -> None:
    # a subject past the chunk limit whose first chunk opens in lower case and ends in a people noun (v26)
    assert [source] == [s for _, s in _cues(analyzer, text)]


def test_a_long_phrase_opening_with_an_adjective_and_no_people_stays_cut(analyzer: Analyzer) -> None:
    text = "But rising costs in the county and at the state level have shown the plan is weak."
    assert all(not s.startswith("rising") for _, s in _cues(analyzer, text))
