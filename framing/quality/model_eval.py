"""The classifier half of `make eval`: train and test on the research data sets, print one table.

For each data set in `../shared/data` (skipped when absent) and each split of a k-fold
cross-validation, four models are trained on the training part only and scored on the test part:
the majority label, the lexicon signals alone (FramingVectorizer + logistic regression), plain
TF-IDF + logistic regression, and our model (`framing.model.train.fit`, C and joint, per-block
averaged or mixed model tuned by inner CV on the training part; for the F1 of one class, the decision
threshold on P(positive) too). Sentences of one article (document) never straddle a split. Scores
are computed on the pooled out-of-fold predictions. Published figures are those quoted in the data
README.

Run: python -m framing.quality.model_eval [--data DIR] [--only NAME ...] [--folds K] [--format table|json]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..scripts import data_folder, fold_count, print_figures, script_parser
from ..model.data import splitter
from ..model.estimators import one_thread
from ..model.predict import predict
from ..model.train import fit
from .datasets import babe, absent, default_data_dir, ptc_sentences, szeged


@dataclass
class Task:
    """One evaluation: texts, labels, groups, the measure, and the published figures for it."""

    name: str
    task: str
    texts: list[str]
    labels: list
    groups: list | None
    metric: str  # f1_positive or f1_macro
    positive: str | None = None
    published_baseline: str = "—"
    published_best: str = "—"


def _babe(data: Path) -> Task:
    df = babe(data)
    # README: best macro F1 about 0.80 (fine-tuned transformer, Spinde et al. 2021); no baseline given.
    # Sentences of one article (news_link; a row without one stands alone) stay in one fold.
    links = [link if isinstance(link, str) else f"row {i}" for i, link in enumerate(df["news_link"])]
    return Task(
        "BABE",
        "biased vs non-biased (split by article)",
        df["text"].tolist(),
        ["biased" if b else "non-biased" for b in df["biased"]],
        links,
        "f1_macro",
        published_best="0.80",
    )


def _ptc(data: Path) -> Task:
    df = ptc_sentences(data)
    # README: NLP4IF-2019 sentence-level task, best F1 about 0.63 against a baseline of about 0.43
    return Task(
        "PTC",
        "propaganda sentence (split by article)",
        df["text"].tolist(),
        ["propaganda" if t else "none" for t in df["techniques"]],
        df["article"].tolist(),
        "f1_positive",
        "propaganda",
        "0.43",
        "0.63",
    )


def _szeged(part: str, label: str, best: str) -> Callable[[Path], Task]:
    def load(data: Path) -> Task:
        df = szeged(data, part)
        return Task(
            label,
            "uncertain sentence (split by document)",
            df["text"].tolist(),
            ["uncertain" if u else "certain" for u in df["uncertain"]],
            df["doc_id"].astype(str).tolist(),
            "f1_positive",
            "uncertain",
            published_best=best,
        )

    return load


TASKS: dict[str, tuple[str, Callable[[Path], Task]]] = {
    "babe": ("babe", _babe),
    "ptc": ("ptc", _ptc),
    "szeged_news": ("szeged_uncertainty", _szeged("factbank_news", "Szeged news (FactBank)", "—")),
    # README: CoNLL-2010 best sentence-level F1 about 0.60 on Wikipedia, with the weasel annotation
    "szeged_wiki": ("szeged_uncertainty", _szeged("wikipedia", "Szeged Wikipedia", "0.60 (CoNLL-2010)")),
}


SCORES = ("majority", "lexicon", "tfidf", "ours")  # the columns each model's score fills, rounded to 3 decimals


def _baseline(kind: str):
    """The comparison models, built fresh for each split."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MaxAbsScaler

    from ..model.features import FramingVectorizer

    head = LogisticRegression(class_weight="balanced", max_iter=2000)
    if kind == "lexicon":
        return make_pipeline(FramingVectorizer(), MaxAbsScaler(), head)
    return make_pipeline(TfidfVectorizer(), head)  # plain: scikit-learn's defaults, balanced classes


