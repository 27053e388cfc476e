"""What every command shares: the error boundary, the option vocabulary, help layout and output helpers."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import signal
import sys
import threading
import typing
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from ..errors import FramingError, LexiconError
from ..lexicon.loader import language_code as _code
from ..outputs import source_date
from ..report_options import Unit
from .option_values import choice_hint, convert_plainly, refuse_missing_value, refuse_several_inputs
from .terminal import plain_console

if TYPE_CHECKING:
    from typer import _click as click

# No markup and no emoji codes: messages carry user text (file names, terms, group names), and
# "[x]" or ":x:" in them must print as written.
console = plain_console()
err_console = plain_console(stderr=True)

LexiconsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicons", "-L", metavar="DIR", help="Extra lexicon folder, layered over the shipped one (repeatable)."
    ),
]
MaxSecondsOpt = Annotated[
    float,
    typer.Option(
        "--max-seconds",
        min=0,
        help="Stop reading an article that takes longer, a saved page's extraction included (in a corpus, that "
        "record fails and the run goes on; 0 or inf: no limit; not on a Dask cluster).",
    ),
]


def language_code(value: str | None) -> str | None:
    """`--lang` in any case, as the lower-case code the shipped folders and the narrative model are named by
    (`--lang EN` is `--lang en`), in every command that takes it: the library's own normalising."""
    return _code(value) if value is not None else None


LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="LANG",
        callback=language_code,
        help="Language of the texts; picks the lexicons of that language (a code such as en, in any case).",
    ),
]


