"""Round p48: `tokenize` gives one string per token type, so that the caches keyed by a type find their own key; the
tokens read as before (the property test in tests/test_text.py checks them against the regular expression)."""

from __future__ import annotations

from framing import text
from framing.pipeline import Analyzer
from framing.text import TYPE_KEPT, norm, tokenize


def _at(tokens: list[str], word: str) -> str:
    return next(token for token in tokens if token == word)


def test_a_plain_word_is_one_string_in_every_text() -> None:
    first = tokenize("Officials warned about the flooding on Monday.").tokens
    second = tokenize("The mayor warned residents again").tokens
    assert _at(first, "warned") is _at(second, "warned")
    assert _at(first, "the") is not _at(second, "The")  # types as written: case kept apart


def test_the_word_of_a_chunk_with_marks_is_the_plain_words_string() -> None:
    plain = tokenize("Critics protested loudly").tokens
    marked = tokenize("“Critics protested,” she wrote. Then critics protested.").tokens
    assert marked[:4] == ["“", "Critics", "protested", ","]
    assert marked[1] is _at(plain, "Critics") and marked[2] is _at(plain, "protested")
    assert marked.count("protested") == 2 and marked[-2] is marked[2]


def test_a_mark_is_one_string_in_every_chunk_that_holds_it() -> None:
    tokens = tokenize("“Wait,” he said. “Now,” she said.").tokens
    opening = [token for token in tokens if token == "“"]
    assert len(opening) == 2 and opening[0] is opening[1]


def test_a_type_longer_than_kept_is_read_but_not_kept() -> None:
    long_word = "x" * (TYPE_KEPT + 1)
    first = tokenize(f"The code {long_word} failed").tokens
    second = tokenize(f"Again {long_word} failed").tokens
    assert first[2] == second[1] == long_word
    assert first[2] is not second[1]
    assert norm(first[2]) == long_word


def test_a_chunk_split_by_subscript_gives_the_strings_tokenize_gives() -> None:
    chunk = "“Quindle,”"
    pieces = text._pieces[chunk]  # the subscripts of `_title_ends` and `_glued` reach the same function
    assert pieces == ("“", "Quindle", ",", "”")
    tokens = tokenize(f"She said {chunk} and left. Quindle waved").tokens
    assert tokens[2:6] == list(pieces) and tokens[2] is pieces[0] and tokens[3] is pieces[1]
    assert _at(tokens[6:], "Quindle") is pieces[1]


def test_a_new_type_reads_the_same_through_the_cache_and_the_matcher() -> None:
    matcher = Analyzer().matcher
    for token in ("Allegedly", "zorbly", "The"):
        through_cache = matcher._lookups[token]
        del matcher._lookups[token]
        assert matcher._type_lookup(token) == through_cache and matcher._lookups[token] == through_cache
    assert matcher._lookups["Allegedly"] is not None and matcher._lookups["zorbly"] is None
