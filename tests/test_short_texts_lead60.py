"""Texts of a word or two that end on a cue (the lead, stop 60): a lone gerund ("saying") read two words back for
the verb that emailed an addressee (c50's sender, before the text's start), and a cue closing its text (", said in")
read the word after it; both raised IndexError, so `framing score` of such a file printed a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing import Analyzer
from framing.cli import app


@pytest.mark.parametrize("text", ["saying", "explaining the plan", "asking", ", said in", "“wrote in", "Lo, said in"])
def test_a_text_ending_on_its_cue_is_read_without_error(text: str) -> None:
    result = Analyzer().analyze(text, split_title=False, evidence=False)
    assert all(a["cue_end"] <= len(text) for a in result.attributions)


def test_framing_score_of_a_lone_gerund_scores_it(tmp_path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("saying\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
