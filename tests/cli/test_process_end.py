"""How the `framing` program ends: a `Finished` command skips the interpreter's teardown, and
nothing a normal exit does before that teardown (atexit functions, flushed output) is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HOSTILE = Path(__file__).parents[1] / "golden" / "hostile_corpus"

# A module-level object whose finalizer speaks: the interpreter's teardown runs it, os._exit does not.
PROGRAM = """
import atexit, sys, threading
from framing.cli.common import end_process

class Noisy:
    def __del__(self):
        sys.stdout.write("torn down\\n")

noisy = Noisy()
atexit.register(lambda: sys.stdout.write("atexit ran\\n"))
sys.stdout.write("done; ")
if sys.argv[1] == "thread":
    threading.Thread(target=threading.Event().wait, args=(0.5,)).start()
end_process()
sys.stdout.write("ended normally\\n")
"""


def run(case: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROGRAM, case], capture_output=True, text=True, timeout=60)


def test_a_finished_process_runs_its_atexit_functions_flushes_and_skips_the_teardown() -> None:
    ended = run("alone")
    assert (ended.returncode, ended.stdout, ended.stderr) == (0, "done; atexit ran\n", "")


def test_a_process_with_another_thread_running_ends_the_normal_way() -> None:
    ended = run("thread")
    assert (ended.returncode, ended.stdout) == (0, "done; ended normally\natexit ran\ntorn down\n")


def test_framing_compare_as_a_program_writes_everything_before_it_ends(tmp_path: Path) -> None:
    out = tmp_path / "report"
    code = "import sys; from framing.cli import main; sys.argv[0] = 'framing'; main()"
    args = ["compare", str(HOSTILE), "--out-dir", str(out), "--signals", "hedging", "--bootstrap", "100", "--no-png"]
    ended = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert ended.returncode == 0, ended.stderr
    assert " ".join(ended.stdout.split()).endswith(f"report written to {out / 'index.html'}")  # the last line, flushed
    assert (out / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert {p.name for p in out.iterdir()} >= {"index.html", "report.md", "meta.json", "tables", "figures"}
