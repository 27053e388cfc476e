"""Single-article speed: `framing score` as a whole process, and the in-process scorer.

Prints:
- wall time of `framing score <article>` as a fresh process (median of several runs; target < 1 s),
  and with `--model` (target < 1.5 s) next to the import floor a model needs: a bare Python start,
  `import sklearn.base` and `import skops.io` (skops lists every scikit-learn estimator on import);
- articles per second for the scorer on ~600-word articles built from the seeds corpus, with
  evidence on and off, next to a bare `re.findall(r"\\w+", text)` pass (the floor);
- the tokenizer alone against NLTK's Punkt sentence splitter and Treebank word tokenizer;
- the same throughput with a lexicon set 10x the size of the shipped one (generated), and the
  ratio (target < 1.5x): matching cost should grow with text length, not lexicon size.

Run: `make bench` or `.venv/bin/python benchmarks/bench_score.py [--article PATH] [--model PATH]`.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.corpus import parse_front_matter  # noqa: E402
from framing.lexicon.loader import Layer, load_lexicons, shipped_dir  # noqa: E402
from framing.pipeline import Analyzer  # noqa: E402
from framing.text import tokenize  # noqa: E402


def make_articles(n: int, words: int = 600, seed: int = 7) -> list[str]:
    """Articles of about `words` words, sentences drawn from the bundled seeds corpus."""
    sentences = []
    for path in sorted((ROOT / "seeds" / "articles").glob("*/*.txt")):
        _, body = parse_front_matter(path.read_text(encoding="utf-8"))
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 4]
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        picked, count = [], 0
        while count < words:
            sentence = rng.choice(sentences)
            picked.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        articles.append("\n\n".join(paragraphs))
    return articles


def rate(fn, articles: list[str], repeat: int = 3) -> float:
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for text in articles:
            fn(text)
        best = max(best, len(articles) / (time.perf_counter() - start))
    return best


def process_wall_time(article: Path, *options: str, runs: int = 5) -> float:
    exe = Path(sys.executable).parent / "framing"
    command = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "framing.cli"])]
    return median_wall_time([*command, "score", str(article), *options], runs)


def median_wall_time(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def model_wall_times(article: Path, model: Path, runs: int = 3) -> None:
    """`framing score --model` as a process, against what importing the model's libraries costs alone."""
    with_model = process_wall_time(article, "--model", str(model), runs=runs)
    print(f"framing score {article.name} --model {model.name}: {with_model:.3f} s (median of {runs}; target < 1.5 s)")
    for code in ("pass", "import sklearn.base", "import skops.io"):
        floor = median_wall_time([sys.executable, "-c", code], runs)
        print(f"  python -c '{code}': {floor:.3f} s")


def large_lexicon(folder: Path, factor: int, vocabulary: list[str], seed: int = 11) -> int:
    """Copy the shipped lexicons and add generated terms until there are `factor` x as many.

    Like the terms of a real lexicon, most generated terms never occur in a given text: invented
    words, inflections and prefixes of invented stems, and multi-word terms that begin or end with
    a real word of the articles (so lookups and multi-word checks really run on the hot path).
    They go into two extra signals, so the figure measures lexicon size, not signal count.
    """
    shutil.copytree(shipped_dir() / "en", folder, dirs_exist_ok=True)
    shipped = sum(len(s.terms) for s in load_lexicons().signals.values())
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def invented() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))

    terms: set[str] = set()
    while len(terms) < shipped * (factor - 1):
        shape = rng.random()
        if shape < 0.4:
            terms.add(invented() + rng.choice(["", "s", "ed", "ing"]))
        elif shape < 0.6:
            terms.add(invented()[:6] + "*")
        elif shape < 0.8:
            terms.add(f"{rng.choice(vocabulary)} {invented()}")
        else:
            terms.add(f"{invented()} {rng.choice(vocabulary)}")
    ordered = sorted(terms)
    half = len(ordered) // 2
    for k, chunk in enumerate((ordered[:half], ordered[half:])):
        lines = ["schema = 1", "[signal]", f'label = "Generated {k}"', 'description = "benchmark filler"', "[terms]"]
        lines += [f'"{t}" = 1.0' for t in chunk]
        (folder / f"generated_{k}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shipped + len(ordered)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", type=Path, default=ROOT.parent / "shared" / "seeds" / "000_4df316dd9671cd60.txt")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "default.skops")
    args = parser.parse_args()
    article = args.article if args.article.exists() else ROOT / "tests" / "data" / "fixture_article.txt"

    print(f"framing score {article.name} as a process: {process_wall_time(article):.3f} s (median of 5; target < 1 s)")
    if args.model.is_file():
        model_wall_times(article, args.model)

    articles = make_articles(args.articles)
    words = sum(len(a.split()) for a in articles) / len(articles)
    analyzer = Analyzer()
    floor = rate(lambda t: re.findall(r"\w+", t), articles)
    lean = rate(lambda t: analyzer.analyze(t, evidence=False), articles)
    full = rate(lambda t: analyzer.analyze(t), articles)
    print(f"{len(articles)} articles of ~{words:.0f} words, one core:")
    print(f"  re.findall(r'\\w+') floor   {floor:8.0f} articles/s")
    print(f"  scorer, evidence off       {lean:8.0f} articles/s  ({floor / lean:.1f}x the floor)")
    print(f"  scorer, evidence on        {full:8.0f} articles/s")
    tokenize_rate = rate(lambda t: tokenize(t, analyzer.rules), articles)
    print(f"  framing tokenizer alone    {tokenize_rate:8.0f} articles/s  (sentences, words, quotations)")
    try:
        from nltk.tokenize import PunktSentenceTokenizer, TreebankWordTokenizer
    except ImportError:
        print("  (nltk not installed: no comparison)")
    else:
        punkt, treebank = PunktSentenceTokenizer(), TreebankWordTokenizer()
        punkt_rate = rate(punkt.tokenize, articles, repeat=1)
        both_rate = rate(lambda t: [treebank.tokenize(s) for s in punkt.tokenize(t)], articles, repeat=1)
        print(
            f"  NLTK Punkt sentences alone {punkt_rate:8.0f} articles/s; with Treebank words {both_rate:.0f}/s"
            " (no data packages needed)"
        )

    vocabulary = sorted({w.lower() for a in articles for w in re.findall(r"[A-Za-z]{4,}", a)})
    with tempfile.TemporaryDirectory() as tmp:
        n_terms = large_lexicon(Path(tmp), 10, vocabulary)
        big = Analyzer(load_lexicons(layers=[Layer(Path(tmp), "benchmark")]))
        shipped_terms = sum(len(s.terms) for s in analyzer.lexicons.signals.values())
        big_rate = rate(lambda t: big.analyze(t, evidence=False), articles)
    print(
        f"lexicon size: shipped {shipped_terms} terms -> {lean:.0f}/s; generated {n_terms} terms -> {big_rate:.0f}/s;"
        f" slowdown {lean / big_rate:.2f}x (target < 1.5x)"
    )


if __name__ == "__main__":
    main()
