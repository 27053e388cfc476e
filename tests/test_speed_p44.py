"""Round p44's cheaper token searches give what the slices gave: `holds` as `word in tokens[a:b]`, `holds_form`
as a set of forms met by `map(norm, tokens[a:b])`; the rules that use them and the cue spanned without the named
tuple's `_replace` read as before."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.sourcing.contents import Attribution
from framing.sourcing.quotations import find_attributions
from framing.text import holds, holds_form, norm, tokenize
from sourcing_cases import fields

_TOKENS = ["Lo", ",", "AND", "Ruiz", "said", "and", "by", "’s", "The"]
_BOUNDS = [(0, 9), (0, 2), (2, 3), (3, 5), (5, 5), (6, 4), (4, 40), (40, 50), (-3, 9), (0, -4), (-2, -1), (-9, 2)]


@pytest.mark.parametrize(("a", "b"), _BOUNDS)
@pytest.mark.parametrize("word", ["and", "AND", ",", "said", "by", "’s", "the", ""])
def test_holds_reads_as_the_slice(word: str, a: int, b: int) -> None:
    assert holds(_TOKENS, word, a, b) is (word in _TOKENS[a:b])


@pytest.mark.parametrize(("a", "b"), _BOUNDS)
@pytest.mark.parametrize("forms", [frozenset({"and"}), frozenset({"the", "'s"}), frozenset({"lo", "x"}), frozenset()])
def test_holds_form_reads_as_the_forms_of_the_slice(forms: frozenset[str], a: int, b: int) -> None:
    assert holds_form(_TOKENS, forms, a, b) is (not forms.isdisjoint(map(norm, _TOKENS[a:b])))


def test_holds_on_no_tokens() -> None:
    assert not holds([], "and", 0, 3) and not holds_form([], frozenset({"and"}), 0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue spanned with its auxiliary and adverb: built as a new attribution, no `_replace`
        (
            "Ana Ruiz has long said that the plant will close.",
            [("named", "has long said", "Ana Ruiz", "the plant will close.")],
        ),
        # a coordination read by `_mixed_coordination` and `_plural`
        (
            "Edwards and others said the plan would fail.",
            [("named", "said", "Edwards and others", "the plan would fail.")],
        ),
        # members named after "like" (`_members_named`)
        (
            "Experts like Paul Bauman warned that the levy would hurt.",
            [("named", "warned", "Experts like Paul Bauman", "the levy would hurt.")],
        ),
        # a text by its authors (`_authored`)
        (
            "A study by researchers at Yale found that rents rose.",
            [("named", "found", "A study by researchers at Yale", "rents rose.")],
        ),
        # a relative clause inside the source (`_kind_of_phrase`'s relative pronouns)
        (
            "Officials who were briefed on the talks said Monday that a deal was near.",
            [("anonymous", "said", "Officials who were briefed on the talks", "a deal was near.")],
        ),
    ],
)
def test_the_rules_on_the_typed_searches(analyzer: Analyzer, text: str, expected: list[tuple[str, ...]]) -> None:
    assert fields(analyzer, text, "kind", "cue", "source", "content") == expected


def test_a_spanned_cue_is_the_named_tuple(analyzer: Analyzer) -> None:
    """The cue widened to its auxiliary and adverb ("has long said") comes back as an `Attribution`, all else kept."""
    doc = tokenize("Ana Ruiz has long said that the plant will close.")
    matches = analyzer.matcher.match(doc).matches
    spec = analyzer.lexicons.language_spec
    [a] = find_attributions(doc, matches, analyzer.cue_direction, spec, analyzer.roles)
    assert type(a) is Attribution
    assert a == (0, "named", "said", (2, 5), (0, 2), False, (6, 11))
