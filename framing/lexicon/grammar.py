"""The grammar words of the source readers, read once from the shipped language file's `[grammar]` table.

The readers (the modules of `framing.sourcing`) are written over closed classes of English
words: articles, forms of "be", subject pronouns, the telling verbs of a passive. They are data, kept in
the table beside the open-class `[sourcing]` lists; the readers take them at import as module-level
frozensets (`_BE: Final = GRAMMAR["be"]`), so a token's test stays one set lookup, with no per-call
look-up in a table. Only the shipped file of `schema.GRAMMAR_LANGUAGE` is read: a user folder's
`[grammar]` is reported and ignored, since the sets are fixed when the readers are imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from ..errors import Code, LexiconError, Problem
from .loader import LANGUAGE_FILE, shipped_dir
from .schema import GRAMMAR_LANGUAGE, validate_grammar


def read_grammar(path: Path) -> dict[str, frozenset[str]]:
    """The word classes of `path`'s `[grammar]` table by key; a `LexiconError` naming the file and each
    missing or malformed key otherwise (the readers cannot be built without them)."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError([Problem(str(path), f"cannot read the grammar words: {exc}", Code.UNREADABLE)]) from exc
    words, problems = validate_grammar(str(path), source)
    if words is None:
        raise LexiconError(problems)
    return words


GRAMMAR_FILE: Final = shipped_dir() / GRAMMAR_LANGUAGE / LANGUAGE_FILE
GRAMMAR: Final = read_grammar(GRAMMAR_FILE)
