"""Round k67: source phrases of subjects set off by an aside before their cue (issue 12). A subject that opens its
clause after a leading "But", an opening phrase's comma or a conjunction inside the sentence ("…, as Lopez,
contradicting the mayor, said") is the speaker; the aside between it and the cue is not."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'But Sen. Ana Ruiz (D-Ore.), noting the size of the crowd, said, "We will win."',
            [("noting", "Sen. Ana Ruiz (D-Ore.)"), ("said", "Sen. Ana Ruiz (D-Ore.)")],
        ),
        (
            "The fight began early, as Lopez, contradicting the mayor, said the town would not pay.",
            [("said", "Lopez")],
        ),
        (
            "Speaking later on the same show, Sen. Ana Ruiz (D-Ore.), who has backed Lopez, said the council had"
            " pushed the mayor.",
            [("has backed", "who"), ("said", "Sen. Ana Ruiz (D-Ore.)")],
        ),
        (
            'The talk came up after Mr. Lopez, asked about the cuts at the plant, had said, "We do plenty of cutting."',
            [("asked", "Mr. Lopez"), ("had said", "Mr. Lopez")],
        ),
        (
            "Earlier this week, Ana Ruiz, who served as mayor when the plant closed, conceded the town is in trouble.",
            [("conceded", "Ana Ruiz, who served as mayor when the plant closed")],
        ),
        # a subject opening the sentence: unchanged
        (
            "Ana Ruiz, contradicting the mayor, said the town would not pay.",
            [("said", "Ana Ruiz")],
        ),
    ],
)
def test_subject_before_an_aside_that_opens_its_clause(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporter's byline and outlet under a roundup's item: no signature
        (
            "Town news\n\nThe mayor spoke at length about the plan for the river on Monday evening at the town hall.\n"
            "Meanwhile, the mayor kept up his attacks on the council, calling its plan “a waste of money and time.”\n"
            "— Lopez Rivera\nThe Harbour Gazette\n———\nThe vote is on Monday.",
            [],
        ),
        # a signature over a line of prose: unchanged
        (
            "Town news\n\nThe mayor spoke at length about the plan for the river on Monday evening at the town hall.\n"
            "“We will not pay for it, whatever the council says about it.”\n— Lopez Rivera\nThe vote is on Monday.",
            [("—", "Lopez Rivera")],
        ),
    ],
)
def test_a_byline_with_its_outlet_signs_no_quotation(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [pair for pair in cues_and_sources(analyzer, text) if pair[0] == "—"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meanwhile, the mayor kept up his attacks on the council, calling its plan a waste.",
            [("calling", "the mayor")],
        ),
        (
            "The new mayor began by thanking the nurses, saying the ward had been saved.",
            [("thanking", "The new mayor"), ("saying", "The new mayor")],
        ),
        # a participle after the people noun, with its agent or its own words: unchanged
        ("The people held hostage said they were afraid.", [("said", "The people held hostage")]),
    ],
)
def test_an_irregular_past_ends_a_described_subject(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lopez was asked by host Ana Ruiz whether the plan would work.", [("was asked", "host Ana Ruiz")]),
        (
            "Lopez sought a compromise plan endorsed by top Senate Democrats.",
            [("sought", "Lopez"), ("endorsed", "top Senate Democrats")],
        ),
        # a time after "by": no agent
        ("The plan was promised by late Tuesday Night.", []),
    ],
)
def test_a_passive_agent_after_its_lower_case_title(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz, on the other hand, had no trouble breaking with her old boss in endorsing the plan.",
            [("endorsing", "Ruiz")],
        ),
        (
            "The mayor has offered few ideas for the budget aside from stating that the town should not borrow.",
            [("has offered", "The mayor"), ("stating", "The mayor")],
        ),
        # a phrase of its own after a comma: unchanged
        (
            "The two men were far apart, the one firm in defending the plan, the other firm in blasting it.",
            [("defending", "the one firm in"), ("blasting", "the other firm in")],
        ),
    ],
)
def test_a_gerund_after_a_preposition_is_the_clause_subjects(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ana Ruiz (D-Ore.) kept asking her why the plan failed.", [("asking", "Sen. Ana Ruiz (D-Ore.)")]),
        # a noun's participle: unchanged
        ("There is anecdotal evidence suggesting that the dam leaks.", [("suggesting", "anecdotal evidence")]),
    ],
)
def test_a_verb_governing_the_cue_is_no_source(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_subject_after_a_quotation_before_an_aside(analyzer: Analyzer) -> None:
    text = "“He had a lot of supporters,” Ruiz, after a long pause, said of Lopez."
    assert cues_and_sources(analyzer, text) == [("said", "Ruiz")]
