"""Source kinds of round k36 (issue 12), round k35's leftovers, in sentences of our own: a group "led by" a name is
one source with its leader, not a subject cut at "led" ("Republicans led by Senator Ana Ruiz said": the whole
phrase, named, as "Ruiz and her aides"; "Republicans" alone, vague, before); one country's leaders ("Chile's
leaders", "the country's leaders") are its government, named (vague before); the organizers of an event are
specific people the writer leaves unnamed, anonymous (named or vague before). Guards pin what must not change: "led"
as a sentence's own verb, a group led by nobody named, party and business leaders, a named organizer."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Republicans led by Senator Ana Ruiz said the bill was dead.",
            [("named", "said", "Republicans led by Senator Ana Ruiz")],
        ),
        (
            "Nurses led by Tom Okafor warned that the ward would close.",
            [("named", "warned", "Nurses led by Tom Okafor")],
        ),
        (
            "Unions led by Maria Ortiz said the strike would go on.",
            [("named", "said", "Unions led by Maria Ortiz")],
        ),
    ],
)
def test_a_group_led_by_a_name_is_one_named_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "led" as the sentence's own verb is no part of the source
        (
            "Democrats led the charge, Ruiz said.",
            [("named", "said", "Ruiz")],
        ),
        # a group led by nobody named keeps its own kind
        (
            "Some critics led by unnamed groups said the plan was bad.",
            [("vague", "said", "Some critics led by unnamed groups")],
        ),
    ],
)
def test_led_without_a_named_leader_changes_nothing(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's leaders said the copper tax would stay.",
            [("named", "said", "Chile's leaders")],
        ),
        (
            "Peru held a vote in May. The country's leaders said the result was final.",
            [("named", "said", "The country's leaders")],
        ),
        (
            "Norway’s new leaders claim the fund is safe.",
            [("named", "claim", "Norway’s new leaders")],
        ),
    ],
)
def test_a_country_s_leaders_are_its_government(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Democratic leaders said the bill was dead.",
            [("vague", "said", "Democratic leaders")],
        ),
        (
            "Business leaders said the tax would hurt.",
            [("vague", "said", "Business leaders")],
        ),
    ],
)
def test_leaders_of_a_bloc_stay_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A march is planned for June. But protest organizers in Denver say the permit came too late.",
            [("anonymous", "say", "protest organizers in Denver")],
        ),
        (
            "A march is planned for June. Organizers say they expect a big crowd.",
            [("anonymous", "say", "Organizers")],
        ),
    ],
)
def test_the_organizers_of_an_event_are_anonymous(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_named_organizer_stays_named(sourcing_analyzer: Analyzer) -> None:
    text = "Ana Ruiz, one of the organizers of the march, said the permit came too late."
    assert attributions(sourcing_analyzer, text) == [("named", "said", "Ana Ruiz, one of the organizers of the march")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz, director of research at the Acme Institute in Boston said the plan was ready.",
            [("named", "said", "Ana Ruiz, director of research at the Acme Institute in Boston")],
        ),
        (
            "Tom Okafor, a senior fellow at the Lakeside Center for Water Policy said the dam was safe.",
            [("named", "said", "Tom Okafor, a senior fellow at the Lakeside Center for Water Policy")],
        ),
    ],
)
def test_a_long_appositive_with_no_closing_comma_is_the_name_s(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_time_before_a_long_subject_is_no_name(sourcing_analyzer: Analyzer) -> None:
    text = "Last May, a federal judge handling a Freedom of Information Act lawsuit ordered the agency to act."
    assert attributions(sourcing_analyzer, text) == [
        ("anonymous", "ordered", "a federal judge handling a Freedom of Information Act lawsuit")
    ]
