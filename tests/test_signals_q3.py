"""Round q3 (issue 13): the classes of wrong and missed hedging and doubt matches in a fresh dev sample shaped like the
issue's blind one. "claims" right before a possessive is the reporting verb (a hedge), not the sneering noun; a
belief an audience is made to hold casts doubt and hedges nothing; a concessive "whatever ... may be" and a
pregnancy's "expecting" hedge nothing; a first-person estimate ("I would say") and "reported" before the thing
reported hedge; suspicion said by an idiom ("it don't sit right") casts doubt. Each case is a sentence written for
the test and the exact text each signal matches in it; the neighbouring sentences show a rule took no more than its
class."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, hedging, doubt",
    [
        # the verb before the possessive that opens its clause: the subject's statement distanced
        ("The union claims its members were never paid.", ["claims its"], []),
        ("Lo, unlike her rival, claims her plan would not raise fares.", ["claims her"], []),
        # the noun, with its article or possessive before it, stays doubt's
        ("The council rejected the union's claims about the fares.", [], ["claims"]),
        ("Voters shrugged at his claims of a landslide.", [], ["claims"]),
        # a belief an audience is made to hold casts doubt
        (
            "The first story required the Western public to believe that the mill burned itself down.",
            [],
            ["public to believe"],
        ),
        ("The council wants you to believe that the harbour is safe.", [], ["you to believe"]),
        ("Both mayors led us to believe that the bridge was sound.", [], ["us to believe"]),
        # a belief hoped for, or a speaker's own reasoning, casts no doubt
        ("You want to believe again that the mill will reopen.", ["believe"], []),
        ("Nothing would lead me to believe that the ferry sank.", ["believe"], []),
    ],
)
def test_claims_before_a_possessive_and_an_audience_made_to_believe(
    analyzer: Analyzer, text: str, hedging: list[str], doubt: list[str]
) -> None:
    """The verb "claims" right before a possessive is a hedge; a belief an audience is made to hold is doubt."""
    assert (spans(analyzer, text, "hedging"), spans(analyzer, text, "doubt")) == (hedging, doubt)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a concessive free relative grants any case
        ("Whatever the reasons for the delay may be, the ferry must sail.", []),
        ("They will find her a seat on the board, whatever that might be.", []),
        ("The panel will follow the money wherever it may lead.", []),
        ("The ferry may be late tomorrow.", ["may"]),
        # a pregnancy, no forecast
        ("The mayor and her husband are expecting their second child.", []),
        ("The mayor is expecting a close vote.", ["expecting"]),
        # a first-person estimate, not a reply announced
        ("I would say 30% of the budget goes to the harbour.", ["I would say"]),
        ("I’d imagine the harbour will reopen in spring.", ["I’d imagine"]),
        ("“I would say this,” the mayor answered.", []),
        ("She knew I’d say that, and we moved on.", []),
        # "reported" before the thing reported, not the verb
        ("The union backed the league’s reported plans to move the final.", ["’s reported"]),
        ("Police checked a reported break-in at the depot.", ["a reported"]),
        ("The firm reported a loss in May.", []),
        ("He’s reported from every council meeting this year.", []),
    ],
)
def test_hedging_classes_of_the_q3_sample(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“I’m no skeptic, but it don’t sit right,” the fisherman said.", ["’t sit right"]),
        ("The auditors called the harbour deal very fishy.", ["fishy"]),
        ("The new chair does not sit in the front row.", []),
    ],
)
def test_suspicion_said_by_an_idiom_is_doubt(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "doubt") == expected
