"""Round k66: source kinds by head noun class and determiner (issue 12). A part of a set of people named by their role
is specific people left unnamed; a crowd, an audience, the electorate and a population are people as a whole; words
for a large number by its mass count a crowd; a capitalised compound in lower case after its hyphen is no surname.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part ("some", "other", "a few") of people named by their role: specific people unnamed, as "some aides"
        (
            "Some of his advisers argued that he should stay out.",
            [("anonymous", "argued", "Some of his advisers")],
        ),
        (
            "Some of the company's executives said the merger was a mistake.",
            [("anonymous", "said", "Some of the company's executives")],
        ),
        ("A few of the negotiators said progress was slow.", [("anonymous", "said", "A few of the negotiators")]),
        # a part of a broad group, or of people taken up by a pronoun, stays a share of a population
        (
            "Some of his supporters believe the vote was stolen.",
            [("vague", "believe", "Some of his supporters")],
        ),
        ("Many of them say the plan is unfair.", [("vague", "say", "Many of them")]),
        ("Most of the experts said the risk was low.", [("vague", "said", "Most of the experts")]),
        # the people gathered at an event, or of a place, as a whole
        ("The crowd chanted that she should resign.", [("vague", "chanted", "The crowd")]),
        ('"Out!" the crowd yelled.', [("vague", "yelled", "the crowd")]),
        (
            "The audience applauded when the mayor said the bridge would reopen.",
            [("vague", "applauded", "The audience"), ("named", "said", "the mayor")],
        ),
        ("The electorate has made clear that it wants change.", [("vague", "has made clear", "The electorate")]),
        (
            "Much of the electorate believes the system is rigged.",
            [("vague", "believes", "Much of the electorate")],
        ),
        # a share of a document is the document's
        ("Much of the report says the agency failed.", [("named", "says", "Much of the report")]),
        # a name that ends in the word stays a name
        ("The Audience Network said the show was cancelled.", [("named", "said", "The Audience Network")]),
        # a large number by its mass, opening the sentence, is no name
        ("Plenty of people believe the landing was faked.", [("vague", "believe", "Plenty of people")]),
        ("Lots of fans said the final was rigged.", [("vague", "said", "Lots of fans")]),
        ("Droves of voters said they would stay home.", [("vague", "said", "Droves of voters")]),
        # a capitalised compound in lower case after its hyphen is a common noun, not a surname
        ("Fact-checkers found that the claim was false.", [("vague", "found", "Fact-checkers")]),
        ("Grown-ups know that the charge is false.", [("vague", "know", "Grown-ups")]),
        # a double surname capitalises both parts
        ("Smith-Jones said the charge was false.", [("named", "said", "Smith-Jones")]),
        # documents pointed at by "the" or a pointing word are the ones the text has in view, as "the report"
        ("The reports show that the group spent heavily in Iowa.", [("named", "show", "The reports")]),
        ("These emails showed that the aide knew of the attack.", [("named", "showed", "These emails")]),
        ("Those filings say the firm owed millions.", [("named", "say", "Those filings")]),
        # ... or the kind of the source that brought them in
        (
            "Local media reports have said the reporter was killed. A team flew out soon after, the reports said.",
            [("vague", "have said", "Local media reports"), ("vague", "said", "the reports")],
        ),
        # polls in general, and documents with no pointing word, stay vague
        ("The polls show him ahead in Ohio.", [("vague", "show", "The polls")]),
        ("Studies show the drug is safe.", [("vague", "show", "Studies")]),
        # a pointing word before a noun for a thing: the thing in view, as with "the"
        ("Those revelations showed that the aide lied.", [("named", "showed", "Those revelations")]),
        ("This council sees itself as a watchdog.", [("named", "sees", "This council")]),
        # ... not before people, a group, a participle or a pronoun's phrase
        ("Those surveyed said the economy was weak.", [("vague", "said", "Those surveyed")]),
        ("These voters say they want change.", [("vague", "say", "These voters")]),
        ("Those aliens claimed they were denied a hearing.", [("vague", "claimed", "Those aliens")]),
        # a group word before a source tail ("close to", "familiar with", "involved in"): insiders, as "people close to"
        (
            "Others close to the campaign said the event was canceled.",
            [("anonymous", "said", "Others close to the campaign")],
        ),
        ("Many familiar with the plan say it will fail.", [("anonymous", "say", "Many familiar with the plan")]),
        (
            "Republicans involved in the talks said a deal was near.",
            [("anonymous", "said", "Republicans involved in the talks")],
        ),
        ("Others said the event was canceled.", [("vague", "said", "Others")]),
    ],
)
def test_kinds_k66(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
