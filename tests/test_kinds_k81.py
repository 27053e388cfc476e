"""Round k81: the referring chain. A lede's unnamed person ("…, a Chinese official has said.") whom the next sentence
names with a description ("Li Qun, deputy minister of …,") is named when "the official" speaks later; a search for an
earlier source with the same head reads only that source's words ("The mayor thanked the people … The people said"
is not the mayor's); "they" after names joined by "and" and described by a group ("Ana Ruiz and Tom Lee, both
Democrats,") is those named people; a relative clause's subject after a name ("Healthy Eats, the restaurant that the
people said …") does not describe the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds, fields

LEDE = "The new bridge shows the city's care for its river, a regional official has said."


def test_the_ledes_official_named_in_the_next_sentence_is_named(analyzer: Analyzer) -> None:
    text = (
        f"{LEDE} Marta Kowal, deputy head of the transport office, made the remarks in an interview. The bridge "
        "opened on Sunday. The official said two more bridges would follow."
    )
    assert ("said", "The official", "named", "two more bridges would follow.") in attributions_with_kinds(
        analyzer, text
    )


@pytest.mark.parametrize(
    "second",
    [
        "Marta Kowal, a local farmer, disagreed in an interview.",  # someone brought in with "a"
        "Marta Kowal, who farms nearby, disagreed in an interview.",  # a relative clause, no description
        "The bridge opened on Sunday after two years of work.",  # never named
    ],
)
def test_the_ledes_official_stays_unnamed_without_a_naming_description(analyzer: Analyzer, second: str) -> None:
    text = f"{LEDE} {second} The official said two more bridges would follow."
    assert ("said", "The official", "anonymous", "two more bridges would follow.") in attributions_with_kinds(
        analyzer, text
    )


def test_the_people_are_not_the_mayor_who_thanked_them(analyzer: Analyzer) -> None:
    # "people" stands within a few words of "The mayor" but outside that source: the populace, not the mayor
    text = (
        "The mayor thanked the people of the valley for their patience on Sunday. The people said they were tired "
        "of waiting for the new road."
    )
    assert [(cue, source, kind) for cue, source, kind, _ in attributions_with_kinds(analyzer, text)] == [
        ("thanked", "The mayor", "named"),
        ("said", "The people", "vague"),
    ]


def test_the_people_take_up_the_insiders_named_by_that_head(analyzer: Analyzer) -> None:
    text = "Two people familiar with the plan said it would pass. The people said the vote was set for Friday."
    assert fields(analyzer, text, "source", "kind") == [
        ("Two people familiar with the plan", "anonymous"),
        ("The people", "anonymous"),
    ]


def test_they_after_names_described_by_a_group_are_the_named_people(analyzer: Analyzer) -> None:
    text = (
        "Senate President Ana Ruiz and House Speaker Tom Lee, both Democrats, met on Monday. They said they will "
        "quickly fix the bill's language."
    )
    assert ("said", "They", "named", "they will quickly fix the bill's language.") in attributions_with_kinds(
        analyzer, text
    )


def test_they_after_a_group_alone_stays_vague(analyzer: Analyzer) -> None:
    text = "On Monday, Democrats met in the capital. They said they will quickly fix the bill's language."
    assert ("said", "They", "vague", "they will quickly fix the bill's language.") in attributions_with_kinds(
        analyzer, text
    )


def test_a_relative_clauses_people_do_not_describe_the_name_before(analyzer: Analyzer) -> None:
    text = (
        "The mayor is expected to be charged, people with knowledge of the case said on Friday. Healthy Eats, the "
        "diner that the people said was a focus of the inquiry, was on Main Street."
    )
    assert ("said", "the people", "anonymous") in [
        (cue, source, kind) for cue, source, kind, _ in attributions_with_kinds(analyzer, text)
    ]


def test_a_description_with_who_after_a_name_is_still_named(analyzer: Analyzer) -> None:
    text = "Ana Lee, who was senior adviser to the mayor, said the plan was sound."
    assert fields(analyzer, text, "source", "kind") == [("Ana Lee, who was senior adviser to the mayor", "named")]


def test_these_people_take_up_the_insiders_before(analyzer: Analyzer) -> None:
    text = (
        "Mrs. Lee has said little about the plan in recent months, and people familiar with her thinking say she now "
        "doubts it. Mrs. Lee, these people said, would be open to other measures."
    )
    assert fields(analyzer, text, "source", "kind")[-1] == ("these people", "anonymous")


def test_those_people_with_no_people_before_stay_vague(analyzer: Analyzer) -> None:
    assert fields(analyzer, "Those people said the tax was unfair.", "source", "kind") == [("Those people", "vague")]


def test_an_owned_role_outside_the_earlier_source_is_not_that_source(analyzer: Analyzer) -> None:
    # "Lee's attorney" stands in the sentence of "Ruiz" but outside that source: not the named Ruiz
    text = "Ruiz thanked Lee's attorney for the help on Monday. Lee's attorney said the case was weak."
    assert fields(analyzer, text, "source", "kind") == [("Ruiz", "named"), ("Lee's attorney", "anonymous")]


def test_an_owned_role_inside_the_earlier_source_takes_it_up(analyzer: Analyzer) -> None:
    text = "Ruiz attorney Ana Lee said the case was weak. Ruiz's attorney, meanwhile, wrote that the judge erred."
    assert fields(analyzer, text, "source", "kind") == [
        ("Ruiz attorney Ana Lee", "named"),
        ("Ruiz's attorney", "named"),
    ]
