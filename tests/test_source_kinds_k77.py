"""Round k77: a feeling stirred in a group of people, the group the verb's object ("That rankled many in the party",
"The fumbles rattled supporters", "Her post resonated with younger readers"): the reaction is the group's view, so the
verb is a cue whose source follows it, of the group's kind. A thing, a particle or a name as the object leaves the verb
no cue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds

STIRRED = {
    "The mayor kept the toll. That decision rankled many on the council.": (
        "rankled",
        "many",
        "vague",
        "That decision",
    ),
    "The ferry ran late again. The delays rattled supporters of the line.": (
        "rattled",
        "supporters of the line",
        "vague",
        "The delays",
    ),
    "Ana Ruiz spoke on Monday. Her column resonated with younger voters.": (
        "resonated with",
        "younger voters",
        "vague",
        "Her column",
    ),
    "The board met in June. The plan angered some Democrats on the left.": (
        "angered",
        "some Democrats",
        "vague",
        "The plan",
    ),
    "The tax came back. Its return struck a chord with many farmers.": (
        "struck a chord with",
        "many farmers",
        "vague",
        "Its return",
    ),
}


@pytest.mark.parametrize("text", list(STIRRED))
def test_group_stirred_is_the_source(analyzer: Analyzer, text: str) -> None:
    assert STIRRED[text] in attributions_with_kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The port closed. The strike rattled markets across Asia.",
        "Lo rattled off the same talking point twice.",
        "The singer struck a chord with his old guitar.",
        "The news alarmed Ana Ruiz.",
        "An alarmed neighbour called the fire brigade.",
    ],
)
def test_stirred_without_a_group_is_no_cue(analyzer: Analyzer, text: str) -> None:
    verbs = {"rattled", "struck a chord with", "alarmed"}
    assert [row for row in attributions_with_kinds(analyzer, text) if row[0] in verbs] == []


def test_relative_set_off_by_a_comma_is_the_content(analyzer: Analyzer) -> None:
    text = "The mayor spoke on Monday. The levy may help Ruiz, whose plan for the port resonated with many traders."
    assert ("resonated with", "many traders", "vague", "whose plan for the port") in attributions_with_kinds(
        analyzer, text
    )


def test_reportedly_keeps_the_attribution(analyzer: Analyzer) -> None:
    text = "The mayor spoke on Monday. The vote has reportedly angered some of her allies."
    rows = attributions_with_kinds(analyzer, text)
    assert [row[0] for row in rows] == ["has reportedly"]
