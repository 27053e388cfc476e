"""Runs of word characters in a lower-cased text, found by `bytes.translate` and `bytes.split`.

What `re.findall(char + "+", text.lower())` finds, as UTF-8 byte strings, for a one-character class
`char` (r"\\w", r"[^\\W\\d_]"). Narrative detection reads every article's words twice (the language's
stop words, the model's vocabulary), and a regex that makes a string object per word cost about half
of detection. Here the ASCII bytes are classified by one translate table (non-matching
ones become spaces, letters lower-cased), and each non-ASCII character the text holds is classified
once by the class itself: a non-matching one is replaced by a space, a matching one left inside its
word. The runs are then the text's whitespace-separated parts.
"""

from __future__ import annotations

import re

_ASCII = bytes(range(128))
_CACHE_LIMIT = 100_000  # non-ASCII characters classified per class (a text could bring new ones forever)


class ByteWords:
    """`words(text)`: the runs of `char` in `text.lower()` as UTF-8 bytes, and the text's non-ASCII
    characters that match `char` (a one-character run of them is one character, several bytes long).
    A lone surrogate, which UTF-8 cannot encode, becomes "?": neither is a word character."""

    def __init__(self, char: str) -> None:
        self._match = re.compile(char).fullmatch
        self._table = bytes((ord(chr(b).lower()) if self._match(chr(b)) else 32) if b < 128 else b for b in range(256))
        self._matches: dict[str, bool] = {}

    def __call__(self, text: str) -> tuple[list[bytes], list[str]]:
        data = text.encode("utf-8", "replace")
        kept: list[str] = []
        if not text.isascii():
            rare = data.translate(None, _ASCII).decode()
            if rare.lower() != rare:  # a non-ASCII letter changes case (lower-casing can make ASCII letters too)
                data = text.lower().encode("utf-8", "replace")
                rare = data.translate(None, _ASCII).decode()
            for c in set(rare):
                if self._matching(c):
                    kept.append(c)
                else:
                    data = data.replace(c.encode(), b" ")  # UTF-8: no other character holds its bytes
        return data.translate(self._table).split(), kept

    def _matching(self, c: str) -> bool:
        found = self._matches.get(c)
        if found is None:
            if len(self._matches) > _CACHE_LIMIT:
                self._matches.clear()
            found = self._matches[c] = self._match(c) is not None
        return found
