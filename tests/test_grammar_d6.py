"""The shipped `[grammar]` classes name each closed class once (round d6): two keys holding the same words, or
one holding the union of two others, let the readers' copies drift apart when one list is edited."""

from __future__ import annotations

from itertools import combinations

from framing.lexicon.grammar import GRAMMAR
from framing.lexicon.schema import GRAMMAR_KEYS

# classes that spell the same words with other meanings: the clitic "'s" as a possessive ("Lo's claim") and as a
# contracted "is" ("it's reported by"), told apart by the words around it
_SAME_WORDS_APART = [["contracted_be", "possessive_marks"]]


def test_no_two_classes_hold_the_same_words() -> None:
    by_words: dict[frozenset[str], list[str]] = {}
    for key, words in GRAMMAR.items():
        by_words.setdefault(words, []).append(key)
    assert [sorted(keys) for keys in by_words.values() if len(keys) > 1] == _SAME_WORDS_APART


def test_no_class_is_the_union_of_two_others() -> None:
    unions = [
        (key, a, b)
        for key, words in GRAMMAR.items()
        for a, b in combinations(sorted(GRAMMAR.keys() - {key}), 2)
        if GRAMMAR[a] | GRAMMAR[b] == words and not GRAMMAR[a] <= GRAMMAR[b] and not GRAMMAR[b] <= GRAMMAR[a]
    ]
    assert unions == []


def test_the_merged_classes_are_gone() -> None:
    assert {"one_of_a_kind", "clause_verbs"}.isdisjoint(GRAMMAR_KEYS)
    assert GRAMMAR["indefinite"] == {"a", "an", "one", "another"}
