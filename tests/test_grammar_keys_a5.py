"""`framing lexicon check` on the `[grammar]` keys this stop added (v38, c52, k75): a key left out is one error
naming the file and the table's line, and a key written as an empty list is one error on its own line, since the
reader that compares words with it would never find one and its rule would silently go quiet (a5)."""

from __future__ import annotations

import re

import pytest

from framing.lexicon.grammar import GRAMMAR_FILE
from framing.lexicon.schema import validate_language

SHIPPED = GRAMMAR_FILE.read_text(encoding="utf-8")
NEW_KEYS = (
    "hearer_followers",
    "reflexives",
    "male_words",
    "female_words",
    "male_nouns",
    "female_nouns",
    "male_given_names",
    "female_given_names",
    "court_roles",
    "serving_bodies",
)


def _line(text: str) -> int:
    """The line of the shipped file that starts with `text`."""
    return next(n for n, line in enumerate(SHIPPED.splitlines(), start=1) if line.startswith(text))


def _written(key: str) -> str:
    """The key's whole value as the shipped file writes it, from its name to its closing bracket."""
    found = re.search(rf"^{key} = \[[^\]]*\]", SHIPPED, re.MULTILINE)
    assert found is not None
    return found.group(0)


def _problems(old: str, new: str) -> list[tuple[str, int | None, str, str]]:
    assert SHIPPED.count(old) == 1
    _, found = validate_language("lang.toml", SHIPPED.replace(old, new), grammar=True)
    return [(p.path, p.line, p.code, p.message) for p in found]


@pytest.mark.parametrize("key", NEW_KEYS)
def test_a_missing_new_grammar_key_is_one_error_on_the_tables_line(key: str) -> None:
    assert _problems(_written(key), "") == [("lang.toml", _line("[grammar]"), "E202", f'[grammar] has no key "{key}"')]


@pytest.mark.parametrize("key", NEW_KEYS)
def test_a_new_grammar_key_written_empty_is_one_error_on_its_line(key: str) -> None:
    assert _problems(_written(key), f"{key} = []") == [
        ("lang.toml", _line(f"{key} ="), "E206", f"[grammar] {key} is empty: the rule that reads it never fires")
    ]
