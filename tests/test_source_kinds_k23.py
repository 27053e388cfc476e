"""Anonymous sources that round k23 (issue 12: anonymous and vague kinds) read from the formula news agencies use
when they grant anonymity, in sentences of our own: the purpose after the formula ("who spoke on condition of
anonymity to discuss the talks", "who was not authorized to discuss them") is no attribution of its own, so the
sentence keeps one attribution, the speaker's, whose source phrase holds the whole relative clause; a sentence that
only says how unnamed people spoke ("The officials spoke on condition of anonymity to discuss the plan.") attributes
nothing. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A harbour official, who spoke on condition of anonymity to discuss the inspection, said the cranes were unsafe.",
            [
                (
                    "anonymous",
                    "said",
                    "A harbour official, who spoke on condition of anonymity to discuss the inspection",
                )
            ],
        ),
        (
            "One engineer, speaking on the condition of anonymity to describe the tests, said the dam had cracked.",
            [("anonymous", "said", "One engineer")],
        ),
        (
            "Two clerks, who were not authorized to discuss the audit, said the ledgers were missing.",
            [("anonymous", "said", "Two clerks, who were not authorized to discuss the audit")],
        ),
        (
            "The ferry will stop running in May, according to people familiar with the plans who were not authorized "
            "to discuss them.",
            [("anonymous", "according to", "people familiar with the plans")],
        ),
    ],
)
def test_the_purpose_of_anonymity_is_no_cue_of_its_own(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how they spoke, and nothing they said
        ("Three port officials met reporters. The officials spoke on condition of anonymity to discuss the plan.", []),
        # the formula alone still attributes what follows it
        (
            "A diplomat who spoke on condition of anonymity: the talks on the river border have stalled.",
            [("anonymous", "", "who spoke on condition")],
        ),
        # a source close to someone ends in "to": the next word is no purpose
        (
            "A source close to the mayor said the budget would be cut.",
            [("anonymous", "said", "A source close to the mayor")],
        ),
    ],
)
def test_a_sentence_on_how_they_spoke_attributes_nothing_but_the_formula_still_does(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics have argued that the channel is too shallow. They add that two ships ran aground in May.",
            [("vague", "have argued", "Critics"), ("vague", "add", "They")],
        ),
        (
            "Advocates estimate that some 4,000 families lost their homes in the flood.",
            [("vague", "estimate", "Advocates")],
        ),
        (
            "The county plans a new landfill, which residents allege will poison the river.",
            [("vague", "allege", "residents")],
        ),
        (
            "Some critics maintain that the old bridge is unsafe for buses.",
            [("vague", "maintain", "Some critics")],
        ),
        (
            "Port officials confirm that the ferry will stop running in May.",
            [("anonymous", "confirm", "Port officials")],
        ),
    ],
)
def test_the_bare_present_after_a_plural_subject_is_a_cue(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council needs to add two more buses to the route before winter.",  # the infinitive
        "Please confirm your seat before Friday.",  # an imperative
        "An early estimate put the cost of the bridge at two million.",  # the noun
        "These groups maintain their offices in the old town hall.",  # "maintain" without "that"
    ],
)
def test_the_infinitive_the_imperative_and_the_noun_are_no_cues(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text) == []


def test_a_modal_before_the_bare_verb_makes_it_a_plan(sourcing_analyzer: Analyzer) -> None:
    text = "The union is asking the judges to rule that they should add back the week of early voting."
    assert [a for a in attributions(sourcing_analyzer, text) if a[1] == "add"] == []
