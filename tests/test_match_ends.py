"""Proximity ends with `ends_as_terms`: they count only where the signal counts the same words itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon.loader import Layer, load_lexicons
from framing.match import Matcher
from signal_cases import entries_covering

ENDS = Path(__file__).parent / "data" / "ends"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_lexicons(layers=[Layer(ENDS, "test")]))


def test_both_rules_join_a_modal_and_a_counted_if(matcher: Matcher) -> None:
    assert entries_covering(matcher, "They would object if he were fired.") == [
        ("modal-if", "would object if"),
        ("modal-if-loose", "would object if"),
        ("if", "if"),
    ]


def test_an_end_inside_an_exception_does_not_count(matcher: Matcher) -> None:
    assert entries_covering(matcher, "They will act if necessary.") == [("modal-if-loose", "will act if")]


def test_an_end_that_is_a_term_counts_only_where_that_term_is_matched(matcher: Matcher) -> None:
    """ "if" inside the longer term "as if" is no "if" of the signal; nor is one a context rule cancels."""
    assert entries_covering(matcher, "It would look as if nothing happened.") == [
        ("modal-if-loose", "would look as if"),
        ("as if", "as if"),
    ]
    assert entries_covering(matcher, "It will be hard, if not impossible.") == [("modal-if-loose", "will be hard, if")]


def test_an_end_that_is_no_term_still_honours_the_exceptions(matcher: Matcher) -> None:
    assert entries_covering(matcher, "It will not matter if he goes.") == [
        ("modal-if-loose", "will not matter if"),
        ("if", "if"),
    ]
    assert entries_covering(matcher, "It will matter if he goes.") == [
        ("modal-if", "will matter if"),
        ("modal-if-loose", "will matter if"),
        ("if", "if"),
    ]
