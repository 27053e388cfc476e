"""`make eval` in one command: every evaluation on the labelled data sets, as tables or one JSON document.

The parts (`--only`, default all, in this order):
- `signals`: the lexicon signals' sentence figures (PTC, BABE, Szeged) and span figures (quality.lexicon_eval,
  quality.signal_eval);
- `sourcing`: PolNeAR's attributions, with the rules and with the trained labeller (quality.sourcing_eval);
- `models`: the classifiers next to their baselines, out of fold (quality.model_eval);
- `narratives`: SemEval-2025 narratives per language, out of fold, next to two baselines (narratives.evaluate).
`--format json` prints one document, a key per part holding that part's own JSON (what its module prints with
`--format json`; `signals` and `sourcing` split quality.lexicon_eval's keys between them). A data set that is
absent is left out of its part, as the modules do.

Exit codes: 0 when done, and when the data folder is absent (then one line on stderr, `skipped: DIR is absent`,
and nothing on stdout); 2 on a usage error or a file framing refuses (a FramingError: a lexicon or model
that cannot be read), one line on stderr.
Run: python -m framing.evaluation [--data DIR] [--only PART ...] [--seed N] [--folds K] [--format table|json]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .narratives import evaluate as narratives_eval
from .pipeline import Analyzer
from .quality import lexicon_eval, model_eval
from .quality.datasets import absent, default_data_dir
from .scripts import data_folder, fold_count, print_figures, script_parser, seed_number

PARTS = ("signals", "sourcing", "models", "narratives")


def evaluate(data: Path, parts: tuple[str, ...] = PARTS, seed: int = 0, folds: int = 5) -> Iterator[tuple[str, Any]]:
    """(part, its JSON) for each part asked, in PARTS' order, each as soon as it is done; `seed` and `folds` set
    the cross-validation of models and narratives."""
    analyzer = cache(Analyzer)  # one, built when a part first needs it, shared by signals and sourcing
    run: dict[str, Callable[[], Any]] = {
        "signals": lambda: lexicon_eval.signal_figures(data, analyzer()),
        "sourcing": lambda: lexicon_eval.sourcing_figures(data, analyzer()),
        "models": lambda: model_eval.evaluate(data, folds=folds, seed=seed),
        "narratives": lambda: narratives_eval.figures(seeds=(seed,), root=data, folds=folds),
    }
    for part in PARTS:
        if part in parts:
            yield part, run[part]()


def print_table(part: str, figures: Any) -> None:
    """One part's table, as its own module prints it."""
    printers: dict[str, Callable[[Any], None]] = {
        "signals": lexicon_eval.print_table,
        "sourcing": lambda figures: lexicon_eval.print_table(figures, "Sourcing on PolNeAR's annotated news"),
        "models": model_eval.print_table,
        "narratives": lambda figures: print(narratives_eval.render(figures)),
    }
    printers[part](figures)


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__spec__.name, "Every evaluation of `make eval`, as tables or one JSON document.")
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="the research data folder")
    parser.add_argument("--only", nargs="+", choices=PARTS, metavar="PART", help=f"run only these: {', '.join(PARTS)}")
    parser.add_argument("--seed", type=seed_number, default=0, help="split seed of the models' and narratives' folds")
    parser.add_argument("--folds", type=fold_count, default=5, help="cross-validation folds of models and narratives")
    parser.add_argument("-f", "--format", choices=["table", "json"], default="table")
    args = parser.parse_args(argv)
    if absent(args.data):
        return 0

    def run() -> dict[str, Any]:
        results = {}
        for k, (part, figures) in enumerate(evaluate(args.data, tuple(args.only or PARTS), args.seed, args.folds)):
            results[part] = figures
            if args.format == "table":  # each table as soon as its part is done, a blank line between parts
                print("\n" if k else "", end="")
                print_table(part, figures)
                sys.stdout.flush()
        return results

    return print_figures(run, args.format == "json", lambda _: None)


if __name__ == "__main__":
    raise SystemExit(main())
