"""Train the attribution labeller (`framing.attribution`) on PolNeAR's dev fold: `make models`.

Run: `python -m framing.quality.attribution_train [--data DIR] [--out models/attribution.crfsuite] [--check]`.
Each dev-fold article is read exactly as `Analyzer.analyze` reads it (same tokens, same lexicon
matches); every token takes the BIO tag of the annotated `Cue`, `Source` or `Content` span it lies
in (a cue inside a content is a cue: nested attributions keep their own cue and source). The
triggers are the words annotated as (part of) a cue at least `--min-cue` times and in at least
`--min-share` of their occurrences; only sentences holding a trigger or a lexicon cue are tagged,
in training as at run time. `--check` trains on four fifths of the dev fold and prints span figures
on the remaining fifth instead of writing a model: the test fold is never used here.
With ../shared absent it says so and keeps the shipped files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from ..attribution import (
    MODEL_NAME,
    SETTINGS_NAME,
    Labeller,
    cue_tokens,
    lexicon_roles,
    sentence_features,
    stretches,
    trigger_forms,
    trigger_tokens,
)
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
    from bisect import bisect_left, bisect_right

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


def _units(row) -> dict[str, list]:
    return {"Cue": row.cue_units, "Source": row.source_units, "Content": row.content_units}


def triggers_of(rows, analyzer: Analyzer, min_cue: int, min_share: float) -> list[str]:
    """Words annotated inside a cue at least `min_cue` times and in `min_share` of their occurrences."""
    as_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for row in rows:
        doc, _ = read_article(analyzer, row.text)
        tags = gold_tags(doc, {"Cue": row.cue_units})
        for norm_, tag in zip(doc.norms, tags):
            seen[norm_] += 1
            as_cue[norm_] += tag != "O"
    return sorted(w for w, c in as_cue.items() if c >= min_cue and c / seen[w] >= min_share and w.isalpha())


def _sequences(rows, analyzer: Analyzer, role_of: dict[str, str], triggers: frozenset[str], window: int):
    """(features, tags) of each stretch worth tagging (`attribution.stretches`), article by article."""
    for row in rows:
        doc, matches = read_article(analyzer, row.text)
        roles = lexicon_roles(matches, role_of)
        cues = cue_tokens(roles)
        tags = gold_tags(doc, _units(row))
        for sentence, s0, a, b in stretches(doc, roles, trigger_tokens(doc, trigger_forms(triggers)), window):
            yield sentence_features(doc, s0, doc.sentence_tokens[sentence][1], roles, cues, a, b), tags[a:b]


def train(
    rows,
    analyzer: Analyzer,
    role_of: dict[str, str],
    triggers: frozenset[str],
    window: int,
    out: Path,
    c1: float,
    c2: float,
    iterations: int,
) -> int:
    """Fit the CRF on `rows`' stretches and write it to `out`; returns the number of stretches."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for feats, tags in _sequences(rows, analyzer, role_of, triggers, window):
        trainer.append(pycrfsuite.ItemSequence(feats), tags)
        n += 1
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True, "feature.minfreq": 2}
    )
    trainer.train(str(out))
    return n


def check(data_dir: Path, held: set[str], model: Path, settings: Path) -> dict:
    """`sourcing_eval`'s figures on the `held` articles, rules alone and with the labeller."""
    from .sourcing_eval import evaluate

    rules = Analyzer()
    trained = Analyzer(rules.lexicons)
    trained.labeller = Labeller(model, settings)
    return {
        name: evaluate(data_dir, analyzer, only=held)["dev"]
        for name, analyzer in (("rules", rules), ("trained", trained))
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the attribution labeller on PolNeAR's dev fold.")
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding polnear/")
    parser.add_argument("--out", type=Path, default=Path("models") / MODEL_NAME)
    parser.add_argument("--window", type=int, default=2, help="tokens tagged either side of a trigger (0: sentence)")
    parser.add_argument("--min-cue", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.4)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--check", action="store_true", help="train on 4/5 of dev, report on the other 1/5")
    args = parser.parse_args(argv)
    if not (args.data / "polnear").is_dir():
        print(f"skipped: {args.data / 'polnear'} is absent; {args.out} is kept as it is")
        return 0
    analyzer = Analyzer()
    role_of = analyzer.lexicons.sourcing_roles
    dev = [row for row in polnear(args.data).itertuples() if row.fold == "dev"]
    held = {r.name for r in dev if int(hashlib.sha256(r.name.encode()).hexdigest()[8:16], 16) % 5 == 0}
    if args.check:
        dev = [r for r in dev if r.name not in held]
    triggers = triggers_of(dev, analyzer, args.min_cue, args.min_share)
    out = args.out.with_suffix(".check.crfsuite") if args.check else args.out
    settings = out.parent / (f"{out.stem}.json" if args.check else SETTINGS_NAME)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = train(dev, analyzer, role_of, frozenset(triggers), args.window, out, args.c1, args.c2, args.iterations)
    settings.write_text(
        json.dumps(
            {
                "window": args.window,
                "triggers": triggers,
                "trained_on": {
                    "data": "PolNeAR dev fold (framing.quality.datasets.polnear_fold)"
                    + (", four fifths" if args.check else ""),
                    "articles": len(dev),
                    "stretches": n,
                    "min_cue": args.min_cue,
                    "min_share": args.min_share,
                    "c1": args.c1,
                    "c2": args.c2,
                    "iterations": args.iterations,
                },
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"trained on {n:,} stretches of {len(dev)} dev-fold articles; {len(triggers)} triggers -> {out}")
    if args.check:
        print(json.dumps(check(args.data, held, out, settings), indent=1))
        out.unlink()
        settings.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
