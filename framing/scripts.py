"""What every `python -m framing....` script shares: an argument parser whose usage errors are one
line, as the command line's are (`error: PROG: MESSAGE (PROG --help)`, exit code 2), not argparse's
usage block; and the figure scripts' printing of their figures as a table or one JSON document."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from collections.abc import Callable
from typing import NoReturn, TypeVar

from .errors import FramingError
from .wording import nearest

SEED_MAX = 2**32 - 1  # every --seed's range, NumPy's: -1 stopped train, compare and the evaluations with a traceback
T = TypeVar("T")

# argparse's refusal of a value outside an argument's choices: "invalid choice: 'rule' (choose from 'rules', 'trained')"
_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<value>[^']*)' \(choose from (?P<choices>.*)\)$")


class ScriptParser(argparse.ArgumentParser):
    """argparse, with a usage error (an unknown argument, a bad value) in one line, a misspelled choice answered with
    the nearest one as the commands answer it."""

    def error(self, message: str) -> NoReturn:
        if choice := _INVALID_CHOICE.search(message):
            message += nearest(choice["value"], [c.strip("'") for c in choice["choices"].split(", ")])
        self.exit(2, f"error: {self.prog}: {message} ({self.prog} --help)\n")


def script_parser(module: str, description: str) -> ScriptParser:
    """The parser of `python -m MODULE` (pass `__spec__.name`: under -m, `__name__` is "__main__")."""
    return ScriptParser(prog=f"python -m {module}", description=description)


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def seed_number(text: str) -> int:
    """A `--seed` value, refused outside NumPy's range as the commands refuse it."""
    value = _whole_number(text)
    if not 0 <= value <= SEED_MAX:
        raise argparse.ArgumentTypeError(f"{value} is outside 0 to {SEED_MAX}")
    return value


def fold_count(text: str) -> int:
    """A `--folds` value: cross-validation deals the rows into two folds at least."""
    value = _whole_number(text)
    if value < 2:
        raise argparse.ArgumentTypeError(f"cross-validation takes at least 2 folds, not {value}")
    return value


def data_folder(text: str) -> Path:
    """The value of a figure script's data option: the folder of the research data sets. An absent one is
    skipped by each script (exit 0, so a checkout without them runs its `make` targets); a file in its place
    is a usage error, not an absence, and so is an empty value (Path("") is the current folder, read in silence)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; give the folder of the data sets")
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a file, not the folder of the data sets")
    return path


def refused(error: FramingError | OSError) -> int:
    """A file or value framing refuses (a lexicon, a model, a --folds the data cannot fill), or a data set's file
    missing from its folder (a copy cut short): one line, exit 2."""
    if isinstance(error, OSError) and error.filename is not None:
        print(f"error: {error.filename}: {error.strerror}", file=sys.stderr)
    else:
        print(f"error: {error}", file=sys.stderr)
    return 2


def refusing(run: Callable[[], int]) -> int:
    """`run` (a script's work after its options), with what framing refuses said in one line, exit 2 (`refused`):
    a lexicon or model that cannot be read, a data set's file missing or damaged."""
    try:
        return run()
    except (FramingError, OSError) as exc:
        return refused(exc)


def print_figures(figures: Callable[[], T], as_json: bool, table: Callable[[T], None]) -> int:
    """Compute `figures` and print them as one JSON document or with `table`; the exit code, 2 for what framing
    refuses (`refusing`)."""

    def run() -> int:
        results = figures()
        if as_json:
            print(json.dumps(results, indent=2))
        else:
            table(results)
        return 0

    return refusing(run)
