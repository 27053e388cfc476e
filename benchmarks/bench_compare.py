"""Benchmark: `framing compare` on a synthetic score table of 100,000 articles in 10 groups, or on a corpus.

The target (issue 5) is a full report (tables, figures, HTML, Markdown) in under 60 s. The table has
the columns `framing score -o` writes for ten signals plus the sourcing shares, with dates over two
years, so the trend section is built too. `--groups 1000` is the many-groups case (issue 14): beyond
20 groups each group is tested against the pooled rest, and the target is still under 60 s.
`--corpus` times `framing compare CORPUS` instead, scoring included (issue 16): N real news articles
(the PolNeAR and BASIL texts of ../shared/data, as `bench_corpus.py --real` writes them; default
1,300), each run `--repeat` times, the best kept; `--jobs J` and `--no-png` are passed on to the
command. Run it once per checkout to compare two versions (`PYTHONPATH=OTHER_CHECKOUT` makes
`framing` the other checkout's code), alternating: other work on the machine moves both figures.
Run: .venv/bin/python benchmarks/bench_compare.py [N] [--groups G] [--corpus] [--repeat R] [--jobs J] [--no-png]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

GROUPS = 10
SIGNALS = 10
SHARES = ("attributed", "named", "anonymous", "vague", "state_media", "direct_quote", "unattributed_assertive")
LIMIT_S = 60.0


def synthetic_scores(n: int, seed: int = 0) -> pd.DataFrame:
    """Scores with group effects: per-signal rates are Poisson counts over gamma-distributed lengths."""
    rng = np.random.default_rng(seed)
    group = rng.integers(0, GROUPS, n)
    words = rng.gamma(4.0, 150.0, n).astype(int) + 30
    data: dict[str, object] = {
        "id": [f"a{k}" for k in range(n)],
        "outlet": [f"Outlet {g}" for g in group],
        "date": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 730, n), unit="D"),
        "title": [f"Story {k}" for k in range(n)],
        "n_words": words,
        "n_sentences": words // 22 + 1,
    }
    for s in range(SIGNALS):
        rate = rng.gamma(2.0, 2.0 + 0.3 * s, GROUPS)[group] * (1 + 0.5 * (group == s % GROUPS))
        count = rng.poisson(rate * words / 1000)
        data |= {
            f"signal{s}_count": count,
            f"signal{s}_weighted": count * 1.0,
            f"signal{s}_per_1k": 1000 * count / words,
            f"signal{s}_author_per_1k": 800 * count / words,
            f"signal{s}_sentence_share": np.minimum(1.0, count / data["n_sentences"]),
        }
    for name in SHARES:
        data[f"sourcing_{name}"] = rng.beta(2, 8, n) * rng.uniform(0.5, 1.5, GROUPS)[group]
    data["sourcing_attributions"] = rng.poisson(5, n)
    data["sourcing_loaded_cues"] = rng.poisson(0.5, n)
    return pd.DataFrame(data)


def main(n: int = 100_000, groups: int = GROUPS) -> int:
    global GROUPS
    GROUPS = groups
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "scores.parquet"
        synthetic_scores(n).to_parquet(table)
        framing = Path(sys.executable).with_name("framing")
        started = time.perf_counter()
        subprocess.run(
            [str(framing), "compare", str(table), "--out-dir", str(Path(tmp) / "report")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
        files = sorted(p.relative_to(Path(tmp) / "report") for p in (Path(tmp) / "report").rglob("*") if p.is_file())
        size = sum((Path(tmp) / "report" / f).stat().st_size for f in files)
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"framing compare: {n:,} articles, {GROUPS} groups, {SIGNALS} signals + {len(SHARES)} sourcing shares: "
        f"{seconds:.1f} s end to end (limit {LIMIT_S:.0f} s; {cpu.ru_utime + cpu.ru_stime:.1f} s of CPU; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs), {len(files)} files written, "
        f"{size / 1e6:.1f} MB"
    )
    return 0 if seconds < LIMIT_S else 1


def main_corpus(n: int = 1300, repeat: int = 3, extra: tuple[str, ...] = ()) -> int:
    """`framing compare` on `n` real news articles, end to end (reading, scoring, report): the best
    wall time of `repeat` runs, and the CPU seconds of its process tree (workers included), which
    other work on the machine changes far less."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_corpus import generate_real, tree_usage

    data = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    framing = Path(sys.executable).with_name("framing")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = generate_real(corpus, n, data)
        times, cpus = [], []
        for _ in range(repeat):
            cpu: dict[int, float] = {}
            started = time.perf_counter()
            # -o: the one name for the report folder that old and new versions both take
            proc = subprocess.Popen(
                [str(framing), "compare", str(corpus), "-o", str(Path(tmp) / "report"), *extra],
                stdout=subprocess.DEVNULL,
            )
            while proc.poll() is None:
                tree_usage(proc.pid, cpu)
                time.sleep(0.05)
            times.append(time.perf_counter() - started)
            cpus.append(sum(cpu.values()))
            if proc.returncode:
                raise SystemExit("framing compare failed")
    print(
        f"framing compare CORPUS {' '.join(extra)}: {n:,} real articles ({size / 1e6:.1f} MB of text): best {min(times):.1f} s of "
        f"{repeat} runs ({', '.join(f'{t:.1f}' for t in times)} s), {min(cpus):.1f} s of CPU "
        f"({', '.join(f'{c:.1f}' for c in cpus)}); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "n", nargs="?", type=int, help="rows of the score table (100,000) or articles (--corpus: 1,300)"
    )
    parser.add_argument("--groups", type=int, default=GROUPS, help=f"groups in the score table (default {GROUPS})")
    parser.add_argument("--corpus", action="store_true", help="time `framing compare CORPUS` on real news instead")
    parser.add_argument("--repeat", type=int, default=3, help="runs of --corpus; the best is kept (default 3)")
    parser.add_argument("--jobs", help="passed on to `framing compare` with --corpus")
    parser.add_argument("--no-png", action="store_true", help="passed on to `framing compare` with --corpus")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    extra = (("--jobs", args.jobs) if args.jobs else ()) + (("--no-png",) if args.no_png else ())
    if args.corpus:
        sys.exit(main_corpus(args.n or 1300, args.repeat, extra))
    sys.exit(main(args.n or 100_000, args.groups))
