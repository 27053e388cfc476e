"""Round p40: the matcher files each token type once, those that anchor an entry apart from those that anchor nothing.

The two tables are the matcher's memory between articles: a type in neither is new and is worked out once; the
matches found do not depend on which table answered (the second reading of a text reads the same).
"""

from __future__ import annotations

import pytest

from framing.lexicon.loader import load_lexicons
from framing.match import Matcher
from framing.text import TYPE_KEPT, tokenize


@pytest.fixture()
def matcher() -> Matcher:
    return Matcher(load_lexicons())


def _found(matcher: Matcher, text: str) -> list[tuple[str, str, int, int]]:
    doc = tokenize(text, matcher.sentence_rules)
    return [(m.signal, m.entry, m.first, m.last) for m in matcher.match(doc).matches]


def test_a_type_is_filed_once_by_whether_it_anchors(matcher: Matcher) -> None:
    text = "The zebra Might escape, and the keepers might not notice."
    first = _found(matcher, text)
    assert ("hedging", "might", 2, 3) in first
    assert {"Might", "might"} <= matcher._anchoring.keys()
    assert {"zebra", "keepers", ","} <= matcher._barren
    assert not matcher._barren & matcher._anchoring.keys()
    assert matcher._forms["Might"] == "might"
    assert "not" in matcher._negator_types
    filed = len(matcher._barren) + len(matcher._anchoring)
    assert filed == len(set(tokenize(text).tokens))
    assert _found(matcher, text) == first  # read again from the tables
    assert len(matcher._barren) + len(matcher._anchoring) == filed


def test_long_types_leave_both_tables_after_their_article(matcher: Matcher) -> None:
    barren = "Zz" * TYPE_KEPT
    anchoring = "Catastroph" + "e" * TYPE_KEPT  # a prefix entry's
    text = f"They {barren} today. It {anchoring} might rain."
    found = _found(matcher, text)
    assert [f for f in found if f[2] == 5] == [("escalation", "catastroph*", 5, 6)]
    assert ("hedging", "might", 6, 7) in found
    assert barren not in matcher._barren and anchoring not in matcher._anchoring
    assert barren not in matcher._forms and anchoring not in matcher._forms
    assert "might" in matcher._anchoring and "today" in matcher._barren
    assert _found(matcher, text) == found
