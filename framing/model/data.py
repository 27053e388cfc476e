"""Labelled data for the classifiers: reading a table, the task it poses, its hash, and honest folds.

Folds are stratified by label where the labels allow it and never split a group (the article a
sentence comes from), so a model is never tested on sentences of an article it was trained on, nor
on a text it was trained on: rows whose texts repeat (BABE repeats sentences) share a group.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold, KFold, StratifiedGroupKFold, StratifiedKFold
from sklearn.preprocessing import MultiLabelBinarizer

from ..corpus.labelled import read_labelled_table
from ..errors import InputError
from ..wording import counted


def infer_task(labels: list) -> str:
    """multilabel when labels are lists, binary for two classes, multiclass otherwise."""
    if labels and isinstance(labels[0], (list, tuple, set, frozenset)):
        return "multilabel"
    return "binary" if len(set(labels)) == 2 else "multiclass"


def data_hash(texts: list[str], labels: list, groups: list | None = None) -> str:
    """sha256 of the training texts, labels and groups, in order: equal hashes, equal data."""
    payload = json.dumps(
        [
            list(texts),
            [sorted(v) if isinstance(v, (list, tuple, set, frozenset)) else v for v in labels],
            list(groups) if groups is not None else None,
        ],
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def read_labelled(
    path: Path,
    text_col: str,
    label_col: str,
    group_col: str | None = None,
    label_sep: str | None = None,
    tell: Callable[[str], object] | None = None,
) -> tuple[list[str], list, list | None]:
    """Texts, labels (lists of labels when `label_sep` splits them) and groups from a labelled table
    (`corpus.labelled`); rows without text or label are left out, and `tell` is told how many."""
    df = read_labelled_table(path, {"--text-col": text_col, "--label-col": label_col, "--group-col": group_col})
    keep = df[text_col].notna() & df[label_col].notna() & (df[text_col].astype(str).str.strip() != "")
    df = df[keep]
    if df.empty:
        raise InputError(f"{path}: no rows with both {text_col!r} and {label_col!r}")
    if tell is not None and not keep.all():  # said: "(1 rows)" of a table of 3 left the user guessing
        tell(f"{path}: {counted(int((~keep).sum()), 'row')} without a text or a label left out")
    labels: list = [str(v).strip() for v in df[label_col]]
    if label_sep:
        labels = [sorted({part.strip() for part in v.split(label_sep) if part.strip()}) for v in labels]
    groups = [str(v) for v in df[group_col]] if group_col else None
    return [str(t) for t in df[text_col]], labels, groups


_WORD = re.compile(r"\w+")


def text_key(text: str) -> str:
    """A text's words, lower-cased: texts with one key repeat each other (case, spacing, punctuation aside)."""
    return " ".join(_WORD.findall(text.lower()))


def text_fingerprints(texts: list[str]) -> list[str]:
    """Short sha256 digests of the texts' keys, sorted and distinct: recorded beside a model so that
    `framing evaluate` can count test rows the model was trained on, without storing the texts."""
    return sorted({hashlib.sha256(text_key(t).encode()).hexdigest()[:16] for t in texts})


def repeat_groups(texts: list[str], groups: list | None) -> tuple[list | None, int]:
    """The groups to split by, and how many rows repeat a text across them.

    Texts repeat when their words agree, case, spacing and punctuation aside (BABE holds one sentence
    with curly and with straight quotes). Without groups, a repeat on both sides of a split would score
    memory, not the model: each distinct text becomes a group, its repeats with it.
    The user's groups are kept as given: merging those a repeated text links joined PTC's 248 articles
    into one group of 7,072 sentences through shared boilerplate ("Take our poll"), which no fold can
    balance; the rows whose text also occurs in another group are counted, to be reported."""
    keys = [text_key(t) for t in texts]
    if groups is not None:
        seen: dict[str, set] = {}
        for key, group in zip(keys, groups):
            seen.setdefault(key, set()).add(group)
        return groups, sum(len(seen[key]) > 1 for key in keys)
    first: dict[str, int] = {}
    of_row = [first.setdefault(key, i) for i, key in enumerate(keys)]
    if len(first) == len(keys):
        return None, 0
    counts = np.bincount(of_row)
    return [f"text {j}" for j in of_row], int(np.sum(counts[of_row] > 1))


def _targets(labels: list, task: str) -> tuple[np.ndarray, list[str]]:
    if task == "multilabel":
        binarizer = MultiLabelBinarizer()
        y = binarizer.fit_transform([sorted(map(str, v)) for v in labels])
        return y, [str(c) for c in binarizer.classes_]
    y = np.asarray([str(v) for v in labels], dtype=object)
    return y, sorted(set(y))


