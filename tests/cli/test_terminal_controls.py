"""Control sequences in what a command prints from its input (an article, a title, an outlet, a file name) reach
the terminal as visible escapes, never as controls: ESC ] 0 ; set the terminal's title, ESC [ 2 J cleared it."""

from __future__ import annotations

import io
from pathlib import Path

from rich.text import Text
from typer.testing import CliRunner

from framing.cli import app
from framing.cli.terminal import plain_console

runner = CliRunner()
HOSTILE = "Officials said the plan \x1b]0;PWNED\x07 may fail \x1b[2J\x1b[31m badly, \x9b31m quickly."


def test_an_articles_escape_sequences_are_shown_not_obeyed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HOSTILE + "\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--title", "T\x1b[2J", "--no-color"])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x9b" not in result.output
    assert "\\x1b]0;PWNED" in result.output and "\\x1b[2J\\x1b[31m" in result.output and "\\x9b31m" in result.output


def test_an_outlet_in_the_summary_and_a_file_name_in_an_error_are_shown_not_obeyed(tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    corpus.write_text('id,outlet,text\n1,"o\x1b[2Jx",Officials said it may fail.\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "--summary", "outlet"])
    assert result.exit_code == 0 and "o\\x1b[2Jx" in result.output and "\x1b" not in result.output
    result = runner.invoke(app, ["score", str(tmp_path / "\x1b[2Jx.txt")])
    assert result.exit_code == 2 and "\x1b" not in result.output and "\\x1b[2Jx.txt: no such file" in result.output


def test_a_colour_terminal_keeps_its_styles_and_still_escapes_the_input() -> None:
    out = io.StringIO()
    plain_console(file=out, force_terminal=True, color_system="standard").print(Text("a\x1b[2Jb", style="red"))
    assert out.getvalue() == "\x1b[31ma\\x1b[2Jb\x1b[0m\n"
