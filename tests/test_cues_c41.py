"""Annotated cue constructions the rules missed (issue 12, helper round c41), in sentences of our own.

A noun for what someone said before a colon, after its holder's possessive ("The mayor's answer: …", "Their
argument: …"), is a cue whose source is the holder and whose content follows the colon; without a possessive ("The
answer: …", "a simple answer: …") it stays no cue, and so it does before a quotation whose tag credits it. A
headline's speaker before a colon is read when its quotation opens with marks and commas ("Ruiz: 'No, no, never
again.'"), which took the places of its first words. A headline
whose label is a clause with its speaker first ("Ed Lo Addresses Rally: '…'") credits the speaker, the verb to the
colon being the cue, when the text repeats the name without the verb and never writes the verb in lower case. A
headline's speaker ends before "to" or "on" and a capital ("Ana Ruiz to Ed Lo: '…'", "Lo on Tax Plan: '…'").
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds, cues_and_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council met twice. The mayor's answer: the bridge will reopen in May.",
            [("answer:", "The mayor's", "named", "the bridge will reopen in May.")],
        ),
        (
            "The vote is close. Their argument: only a second term can finish the port.",
            [("argument:", "Their", "vague", "only a second term can finish the port.")],
        ),
        (
            "The union met on Friday. Ana Ruiz's final verdict: the pay rise is too small.",
            [("verdict:", "Ana Ruiz's", "named", "the pay rise is too small.")],
        ),
        (
            'Back home, she returned to her usual lines: "We build, they borrow."',
            [("lines:", "her", "named", '"We build, they borrow."')],
        ),
    ],
)
def test_a_said_noun_before_a_colon_after_its_holder(analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council met twice. The answer: the bridge will reopen in May.",
        "The council met twice. There was a simple answer: the bridge will reopen in May.",
        "The storm came early. A warning: the river may rise.",
    ],
)
def test_a_said_noun_before_a_colon_with_no_holder_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz: 'No, no, never again.'\n\nThe senator spoke on Monday.", [(":", "Ruiz")]),
        ("Ana Lo: “Well, yes, we will build it.”\n\nThe mayor spoke on Monday.", [(":", "Ana Lo")]),
    ],
)
def test_a_headline_speaker_before_a_quotation_opening_with_commas(
    analyzer: Analyzer, text: str, expected: list
) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_headline_label_with_two_words_after_it_stays_no_speaker(analyzer: Analyzer) -> None:
    assert cues_and_sources(analyzer, "Ruiz: 'No, never.'\n\nThe senator spoke on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ed Lo Addresses Rally: ‘We Will Build the Port.’\n\nThe rally met on Monday. Ed Lo spoke for an hour.",
            [("Addresses Rally:", "Ed Lo")],
        ),
        (
            "Ruiz Breaks Silence: ‘We Were Never Told.’\n\nThe silence ended on Monday, when Ruiz met reporters.",
            [("Breaks Silence:", "Ruiz")],
        ),
        (
            "Ruiz Reacts To Verdict: ‘We Will Appeal.’\n\nThe verdict came on Monday, and Ruiz left the court.",
            [("Reacts To Verdict:", "Ruiz")],
        ),
    ],
)
def test_a_headline_clause_with_its_speaker_first(analyzer: Analyzer, text: str, expected: list) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plural noun the text writes in lower case: a topic, no speaker, as before
            "Port Hospitals On Alert: ‘No Bed Is Free.’\n\nThe hospitals in Port filled on Monday.",
            [],
        ),
        (  # a name in "-s" the text repeats whole
            "Bernie Sanders: ‘We Will Win.’\n\nBernie Sanders spoke on Monday.",
            [(":", "Bernie Sanders")],
        ),
    ],
)
def test_a_headline_label_that_is_no_clause_reads_as_before(analyzer: Analyzer, text: str, expected: list) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz to Ed Lo: ‘The Port Must Stay Open.’\n\nThe letter came on Monday.", [(":", "Ana Ruiz")]),
        ("Lo on Tax Plan: ‘It Will Not Pass This Year.’\n\nThe plan came on Monday.", [(":", "Lo")]),
        ("Ruiz To City Council: Keep The Port Open\n\nThe council met on Monday.", [(":", "Ruiz")]),
    ],
)
def test_a_headline_speaker_ends_before_its_hearer(analyzer: Analyzer, text: str, expected: list) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_said_noun_before_a_tagged_quotation_gives_way_to_the_tag(analyzer: Analyzer) -> None:
    text = "The mayor read her speech. Her final assessment: “We will rebuild the port,” she said."
    assert cues_and_sources(analyzer, text) == [("said", "she")]
