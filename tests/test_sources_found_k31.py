"""Sources read with their cue but not found (round k31, issue 12), in sentences of our own.

Three shapes left a cue's source unfound: a sentence opening with a prepositional phrase before its subject
("Amid …", "Outside …", "Despite praising …") gave a participle's speaker as "Amid" or "Outside"; a verb of
showing or warning put before a source that ends the sentence ("…, suggests a paper published in …") read the
words before it as the source; and a straight closing mark after a comma, "?" or "!" in a paragraph whose
quotation opened earlier ('… about people," Ruiz said') opened a false quotation that hid the tag. Guards pin
what must not move."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outside the town hall, Ana Ruiz handed out leaflets, saying the port was unsafe.",
            [("saying", "Ana Ruiz", "named", "the port was unsafe.")],
        ),
        (
            "Despite praising the new ferry, Captain Ana Ruiz admitted that its engines were loud.",
            [
                ("praising", "Captain Ana Ruiz", "named", "the new ferry"),
                ("admitted", "Captain Ana Ruiz", "named", "its engines were loud."),
            ],
        ),
    ],
)
def test_a_subject_after_an_opening_prepositional_phrase_speaks(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


def test_calls_after_a_preposition_is_the_noun() -> None:
    rules = Analyzer(sourcing="rules")
    assert attributions(rules, "Amid calls for her to resign, Mayor Edith Lowe said the budget would pass.") == [
        ("named", "said", "Mayor Edith Lowe")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warmer seas could thin the seabird colonies, suggests a paper published in Marine Biology.",
            [
                (
                    "suggests",
                    "a paper published in Marine Biology",
                    "named",
                    "Warmer seas could thin the seabird colonies,",
                )
            ],
        ),
        (
            "The ferry fares will double next year, warns a new report.",
            # one unnamed report is a vague source (k32; named before)
            [("warns", "a new report", "vague", "The ferry fares will double next year,")],
        ),
    ],
)
def test_a_source_that_closes_the_sentence_after_its_verb(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'It shows contempt, it shows they care more about tolls than about people," Senator Ana Ruiz said '
            'Tuesday on Harbor Radio\'s "Morning Hour."',
            ("named", "said", "Senator Ana Ruiz"),
        ),
        (
            'That is a question nobody wants to answer!" Lowe said, leaving the "town hall" early.',
            ("named", "said", "Lowe"),
        ),
    ],
)
def test_a_quotation_tag_after_a_closing_straight_mark_is_read(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after the words past the cue: the content's subject, not a source ("announced it has …")
        (
            "He, along with two other members of the board, suggested the change may come soon.",
            ("named", "suggested", "He, along with two other members of the board"),  # the aside kept (u43)
        ),
        # a straight mark opening after a space still opens, and a quotation after a tag is still quoted
        ('Ruiz called the plan "a disgrace," and Lowe said "it will pass."', ("named", "said", "Lowe")),
        # an opening time phrase, as before
        (
            "On Tuesday, Ana Ruiz wrote a letter, saying the port was unsafe.",
            ("named", "saying", "Ana Ruiz"),
        ),
    ],
)
def test_guards(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_a_quotation_of_the_next_sentence_still_credits_its_speaker(sourcing_analyzer: Analyzer) -> None:
    text = '"Who will pay?" Lowe asked. "Nobody at the agency could tell us."'
    result = sourcing_analyzer.analyze(text, split_title=False)
    assert [(a["cue"], a["source"], a["content"]) for a in result.attributions] == [
        ("", "Lowe", '"Who will pay?"'),
        ("asked", "Lowe", ""),
        ("", "Lowe", '"Nobody at the agency could tell us."'),
    ]
