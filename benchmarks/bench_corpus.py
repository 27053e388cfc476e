"""Corpus scoring throughput and memory: `python benchmarks/bench_corpus.py [-n 30000] [--million] [--real]`.

Generates articles of about 600 words from the vocabulary of the bundled seed articles (less the
words that match a lexicon term on their own), with lexicon terms mixed in at 3 words in 100. That
gives about 29 matches an article (a quarter of them question marks, which end a quarter of the
sentences), fewer than real news: on 600 words, BASIL's articles have about 42 and PolNeAR's 40.
It writes them to a JSONL file and scores it with 1 and 2 jobs (evidence off, shipped lexicons),
each run in a fresh process. Prints articles/s, MB/s and the peak resident memory of the run's whole
process tree, next to a bare `re.findall(r"\\w+")` pass over the same text: the floor no scorer can
beat.

`--real` scores real news instead: the PolNeAR and BASIL texts of ../shared/data, repeated to `-n`
articles (3,000 is plenty). They are longer and far denser in matches than the generated ones.
`--against DIR` runs every measurement a second time with another checkout of `framing` (e.g. made
by `git worktree add /tmp/base main`), one after the other in the same run, to compare old and new
code side by side on the same corpus and machine load.

`--sourcing rules trained` scores every corpus once per sourcing method (`$FRAMING_SOURCING` of the
run; without it, the scorer's default) and prints how many articles per CPU-second each method after the first
gains or loses against it: how the trained attribution labeller is weighed against the rules.

`--narratives` scores every corpus twice, without and with the narrative columns (`framing score
--narratives`), and prints what narrative detection adds to the scoring time (wall and CPU).
`--repeat N` makes every measurement N times, in turns (so that a change in the machine's load
falls on all of them alike), every other turn in the reverse order (two checkouts of the same code
measured in turns gave the one in second place up to a fifth more articles per CPU-second), and
prints the best wall and CPU time of each: on a machine shared with other work, one run's figures
move by a third. An even N gives every measurement each place equally often. With N > 1 a block after
the best figures shows the noise: each measurement's articles per CPU-second turn by turn, their median
and spread (highest less lowest, over the median); with `--against`, this checkout's figure over the
other's in each turn (the two measured one after the other), their median and range: the side-by-side
figure a single best-of-N hides.

`--million` streams a generated 1,000,000-article corpus from disk instead, with 2 jobs, and shows
that peak memory stays flat (it takes a while: about 4 GB are written, then scored at the rate
printed above; `--words 150` makes it quicker). Texts repeat every 5,000 articles, ids do not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def vocabulary(seed_dir: Path) -> tuple[list[str], list[str]]:
    """(plain words, lexicon terms): the seed articles' words that match no lexicon term on their own
    (with their frequencies), and every term of the shipped lexicons, wildcards filled in."""
    from framing.corpus import parse_front_matter
    from framing.lexicon.loader import load_lexicons
    from framing.pipeline import Analyzer

    lexicons = load_lexicons()
    analyzer = Analyzer(lexicons)
    words: list[str] = []
    for path in sorted(seed_dir.rglob("*.txt")):
        words += re.findall(r"[A-Za-z][\w'’-]*", parse_front_matter(path.read_text(encoding="utf-8"))[1].lower())
    terms = [
        " ".join(w.rstrip("*") + ("s" if w.endswith("*") else "") if w != "*" else "the" for w in t.text.split())
        for spec in lexicons.signals.values()
        for t in spec.terms
    ]
    plain = {
        w
        for w in set(words)
        if not any(s.count for s in analyzer.analyze(w, split_title=False, evidence=False).signals.values())
    }
    return [w for w in words if w in plain], terms


def article(rng: random.Random, words: list[str], terms: list[str], n_words: int, term_rate: float = 0.03) -> str:
    """About `n_words` words in sentences of 8-30 words and paragraphs of 2-5 sentences."""
    paragraphs, count = [], 0
    while count < n_words:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            length = rng.randint(8, 30)
            toks = [rng.choice(terms) if rng.random() < term_rate else rng.choice(words) for _ in range(length)]
            count += length
            sentence = " ".join(toks)
            sentences.append(sentence[:1].upper() + sentence[1:] + rng.choice("...?"))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def generate(path: Path, n: int, n_words: int, seed: int = 1, distinct: int = 5000) -> int:
    """Write `n` articles as JSONL, cycling through `distinct` generated texts (generation in Python
    costs more than scoring); returns the bytes of text written."""
    rng = random.Random(seed)
    words, terms = vocabulary(ROOT / "seeds" / "articles")
    texts = [article(rng, words, terms, n_words) for _ in range(min(n, distinct))]
    outlets = [f"outlet-{k}" for k in range(8)]
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = texts[i % len(texts)]
            size += len(text.encode())
            f.write(
                json.dumps(
                    {"id": f"a{i}", "outlet": outlets[i % 8], "date": f"2026-{i % 12 + 1:02d}-01", "text": text},
                    ensure_ascii=False,
                )
                + "\n"
            )
    return size


def generate_real(path: Path, n: int, data_dir: Path) -> int:
    """Write `n` articles as JSONL from the real news of `data_dir` (PolNeAR texts, BASIL bodies with
    their titles), cycling through them; returns the bytes of text written."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((data_dir / "polnear" / "text").glob("*.txt"))]
    for p in sorted((data_dir / "basil" / "articles").rglob("*.json")):
        item = json.loads(p.read_text(encoding="utf-8"))
        body = "\n\n".join(" ".join(sentences) for sentences in item.get("body-paragraphs", []))
        texts.append(f"{item.get('title', '')}\n\n{body}")
    if not texts:
        raise SystemExit(f"no PolNeAR or BASIL texts under {data_dir}")
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = texts[i % len(texts)]
            size += len(text.encode())
            f.write(json.dumps({"id": f"r{i}", "outlet": f"outlet-{i % 8}", "text": text}, ensure_ascii=False) + "\n")
    return size


