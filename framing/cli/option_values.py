"""Option values converted without pydantic, as Typer's own adapters convert them.

Typer 0.29 converts every value, defaults included, through a pydantic TypeAdapter it builds at the first
conversion: pydantic was imported by every command (about 0.2 s of a one-article `framing score` then).
The values our options take (a path, text, a whole number, a plain decimal, a choice, a list of paths)
are converted here with Typer's own helpers, as its adapters would convert them; anything else (another
type, a value in another form, one out of range or not a choice) goes to Typer's adapter, so what it
accepts and every message it gives are Typer's. An option given the next option's name for its value is
refused before Click reads it (`refuse_missing_value`), as are several inputs given to a command that reads one
(`refuse_several_inputs`).
"""

from __future__ import annotations

import itertools
import re
import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice, coerce_cli_path, lenient_issubclass
from typer.core import TyperArgument, TyperOption, _TyperParameter

from ..wording import nearest

if TYPE_CHECKING:
    from typer import _click as click

_TYPER = object()  # "not converted here: ask Typer"
_WHOLE = re.compile(r"[0-9]{1,18}")
_DECIMAL = re.compile(r"[0-9]{1,15}(?:\.[0-9]{0,15})?")


@dataclass(frozen=True)
class PlainValues(RuntimeParam):
    """A parameter's conversion: the plain cases here, the rest by Typer's adapter (built only then)."""

    descriptor: TypeDescriptor

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: click.Context) -> Any:
        done = _plain_value(self.annotation, self.parameter_info, value, param, ctx)
        if done is _TYPER:
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)
        return done


def convert_plainly(param: click.Parameter) -> None:
    if isinstance(param, _TyperParameter) and param._runtime_param is None and not param.type_descriptor.is_file:
        desc = param.type_descriptor
        param._runtime_param = PlainValues(desc.parameter_info, desc.annotation, desc)


def _plain_value(annotation: Any, info: Any, value: Any, param: _TyperParameter, ctx: click.Context) -> Any:
    """`value` converted as Typer's adapter for `annotation` converts it, or `_TYPER` when it is not a plain case."""
    if info.parser is not None:
        return _TYPER
    if typing.get_origin(annotation) is list and isinstance(value, (list, tuple)):
        (item,) = typing.get_args(annotation)
        items = [_plain_value(item, info, v, param, ctx) for v in value]
        return _TYPER if any(v is _TYPER for v in items) else items
    if lenient_issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        except ValueError:  # not one of the choices: Typer's message
            return _TYPER
    if annotation is str:
        return value if type(value) is str else _TYPER
    if annotation is int or annotation is float:
        if info.clamp:
            return _TYPER
        if type(value) is str and (_WHOLE if annotation is int else _DECIMAL).fullmatch(value):
            value = annotation(value)
        elif type(value) is not annotation:
            return _TYPER
        out_of_range = (info.min is not None and value < info.min) or (info.max is not None and value > info.max)
        return _TYPER if out_of_range else value
    if annotation is Path and info.path_type is None and isinstance(value, (str, Path)):
        # Typer turns text into a Path (pydantic's Path(text)) and then checks it: the same steps
        path = Path(value) if isinstance(value, str) else value
        return coerce_cli_path(path, info, path_type=Path, param=param, ctx=ctx)
    return _TYPER


# Typer's refusal of a value outside an option's choices: "'rule' is not one of 'rules', 'trained'."
_NOT_A_CHOICE = re.compile(r"'(?P<value>[^']*)' is not one of (?P<choices>'[^']*'(?:, '[^']*')*)\.$")
_QUOTED = re.compile(r"'([^']*)'")


def choice_hint(message: str) -> str:
    """A usage error refusing a misspelled --sourcing, --unit or --format value, with the nearest choice added
    ("...; did you mean 'rules'?"), as every refusal of an unknown name has it (`wording.nearest`, u39)."""
    choice = _NOT_A_CHOICE.search(message)
    hint = nearest(choice["value"], _QUOTED.findall(choice["choices"])) if choice else ""
    return message.removesuffix(".") + hint if hint else message


def refuse_missing_value(ctx: click.Context, args: list[str]) -> None:
    """Stop an option that takes a value given the next option's name instead ("--summary -j 1"), or none at the
    end: Click would take "-j" for the value and call "1" an unexpected extra argument, naming neither option, and
    said of a last "--lang" "Option '--lang' requires an argument." without the command's name."""
    from typer import _click

    options = [p for p in ctx.command.get_params(ctx) if isinstance(p, TyperOption)]
    names = {name for p in options for name in (*p.opts, *p.secondary_opts)}
    valued = {name: p.metavar for p in options if not p.is_flag and not p.count for name in p.opts}
    given = list(itertools.takewhile(lambda a: a != "--", args))
    for arg, after in itertools.pairwise(given):
        if arg in valued and after in names:
            message = f"{arg} needs a value ({valued[arg]}) before the next option, {after}"
            raise _click.exceptions.UsageError(message, ctx=ctx)
    if given and given[-1] in valued and len(given) == len(args):
        raise _click.exceptions.UsageError(f"{given[-1]} needs a value ({valued[given[-1]]}) after it", ctx=ctx)


def refuse_several_inputs(ctx: click.Context, args: list[str]) -> None:
    """Stop a command that reads one input (an article, a folder or a corpus table) given several, as a shell's
    `*.txt` gives them ("framing score a.txt b.txt"): Click said "Got unexpected extra argument(s) (b.txt)", which
    names neither the rule nor the way to read many files (u42)."""
    from typer import _click

    arguments = [p for p in ctx.command.get_params(ctx) if isinstance(p, TyperArgument)]
    if [p.name for p in arguments] not in (["input"], ["corpus"]):
        return
    try:
        read, extra, _ = ctx.command.make_parser(ctx).parse_args(args=list(args))
    except _click.exceptions.UsageError:
        return  # an unknown option: Click names it
    given = [str(read.get(arguments[0].name)), *extra]
    if extra:
        shown = ", ".join(given[:3]) + (", …" if len(given) > 3 else "")
        message = (
            f"takes one {arguments[0].metavar} (an article, a folder or a corpus table), not {len(given)}: {shown}; "
            "to read several files, put them in one folder and give the folder"
        )
        raise _click.exceptions.UsageError(message, ctx=ctx)
