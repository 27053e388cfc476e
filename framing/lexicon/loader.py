"""Find, read, validate and merge lexicon folders into one `LexiconSet`.

In: the shipped folder plus user folders (framing.toml, $FRAMING_LEXICONS, --lexicons), a
language. Out: a `LexiconSet` whose signals know the files they came from, and a content hash
that identifies the set in run metadata. Layers and their precedence are documented in
lexicons/README.md.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path

from ..errors import Code, InputError, LexiconError, Problem
from ..wording import clipped, nearest
from . import cache
from .config import config_folders
from .importers import IMPORTABLE, import_file
from .schema import GRAMMAR_LANGUAGE, LanguageSpec, SignalSpec, validate_language, validate_signal

ENV_VAR = "FRAMING_LEXICONS"
CONFIG_FILE = "framing.toml"
LANGUAGE_FILE = "_language.toml"
NARRATIVE_FOLDER = "narratives"  # a layer's narrative cue files (framing.narratives.taxonomy reads them)
# A lexicon file is read up to this size (the largest shipped one holds 92 kB): a 29 MB file of 2 million
# terms took 2 minutes and 1.7 GB to load, so a larger one is refused unread rather than eat memory.
MAX_LEXICON_BYTES = 10_000_000


def shipped_dir() -> Path:
    """The lexicons shipped with the package (inside the wheel, or beside it in a checkout)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_lexicons", here.parent / "lexicons"):
        if candidate.is_dir():
            return candidate
    raise LexiconError([Problem(str(here), "the shipped lexicons are missing from this installation", Code.NO_FOLDER)])


@dataclass(frozen=True)
class Layer:
    """One folder in the search path and why it is there."""

    path: Path
    origin: str  # "shipped", "framing.toml", "$FRAMING_LEXICONS", "--lexicons"


@dataclass
class LexiconSet:
    """The signals in force for a run, in a stable order, with their provenance."""

    language: str
    signals: dict[str, SignalSpec]
    language_spec: LanguageSpec
    layers: list[Layer]
    files: list[tuple[str, str]]  # (path, sha256) of every file read
    warnings: list[Problem] = field(default_factory=list)

    @property
    def sourcing_roles(self) -> dict[str, str]:
        """Signal id -> its sourcing role (`role` in the file's [signal] header): what sourcing reads."""
        return {sid: spec.role for sid, spec in self.signals.items() if spec.role}

    def signal(self, signal_id: str) -> SignalSpec:
        """One signal by id: a misspelled one is refused naming those in force, in every command alike."""
        if signal_id not in self.signals:
            raise InputError(
                f'no signal "{signal_id}"{nearest(signal_id, self.signals)} (known: {", ".join(self.signals)})'
            )
        return self.signals[signal_id]

    @property
    def hash(self) -> str:
        """sha256 over the contents of every file read: equal hashes, equal lexicons."""
        digest = hashlib.sha256()
        for _, sha in self.files:
            digest.update(sha.encode())
        return digest.hexdigest()


# a tag of a few subtags at most: a long one ("en-abcdefgh-…" 600 times) made its folder's path too long (r16)
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")


def language_code(lang: str) -> str:
    """A code in any case as the lower-case one folders, cache and models use ("EN" is "en"): every entry
    point taking a code, and the command line's --lang, read it through this."""
    return lang.lower()


def search_path(extra: list[Path] | None = None, lang: str = "en", cwd: Path | None = None) -> list[Layer]:
    """The layers in precedence order, lowest first: shipped, framing.toml, environment, --lexicons."""
    if not _LANGUAGE_CODE.fullmatch(lang):  # a path ("", "..", "en/../x") would read some other folder
        shown = clipped(lang, escaped=True)
        raise InputError(f"--lang {shown}: not a language code (two or three letters, such as en or ru)")
    lang = language_code(lang)
    cwd = cwd or Path.cwd()
    layers = [Layer(shipped_dir() / lang, "shipped")]
    config = cwd / CONFIG_FILE
    if config.is_file():
        for folder in config_folders(config):
            layers.append(Layer(_resolve(cwd / folder, lang), CONFIG_FILE))
    for folder in filter(None, os.environ.get(ENV_VAR, "").split(os.pathsep)):
        layers.append(Layer(_resolve(Path(folder), lang), "$" + ENV_VAR))
    for given in extra or []:
        layers.append(Layer(_resolve(Path(given), lang), "--lexicons"))
    return layers


def _resolve(folder: Path, lang: str) -> Path:
    """A user folder may hold files directly or in per-language subfolders."""
    return folder / lang if (folder / lang).is_dir() else folder


def _candidates(layer: Layer) -> list[Path]:
    """The files of a layer that are read: .toml, and foreign dictionaries outside the shipped folder."""
    return [
        path
        for path in sorted(layer.path.iterdir())
        if path.suffix == ".toml" or (path.suffix in IMPORTABLE and layer.origin != "shipped")
    ]


