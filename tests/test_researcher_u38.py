"""Round u38: a researcher's pass over the first wave of this stop, in sentences written for it: a view credited
to nobody inside what a named speaker says is the speaker's, and its holder after "by" speaks; an advocacy group
named after a people is named; e30's sense rules for "extremists" and "mess" keep the writer's label and the noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_and_voices


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rules are seen as unfair, the senator said.", "seen as"),
        ("The plan is said to be dead, Lo claimed.", "is said to"),
    ],
)
def test_a_view_credited_to_nobody_inside_a_trailing_tags_content_is_reported(
    sourcing_analyzer: Analyzer, text: str, word: str
) -> None:
    assert (word, "reported") in attributions_and_voices(sourcing_analyzer, text)[1]


def test_a_view_credited_to_nobody_alone_stays_the_writers(sourcing_analyzer: Analyzer) -> None:
    assert attributions_and_voices(sourcing_analyzer, "The rules are seen as unfair.")[1] == [("seen as", "author")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Americans for Prosperity said the levy would hurt farmers.", "named"),
        ("Texans for Lawsuit Reform said the bill was a mistake.", "named"),
        ("Catholics for Choice said the ruling was a setback.", "named"),
        # a population, however long its phrase (k51)
        ("Texans for the most part said the bill was a mistake.", "vague"),
        ("Iowans for years have said the levy hurts farmers.", "vague"),
    ],
)
def test_an_advocacy_group_named_after_a_people_is_named(sourcing_analyzer: Analyzer, text: str, kind: str) -> None:
    assert [k for k, _, _ in attributions(sourcing_analyzer, text)] == [kind]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The extremists in Congress blocked the bill.", "extremists"),
        ("Only the extremists would back such a bill.", "extremists"),
        ("The budget is a mess with no end in sight.", "mess"),
        ("The whole mess with the emails hurt her campaign.", "mess"),
    ],
)
def test_the_writers_label_and_the_noun_still_count(
    signal_spans: Callable[[str, str], list[str]], text: str, word: str
) -> None:
    assert signal_spans(text, "loaded_language") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the raid plays into the hands of the extremists.",
        "The army has done little to fight extremists in the north.",
        "They will mess up the recovery.",
        "Voters do not want to mess with the tax code.",
    ],
)
def test_militants_named_and_the_verb_still_do_not(signal_spans: Callable[[str, str], list[str]], text: str) -> None:
    assert signal_spans(text, "loaded_language") == []


def test_a_views_holder_after_its_complement_speaks(sourcing_analyzer: Analyzer) -> None:
    attributed, voices = attributions_and_voices(sourcing_analyzer, "The film was described as a disgrace by critics.")
    assert attributed == [("was described as", "critics", "a disgrace")]
    assert voices == [("disgrace", "reported")]


@pytest.mark.parametrize(
    "text",
    ["The deal is seen as a win by the time it closes.", "The plan was seen as dead by the narrowest of margins."],
)
def test_a_manner_after_a_views_complement_holds_no_view(sourcing_analyzer: Analyzer, text: str) -> None:
    assert [s for _, s, _ in attributions_and_voices(sourcing_analyzer, text)[0]] == [""]
