"""Train the attribution labeller's cue scorer (`framing.sourcing.attribution`) on PolNeAR's dev fold: `make models`.

Run: `python -m framing.quality.attribution_train [--data DIR] [-o models/attribution.json] [--check]`.
Each dev-fold article is read exactly as `Analyzer.analyze` reads it (same tokens, same lexicon
matches); every token of every sentence is one example, positive when it lies in an annotated `Cue`
span. A logistic regression (scikit-learn, L2, `--c`) is fitted on the feature strings of
`attribution.sentence_features` (features seen fewer than twice are dropped) and written as plain
JSON: weights (by feature family, `by_family`), bias, the decision threshold (`--threshold`, in log-odds), how far a cue widens
to its neighbours (`--widen`) and the score under which a lexicon cue is overruled (`--veto`).

`--check` trains on four fifths of the dev fold and prints `sourcing_eval`'s figures on the
remaining fifth for each threshold, widening and veto given (`--threshold -1 0 1 --widen 0 1`), rules
alone and with the scorer, instead of writing a model; `--check 5` does so for each of the five fifths
(cross-validation) and prints the mean too: the test fold is never used here. With ../shared absent it says so and
keeps the shipped file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from ..scripts import data_folder, script_parser
from ..sourcing.attribution import FAMILIES, MODEL_NAME, PLACES, Labeller, sentence_features
from .datasets import default_data_dir, polnear
from ..pipeline import Analyzer
from ..reading import blank_boilerplate
from ..text import Doc, normalize, tokenize

_PRIORITY = {"Cue": 0, "Source": 1, "Content": 2}


def read_article(analyzer: Analyzer, text: str) -> tuple[Doc, list]:
    """The article's tokens and lexicon matches, as `Analyzer.analyze` makes them (title line kept)."""
    text = blank_boilerplate(normalize(text), analyzer.lexicons.language_spec.boilerplate)
    doc = tokenize(text, analyzer.rules)
    return doc, analyzer.matcher.match(doc).matches


def gold_tags(doc: Doc, units: dict[str, list[tuple[tuple[int, int], ...]]]) -> list[str]:
    """One BIO tag per token from the annotated units of each role (cue before source before content)."""
    owner: list[tuple[int, str, int] | None] = [None] * len(doc.tokens)  # (priority, role, piece id)
    starts = [a for a, _ in doc.offsets]
    piece_id = 0
    for role, role_units in units.items():
        for unit in role_units:
            for a, b in unit:
                piece_id += 1
                k0 = max(bisect_right(starts, a) - 1, 0)
                for k in range(k0, bisect_left(starts, b)):
                    s, e = doc.offsets[k]
                    held = owner[k]
                    if s < b and a < e and (held is None or held[0] > _PRIORITY[role]):
                        owner[k] = (_PRIORITY[role], role, piece_id)
    tags = []
    for k, o in enumerate(owner):
        if o is None:
            tags.append("O")
        else:
            before = owner[k - 1] if k else None
            begin = before is None or before[2] != o[2]
            tags.append(("B-" if begin else "I-") + o[1])
    return tags


def examples(rows: Iterable, analyzer: Analyzer) -> tuple[list[list[str]], list[int]]:
    """(features, in a cue or not) of every token of every sentence of `rows`."""
    features: list[list[str]] = []
    labels: list[int] = []
    for row in rows:
        doc, _ = read_article(analyzer, row.text)
        tags = gold_tags(doc, {"Cue": row.cue_units})
        for s0, s1 in doc.sentence_tokens:
            features += sentence_features(doc, s0, s1)
            labels += [tag != "O" for tag in tags[s0:s1]]
    return features, labels


