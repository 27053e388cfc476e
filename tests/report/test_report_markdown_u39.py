"""report.md reads as Markdown: the commands a note quotes are code, and every text from the input (a title, a
group's name, an article's title with `*`, `_`, a backtick, `<`, `|`) comes out as written (u39)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from framing.cli import app

TITLE, OUTLET, HEADLINE = "A *b* _c_ `d` <e> f|g", "Star*s_&_`ticks` <b>|", "T *x* _y_ `z` <i>|"


def _report(tmp_path: Path) -> Path:
    """A report on two outlets, one named with Markdown's characters, and a record that could not be scored."""
    lines = [
        json.dumps(
            {"id": f"a{k}", "outlet": (OUTLET, "North")[k % 2], "title": HEADLINE, "text": f"It may rain on day {k}."}
        )
        for k in range(12)
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join([*lines, '{"id": "broken", "text": ']) + "\n", encoding="utf-8")
    out = tmp_path / "report"
    args = ["compare", str(corpus), "-o", str(out), "--bootstrap", "100", "--no-png", "--report-title", TITLE]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return out


def test_the_note_on_unscored_records_quotes_its_command_as_code(tmp_path: Path) -> None:
    """The note showed "\\`framing score -o OUT\\`" in report.md: backticks escaped as if they were input."""
    out = _report(tmp_path)
    note = (
        "1 of 13 records could not be scored and are left out (run `framing score -o OUT` on the corpus "
        "for the errors file, which lists them)."
    )
    assert f"\n_{note}_\n" in (out / "report.md").read_text(encoding="utf-8")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f'<p class="note">{note.replace("`framing score -o OUT`", "<code>framing score -o OUT</code>")}</p>' in page


def test_input_text_renders_as_written(tmp_path: Path) -> None:
    rendered = MarkdownIt("commonmark").enable("table").render((_report(tmp_path) / "report.md").read_text("utf-8"))
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert text.startswith(f"{TITLE}\n")
    assert text.count(OUTLET) >= 5 and text.count(HEADLINE) >= 1  # overview, means, differences, examples
    codes = re.findall(r"<code>([^<]*)</code>", rendered.split("<h2>Methods")[0])  # the command line is code there
    ours = {"framing score -o OUT", "tables/pairwise.csv", "tables/terms.csv"}
    assert "framing score -o OUT" in codes and set(codes) <= ours
