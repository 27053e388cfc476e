"""Round t3: an abbreviation's period inside a sentence ("a major U.S. war") stands between no words.

Terms, wildcards and proximity windows reach across it; a match's span still covers the characters of
its words (the period too when the term is written with it); a sentence that ends after "U.S." still
ends there. Sentences written for these tests, on a hand-written signal (tests/data/abbreviation_periods).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon.loader import Layer, load_lexicons
from framing.match import Matcher
from framing.narratives.cues import CueMatcher
from framing.text import tokenize
from signal_cases import entries_covering

LEXICON = Path(__file__).parent / "data" / "abbreviation_periods"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_lexicons(layers=[Layer(LEXICON, "test")]))


def test_a_wildcard_term_reaches_across_the_period(matcher: Matcher) -> None:
    assert entries_covering(matcher, "The plan risks a major U.S. war in the region.") == [
        ("risks a * * war", "risks a major U.S. war")
    ]


def test_a_proximity_rule_counts_no_period_in_its_window(matcher: Matcher) -> None:
    # clash, with, the, U.S, is, coming: four words between the ends, the window's width
    assert entries_covering(matcher, "A clash with the U.S. is coming soon.") == [
        ("clash-coming", "clash with the U.S. is coming")
    ]


def test_a_term_reaches_across_a_title(matcher: Matcher) -> None:
    assert entries_covering(matcher, "Reporters asked Sen. Warren about the bill.") == [
        ("asked sen warren", "asked Sen. Warren")
    ]


def test_terms_written_with_the_period_keep_matching(matcher: Matcher) -> None:
    assert entries_covering(matcher, "Two U.S. officials said the talks failed.") == [
        ("u.s. officials said", "U.S. officials said")
    ]
    assert entries_covering(matcher, "The U.S. Army withdrew.") == [("U.S. Army", "U.S. Army")]
    assert entries_covering(matcher, "The u.s. army withdrew.") == []  # case-exact, as before


def test_a_term_ending_on_its_period_covers_it(matcher: Matcher) -> None:
    """The period is part of the term as written: inside a sentence (read past) and at its end alike."""
    assert entries_covering(matcher, "Prices in the U.S. rose again.") == [("in the u.s.", "in the U.S.")]
    assert entries_covering(matcher, "Prices rose in the U.S.") == [("in the u.s.", "in the U.S.")]


def test_a_sentence_that_ends_after_the_abbreviation_still_ends_there(matcher: Matcher) -> None:
    text = "A clash with the U.S. It is coming soon."
    assert tokenize(text, matcher.sentence_rules).n_sentences == 2
    assert entries_covering(matcher, text) == []


def test_a_full_stop_after_an_ordinary_word_is_not_read_past(matcher: Matcher) -> None:
    assert entries_covering(matcher, "The plan risks a major crisis. war follows.") == []


def test_narrative_cues_read_past_the_period_too() -> None:
    cues = CueMatcher(dict(load_lexicons(layers=[Layer(LEXICON, "test")]).signals), "en")
    text = "A clash with the U.S. is coming, and it risks a major U.S. war."
    doc, found_cues = cues.find_text(text)
    spans = {cue.text: text[slice(*doc.span(cue.first, cue.last))] for cue in found_cues}
    assert spans == {"clash-coming": "clash with the U.S. is coming", "risks a * * war": "risks a major U.S. war"}
