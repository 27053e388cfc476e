"""What the command line imports before it needs it (round d5): the worker pool's modules load with a pool, not
with every command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

POOL = ("concurrent.futures.process", "multiprocessing")


@pytest.mark.parametrize("args", [["--help"], ["score", "FIXTURE"], ["lexicon", "--help"]])
def test_a_command_that_starts_no_workers_does_not_import_the_pool(
    fixture_article: Path, args: list[str], modules_after: Callable[[list[str], tuple[str, ...]], tuple[str, str]]
) -> None:
    _, imported = modules_after([str(fixture_article) if a == "FIXTURE" else a for a in args], POOL)
    assert imported == "0 []"
