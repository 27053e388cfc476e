"""The lexicon cache: a cached set equals a freshly validated one, and edits are never missed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from framing.lexicon import cache
from framing.errors import LexiconError
from framing.lexicon.loader import Layer, load_lexicons


def test_cached_set_equals_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    fresh = load_lexicons()
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    cached = load_lexicons()
    assert cached.signals == fresh.signals
    assert cached.language_spec == fresh.language_spec
    assert cached.hash == fresh.hash


def test_cached_terms_are_the_terms_the_lexicon_files_make(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Terms read from the cache hold the same fields as the parsed ones, of the same types (tuples, not the
    JSON's lists), and hash alike: the matcher keys its entries by them."""
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    fresh, cached = load_lexicons(), load_lexicons()

    def terms(lexicons):
        found = []
        for spec in lexicons.signals.values():
            found += [*spec.terms, *spec.exceptions]
            found += [t for rule in spec.context for t in (*rule.before, *rule.after)]
            found += [t for rule in spec.proximity for t in (*rule.a, *rule.b)]
        return found

    assert len(terms(fresh)) > 10_000
    assert [(type(t), vars(t), hash(t)) for t in terms(cached)] == [(type(t), vars(t), hash(t)) for t in terms(fresh)]


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


def test_the_cache_lives_where_the_environment_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's order: $FRAMING_CACHE_DIR, else $XDG_CACHE_HOME/framing, else ~/.cache/framing (round u30)."""
    monkeypatch.delenv("FRAMING_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    load_lexicons()
    assert len(list((tmp_path / "xdg" / "framing").glob("*.json"))) == 1
    monkeypatch.delenv("XDG_CACHE_HOME")
    load_lexicons()
    assert len(list((tmp_path / "home" / ".cache" / "framing").glob("*.json"))) == 1


def _one_signal(tmp_path: Path) -> list[Layer]:
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "x.toml").write_text(
        'schema = 1\n[signal]\nlabel = "X"\ndescription = "d"\n[terms]\n"alpha" = 1\n', encoding="utf-8"
    )
    return [Layer(folder, "t")]


def test_an_edited_cache_entry_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    layers = _one_signal(tmp_path)
    fresh = load_lexicons(layers=layers)
    [entry] = (tmp_path / "cache").glob("*.json")
    entry.write_bytes(entry.read_bytes().replace(b'"weight": 1.0', b'"weight": 50.0'))
    again = load_lexicons(layers=layers)
    assert [t.weight for t in again.signals["x"].terms] == [1.0]
    assert again.hash == fresh.hash
    assert b'"weight": 50.0' not in entry.read_bytes()  # rebuilt


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{",
        b"[]",
        b'{"signals": [1], "language": [], "warnings": 3}',
        b'{"signals": [], "language": [1, 2], "warnings": []}',
    ],
)
def test_a_damaged_cache_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    layers = _one_signal(tmp_path)
    load_lexicons(layers=layers)
    [entry] = (tmp_path / "cache").glob("*.json")
    for content in (damage, hashlib.sha256(damage).hexdigest().encode() + b"\n" + damage):
        entry.write_bytes(content)
        assert [t.text for t in load_lexicons(layers=layers).signals["x"].terms] == ["alpha"]


def test_with_the_disk_cache_off_an_edit_is_still_read_and_an_error_reported_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are validated once per content in a process (a notebook re-checking its lexicons): an edit
    made between two loads is read, and a broken file fails the second load as it failed the first."""
    monkeypatch.setenv("FRAMING_CACHE_DIR", "off")
    layers = _one_signal(tmp_path)
    path = tmp_path / "lex" / "x.toml"
    assert [t.text for t in load_lexicons(layers=layers).signals["x"].terms] == ["alpha"]
    path.write_text(
        path.read_text(encoding="utf-8").replace('"alpha" = 1', '"alpha" = 1\n"gamma" = 2'), encoding="utf-8"
    )
    assert [t.text for t in load_lexicons(layers=layers).signals["x"].terms] == ["alpha", "gamma"]
    path.write_text(path.read_text(encoding="utf-8").replace('"gamma" = 2', '"gamma" = "high"'), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(LexiconError) as failed:
            load_lexicons(layers=layers)
        [problem] = failed.value.problems
        assert (problem.path, problem.line) == (str(path), 7)


def test_the_cache_keeps_the_sets_used_last_and_no_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each edited lexicon set makes a new entry (2.3 MB for the shipped one): the cache keeps the KEEP used last,
    and a set read again counts as used, so it is found without parsing while older ones are removed."""
    from framing.lexicon import loader

    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "KEEP", 2)
    sets = []
    for word in ("alpha", "beta", "gamma"):
        folder = tmp_path / word
        folder.mkdir()
        (folder / "x.toml").write_text(
            f'schema = 1\n[signal]\nlabel = "X"\ndescription = "d"\n[terms]\n"{word}" = 1\n', encoding="utf-8"
        )
        sets.append([Layer(folder, "t")])
    load_lexicons(layers=sets[0])
    [first] = (tmp_path / "cache").glob("*.json")
    load_lexicons(layers=sets[1])
    load_lexicons(layers=sets[0])  # used again: now the most recent
    load_lexicons(layers=sets[2])
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2
    assert first.exists()

    def parsed_again(*args, **kwargs):
        raise AssertionError("a set kept in the cache was parsed again")

    monkeypatch.setattr(loader, "_validated_signal", parsed_again)
    assert [t.text for t in load_lexicons(layers=sets[0]).signals["x"].terms] == ["alpha"]
