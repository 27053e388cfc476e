"""Round a6: the README and the docs as a new user reads them, after this stop's rounds. The commands and options
the README shows exist, `python -m framing` runs the command, every key the lexicon schema accepts is named in
lexicons/README.md, every `[grammar]` class has its own description, the docs' links reach their headings, and the
examples the rewritten lines quote come out as written. Sentences written for these tests."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import schema
from framing.lexicon.listed import listed_in
from framing.pipeline import Analyzer
from doc_cases import broken_links
from signal_cases import spans
from sourcing_cases import attributions_with_kinds, fields_and_voices

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
LEXICONS_README = (ROOT / "lexicons" / "README.md").read_text(encoding="utf-8")
LANGUAGE_FILE = ROOT / "lexicons" / "en" / "_language.toml"
runner = CliRunner()


def _options() -> dict[str, set[str]]:
    """Each command's path ("score", "lexicon where") and the option names it takes."""
    found: dict[str, set[str]] = {}

    def walk(command: object, path: list[str]) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(sub, [*path, name])
        else:
            found[" ".join(path)] = {name for p in command.params for name in (*p.opts, *p.secondary_opts)}

    walk(typer.main.get_command(app), [])
    return found


def _console_lines(markdown: str) -> list[str]:
    """The `$ framing …` lines of the code blocks, their comments cut."""
    return [line[2:].split("  #")[0] for line in markdown.splitlines() if line.startswith("$ framing ")]


def test_python_m_framing_is_the_command() -> None:
    """README, Quick start: `python -m framing ...` is the same command (there was no `framing/__main__.py`)."""
    shown = subprocess.run(
        [sys.executable, "-m", "framing", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert all(command in shown.stdout for command in ("score", "compare", "narratives", "lexicon"))
    assert "python -m framing ..." in README


def test_every_command_and_option_the_readme_shows_exists() -> None:
    options = _options()
    lines = _console_lines(README)
    assert len(lines) > 30
    missing = []
    for line in lines:
        words = line.split()[1:]
        command = " ".join(words[:2]) if words[0] == "lexicon" else words[0]
        if command not in options:
            missing.append(line)
            continue
        missing += [
            f"{command} {o}" for o in re.findall(r"(?<![\w-])--?[a-zA-Z][\w-]*", line) if o not in options[command]
        ]
    assert missing == []
    shown = {" ".join(line.split()[1:3]) if line.split()[1] == "lexicon" else line.split()[1] for line in lines}
    # every command has an example line (`lexicon import`, `lexicon sample` and `lexicon audit --judged` among them)
    assert set(options) <= shown


@pytest.mark.parametrize(
    ("command", "option"),
    [
        # the conventions table's options, each on the commands it names
        ("score", "--output"),
        ("compare", "--out-dir"),
        ("score", "--jobs"),
        ("compare", "--unit"),
        ("score", "--sourcing"),
        ("train", "--label-col"),
        ("lexicon audit", "--label-col"),
        ("narratives", "--narrative-model"),
        ("lexicon sample", "--max-seconds"),
        ("compare", "--evidence-table"),
        ("compare", "--report-title"),
        ("narratives", "--errors"),
        ("score", "--one-sentence-per-line"),
        ("score", "--paragraphs"),
    ],
)
def test_an_option_of_the_conventions_table_is_on_its_command(command: str, option: str) -> None:
    assert f"`{option}" in README
    assert option in _options()[command]


def _named_in_code(word: str, markdown: str) -> bool:
    spans = re.findall(r"`([^`]*)`", markdown) + re.findall(r"```(.*?)```", markdown, flags=re.DOTALL)
    return any(re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", span) for span in spans)


def test_every_language_table_and_list_the_schema_accepts_is_named_in_lexicons_readme() -> None:
    """`[boilerplate]`'s `line_starts`, and `collective_nouns`, `institution_nouns`, `bloc_acronyms` of
    `[sourcing]`, were named nowhere."""
    keys = [(table, key) for table, names in schema._LANGUAGE_SECTION_KEYS.items() for key in sorted(names)]
    assert ("boilerplate", "line_starts") in keys
    assert [
        (t, k) for t, k in keys if not (_named_in_code(t, LEXICONS_README) and _named_in_code(k, LEXICONS_README))
    ] == []
    assert "has five\ntables of word lists" in LEXICONS_README


@pytest.mark.parametrize(
    "names",
    [
        schema.ACTIONS,
        schema.CASES,
        schema.SOURCES,
        schema.SOURCING_ROLES,
        tuple(schema._CONTEXT_KEYS),
        tuple(schema._PROXIMITY_KEYS),
        tuple(schema._TERM_KEYS),
        tuple(schema._TOP_KEYS),
    ],
)
def test_every_rule_kind_and_option_the_schema_accepts_is_named_in_lexicons_readme(names: tuple[str, ...]) -> None:
    assert [name for name in names if not _named_in_code(name, LEXICONS_README)] == []


def test_the_grammar_keys_this_stop_added_are_named_in_lexicons_readme() -> None:
    added = ["correlative_nots", "male_words", "female_words", "serving_bodies", "court_roles", "reflexives"]
    assert set(added) <= schema.GRAMMAR_KEYS
    assert [key for key in added if f"`{key}`" not in LEXICONS_README] == []


def test_every_grammar_class_has_a_description() -> None:
    """lexicons/README.md: each class with a comment saying what it is; `lexicon where` shows it."""
    grammar = tomllib.loads(LANGUAGE_FILE.read_text(encoding="utf-8"))["grammar"]
    assert set(grammar) == schema.GRAMMAR_KEYS
    undescribed = [
        key
        for key, words in grammar.items()
        if not any(
            found.key == key and found.description
            for found in listed_in(LANGUAGE_FILE, words[0], frozenset({"grammar"}))
        )
    ]
    assert undescribed == []


def test_a_grammar_class_has_its_own_comment_not_the_one_above() -> None:
    """`sentence_adverbs`' comment ("Lo, however, said") stood above `discourse_adverbs`, which `lexicon where`
    showed with both comments, and `sentence_adverbs` with the other class's."""
    shown = runner.invoke(app, ["lexicon", "where", "however", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    described = {
        row["key"]: row["description"] for row in json.loads(shown.stdout)["lists"] if row["table"] == "grammar"
    }
    assert '"Lo, however, said"' in described["sentence_adverbs"]
    assert "Lo, however" not in described["discourse_adverbs"]
    assert described["discourse_adverbs"].startswith("adverbs that open a sentence before a tag")


def test_lexicon_where_mother_names_the_lists_as_lexicons_readme_says() -> None:
    shown = runner.invoke(app, ["lexicon", "where", "mother"])
    assert shown.exit_code == 0, shown.output
    assert re.search(
        r"_language\.toml:\d+: \[sourcing\] kin_nouns: \"mother\" — A person's relatives \(k45\)", shown.stdout
    )
    assert re.search(r"_language\.toml:\d+: \[grammar\] female_nouns: \"mother\"", shown.stdout)
    assert "`…/en/_language.toml:LINE: [sourcing] kin_nouns:" in LEXICONS_README


@pytest.mark.parametrize(
    "document",
    ["lexicons/README.md", "docs/source-kinds.md", "docs/architecture.md", "docs/speed-history.md", "CHANGELOG.md"],
)
def test_every_link_of_a_doc_reaches_a_file_and_its_heading(document: str) -> None:
    """README.md's links are round a1's test; the other documents a user is sent to hold links too."""
    assert broken_links(ROOT / document) == []


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # README, "Dashes and a second clause": a hyphen dash before a contrast ends the content (round v40)
        ("Lo said the levy was fair -- but it may rise next year.", "author"),
        ("Lo said the levy was fair - though it may rise next year.", "author"),
        # ... and a correlative's second half goes on (`correlative_nots`; README and lexicons/README.md)
        ("Lo said the plan was not only costly, but also it may fail.", "reported"),
        ("Lo said he acted not for money, but because the town may flood.", "reported"),
        # the control: a plain ", but" ends it
        ("Lo said the plan was costly, but it may fail.", "author"),
    ],
)
def test_where_a_content_ends_as_the_docs_say(analyzer: Analyzer, text: str, voice: str) -> None:
    _, voices = fields_and_voices(analyzer, text, ("cue",), {"hedging"})
    assert voices == [("may", voice)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicons/README.md, the [sourcing] lists named in this round
        (
            "Oxford University scientists said the ice may melt.",
            [("said", "Oxford University scientists", "anonymous")],
        ),
        ("GOP analysts said the ice may melt.", [("said", "GOP analysts", "vague")]),
        ("Police said the ice may melt.", [("said", "Police", "named")]),
        # docs/source-kinds.md, k77: a group stirred is the source of its reaction; the "-s" forms as listed
        ("The move rankles investors.", [("rankles", "investors", "vague")]),
        ("The ruling infuriated many conservatives.", [("infuriated", "many conservatives", "vague")]),
        ("The move startles investors.", []),
        ("The fumbles rattled Rubio.", []),
        ("The fumbles rattled markets.", []),
        ("FBI officials were angered by the leak.", []),
    ],
)
def test_a_kind_example_as_the_docs_say(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c, s, k) for c, s, k, _ in attributions_with_kinds(analyzer, text)] == expected


def test_a_user_folders_boilerplate_is_read_as_lexicons_readme_says(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "_language.toml").write_text(
        'schema = 1\n[boilerplate]\nline_starts = ["buy our mugs"]\n', encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text("Officials may resign.\nBuy our mugs at the shop, it may be fun\n", encoding="utf-8")
    plain = runner.invoke(app, ["score", str(article), "--no-color"])
    layered = runner.invoke(app, ["score", str(article), "--no-color", "-L", str(folder)])
    assert plain.exit_code == layered.exit_code == 0, layered.output
    assert "it [hedging: may] be fun" in plain.stdout
    assert "it [hedging: may] be fun" not in layered.stdout
    assert "Officials [hedging: may] resign." in layered.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # certainty.toml's header: "clear" as a predicate, round t5's frames; not before a noun, not of manner
        ("The answer was clear.", ["was clear"]),
        ("Let's be very clear about this.", ["Let's be very clear"]),
        ("It has long been clear that he lied.", ["It has long been clear"]),
        ("It was a clear day.", []),
        ("Lo was clear about one thing.", []),
    ],
)
def test_clear_counts_as_the_certainty_header_says(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "certainty") == expected
