"""Cues missed on PolNeAR's dev fold (round c20), by class, in sentences of our own: a "what X said" clause that
a word before it takes as its object ("in what officials called a hate crime"), which credits X with what
follows the cue, and speech verbs the cue lexicons lacked ("outlined", "talked up", "chanted", "chiding").
The counter-cases pin the uses that must stay out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "police" alone is the force in view, one body: named (k19; was vague)
        ("The fire was set in what police called an act of revenge.", [("named", "called", "police")]),
        ("The mill fell back on what its owner said were old debts.", [("named", "said", "its owner")]),
        ("Sales reached twice what Ana Ruiz had said she expected.", [("named", "had said", "Ana Ruiz")]),
        ("The levy paid for what the mayor described as a new harbour.", [("named", "described", "the mayor")]),
        # the clause opens the sentence or a clause: the verb after it is the writer's
        ("What Ruiz said was false.", []),
        ("The mill closed and what Ruiz said is now moot.", []),
        # no content: nothing, a preposition, an addressee, a time or a clause opener after the cue
        ("The paper printed what Ruiz said.", []),
        ("The paper printed what Ruiz said about the levy.", []),
        ("The paper printed what Ruiz told Channel 4.", []),
        ("The paper printed what Ruiz said two years ago.", []),
        ("The paper printed what Ruiz had said when she was mayor.", []),
        # no subject after "what", or a hypothetical
        ("The fine was what amounted to a warning shot to the mill.", []),
        ("The harbour is not what we would consider a safe place.", []),
    ],
)
def test_what_clause_as_an_object(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_what_clause_spans(sourcing_analyzer: Analyzer) -> None:
    text = "The fire was set in what police called an act of revenge."
    [a] = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert (text[a["cue_start"] : a["cue_end"]], text[a["source_start"] : a["source_end"]]) == ("called", "police")
    assert (a["cue_start"], a["source_start"], a["source_end"]) == (32, 25, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour board outlined a plan to dredge the bay.", [("named", "outlined", "The harbour board")]),
        ("Ana Ruiz talked up her plan for the harbour.", [("named", "talked up", "Ana Ruiz")]),
        ("Dock workers chanted “No levy!” outside the hall.", [("anonymous", "chanted", "Dock workers")]),
        ("Ruiz was chiding the council for its delay.", [("named", "was chiding", "Ruiz")]),
        ("Ruiz vented at the council for the delay.", [("named", "vented", "Ruiz")]),
        # a participle after its noun reports no statement
        ("The harbour board kept to the limits outlined in the treaty.", []),
        # "hailing from" a place says nothing
        ("Hailing from the coast, the fishermen knew the bay.", []),
    ],
)
def test_speech_verbs_added(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening curly mark typed for a closing one after a comma closes the quotation
        ("“The levy is dead,“ said Ana Ruiz, the mayor.", [("named", "said", "Ana Ruiz, the mayor")]),
        ("“Not yet,“ she said. “The vote comes in May.”", [("named", "said", "she"), ("named", "", "she")]),
        # written against the next word it opens one
        ("Ruiz said,“The levy is dead,” and left.", [("named", "said", "Ruiz")]),
    ],
)
def test_mistyped_closing_mark(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_mistyped_closing_mark_keeps_the_quotation(sourcing_analyzer: Analyzer) -> None:
    text = "“The levy is a catastrophe,“ said Ana Ruiz, the mayor."
    assert voice(sourcing_analyzer, text, "catastrophe") == "quoted"
