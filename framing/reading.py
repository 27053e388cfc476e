"""How a text is read before it is tokenized: site furniture left out, line ends that end sentences.

Both keep every character where it was, so evidence offsets point into the text the user gave:
a boilerplate line is blanked (its characters become spaces), never cut out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

BOILERPLATE_MAX_WORDS = 40  # a longer line is article text even when it opens like furniture
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")
_MIN_LINES = 3


@lru_cache(maxsize=8)
def _opening(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for a line end followed by a line that opens with one of `phrases` (longest first,
    whole words, case ignored) after any bullets, dashes or quotes: searched in the whole text, it
    is tried only at line ends (its literal first character), not at every line in Python. A class of
    the phrases' first characters goes before them: a line that opens with none of those (most lines)
    is turned down in one test, where the engine would try each phrase in turn (about half of the
    function's time on news). The phrases are grouped by their first character ("t(?:his site uses
    cookies|ake our poll)"), so a line that passes the test tries only the phrases it may open with
    (a quarter fewer instructions over news, round p28)."""
    if not phrases:
        return None
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        groups.setdefault(phrase[:1], []).append(re.escape(phrase[1:]))
    alternatives = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    firsts = "".join(sorted({re.escape(p[0]) for p in phrases})) if all(phrases) else ""
    lead = f"(?=[{firsts}])" if firsts else ""  # an empty phrase opens every line: no first character to ask for
    return re.compile(rf"\n(?:[^\w\n]|_)*+(?i:{lead}(?:{alternatives}))(?!\w)")


def blank_boilerplate(text: str, phrases: Iterable[str]) -> str:
    """`text` with each short line that opens with one of `phrases` replaced by spaces (same length)."""
    # the language's frozenset as it is: compiled, `frozenset()` copies even a frozenset, and the cache then
    # compared the copy with its key phrase by phrase (p43)
    pattern = _opening(phrases if isinstance(phrases, frozenset) else frozenset(phrases))
    if pattern is None:
        return text
    pieces: list[str] = []
    done = 0
    for found in pattern.finditer("\n" + text):  # the line end before the first line
        start = found.start()  # where the line starts in `text`
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if len(text[start:end].split()) <= BOILERPLATE_MAX_WORDS:
            pieces += [text[done:start], " " * (end - start)]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def one_sentence_per_line(text: str) -> bool:
    """Is `text` written one sentence (or one paragraph) per line, so that a line end ends a sentence?

    Yes when it has no blank line between paragraphs, at least three lines, and at least three in
    four lines end like a sentence (. ! ? … or a colon, before any closing quote or bracket). Text
    hard-wrapped at a fixed width fails the last test: few of its lines end a sentence.
    """
    text = text.strip()
    # two line ends in a row: a blank line, found without splitting the text (news has one after its first line)
    if "\n\n" in text:
        return False
    lines = text.split("\n")
    if len(lines) < _MIN_LINES or any(not line.strip() for line in lines):
        return False
    ends = sum(1 for line in lines if _SENTENCE_END.search(line))
    return ends * 4 >= len(lines) * 3
