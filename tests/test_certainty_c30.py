"""Round c30 (issue 13): certainty and doubt families the twenty-first blind sample missed. Each case is a sentence
written for the test and the exact text the signal matches in it, so a rule that stops working shows which family
went, and the neighbouring sense shows the rule did not take too much."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # the writer or a speaker vouching for another's claim; "it is right that" says what is proper
        ("The mayor is right that the bridge needs repairs.", ["is right that"]),
        ("Critics were right that the budget would not balance.", ["were right that"]),
        ("The auditor was correct that the funds were missing.", ["was correct that"]),
        ("It is right that we honour the volunteers.", []),
    ],
)
def test_certainty_vouching_for_a_claim(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negative question with its "not" written out, marked on the pronoun and "not", not on its "?"
        ("Is this not a betrayal of the voters?", ["this not"]),
        ("Did they not read the report before the vote?", ["they not"]),
        ("Am I not allowed to ask a question?", ["I not"]),
        ("How does this not count as a conflict of interest?", ["this not"]),
        # a tag asking for agreement, a statement and a cue word already counted take nothing more
        ("The plan has failed, has it not?", []),
        ("He did it not for money but for fame.", []),
        ("Why do they not publish the figures?", ["Why"]),
        # a claim called a myth or wrong, an investigation called a persecution of the innocent
        ("The Mythology of the Self-Made Governor.", ["Mythology"]),
        ("She teaches Greek mythology at the college.", []),
        ("Opponents dismissed the inquiry as a witch hunt.", ["witch hunt"]),
        ("The mayor posted wildly inaccurate crime figures.", ["inaccurate"]),
        ("The campaign spread inaccurate information about the vote.", ["inaccurate"]),
        ("The paper conceded that the date in the caption was inaccurate.", []),
    ],
)
def test_doubt_questions_and_claims_called_false(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "doubt") == expected
