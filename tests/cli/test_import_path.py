"""The single-article path stays light: `framing score file.txt` must start fast (issue 2's < 1 s)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.main
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from framing.cli import app
from framing.cli.option_values import PlainValues

HEAVY = ("pandas", "sklearn", "matplotlib", "scipy", "pyarrow")
# Not needed to score one article with the rules: pydantic (Typer's value conversion, `option_values.PlainValues`),
# numpy (the trained labeller, the narrative columns, a model's weights), skops.
NOT_FOR_ONE_ARTICLE = (*HEAVY, "pydantic", "numpy", "skops")


def test_cli_import_does_not_load_heavy_libraries() -> None:
    code = f"import sys, framing.cli, framing.pipeline; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


@pytest.mark.parametrize("format", ["table", "json"])
def test_scoring_one_article_loads_neither_pydantic_nor_numpy(
    fixture_article: Path, format: str, modules_after: Callable[[list[str], tuple[str, ...]], tuple[str, str]]
) -> None:
    args = ["score", str(fixture_article), "--format", format, "--max-seconds", "30"]
    stdout, imported = modules_after(args, NOT_FOR_ONE_ARTICLE)
    assert "escalation" in stdout.lower()
    assert imported == "0 []"


def _typer_conversion(param: typer.core._TyperParameter, value: object, ctx: typer.Context) -> object:
    try:
        return build_runtime_param(param.type_descriptor).coerce(value, param=param, ctx=ctx)
    except BadParameter as error:
        return ("refused", error.format_message())


VALUES: dict[str, list[object]] = {
    "input": ["article.txt", "-", "", "a//b/", Path("x.md")],
    "format": ["json", "JSON", "xml", ""],
    "lexicons": [("one", "two/"), ["x"], ()],
    "lang": ["en", "", "EN"],
    "jobs": ["4", "04", "0", "-3", "+2", "1_0", " 3", "three", "99999999999999999999", 2],
    "max_seconds": ["60", "0", "0.5", "5.", ".5", "1e3", "inf", "-1", "nan", "x", 60.0, 60],
    "sourcing": ["rules", "Trained", "none"],
    "title": ["A headline", ""],
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_option_values_are_converted_as_typer_converts_them(name: str) -> None:
    """Each value is converted (or refused, with Typer's message) as Typer's own adapters would."""
    score = typer.main.get_command(app).commands["score"]  # type: ignore[attr-defined]
    param = next(p for p in score.params if p.name == name)
    assert isinstance(param._runtime_param, PlainValues)
    ctx = typer.Context(score)
    for value in VALUES[name]:
        expected = _typer_conversion(param, value, ctx)
        try:
            got = param._runtime_param.coerce(value, param=param, ctx=ctx)
        except BadParameter as error:
            got = ("refused", error.format_message())
        assert (got, type(got)) == (expected, type(expected)), value