@contextlib.contextmanager
def error_boundary(writes: bool = False) -> Iterator[None]:
    """Turn user errors into one-line messages and exit code 2: never a traceback. A command that `writes` output
    files says, when stopped (or out of memory, exit 3), that it wrote none (outputs are put in place at the end)."""
    try:
        source_date()  # a malformed SOURCE_DATE_EPOCH stops SciPy's import with a traceback: refuse it first
        if threading.current_thread() is threading.main_thread():  # only it may; every command, as score did
            signal.signal(signal.SIGTERM, _terminated)  # compare died of SIGTERM, leaving its partial folder
        yield
    except LexiconError as exc:
        for problem in exc.problems:
            err_console.print(f"error: {problem}", markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except FramingError as exc:
        err_console.print(f"error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:  # a path the system refuses before it is opened (a name too long, a loop of links)
        if exc.filename is None:
            raise
        err_console.print(f"error: {exc.filename}: {exc.strerror}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except (KeyboardInterrupt, MemoryError) as exc:  # Ctrl-C, SIGTERM, or an input past what the machine holds
        said, code = ("error: out of memory", 3) if isinstance(exc, MemoryError) else ("interrupted", 130)
        said, code = ("terminated", 143) if isinstance(exc, Terminated) else (said, code)
        err_console.print(said + NOTHING_WRITTEN * writes, markup=False)
        raise typer.Exit(code) from None


NOTHING_WRITTEN = "; no output written"


class Terminated(KeyboardInterrupt):
    """SIGTERM, wound down like Ctrl-C (no stray workers, no partial files) but exiting 128 + 15."""


def _terminated(signum: int, frame: object) -> None:
    """One is enough: a second SIGTERM or a Ctrl-C (a scheduler's again) cut the wind-down short, exit 1."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Terminated


def run_line(counts: dict[str, int]) -> str:
    """The closing line of a corpus run, alike for score and narratives: "read N · scored N · ..."."""
    return " · ".join(f"{what} {n:,}" for what, n in counts.items())


def print_reasons(reasons: dict[str, int], errors: Path) -> None:
    """Under the closing line of a run with failed or flagged records: the five commonest reasons, and
    where every such record is listed."""
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])[:5]:
        err_console.print(f"  {count:,} × {reason}", markup=False, soft_wrap=True)
    err_console.print(f"every failed and flagged record is listed in {errors}", markup=False, soft_wrap=True)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# ---- One vocabulary for every command (README, "Command-line conventions") ----
# -o/--output FILE: the file a command writes; -o/--out-dir DIR: the folder a command writes.
# Reading a corpus: --text-col, --id-col, --outlet-col, --date-col, --title-col and --jobs, as below.

CORPUS_PANEL = "Corpus (folder, .csv, .tsv, .jsonl, .parquet)"


def output_option(help: str, **kwargs: Any) -> Any:
    """`-o/--output FILE`: the file this command writes."""
    return typer.Option("--output", "-o", metavar="FILE", help=help, **kwargs)


def out_dir_option(help: str, **kwargs: Any) -> Any:
    """`-o/--out-dir DIR`: the folder this command writes."""
    return typer.Option("--out-dir", "-o", metavar="DIR", help=help, **kwargs)


def errors_option(default: str) -> Any:
    """`--errors FILE`: where a corpus run lists its failed and flagged records."""
    return typer.Option(
        "--errors",
        metavar="FILE",
        rich_help_panel=CORPUS_PANEL,
        show_default=False,
        help=f"Records that failed or were flagged, one row each (default: {default}).",
    )


def _column(role: str) -> Any:
    return typer.Option(
        f"--{role}-col",
        metavar="COLUMN",
        rich_help_panel=CORPUS_PANEL,
        show_default=False,
        help=f"Column (or JSON field) holding the {role} (default: detected from common names).",
    )


TextColOpt = Annotated[str | None, _column("text")]
IdColOpt = Annotated[str | None, _column("id")]
OutletColOpt = Annotated[str | None, _column("outlet")]
DateColOpt = Annotated[str | None, _column("date")]
TitleColOpt = Annotated[str | None, _column("title")]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        rich_help_panel=CORPUS_PANEL,
        show_default=False,
        help="Worker processes (default: all cores).",
    ),
]

_UNIT_HELP = "What one record of the corpus is, as the outputs name it: a CSV of single sentences (BABE's) is counted as sentences, not articles."
UnitOpt = Annotated[Unit, typer.Option("--unit", help=_UNIT_HELP)]


class Sourcing(str, Enum):
    rules = "rules"
    trained = "trained"
    hybrid = "hybrid"


SourcingOpt = Annotated[
    Sourcing | None,
    typer.Option(
        "--sourcing",
        show_default=False,
        help="How attributions are found: rules (lexicon cues and constructions; fast), trained (plus the labeller's "
        "cues; slower) or hybrid (plus its cues outside the rules' attributions). Default: $FRAMING_SOURCING, else rules.",
    ),
]


def sourcing_value(sourcing: Sourcing | None) -> str | None:
    return sourcing.value if sourcing is not None else None


# Labelled tables (train, evaluate, lexicon audit) name their two columns; no detection.
LabelledTextColOpt = Annotated[
    str, typer.Option("--text-col", metavar="COLUMN", help="Column holding the text of each labelled example.")
]
LabelColOpt = Annotated[
    str, typer.Option("--label-col", metavar="COLUMN", help="Column holding the label of each labelled example.")
]


class TableOrJson(str, Enum):
    table = "table"
    json = "json"


FormatOpt = Annotated[TableOrJson, typer.Option("--format", "-f", help="Output format.")]


def corpus_columns(
    text: str | None, id: str | None, outlet: str | None, date: str | None, title: str | None
) -> dict[str, str | None]:
    """The column options as the role -> column mapping the corpus readers take."""
    return {"text": text, "id": id, "outlet": outlet, "date": date, "title": title}


# ---- Help text in the usual shape, whatever the installed Typer draws by default ----
# Typer 0.29 labels every parameter with its Python type ("<bool>" after a flag, "<list[Path]>")
# and writes required arguments as "{input}" in the usage line. These classes give flags no
# label, values an upper-case metavar (FILE, N, TEXT, table|json) and arguments their upper-case
# name; and they let a renamed option keep working, hidden, under its old name.


class _Argument(TyperArgument):
    def display_type_rich(self, ctx: click.Context) -> str | None:
        return None  # the argument's name (its metavar) already says what it is


def _metavar(param: click.Parameter) -> str:
    """An upper-case metavar from the parameter's type (Typer's type descriptor)."""
    desc = getattr(param, "type_descriptor", None)
    if desc is None:
        return param.name.upper() if param.name else "VALUE"
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices)
    annotation = desc.annotation
    if desc.is_list:
        annotation = typing.get_args(annotation)[0]
    if desc.is_datetime:
        return "YYYY-MM-DD"
    if desc.is_path or annotation is Path:
        return "PATH"
    return {int: "N", float: "NUMBER"}.get(annotation, "TEXT")


def tidy_params(command: click.Command) -> None:
    """Give each parameter of `command` the metavar its help shows (none for a flag), and its values'
    conversion without pydantic where that is the same (`option_values.PlainValues`)."""
    for param in command.params:
        convert_plainly(param)
        if isinstance(param, TyperArgument):
            param.__class__ = _Argument  # Typer makes its parameters itself: the class is ours to swap only here
            param.metavar = param.metavar or (param.name or "value").upper()
        elif getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is None:
            param.metavar = _metavar(param)


def _usage_pieces(command: click.Command, ctx: click.Context) -> list[str]:
    """`[OPTIONS] INPUT [FOLDERS]...`: required arguments bare, optional ones in brackets."""
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if isinstance(param, TyperArgument):
            name = param.metavar or (param.name or "").upper()
            pieces.append((name if param.required else f"[{name}]") + ("..." if param.nargs != 1 else ""))
    return pieces


def _flag_help(option: click.Parameter | None) -> Any:
    if option is not None:
        option.metavar = ""
        convert_plainly(option)
    return option


class Command(TyperCommand):
    """A command whose help follows the conventions above; `renamed` maps old option names, still
    accepted with a warning and never shown, to the new ones."""

    renamed: ClassVar[dict[str, str]] = {}
    refused: ClassVar[dict[str, str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tidy_params(self)
        if self.help:  # rich help keeps a docstring's line breaks: "...; or a" stood alone in `framing --help`
            self.help = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)", " ", self.help)

    @classmethod
    def renaming(cls, **renamed: str) -> type[Command]:
        """This class, still accepting old option names: `renaming(out="--out-dir")` takes the option's
        old name (out) for --out-dir."""
        old_names = {f"--{old.replace('_', '-')}": new for old, new in renamed.items()}
        return type("Command", (cls,), {"renamed": old_names})

    @classmethod
    def refusing(cls, refused: dict[str, str]) -> type[Command]:
        """This class, refusing old option names whose meaning changed: `refusing({"--model": why})` stops
        `--model` with "--model " + `why`, so an old script fails at once instead of meaning another thing."""
        return type("Command", (cls,), {"refused": refused})

    def get_help_option(self, ctx: click.Context) -> Any:
        return _flag_help(super().get_help_option(ctx))

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage_pieces(self, ctx)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from typer import _click

        for arg in itertools.takewhile(lambda a: a != "--", args):
            name = arg.partition("=")[0]
            if name in self.refused:
                raise _click.exceptions.UsageError(f"{name} {self.refused[name]}", ctx=ctx)
        refuse_missing_value(ctx, args := _rename(args, self.renamed))
        refuse_several_inputs(ctx, args)
        return super().parse_args(ctx, args)


class Group(TyperGroup):
    """A command group whose help follows the conventions above, and whose usage errors (an unknown
    option or command, a bad or missing value) are one line on stderr, exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tidy_params(self)

    def get_help_option(self, ctx: click.Context) -> Any:
        return _flag_help(super().get_help_option(ctx))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Typer's main, but a usage error prints `usage_line` instead of the usage and a boxed panel.
        Run not standalone, Typer returns a command's `typer.Exit` code instead of exiting with it."""
        from typer import _click

        def run() -> Any:
            return super(Group, self).main(args, prog_name, complete_var, False, windows_expand_args, **extra)

        if not standalone_mode:
            return run()
        try:
            code = run()
        except _click.exceptions.NoArgsIsHelpError as exc:  # the help is already printed
            sys.exit(exc.exit_code)
        except _click.exceptions.ClickException as exc:
            err_console.print(usage_line(exc), markup=False, soft_wrap=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            err_console.print("aborted", markup=False)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def usage_line(exc: click.ClickException) -> str:
    """A usage error as one line naming the command and the option or argument:
    "error: framing score: Invalid value for '--jobs' / '-j': ... (framing score --help)"."""
    message = choice_hint(" ".join(exc.format_message().replace("Value error, ", "").split()))
    ctx = getattr(exc, "ctx", None)
    if ctx is None:
        return f"error: {message}"
    return f"error: {ctx.command_path}: {message} ({ctx.command_path} --help)"


def _rename(args: list[str], renamed: dict[str, str]) -> list[str]:
    """`args` with old option names replaced by the new ones (a warning each), up to a `--`."""
    out = list(args)
    for k, arg in enumerate(out):
        if arg == "--":
            break
        old, eq, value = arg.partition("=")
        if old in renamed:
            err_console.print(f"warning: {old} is now {renamed[old]}; the old name will go", markup=False)
            out[k] = renamed[old] + eq + value
    return out
