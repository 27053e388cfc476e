"""How the `framing` program ends: the normal way (atexit functions, flushed output), with what is left
frozen so that the teardown's collector passes do not walk it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HOSTILE = Path(__file__).parents[1] / "golden" / "hostile_corpus"

# An atexit function that says whether the heap was frozen by then (atexit functions run before the
# teardown's collections), written unflushed: the normal exit flushes it.
PROGRAM = """
import atexit, gc, sys
from framing.cli import main

atexit.register(lambda: sys.stdout.write(f"atexit ran, frozen: {gc.get_freeze_count() > 0}\\n"))
sys.argv = ["framing", *sys.argv[1:]]
main()
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROGRAM, *args], capture_output=True, text=True, timeout=300)


def test_the_program_freezes_what_is_left_and_ends_the_normal_way() -> None:
    ended = run("--version")
    assert (ended.returncode, ended.stdout) == (0, "framing 0.1.0\natexit ran, frozen: True\n")


def test_a_failing_command_ends_the_same_way_with_its_exit_code(tmp_path: Path) -> None:
    ended = run("compare", str(tmp_path / "missing.jsonl"), "--out-dir", str(tmp_path / "report"))
    assert ended.returncode == 2
    assert ended.stdout == "atexit ran, frozen: True\n"


def test_framing_compare_as_a_program_writes_everything_before_it_ends(tmp_path: Path) -> None:
    out = tmp_path / "report"
    args = ["compare", str(HOSTILE), "--out-dir", str(out), "--signals", "hedging", "--bootstrap", "100", "--no-png"]
    ended = run(*args)
    assert ended.returncode == 0, ended.stderr
    last = " ".join(ended.stdout.split()).removesuffix("atexit ran, frozen: True")
    assert last.endswith(f"report written to {out / 'index.html'} ")  # the command's last line, flushed
    assert (out / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert {p.name for p in out.iterdir()} >= {"index.html", "report.md", "meta.json", "tables", "figures"}
