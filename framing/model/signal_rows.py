"""The arithmetic of the lexicon-signal features, apart from scikit-learn.

`FramingVectorizer` (features.py) and the portable predictor (portable.py) both build their rows
here, so a model applied without scikit-learn sees the very same numbers; the lexicons a model
stored are compiled here too, once per process.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import tempfile
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..lexicon import cache
from ..lexicon.loader import Layer, load_lexicons
from ..pipeline import Analyzer, ArticleResult

_PER_SIGNAL = ("count", "weighted", "author", "quoted", "reported", "negated")
_VOICE_COLUMN = {"author": 2, "quoted": 3, "reported": 4}
_KINDS = ("named", "anonymous", "vague", "state_media")
_analyzers: dict[str, Analyzer] = {}  # compiled lexicons per content hash: compiling is the slow part
# a stored lexicon file's name as `_compiled` writes it: "<layer number>/<file name>.toml", nothing that climbs out
_STORED_NAME = re.compile(r"[0-9]{2}/[^/\\\x00]+\.toml")


def _compiled(layers: list[Layer], lang: str) -> tuple[Analyzer, dict[str, str]]:
    """The analyzer for these lexicon folders and their files' text, compiled once per process."""
    sources: dict[str, str] = {}
    for number, layer in enumerate(layers):
        if layer.path.is_dir():
            for path in sorted(layer.path.glob("*.toml")):
                sources[f"{number:02d}/{path.name}"] = path.read_text(encoding="utf-8")
    return _from_sources(sources, lang, layers), sources


def _from_sources(sources: dict[str, str], lang: str, layers: list[Layer] | None = None) -> Analyzer:
    key = hashlib.sha256(repr((lang, sorted(sources.items()))).encode()).hexdigest()
    analyzer = _analyzers.get(key)
    if analyzer is None:
        if layers is None:  # a fitted vectorizer rebuilt from the text it stored
            analyzer = _from_stored(sources, lang, key)
        else:
            analyzer = Analyzer(load_lexicons(lang=lang, layers=layers))
        _analyzers[key] = analyzer
    return analyzer


def _from_stored(sources: dict[str, str], lang: str, key: str) -> Analyzer:
    """The analyzer for lexicon text a model stored, written out to be read as lexicon files. Written to a
    folder named by `key` beside the lexicon cache's entries, so the set has the same paths on every run and
    the lexicon cache finds it (from a new temporary folder each run, it was parsed and stored anew every
    time); to a temporary folder when the cache is off or cannot be written. Only the `cache.KEEP` folders
    used last are kept. The names come from the model file, so one that is not a lexicon file's name
    ("../x", an absolute path) refuses the model: nothing a model holds is written outside that folder."""
    for name in sources:
        if not (isinstance(name, str) and _STORED_NAME.fullmatch(name) and not name.split("/")[1].startswith(".")):
            raise ModelError(f"the model's stored lexicons hold a file name that is not a lexicon file's: {name!r}")
    folder = cache.cache_dir()
    if folder is not None:
        root = folder / "model-lexicons" / key
        try:
            analyzer = _read_written(root, sources, lang)
            cache.mark_used(root)  # bounded like the cache's entries: folders of models not used lately go
            cache.prune(p for p in root.parent.iterdir() if p.is_dir())
            return analyzer
        except OSError:
            pass
    with tempfile.TemporaryDirectory() as tmp:
        return _read_written(Path(tmp), sources, lang)


def _read_written(root: Path, sources: dict[str, str], lang: str) -> Analyzer:
    for name, text in sources.items():
        path, data = root / name, text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # renamed: a reader never sees half a file
        temporary.write_bytes(data)
        temporary.replace(path)
    folders = sorted({name.split("/")[0] for name in sources})
    return Analyzer(load_lexicons(lang=lang, layers=[Layer(root / f, "model") for f in folders]))


def sentence_counts(signal_ids: list[str], results: list[ArticleResult]) -> np.ndarray:
    """Raw per-sentence counts of a batch: per signal the _PER_SIGNAL columns, then sourcing kinds
    and loaded cues; built with numpy over all the batch's matches at once (a corpus batch has
    tens of thousands), not match by match."""
    kinds = len(_PER_SIGNAL) * len(signal_ids)
    width = kinds + len(_KINDS) + 2
    first = np.cumsum([0] + [r.n_sentences for r in results])  # each article's first row
    rows = np.zeros(int(first[-1]) * width)

    def flat(field: str, size: int) -> tuple[np.ndarray, list[tuple]]:
        """(row of each item, the items' other fields) of one per-sentence list of every article."""
        items = [getattr(r, field) for r in results]
        lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
        columns = list(zip(*itertools.chain.from_iterable(items))) or [()] * size
        return np.asarray(columns[0], dtype=np.int64) + np.repeat(first[:-1], lengths), columns[1:]

    row, (signals, weights, voices, negated) = flat("sentence_signals", 5)
    base = {sid: k * len(_PER_SIGNAL) for k, sid in enumerate(signal_ids)}
    column = np.fromiter(map(base.get, signals, itertools.repeat(-1)), dtype=np.int64, count=len(signals))
    known = column >= 0
    cell = (row * width + column)[known]
    voice = np.fromiter(map(_VOICE_COLUMN.__getitem__, voices), dtype=np.int64, count=len(voices))[known]
    np.add.at(rows, cell, 1.0)
    np.add.at(rows, cell + 1, np.asarray(weights, dtype=float)[known])
    np.add.at(rows, cell + voice, 1.0)
    np.add.at(rows, cell + 5, np.asarray(negated, dtype=float)[known])
    row, (kind, loaded) = flat("sentence_sources", 3)
    cell = row * width + kinds
    rows[cell] = 1  # attributed, and attributed by this kind: yes or no
    rows[cell + 1 + np.fromiter(map(_KINDS.index, kind), dtype=np.int64, count=len(kind))] = 1
    np.add.at(rows, cell + 1 + len(_KINDS), np.asarray(loaded, dtype=float))
    return rows.reshape(int(first[-1]), width)


def lexicon_width(n_signals: int) -> int:
    """The columns `finish` gives for `n_signals` signals."""
    return n_signals * (len(_PER_SIGNAL) + 2) + 1 + len(_KINDS) + 3


def finish(
    signals: list[str],
    log_counts: bool,
    sums: np.ndarray,
    shares: np.ndarray,
    n_words: np.ndarray,
    n_sentences: np.ndarray,
) -> np.ndarray:
    """Per-text features from summed sentence rows, shares of sentences, words and sentences."""
    width = len(_PER_SIGNAL)
    n_signals = len(signals)
    scale = np.log1p if log_counts else (lambda x: x)
    per_signal = sums[:, : width * n_signals].reshape(len(sums), n_signals, width)
    counts = per_signal[:, :, 0]
    rate = np.divide(1000.0 * counts, n_words[:, None], out=np.zeros_like(counts), where=n_words[:, None] > 0)
    share = shares[:, : width * n_signals : width]
    signal_part = np.concatenate([scale(per_signal), rate[:, :, None], share[:, :, None]], axis=2)
    kinds = width * n_signals
    sourcing = shares[:, kinds : kinds + 1 + len(_KINDS)]
    tail = np.column_stack([scale(sums[:, -1]), scale(n_words), scale(n_sentences)])
    return np.hstack([signal_part.reshape(len(sums), n_signals * (width + 2)), sourcing, tail])
