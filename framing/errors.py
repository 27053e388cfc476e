"""Error types the CLI turns into one-line messages and exit code 2.

Every error a user can cause (a missing file, a broken lexicon, a foreign model file) is a
`FramingError`; anything else escaping the package is a bug and is allowed to show a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One located finding, printed as ``path:line:col: CODE message`` (compiler style)."""

    path: str
    message: str
    code: str = "E000"
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    severity: str = "error"  # "error" or "warning"

    def location(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location()}: {self.code} {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class FramingError(Exception):
    """An error caused by the user's input; the CLI prints it on one line and exits 2."""

    exit_code = 2


class InputError(FramingError):
    """An article or corpus file that cannot be read."""


class LexiconError(FramingError):
    """One or more lexicon files are broken; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class ModelError(FramingError):
    """A model file that is missing, tampered with, truncated or not ours."""


class RunError(FramingError):
    """A run that could not finish for a reason outside the input (exit code 3)."""

    exit_code = 3
