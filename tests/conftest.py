"""Shared fixtures: the shipped analyzer, the seed article from ../shared, our own fixture article."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from framing.lexicon.loader import load_lexicons
from framing.pipeline import SOURCING_METHODS, Analyzer
from signal_cases import shipped_analyzer, spans

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"

# keep the lexicon cache of test runs apart from the user's
os.environ["FRAMING_CACHE_DIR"] = tempfile.mkdtemp(prefix="framing-test-cache-")


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return shipped_analyzer()


@pytest.fixture(scope="session", params=SOURCING_METHODS)
def sourcing_analyzer(request: pytest.FixtureRequest) -> Analyzer:
    """The shipped analyzer with each sourcing method: a construction holds with the rules alone and with
    the trained labeller added."""
    return Analyzer(load_lexicons(), sourcing=request.param)


@pytest.fixture(scope="session")
def signal_spans(analyzer: Analyzer) -> Callable[[str, str], list[str]]:
    """The exact text of each match of one signal in a sentence, in order: what a word-sense test asserts."""
    return partial(spans, analyzer)


@pytest.fixture(scope="session")
def lexicons(analyzer: Analyzer):
    """The shipped lexicons, loaded once: what a test passes to corpus runs or patches into the CLI."""
    return analyzer.lexicons


@pytest.fixture(scope="session")
def shared_seed() -> Path:
    path = SHARED / "seeds" / "000_4df316dd9671cd60.txt"
    if not path.exists():
        pytest.skip("../shared/seeds is absent")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is absent")
    return path


@pytest.fixture(scope="session")
def modules_after() -> Callable[[list[str], tuple[str, ...]], tuple[str, str]]:
    """Run `framing ARGS` in a process of its own: (its stdout, "EXIT-CODE [the given modules it imported]")."""

    def run(args: list[str], modules: tuple[str, ...]) -> tuple[str, str]:
        code = (
            "import sys\nfrom framing.cli import main\n"
            f"sys.argv = {['framing', *args]!r}\n"
            "try:\n    main()\nexcept SystemExit as end:\n"
            f"    print(end.code, [m for m in {modules!r} if m in sys.modules], file=sys.stderr)"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return done.stdout, done.stderr.splitlines()[-1]

    return run


@pytest.fixture(scope="session")
def fixture_article() -> Path:
    return DATA / "fixture_article.txt"


def _lexicon_folder(tmp_path: Path, name: str, text: str) -> Path:
    """One user lexicon file written into a folder of its own (the folder)."""
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def check_lexicon_file(tmp_path: Path) -> Callable[[str, str], tuple[Path, str]]:
    """Write one lexicon file into a folder of its own and run `framing lexicon check` on it, which must refuse
    it (exit 2): (the file, what the check printed), for the test to find the file's located problems in."""
    from typer.testing import CliRunner

    from framing.cli import app

    def check(name: str, text: str) -> tuple[Path, str]:
        folder = _lexicon_folder(tmp_path, name, text)
        result = CliRunner().invoke(app, ["lexicon", "check", str(folder)])
        assert result.exit_code == 2, result.output
        return folder / name, result.output

    return check


@pytest.fixture
def user_analyzer(tmp_path: Path) -> Callable[[str, str], Analyzer]:
    """Write one user lexicon file into a folder of its own and build the analyzer that layers it over the
    shipped lexicons, as `-L FOLDER` does: for a test of what a user's own file can ask for."""
    return lambda name, text: Analyzer(load_lexicons([_lexicon_folder(tmp_path, name, text)]))
