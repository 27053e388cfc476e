"""Round l29 (issue 13), in sentences of our own: a negative question ("Is this not a witch hunt?") asserts the
label it asks about, so its "not" neither cancels the label as one denied nor marks a match negated, while a
label denied in a statement or asked about without the negative question's order stays as it was; and "fear"
naming a tactic ("Fear campaign" as a headline) is no verb of fearing; the plural of a sneering noun and
another form of a contemptuous verb count as the kept form does."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer


def _found(analyzer: Analyzer, text: str, signal: str) -> list[tuple[str, bool]]:
    """Each body match of `signal` as (its words lower-cased, whether it is marked negated), in order."""
    result = analyzer.analyze(text, split_title=False)
    return [(e.text.lower(), e.negated) for e in result.evidence if e.signal == signal]


@pytest.mark.parametrize(
    "text",
    [
        "Is this not a witch hunt against the harbor workers?",
        "Was that not a witch hunt from the first day?",
        "Have they not run a witch hunt for two years?",
    ],
)
def test_a_negative_question_asserts_its_label(analyzer: Analyzer, text: str) -> None:
    assert ("witch hunt", False) in _found(analyzer, text, "loaded_language")
    assert ("witch hunt", False) in _found(analyzer, text, "doubt")


@pytest.mark.parametrize(
    "text",
    [
        # a label denied in a statement, or asked about in a plain question, is still not applied
        "This is not a witch hunt against the harbor workers.",
        "The inquiry was not a witch hunt, the mayor said.",
        "Why is it that this is not a witch hunt?",
    ],
)
def test_a_label_denied_still_does_not_count(analyzer: Analyzer, text: str) -> None:
    assert "witch hunt" not in [words for words, _ in _found(analyzer, text, "loaded_language")]


def test_a_negative_question_marks_no_hedge_negated(analyzer: Analyzer) -> None:
    assert ("likely", False) in _found(analyzer, "Is it not likely that the ferry will sink?", "hedging")
    assert ("likely", True) in _found(analyzer, "It is not likely that the ferry will sink.", "hedging")


def test_fear_naming_a_tactic_is_no_cue(analyzer: Analyzer) -> None:
    text = "Fear campaign\n\nDemocrats fear the harbor levy will fail."
    assert _found(analyzer, text, "reporting_verbs") == [("fear", False)]
    assert _found(analyzer, "Fear Campaign Over The Harbor Levy", "reporting_verbs") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council's critics threw hissy fits over the ferry fares.", "hissy fits"),
        ("The harbor board held kangaroo courts for the dockers.", "kangaroo courts"),
        ("The mayor rambled for an hour about the pier.", "rambled"),
    ],
)
def test_the_other_form_of_a_sneer_counts(analyzer: Analyzer, text: str, words: str) -> None:
    assert (words, False) in _found(analyzer, text, "loaded_language")
