"""Round p43's cheaper paths give what the slower ones gave: the signed-quotation gate, the one-sentence-a-line
test, matches and attributions built from a tuple, the language's hash and its forward stops."""

from __future__ import annotations

import dataclasses
import re

import pytest

from framing.lexicon.schema import LanguageSpec
from framing.match import Match, _new_match
from framing.reading import blank_boilerplate, one_sentence_per_line
from framing.sourcing.contents import Attribution
from framing.sourcing.phrase import words_of
from framing.sourcing.reader import _signed_in
from framing.sourcing.speakers import _new_attribution

# the pattern the gate replaces, one per mark: the gate must answer as they did
_PATTERNS = [re.compile(mark + r"\s*(?:--|[-—–])\s?[A-Z]") for mark in "\"”’'"]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ('The vote was close. "We stay," - Ana Ruiz.', True),
        ("“We stay.” —Ana Ruiz", True),
        ("‘We stay.’ \n\n– Ana Ruiz", True),
        ('"We stay." --Ana Ruiz', True),  # a pair of hyphens as one dash
        ('"We stay." -- Ana Ruiz', True),
        ("It's a well-known case. Pro-Lee groups met.", False),  # hyphens inside words
        ('"We stay." - ana ruiz', False),  # no capital after the dash
        ('"We stay." -  Ana Ruiz', False),  # two spaces after the dash
        ('"We stay." - -Ana Ruiz', False),  # a hyphen after a dash is no dash of its own
        ('"We stay."—-Ana', False),
        ('"We stay." ---Ana', False),
        ("We stay. - Ana Ruiz", False),  # no quotation mark before the dash
        ("-Ana", False),
        ('"-', False),
        ("", False),
    ],
)
def test_the_signed_quotation_gate(text: str, signed: bool) -> None:
    assert _signed_in(text) is signed
    assert any(p.search(text) for p in _PATTERNS) is signed


@pytest.mark.parametrize(
    ("text", "per_line"),
    [
        ("One.\nTwo.\nThree.\nFour.", True),
        ("\n\nOne.\nTwo.\nThree.\n\n", True),  # blank lines around the text do not count
        ("Title\n\nOne.\nTwo.\nThree.", False),  # a blank line between paragraphs
        ("One.\n \nTwo.\nThree.", False),  # a line of spaces is blank too
        ("One two\nthree four\nfive six.\nseven", False),  # hard-wrapped
        ("One.\nTwo.", False),  # too few lines
    ],
)
def test_one_sentence_per_line(text: str, per_line: bool) -> None:
    assert one_sentence_per_line(text) is per_line


def test_boilerplate_reads_a_frozenset_and_a_set_alike() -> None:
    text = "Lo spoke.\nAdvertisement\nHe left."
    expected = "Lo spoke.\n" + " " * 13 + "\nHe left."
    assert blank_boilerplate(text, frozenset({"advertisement"})) == expected
    assert blank_boilerplate(text, {"advertisement"}) == expected


def test_matches_and_attributions_built_from_a_tuple_are_the_named_tuples() -> None:
    fields = ("hedging", "may", 2, 5, 6, 1.0, True, "proximity")
    match = _new_match(fields)
    assert type(match) is Match and match == Match(*fields) and match.rule == "proximity" and match.first == 5
    parts = (1, "named", "said", (3, 4), (0, 2), False, (5, 9))
    attribution = _new_attribution(parts)
    assert type(attribution) is Attribution and attribution == Attribution(*parts)
    assert attribution.content_tokens == (5, 9) and attribution.kind == "named"


def test_a_language_hashes_by_one_field_and_equal_languages_share_their_tables() -> None:
    spec = LanguageSpec(negators=frozenset({"not"}), source_stops=frozenset({"that"}))
    same = dataclasses.replace(spec)
    other = dataclasses.replace(spec, source_stops=frozenset({"which"}))
    assert same is not spec and same == spec and hash(same) == hash(spec)
    assert other != spec and hash(other) == hash(spec)  # the same negators: a collision, never an equality
    assert {spec: 1, other: 2} == {same: 1, other: 2}
    assert words_of(same) is words_of(spec) and words_of(other) is not words_of(spec)


def test_the_forward_stops_are_made_once_a_language() -> None:
    spec = LanguageSpec(source_stops=frozenset({"that"}), after_source_stops=frozenset({"on"}))
    assert words_of(spec).forward_stops == {"that", "on"}
