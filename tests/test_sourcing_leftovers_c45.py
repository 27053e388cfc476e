"""Round c45: round u44's sourcing leftovers. A place before a colon opening the writer's first sentence is a
dateline, not a speaker; "wants you to believe" states no view (the reader is the believer); calls for help
by their kind are nouns; a quotation put to a hearer ('"…?" she asks the clerk.') is what was asked; a short
bracket after a passive's agent ("(WHO)") no longer hides the clause that follows it; a label closed by a colon
before a source ("Wire reports: Lo called on …") is not the content read back."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline: a place, then the writer's paragraph (was a named source "Lagos")
        ("Lagos: Ahead of the vote in the country, rumours have spread fast. Few of them are true.", []),
        ("Port Moresby: Heavy rain has closed the road to the airport. Flights are on hold.", []),
        # unchanged: a headline's speaker (on a line of its own, with a full stop or none, or in title case), a
        # quotation after the colon, a people noun, a speaker in capitals (a transcript's turn)
        ("Ortiz: Bridge Will Close", [(":", "Ortiz", "Bridge Will Close")]),
        ("Ortiz: Bridge Will Close In March. She spoke on Monday.", [(":", "Ortiz", "Bridge Will Close In March.")]),
        ("ORTIZ: The bridge will close in March.", [(":", "ORTIZ", "The bridge will close in March.")]),
        (
            "Ortiz: The bridge will close in March.\nShe spoke on Monday.",
            [(":", "Ortiz", "The bridge will close in March.")],
        ),
        ('Ortiz: "The bridge will close in March."', [(":", "Ortiz", '"The bridge will close in March."')]),
        ("Officials: The bridge will close in March.", [(":", "Officials", "The bridge will close in March.")]),
        (
            "ORTIZ: The bridge will close in March.\nLANE: It will not close at all.",
            [(":", "ORTIZ", "The bridge will close in March."), (":", "LANE", "It will not close at all.")],
        ),
        # a wish that the reader believe: neither "wants" nor "believe" reports the subject's view
        ("The council wants you to believe that the bridge is safe.", []),
        ("The developers would have us think the park will stay open.", []),
        ("The lobby wanted us to believe the tax would fall on the rich.", []),
        # unchanged: a wish with another object, the subject's own belief
        ("The council wants the bridge to stay open.", [("wants", "The council", "the bridge to stay open.")]),
        (
            "The council members believe that the bridge is safe.",
            [("believe", "The council members", "the bridge is safe.")],
        ),
        # the quotation was put to the hearer (the content was "the operator.")
        ('"Please send an ambulance," he asks the operator.', [("asks", "he", '"Please send an ambulance,"')]),
        ('"Is the bridge still open?" she asked the guard.', [("asked", "she", '"Is the bridge still open?"')]),
        # unchanged: a question after the hearer, a question with its speaker after the verb
        (
            '"Wait," she asked the guard whether the bridge was open.',
            [("asked", "she", "the guard whether the bridge was open.")],
        ),
        ('"Is the bridge open?" asked the guard.', [("asked", "the guard", '"Is the bridge open?"')]),
        # a short bracket after a passive's agent: the clause after it is what was urged (was "Six towns were")
        (
            "Six towns were urged by the Regional Flood Agency (RFA) to prepare for floods.",
            [("were urged", "the Regional Flood Agency", "to prepare for floods.")],
        ),
        (
            "He was told by the Port Authority (PA) that the dock would stay shut.",
            [("was told", "the Port Authority", "the dock would stay shut.")],
        ),
        # a label closed by a colon before the source is no part of what was said (was "OSLO:", "Wire reports:");
        # a listed place in capitals is a dateline, no speaker, wherever its line is (u50)
        (
            "OSLO: The fund said on Monday it would sell its shares.",
            [("said", "The fund", "on Monday it would sell its shares.")],
        ),
        (
            "Wire reports: Ed Lo called on Sunday for a new alliance.",
            [
                (":", "Wire reports", "Ed Lo called on Sunday for a new alliance."),
                ("called on", "Ed Lo", "Sunday for a new alliance."),
            ],
        ),
        # calls for help by their kind are nouns (was a cue "calls" with a source "Domestic violence")
        ("Domestic violence calls rose by a third last winter.", []),
        ("The hotline logged more emergency calls than ever.", []),
        ("Two distress calls reached the coast guard overnight.", []),
        # unchanged: a verb of naming
        ("The mayor calls the plan a disgrace.", [("calls", "The mayor", "the plan a disgrace.")]),
    ],
)
def test_round_u44_sourcing_leftovers(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected
