"""`make eval` for narratives: out-of-fold samples-F1 per language, next to two baselines.

Every article is predicted by a model that never saw it (5 folds over articles; thresholds chosen
inside each training part), at both levels of the taxonomy, with 95% bootstrap intervals. The
baselines run on the same folds: `Other` for every article, and TF-IDF word 1-2-grams with a
one-vs-rest logistic regression (an article with no label predicted gets `Other`).
Under the table, the model's means on the dev-fold and the test-fold articles (`quality.datasets.fold`):
tune on the first, report the second. A change to the model is judged on several splits of the five
folds (`--seed 0 1 2`): one split's figures move by about 0.01 when only the split changes.
Run: `python -m framing.narratives.evaluate [--lang LANG ...] [--seed N ...]`.
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from ..quality.datasets import fold
from ..scripts import script_parser
from ..wording import nearest
from .cues import CueMatcher
from .data import LANGS, Labelled, data_dir, load
from .metrics import bootstrap, samples_f1
from .model import CUE_LANGS, cue_features, fit, predict
from .taxonomy import OTHER, load_cues, load_taxonomy

FOLDS = 5
# The TF-IDF+LR baseline of issue 17 on held-out articles we do not have (trained on all of ours), coarse and
# fine. Ours on our folds is weaker (it mostly predicts `Other`), so a language ships only above both.
HELD_OUT_TFIDF = {"en": (0.49, 0.44), "ru": (0.53, 0.24), "bg": (0.47, 0.33), "pt": (0.66, 0.43), "hi": (0.47, 0.41)}


def _tfidf_baseline(texts: list[str], sets: list[set[str]], tr: np.ndarray, te: np.ndarray) -> list[set[str]]:
    binarizer = MultiLabelBinarizer()
    Y = binarizer.fit_transform([sets[i] for i in tr])
    keep = (Y.sum(axis=0) > 0) & (Y.sum(axis=0) < len(tr))
    vec = TfidfVectorizer(ngram_range=(1, 2))
    X = vec.fit_transform([texts[i] for i in tr])
    clf = OneVsRestClassifier(LogisticRegression(solver="liblinear", dual=True)).fit(X, Y[:, keep])
    P = clf.predict(vec.transform([texts[i] for i in te]))
    labels = binarizer.classes_[keep]
    return [set(labels[row.astype(bool)]) - {OTHER} or {OTHER} for row in np.asarray(P)]


def out_of_fold(data: Labelled, seed: int = 0) -> dict[str, dict[str, np.ndarray]]:
    """Per-article F1 of the model and both baselines, coarse and fine, every article predicted once."""
    taxonomy = load_taxonomy()
    specs = load_cues(data.lang)
    matcher = CueMatcher(specs, data.lang) if specs else None
    cues = cue_features(matcher, data.texts) if data.lang in CUE_LANGS else None
    n = len(data.ids)
    pred: dict[str, dict[str, list[set[str]]]] = {
        name: {"coarse": [set()] * n, "fine": [set()] * n} for name in ("model", "other", "tfidf")
    }
    for tr, te in KFold(FOLDS, shuffle=True, random_state=seed).split(np.arange(n)):
        texts = [data.texts[i] for i in tr]
        model = fit(data.lang, texts, [data.coarse[i] for i in tr], [data.fine[i] for i in tr], taxonomy, matcher)
        decisions = predict(model, [data.texts[i] for i in te], taxonomy, matcher, None if cues is None else cues[te])
        for level in ("coarse", "fine"):
            gold = getattr(data, level)
            base = _tfidf_baseline(data.texts, gold, tr, te)
            for k, i in enumerate(te):
                pred["model"][level][i] = set(getattr(decisions[k], level))
                pred["other"][level][i] = {OTHER}
                pred["tfidf"][level][i] = base[k]
    return {name: {level: samples_f1(getattr(data, level), p[level]) for level in p} for name, p in pred.items()}


def split_line(ids: list[str], scores: dict[str, np.ndarray]) -> str:
    """The model's coarse / fine means on the dev-fold and on the test-fold articles of `ids`."""
    test = np.array([fold(i) == "test" for i in ids])
    cells = [
        f"{part} {int(mask.sum())}: {scores['coarse'][mask].mean():.3f} / {scores['fine'][mask].mean():.3f}"
        for part, mask in (("dev-fold", ~test), ("test-fold", test))
        if mask.any()
    ]
    return "model, coarse / fine on " + "; ".join(cells)


def report(langs: tuple[str, ...] = LANGS, seeds: tuple[int, ...] = (0,)) -> str:
    """The table `make eval` prints (the folds of split seed 0), or one table per split seed."""
    if not data_dir().is_dir():
        return "narratives: ../shared/data/semeval2025_narratives not found; skipped"
    lines = [
        "Narratives (SemEval-2025 Task 10, subtask 2): samples-F1, out-of-fold (5 folds over articles), "
        "95% bootstrap intervals",
        f"{'lang':<5}{'n':>5}  {'system':<8}{'coarse':>22}{'fine':>22}",
    ]
    for lang in langs:
        data = load(lang)
        for seed in seeds:
            scores = out_of_fold(data, seed)
            if seeds != (0,):
                lines.append(f"{lang}: split seed {seed}")
            for name in ("model", "tfidf", "other"):
                cells = []
                for level in ("coarse", "fine"):
                    s = scores[name][level]
                    lo, hi = bootstrap(s)
                    cells.append(f"{s.mean():.3f} [{lo:.3f}, {hi:.3f}]")
                lines.append(f"{lang:<5}{len(data.ids):>5}  {name:<8}{cells[0]:>22}{cells[1]:>22}")
            lines.append(f"{'':<12}{split_line(data.ids, scores['model'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = script_parser(__spec__.name, "Narratives: out-of-fold samples-F1 per language, next to two baselines.")
    parser.add_argument(
        "--lang", nargs="+", type=str.lower, metavar="LANG", help=f"languages: {', '.join(LANGS)} (default: all)"
    )
    parser.add_argument(
        "--seed", nargs="+", type=int, default=[0], metavar="N", help="split seeds of the 5 folds (default: 0)"
    )
    args = parser.parse_args(argv)
    langs = tuple(args.lang or LANGS)
    if unknown := [lang for lang in langs if lang not in LANGS]:
        parser.error(f"unknown language {unknown[0]!r}; choose from {', '.join(LANGS)}{nearest(unknown[0], LANGS)}")
    print(report(langs, tuple(args.seed)), flush=True)


if __name__ == "__main__":
    main()
