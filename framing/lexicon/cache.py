"""A cache of validated lexicon sets, so a run does not re-parse thousands of terms.

Parsing and validating the shipped TOML files is most of the start-up time of `framing score` on
one article. The cache is a JSON file per lexicon set, keyed by the contents of every file read
and by the code that reads them, so an edited lexicon (or a new version of framing) never meets a
stale entry. It lives in `$FRAMING_CACHE_DIR`, else `$XDG_CACHE_HOME/framing`, else
`~/.cache/framing`; `FRAMING_CACHE_DIR=off` turns it off. A cache that cannot be read or written
is silently skipped: it only ever saves time.

An entry is its sha256 on the first line, then the JSON it covers: an entry edited by hand (which
would change scores under the same lexicon_hash) or damaged fails the check, is not used, and is
rebuilt from the lexicon files.

The cache is bounded: every edit of a lexicon, layered folder, model or version of framing makes new
entries (some 2.3 MB for the shipped set, 150 kB for a model's lexicon folder), and nothing would ever
remove the old ones. Whenever an entry is written, all but the KEEP most recently used of its kind are
removed (JSON entries, and folders under `model-lexicons/`); an entry read is marked used, so the sets
in use stay and the cache holds at most some 25 MB.

A set read or written is also kept in the process (the last KEEP_IN_PROCESS): a command run again in one process
(a notebook, the test suite's CLI runs) finds it without the entry's 0.15 s of JSON and terms. It is used only while
its entry on disk is the one this process last read, wrote or dated (the same size and modification time to the
nanosecond): an entry edited, damaged, removed or in another cache folder is read, or rebuilt, as without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import Problem
from .schema import ContextRule, LanguageSpec, ProximityRule, SignalSpec, Term

_CODE = ("schema.py", "loader.py", "importers.py", "cache.py", "../text.py")
KEEP = 10  # entries of each kind kept: a few lexicon folders and models in turn, without rebuilding
KEEP_IN_PROCESS = 4  # sets kept in the process: the shipped one (9 MB) and a few user folders

_Set = tuple[dict[str, SignalSpec], LanguageSpec, list[Problem]]
# cache key -> (the set, its entry's path, size and modification time in ns when last read, written or dated)
_kept: dict[str, tuple[_Set, Path, int, int]] = {}


def cache_dir() -> Path | None:
    """The cache folder the environment names (see above), or None when the cache is off."""
    configured = os.environ.get("FRAMING_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "framing"


def cache_key(contents: list[tuple[str, bytes]], lang: str) -> str:
    """sha256 over the code that validates lexicons, the language, and each file's path and bytes."""
    digest = hashlib.sha256(lang.encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        digest.update((here / name).read_bytes())
    for path, data in contents:
        digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def load(key: str) -> _Set | None:
    """The validated lexicon set stored under `key`; None when there is none or it fails its sha256.
    The dict and list are the caller's own; the specs are shared (frozen)."""
    folder = cache_dir()
    if folder is None:
        return None
    entry = folder / f"{key}.json"
    found = _kept.pop(key, None)
    if found is not None and found[1] == entry and _unchanged(entry, found[2], found[3]):
        found_set = found[0]
    else:
        try:
            digest, _, payload = entry.read_bytes().partition(b"\n")
            if digest.decode("ascii", "replace") != hashlib.sha256(payload).hexdigest():
                return None
            data = json.loads(payload)
            signals = {d["id"]: _signal(d) for d in data["signals"]}
            fields: dict[str, Any] = {
                k: frozenset(v) if isinstance(v, list) else v for k, v in data["language"].items()
            }
            found_set = (signals, LanguageSpec(**fields), [Problem(**p) for p in data["warnings"]])
        except Exception:  # noqa: BLE001 - whatever is wrong with an entry, the lexicon files are read instead
            return None
    _keep(key, found_set, entry)
    signals, language, warnings = found_set
    return dict(signals), language, list(warnings)


def _unchanged(entry: Path, size: int, dated: int) -> bool:
    try:
        now = entry.stat()
    except OSError:
        return False
    return now.st_size == size and now.st_mtime_ns == dated


def _keep(key: str, found: _Set, entry: Path) -> None:
    """Date the entry as used and keep the set in the process while the entry stays as dated."""
    mark_used(entry)
    try:
        now = entry.stat()
    except OSError:
        return
    _kept[key] = (found, entry, now.st_size, now.st_mtime_ns)
    for old in list(_kept)[:-KEEP_IN_PROCESS]:
        del _kept[old]


def store(key: str, signals: dict[str, SignalSpec], language: LanguageSpec, warnings: list[Problem]) -> None:
    """Keep a validated set under `key` (written aside and renamed: a reader never sees half an entry)."""
    folder = cache_dir()
    if folder is None:
        return
    data = {
        "signals": [asdict(s) for s in signals.values()],
        "language": {k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(language).items()},
        "warnings": [asdict(p) for p in warnings],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f"{key}.{os.getpid()}.tmp"
        payload = json.dumps(data).encode("utf-8")
        temporary.write_bytes(hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
        temporary.replace(folder / f"{key}.json")
        _keep(key, (dict(signals), language, list(warnings)), folder / f"{key}.json")
        prune(folder.glob("*.json"))
    except OSError:
        pass


def mark_used(entry: Path) -> None:
    """Date an entry (a file or folder) now, so `prune` takes it for one in use; a failure only costs its place.
    The clock's own nanoseconds: the file system's time of a write moves in steps of milliseconds, and entries
    used one after the other must not tie."""
    now = time.time_ns()
    try:
        os.utime(entry, ns=(now, now))
    except OSError:
        pass


def prune(entries: Iterable[Path]) -> None:
    """Remove all but the KEEP most recently used of `entries` (by modification time, which `mark_used`
    sets on reading). An entry removed before another process opens it is a miss there (the lexicon files are
    read; one open is read whole); a model's folder is marked as its run reads it, so it is among the newest."""
    dated = []
    for entry in entries:
        try:
            dated.append((entry.stat().st_mtime_ns, entry))
        except OSError:  # removed meanwhile by another run
            continue
    for _, entry in sorted(dated, reverse=True)[KEEP:]:
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _term(d: dict[str, Any]) -> Term:
    exact = d["exact"]
    return Term(
        d["text"],
        tuple(d["words"]),
        d["weight"],
        tuple(exact) if exact is not None else None,
        d["source"],
        d["line"],
        d["origin"],
        d["alone"],
    )


def _signal(d: dict[str, Any]) -> SignalSpec:
    return SignalSpec(
        **{
            k: v
            for k, v in d.items()
            if k not in {"terms", "exceptions", "context", "proximity"} and not isinstance(v, list)
        },
        terms=tuple(_term(t) for t in d["terms"]),
        exceptions=tuple(_term(t) for t in d["exceptions"]),
        context=tuple(
            ContextRule(
                tuple(_term(t) for t in r["before"]),
                tuple(_term(t) for t in r["after"]),
                r["window"],
                r["action"],
                r["to"],
                r["line"],
                tuple(r.get("terms", ())),
                r.get("closing_name", False),
                r.get("opening_label", False),
                tuple(r.get("not_labels", ())),
                r.get("opening_name", False),
                tuple(_term(t) for t in r.get("answered_by", ())),
                r.get("name_after", False),
                r.get("one_word", False),
            )
            for r in d["context"]
        ),
        proximity=tuple(
            ProximityRule(
                r["id"],
                tuple(_term(t) for t in r["a"]),
                tuple(_term(t) for t in r["b"]),
                r["window"],
                r["ordered"],
                r["weight"],
                r["line"],
                r["ends_as_terms"],
                r["defer_to_terms"],
            )
            for r in d["proximity"]
        ),
        remove=tuple(d["remove"]),
        examples_match=tuple(d["examples_match"]),
        examples_no_match=tuple(d["examples_no_match"]),
        origins=tuple(d["origins"]),
        overlaps=tuple(d["overlaps"]),
    )
