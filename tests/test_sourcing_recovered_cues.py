"""Cues the rules used to turn down, miss or misread on PolNeAR's dev fold (issue 12, helper round q12c), in
sentences of our own: a time or an appositive read back as a source that opens with a preposition, "read"
after the text it quotes, a name before a colon that opens a quotation late in the sentence, and "a company
called X", which names something and attributes nothing."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions
from framing.pipeline import Analyzer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time or an occasion between the subject and its verb is no source of its own
        (
            "Sen. Ana Ruiz (D-Ore.) on Tuesday criticized the budget deal.",
            [("named", "criticized", "Sen. Ana Ruiz (D-Ore.)")],
        ),
        (
            "Vela – the chair of the ethics panel – on Friday clarified the rules on gifts.",
            [("named", "clarified", "Vela – the chair of the ethics panel")],
        ),
        # after a relative pronoun, PolNeAR's source is the pronoun (unnamed aides: anonymous); after "but", the
        # clause's subject
        (
            "His tone was softer than that of his aides, who, on a conference call Monday, criticized the council.",
            [("anonymous", "criticized", "who")],
        ),
        (
            "The clerk first denied the claim, but in a later interview said he had shredded the files.",
            [("named", "first denied", "The clerk"), ("named", "said", "The clerk")],
        ),
        # an appositive with prepositional phrases after an opening phrase: the name and all of it
        (
            "By contrast, Lena Ortiz, a labor economist at the Institute for the Study of Work, predicted that pay would fall.",
            [("named", "predicted", "Lena Ortiz, a labor economist at the Institute for the Study of Work")],
        ),
        (
            "In March, Mr. Delgado, who made millions of euros on a bet against subprime mortgages, told clients to sell.",
            [("named", "told", "Mr. Delgado, who made millions of euros on a bet against subprime mortgages")],
        ),
        # a purpose phrase is no time: still no attribution
        ("Still, in order to discuss the budget, the council met twice.", []),
    ],
)
def test_a_phrase_opening_with_a_preposition_gives_way_to_the_subject(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The plant will stay open,” the statement read.", [("named", "read", "the statement")]),
        ("“We thank our voters,” it read.", [("named", "read", "it")]),
        # reading is no attribution
        ("The clerk read the minutes aloud.", []),
        ("She read the bill twice before the vote.", []),
    ],
)
def test_read_after_the_text_it_quotes_is_a_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turnout was the story of the night - Mara Lind and Ed Soto: “Young voters stayed home in every county.”",
            [("named", ":", "Mara Lind and Ed Soto")],
        ),
        (
            "The slump does not surprise the veteran pollster Ida Berg: “Midterm voters punish the party in power.”",
            [("named", ":", "Ida Berg")],
        ),
        # a cue before the colon keeps the attribution; a name after a preposition and a shout are no speakers (the
        # subject of the clause before the colon is: round c21)
        (
            "The governor told the Herald on Friday: “We will not raise the tax this year.”",
            [("named", "told", "The governor")],
        ),
        (
            "The council had one demand for Mayor Lind: “Fix the roads before you build a stadium.”",
            [("named", "had one demand for Mayor Lind:", "The council")],
        ),
        ("The whole housing market is CRASHING: “buyers have vanished from every open house”", []),
    ],
)
def test_a_name_before_a_colon_that_opens_a_quotation_speaks_late_in_a_sentence(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The donation came from a company called Harlow Holdings.", []),
        ("She wiped the drive using a program called ShredIt.", []),
        ("The talks were held in a village called Lower Dene.", []),
        # a speaker who calls something a name still speaks
        ("A spokesman called the plan reckless.", [("anonymous", "called", "A spokesman")]),
    ],
)
def test_a_thing_called_by_its_name_is_no_attribution(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
