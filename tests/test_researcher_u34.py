"""Round u34: wrong readings found by reading this stop's changes on sentences of our own.

1. A relative the text names by the noun named every relative by that noun (k45): "The suspect's mother, Ann Lee"
   made "The victim's mother" named. Only the same owner's relative, or a pronoun's, names one now.
2. An aside's source inside the content it credits ("The plan, according to corrupt officials, is …", c33's
   "according to" between a subject and its verb; "The plan, corrupt officials said, is …") put the writer's word
   for the source in the source's voice. The source and its cue are the writer's; the clause around them stays
   reported.
3. Round h14's "it turns out" and "the opposite is true" counted as certainty inside an "if" or "whether" clause,
   where nothing is asserted.
4. Round l33's rule for football's hooligans read "supporters" within eight words as rival fans, so "Leftist
   hooligans assaulted Trump supporters" lost its label.
Each case is a sentence written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, voice


def test_another_owners_named_relative_leaves_a_relative_unnamed(sourcing_analyzer: Analyzer) -> None:
    text = "The victim's mother said she forgave him. The suspect's mother, Ann Lee, declined to comment."
    assert ("anonymous", "said", "The victim's mother") in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cruz's wife said he would win. His wife, Heidi, has campaigned for months.", "Cruz's wife"),
        # the owner by its title and name: the one relative a real BASIL article names so
        (
            "President Lee's eldest son, Tom Lee, runs the firm. The president's son said the deal was fair.",
            "The president's son",
        ),
    ],
)
def test_the_owners_or_a_pronouns_named_relative_still_names_it(
    sourcing_analyzer: Analyzer, text: str, expected: str
) -> None:
    assert ("named", "said", expected) in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The plan, according to corrupt officials, is to cut the budget.", "corrupt", "author"),
        ("The plan, corrupt officials said, is to cut the budget.", "corrupt", "author"),
        ('"The plan," the disgraced mayor said, "is to cut the budget."', "disgraced", "author"),
        # the clause the aside credits stays the source's
        ("The cut, according to the radical left, may hurt the poor.", "may", "reported"),
    ],
)
def test_an_asides_source_is_the_writers_words(
    sourcing_analyzer: Analyzer, text: str, word: str, expected: str
) -> None:
    assert voice(sourcing_analyzer, text, word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If it turns out that he lied, he will resign.", []),
        ("Nobody knows whether it turns out to be true.", []),
        ("If the opposite is true, the plan collapses.", []),
        ("It turns out the senator never read the bill.", ["It turns out"]),
    ],
)
def test_a_finding_supposed_is_not_asserted(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected


def test_political_supporters_leave_hooligans_a_label(signal_spans: Callable[[str, str], list[str]]) -> None:
    assert "hooligans" in signal_spans(
        "Leftist hooligans assaulted Trump supporters outside the rally.", "loaded_language"
    )
