"""Training: C, the combination of feature blocks and a threshold chosen by inner cross-validation,
the cross-validation of that whole procedure, and `train_model`, the holdout -> CV -> fit -> save
recipe `framing train` runs.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.frozen import FrozenEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import FixedThresholdClassifier
from sklearn.multiclass import OneVsRestClassifier

from .. import __version__
from ..errors import InputError
from ..lexicon.loader import language_code
from .data import (
    _max_folds,
    _targets,
    check_labels,
    data_hash,
    holdout_split,
    infer_task,
    read_labelled,
    repeat_groups,
    splitter,
    text_fingerprints,
)
from .estimators import (
    COMBINE,
    C_GRID,
    INNER_FOLDS,
    BlockAverage,
    Trained,
    _block_ranges,
    _get_C,
    _set_C,
    build_pipeline,
    one_thread,
)
from .files import check_output, save
from .metrics import _score, metrics
from .predict import predict

TOO_LITTLE = "too little text to learn from: no word occurs in two examples"


def _tune(
    clf,
    X,
    y: np.ndarray,
    groups: np.ndarray | None,
    metric: str,
    positive: str | None,
    seed: int,
    blocks: list[tuple[int, int]],
    combine: str = "auto",
) -> tuple[str, float, float | None, dict[str, dict[str, float]]]:
    """Choose C, the combination ("joint": one model over all columns; "blocks": one model per column
    block with probabilities averaged, as `BlockAverage` does; "mix": the joint and the block models,
    all averaged; "auto" tries the three) and, for the F1 of one positive class, a decision threshold,
    by inner CV on the (already vectorized) training data: (combination, C, threshold or None, inner
    score per combination and C).

    A rare positive class is under-predicted at p = 0.5 even with balanced class weights, so for
    `f1_positive` each candidate is scored at the threshold on P(positive) that is best on its pooled
    out-of-fold probabilities, and the winner's threshold is kept. Other measures use argmax (p >= 0.5
    per label for multi-label). Each combination takes its best C (ties: C nearest 1). An averaged
    model (the better of "blocks" and "mix") replaces the joint one only when it is better on the
    pooled score and on every inner fold: on small data sets (Szeged news, 2,000 sentences) pooled
    gains under 0.01 did not hold out of fold. "mix" needs no fits of its own.
    """
    fitted = ("joint", "blocks") if combine in ("auto", "mix") else (combine,)
    views = {name: [X] if name == "joint" else [X[:, a:b] for a, b in blocks] for name in fitted}
    folds = _max_folds(y, groups, INNER_FOLDS)
    if folds < 2:
        return ("joint" if combine == "auto" else combine), _get_C(clf), None, {}
    thresholds = metric == "f1_positive" and y.ndim == 1 and positive is not None and positive in set(y)
    proba = {(name, C): np.zeros(y.shape if y.ndim == 2 else (len(y), len(set(y)))) for name in views for C in C_GRID}
    fold_of = np.zeros(len(y), dtype=int)
    for k, (train, test) in enumerate(splitter(y, groups, folds, seed)):
        fold_of[test] = k
        for name, parts in views.items():
            for part in parts:
                model = clone(clf)
                if isinstance(model, LogisticRegression):  # each C starts from the last C's solution: ~2x faster
                    model.set_params(warm_start=True)
                for C in C_GRID:
                    _set_C(model, C).fit(part[train], y[train])
                    proba[name, C][test] += model.predict_proba(part[test]) / len(parts)
    if combine in ("auto", "mix"):  # the joint model and the block models, all averaged: no new fits
        for C in C_GRID:
            proba["mix", C] = (proba["joint", C] + len(blocks) * proba["blocks", C]) / (len(blocks) + 1)
    candidates = ("joint", "blocks", "mix") if combine == "auto" else (combine,)
    proba = {key: p for key, p in proba.items() if key[0] in candidates}
    classes = np.asarray(sorted(set(y))) if y.ndim == 1 else None
    scores: dict[str, dict[str, float]] = {name: {} for name in candidates}
    at: dict[tuple[str, float], float] = {}
    predicted: dict[tuple[str, float], np.ndarray] = {}
    for (name, C), p in proba.items():
        if thresholds and classes is not None:  # thresholds are for single-label y, which has classes
            column = list(classes).index(positive)
            at[name, C], _ = _best_threshold(y == positive, p[:, column])
            predicted[name, C] = np.where(p[:, column] >= at[name, C], classes[column], classes[1 - column])
        else:
            predicted[name, C] = (p >= 0.5).astype(int) if classes is None else classes[np.argmax(p, axis=1)]
        scores[name][str(C)] = round(_score(y, predicted[name, C], metric, positive), 4)
    best = {name: (name, max(C_GRID, key=lambda c: (scores[name][str(c)], -abs(np.log(c))))) for name in candidates}
    chosen = best[candidates[0]]
    if len(best) > 1:

        def by_fold(key: tuple[str, float]) -> np.ndarray:
            return np.array(
                [_score(y[fold_of == k], predicted[key][fold_of == k], metric, positive) for k in range(folds)]
            )

        pooled = {name: scores[name][str(C)] for name, C in best.values()}
        rival = max(candidates[1:], key=pooled.__getitem__)
        if pooled[rival] > pooled["joint"] and np.all(by_fold(best[rival]) > by_fold(best["joint"])):
            chosen = best[rival]
    name, C = chosen
    return name, C, (round(at[name, C], 4) if thresholds else None), scores


def _best_threshold(truth: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """The probability threshold with the best F1 of the positive class, and that F1.

    Candidates are the percentiles 2..98 of the scores, so a threshold never rests on one example.
    """
    best = (0.5, _f1(truth, p >= 0.5))
    for t in np.unique(np.percentile(p, np.arange(2, 99))):
        f1 = _f1(truth, p >= t)
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def _f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    hits = int(np.sum(truth & predicted))
    return 2 * hits / (int(truth.sum()) + int(predicted.sum())) if hits else 0.0


def fit(
    texts: list[str],
    labels: list,
    *,
    task: str | None = None,
    groups: list | None = None,
    classifier: str = "logreg",
    metric: str | None = None,
    positive: str | None = None,
    lexicons: list[str] | None = None,
    lang: str = "en",
    level: str = "sentence",
    tune: bool = True,
    combine: str = "auto",
    seed: int = 0,
) -> Trained:
    """Fit the model on all the given data, C and the combination (see `_tune`) chosen by inner CV;
    no scores (see `cross_validate`). Without tuning, "auto" is the joint model."""
    if combine not in COMBINE:
        raise ValueError(f"combine must be one of {COMBINE}, not {combine!r}")
    task = task or infer_task(labels)
    y, classes = _targets(labels, task)
    if len(classes) < 2:
        raise InputError(f"need at least two labels to learn from, found {len(classes)}: {classes}")
    metric = metric or ("f1_micro" if task == "multilabel" else "f1_macro")
    g = np.asarray(groups) if groups is not None else None
    pipeline = build_pipeline(task, classifier, lexicons=lexicons, lang=lang)
    features, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
    started = time.perf_counter()
    with one_thread(), warnings.catch_warnings():
        # A fold of a table of many labels holds some once: `check_labels` judged the table as a whole, and
        # scikit-learn's "could represent a regression problem" came with the path and line of its source
        warnings.filterwarnings("ignore", message="The number of unique classes is greater than 50%")
        try:
            X = features.fit_transform(list(texts)).tocsr()
        except ValueError as exc:
            if "no terms remain" in str(exc) or "no character n-grams remain" in str(exc):
                raise InputError(TOO_LITTLE) from None
            raise
        blocks = _block_ranges(features)
        if tune:
            combine, C, threshold, scores = _tune(clf, X, y, g, metric, positive, seed, blocks, combine)
        else:
            combine, C, threshold, scores = ("joint" if combine == "auto" else combine), _get_C(clf), None, {}
        if combine == "mix":
            blocks = [(0, X.shape[1])] + blocks
        if combine in ("blocks", "mix") and isinstance(clf, OneVsRestClassifier):  # averaged per label
            clf.set_params(estimator=BlockAverage(clf.estimator, blocks=tuple(blocks)))
        elif combine in ("blocks", "mix"):
            clf = BlockAverage(clf, blocks=tuple(blocks))
            pipeline.steps[-1] = ("clf", clf)
        _set_C(clf, C).fit(X, y)
    if threshold is not None:  # the tuned threshold lives in the Pipeline, so its own predict honours it
        pipeline.steps[-1] = (
            "clf",
            FixedThresholdClassifier(
                FrozenEstimator(clf), threshold=threshold, pos_label=positive, response_method="predict_proba"
            ).fit(X[:0], y[:0]),
        )
    lexicon = features.transformer_list[0][1].named_steps["signals"]
    meta = {
        "format": "framing.model/1",
        "framing_version": __version__,
        "task": task,
        "level": level,
        "classes": classes,
        "classifier": classifier,
        "combine": combine,
        "C": C,
        "threshold": threshold,
        "inner_cv": {
            "metric": metric,
            "folds": INNER_FOLDS,
            "scores_by_C": scores.get(combine, {}),
            "scores_by_combination": scores,
        },
        "n_examples": len(texts),
        "n_features": int(X.shape[1]),
        "data_sha256": data_hash(texts, labels, groups),
        "lexicon_hash": lexicon.lexicon_hash_,
        "lexicon_signals": list(lexicon.signals_),
        "seconds_to_fit": round(time.perf_counter() - started, 2),
    }
    return Trained(pipeline, meta)


def cross_validate(
    texts: list[str], labels: list, *, folds: int = 5, groups: list | None = None, seed: int = 0, **fit_args: Any
) -> dict[str, Any]:
    """k-fold CV of the whole procedure (vectorizers and C tuning refit on each training part).

    Folds are stratified by label and, with `groups`, never split a group. Returns the metrics of
    the pooled out-of-fold predictions (see `metrics`) plus the per-fold macro F1.
    """
    task = fit_args.get("task") or infer_task(labels)
    y, classes = _targets(labels, task)
    g = np.asarray(groups) if groups is not None else None
    k = _max_folds(y, g, folds)
    if k < 2:
        raise InputError("too few examples per label for cross-validation (need two of each, or two groups)")
    text_arr = np.asarray(list(texts), dtype=object)
    labels_arr = np.empty(len(labels), dtype=object)
    labels_arr[:] = list(labels)
    predicted: list[Any] = [None] * len(text_arr)
    fold_scores = []
    for train, test in splitter(y, g, k, seed):
        model = fit(
            list(text_arr[train]),
            list(labels_arr[train]),
            task=task,
            groups=list(g[train]) if g is not None else None,
            seed=seed,
            **fit_args,
        )
        pred = predict(model, list(text_arr[test]))
        for i, p in zip(test, pred):
            predicted[i] = p
        fold = metrics(list(labels_arr[test]), pred, classes, task)
        fold_scores.append(fold["macro_f1"])
    result = metrics(list(labels), predicted, classes, task)
    result |= {"folds": k, "grouped": g is not None, "fold_macro_f1": [round(s, 4) for s in fold_scores]}
    return result


@dataclass
class Saved:
    """What `train_model` wrote: the model (its metrics included) and the paths of its three files."""

    model: Trained
    path: Path
    metrics_path: Path
    card_path: Path


@contextmanager
def _named(data: Path, text_col: str) -> Iterator[None]:
    """`fit` knows texts, not the file they came from: its "too little text" names the file and column."""
    try:
        yield
    except InputError as exc:
        if str(exc).startswith(TOO_LITTLE):
            raise InputError(f"{data}: {exc} in {text_col!r} (is --text-col the column of the texts?)") from None
        raise


def train_model(
    data: Path | str,
    out: Path | str,
    *,
    text_col: str = "text",
    label_col: str = "label",
    group_col: str | None = None,
    label_sep: str | None = None,
    level: str = "sentence",
    folds: int = 5,
    holdout: float = 0.0,
    classifier: str = "logreg",
    seed: int = 0,
    lexicons: list[str] | None = None,
    lang: str = "en",
    progress: Callable[[str], None] | None = None,
) -> Saved:
    """`framing train` as a function: read a labelled table, keep `holdout` of it (whole groups) out of
    everything, cross-validate the whole procedure on the rest (`folds`, 0 for none), fit on the rest,
    score the held-out part, and save the model, its metrics and its card at `out`.

    `progress` is told what starts (cross-validation and fitting take minutes on big tables). Paths
    may be strings.
    """
    data, out, lang = Path(data), Path(out), language_code(lang)
    if folds == 1 or folds < 0:  # before, "too few rows for cross-validation" blamed the data
        raise InputError(f"--folds {folds}: cross-validation takes at least 2 folds (0: none)")
    tell = progress or (lambda message: None)
    check_output(out)
    texts, labels, groups = read_labelled(data, text_col, label_col, group_col, label_sep, tell)
    check_labels(data, label_col, labels, groups, holdout)
    test_part: tuple[list, list] | None = None
    # without groups, a repeated text is never split between training and test, in the holdout nor in a fold
    split_groups, repeated = repeat_groups(texts, groups)
    if repeated and groups is None:  # the holdout is drawn over distinct texts: enough of each label?
        distinct: dict[str, Any] = {}
        for group, label in zip(split_groups or [], labels):
            distinct.setdefault(group, label)  # a text's first row, as `holdout_split` stratifies by
        check_labels(data, label_col, list(distinct.values()), None, holdout, "distinct text")
    if holdout:
        train_idx, test_idx = holdout_split(
            labels, split_groups if groups is not None else None, holdout, seed, together=split_groups
        )
        test_part = ([texts[i] for i in test_idx], [labels[i] for i in test_idx])
        texts, labels = [texts[i] for i in train_idx], [labels[i] for i in train_idx]
        split_groups = [split_groups[i] for i in train_idx] if split_groups is not None else None
        _, repeated = repeat_groups(texts, split_groups if groups is not None else None)  # in the training part
    args: dict[str, Any] = {"classifier": classifier, "lexicons": lexicons or None, "lang": lang, "level": level}
    scores: dict[str, Any] = {}
    if folds:
        y, classes = _targets(labels, infer_task(labels))
        possible = _max_folds(y, np.asarray(split_groups) if split_groups is not None else None, folds)
        counts = y.sum(axis=0) if y.ndim == 2 else np.array([int(np.sum(y == c)) for c in classes])
        rarest = int(np.argmin(counts))
        part, n = " in the training part" if holdout else "", int(counts[rarest])
        has = f"label {classes[rarest]!r} has {n}"
        if possible < 2:
            raise InputError(
                f"{data}: too few rows for cross-validation: {has}{part} (it needs two of each label, or two groups; "
                "--folds 0 skips it)"
            )
        # u29: the line said "the rarest label or the groups allow no more", not which label or how many
        limit = f"{has} rows{part}" if possible == n else f"the rows fall in {possible} groups"
        fewer = f", not {folds}: {limit}, and each fold needs one" if possible < folds else ""
        tell(f"cross-validating on {len(texts)} rows ({possible} folds{fewer})...")
        with _named(data, text_col):
            scores["cv"] = cross_validate(texts, labels, folds=folds, groups=split_groups, seed=seed, **args)
        scores["cv"] |= {"grouped": groups is not None, "repeated_texts": repeated}
    tell(f"training on {len(texts)} rows...")
    with _named(data, text_col):
        model = fit(texts, labels, groups=split_groups, seed=seed, **args)
    model.meta |= {"data": data.name, "text_col": text_col, "label_col": label_col}
    model.fingerprints = text_fingerprints(texts)
    if test_part is not None:
        predicted = predict(model, test_part[0])
        scores["holdout"] = metrics(test_part[1], predicted, model.classes, model.meta["task"])
    model.metrics = scores
    metrics_path, card_path = save(model, out)
    return Saved(model, out, metrics_path, card_path)
