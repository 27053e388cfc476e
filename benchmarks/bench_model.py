"""Classifier costs: training time on 10,000 sentences, and scoring throughput with a model
against lexicon-only scoring (issue 6 asks for < 60 s and at least half the throughput).

Training uses PTC sentences from ../shared/data when present (real vocabulary), otherwise it is
skipped. Throughput is measured on the seed articles (or PTC's articles when present), one
process, through the function a corpus run scores each batch with (`batch.workers.score_payload`, batches
of 256): lexicon-only is without evidence, as `framing score -o` does by default; with a model it
adds the model's per-article columns (`--model`).

Run: python benchmarks/bench_model.py [--model models/default.skops] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.model.estimators import C_GRID  # noqa: E402
from framing.model.train import fit  # noqa: E402
from framing.batch.models import model_spec  # noqa: E402
from framing.batch.run import BATCH_RECORDS  # noqa: E402
from framing.batch.workers import score_payload  # noqa: E402
from framing.corpus import parse_front_matter  # noqa: E402
from framing.quality.datasets import default_data_dir, ptc_sentences  # noqa: E402
from framing.pipeline import Analyzer  # noqa: E402


def articles(data: Path) -> tuple[str, list[str]]:
    folder = data / "ptc" / "articles"
    if folder.is_dir():
        return "PTC articles", [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    paths = sorted((ROOT / "seeds" / "articles").glob("*/*.txt"))
    return "seed articles", [parse_front_matter(p.read_text(encoding="utf-8"))[1] for p in paths]


def bench_training(data: Path, n: int = 10_000) -> None:
    if not (data / "ptc").is_dir():
        print("training: skipped (no ../shared/data/ptc for 10,000 real sentences)")
        return
    df = ptc_sentences(data).head(n)
    texts, labels = df["text"].tolist(), ["propaganda" if t else "none" for t in df["techniques"]]
    started = time.perf_counter()
    model = fit(texts, labels)
    seconds = time.perf_counter() - started
    print(
        f"training on {len(texts):,} sentences (C tuned by 3-fold inner CV over {len(C_GRID)} values): "
        f"{seconds:.1f} s ({model.meta['n_features']:,} features, C={model.meta['C']})"
    )


def bench_scoring(model_path: Path, data: Path, rounds: int) -> None:
    name, texts = articles(data)
    spec = model_spec(model_path)
    analyzer = Analyzer()
    words = sum(len(t.split()) for t in texts)
    payload = [(text, None, True, f"a{k}") for k, text in enumerate(texts)]

    def timed(fn) -> float:
        fn()  # warm caches (lexicon compile, word n-grams)
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - started)
        return best

    def corpus_run(evidence: bool, model=None):  # as `framing score -o` scores a batch
        return lambda: [
            score_payload(analyzer, payload[k : k + BATCH_RECORDS], evidence, model)
            for k in range(0, len(payload), BATCH_RECORDS)
        ]

    lexicon = timed(corpus_run(False))
    evidence = timed(corpus_run(True))
    with_model = timed(corpus_run(False, spec))
    print(f"scoring {len(texts)} {name} ({words:,} words) as a corpus run does, best of {rounds}, one process:")
    for label, seconds in (
        ("lexicon only", lexicon),
        ("lexicon with evidence", evidence),
        (f"with model {model_path.name}", with_model),
    ):
        print(f"  {label:<32} {len(texts) / seconds:8.1f} articles/s  {words / seconds:10,.0f} words/s")
    print(
        f"  throughput with the model / lexicon only: {lexicon / with_model:.2f} (issue 6 asks >= 0.5); "
        f"/ lexicon with evidence: {evidence / with_model:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "default.skops")
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args()
    bench_scoring(args.model, args.data, args.rounds)
    if not args.skip_training:
        bench_training(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
