"""How a count or a name is written in a message or a report, the same everywhere: "1 article", "1,300
articles", “Fox”, "did you mean 'hedging'?". Kept free of the package's imports, so that a message costs no
report modules."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

# the bidirectional embeddings, overrides and isolates: from input (an outlet's name), a right-to-left override shows
# the rest of the line it is printed in reversed ("“X” uses none" read backwards)
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # a character class's ranges
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# Characters that print as nothing (zero-width spaces and joiners, the word joiner and invisible operators, the
# byte-order mark, a soft hyphen) or only steer the direction of the text (bidirectional marks, embeddings,
# overrides, isolates): in an outlet's name, "Post" and "Post" + U+200B were two groups that looked the same
# (round d11). Dropped from group names only: U+200C and U+200D are needed in Hindi and Persian text.
INVISIBLE = f"[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff{BIDI_CONTROLS}]"
_INVISIBLE = re.compile(INVISIBLE)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]#|"} | {">": "&gt;", "&": "&amp;", "\n": " ", "\r": " "})
# A "<" opens raw HTML or an autolink in Markdown only before a letter, "/", "!" or "?"; there it is written
# "&lt;". Elsewhere ("p < 0.001") it stays as the tables write it.
_MD_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")


def markdown_text(text: Any) -> str:
    """Text from input as Markdown shows it, nothing in it read as markup, a table cell or a new line (compare's
    report.md, a model card)."""
    return _MD_TAG_OPEN.sub("&lt;", str(text).translate(_MD_SPECIAL))


def markdown_code(text: Any) -> str:
    """Text from input as a Markdown code span that no backtick in it ends and no line break in it splits (a line
    "# X" after one was a heading); outside a table, where a "|" also needs `markdown_text`."""
    flat = str(text).replace("\r", " ").replace("\n", " ")
    fence = "`" * (max(map(len, re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def counted(n: int, one: str, many: str | None = None) -> str:
    """`n` with its noun agreeing ("1 match", "2 matches" with `many`; else `one` + "s")."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def quote(name: Any) -> str:
    """A group's or a term's name as the report quotes it: “Fox”."""
    return f"“{name}”"


def nearest(name: str, known: Iterable[str]) -> str:
    """The hint "; did you mean 'hedging'?" when one of the `known` names is close to the misspelled `name`, else "":
    every refusal of an unknown name (a signal, a column, a language, an option's value, a narrative label) adds it, so
    that a typo is answered with its fix rather than a list to search (u39)."""
    close = difflib.get_close_matches(name, [str(k) for k in known], n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def clipped(text: str, limit: int = 60, escaped: bool = False) -> str:
    """`text` in double quotes in a one-line message: cut after `limit` characters with an ellipsis, its length
    said, when it is longer (an E205 quoted a malformed term of 4,000 characters whole). `escaped`: written as
    Python writes a string, so that a control character in it is shown, not acted on."""
    cut = text if len(text) <= limit else text[:limit] + "…"
    shown = repr(cut) if escaped else f'"{cut}"'
    return shown if len(text) <= limit else f"{shown} ({len(text):,} characters)"


def interval(low: str, high: str) -> str:
    """An interval as every output writes it, its bounds already formatted: "0.75–0.99" (an en dash, no spaces;
    `lexicon audit --judged` wrote "0.75-0.99" where the report wrote "5.2–19.1")."""
    return f"{low}–{high}"


def bidi_visible(text: str) -> str:
    """`text` with each bidirectional control written as its escape (U+202E as \\u202e), shown, not obeyed."""
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def group_name(name: str) -> str:
    """An outlet's (a group's) name as it is grouped and shown: its invisible characters (`INVISIBLE`) dropped,
    composed (NFC: "é" typed as "e" and an accent is "é") and stripped, so that names that look the same are one
    group."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", name)).strip()
