"""What narrative detection adds to scoring: `python benchmarks/bench_narratives.py [-n 300] [--lang en]`.

On one core, in one process, side by side: the time to score articles on every signal (the work of a
corpus run, evidence off) and the time to label the same articles with narratives (cue lexicons, model,
decoding; evidence off, as in a corpus run). Articles are the task's documents when ../shared/data is
there, else the bundled seed articles; each pass runs twice and the faster is kept. Prints articles/s of
both and the narrative time as a share of the scoring time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def articles(lang: str, n: int) -> list[str]:
    folder = ROOT.parent / "shared" / "data" / "semeval2025_narratives" / lang.upper() / "documents"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else sorted((ROOT / "seeds" / "articles").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return (texts * (n // max(1, len(texts)) + 1))[:n]


def best_of_two(fn, texts: list[str]) -> float:
    times = []
    for _ in range(2):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    from framing.lexicon.loader import load_lexicons
    from framing.narratives.detector import NarrativeDetector
    from framing.pipeline import Analyzer

    texts = articles(args.lang, args.n)
    analyzer = Analyzer(load_lexicons(lang="en"))
    detector = NarrativeDetector()
    detector.detect(texts[0], lang=args.lang, evidence=False)  # load the lemmatizer and the model first
    scoring = best_of_two(lambda t: analyzer.analyze(t, evidence=False), texts)
    narratives = best_of_two(lambda t: detector.detect(t, lang=args.lang, evidence=False), texts)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles ({args.lang}), {words / len(texts):.0f} words on average, one core")
    print(f"signals:    {len(texts) / scoring:8.1f} articles/s")
    print(f"narratives: {len(texts) / narratives:8.1f} articles/s")
    print(f"narratives add {narratives / scoring:.0%} to the scoring time")


if __name__ == "__main__":
    main()
