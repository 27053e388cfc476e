"""The consoles every command prints through, showing control characters from input as visible escapes.

An article, a title, an outlet or a file name can hold terminal control sequences (ESC, or the one-byte CSI of
C1); printed as they are, they set the terminal's title, cleared the screen or recoloured what followed. Rich
drops only a few controls (BEL, backspace, CR, ...), so the text of every segment is made visible here, after
rich has laid it out and before its styles become escape codes of our own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

from ..wording import BIDI_CONTROLS

# All C0 and C1 controls but tab and line feed, and the bidirectional embeddings, overrides and isolates: a
# right-to-left override in an outlet's name showed the rest of its line reversed ("“X” uses none" read backwards)
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def visible(text: str) -> str:
    """`text` with each control character written as an escape: ESC as \\x1b, a right-to-left override as
    \\u202e."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


class SafeConsole(Console):
    """A rich console that never passes a control character of the text it prints to the terminal."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            Segment(visible(s.text), s.style, s.control) if not s.control else s for s in buffer
        )


def plain_console(**options: object) -> SafeConsole:
    """A console for messages carrying user text: no markup, no emoji codes, no highlighting ("[x]" or ":x:"
    in a file name print as written)."""
    return SafeConsole(highlight=False, markup=False, emoji=False, **options)  # type: ignore[arg-type]
