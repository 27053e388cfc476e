"""How good a classifier's predictions are: per-class and macro scores beside a majority-class
baseline, a bootstrap interval on the headline figure, precision-recall curves and their figure, and
the score inner cross-validation maximises."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer

from .estimators import Trained


def _score(y_true: np.ndarray, y_pred: np.ndarray, metric: str, positive: str | None) -> float:
    if metric == "f1_positive":
        return float(f1_score(y_true, y_pred, pos_label=positive, average="binary", zero_division=0))
    return float(f1_score(y_true, y_pred, average=metric.removeprefix("f1_"), zero_division=0))


def precision_recall(model: Trained, labels: list, proba: np.ndarray) -> dict[str, dict[str, Any]]:
    """Per label (one against the rest): precision and recall at every threshold, average precision."""
    from sklearn.metrics import average_precision_score, precision_recall_curve

    curves = {}
    for k, label in enumerate(model.classes):
        truth = np.array([label in row if model.multilabel else row == label for row in labels])
        if truth.any():
            precision, recall, _ = precision_recall_curve(truth, proba[:, k])
            curves[label] = {
                "precision": precision.tolist(),
                "recall": recall.tolist(),
                "average_precision": round(float(average_precision_score(truth, proba[:, k])), 4),
            }
    return curves


def precision_recall_figure(curves: dict[str, dict[str, Any]]):
    """A matplotlib Figure of precision against recall, one line per label (data from `precision_recall`)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 4.5))
    ax = fig.subplots()
    for label, c in curves.items():
        ax.step(c["recall"], c["precision"], where="post", label=f"{label} (AP {c['average_precision']:.2f})")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_title("Precision-recall, each label against the rest")
    ax.legend(fontsize="small", loc="lower left")
    fig.tight_layout()
    return fig


def metrics(y_true: list, y_pred: list, classes: list[str], task: str) -> dict[str, Any]:
    """Per-class and macro precision, recall, F1; accuracy; the confusion matrix (rows = true)."""
    if task == "multilabel":
        binarizer = MultiLabelBinarizer(classes=classes)
        t = binarizer.fit_transform([[str(v) for v in row] for row in y_true])
        p = binarizer.transform([[str(v) for v in row] for row in y_pred])
        matrix = None
    else:
        t = np.asarray([str(v) for v in y_true], dtype=object)
        p = np.asarray([str(v) for v in y_pred], dtype=object)
        matrix = confusion_matrix(t, p, labels=classes).tolist()
    kwargs: dict[str, Any] = {"zero_division": 0} | ({} if task == "multilabel" else {"labels": classes})
    prec, rec, f1, support = precision_recall_fscore_support(t, p, average=None, **kwargs)
    macro = precision_recall_fscore_support(t, p, average="macro", **kwargs)
    out: dict[str, Any] = {
        "task": task,
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(t, p)), 4),
        "macro_precision": round(float(macro[0]), 4),
        "macro_recall": round(float(macro[1]), 4),
        "macro_f1": round(float(macro[2]), 4),
        "per_class": {
            c: {
                "precision": round(float(prec[i]), 4),
                "recall": round(float(rec[i]), 4),
                "f1": round(float(f1[i]), 4),
                "support": int(support[i]),
            }
            for i, c in enumerate(classes)
        },
    }
    if task == "multilabel":
        out["micro_f1"] = round(float(f1_score(t, p, average="micro", zero_division=0)), 4)
        truth, said = t.astype(float), p.astype(float)
    else:
        out["confusion_matrix"] = {"labels": classes, "matrix": matrix}
        truth = (t[:, None] == np.asarray(classes, dtype=object)[None, :]).astype(float)
        said = (p[:, None] == np.asarray(classes, dtype=object)[None, :]).astype(float)
    out["majority_baseline"] = majority_baseline(truth, classes, task == "multilabel")
    intervals = bootstrap_f1(truth, said)
    out["macro_f1_interval"] = intervals["macro"]
    if task == "multilabel":
        out["micro_f1_interval"] = intervals["micro"]
    return out