def fit(features: list[list[str]], labels: list[int], c: float) -> tuple[dict[str, float], float]:
    """A logistic regression over the feature strings seen at least twice: (weights, bias)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for feats in features:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
    columns = [[vocabulary[f] for f in feats if f in vocabulary] for feats in features]
    indptr = np.cumsum([0] + [len(c_) for c_ in columns])
    indices = np.fromiter((i for c_ in columns for i in c_), np.int32, int(indptr[-1]))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(columns), len(vocabulary)))
    model = LogisticRegression(C=c, solver="liblinear", max_iter=200, random_state=0).fit(x, np.array(labels))
    coef = model.coef_[0]
    weights = {f: round(float(coef[i]), 4) for f, i in vocabulary.items() if abs(coef[i]) >= 5e-4}
    return weights, round(float(model.intercept_[0]), 4)


def by_family(weights: dict[str, float]) -> dict:
    """The weights as the model file holds them: per family of `attribution.FAMILIES`, each value's
    weights at each place ("-1w=said" is the word "said" at -1; 0.0 where none was kept), so that
    the labeller looks a new token type up once per family; "quote" and "inq" stay as they are."""
    out: dict = {name: {} for name in FAMILIES}
    for feature, weight in weights.items():
        if "=" not in feature:
            out[feature] = weight
            continue
        prefix, value = feature.split("=", 1)
        place = prefix[:2] if prefix[0] in "+-" else ""
        family = prefix[len(place) :]
        out[family].setdefault(value, [0.0] * FAMILIES[family])[PLACES.index(place)] = weight
    return out


def check(
    data_dir: Path, held: set[str], model: Path, thresholds: list[float], widens: list[float], vetoes: list[float]
) -> dict:
    """`sourcing_eval`'s figures on the `held` articles, rules alone and with the scorer at each
    threshold, widening and veto."""
    from .sourcing_eval import evaluate

    rules = Analyzer()
    out = {"rules": evaluate(data_dir, rules, only=held)["dev"]}
    trained = Analyzer(rules.lexicons)
    trained.labeller = Labeller(model)
    for threshold in thresholds:
        for widen in widens:
            for veto in vetoes:
                trained.labeller.threshold, trained.labeller.widen, trained.labeller.veto = threshold, widen, veto
                out[f"scorer at {threshold:g}, {widen:g}, {veto:g}"] = evaluate(data_dir, trained, only=held)["dev"]
    return out


def _brief(figures: dict) -> dict:
    """The F1s, voice, labelled sources found and Spearman figures of one `sourcing_eval` column."""
    spans = {k: figures[k]["f1"] for k in ("cue", "source", "source_boundary")}
    return spans | {k: figures[k] for k in ("voice_accuracy", "kind_found", "article_rho", "outlet_rho")}


def write_model(
    args: argparse.Namespace, features: list[list[str]], labels: list[int], articles: int, out: Path
) -> None:
    """Fit the scorer on `features` and write it with the decoding settings of `args` to `out`."""
    weights, bias = fit(features, labels, args.c)
    out.parent.mkdir(parents=True, exist_ok=True)
    model = {
        "bias": bias,
        "threshold": args.threshold[0],
        "widen": args.widen[0],
        "veto": args.veto[0],
        "trained_on": {
            "data": "PolNeAR dev fold (framing.quality.datasets.polnear_fold)"
            + (", four fifths" if args.check else ""),
            "articles": articles,
            "tokens": len(labels),
            "cue_tokens": int(sum(labels)),
            "c": args.c,
        },
        "weights": by_family(dict(sorted(weights.items()))),
    }
    out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"trained on {len(labels):,} tokens of {articles} dev-fold articles; {len(weights):,} weights -> {out}")


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__spec__.name, "Train the attribution cue scorer on PolNeAR's dev fold.")
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="folder holding polnear/")
    parser.add_argument("-o", "--output", type=Path, default=Path("models") / MODEL_NAME, metavar="FILE")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    parser.add_argument(
        "--threshold", type=float, nargs="+", default=[0.25], help="log-odds above which a token is a cue"
    )
    parser.add_argument(
        "--widen",
        type=float,
        nargs="+",
        default=[2.0],
        help="a cue takes in neighbours scoring above threshold - widen",
    )
    parser.add_argument(
        "--veto",
        type=float,
        nargs="+",
        default=[-1.5],
        help="a lexicon cue whose tokens all score below this (log-odds) is not read as a cue",
    )
    parser.add_argument(
        "--check",
        type=int,
        nargs="?",
        const=1,
        default=0,
        choices=range(1, 6),
        help="train on 4/5 of dev and report on the other 1/5, for the first N fifths (5: full cross-validation)",
    )
    args = parser.parse_args(argv)
    if not (args.data / "polnear").is_dir():
        print(f"skipped: {args.data / 'polnear'} is absent; {args.output} is kept as it is")
        return 0
    analyzer = Analyzer()
    dev = [row for row in polnear(args.data).itertuples() if row.fold == "dev"]
    if not args.check:
        features, labels = examples(dev, analyzer)
        write_model(args, features, labels, len(dev), args.output)
        return 0
    fifth = {r.name: int(hashlib.sha256(r.name.encode()).hexdigest()[8:16], 16) % 5 for r in dev}
    by_article = {r.name: examples([r], analyzer) for r in dev}
    runs: dict[str, list[dict]] = {}
    for f in range(args.check):
        train = [r.name for r in dev if fifth[r.name] != f]
        features = [x for name in train for x in by_article[name][0]]
        labels = [y for name in train for y in by_article[name][1]]
        out = args.output.with_suffix(".check.json")
        write_model(args, features, labels, len(train), out)
        held = {name for name, k in fifth.items() if k == f}
        for name, figures in check(args.data, held, out, args.threshold, args.widen, args.veto).items():
            runs.setdefault(name, []).append(_brief(figures))
            print(f"fifth {f}: {name:<22}", json.dumps(_brief(figures)), flush=True)
        out.unlink()
    for name, briefs in runs.items():
        print(
            f"mean of {len(briefs)}: {name:<22}",
            json.dumps({k: round(float(np.mean([b[k] for b in briefs])), 4) for k in briefs[0]}),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
