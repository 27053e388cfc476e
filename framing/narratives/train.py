"""`make models` for narratives: train every language's model on all its articles and ship it.

A language is shipped only when its out-of-fold samples-F1 (framing.narratives.evaluate, same
folds for all systems) beats, at both levels, our TF-IDF baseline on the same folds and the issue's
held-out TF-IDF figures (`HELD_OUT_TFIDF`); the figures go to the model card.
Run: `python -m framing.narratives.train [-o models/narratives.skops] [--lang LANG ...]`.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from ..scripts import script_parser
from ..wording import nearest
from .. import __version__
from .cues import CueMatcher
from .data import LANGS, data_dir, load
from .evaluate import HELD_OUT_TFIDF, out_of_fold
from .metrics import bootstrap
from .model import fit
from .modelio import save_model
from .taxonomy import load_cues, load_taxonomy


def _cell(scores) -> str:
    lo, hi = bootstrap(scores)
    return f"{scores.mean():.3f} [{lo:.3f}, {hi:.3f}]"


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__spec__.name, __doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", type=str.lower, default=list(LANGS), metavar="LANG")
    parser.add_argument("-o", "--output", type=Path, default=Path("models/narratives.skops"), metavar="FILE")
    args = parser.parse_args(argv)
    if unknown := [lang for lang in args.lang if lang not in LANGS]:
        parser.error(f"unknown language {unknown[0]!r}; choose from {', '.join(LANGS)}{nearest(unknown[0], LANGS)}")
    if not data_dir().is_dir():
        print("narratives: ../shared/data/semeval2025_narratives not found; model not rebuilt", file=sys.stderr)
        return 0
    taxonomy = load_taxonomy()
    models, oof, digest = {}, {}, hashlib.sha256()
    for lang in args.lang:
        data = load(lang)
        for text in data.texts:
            digest.update(text.encode())
        scores = out_of_fold(data)
        wins = all(
            scores["model"][lv].mean() > max(scores["tfidf"][lv].mean(), HELD_OUT_TFIDF[lang][k])
            for k, lv in enumerate(("coarse", "fine"))
        )
        line = {lv: _cell(scores["model"][lv]) for lv in ("coarse", "fine")}
        print(
            f"{lang}: coarse {line['coarse']}, fine {line['fine']}"
            + ("" if wins else " - not above the TF-IDF baselines: not shipped"),
            flush=True,
        )
        if not wins:
            continue
        specs = load_cues(lang)
        matcher = CueMatcher(specs, lang) if specs else None
        models[lang] = fit(lang, data.texts, data.coarse, data.fine, taxonomy, matcher)
        oof[lang] = line
    meta = {
        "task": "narratives",
        "framing_version": __version__,
        "languages": list(models),
        "data": "semeval2025_narratives",
        "data_sha256": digest.hexdigest(),
    }
    save_model(models, meta, {"out_of_fold": oof}, args.output)
    print(f"wrote {args.output} ({', '.join(models)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
