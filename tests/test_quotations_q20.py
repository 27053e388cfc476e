"""Round q20: in a text set one sentence a line (BASIL), a quotation closed by a mark that only closes up to three
lines below its opening runs over those lines even when one holds several sentences: a sentence splitter leaves a
quotation's sentences on one line ('"I love it. . . . They laugh at us.'), a writer's sentence may stand before
the opening mark on its line ('Lo spoke. "We …'), and a quotation inside it may stand on a line below ("'reform,'").
The bound is kept (three lines), and an unclosed mark, a scare quote and an apostrophe still open nothing over
lines. In paragraphs (blank lines between them) nothing moves: a quotation left open at a paragraph's end goes on
only where the next paragraph reopens it. An interview's turn in capitals ("RUIZ: …") runs over its lines to the
next turn, past a heading, and stops at a speaker's label in other letters ("Ana Ruiz: …") (issue 12)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.text import tokenize
from sourcing_cases import fields_and_voices


def _quoted(text: str, lines: bool) -> list[str]:
    doc = tokenize(text, lines=lines)
    return [" ".join(doc.tokens[a:b]) for a, b in doc.quotes]


# the closing line holds three sentences, the last with the tag
CLOSING_LINE = (
    "The ferry board met on Tuesday.\n"
    '"I think the new dock is a disgrace.\n'
    'We waited ten years for it. Nobody listened. We are tired," Mayor Ana Ruiz said.\n'
    "The board voted again in May."
)


def test_quotation_over_a_closing_line_of_several_sentences_is_the_speakers(analyzer: Analyzer) -> None:
    attributions, matched = fields_and_voices(analyzer, CLOSING_LINE, ("cue", "source", "content"), {"hedging"})
    assert matched == [("think", "quoted")]
    assert attributions[0] == ("", "Mayor Ana Ruiz", '"I think the new dock is a disgrace.')
    assert _quoted(CLOSING_LINE, lines=True) == [
        "I think the new dock is a disgrace . We waited ten years for it . Nobody listened . We are tired ,"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a writer's sentence before the curly mark on its line (with an abbreviation: "Gen. Tom Hale")
        "The vote came late.\nShe spoke of Gen. Tom Hale. “I think he misled us.\nHe must resign,” said Ana Ruiz.\nIt ended.",
        # "?" and "!" end the quotation's sentences on its lines
        'The vote came late.\n"Why would I think he misled us? He did!\nHe must resign!" said Ana Ruiz.\nIt ended.',
        # a quotation inside it on the line below: its single marks are the speaker's own, not the closing mark
        "The vote came late.\n\"I think he misled us.\nHe calls it 'reform,' and he must resign,\" said Ana Ruiz.\nIt ended.",
        "The vote came late.\n“I think he misled us.\nHe calls it ‘reform,’ and he must resign,” said Ana Ruiz.\nIt ended.",
    ],
)
def test_quotation_opened_after_a_sentence_or_over_questions_is_carried(analyzer: Analyzer, text: str) -> None:
    attributions, matched = fields_and_voices(analyzer, text, ("cue", "source"), {"hedging"})
    assert matched == [("think", "quoted")]
    assert ("", "Ana Ruiz") in attributions


@pytest.mark.parametrize(
    "text",
    [
        # an unclosed mark: nothing closes it, the lines below stay the writer's
        'The board met.\n"We will build it. The money is there.\nI think the dock will open in May.\nIt did not.',
        # closed more than three lines below: a stray mark, dropped as before
        'The board met.\n"We will build it. The money is there.\nA.\nB.\nI think it opens in May.\nNo one came," Lo said.',
        # a scare quote closes on its own line
        'The so-called "reform" was voted in. It cost millions.\nI think the dock will open in May.\nIt did not.',
        # apostrophes open nothing
        "The workers' union met. Its leader's plan failed.\nI think the dock will open in May.\nIt did not.",
    ],
)
def test_unclosed_scare_and_apostrophe_marks_run_over_no_line(analyzer: Analyzer, text: str) -> None:
    _, matched = fields_and_voices(analyzer, text, ("cue",), {"hedging"})
    assert ("think", "author") in matched
    assert all("think" not in q for q in _quoted(text, lines=True))


def test_paragraphs_keep_their_convention() -> None:
    # a quotation left open at a paragraph's end goes on where the next paragraph reopens it
    reopened = 'Lo spoke first.\n\n"We will build it. The money is there.\n\n"We start in May," Lo said.'
    assert _quoted(reopened, lines=False) == ["We will build it . The money is there .", "We start in May ,"]
    # not where it does not: the open mark is a stray one, and the paragraph below no quotation
    unopened = 'Lo spoke first.\n\n"We will build it. The money is there.\n\nThe board agreed, Lo said."'
    assert _quoted(unopened, lines=False) == []


# an interview set with turns in capitals: an answer runs over its lines up to the next turn (q20)
_TURNS = (
    "Lo and Ruiz spoke on the radio.\n"
    "LO: Why did the council wait so long?\n"
    "RUIZ: It was afraid of the vote.\n"
    "I think the mayor misled everyone.\n"
    "Like Nobody Else\n"
    "The plan was probably doomed.\n"
    "LO: Thank you.\n"
    "The station thanked its listeners.\n"
    "Perhaps they will speak again."
)


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_turn_runs_over_its_lines_to_the_next_turn(analyzer: Analyzer, separator: str) -> None:
    text = _TURNS.replace("\n", separator)
    attributions, matched = fields_and_voices(analyzer, text, ("cue", "source", "content"), {"hedging"})
    carried = [a for a in attributions if not a[0]]
    # the heading inside the answer ("Like Nobody Else") is no one's words; the last turn ends at its line
    assert carried == [
        ("", "RUIZ", "I think the mayor misled everyone."),
        ("", "RUIZ", "The plan was probably doomed."),
    ]
    assert matched == [("think", "reported"), ("probably", "reported"), ("Perhaps", "author")]


def test_a_speakers_label_in_other_letters_ends_the_turn(analyzer: Analyzer) -> None:
    text = _TURNS.replace("I think the mayor", "Ana Ruiz: I think the mayor")
    attributions, _ = fields_and_voices(analyzer, text, ("cue", "source", "content"), {"hedging"})
    assert [a for a in attributions if not a[0]] == []
