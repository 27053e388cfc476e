"""The single-article path stays light: `framing score file.txt` must start fast (issue 2's < 1 s)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "sklearn", "matplotlib", "scipy", "pyarrow")


def test_cli_import_does_not_load_heavy_libraries() -> None:
    code = f"import sys, framing.cli, framing.pipeline; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""
