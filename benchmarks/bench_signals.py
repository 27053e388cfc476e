"""Real-news scoring speed of this tree against another checkout, side by side in one run.

`python benchmarks/bench_signals.py --against OTHER_TREE [--rounds 3]` scores every PolNeAR and
BASIL article in ../shared/data (840 + 192 real news articles) with each tree's code and shipped
lexicons, evidence on, in a fresh process per tree and round, alternating the two so machine load
hits both alike. Prints articles/s per round, the medians and the ratio. Use it when lexicon or
matcher changes could cost speed: `git worktree add /tmp/base main` gives today's code to compare.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"

# run inside a child process with the tree to measure first on sys.path
_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from framing.pipeline import Analyzer
data = Path(sys.argv[2])
texts = [p.read_text(encoding="utf-8") for p in sorted((data / "polnear" / "text").glob("*.txt"))]
for p in sorted((data / "basil" / "articles").glob("*/*.json")):
    texts.append("\n".join(s for para in json.loads(p.read_text(encoding="utf-8"))["body-paragraphs"] for s in para))
analyzer = Analyzer()
analyzer.analyze(texts[0])
start = time.perf_counter()
for text in texts:
    analyzer.analyze(text, evidence=True)
print(json.dumps({"articles": len(texts), "seconds": time.perf_counter() - start}))
"""


def run(tree: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(DATA)], check=True, capture_output=True, text=True
    ).stdout
    result = json.loads(out)
    return result["articles"] / result["seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True, help="another checkout of framing (e.g. main)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"skipped: {DATA} is absent")
    rates: dict[str, list[float]] = {"this tree": [], "against": []}
    for k in range(args.rounds):
        for name, tree in (
            (("against", args.against), ("this tree", ROOT))
            if k % 2 == 0
            else (("this tree", ROOT), ("against", args.against))
        ):
            rates[name].append(run(tree))
            print(f"round {k + 1} {name:<9} {rates[name][-1]:7.1f} articles/s", flush=True)
    this, other = statistics.median(rates["this tree"]), statistics.median(rates["against"])
    print(
        f"median: this tree {this:.1f} articles/s, against {other:.1f} articles/s; "
        f"this tree is {100 * (this / other - 1):+.1f}%"
    )


if __name__ == "__main__":
    main()
