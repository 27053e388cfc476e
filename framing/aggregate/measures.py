"""What a score table offers to compare (`Measure`s), and the groups it is compared by (names
normalized, look-alike outlets found)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..tables import SOURCING_SHARES
from ..wording import group_name

# Outlet-name endings that make two spellings of one outlet ("Newsmax - News", "Newsmax").
_SUFFIX = r"(?:\s*[-–—|:,]\s*|\s+)(?:news|online|com|inc|ltd|the)\.?$|\.com$"


@dataclass(frozen=True)
class Measure:
    """One number per article to compare groups on: a signal's rate or a sourcing share."""

    id: str  # the signal id ("hedging"), "sourcing_anonymous" or "model_hedged"
    column: str  # the score-table column holding the number
    kind: str  # "rate" (per 1,000 words) or "share" (of sentences; for a model: or a probability)
    hits: str | None  # the column counting the matches measured, when there is one


def find_measures(columns: list[str], measure: str = "per_1k", signals: list[str] | None = None) -> list[Measure]:
    """The measures a score table offers, in table order; `signals` picks (and orders) a subset.

    A signal is a stem with both `{stem}_count` and `{stem}_per_1k` columns; `measure` chooses which
    of its per-article numbers to compare (`per_1k`, `author_per_1k` or `sentence_share`).
    """
    present = set(columns)
    found: dict[str, Measure] = {}
    for col in columns:
        stem = col[: -len("_count")] if col.endswith("_count") else None
        if stem and f"{stem}_per_1k" in present and f"{stem}_{measure}" in present:
            kind = "share" if measure == "sentence_share" else "rate"
            # `_count` counts matches in every voice, so it measures the own-voice rate only roughly
            found[stem] = Measure(stem, f"{stem}_{measure}", kind, col if measure == "per_1k" else None)
    for name in SOURCING_SHARES:
        col = f"sourcing_{name}"
        if col in present:
            found[col] = Measure(col, col, "share", None)
    labels = [col for col in columns if col.startswith("model_") and col.endswith(("_share", "_prob"))]
    for col in labels:  # a model's labels (framing score --model): shares of sentences, or probabilities
        stem = col.rsplit("_", 1)[0]
        found[stem] = Measure(stem, col, "share", None)
    for col in columns:  # narratives (framing score --narratives): 1 when predicted, so a share of articles
        if col.startswith("narrative_") and f"{col}_prob" in present:
            found[col] = Measure(col, col, "share", None)
    if signals is None:
        complement = _binary_complement(labels)
        return [m for m in found.values() if m.column != complement]
    unknown = [s for s in signals if s not in found]
    if unknown:
        raise KeyError(", ".join(unknown))
    return [found[s] for s in signals]


def _binary_complement(labels: list[str]) -> str | None:
    """Of a two-class model's two columns, the one to leave out: its share (or probability) is one
    minus the other's, so testing both would state one difference twice. The negative class goes
    ("non_biased" beside "biased"), else the second."""
    if len(labels) != 2 or labels[0].rsplit("_", 1)[1] != labels[1].rsplit("_", 1)[1]:
        return None
    negative = [c for c in labels if re.match(r"model_(non|not|no)(_|$)", c)]
    return negative[0] if len(negative) == 1 else labels[1]


def normalize_groups(
    values: pd.Series, fold: bool = False, mapping: dict[str, str] | None = None
) -> tuple[pd.Series, dict[str, list[str]]]:
    """Group labels after optional case/space folding and an explicit old -> new map.

    Folding keeps the most frequent spelling of each folded name ("hpo" x63 and "HPO" x1 become
    "hpo"); the map is applied after folding and matched on folded keys when folding is on.
    Returns the new labels and, for every label that absorbed others, the spellings it absorbed.
    """
    raw = group_names(values)
    new = raw.copy()
    if fold:
        key = _fold(raw)
        counts = pd.DataFrame({"key": key, "raw": raw}).value_counts().reset_index()
        counts = counts.sort_values(["key", "count", "raw"], ascending=[True, False, True])
        canonical = counts.drop_duplicates("key").set_index("key")["raw"]
        new = key.map(canonical)
    if mapping:
        table = dict(zip(_map_keys(mapping, fold), (group_name(v) for v in mapping.values())))
        lookup = _fold(new) if fold else new
        new = lookup.map(table).fillna(new).astype("string")
    merges: dict[str, list[str]] = {}
    pairs = pd.DataFrame({"old": raw, "new": new}).dropna().drop_duplicates()
    for label, olds in pairs.groupby("new")["old"]:
        spellings = sorted(set(olds))
        if spellings != [label]:
            merges[str(label)] = spellings
    return new, merges


def unmatched_map_keys(values: pd.Series, mapping: dict[str, str], fold: bool = False) -> list[str]:
    """The `from` names of a group map that name no group in `values` (a typo renames nothing)."""
    present = group_names(values).dropna()
    names = set(_fold(present) if fold else present)
    return [k for k, key in zip(mapping, _map_keys(mapping, fold)) if key not in names]


def _map_keys(mapping: dict[str, str], fold: bool) -> pd.Series:
    """A group map's `from` names as they are matched: folded with the labels, else stripped."""
    keys = group_names(pd.Series(list(mapping), dtype="string"))
    return _fold(keys) if fold else keys


def group_names(values: pd.Series) -> pd.Series:
    """Group labels as `wording.group_name` writes one: invisible characters dropped, composed, stripped."""
    return values.astype("string").map(group_name, na_action="ignore").astype("string")


def _fold(values: pd.Series) -> pd.Series:
    return values.str.casefold().str.replace(r"\s+", " ", regex=True).str.strip()


def look_alikes(names: list[str]) -> list[list[str]]:
    """Sets of group names that look like one outlet: equal after folding case, dropping
    punctuation and spacing, and a generic ending (" - News", ".com"). Each set sorted."""
    if len(names) < 2:
        return []
    keys = _fold(pd.Series(names, dtype="string")).str.replace(_SUFFIX, "", regex=True)
    keys = keys.str.replace(r"[\W_]+", "", regex=True)
    found = pd.Series(names).groupby(keys.to_numpy())
    return [sorted(map(str, part)) for key, part in found if len(part) > 1 and key]


def case_only(names: list[str]) -> bool:
    """Whether names differ only in case or spacing (what --normalize-groups merges)."""
    return _fold(pd.Series(names, dtype="string")).nunique() == 1
