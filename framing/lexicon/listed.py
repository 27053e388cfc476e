"""Where a word is written in the lexicon files' word lists, and what the comment beside the list says it does.

`framing lexicon where WORD` names the signal entries a word matches; most of what decides a source's kind is
no entry but a list of `_language.toml` ("mother" is in `kin_nouns`, so "The victim's mother said" is
anonymous) or a list of a sourcing signal's file (a context rule's `before`). The lists are read here from the
file's text, line by line, so each word keeps the line it is written on and each list the comment written
above it: the comment is the list's description, kept in one place, the file an analyst edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .loader import LANGUAGE_FILE, LexiconSet
from .schema import _HEADER_LINE, _KEY_LINE, _QUOTED, GRAMMAR_LANGUAGE, _key_text

# the tables of a signal file whose lists decide what matches; `signal`, `examples`, `remove`, `match` do not
SIGNAL_LIST_TABLES = frozenset({"terms", "exceptions", "context", "proximity"})
_PIECES = re.compile(r""""(?:[^"\\]|\\.)*"|'[^']*'|#.*""")  # a string or the comment that ends a line


@dataclass(frozen=True)
class Listed:
    """One list entry holding the word: where it is written, the list's table and key, what the list does."""

    file: str
    line: int
    table: str  # "sourcing", "grammar", "context", "terms", …
    key: str  # "kin_nouns", "before"; for `[terms]`, "" (each key of the table is an entry)
    entry: str  # as written: "mother", "mother jones"
    description: str  # the first sentence of the comment above the list ("" when it has none)


def _words(text: str) -> list[str]:
    """An entry's or a query's words as compared: lower case, one apostrophe, split at spaces."""
    return text.lower().replace("’", "'").split()


def _holds(entry: str, query: list[str]) -> bool:
    """Does `entry` hold the query's words, in a row ("mother jones" holds "mother" and "mother jones")?"""
    words, n = _words(entry), len(query)
    return n > 0 and any(words[k : k + n] == query for k in range(len(words) - n + 1))


def first_sentence(comment: list[str]) -> str:
    """The first sentence of a comment block, as one line: up to the first ". " outside quotes and brackets
    (a heading's "# ---" left out).

    Why: a list's comment may run to a paragraph (its rounds, its counter-examples); a one-line answer keeps
    what the list does and leaves the rest to the file, on the line given."""
    text = " ".join(line.lstrip("#").strip().lstrip("-").strip() for line in comment).strip()
    depth, quoted = 0, False
    for at, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "([" and not quoted:
            depth += 1
        elif char in ")]" and not quoted:
            depth = max(0, depth - 1)
        elif char == "." and not quoted and depth == 0 and text[at + 1 : at + 2] in (" ", ""):
            return text[: at + 1]
    return text


def listed_in(
    path: Path, term: str, tables: frozenset[str] | None = None, skip: frozenset[str] = frozenset()
) -> list[Listed]:
    """Every entry of a word list in the TOML file `path` that holds `term`'s words, in file order.

    `tables`: only these tables (None: all); `skip`: never these. A list's description is the comment block
    last written above it in its table, outside any list (two keys written under one comment share it,
    as `question_auxiliaries` and `question_subjects` do); a comment inside a list groups its words and is
    no description."""
    query = _words(term)
    found: list[Listed] = []
    table, key, depth, long_string = "", "", 0, False
    block: list[str] = []  # the comment lines right above the current line
    described: list[str] = []  # the comment of the list being read
    last: list[str] = []  # the last comment block outside lists in this table
    heading: list[str] = []  # the last "# --- …" heading of a group of `[terms]`
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if long_string:  # a multi-line string ('description = """'): no list in it
            long_string = line.count('"""') % 2 == 0
            continue
        stripped = line.strip()
        if depth == 0:
            if stripped.startswith("#"):
                block.append(stripped)
                continue
            header = _HEADER_LINE.match(line)
            if header:  # the comment right above a header describes its table ("[[context]]"); none, nothing
                table, key, last, heading, block = header.group(1).split(".")[0].strip(), "", block, [], []
                continue
            if block:
                last, block = block, []
                heading = last if last[0].startswith("# ---") else heading
            name = _KEY_LINE.match(line)
            if name is None:
                continue
            key, described = _key_text(name), last
            if line.count('"""') % 2 == 1:
                long_string = True
                continue
            if table == "terms":  # each key is an entry, under a heading of its group (a note above one is not)
                if (tables is None or table in tables) and table not in skip and _holds(key, query):
                    found.append(Listed(str(path), number, table, "", key, first_sentence(heading or described)))
                continue
            line = line[name.end() :]
        wanted = (tables is None or table in tables) and table not in skip
        for piece in _PIECES.finditer(line):
            text = piece.group()
            if text.startswith("#"):
                break
            string = _QUOTED.fullmatch(text)
            if wanted and string and _holds(_key_text(string), query):
                found.append(Listed(str(path), number, table, key, _key_text(string), first_sentence(described)))
        code = _PIECES.sub("", line)
        depth = max(0, depth + code.count("[") + code.count("{") - code.count("]") - code.count("}"))
    return found


def lists_holding(lx: LexiconSet, term: str) -> list[Listed]:
    """The list entries holding `term` in the files `lx` was read from: every layer's `_language.toml` (the
    `[grammar]` table of the shipped English file only, the one the code reads) and the files of each signal the
    sourcing analysis reads by its role."""
    shipped = next((str(layer.path / LANGUAGE_FILE) for layer in lx.layers if layer.origin == "shipped"), None)
    found = []
    for file, _ in lx.files:
        if Path(file).name == LANGUAGE_FILE:
            read = file == shipped and lx.language == GRAMMAR_LANGUAGE
            found += listed_in(Path(file), term, skip=frozenset() if read else frozenset({"grammar"}))
    for spec in lx.signals.values():
        for file in spec.origins if spec.role else ():
            if file.endswith(".toml"):  # an imported .dic or .txt holds terms alone, and no comment
                found += listed_in(Path(file), term, SIGNAL_LIST_TABLES)
    return found
