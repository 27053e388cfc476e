"""Source kinds of round k34 (issue 12), round k33's leftovers, in sentences of our own: counted members of a
group are specific unnamed people (anonymous) up to a dozen ("seven", "a dozen", "a half-dozen"; vague before the
round unless counted "two" to "six" or "several"), while "two dozen" and more are a crowd (vague; "three dozen"
was anonymous); a plural role noun ending in "-ors" that is capitalised only because it opens the sentence
("Governors in …", "Regulators") is read as the plural noun it is, vague as in lower case (named before).
Guards pin what the rules must not change: a crowd, a share, a surname that the text also writes as a name."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A dozen House Democrats said the vote should wait.",
            [("anonymous", "said", "A dozen House Democrats")],
        ),
        (
            "A half-dozen Senate Republicans said they would not back the nominee.",
            [("anonymous", "said", "A half-dozen Senate Republicans")],
        ),
        (
            "Half a dozen county inspectors said the forms had arrived late.",
            [("anonymous", "said", "Half a dozen county inspectors")],
        ),
        (
            "Seven Republicans wrote that the deal was rushed.",
            [("anonymous", "wrote", "Seven Republicans")],
        ),
        (
            "Eleven inspectors said the plant was unsafe.",
            [("anonymous", "said", "Eleven inspectors")],
        ),
    ],
)
def test_counted_members_up_to_a_dozen_are_anonymous(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more than a dozen is a crowd, as "dozens" and a numeral above twelve were
        (
            "Three dozen Democrats said the vote should wait.",
            [("vague", "said", "Three dozen Democrats")],
        ),
        (
            "Two dozen inspectors said the plant was unsafe.",
            [("vague", "said", "Two dozen inspectors")],
        ),
        (
            "More than 20 Democrats said the vote should wait.",
            [("vague", "said", "More than 20 Democrats")],
        ),
        (
            "Dozens of Democrats said the vote should wait.",
            [("vague", "said", "Dozens of Democrats")],
        ),
        # a share and an uncounted party stay vague
        (
            "Many Democrats said the vote should wait.",
            [("vague", "said", "Many Democrats")],
        ),
        (
            "Democrats said the vote should wait.",
            [("vague", "said", "Democrats")],
        ),
    ],
)
def test_a_crowd_or_a_share_stays_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governors in more than two dozen states said they would sue over the rule.",
            [("vague", "said", "Governors in more than two dozen states")],
        ),
        (
            "Regulators warned that the bank had too little cash.",
            [("vague", "warned", "Regulators")],
        ),
    ],
)
def test_a_plural_role_noun_opening_the_sentence_is_no_name(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text writes the word as a name elsewhere (after a title, after a lower-case word): a surname
        (
            "Sen. Connors spoke on Monday. Connors said the rule would pass.",
            [("named", "said", "Connors")],
        ),
        (
            "The rule would pass, said Ana Connors. Connors added that the vote was close.",
            [("named", "said", "Ana Connors"), ("named", "added", "Connors")],
        ),
    ],
)
def test_a_surname_ending_like_a_role_noun_stays_a_name(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
