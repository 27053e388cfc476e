"""`--max-seconds` on a single article: one over the limit stops with one line and exit code 2, as an
unusable article does; in a corpus the record fails alone (exit 1). A 9 MB article once ran for over ten
minutes with no way to bound it. The slow step is simulated (a sleep the time limit interrupts), so these
tests do not depend on the machine's speed."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from framing.cli import app
from framing.narratives.detector import NarrativeDetector
from framing.pipeline import Analyzer

runner = CliRunner()
TEXT = "Critics warned of a catastrophic escalation, officials said on Monday.\n"


def _slow_for(monkeypatch: pytest.MonkeyPatch, cls: type, method: str, slow_id: str) -> None:
    """Make `cls.method` take 3 s more for the article whose id is `slow_id`."""
    original = getattr(cls, method)

    def slow(self, text, *args, **kwargs):
        if kwargs.get("id", args[0] if args else None) == slow_id:
            time.sleep(3)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(cls, method, slow)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of two articles: "long" the slowed step sleeps on, "short" that must still pass."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("long.txt", "short.txt"):
        (folder / name).write_text(TEXT, encoding="utf-8")
    return folder


def test_score_stops_an_article_over_max_seconds(monkeypatch, article: Path) -> None:
    _slow_for(monkeypatch, Analyzer, "analyze", "long")
    result = runner.invoke(app, ["score", str(article), "--max-seconds", "1", "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {article}: scoring took over 1 s (the --max-seconds limit; 0: none)\n"
    assert result.stdout == ""


def test_score_without_a_limit_waits_for_the_article(monkeypatch, article: Path) -> None:
    _slow_for(monkeypatch, Analyzer, "analyze", "long")
    result = runner.invoke(app, ["score", str(article), "--max-seconds", "0", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"id": "long"' in result.stdout


def test_score_holds_an_articles_narratives_to_the_same_limit(monkeypatch, article: Path) -> None:
    _slow_for(monkeypatch, NarrativeDetector, "detect", "long")
    result = runner.invoke(app, ["score", str(article), "--narratives", "--max-seconds", "1", "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {article}: scoring took over 1 s (the --max-seconds limit; 0: none)\n"


def test_narratives_stops_an_article_over_max_seconds(monkeypatch, article: Path) -> None:
    _slow_for(monkeypatch, NarrativeDetector, "detect", "long.txt")
    result = runner.invoke(app, ["narratives", str(article), "--max-seconds", "1"])
    assert result.exit_code == 2
    assert result.stderr == "error: long.txt: reading the narratives took over 1 s (the --max-seconds limit; 0: none)\n"


def test_narratives_fails_a_corpus_record_over_max_seconds_alone(monkeypatch, tmp_path: Path, corpus: Path) -> None:
    _slow_for(monkeypatch, NarrativeDetector, "detect", "long.txt")
    out = tmp_path / "n.csv"
    # 2 s, not 1: the record that must pass has room on a loaded machine; the slow one sleeps 3 s
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out), "--max-seconds", "2"])
    assert result.exit_code == 1, result.output
    with open(tmp_path / "n.errors.csv", newline="", encoding="utf-8") as f:
        assert [(row["id"], row["reason"]) for row in csv.DictReader(f)] == [
            ("long.txt", "reading the narratives took over 2 s (the --max-seconds limit; 0: none)")
        ]
    with open(out, newline="", encoding="utf-8") as f:
        assert [row["id"] for row in csv.DictReader(f)] == ["short.txt"]


def test_lexicon_sample_leaves_out_a_record_over_max_seconds(monkeypatch, tmp_path: Path, corpus: Path) -> None:
    _slow_for(monkeypatch, Analyzer, "analyze", "long")
    out = tmp_path / "s.csv"
    args = ["lexicon", "sample", str(corpus), "--signal", "escalation", "-o", str(out), "--max-seconds", "2"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    with open(tmp_path / "s.errors.csv", newline="", encoding="utf-8") as f:
        assert [(row["id"], row["reason"]) for row in csv.DictReader(f)] == [
            ("long", "scoring took over 2 s (the --max-seconds limit; 0: none)")
        ]
    with open(out, newline="", encoding="utf-8") as f:
        assert [(row["id"], row["text"]) for row in csv.DictReader(f)] == [("short", "catastrophic")]


def test_one_max_seconds_option_everywhere() -> None:
    """The same name, default and help in every command that reads articles."""
    group = typer.main.get_command(app)
    options = []
    for *path, name in (["score"], ["narratives"], ["lexicon", "sample"]):
        command = group.commands[path[0]].commands[name] if path else group.commands[name]
        option = next(p for p in command.params if "--max-seconds" in p.opts)
        options.append((option.opts, option.default, option.help))
    assert options[0][:2] == (["--max-seconds"], 60.0)
    assert options == [options[0]] * 3
