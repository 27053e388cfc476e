"""A lexicon set and its matcher kept in the process (round d5): a set loaded again is neither read from its cache
entry nor compiled again, and an edit of a lexicon file or of the entry is never missed."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import cache
from framing.lexicon.loader import Layer, load_lexicons
from framing.pipeline import Analyzer
from signal_cases import spans

SIGNAL = 'schema = 1\n[signal]\nlabel = "Weather words"\ndescription = "d"\n[terms]\n"drizzle" = 1\n'


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user folder of one signal, `weather`, and a cache folder of the test's own."""
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "weather.toml").write_text(SIGNAL, encoding="utf-8")
    return lex


@pytest.fixture
def entry_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each signal read from a cache entry's JSON, counted."""
    read: list[int] = []
    parse = cache._signal

    def counted(d):
        read.append(1)
        return parse(d)

    monkeypatch.setattr(cache, "_signal", counted)
    return read


def test_a_set_loaded_again_comes_from_the_process(folder: Path, entry_reads: list[int]) -> None:
    layers = [Layer(folder, "t")]
    first = load_lexicons(layers=layers)
    again = load_lexicons(layers=layers)
    assert entry_reads == []
    assert again.signals["weather"] is first.signals["weather"]
    assert again.signals is not first.signals and again.warnings is not first.warnings
    assert again.hash == first.hash


def test_a_set_changed_by_its_caller_is_not_kept_so(folder: Path) -> None:
    layers = [Layer(folder, "t")]
    load_lexicons(layers=layers).signals.clear()
    assert list(load_lexicons(layers=layers).signals) == ["weather"]


def test_an_edit_of_the_same_size_is_read(folder: Path) -> None:
    """ "drizzle" becomes "thunder" (seven letters each) within the same second: the bytes are the key."""
    layers = [Layer(folder, "t")]
    assert [t.text for t in load_lexicons(layers=layers).signals["weather"].terms] == ["drizzle"]
    (folder / "weather.toml").write_text(SIGNAL.replace("drizzle", "thunder"), encoding="utf-8")
    assert [t.text for t in load_lexicons(layers=layers).signals["weather"].terms] == ["thunder"]


def test_an_entry_changed_on_disk_is_read_again(folder: Path, entry_reads: list[int]) -> None:
    """Another process's write (here: the weight edited and the entry's digest made to fit) is what a new process
    would read, so this one reads it too."""
    layers = [Layer(folder, "t")]
    load_lexicons(layers=layers)
    [entry] = (folder.parent / "cache").glob("*.json")
    payload = entry.read_bytes().partition(b"\n")[2].replace(b'"weight": 1.0', b'"weight": 3.0')
    entry.write_bytes(cache.hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert [t.weight for t in load_lexicons(layers=layers).signals["weather"].terms] == [3.0]
    assert len(entry_reads) == 1


def test_a_removed_entry_is_written_again(folder: Path) -> None:
    layers = [Layer(folder, "t")]
    load_lexicons(layers=layers)
    [entry] = (folder.parent / "cache").glob("*.json")
    entry.unlink()
    assert [t.text for t in load_lexicons(layers=layers).signals["weather"].terms] == ["drizzle"]
    assert entry.exists()


def test_two_analyzers_of_one_set_share_its_matcher(folder: Path) -> None:
    first, again = Analyzer(load_lexicons([folder])), Analyzer(load_lexicons([folder]))
    assert again.matcher is first.matcher
    assert spans(again, "A drizzle fell on the town.", "weather") == ["drizzle"]


def test_a_set_with_a_spec_replaced_gets_its_own_matcher(folder: Path) -> None:
    lexicons = load_lexicons([folder])
    shared = Analyzer(lexicons).matcher
    spec = lexicons.signals["weather"]
    changed = dataclasses.replace(
        lexicons, signals={**lexicons.signals, "weather": dataclasses.replace(spec, terms=())}
    )
    analyzer = Analyzer(changed)
    assert analyzer.matcher is not shared
    assert spans(analyzer, "A drizzle fell on the town.", "weather") == []
    assert spans(Analyzer(lexicons), "A drizzle fell on the town.", "weather") == ["drizzle"]


def test_the_command_line_reads_an_edit_between_two_runs(folder: Path) -> None:
    article = folder.parent / "article.txt"
    article.write_text("Thunder rolled over the hills before a drizzle.\n", encoding="utf-8")

    def matched() -> list[str]:
        result = CliRunner().invoke(app, ["score", str(article), "-L", str(folder), "-f", "json"])
        assert result.exit_code == 0, result.output
        return [e["text"] for e in json.loads(result.stdout)["evidence"] if e["signal"] == "weather"]

    assert matched() == ["drizzle"]
    assert matched() == ["drizzle"]
    (folder / "weather.toml").write_text(SIGNAL.replace("drizzle", "thunder"), encoding="utf-8")
    assert matched() == ["Thunder"]
