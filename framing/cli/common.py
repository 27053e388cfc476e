"""What every command shares: the error boundary, lexicon options and output helpers."""
from __future__ import annotations

import contextlib
import json
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import FramingError, LexiconError

# No markup and no emoji codes: messages carry user text (file names, terms, group names), and
# "[x]" or ":x:" in them must print as written.
console = Console(highlight=False, markup=False, emoji=False)
err_console = Console(stderr=True, highlight=False, markup=False, emoji=False)

LexiconsOpt = Annotated[
    list[Path] | None,
    typer.Option("--lexicons", "-L", help="Extra lexicon folder, layered over the shipped one (repeatable)."),
]
LangOpt = Annotated[str, typer.Option("--lang", help="Language of the lexicons (a folder under lexicons/).")]


@contextlib.contextmanager
def error_boundary() -> Iterator[None]:
    """Turn user errors into one-line messages and exit code 2: never a traceback."""
    try:
        yield
    except LexiconError as exc:
        for problem in exc.problems:
            err_console.print(f"error: {problem}", markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except FramingError as exc:
        err_console.print(f"error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except Terminated:
        err_console.print("terminated", markup=False)
        raise typer.Exit(143) from None
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        raise typer.Exit(130) from None


class Terminated(KeyboardInterrupt):
    """SIGTERM, wound down like Ctrl-C (no stray workers, no partial files) but exiting 128 + 15."""


def exit_on_sigterm() -> None:
    """Make SIGTERM raise `Terminated` in the main thread."""
    signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
