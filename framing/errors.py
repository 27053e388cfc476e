"""Error types the CLI turns into one-line messages and exit code 2.

Every error a user can cause (a missing file, a broken lexicon, a foreign model file) is a
`FramingError`; anything else escaping the package is a bug and is allowed to show a traceback.
`Code` is the catalogue of the problem codes lexicon files can draw; lexicons/README.md lists the
same table (tests/test_errors.py holds them to each other).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    """A problem code as `framing lexicon check` prints it (E: stops scoring; W: a warning)."""

    NO_FOLDER = "E100"
    TOML_SYNTAX = "E101"
    UNREADABLE = "E102"
    UNKNOWN_KEY = "E201"
    MISSING_KEY = "E202"
    WRONG_TYPE = "E203"
    NO_TERMS = "E204"
    BAD_WILDCARD = "E205"
    NEVER_MATCHES = "E206"
    TWICE = "E207"
    SHARED_TERM = "W208"
    SHADOWED = "W209"
    BAD_RULE = "E210"
    SCHEMA_VERSION = "E211"
    BAD_CHOICE = "E212"
    BAD_REMOVE = "E213"
    REMOVE_MISSING = "W214"
    EXAMPLE_FAILS = "E215"
    NO_EXAMPLES = "W216"
    GRAMMAR_NOT_READ = "W217"


# What each code means, as the lexicon README's table says it.
MEANING = {
    Code.NO_FOLDER: "a lexicon folder that does not exist, is not a folder, or holds no lexicon file",
    Code.TOML_SYNTAX: "TOML syntax error (a key written twice is one; so are an integer over 4,300 digits and "
    "brackets nested too deeply)",
    Code.UNREADABLE: "a file that cannot be read (unreadable, a dangling link, or not a regular file: a folder, "
    "FIFO or device named like a lexicon file, never opened), is over 10 MB (refused unread), or is not UTF-8",
    Code.UNKNOWN_KEY: 'an unknown key (with a "did you mean")',
    Code.MISSING_KEY: "a missing required key (label, description, a `[grammar]` word class)",
    Code.WRONG_TYPE: "a value of the wrong type (a weight that is not a number, or not finite: `nan`, `inf`, `1e999`)",
    Code.NO_TERMS: "a signal with no terms and no rules",
    Code.BAD_WILDCARD: "a malformed wildcard (`esc*late`, a lone `*` at either end)",
    Code.NEVER_MATCHES: "a term that can never match (no words the tokenizer keeps; a `[sourcing]` line label or dateline place "
    "no line's words before a colon can equal; a head-noun list entry of more or less than one word; a `[grammar]` word "
    "holding a space, a `[grammar]` class with no words or an `adjective_endings` entry of other than letters)",
    Code.TWICE: "a term listed twice in one signal (also case variants under smart/lower case), a bad file name, "
    "a .dic category number given twice, a `[grammar]` word listed under both sexes",
    Code.SHARED_TERM: "the same term in two signals (silence it with `overlaps`)",
    Code.SHADOWED: "a term already matched by a wildcard term of the same signal",
    Code.BAD_RULE: "a broken context or proximity rule (also a context rule naming a term the file lacks)",
    Code.SCHEMA_VERSION: "an unsupported `schema` version",
    Code.BAD_CHOICE: "a value outside its choices (case, source, mode, role)",
    Code.BAD_REMOVE: '`[remove]` or `mode = "extend"` used where they cannot work',
    Code.REMOVE_MISSING: "`[remove]` names a term the signal does not have",
    Code.EXAMPLE_FAILS: "an example that does not behave as the file says",
    Code.NO_EXAMPLES: "a signal without examples",
    Code.GRAMMAR_NOT_READ: "a `[grammar]` table in a language file other than the shipped English one, which is "
    "not read",
}


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
