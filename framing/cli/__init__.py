"""The `framing` command line: a thin shell over the package, one sub-module per command group.

Nothing in the package imports this module but `framing/__main__.py` (`python -m framing`).
"""

import gc
import os
import signal
import sys
import threading

from .. import __version__
from ..errors import LexiconError


def _stopped_loading(signum: int, frame: object) -> None:
    """Ctrl-C or SIGTERM while the modules load (a second or two, before any work): the process died of a
    SIGTERM with nothing said, and a Ctrl-C printed a traceback of the import it cut. One line, 130 or 143."""
    os.write(2, b"interrupted\n" if signum == signal.SIGINT else b"terminated\n")
    os._exit(128 + signum)


_LOADING = {
    sig: signal.signal(sig, _stopped_loading)
    for sig in (signal.SIGTERM, signal.SIGINT)
    # a Ctrl-C the caller ignores stays ignored; imported in another thread, no handler can be set
    if signal.getsignal(sig) is not signal.SIG_IGN and threading.current_thread() is threading.main_thread()
}

import typer  # noqa: E402  (after the handlers, which must cover its loading)

try:
    from . import compare, lexicon, model, narratives, score
    from .common import Command, Group, Terminated, _terminated
except LexiconError as broken:  # the shipped `[grammar]` words, read as the source readers are imported
    for problem in broken.problems:
        print(f"error: {problem}", file=sys.stderr)
    raise SystemExit(broken.exit_code) from None
finally:  # loaded: each command's `error_boundary` winds a stopped run down; a test importing this keeps its own
    for _sig, _handler in _LOADING.items():
        signal.signal(_sig, _handler)

app = typer.Typer(
    name="framing",
    help="Media-narrative and disinformation-framing analyser: hedging, certainty, sourcing, "
    "escalation and loaded language, with the evidence for every point of score.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    cls=Group,
)
app.command("score", cls=Command)(score.score)
app.command("compare", cls=compare.COMMAND)(compare.compare)
app.command("train", cls=model.TRAIN)(model.train)
app.command("evaluate", cls=Command)(model.evaluate)
app.command("narratives", cls=narratives.COMMAND)(narratives.narratives)
app.add_typer(lexicon.app, name="lexicon")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"framing {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Media-narrative and disinformation-framing analyser."""


def main() -> None:
    """The `framing` program (the console script; tests call `app`)."""
    # Arrow's default allocator (mimalloc) reserves 1 GB of address space at its first text column: under a
    # `ulimit -v` of 3 GB, a third of it (compare's table, round r10). The system's allocator reserves none.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:  # as each command's `error_boundary` does
        signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except KeyboardInterrupt as stopped:  # while typer reads the command line, before a command's boundary
        print("terminated" if isinstance(stopped, Terminated) else "interrupted", file=sys.stderr)
        raise SystemExit(143 if isinstance(stopped, Terminated) else 130) from None
    finally:
        # What is left when a command ends is freed by the interpreter's teardown, whose collector
        # passes walk every object (pandas, SciPy and matplotlib's modules, a comparison's tables)
        # for cycles no one will see freed: 0.4 s of CPU after compare's report was written. Frozen,
        # they are left out of those passes; the rest of a normal exit (atexit functions, flushed
        # streams, finalizers) runs as always.
        gc.freeze()
