"""Compiled builds of the hot pipeline modules, and the guard that keeps stale ones out of use.

`make` compiles the modules below with mypyc when the machine has a C compiler (`build_native.py`);
the builds sit next to their sources and Python imports them first. Their output is the source's, to
the byte (tests/test_compiled.py). A build older than its source would silently run old code, so on
`import framing` the sources' digests are compared with the ones recorded at build time, and any
difference (or FRAMING_PURE_PYTHON=1) makes every listed module load from its source instead, without a
word (the sources are the truth; only speed differs): the modules of one build call each other
directly, so they are used all together or not at all.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

MODULES = (
    "text",
    "reading",
    "match",
    "pipeline",
    "sourcing.phrase",
    "sourcing.names",
    "sourcing.kinds",
    "sourcing.subjects",
    "sourcing.forward",
    "sourcing.clauses",
    "sourcing.contents",
    "sourcing.speakers",
    "sourcing.reader",
    "sourcing.quotations",
    "sourcing.attribution",
    "score",
)
DIGESTS = "compiled.sha256"  # written by build_native.py next to the builds: "<module> <sha256 of its source>"
PACKAGE_DIR = Path(__file__).parent
_EXTENSION_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def module_path(name: str, package_dir: Path = PACKAGE_DIR, suffix: str = ".py") -> Path:
    """A listed module's file: "sourcing.reader" is sourcing/reader.py, its build sourcing/reader<suffix>."""
    *folders, stem = name.split(".")
    return package_dir.joinpath(*folders, stem + suffix)


def source_digests(package_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """The sha256 of each listed module's source, as the build records it."""
    return {name: hashlib.sha256(module_path(name, package_dir).read_bytes()).hexdigest() for name in MODULES}


def has_builds(package_dir: Path = PACKAGE_DIR) -> bool:
    """Whether any listed module has a compiled build next to its source."""
    return any(module_path(name, package_dir, suffix).exists() for name in MODULES for suffix in _EXTENSION_SUFFIXES)


def builds_current(package_dir: Path = PACKAGE_DIR) -> bool:
    """Whether the builds were made from the sources as they are now."""
    try:
        recorded = dict(line.split(" ", 1) for line in (package_dir / DIGESTS).read_text().split("\n") if line)
    except (OSError, ValueError):
        return False
    return recorded == source_digests(package_dir)


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules' `.py` files ahead of their builds."""

    def __init__(self, package_dir: Path):
        self.paths = {f"framing.{name}": module_path(name, package_dir) for name in MODULES}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        where = self.paths.get(fullname)
        return importlib.util.spec_from_file_location(fullname, where) if where is not None else None


def guard(package_dir: Path = PACKAGE_DIR) -> None:
    """Load the listed modules from source when their builds are stale or the user asks for it."""
    if has_builds(package_dir) and (os.environ.get("FRAMING_PURE_PYTHON") == "1" or not builds_current(package_dir)):
        sys.meta_path.insert(0, _SourceFinder(package_dir))
