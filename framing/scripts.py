"""What every `python -m framing....` script shares: an argument parser whose usage errors are one
line, as the command line's are (`error: PROG: MESSAGE (PROG --help)`, exit code 2), not argparse's
usage block; and the figure scripts' printing of their figures as a table or one JSON document."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import NoReturn, TypeVar

from .errors import FramingError
from .wording import nearest

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


def print_figures(figures: Callable[[], T], as_json: bool, table: Callable[[T], None]) -> int:
    """Compute `figures` and print them as one JSON document or with `table`; the exit code. A file framing
    refuses (a FramingError: a lexicon or model that cannot be read) is one line on stderr and exit code 2."""
    try:
        results = figures()
    except FramingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(results, indent=2))
    else:
        table(results)
    return 0