def holds_nothing(layer: Layer) -> bool:
    """A user folder with no file a run would read (nor narrative cues): a mistyped or emptied folder
    would otherwise be layered over the shipped one without a word, and the run look like it used it."""
    if layer.origin == "shipped" or (layer.path / NARRATIVE_FOLDER).is_dir():
        return False
    if not layer.path.is_dir():  # not there at all, or not a folder
        return True
    return not any(
        p.suffix != ".toml" or not p.name.startswith("_") or p.name == LANGUAGE_FILE for p in _candidates(layer)
    )


def read_lexicon_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """The file's bytes, or None with an E102: a folder, a FIFO or a device is never opened (a FIFO
    would block forever, a device never end), a dangling link or an unreadable file is reported."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
            problems.append(
                Problem(
                    str(path), f"not a regular file ({kind})", Code.UNREADABLE, hint="move it out of the lexicon folder"
                )
            )
            return None
        with open(path, "rb") as fh:
            data = fh.read(MAX_LEXICON_BYTES + 1)
        if len(data) > MAX_LEXICON_BYTES:
            problems.append(
                Problem(
                    str(path),
                    f"over {MAX_LEXICON_BYTES / 1e6:g} MB, more than a lexicon file may hold",
                    Code.UNREADABLE,
                    hint="split it, or keep only the terms you judged",
                )
            )
            return None
        return data
    except OSError as exc:
        what = "a link to a missing file" if path.is_symlink() and not path.exists() else exc.strerror
        problems.append(Problem(str(path), f"cannot read: {what}", Code.UNREADABLE))
    return None


def _read(path: Path, problems: list[Problem]) -> str | None:
    data = read_lexicon_bytes(path, problems)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(
            Problem(str(path), f"not UTF-8 text (byte {exc.start})", Code.UNREADABLE, hint="save the file as UTF-8")
        )
    return None


def load_lexicons(
    extra: list[Path] | None = None, lang: str = "en", cwd: Path | None = None, layers: list[Layer] | None = None
) -> LexiconSet:
    """Read every layer and merge it; raises `LexiconError` listing all errors found.

    A set read before, with the same bytes in every file, comes from the cache (lexicon/cache.py).
    """
    lang = language_code(lang)
    lexicons = _load(layers if layers is not None else search_path(extra, lang, cwd), lang)
    if not lexicons.signals:  # e.g. --lang ru: its shipped folder holds narrative cues only
        raise LexiconError([Problem(f"--lang {lang}", _no_signals(lang), Code.NO_TERMS)])
    return lexicons


def _load(layers: list[Layer], lang: str) -> LexiconSet:
    contents = _contents(layers)
    key = None
    if contents is not None:
        key = cache.cache_key(contents, lang)
        hit = cache.load(key)
        if hit is not None:
            signals, language, warnings = hit
            files = [(path, hashlib.sha256(data).hexdigest()) for path, data in contents]
            return LexiconSet(lang, signals, language, layers, files, warnings)
    lexicons, problems = collect(layers, lang)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise LexiconError(errors)
    if key:
        cache.store(key, lexicons.signals, lexicons.language_spec, lexicons.warnings)
    return lexicons


def signal_languages() -> list[str]:
    """The languages the shipped lexicons hold signal files for (a folder may hold narrative cues only)."""
    return [
        folder.name
        for folder in sorted(shipped_dir().iterdir())
        if folder.is_dir() and any(f.suffix == ".toml" and not f.name.startswith("_") for f in folder.iterdir())
    ]


def _no_signals(lang: str) -> str:
    shipped = signal_languages()
    return (
        f"no signal lexicons for language '{lang}'{nearest(lang, shipped)} (shipped for: {', '.join(shipped)}); "
        "add a folder of them with --lexicons"
    )


def missing_folder(layer: Layer, lang: str) -> Problem:
    """The error of a layer with no lexicon to read. The shipped folder of a language is named by the
    option that chose it, `--lang xx`: its path is the installation's, not one the user gave."""
    if layer.origin == "shipped":
        return Problem(f"--lang {lang}", _no_signals(lang), Code.NO_FOLDER)
    return Problem(str(layer.path), _why_missing(layer), Code.NO_FOLDER)


def _why_missing(layer: Layer) -> str:
    if layer.path.is_symlink() and not layer.path.exists():
        return f"lexicon folder is a link to nothing (from {layer.origin})"
    if layer.path.is_dir():
        return (
            f"holds no lexicon files (.toml, or {'/'.join(IMPORTABLE)} to import); give the folder holding them "
            f"(from {layer.origin})"
        )
    if layer.path.exists():
        return f"is not a folder; give the folder holding the lexicon .toml files (from {layer.origin})"
    return f"lexicon folder not found (from {layer.origin})"


def _contents(layers: list[Layer]) -> list[tuple[str, bytes]] | None:
    """Path and bytes of every file the layers would be read from; None when any cannot be read."""
    contents = []
    try:
        for layer in layers:
            if holds_nothing(layer):  # reported by `collect`
                return None
            for path in _candidates(layer):
                data = read_lexicon_bytes(path, [])
                if data is None:
                    return None
                contents.append((str(path), data))
    except OSError:
        return None
    return contents


