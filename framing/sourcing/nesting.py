"""Whose quotation runs on past a sentence that nests one report in another (c44): "According to the council,
Ruiz also said: “…”" reports Ruiz's words, so a quotation standing alone after it is hers, not the council's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .contents import Attribution

_OPENING_MARKS: Final = frozenset(["“", '"', "``", "‘", "«", "„"])


def innermost_to_end(tokens: Sequence[str], attributions: list[Attribution], end: int) -> Attribution | None:
    """Of the attributions whose content reaches the sentence's `end`, the innermost: one that quotes (its content
    opens with a quotation mark, or its cue ends with a colon) and whose source stands inside the content of the one
    chosen so far replaces it, the speaker reported, not the one who reports her. A source inside a clause that is
    not quoted ("According to Lo, the man who alleged it …") stays the reporter's. None when no content reaches
    the end."""
    chosen: Attribution | None = None
    for a in attributions:
        (c0, c1), (s0, _), cue_end = a.content_tokens, a.source_tokens, a.cue_tokens[1]
        if c1 < end - 1:
            continue
        if chosen is None:
            chosen = a
        elif (
            chosen.content_tokens[0] <= s0 < chosen.content_tokens[1]
            and c0 < c1
            and (tokens[c0] in _OPENING_MARKS or cue_end > 0 and tokens[cue_end - 1] == ":")
        ):
            chosen = a
    return chosen
