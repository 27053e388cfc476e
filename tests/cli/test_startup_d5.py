"""What the command line imports before it needs it (round d5): the worker pool's modules load with a pool, not
with every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

POOL = ("concurrent.futures.process", "multiprocessing")


@pytest.mark.parametrize("args", [["--help"], ["score", "FIXTURE"], ["lexicon", "--help"]])
def test_a_command_that_starts_no_workers_does_not_import_the_pool(fixture_article: Path, args: list[str]) -> None:
    argv = ["framing", *(str(fixture_article) if a == "FIXTURE" else a for a in args)]
    code = (
        "import sys\nfrom framing.cli import main\n"
        f"sys.argv = {argv!r}\n"
        "try:\n    main()\nexcept SystemExit as end:\n"
        f"    print(end.code, [m for m in {POOL!r} if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.splitlines()[-1] == "0 []"
