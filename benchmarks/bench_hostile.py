"""Does a long article of a hostile shape score in linear time? `python benchmarks/bench_hostile.py [--sizes ...]`.

Each shape is built at each size (sentences, or repeats for one-sentence shapes), scored once in this process
(`Analyzer.analyze`, evidence on) and its CPU seconds printed (`time.process_time`), with the last size's seconds
over the first's: linear cost grows as the sizes do (8x from 2,000 to 16,000), a quadratic path as their square
(64x). Round r20's shapes: the stop-62 review's ("Maria Lopez - a clerk - said it rained.", a new person in each
sentence), the four that round found quadratic (three fixed; the fourth, an owner's kin named later, by round r21)
and others.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.pipeline import Analyzer  # noqa: E402


def names(n: int, seed: int = 5) -> list[str]:
    """`n` invented two-word names, a new person in each sentence."""
    rng = random.Random(seed)

    def word() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(
            rng.choice("aeiou" if k % 2 else "bcdfghklmnprstvz") for k in range(rng.randint(4, 8))
        )

    return [f"{word()} {word()}" for _ in range(n)]


SHAPES: dict[str, Callable[[int], str]] = {
    # quadratic before round r20: each described person's later name searched in every token before it
    "described-named-later": lambda n: " ".join(f"A clerk said it rained. {a}, a nurse - said so." for a in names(n)),
    # quadratic before round r20: each owner searched for in the whole text (`names._written_as_person`)
    "owners-leaders": lambda n: " ".join(f"{a.split()[1]}'s leaders said it rained." for a in names(n)),
    # quadratic before round r20: `phrase._dash` searched the whole text per hyphen for the word before it
    "name-dash-name-said": lambda n: " ".join(f"{a} - {b} said it rained." for a, b in zip(names(n), names(n, 6))),
    # quadratic before round r21: `kinds._kin_named` searched the whole text per owner
    "owner-kin-named": lambda n: " ".join(
        f"{a.split()[1]}'s son said it rained. The son, Ana Lo, left." for a in names(n)
    ),
    "name-dash-aside-said": lambda n: " ".join(f"{a} - a clerk - said it rained." for a in names(n)),
    "name-dash-said": lambda n: " ".join(f"{a} - said the road was shut." for a in names(n)),
    "name-said-he-said": lambda n: " ".join(f"{a} - a clerk - said it rained. He said so." for a in names(n)),
    "names-and-said": lambda n: " and ".join(f"{a} - said" for a in names(n)) + ".",
    "unbalanced-quotes": lambda n: " ".join('"Lo said so' for _ in range(n)),
    "said-no-subject": lambda n: ", ".join("said" for _ in range(n)) + ".",
    "open-brackets": lambda n: "Lo said " + "( Ed said " * n + ".",
    "said-lines": lambda n: "\n".join("said" for _ in range(n)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 16000])
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    args = parser.parse_args()
    analyzer = Analyzer()
    analyzer.analyze("Warm up. Officials said so.", id="warm")
    print(f"{'shape':<22} " + " ".join(f"{n:>7}" for n in args.sizes) + "  last/first")
    for shape in args.shapes:
        seconds = []
        for n in args.sizes:
            text = SHAPES[shape](n)
            start = time.process_time()
            analyzer.analyze(text, id=shape)
            seconds.append(time.process_time() - start)
        ratio = seconds[-1] / max(seconds[0], 1e-9)
        print(f"{shape:<22} " + " ".join(f"{s:7.2f}" for s in seconds) + f"  {ratio:.1f}x")


if __name__ == "__main__":
    main()