def collect(layers: list[Layer], lang: str = "en") -> tuple[LexiconSet, list[Problem]]:
    """Merge what can be read and return it with every problem found (errors and warnings)."""
    lang = language_code(lang)
    problems: list[Problem] = []
    signals: dict[str, SignalSpec] = {}
    language = LanguageSpec()
    files: list[tuple[str, str]] = []
    failed: set[str] = set()  # signals whose file did not load: rules naming them are not checked
    for layer in layers:
        if not layer.path.is_dir() or holds_nothing(layer):
            problems.append(missing_folder(layer, lang))
            continue
        for path in _candidates(layer):
            if path.suffix == ".toml":
                source = _read(path, problems)
                if source is None:
                    continue
                files.append((str(path), hashlib.sha256(source.encode()).hexdigest()))
                if path.name == LANGUAGE_FILE:
                    grammar = layer.origin == "shipped" and lang == GRAMMAR_LANGUAGE  # the file grammar.py reads
                    language_spec, found = _validated_language(str(path), source, language.negation_window, grammar)
                    problems += found
                    if language_spec:
                        language = _merge_language(language, language_spec)
                    continue
                if path.name.startswith("_"):
                    continue
                spec, found = _validated_signal(str(path), source, path.stem, lang)
                problems += found
                new = [spec] if spec else []
                if spec is None:
                    failed.add(path.stem)
            else:
                data = read_lexicon_bytes(path, problems)
                if data is None:
                    continue
                files.append((str(path), hashlib.sha256(data).hexdigest()))
                new, import_problems = import_file(path, data)
                problems += import_problems
            for spec in new:
                signals[spec.id] = _merge_signal(signals.get(spec.id), spec, problems)
    _check_flip_targets(signals, failed, problems)
    warnings = [p for p in problems if p.severity != "error"]
    return LexiconSet(lang, signals, language, layers, files, warnings), problems


# A file read again with the same bytes (a notebook re-checking after editing one lexicon, a command
# run twice in one process) is validated once: validation is pure and its results are frozen.
@lru_cache(maxsize=128)
def _validated_signal(
    path: str, source: str, signal_id: str, lang: str
) -> tuple[SignalSpec | None, tuple[Problem, ...]]:
    spec, found = validate_signal(path, source, signal_id, lang)
    return spec, tuple(found)


@lru_cache(maxsize=32)
def _validated_language(
    path: str, source: str, window: int, grammar: bool
) -> tuple[LanguageSpec | None, tuple[Problem, ...]]:
    spec, found = validate_language(path, source, window, grammar)
    return spec, tuple(found)


def _merge_language(base: LanguageSpec, extra: LanguageSpec) -> LanguageSpec:
    """User language files add to every word list; the negation window is the latest layer's (its file
    was read with the window below as the default). Field by field, so that a new list is merged too."""
    merged = {}
    for f in fields(LanguageSpec):
        below, here = getattr(base, f.name), getattr(extra, f.name)
        merged[f.name] = below | here if isinstance(below, frozenset) else here
    return LanguageSpec(**merged)


def _merge_signal(base: SignalSpec | None, spec: SignalSpec, problems: list[Problem]) -> SignalSpec:
    if spec.mode != "extend":
        return spec
    if base is None:
        problems.append(
            Problem(
                spec.path,
                f'mode = "extend" but no earlier layer has a signal "{spec.id}"',
                Code.BAD_REMOVE,
                hint='drop mode = "extend" to add it as a new signal',
            )
        )
        return spec
    removed = set(spec.remove)
    present = {t.text for t in base.terms}
    for text in removed - present:
        problems.append(
            Problem(
                spec.path,
                f'[remove] names "{text}", which "{spec.id}" does not have',
                Code.REMOVE_MISSING,
                severity="warning",
            )
        )
    own = {t.words for t in spec.terms}
    terms = tuple(t for t in base.terms if t.text not in removed and t.words not in own) + spec.terms
    return replace(
        base,
        terms=terms,
        exceptions=base.exceptions + spec.exceptions,
        context=base.context + spec.context,
        proximity=base.proximity + spec.proximity,
        examples_match=base.examples_match + spec.examples_match,
        examples_no_match=base.examples_no_match + spec.examples_no_match,
        origins=base.origins + spec.origins,
        description=spec.description or base.description,
        role=spec.role or base.role,
    )


def _check_flip_targets(signals: dict[str, SignalSpec], failed: set[str], problems: list[Problem]) -> None:
    """A flip to a signal no layer defines is an error; one to a signal whose file failed is already reported."""
    for spec in signals.values():
        for rule in spec.context:
            if rule.action == "flip" and rule.to not in signals and rule.to not in failed:
                problems.append(
                    Problem(
                        spec.path,
                        f'context rule flips to unknown signal "{rule.to}"',
                        Code.BAD_RULE,
                        rule.line,
                        hint="known signals: " + ", ".join(sorted(signals)),
                    )
                )
