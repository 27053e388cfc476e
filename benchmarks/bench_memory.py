"""Benchmark: peak memory of `framing score` on one long record, `'War. ' * 1_000_000` (5 MB; issue 14), and on a
9 MB article on one line with no sentence end (round d11: 512 MB as JSON before the kept sentences were capped
at 300,000 tokens, `MAX_TOKENS_KEPT`).

Since issue 13, "war" alone is a topic noun, not escalation, so the issue's text has no matches;
`--word=Doom` measures the dense case too (a million sentences, each a match). The checkout's own code runs
(`python -m framing` from its root), not an installed `framing`.

Each case runs as a fresh process; its peak resident set (the largest of the process and its
workers) comes from `resource.getrusage(RUSAGE_CHILDREN)` in a wrapper process of its own. Cases:
one article as a terminal report and as JSON, and a one-record corpus (.jsonl) to Parquet without and
with --evidence. The target is under 500 MB. Run: .venv/bin/python benchmarks/bench_memory.py [N] [--word=Doom]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT_MB = 500
WRAPPER = (
    "import resource, subprocess, sys; "
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, len(done.stdout), done.returncode)"
)


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_huge_article import article, seed_sentences  # noqa: E402

ONE_LINE_MB = 9


def peak(command: list[str]) -> tuple[float, int, int, float]:
    """Peak RSS in MB, bytes printed, exit code and seconds of one command in a fresh process, with no time
    limit (`--max-seconds 0`: on a busy machine the default 60 s stopped the run before its peak)."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command, "--max-seconds", "0"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    kb, printed, code = map(int, out.stdout.split())
    return kb / 1024, printed, code, time.perf_counter() - started


def main(n: int = 1_000_000, word: str = "War") -> int:
    framing = [sys.executable, "-m", "framing"]
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        war = Path(tmp) / "war.txt"
        war.write_text(f"{word}. " * n, encoding="utf-8")
        one_line = Path(tmp) / "one_line.txt"
        one_line.write_text(article("no-stops", ONE_LINE_MB * 1_000_000, seed_sentences()), encoding="utf-8")
        corpus = Path(tmp) / "war.jsonl"
        corpus.write_text(json.dumps({"id": "war", "text": f"{word}. " * n}) + "\n", encoding="utf-8")
        cases = {
            f"score ARTICLE (table): '{word}. ' * {n:,}": [*framing, "score", str(war)],
            f"score ARTICLE --format json: '{word}. ' * {n:,}": [*framing, "score", str(war), "--format", "json"],
            f"score CORPUS -o OUT.parquet: '{word}. ' * {n:,}": [
                *framing,
                "score",
                str(corpus),
                "-o",
                f"{tmp}/a.parquet",
                "-j",
                "1",
            ],
            f"score CORPUS -o OUT.parquet --evidence: '{word}. ' * {n:,}": [
                *framing,
                "score",
                str(corpus),
                "-o",
                f"{tmp}/b.parquet",
                "--evidence",
                f"{tmp}/b.evidence.parquet",
                "-j",
                "1",
            ],
        }
        cases[f"score ARTICLE --format json: {ONE_LINE_MB} MB on one line, no sentence end"] = [
            *framing,
            "score",
            str(one_line),
            "--format",
            "json",
        ]
        for name, command in cases.items():
            mb, printed, code, seconds = peak(command)
            worst = max(worst, mb)
            print(
                f"{name}: peak {mb:,.0f} MB (limit {LIMIT_MB}), {printed / 1e6:.1f} MB printed, "
                f"exit {code}, {seconds:.0f} s (load average {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    return 0 if worst < LIMIT_MB else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--word")]
    chosen = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--word=")), "War")
    sys.exit(main(int(args[0]) if args else 1_000_000, chosen))
