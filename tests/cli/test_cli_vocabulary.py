"""One command-line vocabulary: every option a help text, an error message or the README names
exists on the command it is named for; help shows flags as flags and no Python type names; the
renamed options work under their new names, and under their old ones with a warning."""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

import pandas as pd
import pytest
import typer.main
from typer.testing import CliRunner

from framing.cli import app
from framing.cli.common import CORPUS_PANEL
from framing.corpus.records import ROLES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "framing"
SEEDS = ROOT / "seeds" / "articles"
runner = CliRunner()

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
QUOTED = re.compile(r"`([^`]*)`")


def _walk(command, path: tuple[str, ...] = ()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _walk(sub, (*path, name))


COMMANDS = dict(_walk(typer.main.get_command(app)))
CORPUS_COMMANDS = [("score",), ("compare",), ("narratives",), ("lexicon", "sample")]
LABELLED_COMMANDS = [("train",), ("evaluate",), ("lexicon", "audit")]


def _options(path: tuple[str, ...]) -> set[str]:
    """The option names `path` accepts and shows (old names kept for scripts are neither)."""
    params = COMMANDS[path].params
    return {o for p in params for o in (*p.opts, *p.secondary_opts) if o.startswith("--")} | {"--help"}


def _subtree(path: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [p for p in COMMANDS if p[: len(path)] == path]


def _unknown(text: str, where: list[tuple[str, ...]]) -> list[str]:
    """Options in `text` that no command in `where` has. An option inside a quoted command line
    (`framing score -o OUT --evidence FILE`, `score --lexicons`) is checked against that command."""
    unknown = []
    for quoted in QUOTED.findall(text):
        words = quoted.split()
        framing = words[:1] == ["framing"]
        words = words[1:] if framing else words
        path = max((p for p in COMMANDS if (p or framing) and tuple(words[: len(p)]) == p), key=len, default=None)
        if path is not None:
            unknown += [o for o in OPTION.findall(quoted) if o not in _options(path)]
            text = text.replace(f"`{quoted}`", " ")
    known = set().union(*(_options(p) | set(getattr(COMMANDS[p], "refused", {})) for p in where))  # names it refuses
    return unknown + [o for o in OPTION.findall(text) if o not in known]


def _help(path: tuple[str, ...]) -> str:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", list(COMMANDS), ids=lambda p: " ".join(p) or "framing")
def test_help_names_only_options_that_exist_and_shows_no_type_names(path: tuple[str, ...]) -> None:
    shown = _help(path)
    assert _unknown(shown, [path]) == []
    assert re.findall(r"<[a-z][^<>]*>|\{\w+\}", shown) == []  # <bool>, <list[Path]>, <path>, {input}
    for param in COMMANDS[path].params:
        if getattr(param, "is_flag", False):  # a flag's row: its names, then straight to its help
            row = next(line for line in shown.splitlines() if f" {param.opts[0]} " in line)
            assert re.search(
                rf"{re.escape(param.opts[0])}(\s+{re.escape(' '.join(param.secondary_opts))})?\s+"
                rf"{re.escape(param.help.split()[0])}",
                row,
            ), row


def test_the_usage_line_names_arguments_in_capitals() -> None:
    assert "Usage: framing compare [OPTIONS] INPUT" in _help(("compare",))
    assert "Usage: framing lexicon check [OPTIONS] [FOLDERS]..." in _help(("lexicon", "check"))
    assert "Usage: framing evaluate [OPTIONS] MODEL DATA" in _help(("evaluate",))


def _strings(path: Path) -> list[str]:
    """Every string literal of a module; an f-string with its fields as {}."""
    found: list[str] = []

    class Visitor(ast.NodeVisitor):
        def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
            found.append("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))

        def visit_Constant(self, node: ast.Constant) -> None:
            if isinstance(node.value, str):
                found.append(node.value)

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _own_options(path: Path) -> set[str]:
    """The options a `python -m` tool defines for itself with argparse."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        a.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "add_argument"
        for a in node.args
        if isinstance(a, ast.Constant) and str(a.value).startswith("--")
    }


# Which commands can show a module's messages; any other module may name an option of any command.
REACHES = {
    "cli/score.py": [("score",)],
    "cli/score_output.py": [("score",)],
    "cli/compare.py": [("compare",)],
    "cli/narratives.py": [("narratives",)],
    "cli/model.py": [("train",), ("evaluate",)],
    "cli/lexicon.py": _subtree(("lexicon",)),
    "cli/lexicon_judging.py": [("lexicon", "sample"), ("lexicon", "audit")],
    "batch.py": [("score",), ("compare",)],
    "report": [("compare",)],
    "classify.py": [("train",), ("evaluate",)],
    "lexicon/audit.py": [("lexicon", "audit")],
    "lexicon/judging.py": [("lexicon", "sample"), ("lexicon", "audit")],
    "narratives/detector.py": [("narratives",)],
}


def _reaches(module: Path) -> list[tuple[str, ...]]:
    name = module.relative_to(PACKAGE).as_posix()
    return next((paths for key, paths in REACHES.items() if name == key or name.startswith(key + "/")), list(COMMANDS))


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_messages_in_the_package_name_only_options_that_exist(module: Path) -> None:
    own = _own_options(module)
    unknown = [(o, s) for s in _strings(module) if "--" in s for o in _unknown(s, _reaches(module)) if o not in own]
    assert unknown == []


def test_the_message_check_catches_a_stale_name() -> None:
    assert _unknown("choose another --out or pass --force", [("compare",)]) == ["--out"]
    assert _unknown("pass `framing score -o OUT --evidence-table FILE`", [("compare",)]) == ["--evidence-table"]
    assert _unknown("from `framing score -o OUT --evidence FILE`", [("compare",)]) == []


def test_readme_command_lines_use_options_that_exist() -> None:
    """Every `$ framing ...` example in the README, and every `framing ...` quoted in its text: the
    options exist on the command it runs."""
    unknown = []
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("$ framing "):
            words = shlex.split(line[2:].split(" # ")[0].replace("\\", ""))[1:]
            path = max((p for p in COMMANDS if tuple(words[: len(p)]) == p), key=len)
            assert path, line
            unknown += [(w, line) for w in words if w.startswith("--") and w.split("=")[0] not in _options(path)]
        else:
            quoted = [q for q in QUOTED.findall(line) if q.startswith("framing ")]
            unknown += [(o, line) for q in quoted for o in _unknown(f"`{q}`", [])]
    assert unknown == []


@pytest.mark.parametrize("path", CORPUS_COMMANDS, ids=" ".join)
def test_every_corpus_command_takes_the_same_column_options(path: tuple[str, ...]) -> None:
    reference = {p.opts[0]: (p.help, p.default, p.metavar) for p in COMMANDS[("score",)].params}
    here = {p.opts[0]: (p.help, p.default, p.metavar) for p in COMMANDS[path].params}
    for role in ROLES:  # corpus.py names them as f"--{role}-col" in its messages
        assert here[f"--{role}-col"] == reference[f"--{role}-col"]


@pytest.mark.parametrize("path", [("score",), ("compare",)], ids=" ".join)
def test_commands_that_score_a_corpus_take_jobs(path: tuple[str, ...]) -> None:
    jobs = next(p for p in COMMANDS[path].params if p.opts[0] == "--jobs")
    assert jobs.opts == ["--jobs", "-j"] and jobs.default is None
    assert jobs.help == "Worker processes (default: all cores)."


@pytest.mark.parametrize("path", LABELLED_COMMANDS, ids=" ".join)
def test_labelled_table_commands_share_text_and_label_columns(path: tuple[str, ...]) -> None:
    params = {p.opts[0]: p for p in COMMANDS[path].params}
    assert (params["--text-col"].default, params["--label-col"].default) == ("text", "label")
    assert params["--text-col"].help == "Column holding the text of each labelled example."
    order = [p.opts[0] for p in COMMANDS[path].params]
    assert order.index("--text-col") + 1 == order.index("--label-col")  # side by side in the help, text first


def test_an_option_has_the_same_short_flag_in_every_command() -> None:
    """`-f` is --format, `-m` --model, `-L` --lexicons wherever they stand: no command gives a long name
    another short flag, or none."""
    forms: dict[str, set[tuple[str, ...]]] = {}
    for command in COMMANDS.values():
        for p in command.params:
            if p.opts[0].startswith("--"):
                forms.setdefault(p.opts[0], set()).add(tuple(sorted(p.opts)))
    assert {name: found for name, found in forms.items() if len(found) > 1} == {}
    assert forms["--format"] == {("--format", "-f")} and forms["--lexicons"] == {("--lexicons", "-L")}


@pytest.mark.parametrize("path", [("score",), ("narratives",)], ids=" ".join)
def test_corpus_runs_name_their_errors_file_alike(path: tuple[str, ...]) -> None:
    """Both list flagged records as well as failed ones, and the help says so."""
    errors = next(p for p in COMMANDS[path].params if p.opts[0] == "--errors")
    assert errors.rich_help_panel == CORPUS_PANEL and errors.metavar == "FILE"
    assert errors.help.startswith("Records that failed or were flagged, one row each (default: OUT.errors.csv")


def test_output_names_say_file_or_folder() -> None:
    """-o is the main output everywhere: --output for a file, --out-dir for a folder."""
    short_o = {
        " ".join(path): next(o for o in p.opts if o.startswith("--"))
        for path, command in COMMANDS.items()
        for p in command.params
        if "-o" in p.opts
    }
    assert short_o == {
        "score": "--output",
        "compare": "--out-dir",
        "train": "--output",
        "narratives": "--output",
        "lexicon sample": "--output",
        "lexicon import": "--out-dir",
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seed articles as a CSV whose column names no alias finds."""
    rows = [
        {"story_words": p.read_text(encoding="utf-8"), "house": p.parent.name, "ref": p.stem}
        for p in sorted(SEEDS.glob("*/*.txt"))
    ]
    path = tmp_path / "odd.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test_compare_reads_a_corpus_by_the_column_options(corpus: Path, tmp_path: Path) -> None:
    """The issue's first stumble: compare said "name it with --text-col" and had no --text-col."""
    result = runner.invoke(app, ["compare", str(corpus), "-o", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "no text column found among 'story_words', 'house', 'ref'; name it with --text-col" in result.output
    result = runner.invoke(
        app,
        [
            "compare",
            str(corpus),
            "--text-col",
            "story_words",
            "--outlet-col",
            "house",
            "--id-col",
            "ref",
            "--jobs",
            "1",
            "--out-dir",
            str(tmp_path / "r"),
            "--report-title",
            "Odd columns",
            "--bootstrap",
            "100",
        ],
    )
    assert result.exit_code == 0, result.output
    means = pd.read_csv(tmp_path / "r" / "tables" / "means.csv")
    assert set(means["group"]) == {d.name for d in SEEDS.iterdir() if d.is_dir()}
    examples = pd.read_csv(tmp_path / "r" / "tables" / "examples.csv")
    assert set(examples["id"]) <= {p.stem for p in SEEDS.glob("*/*.txt")}
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "Odd columns" in index and "--jobs 1 --text-col story_words --id-col ref --outlet-col house" in index


def test_compare_names_a_missing_column_by_its_option(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", str(corpus), "--text-col", "story_word", "-o", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert "no column 'story_word' for --text-col; did you mean 'story_words'?" in result.output


def test_old_option_names_still_work_with_a_warning(tmp_path: Path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("perhaps\nmaybe\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "import", str(terms), "--out", str(tmp_path / "mine")])
    assert result.exit_code == 0, result.output
    assert "warning: --out is now --out-dir; the old name will go" in result.stderr
    assert (tmp_path / "mine" / "terms.toml").is_file()
    result = runner.invoke(
        app, ["lexicon", "sample", str(SEEDS), "-s", "hedging", "-n", "2", f"--out={tmp_path / 'sample.csv'}"]
    )
    assert result.exit_code == 0, result.output
    assert "warning: --out is now --output; the old name will go" in result.stderr
    assert (tmp_path / "sample.csv").is_file()


def test_old_names_are_hidden_and_left_alone_after_a_double_dash(tmp_path: Path) -> None:
    assert "--out " not in _help(("compare",)).replace("--out-dir", "")
    result = runner.invoke(app, ["lexicon", "import", "-o", str(tmp_path), "--", "--out"])
    assert result.exit_code == 2 and "warning" not in result.output
    assert "error: --out: cannot import files without an extension" in result.output


def test_compare_takes_the_evidence_table_and_the_report_title_by_their_new_names(tmp_path: Path) -> None:
    scores, evidence = tmp_path / "s.csv", tmp_path / "e.csv"
    assert (
        runner.invoke(app, ["score", str(SEEDS), "-o", str(scores), "--evidence", str(evidence), "-j", "1"]).exit_code
        == 0
    )
    result = runner.invoke(
        app,
        [
            "compare",
            str(scores),
            "--evidence-table",
            str(evidence),
            "--report-title",
            "Seeds",
            "--out-dir",
            str(tmp_path / "r"),
            "--bootstrap",
            "100",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "<title>Seeds" in (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    result = runner.invoke(
        app, ["compare", str(SEEDS), "--evidence-table", str(evidence), "--out-dir", str(tmp_path / "r2")]
    )
    assert result.exit_code == 2
    assert "--evidence-table goes with a score table; a corpus is scored here, with its evidence" in result.output
    result = runner.invoke(
        app,
        [
            "compare",
            str(scores),
            "--evidence",
            str(evidence),
            "--title",
            "Old names",
            "--out",
            str(tmp_path / "r3"),
            "--bootstrap",
            "100",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "warning: --evidence is now --evidence-table; the old name will go" in result.stderr
    assert "<title>Old names" in (tmp_path / "r3" / "index.html").read_text(encoding="utf-8")


def test_lexicon_formats_are_a_choice() -> None:
    result = runner.invoke(app, ["lexicon", "list", "--format", "yaml"])
    # one line naming the choices: "yaml" alone in it was only the value given echoed back
    assert result.exit_code == 2 and result.output == (
        "error: framing lexicon list: Invalid value for '--format' / '-f': 'yaml' is not one of 'table', 'json'. "
        "(framing lexicon list --help)\n"
    )


def test_the_command_list_wraps_each_summary_as_one_paragraph() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    # the docstring's own line break after "or a" used to show as a line of its own
    assert "for each point of score; or a corpus into a score table (exit code 1" in result.output


@pytest.mark.parametrize("given", [["--model", "n.skops"], ["-m", "n.skops"], ["--model=n.skops"]])
def test_narratives_refuses_model_which_names_a_train_model_everywhere_else(tmp_path: Path, given: list[str]) -> None:
    """`narratives --model` was a narrative model, `score --model` a `framing train` model: one name, two things."""
    result = runner.invoke(app, ["narratives", str(SEEDS), *given])
    name = given[0].partition("=")[0]
    assert result.exit_code == 2
    assert result.output == (
        f"error: framing narratives: {name} names a model from `framing train` (as in score and compare); the "
        "narrative model is --narrative-model FILE (framing narratives --help)\n"
    )


def test_score_and_compare_share_one_unit_option() -> None:
    """`score --unit` is compare's option: one name, one set of values, one help and default (u26)."""
    unit = [next(p for p in COMMANDS[(name,)].params if p.opts[0] == "--unit") for name in ("score", "compare")]
    assert len({(tuple(p.opts), p.metavar, p.help, p.default) for p in unit}) == 1
    assert unit[0].metavar == "article|sentence|paragraph|post|document|text|record" and unit[0].default == "article"


def test_an_option_shows_one_metavar_in_every_command() -> None:
    """A value is named alike wherever its option stands; `--format`'s choices are each command's own. compare's
    `--signals` read TEXT where `--signal` reads SIGNAL (u26)."""
    shown: dict[str, set[str]] = {}
    for command in COMMANDS.values():
        for p in command.params:
            if p.opts[0].startswith("--") and p.opts[0] != "--format":
                shown.setdefault(p.opts[0], set()).add(p.metavar)
    assert {name: found for name, found in shown.items() if len(found) > 1} == {}
    assert shown["--signal"] == {"SIGNAL"} and shown["--signals"] == {"SIGNAL,..."}


def test_one_meaning_for_model_and_lang_in_every_command() -> None:
    """--model/-m is a `framing train` model wherever it stands; --lang is the language of the texts."""
    for path, command in COMMANDS.items():
        options = {p.opts[0]: p for p in command.params}
        if "--model" in options:
            assert "framing train" in options["--model"].help, path
        if "--lang" in options:
            assert options["--lang"].help.startswith("Language of the texts; picks the "), path
    narratives = {p.opts[0]: p for p in COMMANDS[("narratives",)].params}
    assert narratives["--narrative-model"].opts == ["--narrative-model"] and "--model" not in narratives


@pytest.mark.parametrize("command", [["score"], ["narratives"], ["lexicon", "test"]])
def test_lang_is_read_in_any_case_by_every_command(command: list[str]) -> None:
    """`narratives --lang EN` was refused as unknown and `score --lang EN` found no lexicons (round u19): the
    codes are lower case, and an upper-case one now means the same language."""
    article = str(sorted(SEEDS.glob("*/*.txt"))[0])
    text = ["The minister reportedly said the plan might fail."] if command == ["lexicon", "test"] else [article]
    lower = runner.invoke(app, [*command, *text, "--lang", "en"])
    upper = runner.invoke(app, [*command, *text, "--lang", "EN"])
    assert lower.exit_code == 0, lower.output
    assert (upper.exit_code, upper.stdout) == (0, lower.stdout)


RUNNERS = sorted(p for p in PACKAGE.rglob("*.py") if 'if __name__ == "__main__":' in p.read_text(encoding="utf-8"))


def _runner_options(path: Path) -> list[tuple[str, ...]]:
    """The names of each argument a `python -m` runner defines with argparse (`("-o", "--output")`, `("langs",)`)."""
    return [
        names
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "add_argument"
        if (names := tuple(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)))
    ]


@pytest.mark.parametrize("module", RUNNERS, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_python_m_runner_names_its_options_as_the_commands_do(module: Path) -> None:
    """u39: `attribution_train` and `narratives.train` took `--out` where every command says `-o`/`--output`, the
    evaluators `--format` without `-f`, `narratives.evaluate` `--seeds` for the commands' `--seed` and a bare LANG for
    their `--lang`, the signal runners `--errors` for a list where the commands' `--errors` is a file."""
    forms = {p.opts[0]: tuple(sorted(p.opts)) for c in COMMANDS.values() for p in c.params if p.opts[0][:2] == "--"}
    old = {name for c in COMMANDS.values() for name in getattr(c, "renamed", {})}
    for names in _runner_options(module):
        long = next((n for n in names if n.startswith("--")), f"--{names[0]}")  # a bare argument as if an option
        assert long not in {"--lang", "--langs"} or names[0].startswith("-"), names  # `--lang` in every command
        assert long != "--errors", names  # the commands' file of failed records, not a list printed
        assert long not in old, names  # a name the commands gave up
        assert forms.get(long, tuple(sorted(names))) == tuple(sorted(names))  # the commands' short flag, or none
        assert long in forms or long.removesuffix("s") not in forms, names  # --seeds for --seed


def test_the_runner_check_reads_every_runner_and_catches_an_old_name() -> None:
    assert {p.stem for p in RUNNERS} >= {"attribution_train", "train", "evaluate", "sourcing_eval"}
    assert ("-o", "--output") in _runner_options(PACKAGE / "narratives" / "train.py")
    assert "--out" in {n for c in COMMANDS.values() for n in getattr(c, "renamed", {})}
