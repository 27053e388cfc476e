"""Source kinds that a blind-marked sample of outside news (SemEval-2025 EN, BASIL, PTC; round k18) showed
wrong, in sentences of our own (issue 12): "no" or "every" before a common noun is nobody or everybody in
particular; "those close to" are insiders, as "people close to" are; "the" and an affiliation before a role
("the Acme official") take up the person first introduced with that role; a headline's last word is no
title of the name that opens the text; a clip or footage is one document; "al-" or "el-" before a capital
opens a name. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nobody in particular, not an unnamed official who spoke
        (
            "No senior county official has defended the plan publicly.",
            [("vague", "has defended", "No senior county official")],
        ),
        (
            "No reasonable person can honestly believe that the bridge is safe.",
            [("vague", "can honestly believe", "No reasonable person")],
        ),
        # a whole party at once, not the party in view
        (
            "Every Republican on the panel stated that the bill would fail.",
            [("vague", "stated", "Every Republican on the panel")],
        ),
        # the quantifier's noun is the day or the doubt, not the officials, who stay unnamed people
        ("Every day officials warn that the river is rising.", [("anonymous", "warn", "Every day officials")]),
        ("No doubt officials will say that the river is safe.", [("anonymous", "will say", "No doubt officials")]),
        # "no" before a name quantifies nothing: the phrase keeps the name's kind
        ("No wonder Ruiz said the plan was dead.", [("named", "said", "No wonder Ruiz")]),
        # "one official" is a person who spoke: unchanged
        ("One county official said the bridge was safe.", [("anonymous", "said", "One county official")]),
    ],
)
def test_nobody_or_everybody(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insiders who know him, like "people close to him"
        (
            "Those close to the coach say he will not return next season.",
            [("anonymous", "say", "Those close to the coach")],
        ),
        # a population is still a population
        ("Those surveyed said prices were too high.", [("vague", "said", "Those surveyed")]),
    ],
)
def test_those_close_to(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unnamed official introduced before, not the named speaker between
        (
            "An Acme official told the Ledger that the plant would stay open. Ana Ruiz, the mayor, welcomed "
            "the news. The Acme official said the talks had been hard.",
            [
                ("anonymous", "told", "An Acme official"),
                ("named", "welcomed", "Ana Ruiz, the mayor"),
                ("anonymous", "said", "The Acme official"),
            ],
        ),
        # no earlier mention with that role: the description is read as before (a unique office)
        (
            "Ana Ruiz said the talks were over. The Acme official said the talks had been hard.",
            [("named", "said", "Ana Ruiz"), ("named", "said", "The Acme official")],
        ),
    ],
)
def test_the_affiliated_role(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_headline_word_is_no_title(sourcing_analyzer: Analyzer) -> None:
    """ "…: Official" ending a headline, then "Acme's plan …" opening the text: the official is not named."""
    text = (
        "Drought Could Hit Farms Next Year: Official\n\nAcme's plan could hurt farmers, a senior water official said."
    )
    assert attributions(sourcing_analyzer, text)[-1] == ("anonymous", "said", "a senior water official")


def test_a_title_before_a_name_still_names(sourcing_analyzer: Analyzer) -> None:
    text = "A senior water official said the dam was full. The gates were opened by official Ana Ruiz on Monday."
    assert attributions(sourcing_analyzer, text) == [("named", "said", "A senior water official")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The minister was tired. "The talks are over," al-Rashid said.', [("named", "said", "al-Rashid")]),
        # a name leads the coordination, as in "Edwards and others"
        (
            "In the end, al-Nour and other groups have called for calm.",
            [("named", "have called for", "al-Nour and other groups")],
        ),
        # a prefix in lower case that is no article names nobody
        ("Anti-war groups said the march would go ahead.", [("vague", "said", "Anti-war groups")]),
    ],
)
def test_a_name_after_a_lower_case_article(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A video clip showed the two men leaving the bank.", [("named", "showed", "A video clip")]),
        # footage with no determiner, owner or maker is no recording the reader could find: vague since k74, as k32
        # reads one unnamed study and k62's and k70's marking read "Terrifying footage shows"
        (
            "It comes as astonishing footage shows the moment the dam gave way.",
            [("vague", "shows", "astonishing footage")],
        ),
        ("One clip filmed by a driver shows the dam giving way.", [("named", "shows", "One clip filmed by a driver")]),
    ],
)
def test_a_clip_is_one_document(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
