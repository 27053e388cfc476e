"""Round h13 (issue 13): senses round u32 found as a researcher reading `score --explain`. An imperative warns
the reader off a belief and hedges nothing; a war declared on a state is a declaration between states, not the
figure of war; "in fact" opening an "if" or "whether" clause supposes what it would assert. Each case is a
sentence written for the test and the exact text the signal matches in it; the neighbouring use shows the
rule took no more than its class."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # an imperative opening its sentence is advice to the reader, not the writer's uncertainty
        ("Don't believe the hype about the new stadium.", []),
        ("“Don’t believe it,” the coach told the players.", []),
        ("Never assume that the ferry will leave on time.", []),
        ("Do not expect the truce to last past the spring.", []),
        ("Don't think the council will forget the vote.", []),
        # the same verbs with a subject still hedge, negated or not
        ("I don't believe the stadium will open this year.", ["believe"]),
        ("Most fans do not expect the truce to last past the spring.", ["expect"]),
        ("We don't think the council will forget the vote.", ["think"]),
        # a headline in title case is no imperative of the rule's ("Don't Believe" with a capital B)
        ("Why Voters Don't Believe the Mayor Will Win", ["Believe"]),
    ],
)
def test_h13_an_imperative_is_no_hedge(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "hedging") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's literal declaration of war is an event reported
        ("Britain declared war on Germany in 1939.", []),
        ("Two days later the regime declared war on the United States.", []),
        ("The separatists said the army was declaring war on Nagorno-Karabakh.", []),
        # the figure: war declared on a thing, a value or a group
        ("The governor has declared war on the press.", ["declared war on"]),
        ("The new mayor declared war on potholes and graffiti.", ["declared war on"]),
    ],
)
def test_h13_a_war_declared_on_a_state_is_no_figure(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "escalation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "in fact" opening a condition or a question supposes or asks
        ("If in fact the ferry sank, the insurers will pay.", []),
        ("The board asked whether in fact the audit was finished.", []),
        # after the condition's own words it asserts the main clause's fact
        ("If elected, in fact, she would be the youngest mayor in the city's history.", ["in fact"]),
        ("In fact, the ferry sank in calm water.", ["In fact"]),
    ],
)
def test_h13_in_fact_opening_a_condition_asserts_nothing(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected
