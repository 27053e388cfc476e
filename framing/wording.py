"""How a count or a name is written in a message or a report, the same everywhere: "1 article", "1,300
articles", “Fox”. Kept free of imports, so that a message costs no report modules."""

from __future__ import annotations

import re
from typing import Any

# the bidirectional embeddings, overrides and isolates: from input (an outlet's name), a right-to-left override shows
# the rest of the line it is printed in reversed ("“X” uses none" read backwards)
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # a character class's ranges
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def counted(n: int, one: str, many: str | None = None) -> str:
    """`n` with its noun agreeing ("1 match", "2 matches" with `many`; else `one` + "s")."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def quote(name: Any) -> str:
    """A group's or a term's name as the report quotes it: “Fox”."""
    return f"“{name}”"


def interval(low: str, high: str) -> str:
    """An interval as every output writes it, its bounds already formatted: "0.75–0.99" (an en dash, no spaces;
    `lexicon audit --judged` wrote "0.75-0.99" where the report wrote "5.2–19.1")."""
    return f"{low}–{high}"


def bidi_visible(text: str) -> str:
    """`text` with each bidirectional control written as its escape (U+202E as \\u202e), shown, not obeyed."""
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
