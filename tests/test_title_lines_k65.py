"""A line with no closing stop over a capitalised line ends its sentence (a title, dateline or byline), but
not inside text hard-wrapped at a fixed width, nor after a word that never ends a sentence (round k65)."""

from __future__ import annotations

from framing.pipeline import Analyzer
from framing.text import SentenceRules, tokenize
from sourcing_cases import attributions

RULES = SentenceRules(frozenset({"sen", "mr"}))


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text, RULES).sentences]


def test_a_title_line_without_a_stop_ends_its_sentence() -> None:
    text = (
        "Storm cuts the lights in the valley\nA baker who keeps a shop on the square said the ovens went cold at dawn."
    )
    assert sentences(text) == [
        "Storm cuts the lights in the valley",
        "A baker who keeps a shop on the square said the ovens went cold at dawn.",
    ]


def test_a_byline_and_a_quoted_opening_line_are_cut_too() -> None:
    text = "By Tessa Marlow\n“Nobody warned us,” the miller told reporters on a windy morning beside the flooded mill."
    assert sentences(text) == [
        "By Tessa Marlow",
        "“Nobody warned us,” the miller told reporters on a windy morning beside the flooded mill.",
    ]


def test_a_title_line_is_no_source_of_the_next_sentence(analyzer: Analyzer) -> None:
    text = "The harbour went quiet\nA fisherman who moors his boat there said the ferry never came back on Monday."
    assert attributions(analyzer, text) == [("anonymous", "said", "A fisherman who moors his boat there")]


def test_hard_wrapped_lines_run_on() -> None:
    text = (
        "The council voted on the budget late on Tuesday and sent it to the\n"
        "Mayor, who has ten days to sign it or send it back with her notes on\n"
        "Each line that she would like to see changed before the summer."
    )
    assert sentences(text) == [text]


def test_a_line_ending_in_a_word_that_never_ends_a_sentence_runs_on() -> None:
    text = "Reporters waited for Sen\nMolloy, who arrived late and spoke for an hour about the new harbour tax plan."
    assert sentences(text) == [text]


def test_a_line_ending_in_a_comma_or_over_a_lower_case_line_runs_on() -> None:
    text = "The river rose all night, and the town of Brill,\nwhich sits low, lost its bridge before the roads were closed."
    assert sentences(text) == [text]


def test_the_cut_ends_sentences_only_so_straight_marks_pair_as_before() -> None:
    text = (
        'Bridge closed\n"We will open it again," the engineer said, "once the river falls."\n'
        '"It may take weeks," she added while the crews packed away their tools by the bank.'
    )
    doc = tokenize(text, RULES)
    assert [text[doc.span(a, b)[0] : doc.span(a, b)[1]] for a, b in doc.quotes] == [
        "We will open it again,",
        "once the river falls.",
        "It may take weeks,",
    ]
    assert sentences(text)[0] == "Bridge closed"
