"""Round c47: quotations the finder lost. A shortened year or decade typed with an opening single mark ("class
of ‘09", "the late '80s") opens no quotation: left open, it held the paragraph's real quotations until the
paragraph's end dropped them. In a text set one sentence a line, a curly quotation that opens on one line and
closes on the next ('“I will stay.' over 'The town needs me,” she said.'; a straight mark too, when it is
written against a comma, "?" or "!" and so closes) is one quotation, its first sentence
the tag's speaker's. "thought" opening a compound noun ("are thought crimes", "the thought police") is no cue."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.text import tokenize
from sourcing_cases import fields


def _quoted(text: str, lines: bool = False) -> list[str]:
    doc = tokenize(text, lines=lines)
    return [" ".join(doc.tokens[a:b]) for a, b in doc.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after a word, a decade anywhere: an apostrophe, not a mark
        (
            "Ana Lo, class of ‘09, met the crew. “The dam will hold until spring,” she said.",
            ["The dam will hold until spring ,"],
        ),
        ("In the 1970s & ‘80s the mill ran. “It was loud all day,” a worker said.", ["It was loud all day ,"]),
        ('The band played in the late \'80s; "we toured every week," the drummer said.', ["we toured every week ,"]),
        # unchanged: after a colon or a comma a quotation may open with a number
        ("The note read: ‘40 of them stayed,’ and no more.", ["40 of them stayed ,"]),
        # unchanged: a typed closing mark before a decade was no mark
        ("In the ’90s the mill ran. “It was loud,” a worker said.", ["It was loud ,"]),
    ],
)
def test_elided_years_open_no_quotation(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


_LINES = (
    "The ferry stopped on Monday.\n"
    "Its captain spoke to the crowd.\n"
    "“The engines are old and the river is low.\n"
    "We will sail again in May,” Captain Ruiz said.\n"
    "The crowd went home."
)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (_LINES, "“"),
        # a straight mark against a comma closes, never opens ('May," Captain Ruiz said'): it closes the quotation too
        (_LINES.replace("“", '"').replace("”", '"'), '"'),
    ],
)
def test_quotation_over_two_lines_is_one(analyzer: Analyzer, text: str, opening: str) -> None:
    assert _quoted(text, lines=True) == ["The engines are old and the river is low . We will sail again in May ,"]
    assert fields(analyzer, text, "cue", "source", "content") == [
        ("", "Captain Ruiz", opening + "The engines are old and the river is low."),
        ("said", "Captain Ruiz", text[text.index("We will") : text.index(" Captain")]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a straight mark after a word may open as well as close: the line's quotation dropped, as a paragraph's
        _LINES.replace("“", '"').replace("May,” Captain Ruiz said.", 'May" was all Captain Ruiz said.'),
        # (a line of two sentences no longer drops it, round q20: tests/test_quotations_q20.py)
        # closed too far below its line: a stray mark, dropped
        _LINES.replace("May,”", "May,").replace("The crowd went home.", "A\nB.\nC.\nThe crowd went home,” he said."),
    ],
)
def test_quotation_over_lines_stays_dropped(text: str) -> None:
    assert "The engines are old" not in " ".join(_quoted(text, lines=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shortened year no longer holds the quotation open: the cue inside it is the speaker's own words
        (
            "Ana Lo, class of ‘09, met the crew. “The mayor claims we are soft,” she said.",
            [("said", "she", "“The mayor claims we are soft,”")],
        ),
    ],
)
def test_elided_year_keeps_quotation_speakers(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "thought" opening a compound noun after "be" reports no one's thinking, nor names a source
        ("Citizens, these songs you have been singing are thought crimes!", []),
        ("The thought police came for the poet at dawn.", []),
        ("Two conservative thought leaders sat on the panel.", []),
        # unchanged: the passive opinion and the verb
        ("The rebels are thought to be near the border.", [("are thought", "")]),
        ("Lo thought the plan would fail.", [("thought", "Lo")]),
    ],
)
def test_thought_as_a_noun_reports_nothing(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected
