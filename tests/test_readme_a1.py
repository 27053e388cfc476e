"""Round a1: the README read and run as a new user would, its claims held by tests. Its links and the repository
paths it names exist, the `make` targets and the `python -m framing...` flags it shows exist, and the examples of
its text (the piped report's markers, the headline note, a layered lexicon, the size of the shipped files) hold."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon.loader import MAX_LEXICON_BYTES
from doc_cases import broken_links
from sourcing_cases import attributions_with_kinds

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def test_every_link_of_the_readme_reaches_a_file_and_its_heading() -> None:
    assert broken_links(ROOT / "README.md") == []


def test_every_repository_path_the_readme_names_exists() -> None:
    named = re.findall(r"`((?:framing|lexicons|tests|docs|benchmarks|examples|seeds|models)/[^`\s<*]*)`", README)
    assert len(named) > 20
    assert [p for p in named if not (ROOT / p.rstrip("/")).exists()] == []


def test_the_make_targets_the_readme_names_are_in_the_makefile() -> None:
    named = set(re.findall(r"`make (\w+)`", README))
    targets = set(re.findall(r"^(\w+):", (ROOT / "Makefile").read_text(encoding="utf-8"), flags=re.MULTILINE))
    assert {"demo", "test", "lint", "eval", "bench", "models", "native"} <= named
    assert named - targets == set()


def _module_flags() -> dict[str, set[str]]:
    """`python -m framing.X --flag ...` in an inline code span or a line of a code block, comments included."""
    blocks = re.findall(r"^```\w*\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)
    prose = re.sub(r"^```\w*\n.*?^```", "", README, flags=re.MULTILINE | re.DOTALL)
    commands = re.findall(r"`([^`]+)`", prose) + [line for block in blocks for line in block.splitlines()]
    flags: dict[str, set[str]] = {}
    for command in commands:
        if found := re.search(r"python -m (framing(?:\.\w+)+)", command):
            rest = command[found.end() :]
            flags.setdefault(found.group(1), set()).update(re.findall(r"(?<![\w-])--[a-z][\w-]*", rest))
    return flags


@pytest.mark.parametrize("module", sorted(_module_flags()))
def test_the_flags_the_readme_gives_a_quality_module_are_in_its_help(module: str) -> None:
    shown = subprocess.run(
        [sys.executable, "-m", module, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert {flag for flag in _module_flags()[module] if flag not in shown.stdout} == set()


def test_the_readme_flags_are_read_from_its_quality_commands() -> None:
    flags = _module_flags()
    assert {"--samples-only"} <= flags["framing.quality.signal_eval"]
    assert {"--judged", "--sourcing", "--outlets", "--kind-errors"} <= flags["framing.quality.sourcing_eval"]
    assert {"--lang", "--seed"} <= flags["framing.narratives.evaluate"]


def test_a_piped_report_marks_matches_as_the_readme_shows(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The plan reportedly failed, critics said. Officials may resign.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article)])
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())  # the report wraps at the terminal's width
    assert (
        "[0] The plan [hedging+reporting_verbs: reportedly] failed, "
        "[vague_sources: critics said | reporting_verbs: said]. [1] Officials [hedging: may] resign." in shown
    )


HEADLINE = "Existential threat: catastrophic war looms\n\n{body}\n"
CALM = "The council met on Tuesday to discuss the budget for next year and agreed on a plan for the roads."


def test_the_report_says_when_the_headline_uses_a_signal_more_than_the_body(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HEADLINE.format(body=CALM), encoding="utf-8")
    result = runner.invoke(app, ["score", str(article)])
    assert result.exit_code == 0, result.output
    assert (
        "headline: the headline uses escalation more than the body: 2 matches, 400.0 against 0.0 per 1,000 words"
        in " ".join(result.output.split())
    )


def test_one_headline_match_is_too_few_to_say_so(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"A catastrophic vote\n\n{CALM}\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article)])
    assert result.exit_code == 0, result.output
    assert "[headline] A [escalation: catastrophic] vote" in " ".join(result.output.split())
    assert "more than the body" not in result.output


def test_the_shipped_lexicon_files_stay_far_under_the_size_a_lexicon_may_have() -> None:
    """The README: a lexicon file over 10 MB is refused unread (E102); the largest shipped one holds some 200 kB."""
    assert MAX_LEXICON_BYTES == 10_000_000
    largest = max((ROOT / "lexicons").rglob("*.toml"), key=lambda p: p.stat().st_size)
    stated = re.search(r"the largest shipped file, `(\w+\.toml)`, holds some (\d+) kB", README)
    assert stated is not None and largest.name == stated.group(1)
    assert abs(largest.stat().st_size / 1000 - int(stated.group(2))) < 0.2 * int(stated.group(2))


def test_extend_goes_under_signal_as_the_readme_says(user_analyzer) -> None:
    """`mode = "extend"` under `[signal]` adds to a shipped signal and drops what `[remove]` lists."""
    text = (
        'schema = 1\n[signal]\nmode = "extend"\nlabel = "Hedging"\ndescription = "Mine."\n'
        '[terms]\n"murky" = 1.0\n[remove]\nterms = ["could"]\n'
    )
    result = user_analyzer("hedging.toml", text).analyze("It could be murky.")
    assert [e.text for e in result.evidence if e.signal == "hedging"] == ["murky"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("scary_words.txt", "scary\n"),
        ("scary_words.tsv", "scary\t1.0\n"),
        ("scary_words.csv", "term,weight\nscary,1.0\n"),
    ],
)
def test_a_term_list_in_a_user_folder_is_read_as_a_signal(user_analyzer, name: str, text: str) -> None:
    """The README: .dic, .txt, .tsv and .csv files in a user folder are read as signals on the fly."""
    result = user_analyzer(name, text).analyze("It was scary.")
    assert (result.signals["scary_words"].label, result.signals["scary_words"].count) == ("Scary words", 1)


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Two aides to the mayor said the ferry will stop.", "Two aides to the mayor", "anonymous"),
        ("The victim's mother said the ferry will stop.", "The victim's mother", "anonymous"),
        ("Some party strategists said the ferry will stop.", "Some party strategists", "anonymous"),
        ("Some voters said the ferry will stop.", "Some voters", "vague"),
        ("Many senators said the ferry will stop.", "Many senators", "vague"),
        ("Some senators said the ferry will stop.", "Some senators", "anonymous"),
        ("Thousands of people said the ferry will stop.", "Thousands of people", "vague"),
        ("Local police said the ferry will stop.", "Local police", "named"),
        (
            "A spokesman for the mayor, Tom Lee, said the ferry will stop.",
            "A spokesman for the mayor, Tom Lee",
            "named",
        ),
    ],
)
def test_the_kinds_the_readme_gives_its_examples(analyzer, text: str, source: str, kind: str) -> None:
    """The README's kind examples, "Some senators" (a legislature's members, anonymous) apart from "Some voters"."""
    assert attributions_with_kinds(analyzer, text) == [("said", source, kind, "the ferry will stop.")]
