"""Calibration of the narrative heads: balanced logistic regressions' scores made into probabilities.

Balanced heads score as if every label were as frequent as its absence, so their probabilities are not
ones. Expected-F1 decoding (framing.narratives.model) needs probabilities: one logistic fit per level,
over every head's inner out-of-fold scores at once, of sigmoid(a * score + c * log prior odds + b), puts
each label's own frequency back with one weight for all labels (a few hundred articles do not support a
fit per label). With a paragraph view (framing.narratives.model: the mean of the article's paragraphs'
rows, read by the same heads), its score is a third feature with its own weight. The fit folds into the
heads' weights and biases (and the paragraph view's weight relative to the article's), so a saved model
scores as before.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def log_odds(labels: list[str], sets: list[set[str]]) -> np.ndarray:
    """Each label's smoothed log prior odds among `sets`."""
    positives = np.array([sum(label in s for s in sets) for label in labels], dtype=float)
    return np.log((positives + 0.5) / (len(sets) - positives + 0.5))


def logit(p: np.ndarray) -> np.ndarray:
    """The heads' scores back from their probabilities (clipped: a sigmoid may round to 0 or 1)."""
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return np.log(p / (1 - p))


def calibration(parts, coarse: list[set[str]], fine: list[set[str]]) -> dict[str, tuple[float, ...]]:
    """Per level, (a, c, b) of sigmoid(a * score + c * log prior odds + b), fitted on the inner
    out-of-fold predictions `parts` (articles, model, coarse and fine probabilities per inner fold, then
    those of the paragraph view or None); with a paragraph view, (a, c, b, d) of
    sigmoid(a * score + c * log prior odds + b + d * paragraph score)."""
    from sklearn.linear_model import LogisticRegression

    found = {}
    for level, gold, key, column in (("coarse", coarse, "coarse_labels", 2), ("fine", fine, "fine_labels", 3)):
        columns: list[list[np.ndarray]] = [[], [], []]
        ys = []
        for part in parts:
            te, core = part[0], part[1]
            inside = set(te.tolist())
            odds = log_odds(core[key], [s for i, s in enumerate(gold) if i not in inside])
            columns[0].append(logit(part[column]).ravel())
            columns[1].append(np.broadcast_to(odds, part[column].shape).ravel())
            if part[column + 2] is not None:
                columns[2].append(logit(part[column + 2]).ravel())
            ys.append(np.array([[label in gold[i] for label in core[key]] for i in te]).ravel())
        X = np.column_stack([np.concatenate(c) for c in columns if c])
        fitted = LogisticRegression(C=1e4, max_iter=1000).fit(X, np.concatenate(ys))
        a, c, *d = fitted.coef_[0]
        found[level] = (float(a), float(c), float(fitted.intercept_[0]), *map(float, d))
    return found


def recalibrated(
    p: np.ndarray, odds: np.ndarray, abc: tuple[float, ...], paragraph: np.ndarray | None = None
) -> np.ndarray:
    """Probabilities `p` of heads with prior log odds `odds` (and those of the paragraph view, when the
    calibration has one), calibrated (for the inner predictions, whose heads are not saved)."""
    a, c, b, *d = abc
    z = a * logit(p) + c * odds + b
    if d:  # a calibration with a paragraph view weighs its scores
        z += d[0] * logit(np.asarray(paragraph))
    return 1.0 / (1.0 + np.exp(-z))


def calibrated_core(
    core: dict[str, Any], cal: dict[str, tuple[float, ...]], coarse: list[set[str]], fine: list[set[str]]
) -> dict[str, Any]:
    """The calibration folded into the heads' weights and biases (so a saved model scores as before).
    a (x W + b) + d (v W + b) = (x + d / a v)(a W) + (a + d) b: the paragraph view v joins the article's
    rows x with weight d / a (`paragraph_weight`)."""
    out = dict(core)
    for level, gold, W, b in (("coarse", coarse, "Wc", "bc"), ("fine", fine, "Wf", "bf")):
        a, c, b0, *d = cal[level]
        out[W] = (core[W] * a).astype(np.float32)
        out[b] = core[b] * (a + sum(d)) + c * log_odds(core[f"{level}_labels"], gold) + b0
        if d:
            out["paragraph_weight"] = out.get("paragraph_weight", {}) | {level: d[0] / a}
    return out
