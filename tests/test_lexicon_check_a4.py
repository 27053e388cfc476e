"""`framing lexicon check` on the grammar and sourcing keys this stop added (c50, k74): a malformed value is
one error naming the file and the key's line; a head-noun list entry that is not one word never matches (a4)."""

from __future__ import annotations

import pytest

from framing.lexicon.grammar import GRAMMAR_FILE
from framing.lexicon.schema import validate_language

SHIPPED = GRAMMAR_FILE.read_text(encoding="utf-8")


def _problems(old: str, new: str) -> list[tuple[int | None, str, str]]:
    """(line, code, message) of the shipped language file with `old` replaced by `new`, and the key's line."""
    assert SHIPPED.count(old) == 1
    _, found = validate_language("lang.toml", SHIPPED.replace(old, new), grammar=True)
    return [(p.line, p.code, p.message) for p in found]


def _line(key: str) -> int:
    return next(n for n, text in enumerate(SHIPPED.splitlines(), start=1) if text.startswith(f"{key} ="))


@pytest.mark.parametrize(
    ("key", "new"),
    [
        ("sent_messages", 'sent_messages = ["Robocall", '),
        ("addressing_verbs", "addressing_verbs = [3, "),
        ("infinitive_openers", 'infinitive_openers = ["", '),
        ("adjective_endings", 'adjective_endings = ["ING", '),
    ],
)
def test_a_new_grammar_key_of_wrong_words_is_one_error_on_its_line(key: str, new: str) -> None:
    assert _problems(f"{key} = [", new) == [(_line(key), "E203", f"[grammar] {key} must be a list of lower-case words")]


def test_a_grammar_word_with_a_space_never_matches() -> None:
    [(line, code, message)] = _problems("particle_senders = [", 'particle_senders = ["blasted out", ')
    assert (line, code) == (_line("particle_senders"), "E206")
    assert message.startswith("[grammar] particle_senders: 'blasted out' holds a space")


def test_a_recording_noun_not_a_list_is_one_error() -> None:
    old = SHIPPED[SHIPPED.index("recording_nouns = [") :].split("\n", 1)[0]
    assert _problems(old, 'recording_nouns = "footage"') == [
        (_line("recording_nouns"), "E203", "[sourcing] recording_nouns must be a list of strings")
    ]


@pytest.mark.parametrize(
    ("entry", "why"),
    [("news footage", "is not one word, and the head noun compared is one token"), ("", "is empty")],
)
def test_a_recording_noun_not_one_word_never_matches(entry: str, why: str) -> None:
    assert _problems("recording_nouns = [", f'recording_nouns = ["{entry}", ') == [
        (_line("recording_nouns"), "E206", f"[sourcing] recording_nouns: {entry!r} {why}: it can never match")
    ]


def test_an_adjective_ending_of_other_than_letters_never_matches() -> None:
    assert _problems("adjective_endings = [", 'adjective_endings = ["-ing", ') == [
        (_line("adjective_endings"), "E206", "[grammar] adjective_endings must be endings of letters")
    ]