def check_folds(folds: int, units: int, what: str) -> None:
    """Refuse more folds than `units` to deal into them (`what`: "babe's rows"): the evaluation scripts, whose
    --folds is not capped to the data as `train`'s is, stopped with scikit-learn's traceback."""
    if folds > units:
        raise InputError(f"--folds {folds}: more folds than {what} ({units:,})")


def splitter(y: np.ndarray, groups: np.ndarray | None, folds: int, seed: int = 0, name: str = "the data"):
    """Stratified folds where the labels allow it, never splitting a group; (train, test) index pairs."""
    n = len(y)
    check_folds(
        folds, n if groups is None else len(set(groups.tolist())), f"{name}'s {'rows' if groups is None else 'groups'}"
    )
    index = np.zeros(n)
    if y.ndim == 2:  # multi-label: no stratification
        if groups is not None:
            return list(GroupKFold(folds).split(index, groups=groups))
        return list(KFold(folds, shuffle=True, random_state=seed).split(index))
    if groups is not None:
        return list(StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(index, y, groups))
    return list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(index, y))


def holdout_split(
    labels: list, groups: list | None, fraction: float, seed: int = 0, *, together: list | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Indices of a training part and a held-out test part: whole groups with `groups`; otherwise
    stratified by label, rows sharing a value of `together` (repeated texts) kept on one side."""
    from sklearn.model_selection import GroupShuffleSplit, train_test_split

    index = np.arange(len(labels))
    if groups is not None:
        train, test = next(GroupShuffleSplit(1, test_size=fraction, random_state=seed).split(index, groups=groups))
        return train, test
    y, _ = _targets(labels, infer_task(labels))
    if together is None:
        train, test = train_test_split(
            index, test_size=fraction, random_state=seed, stratify=y if y.ndim == 1 else None
        )
        return np.sort(train), np.sort(test)
    first = dict.fromkeys(together)  # each value's first row stands for its rows, and gives the label
    for i, value in enumerate(together):
        if first[value] is None:
            first[value] = i
    reps = np.asarray(list(first.values()))
    strata = y[reps] if y.ndim == 1 and min(np.unique(y[reps], return_counts=True)[1]) > 1 else None
    _, test_reps = train_test_split(reps, test_size=fraction, random_state=seed, stratify=strata)
    held = {together[i] for i in test_reps}
    test = np.asarray([i for i, value in enumerate(together) if value in held], dtype=int)
    return np.setdiff1d(index, test), test


def _max_folds(y: np.ndarray, groups: np.ndarray | None, wanted: int) -> int:
    smallest = int(y.sum(axis=0).min()) if y.ndim == 2 else int(min(np.unique(y, return_counts=True)[1]))
    if groups is not None:
        smallest = min(smallest, len(set(groups)))
    return max(0, min(wanted, smallest))


def check_labels(
    data: Path, label_col: str, labels: list, groups: list | None, holdout: float, unit: str = "row"
) -> None:
    """Refuse, naming the file, labels a model cannot learn from, or that a --holdout share cannot be
    stratified over (scikit-learn's words came as a traceback). `unit`: what `labels` are one per
    (rows, or distinct texts: the holdout keeps a repeated text's rows together)."""
    y, classes = _targets(labels, infer_task(labels))
    if len(classes) < 2:
        found = f"one label, {classes[0]!r}" if classes else "no label"
        raise InputError(f"{data}: {label_col!r} holds {found}; a model needs at least two to learn from")
    # each label's rows counted in one pass: a pass over the rows per label took hours for a million labels (r9)
    counts = Counter(y.tolist()) if y.ndim == 1 else Counter()
    if y.ndim == 1 and 2 * len(classes) > len(labels):  # scikit-learn only warned, in its own words and file
        single = [c for c in classes if counts[c] == 1]
        raise InputError(
            f"{data}: {label_col!r} holds {len(classes):,} different labels in {counted(len(labels), 'row')}, "
            f"{len(single):,} of them on one row only (such as {(single or classes)[0]!r}); a "
            "classifier learns labels seen several times each: is it a score or an id rather than a class?"
        )
    if not holdout or groups is not None or y.ndim == 2:  # whole groups, or multi-label: not stratified
        return
    rarest = min(classes, key=lambda c: counts[c])
    if counts[rarest] < 2:
        raise InputError(
            f"{data}: --holdout keeps a share of each label out, so it needs two {unit}s of each; "
            f"label {rarest!r} has one"
        )
    held = math.ceil(holdout * len(labels))
    if held < len(classes) or len(labels) - held < len(classes):
        raise InputError(
            f"{data}: --holdout {holdout:g} keeps {held} of {len(labels)} {unit}s out, but the held-out and the "
            f"training part each need a {unit} of every label ({len(classes)}); change --holdout"
        )
