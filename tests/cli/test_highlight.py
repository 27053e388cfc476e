"""The terminal report readable without colour: markers when piped, every signal of a match shown."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from framing.cli import app
from framing.cli.highlight import highlight, signal_styles

runner = CliRunner()


def test_piped_report_marks_matches_and_the_legend_with_signal_names(fixture_article: Path) -> None:
    result = runner.invoke(app, ["score", str(fixture_article)])
    assert result.exit_code == 0, result.output
    assert "[hedging] Hedging" in result.output and "[escalation] Escalation" in result.output
    assert "warnings [hedging: may] be aimed" in " ".join(result.output.split())


def test_overlapping_matches_of_several_signals_are_all_named() -> None:
    sentence = "It risks catastrophic consequences now."
    spans = [(9, 34, "escalation"), (9, 21, "loaded_language"), (35, 38, "hedging")]
    styles = signal_styles(["escalation", "loaded_language", "hedging"])
    plain = highlight(sentence, spans, styles, plain=True).plain
    assert plain == ("It risks [escalation: catastrophic consequences | loaded_language: catastrophic] [hedging: now].")
    same = highlight("Experts caution.", [(0, 15, "vague_sources"), (0, 15, "hedging")], styles, plain=True)
    assert same.plain == "[hedging+vague_sources: Experts caution]."
    coloured = highlight(sentence, spans, styles, plain=False)
    assert coloured.plain == "It risks catastrophic consequences [escalation+loaded_language] now."


def test_ten_signals_get_ten_different_styles() -> None:
    styles = signal_styles(f"s{i}" for i in range(20))
    assert len(set(styles.values())) == 20


def test_a_terminal_gets_colours_and_no_color_gets_markers(fixture_article: Path, monkeypatch) -> None:
    import io

    from rich.console import Console

    import framing.cli.score_output as score_output

    for flag, markers in (([], False), (["--no-color"], True)):
        out = io.StringIO()
        monkeypatch.setattr(
            score_output, "console", Console(file=out, force_terminal=True, color_system="256", width=200)
        )
        assert runner.invoke(app, ["score", str(fixture_article), *flag]).exit_code == 0
        assert ("[hedging: may]" in out.getvalue()) is markers
        assert ("38;5;" in out.getvalue().split("Matches:")[1]) is not markers  # colour codes


def test_one_sentence_per_line_option_reads_a_file_line_by_line(tmp_path: Path) -> None:
    import json

    path = tmp_path / "a.txt"
    path.write_text("Fox 5 reports:\nSAN DIEGO police said nobody was hurt\nafter the crash.\n", encoding="utf-8")
    counts = [
        json.loads(runner.invoke(app, ["score", str(path), "-f", "json", *flag]).output)["n_sentences"]
        for flag in ([], ["--one-sentence-per-line"])
    ]
    assert counts == [1, 3]
