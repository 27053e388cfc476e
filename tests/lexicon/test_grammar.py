"""The `[grammar]` table: the source readers' closed word classes are data in the shipped language file.

The readers take the table at import, so an edited table is tried in a fresh interpreter over a copy of the
package and its lexicons; a broken table is reported on one line naming the file and the key.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon.check import set_problems
from framing.lexicon.grammar import GRAMMAR, GRAMMAR_FILE, read_grammar
from framing.lexicon.loader import Layer, search_path
from framing.lexicon.schema import GRAMMAR_KEYS
from framing.pipeline import Analyzer

PACKAGE = Path(__file__).resolve().parents[2] / "framing"
SENTENCE = "We are told that the plant will close."
# the sentence's attributions as (cue, source, content), printed by a fresh interpreter
ANALYZE = f"""
from framing.lexicon.loader import load_lexicons
from framing.pipeline import Analyzer
result = Analyzer(load_lexicons(), sourcing="rules").analyze({SENTENCE!r}, split_title=False)
print([(a["cue"], a["source"], a["content"]) for a in result.attributions])
"""


def _edited(language: Path, old: str, new: str) -> Path:
    """The shipped grammar file written to `language` with `old` replaced by `new`."""
    source = GRAMMAR_FILE.read_text(encoding="utf-8")
    assert source.count(old) == 1
    language.write_text(source.replace(old, new), encoding="utf-8")
    return language


def _package_copy(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A copy of the package and its lexicons under `tmp_path` (sources only), the environment that imports
    it in a fresh interpreter, and the path of its shipped grammar file."""
    shutil.copytree(PACKAGE, tmp_path / "framing", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    shutil.copytree(GRAMMAR_FILE.parent.parent, tmp_path / "lexicons")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "FRAMING_PURE_PYTHON": "1"}
    env.pop("FRAMING_LEXICONS", None)
    return env, tmp_path / "lexicons" / GRAMMAR_FILE.parent.name / GRAMMAR_FILE.name


def test_editing_a_grammar_word_changes_what_sourcing_finds(analyzer: Analyzer, tmp_path: Path) -> None:
    """ "We are told that": a telling verb in the passive (`hearer_passives`) makes "we" the hearer and the
    teller unnamed. Take "told" out of the class and "we" is read as the one who speaks."""
    shipped = analyzer.analyze(SENTENCE, split_title=False).attributions
    assert [(a["cue"], a["source"], a["content"]) for a in shipped] == [("are told", "", "that the plant will close.")]
    env, language = _package_copy(tmp_path)
    _edited(language, 'hearer_passives = ["told", ', "hearer_passives = [")
    run = subprocess.run([sys.executable, "-c", ANALYZE], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[('are told', 'We', 'the plant will close.')]"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('\nbe = ["', '\nbeing = ["', 'E202 [grammar] has no key "be"'),
        ('\nbe = ["was"', '\nbe = ["Was"', "E203 [grammar] be must be a list of lower-case words"),
        ('\nsay_forms = ["say", "says", "said"]', '\nsay_forms = "said"', "E203 [grammar] say_forms must be a list"),
        ("\n[grammar]\n", "\n[grammar]\nsay_form = []\n", 'E201 unknown key "say_form" in [grammar]'),
        # r5: a word of two tokens was kept, never matching, as was one with a space around it
        ('\nbe = ["was"', '\nbe = ["was not"', "E206 [grammar] be: 'was not' holds a space, and a token never does"),
        ('\nbe = ["was"', '\nbe = ["was "', "E206 [grammar] be: 'was ' holds a space"),
    ],
)
def test_a_missing_or_malformed_grammar_key_is_one_line_naming_file_and_key(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    language = _edited(tmp_path / GRAMMAR_FILE.name, old, new)
    with pytest.raises(LexiconError) as raised:
        read_grammar(language)
    [line] = str(raised.value).splitlines()
    assert line.startswith(str(language) + ":") and message in line


def test_the_shipped_table_holds_every_key_and_each_is_read_by_the_code() -> None:
    """No class the code lacks, none it reads that is missing: every key is taken by a source reader."""
    assert set(GRAMMAR) == GRAMMAR_KEYS
    code = "".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))
    assert sorted(GRAMMAR_KEYS - set(re.findall(r'GRAMMAR\["(\w+)"\]', code))) == []


def test_lexicon_check_validates_the_shipped_table_and_warns_of_a_user_one(tmp_path: Path) -> None:
    """The shipped table is checked with the lexicons; a user folder's `[grammar]` is not read, and says so."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "_language.toml").write_text('schema = 1\n[grammar]\nbe = ["was"]\n', encoding="utf-8")
    _, problems = set_problems([*search_path(), Layer(mine, "--lexicons")])
    assert [p for p in problems if p.severity == "error"] == []
    assert [(p.code, p.severity) for p in problems if p.path == str(mine / "_language.toml")] == [("W217", "warning")]


def test_a_broken_shipped_table_stops_the_command_line_with_one_line_and_exit_2(tmp_path: Path) -> None:
    """The readers are imported before any command runs, so the CLI reports the table itself: one line a
    problem (the renamed key is unknown, the key it was is missing), no traceback, exit code 2 as for every
    lexicon error."""
    env, language = _package_copy(tmp_path)
    _edited(language, '\nbe = ["', '\nbeing = ["')
    run = subprocess.run(
        [sys.executable, "-c", "from framing.cli import main; main()", "score", "--help"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 2 and run.stdout == ""
    unknown, missing = run.stderr.splitlines()
    assert unknown.startswith(f"error: {language}:") and 'E201 unknown key "being" in [grammar]' in unknown
    assert missing.startswith(f"error: {language}:") and 'E202 [grammar] has no key "be"' in missing