def majority_baseline(truth: np.ndarray, classes: list[str], multilabel: bool) -> dict[str, Any]:
    """The scores of always predicting the commonest label (multi-label: each label held by most rows),
    from the rows x labels 0/1 `truth`, as scikit-learn's F1 with zero_division=0 gives them."""
    n, support = len(truth), truth.sum(axis=0)
    if multilabel:
        on = support > n / 2
    else:
        on = np.zeros(len(classes), dtype=bool)
        on[int(np.argmax(support))] = True  # ties: the first label, in `classes` order
    f1 = np.where(on, 2 * support / (support + n), 0.0)
    out: dict[str, Any] = {"label": classes[int(np.argmax(on))]} if not multilabel else {}
    if multilabel:
        out["labels"] = [c for c, o in zip(classes, on) if o]
    out["accuracy"] = round(float(np.mean(np.all(truth == on, axis=1))), 4)
    out["macro_f1"] = round(float(f1.mean()), 4)
    if multilabel:
        hits, total = support[on].sum(), support.sum() + n * on.sum()
        out["micro_f1"] = round(float(2 * hits / total) if total else 0.0, 4)
    return out


BOOTSTRAP_RESAMPLES = 1000


def baseline_line(m: dict[str, Any]) -> str:
    """The headline's interval and the majority-class baseline in words, for the table and the card."""
    low, high = m["macro_f1_interval"]
    base = m["majority_baseline"]
    said = repr(base["label"]) if "label" in base else ", ".join(map(repr, base["labels"])) or "no label"
    which = "the majority baseline"
    if "label" in base:  # on a tie the first label is predicted: "majority" alone read as if it were commoner
        support = {c: s["support"] for c, s in m["per_class"].items()}
        tied = [c for c, n in support.items() if n == support.get(base["label"]) and c != base["label"]]
        if tied:
            others = repr(tied[0]) if len(tied) == 1 else f"{len(tied)} other labels"
            which += f": the commonest label, tied with {others}, the first in order"
    return (
        f"macro F1 {m['macro_f1']:.3f}, 95% bootstrap interval {low:.3f}–{high:.3f}; always predicting {said} "
        f"({which}) scores macro F1 {base['macro_f1']:.3f}, accuracy {base['accuracy']:.3f}"
    )


def bootstrap_f1(truth: np.ndarray, said: np.ndarray, seed: int = 0) -> dict[str, list[float]]:
    """95% percentile-bootstrap intervals of macro and micro F1 over rows (resampled with replacement).

    Why: on a few hundred test rows a macro F1 moves by several points from sample to sample; a
    figure without its interval invites reading noise as a gain. `truth` and `said` are rows x labels
    of 0/1 (one-hot for single-label tasks). Rows with the same truth and prediction are alike to
    F1, so a resample is drawn as counts of each distinct (truth, prediction) pattern: a multinomial
    over a few patterns, not over every row (100,000 rows took 45 s that way, now milliseconds).
    """
    n = len(truth)
    if not n:
        return {"macro": [0.0, 0.0], "micro": [0.0, 0.0]}
    both = np.hstack([truth, said]).astype(np.uint8)
    if both.shape[1] <= 62:  # each row's pattern as one number: np.unique over rows is many times slower
        codes, first, counts = np.unique(
            both @ (1 << np.arange(both.shape[1], dtype=np.int64)), return_index=True, return_counts=True
        )
        patterns = both[first].astype(float)
    else:
        patterns, counts = np.unique(both, axis=0, return_counts=True)
        patterns = patterns.astype(float)
    true, predicted = patterns[:, : truth.shape[1]], patterns[:, truth.shape[1] :]
    weights = np.random.default_rng(seed).multinomial(n, counts / n, size=BOOTSTRAP_RESAMPLES).astype(float)
    tp, t, p = weights @ (true * predicted), weights @ true, weights @ predicted
    with np.errstate(invalid="ignore", divide="ignore"):
        macro = np.where(t + p > 0, 2 * tp / (t + p), 0.0).mean(axis=1)
        total = t.sum(axis=1) + p.sum(axis=1)
        micro = np.where(total > 0, 2 * tp.sum(axis=1) / total, 0.0)
    return {
        name: [round(float(v), 4) for v in np.percentile(values, [2.5, 97.5])]
        for name, values in (("macro", macro), ("micro", micro))
    }
