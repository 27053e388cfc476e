"""How a count is written in a message or a report, the same everywhere: "1 article", "1,300 articles"."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """`n` with its noun agreeing ("1 match", "2 matches" with `many`; else `one` + "s")."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"
