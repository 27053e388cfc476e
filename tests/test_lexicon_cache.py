"""The lexicon cache: a cached set equals a freshly validated one, and edits are never missed."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon import cache
from framing.lexicon.loader import Layer, load_lexicons


def test_cached_set_equals_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    fresh = load_lexicons()
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    cached = load_lexicons()
    assert cached.signals == fresh.signals
    assert cached.language_spec == fresh.language_spec
    assert cached.hash == fresh.hash


def test_an_edited_file_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "lex"
    folder.mkdir()
    source = 'schema = 1\n[signal]\nlabel = "X"\ndescription = "d"\n[terms]\n"alpha" = 1\n'
    (folder / "x.toml").write_text(source, encoding="utf-8")
    assert [t.text for t in load_lexicons(layers=[Layer(folder, "t")]).signals["x"].terms] == ["alpha"]
    (folder / "x.toml").write_text(source.replace("alpha", "beta"), encoding="utf-8")
    assert [t.text for t in load_lexicons(layers=[Layer(folder, "t")]).signals["x"].terms] == ["beta"]


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    assert load_lexicons().signals
