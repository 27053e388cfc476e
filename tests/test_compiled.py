"""Compiled builds of the hot modules: used only while they match their sources, and the sources' output."""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from framing import compiled

ROOT = Path(__file__).resolve().parents[1]


def _package(folder: Path, *, built: bool = True) -> Path:
    """A copy of the listed sources, with a stand-in build and the digests a build records."""
    for name in compiled.MODULES:
        compiled.module_path(name, folder).parent.mkdir(exist_ok=True)
        shutil.copy(compiled.module_path(name), compiled.module_path(name, folder))
    if built:
        compiled.module_path("sourcing.reader", folder, importlib.machinery.EXTENSION_SUFFIXES[0]).write_bytes(b"")
        digests = compiled.source_digests(folder)
        (folder / compiled.DIGESTS).write_text("".join(f"{name} {digest}\n" for name, digest in digests.items()))
    return folder


@pytest.fixture
def meta_path(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """sys.meta_path as a copy the test may change."""
    finders = list(sys.meta_path)
    monkeypatch.setattr(sys, "meta_path", finders)
    monkeypatch.delenv("FRAMING_PURE_PYTHON", raising=False)
    return finders


def test_builds_made_from_the_sources_as_they_are_are_used(tmp_path, meta_path, capsys):
    package = _package(tmp_path)
    before = list(meta_path)
    assert compiled.builds_current(package)
    compiled.guard(package)
    assert meta_path == before
    assert capsys.readouterr().err == ""


def test_an_edited_source_sends_every_listed_module_to_its_source(tmp_path, meta_path, capsys):
    package = _package(tmp_path)
    with open(package / "match.py", "a", encoding="utf-8") as source:
        source.write("\n# edited after the build\n")
    compiled.guard(package)
    finder = meta_path[0]
    reader = package / "sourcing" / "reader.py"
    assert finder.find_spec("framing.sourcing.reader", None).origin == str(reader)  # unedited, too
    assert finder.find_spec("framing.match", None).origin == str(package / "match.py")
    assert finder.find_spec("framing.wording", None) is None  # never compiled: found as usual
    assert capsys.readouterr().err == ""  # the sources are the truth: nothing to warn about


def test_missing_digests_count_as_stale(tmp_path, meta_path):
    package = _package(tmp_path)
    (package / compiled.DIGESTS).unlink()
    compiled.guard(package)
    assert meta_path[0].find_spec("framing.text", None).origin == str(package / "text.py")


def test_without_builds_nothing_changes(tmp_path, meta_path, capsys):
    package = _package(tmp_path, built=False)
    before = list(meta_path)
    compiled.guard(package)
    assert meta_path == before
    assert capsys.readouterr().err == ""


def test_the_sources_run_on_request(tmp_path, meta_path, monkeypatch, capsys):
    package = _package(tmp_path)
    monkeypatch.setenv("FRAMING_PURE_PYTHON", "1")
    compiled.guard(package)
    assert meta_path[0].find_spec("framing.pipeline", None).origin == str(package / "pipeline.py")
    assert capsys.readouterr().err == ""


_ANALYSE = """
import hashlib, sys
from pathlib import Path
from framing.pipeline import Analyzer
import framing.sourcing.attribution, framing.sourcing.reader
print(Path(framing.sourcing.reader.__file__).name, Path(framing.sourcing.attribution.__file__).name)
digest, articles = hashlib.sha256(), 0
for sourcing in ("rules", "trained"):
    analyzer = Analyzer(sourcing=sourcing)
    for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
        digest.update(repr(analyzer.analyze(path.read_text(encoding="utf-8"))).encode())
        articles += 1
print(articles, digest.hexdigest())
"""


@pytest.mark.skipif(
    not (compiled.has_builds() and compiled.builds_current()), reason="no current compiled build (make native)"
)
def test_the_compiled_modules_give_the_sources_output_to_the_byte():
    def run(pure: str) -> list[str]:
        env = {**os.environ, "FRAMING_PURE_PYTHON": pure}
        done = subprocess.run(
            [sys.executable, "-c", _ANALYSE, str(ROOT / "seeds")], env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    compiled_run, source_run = run("0"), run("1")
    built = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    assert compiled_run[0].endswith(built) and compiled_run[1].endswith(built)  # the labeller's too: it finds its model
    assert source_run[:2] == ["reader.py", "attribution.py"]
    assert int(compiled_run[2]) >= 2 * 30  # every seed article, with both sourcing methods
    assert compiled_run[2:] == source_run[2:]


def test_a_source_edited_while_it_compiles_leaves_the_build_stale(tmp_path, monkeypatch):
    """The build records the sources it started from: an edit made during the minutes mypyc takes is not
    hidden behind a build of the older text."""
    import mypyc.build
    import setuptools

    monkeypatch.syspath_prepend(str(ROOT))
    import build_native

    package = _package(tmp_path, built=False)
    with open(package / "sourcing" / "reader.py", "a", encoding="utf-8") as source:
        source.write("\n# this copy's own text\n")
    as_the_build_starts = compiled.source_digests(package)
    monkeypatch.setattr(build_native, "PACKAGE_DIR", package)

    def compile_while_edited(*args, **kwargs):
        with open(package / "match.py", "a", encoding="utf-8") as source:
            source.write("\n# saved while the compiler ran\n")
        return []

    monkeypatch.setattr(mypyc.build, "mypycify", compile_while_edited)
    monkeypatch.setattr(setuptools, "setup", lambda **kwargs: None)
    build_native.build(profile=False)
    recorded = dict(line.split(" ", 1) for line in (package / compiled.DIGESTS).read_text().splitlines())
    assert recorded == as_the_build_starts
    assert not compiled.builds_current(package)


def test_a_build_in_a_subfolder_is_seen_and_removed(tmp_path, monkeypatch):
    """The sourcing stage is a folder: its builds (sourcing/reader.so) count as builds, and `make native`
    clears them with the rest before it compiles again."""
    monkeypatch.syspath_prepend(str(ROOT))
    import build_native

    package = _package(tmp_path)
    assert compiled.has_builds(package)
    monkeypatch.setattr(build_native, "PACKAGE_DIR", package)
    build_native.remove_builds()
    assert not compiled.has_builds(package)
    assert list(package.rglob(f"*{importlib.machinery.EXTENSION_SUFFIXES[0]}")) == []
