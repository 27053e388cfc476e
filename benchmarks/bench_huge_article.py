"""Is one huge article read in linear time? `python benchmarks/bench_huge_article.py [--sizes 1 2 4]`.

A single 9 MB article once ran for over ten minutes: a text without full stops was one sentence, which
the per-sentence rules read over and over, and the name rules searched the whole text once per word.
This builds five kinds of pathological article of each size (in MB), scores each once in this process
(evidence on, as `framing score ARTICLE` does) and prints the seconds and the seconds per MB. Linear
cost shows as a flat seconds-per-MB column down the sizes of a kind. `kept` is the sentences kept for the
evidence and the JSON of all: at most 10,000, and only those starting in the first 300,000 tokens (round d11:
a one-line text's pieces of 1,000 tokens kept the whole of it), so the column stays flat past some 2 MB.
Peak memory per case: `benchmarks/bench_memory.py`.

Kinds: `no-stops` (seed sentences with . ! ? removed: one line, no sentence ends), `sentences` (seed
sentences as written, in paragraphs), `open-quotes` (every sentence opens a quotation mark that never
closes), `one-word` (one word repeated) and `lexicon-dense` (lexicon terms and cues only, no full stop).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.corpus import parse_front_matter  # noqa: E402
from framing.lexicon.loader import load_lexicons  # noqa: E402
from framing.pipeline import Analyzer  # noqa: E402

DENSE = "crisis said according to officials catastrophic threat victims told claimed disaster surge slammed warned"
KINDS = ("no-stops", "sentences", "open-quotes", "one-word", "lexicon-dense")


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "seeds" / "articles").glob("*/*.txt")):
        _, body = parse_front_matter(path.read_text(encoding="utf-8"))
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 4]
    return sentences


def article(kind: str, size: int, sentences: list[str], seed: int = 1) -> str:
    """About `size` characters of the given kind."""
    rng = random.Random(seed)
    words = DENSE.replace("according to", "according_to").split()
    parts: list[str] = []
    length = 0
    while length < size:
        if kind == "one-word":
            part = "crisis "
        elif kind == "lexicon-dense":
            part = rng.choice(words).replace("_", " ") + " "
        else:
            sentence = rng.choice(sentences)
            if kind == "no-stops":
                part = re.sub(r"[.!?]", "", sentence) + " "
            elif kind == "open-quotes":
                part = '"' + re.sub(r'["“”]', "", sentence) + " "
            else:
                part = sentence + (" " if rng.random() < 0.7 else "\n\n")
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0, 4.0], help="Sizes in MB.")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    args = parser.parse_args()
    analyzer = Analyzer(load_lexicons(None, "en"))
    analyzer.analyze("Warm up. Officials said so.", id="warm")
    sentences = seed_sentences()
    print(f"{'kind':<14} {'MB':>5} {'seconds':>8} {'s/MB':>6} {'kept':>8} {'sentences':>10}")
    for kind in args.kinds:
        for mb in args.sizes:
            text = article(kind, int(mb * 1_000_000), sentences)
            start = time.perf_counter()
            result = analyzer.analyze(text, id=kind)
            seconds = time.perf_counter() - start
            print(
                f"{kind:<14} {mb:>5g} {seconds:>8.2f} {seconds / mb:>6.2f} {len(result.sentences):>8,} "
                f"{result.n_sentences:>10,}",
                flush=True,
            )


if __name__ == "__main__":
    main()
