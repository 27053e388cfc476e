"""Benchmark: `framing lexicon check` on one signal file of N terms, written three ways (issue 14).

Plain keys ("term1" = 1.0), keys with escapes ("t\\u0065rm1" = 1.0) and sub-tables ([terms."term1"])
must all take about the same, near-linear time: the lines of terms come from one index of the file.
Before that index, 20,000 escaped or sub-table terms took 107-135 s against 2.8 s for 100,000 plain
ones. Run: .venv/bin/python benchmarks/bench_lexicon_check.py [N]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAD = (
    'schema = 1\n[signal]\nlabel = "Many"\ndescription = "Many terms."\n'
    '[examples]\nmatch = ["term1 here"]\nno_match = ["nothing"]\n'
)


def signal_file(n: int, kind: str) -> str:
    if kind == "escaped":
        return HEAD + "[terms]\n" + "".join(f'"t\\u0065rm{k}" = 1.0\n' for k in range(n))
    if kind == "sub-tables":
        return HEAD + "".join(f'[terms."term{k}"]\nweight = 1.0\n' for k in range(n))
    return HEAD + "[terms]\n" + "".join(f'"term{k}" = 1.0\n' for k in range(n))


def main(n: int = 20_000) -> int:
    framing = Path(sys.executable).with_name("framing")
    env = os.environ | {"FRAMING_CACHE_DIR": "off"}
    for kind in ("plain", "escaped", "sub-tables"):
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "many.toml").write_text(signal_file(n, kind), encoding="utf-8")
            started = time.perf_counter()
            done = subprocess.run([str(framing), "lexicon", "check", tmp], env=env, capture_output=True, text=True)
            seconds = time.perf_counter() - started
        print(
            f"lexicon check, {n:,} {kind} terms: {seconds:.1f} s (exit {done.returncode}; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000))
