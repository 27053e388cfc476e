"""Instructions to analyze 100 real articles, counted by callgrind: `python benchmarks/icount.py [DIR ...]`.

Wall clock on a shared machine swings by a fifth with the other jobs' load; the count of instructions
executed barely moves, so it is the measure for changes of a few percent. The first 101 PolNeAR texts
of ../shared/data by file name are read; the first is analyzed and left out (first-call caches,
regular expressions compiled), then the other 100 go through `itertools.starmap` and callgrind counts
inside `starmap_next` alone (`--toggle-collect`): start-up, lexicon loading and the reading of the
files are not in the figure. Evidence off, `PYTHONHASHSEED=0`, sourcing by `$FRAMING_SOURCING` (rules
when unset, as the scorer). The compiled builds are used when they are current (the line printed says
whether they were). Each DIR is a checkout of `framing` (default: this one), counted in
turn, and each count after the first is also given over the first's (the old code first). `--keep DIR` keeps the callgrind files for `callgrind_annotate --tree=caller`.
`--warm` counts a second pass over the same articles: 100 texts seen once hold many token types the caches meet
for the first time, where most of a corpus of thousands (the bench's) meets known ones (p43: stop 57's tree read
x0.911 the instructions of the code from before issue 12 cold, and x1.11 warm).
The line printed says how many full passes of the cycle collector fell in the count: with the heap not settled,
one walks every lexicon object (~38M instructions from the sources), and whether it falls inside the count moves
with anything allocated before it (l42: l41's x1.019 was one); compare counts with the same number, or `--settle`.
`--cache` simulates this machine's caches as well and prints the I1 and L2 misses beside the count, with an estimated
cost (instructions + 10 x those misses): p54 found the compiled code's gap to the old one in its instruction-cache
misses, which a count of instructions does not see.
valgrind must be installed (`apt-get install valgrind`); a count takes a minute or two.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear" / "text"


def child(root: Path, data: Path, n: int, settle: bool = False, warm: bool = False) -> None:
    """Analyze the articles with the `framing` of `root` (run under callgrind) and say whether it was compiled;
    with `settle`, the heap settled after the first article as a scoring worker settles it (`settle_worker`), when
    that checkout has it; with `warm`, every article analyzed once before the counted pass."""
    sys.path[:] = [str(root)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    from framing import match
    from framing.lexicon.loader import load_lexicons
    from framing.pipeline import Analyzer

    paths = sorted(data.glob("*.txt"))[: n + 1]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    analyzer = Analyzer(load_lexicons())
    # text, title, id, split_title, evidence: the same places in every version's `analyze`
    args = [(text, None, path.stem, True, False) for text, path in zip(texts, paths)]
    analyzer.analyze(*args[0])
    if warm:  # outside `starmap`: not counted
        for arg in args[1:]:
            analyzer.analyze(*arg)
    if settle:
        try:
            from framing.forking import settle_worker
        except ImportError:  # older code: Python's collector as it is
            pass
        else:
            settle_worker()
    with full_collections() as full:
        results = list(itertools.starmap(analyzer.analyze, args[1:]))
    compiled = not match.__file__.endswith(".py")
    print(
        f"analyzed {len(results)} articles, {'compiled' if compiled else 'from the sources'},"
        f" {full[0]} full collection{'' if full[0] == 1 else 's'} in the count"
    )


@contextlib.contextmanager
def full_collections() -> Iterator[list[int]]:
    """[the cycle collector's full passes within the block]: an unsettled heap holds the lexicons, and one pass over
    it is ~38M instructions from the sources, in the count or not by where the collector's counters stand when the
    count starts (any change of what is allocated before it moves them: l42 found l41's x1.019 to be one such pass)."""
    full = [0]

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full[0] += 1

    gc.callbacks.append(seen)
    try:
        yield full
    finally:
        gc.callbacks.remove(seen)


# one core of the project's machine (a Xeon: 64 KB L1i, 48 KB L1d, 2 MB L2): size, associativity, line of each cache
# level simulated (the L2 as callgrind's last level)
CACHES = ["--cache-sim=yes", "--branch-sim=yes", "--I1=65536,8,64", "--D1=49152,12,64", "--LL=2097152,16,64"]
MISS_CYCLES = 10  # a rough price of a miss in instructions' worth, for the estimated cost (p55)
EVENTS = {"I1mr": "I1 misses", "D1mr": "D1 read misses", "D1mw": "D1 write misses", "ILmr": "L2 instruction misses"}
EVENTS |= {
    "DLmr": "L2 data read misses",
    "DLmw": "L2 data write misses",
    "Bcm": "branches mispredicted",
    "Bim": "indirect jumps mispredicted",
}


def count(
    root: Path, data: Path, n: int, keep: Path | None, caches: bool = False, settle: bool = False, warm: bool = False
) -> tuple[int, str]:
    """(instructions counted, the child's line, with the cache and branch figures when `caches`) for the
    `framing` checkout at `root`."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(root)}
    cmd = [sys.executable, __file__, "--child", str(root), "--data", str(data), "-n", str(n)]
    cmd += ["--settle"] if settle else []
    cmd += ["--warm"] if warm else []
    # one plain run first: the lexicon cache written, so the counted run reads what a scorer reads
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = (keep or Path(tmp)) / f"callgrind.{root.name}.out"
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                *(CACHES if caches else []),
                "--toggle-collect=starmap_next",
                f"--callgrind-out-file={out}",
                *cmd,
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        written = out.read_text(encoding="utf-8")
        found = re.search(r"^(?:summary|totals): ([\d ]+)$", written, re.M)
        events = re.search(r"^events: (.+)$", written, re.M)
        if found is None or events is None:
            raise SystemExit(f"no total in {out}")
        totals = dict(zip(events.group(1).split(), map(int, found.group(1).split())))
        misses = ", ".join(f"{totals[e] / 1e6:,.2f}M {what}" for e, what in EVENTS.items() if e in totals)
        if "I1mr" in totals:
            # the misses an instruction count is blind to (p54: the compiled code misses L1i 10x the interpreter's)
            last_level = totals["ILmr"] + totals["DLmr"] + totals["DLmw"]
            cost = totals["Ir"] + MISS_CYCLES * (totals["I1mr"] + last_level)
            misses = (
                f"estimated cost {cost / 1e6:,.1f}M (instructions + {MISS_CYCLES} x I1 and L2 misses),"
                f" {last_level / 1e6:,.2f}M L2 misses; {misses}"
            )
        return totals["Ir"], run.stdout.strip() + (f"; {misses}" if misses else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("checkouts", nargs="*", type=Path, help="checkouts of framing to count (default: this one)")
    parser.add_argument("-n", type=int, default=100, help="articles counted (default 100)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of PolNeAR texts")
    parser.add_argument("--keep", type=Path, help="write the callgrind files into this folder")
    parser.add_argument(
        "--cache",
        "--caches",
        dest="caches",
        action="store_true",
        help="simulate the caches and branches too (slower): I1 and L2 misses and an estimated cost beside the count",
    )
    parser.add_argument(
        "--settle", action="store_true", help="settle the heap after the first article, as a scoring worker does"
    )
    parser.add_argument(
        "--warm",
        action="store_true",
        help="count a second pass over the articles: the caches of first sight (token types, chunks) filled, as over"
        " most of a long corpus",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.data, args.n, args.settle, args.warm)
        return
    first = 0
    for place, root in enumerate([path.resolve() for path in args.checkouts] or [ROOT]):
        total, line = count(root, args.data, args.n, args.keep, args.caches, args.settle, args.warm)
        first = first or total
        ratio = f", x{total / first:.3f} the first" if place else ""
        print(f"{root}: {total / 1e6:,.1f}M instructions for {args.n} articles{ratio} ({line})", flush=True)


if __name__ == "__main__":
    main()
