"""A NUL character in a lexicon term or a query: refused or ignored, never a crash (hypothesis found '\\x00*')."""

from __future__ import annotations

from pathlib import Path

from framing.lexicon.importers import import_file
from framing.text import tokenize_words


def test_a_nul_in_a_short_text_makes_no_empty_tokens() -> None:
    assert tokenize_words("war\x00monger") == ["warmonger"]
    assert tokenize_words("\x00") == []


def test_importing_a_wildcard_of_nul_alone_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_text("\x00*\nspin doctor\n", encoding="utf-8")
    specs, problems = import_file(path)
    assert [term.text for spec in specs for term in spec.terms] == ["spin doctor"]
    assert [(p.path, p.line) for p in problems] == [(str(path), 1)]