def evaluate_task(t: Task, folds: int, seed: int = 0) -> dict[str, Any]:
    """Out-of-fold scores of the four models on one data set."""
    y = np.asarray(t.labels, dtype=object)
    groups = np.asarray(t.groups) if t.groups is not None else None
    texts = np.asarray(t.texts, dtype=object)
    predictions = {name: np.empty(len(texts), dtype=object) for name in SCORES}
    seconds = []
    for train, test in splitter(y, groups, folds, seed, t.name):
        values, counts = np.unique(y[train], return_counts=True)
        _fill(predictions["majority"], test, [values[np.argmax(counts)]] * len(test))
        with one_thread():
            for name in ("lexicon", "tfidf"):
                model = _baseline(name).fit(list(texts[train]), list(y[train]))
                _fill(predictions[name], test, list(model.predict(list(texts[test]))))
        started = time.perf_counter()
        model = fit(
            list(texts[train]),
            list(y[train]),
            metric=t.metric,
            positive=t.positive,
            groups=list(groups[train]) if groups is not None else None,
            seed=seed,
        )
        seconds.append(time.perf_counter() - started)
        _fill(predictions["ours"], test, predict(model, list(texts[test])))
    scores = {name: round(_measure(t, list(pred)), 3) for name, pred in predictions.items()}
    return {
        "data": t.name,
        "task": t.task,
        "n": len(texts),
        "measure": _measure_name(t),
        "folds": folds,
        "grouped": groups is not None,
        **scores,
        "published_baseline": t.published_baseline,
        "published_best": t.published_best,
        "fit_seconds_mean": round(float(np.mean(seconds)), 1),
    }


def _fill(target: np.ndarray, index: np.ndarray, values: list) -> None:
    for i, v in zip(index, values):
        target[i] = v


def _measure(t: Task, predicted: list) -> float:
    from sklearn.metrics import f1_score

    if t.metric == "f1_positive":
        return float(f1_score(t.labels, predicted, pos_label=t.positive, average="binary", zero_division=0))
    return float(f1_score(t.labels, predicted, average="macro", zero_division=0))


def _measure_name(t: Task) -> str:
    return {"f1_positive": f"F1 ({t.positive})", "f1_macro": "macro F1"}[t.metric]


COLUMNS = (
    ("data", "data set"),
    ("task", "task"),
    ("measure", "measure"),
    ("n", "n"),
    ("majority", "majority"),
    ("lexicon", "lexicon-only"),
    ("tfidf", "TF-IDF+LR"),
    ("ours", "our model"),
    ("published_baseline", "published baseline"),
    ("published_best", "published best"),
)


def render(rows: list[dict[str, Any]]) -> str:
    """The rows as a plain-text table (fixed-width columns, fit for a terminal or a log)."""
    cells = [[label for _, label in COLUMNS]] + [[_cell(r[key], key) for key, _ in COLUMNS] for r in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(COLUMNS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: Any, key: str) -> str:
    """A score at the three decimals it is rounded to (`str` dropped trailing zeros: 0.550 read "0.55", as
    if measured to two decimals); every other column as given."""
    return f"{value:.3f}" if key in SCORES else str(value)


def evaluate(data: Path, only: list[str] | None = None, folds: int = 5, seed: int = 0) -> list[dict[str, Any]]:
    """One row per data set of `only` (default: all) present in `data`; progress on stderr."""
    rows = []
    for key in only or list(TASKS):
        folder, load = TASKS[key]
        if not (data / folder).is_dir():
            print(f"{key}: skipped ({folder}/ is absent)", file=sys.stderr)
            continue
        started = time.perf_counter()
        rows.append(evaluate_task(load(data), folds, seed))
        print(f"{key}: done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    """The rows as `make eval` prints them, with what each column means."""
    print("Classifiers on the research data: out-of-fold scores, every model trained on the training folds only")
    print(render(rows))
    print(
        "lexicon-only: lexicon signals + logistic regression; TF-IDF+LR: scikit-learn defaults, balanced classes; "
        "our model: lexicon signals + word and character TF-IDF, C, joint, per-block averaged or mixed model (and, for F1 "
        "of one class, the threshold) tuned by inner CV on the training folds."
    )
    print(
        "Note: the lexicons were tuned by hand on about half of these data sets (see the lexicon files), so "
        "lexicon-only and our model may read a little high here."
    )


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__spec__.name, __doc__.splitlines()[0])
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="the research data folder")
    parser.add_argument("--only", nargs="*", choices=sorted(TASKS), help="evaluate only these")
    parser.add_argument("--folds", type=fold_count, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("-f", "--format", choices=["table", "json"], default="table")
    args = parser.parse_args(argv)
    if absent(args.data):
        return 0
    return print_figures(lambda: evaluate(args.data, args.only, args.folds), args.format == "json", print_table)


if __name__ == "__main__":
    sys.exit(main())
