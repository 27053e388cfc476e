"""The SemEval-2025 Task 10 narrative data (subtask 2): articles with their gold label sets.

`LANG/narratives.tsv` is the task's official format: `ID <TAB> narratives <TAB> subnarratives`,
labels joined by `;` (repeated once per subnarrative), `Other <TAB> Other` for an article without
any. The same format is what `framing narratives` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..quality.datasets import default_data_dir

LANGS = ("en", "ru", "bg", "pt", "hi")
FOLDER = "semeval2025_narratives"


@dataclass
class Labelled:
    """One language's articles in file order, with their gold coarse and fine label sets."""

    lang: str
    ids: list[str]
    texts: list[str]
    coarse: list[set[str]]
    fine: list[set[str]]


def data_dir(root: Path | None = None) -> Path:
    return (root or default_data_dir()) / FOLDER


def read_labels(path: Path) -> dict[str, tuple[set[str], set[str]]]:
    """ID -> (narratives, subnarratives) from an official-format file."""
    labels = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{path}:{number}: expected ID, narratives and subnarratives separated by tabs")
        labels[parts[0]] = (_labels(parts[1]), _labels(parts[2]))
    return labels


def _labels(field: str) -> set[str]:
    return {label.strip() for label in field.split(";") if label.strip()}


def load(lang: str, root: Path | None = None) -> Labelled:
    """The labelled articles of one language (`root` is the shared data folder)."""
    folder = data_dir(root) / lang.upper()
    labels = read_labels(folder / "narratives.tsv")
    ids = sorted(labels)
    texts = [(folder / "documents" / i).read_text(encoding="utf-8") for i in ids]
    return Labelled(lang, ids, texts, [labels[i][0] for i in ids], [labels[i][1] for i in ids])


def format_line(article_id: str, coarse: list[str], fine: list[str]) -> str:
    """One line of the official format."""
    return f"{article_id}\t{';'.join(coarse)}\t{';'.join(fine)}"
