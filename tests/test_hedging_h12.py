"""Round h12 (issue 13): hedging's conditions and open questions as the Szeged cue spans mark them. Each case is a
sentence written for the test and the exact text hedging matches in it, so a rule that stops working shows which
form went, and the neighbouring case shows the rule did not take too much."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # the modal and the "until" its clause waits on are one match, not two, and the modal is inside it
        ("The guards will stay until the council agrees.", ["will stay until"]),
        ("She said the plant would stay shut until the inspectors sign off.", ["would stay shut until"]),
        ("They'll keep the gates closed until the river falls.", ["'ll keep the gates closed until"]),
        # a date after it still names a time, so nothing counts; a past verb still makes "until" a time
        ("The guards will stay until next week.", []),
        ("The guards stayed until the council agreed.", []),
    ],
)
def test_modal_joined_to_its_until(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the modal first, its "if" up to twelve words on: one match joins them, beside the "if" itself
        (
            "The union will take the dispute to the labour court if the talks fail.",
            ["will take the dispute to the labour court if", "if"],
        ),
        (
            "The mayor would like to see the old mill turned into flats if the owners agree.",
            ["would like to see the old mill turned into flats if", "if"],
        ),
        # an "if" the file does not count joins no modal, however near, and stands between the modal and a later one
        ("The club will act on the complaint if necessary.", []),
        (
            "The club will act if necessary, and if the members agree it will expel him.",
            ["if", "if the members agree it will"],
        ),
        # too far: a modal more than twelve words before the "if" stays out
        (
            "The board will hold its yearly meeting in the small hall by the harbour next to the old fish market"
            " if the weather holds.",
            ["if"],
        ),
    ],
)
def test_modal_first_conditional_window(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question said to stay open is an investigation cue, the kin of "open question"
        ("The question of funding still remains.", ["question of funding still remains"]),
        ("Questions remain about the cost of the bridge.", ["Questions remain"]),
        ("Why the engine failed remains a mystery.", ["remains a mystery"]),
        # a question answered, a letter unanswered or a question that stays on an agenda is no open question
        ("Several letters to the ministry remain unanswered.", []),
        ("The question was answered at the hearing.", []),
        ("Two questions remained on the list after the vote.", []),
    ],
)
def test_open_question(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "hedging") == expected
