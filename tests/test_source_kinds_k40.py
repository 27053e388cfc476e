"""Source kinds and phrases of round k40 (issue 12), from the errors of the seventeenth blind set, in sentences of our
own: a word of degree before an -ly adverb ("most recently", "more broadly") is no part of the source before it (the
source was "Breitbart News most", vague for its "most"); "one of the women" is one specific unnamed person, as "one of
the protesters" (vague before: "-men" plurals were not read as people); a prepositional phrase that opens the
sentence with no comma is no part of the subject after it ("In a statement on Sunday police said" gave "In a statement
on Sunday police"); a role noun tied by "to" to the one it serves
("according to an aide to the governor") keeps that person when read forward, as it does read back; the Gulf states'
official news agencies are state media. Guards pin what must not change."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the Harbour Gazette most recently reported, the ferry fare will rise in May.",
            [("named", "recently reported", "the Harbour Gazette")],
        ),
        (
            "The mayor more bluntly said that the ferry would stop in May.",
            [("named", "bluntly said", "The mayor")],
        ),
    ],
)
def test_a_degree_word_before_an_adverb_ends_the_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the women says the ferry captain ignored the storm warning.",
            ("anonymous", "says", "One of the women"),
        ),
        ("One of the men said the ferry left an hour late.", ("anonymous", "said", "One of the men")),
    ],
)
def test_one_of_the_women_is_one_unnamed_person(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry traffic fell by a third in March, according to an aide to the harbour master.",
            [("anonymous", "according to", "an aide to the harbour master")],
        ),
        (
            "The fare will rise in May, said a senior adviser to Governor Ana Ruiz.",
            [("anonymous", "said", "a senior adviser to Governor Ana Ruiz")],
        ),
    ],
)
def test_an_aide_to_someone_read_forward(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a statement on Sunday the harbour police said two boats had sunk.",
            [("named", "said", "the harbour police")],
        ),
        (
            "During the debate Ana Ruiz said that the ferry fare would fall.",
            [("named", "said", "Ana Ruiz")],
        ),
        (
            "In 2019 federal officials said the ferry was unsafe.",
            [("anonymous", "said", "federal officials")],
        ),
    ],
)
def test_an_opening_phrase_is_no_part_of_the_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_gulf_news_agency_is_state_media(sourcing_analyzer: Analyzer) -> None:
    text = "The envoy praised the harbour deal, the Kuwait News Agency (KUNA) said in a report."
    assert ("state_media", "said", "the Kuwait News Agency (KUNA)") in [
        (k, c.removesuffix(" in"), s) for k, c, s in attributions(sourcing_analyzer, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a degree word with no adverb after it, and a whole phrase whose "most" is its own
        (
            "Those most directly affected say the ferry plan failed.",
            [("vague", "say", "Those most directly affected")],
        ),
        # "to" after a role noun before a hearer is no tie to the one served
        ("The fare will rise, said a spokesman to reporters.", [("anonymous", "said", "a spokesman")]),
        # a counted "-men" plural stays counted unnamed people
        ("Two women said the ferry was late.", [("anonymous", "said", "Two women")]),
        # a Gulf paper that no state owns by the list stays named
        ("The Harbour Times said the fare would rise.", [("named", "said", "The Harbour Times")]),
    ],
)
def test_guards(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
