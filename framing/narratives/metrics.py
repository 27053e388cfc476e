"""The task's official measure, samples-F1, and a bootstrap interval for it.

The official scorer binarises each article's label set and averages the per-article F1
(scikit-learn's `f1_score(average="samples")`). Every label counts as an ordinary label there:
`Other` and `<narrative>: Other` included, so predicting `Other` for an `Other` article scores 1.
"""

from __future__ import annotations

import numpy as np


def samples_f1(gold: list[set[str]], pred: list[set[str]]) -> np.ndarray:
    """Per-article F1 between the gold and predicted label sets (0 when they share nothing)."""
    scores = np.zeros(len(gold))
    for k, (g, p) in enumerate(zip(gold, pred)):
        shared = len(g & p)
        if shared:
            scores[k] = 2 * shared / (len(g) + len(p))
        elif not g and not p:
            scores[k] = 1.0
    return scores


def bootstrap(scores: np.ndarray, rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of the mean, resampling articles."""
    rng = np.random.default_rng(seed)
    means = scores[rng.integers(0, len(scores), (rounds, len(scores)))].mean(axis=1)
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))
