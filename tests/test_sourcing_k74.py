"""Round k74: the wrong kinds of blind set k74 by class, and the brief's leftovers (issue 12). What cameras recorded
with no determiner, owner or maker is a vague source; a possessive's unnamed role is named when the next sentences
name the owner's person by that head; "estimates" before "say" is the noun, a named body's estimates named; "the
man who lives next door" reads as bare "the man"; members of a loose community are a population; "There's also a
quote from an aide claiming" is the aide's quote; a document's maker may follow where it was published; the subject
of a coordinated cue past a title's closing quotation mark or a participle's phrase. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what cameras recorded, owned by nobody in the phrase: vague
        (
            "In the valley, footage from the dam showed water pouring over the wall.",
            ("vague", "showed", "footage from the dam"),
        ),
        (
            "Grisly pictures from the village showed burned barns.",
            ("vague", "showed", "Grisly pictures from the village"),
        ),
        ("Shaky video shows the bus sliding off the road.", ("vague", "shows", "Shaky video")),
        # one recording in view, a named maker's, or a person's: as before
        ("The video shows the bus sliding off the road.", ("named", "shows", "The video")),
        ("Footage from Channel Nine showed the bus sliding.", ("named", "showed", "Footage from Channel Nine")),
        ("Reuters footage showed the bus sliding.", ("named", "showed", "Reuters footage")),
        # a possessive's unnamed role, named in the next two sentences by that head
        (
            "Mayor Lou Brandt's lawyer confirmed on Monday that the charges would be filed. The inquiry began in"
            ' spring. "We will fight this," said a statement from Brandt\'s lawyer, Vera Moss.',
            ("named", "confirmed", "Mayor Lou Brandt's lawyer"),
        ),
        # named three sentences on, or by another's lawyer: unnamed here
        (
            "Mayor Lou Brandt's lawyer confirmed on Monday that the charges would be filed. The inquiry began in"
            ' spring. It was slow. "We will fight this," said Brandt\'s lawyer, Vera Moss.',
            ("anonymous", "confirmed", "Mayor Lou Brandt's lawyer"),
        ),
        (
            "Mayor Lou Brandt's lawyer confirmed on Monday that the charges would be filed. Hale's lawyer, Vera Moss,"
            " declined to comment on the case.",
            ("anonymous", "confirmed", "Mayor Lou Brandt's lawyer"),
        ),
        # a person by sex or age placed by a who-clause with no pronoun: as bare "the man"
        (
            "The man who lives next door said he heard two shots.",
            ("anonymous", "said", "The man who lives next door"),
        ),
        (
            "The old woman who runs the kiosk said the square was empty.",
            ("anonymous", "said", "The old woman who runs the kiosk"),
        ),
        # a pronoun in the clause may take up the person named before (k54): as before
        (
            "Ed Roy spoke in Dayton. The man who built his name on steel said the plant would close.",
            ("named", "said", "The man who built his name on steel"),
        ),
        # a text's maker gives it his kind
        (
            "There's also a quote from a Hale spokeswoman claiming that the mayor never knew.",
            ("anonymous", "claiming", "a quote from a Hale spokeswoman"),
        ),
        (
            "There is a statement from a company spokesman saying that the mill will close.",
            ("anonymous", "saying", "a statement from a company spokesman"),
        ),
        (
            "A post on X by a Globe reporter said the deal was off.",
            ("anonymous", "said", "A post on X by a Globe reporter"),
        ),
        ("A post on X by Vera Moss said the deal was off.", ("named", "said", "A post on X by Vera Moss")),
        # the subject of a coordinated cue past a title's closing mark or a participle's phrase
        (
            'Speaking on "Face the Nation," Sen. Ida Lowe, D-Vt., would not go that far but said the chief must go.',
            ("named", "said", "Sen. Ida Lowe"),
        ),
        (
            "While the hearing went on, trading barbs over the budget, the Democratic leader, Omar Reyes of Texas,"
            " went to the floor and announced that he would block the bill.",
            ("named", "announced", "the Democratic leader"),
        ),
    ],
)
def test_k74_reading(analyzer: Analyzer, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in attributions(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "estimates" before "say" is the noun; a named body's estimates are named
        ("Estimates say the drought will last.", [("vague", "say", "Estimates")]),
        ("UN estimates say the drought will last.", [("named", "say", "UN estimates")]),
        ("According to IMF estimates, the debt will grow.", [("named", "According to", "IMF estimates")]),
        ("Recent estimates say the drought will last.", [("vague", "say", "Recent estimates")]),
        ("Last year's FBI statistics show that thefts fell.", [("named", "show", "Last year's FBI statistics")]),
        ("Official statistics show that thefts fell.", [("vague", "show", "Official statistics")]),
        ("The ministry estimates that the drought will last.", [("named", "estimates", "The ministry")]),
        # members of a loose community: a population
        (
            "Members of the medical community say the drug is safe.",
            [("vague", "say", "Members of the medical community")],
        ),
        (
            "Two members of the medical community say the drug is safe.",
            [("anonymous", "say", "Two members of the medical community")],
        ),
    ],
)
def test_k74_whole_reading(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


def test_a_participles_phrase_before_a_predicate_opens_no_subject(analyzer: Analyzer) -> None:
    """Past "answering a rising Reyes," stands a predicate, no subject: the search stops at the comma, as before
    (a first version read "dropped her reluctance to talk and" as a subject in the dev news)."""
    text = (
        "But even after Lowe, answering a rising Reyes, dropped her reluctance to talk and agreed to a meeting,"
        " Reyes continued to portray her as weak."
    )
    assert attributions(analyzer, text) == [("vague", "agreed", "")]
