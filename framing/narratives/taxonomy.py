"""The narrative taxonomy and the narrative cue lexicons, read from lexicons/ like every signal.

`lexicons/narrative_taxonomy.toml` lists the SemEval-2025 Task 10 labels (narratives and their
subnarratives); `lexicons/<lang>/narratives/*.toml` hold one cue file per narrative in the
ordinary signal format, whose `label` is the narrative's taxonomy label. The cue files are read
with the lexicon loader's own `collect`, so they take the same syntax, problems and user layers.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError, Problem
from ..lexicon.loader import (
    NARRATIVE_FOLDER,
    Layer,
    collect,
    holds_nothing,
    language_code,
    missing_folder,
    search_path,
    shipped_dir,
)
from ..lexicon.check import written_at
from ..lexicon.schema import SignalSpec
from ..wording import nearest

OTHER = "Other"
SUBFOLDER = NARRATIVE_FOLDER
TAXONOMY_FILE = "narrative_taxonomy.toml"


@dataclass(frozen=True)
class Taxonomy:
    """Narrative labels in file order and the full labels of their subnarratives."""

    narratives: tuple[str, ...]
    subnarratives: dict[str, tuple[str, ...]]  # narrative -> "narrative: sub" labels

    @property
    def fine_labels(self) -> tuple[str, ...]:
        return tuple(label for n in self.narratives for label in self.subnarratives[n])

    def parent(self, fine: str) -> str:
        """The narrative a subnarrative label belongs to."""
        return fine.rsplit(": ", 1)[0]

    def domain(self, label: str) -> str:
        """The topic a narrative or subnarrative label belongs to (`URW`, the war in Ukraine; `CC`, climate)."""
        return label.split(": ", 1)[0]

    def other_of(self, narrative: str) -> str:
        """`<narrative>: Other`, the fine label of a narrative without a listed subnarrative."""
        return f"{narrative}: {OTHER}"

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label a cue file may name: the narratives, their subnarratives and `Other`."""
        return (OTHER, *self.narratives, *sorted(self._fine_set))

    def known(self, label: str) -> bool:
        return label == OTHER or label in self.narratives or label in self._fine_set

    @property
    def _fine_set(self) -> frozenset[str]:
        return frozenset(self.fine_labels) | {self.other_of(n) for n in self.narratives}


@lru_cache(maxsize=1)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The shipped taxonomy (or the one at `path`)."""
    path = path or shipped_dir() / TAXONOMY_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError([Problem(str(path), f"cannot read the narrative taxonomy: {exc}", "E102")]) from None
    narratives, subs = [], {}
    for entry in data.get("narrative", []):
        label = entry["label"]
        narratives.append(label)
        subs[label] = tuple(f"{label}: {s}" for s in entry.get("subnarratives", []))
    return Taxonomy(tuple(narratives), subs)


def narrative_layers(lang: str, extra: list[Path] | None = None) -> list[Layer]:
    """The `narratives/` subfolder of every lexicon layer that has one (the shipped one always counts)."""
    layers = []
    for layer in search_path(extra, lang):
        folder = layer.path / SUBFOLDER
        if holds_nothing(layer):
            raise LexiconError([missing_folder(layer, lang)])
        if folder.is_dir() or layer.origin == "shipped":
            layers.append(Layer(folder, layer.origin))
    return layers


def load_cues(lang: str, extra: list[Path] | None = None) -> dict[str, SignalSpec]:
    """Narrative id -> its cue file for `lang` (in any case); raises `LexiconError` on a broken file or label."""
    lang = language_code(lang)
    layers = [layer for layer in narrative_layers(lang, extra) if layer.path.is_dir()]
    if not layers:
        return {}
    lexicons, problems = collect(layers, lang)
    problems += label_problems(lexicons.signals)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise LexiconError(errors)
    return lexicons.signals


def label_problems(specs: dict[str, SignalSpec]) -> list[Problem]:
    """A cue file's label must be a narrative or subnarrative of the taxonomy."""
    taxonomy = load_taxonomy()
    return [
        Problem(
            spec.path,
            f'label "{spec.label}" is not a narrative of {TAXONOMY_FILE}',
            "E203",
            hint="copy the label from the taxonomy file" + nearest(spec.label, taxonomy.labels),
        )
        for spec in specs.values()
        if not taxonomy.known(spec.label) or spec.label == OTHER
    ]


def check_narratives(layers: list[Layer], lang: str) -> list[Problem]:
    """`framing lexicon check` for the `narratives/` subfolders of `layers`: file problems, labels, examples."""
    from .cues import CueMatcher

    sub = [Layer(layer.path / SUBFOLDER, layer.origin) for layer in layers if (layer.path / SUBFOLDER).is_dir()]
    if not sub:
        return []
    lexicons, problems = collect(sub, lang)
    problems += label_problems(lexicons.signals)
    if any(p.severity == "error" for p in problems):
        return problems
    matcher = CueMatcher(lexicons.signals, lang)
    for sid, spec in lexicons.signals.items():
        for example, wanted in [(e, True) for e in spec.examples_match] + [(e, False) for e in spec.examples_no_match]:
            fired = any(c.narrative == sid for c in matcher.find_text(example)[1])
            if fired != wanted:
                what = "example does not match" if wanted else "no_match example matches"
                path, line = written_at(spec, example)  # the line, as a signal file's example is named (u32)
                problems.append(
                    Problem(path, f'{what}: "{example}"', "E215", line, hint="fix the terms or the example")
                )
        if not spec.examples_match:
            problems.append(Problem(spec.path, f'narrative "{sid}" has no examples', "W216", severity="warning"))
    return problems
