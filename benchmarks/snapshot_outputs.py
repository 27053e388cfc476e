"""Snapshot every output a refactor must leave unchanged: `python benchmarks/snapshot_outputs.py OUT`.

Runs this checkout's `framing` (the one on `sys.executable`'s path) on the bundled seeds, the PTC
articles of ../shared/data (when present) and a generated corpus of 1,500 articles, and writes score
tables, evidence, single-article JSON and compare reports' tables into OUT. Run it on two checkouts
and compare with `diff -r OUT_OLD OUT_NEW`: a behaviour-preserving change shows no difference (run
metadata, which records paths and times, is left out).
The generated corpus is written once to OUT/generated.jsonl; pass `--corpus FILE` to reuse the
same file for the second checkout (generation depends on the lexicons).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
REPORT_SUFFIXES = {".csv", ".md", ".json", ".tsv"}


def framing(*args: str | Path) -> None:
    """Run the `framing` command next to this interpreter, failing loudly."""
    command = [str(Path(sys.executable).with_name("framing")), *map(str, args)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def keep_report_tables(report: Path) -> None:
    """Drop the parts of a report that carry no figures of ours (images, HTML assets)."""
    for path in list(report.rglob("*")):
        if path.is_file() and path.suffix not in REPORT_SUFFIXES:
            path.unlink()


def snapshot(out: Path, corpus: Path | None) -> None:
    """Write the outputs of this checkout into `out`."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_corpus import generate

    out.mkdir(parents=True, exist_ok=True)
    generated = out / "generated.jsonl"
    if corpus is not None:
        shutil.copyfile(corpus, generated)
    else:
        generate(generated, 1500, 600)
    inputs = {"seeds": ROOT / "seeds" / "articles", "generated": generated}
    if (DATA / "ptc" / "articles").is_dir():
        inputs["ptc"] = DATA / "ptc" / "articles"
    for name, source in inputs.items():
        target = out / name
        target.mkdir(exist_ok=True)
        framing(
            "score",
            source,
            "-o",
            target / "scores.csv",
            "--evidence",
            target / "evidence.csv",
            "--errors",
            target / "errors.csv",
        )
        if name != "ptc":
            framing("compare", source, "--out-dir", target / "report")
            keep_report_tables(target / "report")
    for meta in out.rglob("*meta.json"):  # run metadata: paths and times of this run
        meta.unlink()
    seed = sorted((ROOT / "seeds" / "articles").rglob("*.txt"))[0]
    with (out / "seed-article.json").open("w", encoding="utf-8") as f:
        subprocess.run(
            [str(Path(sys.executable).with_name("framing")), "score", str(seed), "--format", "json"],
            check=True,
            stdout=f,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, help="reuse this generated corpus (JSONL)")
    args = parser.parse_args()
    snapshot(args.out, args.corpus)
    print(f"outputs written to {args.out}")


if __name__ == "__main__":
    main()
