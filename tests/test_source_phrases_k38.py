"""Source phrases of round k38 (issue 12), round k37's blind errors, in sentences of our own: a speaker read through
"is expected to say" after a quotation is the subject before "is", not the quotation's first word; a cue before
"and, according to X," keeps its attribution (the "according to" was read as closing the sentence's content); a
time set off after a source read forward ("According to Ana Costa, on Friday,") is no appositive of it.
Guards pin what must not change: a subject that opens the sentence and ends at its auxiliary, a cue whose content
an "according to" closes, "and even, according to …"."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The harbour will be dredged before the spring," Mayor Ana Costa is expected to say.',
            [("vague", "is expected", ""), ("named", "say", "Mayor Ana Costa")],
        ),
        (
            '"We have waited long enough for this road," she is expected to say on Monday.',
            [("vague", "is expected", ""), ("named", "say", "she")],
        ),
        (
            "Councillor Jo Reyes (Green) is expected to announce her run on Friday.",
            [("vague", "is expected", ""), ("named", "announce", "Councillor Jo Reyes (Green)")],
        ),
    ],
)
def test_the_subject_before_is_expected_to_speaks(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject read from the sentence's opening ends at the auxiliary: kept whole, its time included
        (
            "The hearing records due next week are expected to show that the firm paid the fines.",
            [("vague", "are expected", ""), ("named", "show", "The hearing records due next week")],
        ),
        (
            "Our reporter Ed Lind is expected to say that the plan failed.",
            [("vague", "is expected", ""), ("named", "say", "Our reporter Ed Lind")],
        ),
    ],
)
def test_a_subject_opening_the_sentence_stays_whole(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inspectors said that the dam is leaking and, according to the water board, repairs will take a year.",
            [("named", "said", "The inspectors"), ("named", "according to", "the water board")],
        ),
        (
            "The mayor said the road would close but, according to the county, the bridge will stay open.",
            [("named", "said", "The mayor"), ("named", "according to", "the county")],
        ),
    ],
)
def test_a_cue_before_and_according_to_keeps_its_attribution(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "according to" that closes the sentence holds the cue before it; one after "and even," does not
        (
            "The coach said little, according to one player.",
            [("anonymous", "according to", "one player")],
        ),
        (
            "The coach said the team would lose and even, according to one player, miss the playoffs.",
            [("named", "said", "The coach"), ("anonymous", "according to", "one player")],
        ),
    ],
)
def test_according_to_closing_the_content_is_unchanged(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Ana Costa, on Friday, the bridge was closed to traffic.",
            [("named", "According to", "Ana Costa")],
        ),
        # an appositive between the commas stays the source's
        (
            "According to Ed Lo, a senator, the plan failed.",
            [("named", "According to", "Ed Lo, a senator")],
        ),
    ],
)
def test_a_time_after_the_source_read_forward_is_no_appositive(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