def tree_usage(root: int, cpu: dict[int, float]) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc; 0 elsewhere); their CPU
    seconds so far are recorded in `cpu` by pid."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        ticks[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        cpu[pid] = max(cpu.get(pid, 0.0), ticks.get(pid, 0.0))
        stack += children.get(pid, [])
    return total


def measured(cmd: list[str], sourcing: str = "") -> tuple[dict, int, float]:
    """Run `cmd`, sampling its process tree; (its JSON report, peak bytes, CPU seconds of the tree).
    `sourcing`, when given, is the run's $FRAMING_SOURCING."""
    env = os.environ | ({"FRAMING_SOURCING": sourcing} if sourcing else {})
    # Away from this checkout: a worker started with `python -c` looks in its working folder first.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=tempfile.gettempdir(), env=env)
    peak = [0]
    cpu: dict[int, float] = {}

    def sample() -> None:
        started = time.perf_counter()
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_usage(proc.pid, cpu))
            # often at first, to see short runs; then seldom, as scanning /proc costs CPU too
            time.sleep(0.05 if time.perf_counter() - started < 20 else 1.0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark run failed: {' '.join(cmd)}")
    return json.loads(out.strip().splitlines()[-1]), peak[0], sum(cpu.values())


def _children_cpu() -> float | None:
    """User and system CPU seconds of this process's finished children so far (None without `resource`,
    as on Windows). `run_one` reports its own CPU time and this one's growth while it scores (the
    workers of `--jobs 2` are waited for before it returns). `measured`'s samples of /proc, taken until
    the process ends, also count its exit (a quarter of a second of a 2,000-article run's six here) and,
    once a second after the first 20 seconds, miss what a run uses after the last sample: shares that
    vary with the code and the load."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_one(corpus: Path, out: Path, jobs: int, narratives: bool, root: Path | None = None) -> None:
    """Score `corpus` in this process (the child side of `measured`) and print a JSON report; with
    `root`, with the `framing` of that checkout."""
    if root is not None:  # this checkout off the path, for this process and the workers it starts
        sys.path[:] = [str(root)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT]
        os.environ["PYTHONPATH"] = str(root)
        for name in [m for m in sys.modules if m == "framing" or m.startswith("framing.")]:
            del sys.modules[name]
    try:
        from framing.batch.run import score_corpus
    except ImportError:  # a checkout from before batch became a package (issue 16), as --against may name
        from framing.batch import score_corpus
    from framing.lexicon.loader import load_lexicons

    lexicons = load_lexicons()
    if narratives:  # imports are left out of the measure (as the scorer's are); loading the model is not
        import skops.io  # noqa: F401

        import framing.narratives.detector  # noqa: F401
    started, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu()
    # a checkout from before narratives (issue 17) takes no such argument
    run = score_corpus(corpus, out, lexicons, jobs=jobs, **({"narratives": True} if narratives else {}))
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "cpu": time.process_time() - cpu,
                "cpu_total": time.process_time(),
                **({} if workers is None else {"cpu_workers": _children_cpu() - workers}),
                "read": run.read,
                "scored": run.scored,
                "failed": run.failed,
            }
        )
    )


def floor(corpus: Path) -> tuple[float, float]:
    """Wall and CPU seconds for `re.findall(r"\\w+")` over every text: the cheapest pass over the words."""
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    word = re.compile(r"\w+")
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        word.findall(text)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30_000, help="articles to generate (default 30,000)")
    parser.add_argument("--words", type=int, default=600, help="words per article (default 600)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts to compare")
    parser.add_argument("--million", action="store_true", help="stream a 1,000,000-article corpus from disk")
    parser.add_argument("--dir", type=Path, help="where to put the generated corpus (default: a temp folder)")
    parser.add_argument("--real", action="store_true", help="real news from ../shared/data instead of generated")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="data folder for --real")
    parser.add_argument("--against", type=Path, help="another checkout of framing to measure side by side")
    parser.add_argument("--narratives", action="store_true", help="measure with and without narrative columns")
    parser.add_argument("--sourcing", nargs="+", default=[""], help="sourcing methods to compare (rules, trained)")
    parser.add_argument("--repeat", type=int, default=1, help="measure each N times, in turns; print the best")
    parser.add_argument("--run", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_one(
            Path(args.run[0]),
            Path(args.run[1]),
            int(args.run[2]),
            args.run[3] == "1",
            Path(args.run[4]) if len(args.run) > 4 else None,
        )
        return
    n = 1_000_000 if args.million else args.n
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        started = time.perf_counter()
        if args.real:
            size = generate_real(corpus, n, args.data)
            print(
                f"wrote {n:,} real news articles ({size / 1e6:,.1f} MB of text) in {time.perf_counter() - started:.0f} s"
            )
        else:
            size = generate(corpus, n, args.words)
            print(
                f"generated {n:,} articles of ~{args.words} words ({size / 1e6:,.1f} MB of text) "
                f"in {time.perf_counter() - started:.0f} s"
            )
        print("(articles/s: wall clock, and per CPU-second of the run's processes, which shows the cost")
        print(" when other work shares the machine; peak: resident memory of all the run's processes)")
        if not args.million:
            wall, cpu = floor(corpus)
            print(
                f"{'re.findall floor':>18}: {n / wall:>7,.0f} /s {size / 1e6 / wall:>6.1f} MB/s  "
                f"{n / cpu:>7,.0f} /CPU-s"
            )
        base: dict[tuple[bool, str], float] = {}
        counts = [2] if args.million else args.jobs
        roots = [("", [])] + ([(f" ({args.against.name})", [str(args.against)])] if args.against else [])
        modes = (False, True) if args.narratives else (False,)
        plain: dict[tuple[int, str, str], tuple[float, float]] = {}
        first: dict[tuple[int, str, bool], float] = {}  # CPU seconds of the first sourcing method
        runs = [(j, r, m, s) for j in counts for r in roots for m in modes for s in args.sourcing]
        best: dict[tuple, tuple[dict, int, float]] = {}  # per run: (report, peak bytes, CPU seconds)
        rates: dict[tuple, list[float]] = {}  # per run: articles per CPU-second, turn by turn
        for turn in range(max(args.repeat, 1)):
            # every other turn in reverse: side by side, the run in second place tends to be faster
            for jobs, (label, root), narr, sourcing in runs if turn % 2 == 0 else runs[::-1]:
                out = Path(tmp) / "out.parquet"
                report, peak, tree_cpu = measured(
                    [sys.executable, __file__, "--run", str(corpus), str(out), str(jobs), "1" if narr else "0", *root],
                    sourcing,
                )
                if "cpu_workers" in report:  # the kernel's count: this process's and its finished workers'
                    cpu_s = report["cpu"] + report["cpu_workers"]
                else:  # /proc's samples, less loading lexicons and imports
                    cpu_s = tree_cpu - report["cpu_total"] + report["cpu"]
                rates.setdefault((jobs, label, narr, sourcing), []).append(report["scored"] / cpu_s)
                kept = best.get((jobs, label, narr, sourcing))
                if kept is not None:  # the best wall and CPU time of the repeats, the highest peak
                    report["seconds"] = min(report["seconds"], kept[0]["seconds"])
                    peak, cpu_s = max(peak, kept[1]), min(cpu_s, kept[2])
                best[jobs, label, narr, sourcing] = report, peak, cpu_s
        for jobs, (label, _), narr, sourcing in runs:
            report, peak, cpu_s = best[jobs, label, narr, sourcing]
            rate = report["scored"] / report["seconds"]
            base.setdefault((narr, sourcing), rate)
            label_n = label + (f" {sourcing}" if sourcing else "") + (" +narratives" if narr else "")
            line = (
                f"{f'{jobs} job' + ('s' if jobs > 1 else '') + label_n:>18}: {rate:>7,.0f} /s "
                f"{size / 1e6 / report['seconds']:>6.1f} MB/s  {report['scored'] / cpu_s:>7,.0f} /CPU-s  "
                f"peak {peak / 2**20:,.0f} MiB"
            )
            if not args.million:
                line += f"  floor is {n / wall / rate:.1f}x faster"
            if jobs != counts[0]:
                line += f"  {rate / base[narr, sourcing]:.2f}x {counts[0]} job"
            cpu_first = first.setdefault((jobs, label, narr), cpu_s)
            if sourcing != args.sourcing[0]:
                line += f"  {sourcing}: {cpu_first / cpu_s - 1:+.0%} /CPU-s"
            if narr:
                wall0, cpu0 = plain[jobs, label, sourcing]
                line += f"  narratives add {report['seconds'] / wall0 - 1:+.0%} wall, {cpu_s / cpu0 - 1:+.0%} CPU"
            else:
                plain[jobs, label, sourcing] = (report["seconds"], cpu_s)
            print(line + f"  ({report['scored']:,} scored, {report['failed']:,} failed)", flush=True)
        if args.repeat > 1:
            print(turn_lines(runs, rates, roots[1][0] if args.against else None))


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def turn_lines(runs: list[tuple], rates: dict[tuple, list[float]], against: str | None) -> str:
    """The turns behind the best figures: per measurement its articles per CPU-second in each turn, the
    median and the spread ((highest - lowest) / median); with `against` (the other checkout's label),
    per measurement of this checkout its figure over the other's in the same turn, with their median
    and range. Both are measured one after the other in a turn, so a change in the machine's load
    between turns falls on both and cancels in their ratio."""
    out = ["turns (articles per CPU-second, turn by turn; median, spread = (highest - lowest) / median):"]
    for jobs, (label, _), narr, sourcing in runs:
        values = rates[jobs, label, narr, sourcing]
        name = f"{jobs} job" + ("s" if jobs > 1 else "") + label + (f" {sourcing}" if sourcing else "")
        name += " +narratives" if narr else ""
        middle = _median(values)
        out.append(
            f"{name:>18}: {' '.join(f'{v:,.0f}' for v in values)}  median {middle:,.0f}  "
            f"spread {(max(values) - min(values)) / middle:.0%}"
        )
    if against is not None:
        for jobs, (label, _), narr, sourcing in runs:
            if label:
                continue
            ours, theirs = rates[jobs, label, narr, sourcing], rates[jobs, against, narr, sourcing]
            ratios = [a / b - 1 for a, b in zip(ours, theirs)]
            name = f"{jobs} job" + ("s" if jobs > 1 else "") + (f" {sourcing}" if sourcing else "")
            name += " +narratives" if narr else ""
            out.append(
                f"{name:>18}: against{against}, per turn {' '.join(f'{r:+.0%}' for r in ratios)}  "
                f"median {_median(ratios):+.0%}  range {min(ratios):+.0%} to {max(ratios):+.0%}"
            )
    return "\n".join(out)


if __name__ == "__main__":
    main()
