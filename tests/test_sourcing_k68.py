"""Round k68: leftovers of rounds k66 and k67 (issue 12). A share of one chamber's party members is specific people
unnamed, as "some senators"; an "-ers" plural for people by what they watch, read, own or do opening a one-sentence
text is no surname; a state written short between commas after a city is no name a subject after it describes; a
source read after its cue ends before a ", who" whose verb is a cue of its own; "when asked" after "told" and a hearer
is the teller's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "some"/"other" before a chamber and a party's members: a part of one house's members (k39's decision)
        ("Some House Democrats said the bill went too far.", [("anonymous", "said", "Some House Democrats")]),
        (
            "Some Senate Republicans warned that the vote would fail.",
            [("anonymous", "warned", "Some Senate Republicans")],
        ),
        (
            "Other House Republicans said they would oppose the rule.",
            [("anonymous", "said", "Other House Republicans")],
        ),
        (
            "But some congressional Republicans argued that the deal was weak.",
            [("anonymous", "argued", "some congressional Republicans")],
        ),
        # guards: a share of a party, a sweeping share of a chamber's party, more than the members
        ("Some Democrats said the bill went too far.", [("vague", "said", "Some Democrats")]),
        ("Many House Democrats said the bill went too far.", [("vague", "said", "Many House Democrats")]),
        ("Most Senate Republicans believe the vote will fail.", [("vague", "believe", "Most Senate Republicans")]),
        # an "-ers" plural of people by what they watch, read, own or do, opening a text of one sentence
        ("Viewers complained that the ending was rushed.", [("vague", "complained", "Viewers")]),
        ("Reporters asked whether the plan was rushed.", [("vague", "asked", "Reporters")]),
        ("Commuters complained that the trains ran late.", [("vague", "complained", "Commuters")]),
        ("Shareholders complained that the board ignored them.", [("vague", "complained", "Shareholders")]),
        # guards: surnames ending in "-ers"
        ("Rogers complained that the ending was rushed.", [("named", "complained", "Rogers")]),
        ("Powers said the mayor had resigned.", [("named", "said", "Powers")]),
        ("Waters argued that the bill was unfair.", [("named", "argued", "Waters")]),
    ],
)
def test_kinds_k68(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state written short between commas after a city, before the subject: no name the subject describes
        (
            "Since the first case was found in Salem, Ore., health officials say they have seen dozens more.",
            [("anonymous", "say", "health officials")],
        ),
        (
            "After the storm in Tampa, Fla., local officials warned that the roads were closed.",
            [("anonymous", "warned", "local officials")],
        ),
        # guards: the state spelled out, and a name placed in a city and its state
        ("In Austin, Texas, a spokeswoman said the plant would close.", [("anonymous", "said", "a spokeswoman")]),
        ("Tom Lee of Fresno, Calif., said the rain came late.", [("named", "said", "Tom Lee of Fresno, Calif.")]),
    ],
)
def test_subjects_after_a_state_k68(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ", who" whose verb is a cue has its own source: the source read after "said" ends before it
        (
            '"The plan is dead," said Ana Lo, who predicted that the vote would fail.',
            [("named", "said", "Ana Lo"), ("named", "predicted", "who")],
        ),
        (
            '"We are ready," said Tom Reyes of the county board, who added that the ballots were counted.',
            [("named", "said", "Tom Reyes of the county board"), ("named", "added", "who")],
        ),
        (
            "The vote was praised by Mayor Ruth Okafor, who noted that turnout had doubled.",
            [("named", "was praised", "Mayor Ruth Okafor"), ("named", "noted", "who")],
        ),
        # "when asked" after "told" and its hearer: the one asked is the teller
        (
            '"We will win," Ruiz told CNN in an interview when asked about the race.',
            [("named", "told", "Ruiz"), ("named", "when asked", "Ruiz")],
        ),
        (
            'The mayor, who told the council when asked about the plan: "It is over."',
            [("named", "told", "who"), ("named", "when asked", "who")],
        ),
        # guards: a relative clause that is no cue stays part of the source; an acronym is no "who"
        (
            '"It is a fair deal," said Ana Lo, who teaches law at a college in Ohio.',
            [("named", "said", "Ana Lo, who teaches law at a college in Ohio")],
        ),
        (
            "The town was declared free of the disease by the WHO.",
            [("named", "was declared", "the WHO")],
        ),
    ],
)
def test_sources_before_who_k68(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
