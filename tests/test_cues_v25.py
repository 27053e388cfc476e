"""A view or report credited to nobody: the passive "is seen as", "was described as", "is said to" (issue 12, helper
round v25), in sentences of our own.

A passive of seeing, regarding or reporting after a finite "be" is a view held by people left unnamed, a vague
attribution with no source (as "is widely expected to" was already): the subject is what the view is about, never
its holder. Before, "is seen as" and "was described as" were no cue, and "is said to" or "is thought to" credited
the subject ("He is said to be in Paris": "He" the speaker). The same words as a hypothesis ("could be seen as"), a
wish ("seeks to be seen as"), an active verb with its object ("critics described the plan as") or a passive that
reports nothing ("much is said about it") stay as they were."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds_and_voices


def _attributions(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    """(cue, source, kind) of the text's attributions."""
    return [(cue, source, kind) for cue, source, kind, _ in attributions_with_kinds_and_voices(analyzer, text)[0]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor is seen as the favorite to win the runoff.", "is seen as"),
        ("The deal was widely viewed as a rebuke to the governor.", "was widely viewed as"),
        ("Her plan has long been seen as a model for other states.", "has long been seen as"),
        ("The judge was regarded as a moderate on the court.", "was regarded as"),
        ("The march was described as peaceful by the end of the day.", "was described as"),
        ("The new stadium is considered one of the largest in the region.", "is considered one"),
        ("The senator is said to be weighing a run for governor.", "is said"),
        ("Two of the suspects are believed to have left the country.", "are believed"),
        ("The fire is thought to have started in the kitchen.", "is thought"),
    ],
)
def test_a_passive_view_is_a_vague_cue_with_no_source(analyzer: Analyzer, text: str, cue: str) -> None:
    # the rules: the trained labeller may overrule a cue its lexicon weighs below 1 ("is thought" here)
    assert (cue, "", "vague") in _attributions(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator is said to be weighing a run for governor.",
        "The fire is thought to have started in the kitchen.",
        "The bill was widely considered a failure.",
    ],
)
def test_the_subject_of_a_passive_view_is_not_its_source(sourcing_analyzer: Analyzer, text: str) -> None:
    assert not any(source for _, source, _ in _attributions(sourcing_analyzer, text))


def test_a_verb_after_the_passive_still_reads_its_subject(sourcing_analyzer: Analyzer) -> None:
    attributions = _attributions(sourcing_analyzer, "Ms. Ortiz is said to have argued that the levy was unfair.")
    assert ("is said", "", "vague") in attributions
    assert ("have argued", "Ms. Ortiz", "named") in attributions


@pytest.mark.parametrize(
    "text",
    [
        # a hypothesis, a wish, an active verb with its object, a passive that reports nothing, a hearer
        "Such a move could be seen as a betrayal.",
        "The governor wants to be seen as a reformer.",
        "Critics described the plan as a giveaway.",
        "Much is said about the budget these days.",
        "Nothing had been said to him about the move.",
        "The report was understood by every reader.",
    ],
)
def test_other_uses_of_the_words_credit_no_view(sourcing_analyzer: Analyzer, text: str) -> None:
    assert all(kind != "vague" or source for _, source, kind in _attributions(sourcing_analyzer, text))


def test_an_active_description_keeps_its_speaker(sourcing_analyzer: Analyzer) -> None:
    assert ("described", "Critics", "vague") in _attributions(
        sourcing_analyzer, "Critics described the plan as a giveaway."
    )


def test_said_to_a_hearer_stays_a_cue_of_its_speaker(sourcing_analyzer: Analyzer) -> None:
    assert ("said", "Lo", "named") in _attributions(sourcing_analyzer, "Lo said to reporters that he would resign.")
