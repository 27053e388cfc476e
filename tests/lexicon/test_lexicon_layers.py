"""User lexicon folders: add, extend, remove and replace without touching the package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon.loader import ENV_VAR, load_lexicons, search_path

runner = CliRunner()
ARTICLE = "Officials reportedly met. The zorblax plan may fail, a catastrophic outcome."

NEW_SIGNAL = """schema = 1
[signal]
label = "Made-up words"
description = "A signal a user adds by dropping in a file."
[terms]
"zorblax" = 2.0
[examples]
match = ["The zorblax plan."]
no_match = ["The plan."]
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def score_json(article: Path, *args: str, env: dict[str, str] | None = None) -> dict:
    result = runner.invoke(app, ["score", str(article), "--format", "json", *args], env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_new_signal_file_adds_a_signal_to_json_output(tmp_path: Path, article: Path) -> None:
    folder = write(tmp_path / "mine", "made_up.toml", NEW_SIGNAL)
    data = score_json(article, "--lexicons", str(folder))
    assert data["signals"]["made_up"]["count"] == 1
    assert data["signals"]["made_up"]["weighted"] == 2.0
    assert [e["text"] for e in data["evidence"] if e["signal"] == "made_up"] == ["zorblax"]


def test_a_term_added_in_a_user_folder_shows_up(tmp_path: Path, article: Path) -> None:
    before = score_json(article)
    folder = write(
        tmp_path / "mine",
        "hedging.toml",
        'schema = 1\n[signal]\nlabel = "Hedging"\ndescription = "mine"\nmode = "extend"\n[terms]\n"zorblax" = 1.0\n',
    )
    after = score_json(article, "--lexicons", str(folder))
    assert after["signals"]["hedging"]["count"] == before["signals"]["hedging"]["count"] + 1
    assert "zorblax" in [e["entry"] for e in after["evidence"] if e["signal"] == "hedging"]


def test_a_removed_shipped_term_is_gone(tmp_path: Path, article: Path) -> None:
    before = score_json(article)
    assert "reportedly" in [e["entry"] for e in before["evidence"] if e["signal"] == "hedging"]
    folder = write(
        tmp_path / "mine",
        "hedging.toml",
        'schema = 1\n[signal]\nlabel = "Hedging"\ndescription = "mine"\nmode = "extend"\n'
        '[remove]\nterms = ["reportedly"]\n',
    )
    after = score_json(article, "--lexicons", str(folder))
    assert "reportedly" not in [e["entry"] for e in after["evidence"] if e["signal"] == "hedging"]
    assert after["signals"]["hedging"]["count"] == before["signals"]["hedging"]["count"] - 1


def test_a_user_file_without_extend_replaces_the_signal(tmp_path: Path, article: Path) -> None:
    folder = write(
        tmp_path / "mine",
        "hedging.toml",
        'schema = 1\n[signal]\nlabel = "Only zorblax"\ndescription = "mine"\n[terms]\n"zorblax" = 1\n',
    )
    data = score_json(article, "--lexicons", str(folder))
    assert [e["entry"] for e in data["evidence"] if e["signal"] == "hedging"] == ["zorblax"]
    assert data["signals"]["hedging"]["label"] == "Only zorblax"


def label_source(label: str) -> str:
    return f'schema = 1\n[signal]\nlabel = "{label}"\ndescription = "d"\n[terms]\n"zorblax" = 1\n'


def test_precedence_config_then_environment_then_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "from_config", "made_up.toml", label_source("config"))
    write(tmp_path / "from_env", "made_up.toml", label_source("env"))
    write(tmp_path / "from_option", "made_up.toml", label_source("option"))
    (tmp_path / "framing.toml").write_text('lexicons = ["from_config"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert load_lexicons().signals["made_up"].label == "config"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from_env"))
    assert load_lexicons().signals["made_up"].label == "env"
    assert load_lexicons([tmp_path / "from_option"]).signals["made_up"].label == "option"
    assert [layer.origin for layer in search_path([tmp_path / "from_option"])] == [
        "shipped",
        "framing.toml",
        "$FRAMING_LEXICONS",
        "--lexicons",
    ]


def test_lexicon_list_shows_where_each_signal_comes_from(tmp_path: Path) -> None:
    folder = write(tmp_path / "mine", "made_up.toml", NEW_SIGNAL)
    result = runner.invoke(app, ["lexicon", "list", "--lexicons", str(folder), "--format", "json"])
    assert result.exit_code == 0
    signals = {s["signal"]: s["files"] for s in json.loads(result.output)["signals"]}
    assert signals["made_up"] == [str(folder / "made_up.toml")]
    assert signals["hedging"][0].endswith("hedging.toml")


def test_a_missing_user_folder_is_a_clear_error(tmp_path: Path, article: Path) -> None:
    result = runner.invoke(app, ["score", str(article), "--lexicons", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "nowhere: E100 lexicon folder not found (from --lexicons)" in result.output


def test_a_lexicon_file_given_for_a_folder_is_named_as_not_a_folder(tmp_path: Path, article: Path) -> None:
    toml = write(tmp_path / "mine", "made_up.toml", NEW_SIGNAL) / "made_up.toml"
    result = runner.invoke(app, ["score", str(article), "-L", str(toml)])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {toml}: E100 is not a folder; give the folder holding the lexicon .toml files (from --lexicons)\n"
    )


def test_a_dangling_link_given_for_a_folder_is_named(tmp_path: Path, article: Path) -> None:
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    result = runner.invoke(app, ["score", str(article), "-L", str(tmp_path / "link")])
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'link'}: E100 lexicon folder is a link to nothing (from --lexicons)\n"


@pytest.mark.parametrize("lang", ["", "..", "en/../en"])
def test_a_language_that_is_a_path_is_refused(article: Path, lang: str) -> None:
    """--lang '' read lexicons/ itself as a lexicon folder: one error per file there that is not a signal."""
    result = runner.invoke(app, ["score", str(article), "--lang", lang, "--format", "csv"])
    assert result.exit_code == 2
    assert result.output == f"error: --lang {lang!r}: not a language code (two or three letters, such as en or ru)\n"


@pytest.mark.parametrize(
    ("lang", "where"),
    [
        ("xx", "--lang xx: E100"),  # no shipped folder at all: named by the option, not the install's path
        ("ru", "--lang ru: E204"),  # a shipped folder with narrative cues only: scoring used to print zero signals
    ],
)
def test_a_language_without_signal_lexicons_is_a_clear_error(article: Path, lang: str, where: str) -> None:
    result = runner.invoke(app, ["score", str(article), "--lang", lang, "--format", "csv"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {where} no signal lexicons for language '{lang}' (shipped for: en); add a folder of them with --lexicons\n"
    ), result.output


def test_a_user_folder_gives_a_shipped_language_without_signals_its_signals(tmp_path: Path, article: Path) -> None:
    folder = write(tmp_path / "mine", "made_up.toml", NEW_SIGNAL)
    assert list(load_lexicons([folder], lang="ru").signals) == ["made_up"]


def test_an_edit_takes_effect_on_the_next_run(tmp_path: Path, article: Path) -> None:
    folder = write(tmp_path / "mine", "made_up.toml", NEW_SIGNAL)
    assert score_json(article, "--lexicons", str(folder))["signals"]["made_up"]["weighted"] == 2.0
    write(folder, "made_up.toml", NEW_SIGNAL.replace('"zorblax" = 2.0', '"zorblax" = 3.5'))
    assert score_json(article, "--lexicons", str(folder))["signals"]["made_up"]["weighted"] == 3.5


def test_a_user_language_file_adds_source_words(tmp_path: Path) -> None:
    """The words of source phrases are data: a user's `_language.toml` can make "shopkeepers" name somebody."""
    article = tmp_path / "a.txt"
    article.write_text("The talks may collapse, shopkeepers said.", encoding="utf-8")
    before = score_json(article)
    assert [(a["kind"], a["source"]) for a in before["attributions"]] == [("vague", "shopkeepers")]
    folder = write(tmp_path / "mine", "_language.toml", 'schema = 1\n[sourcing]\nnaming_words = ["Shopkeepers"]\n')
    after = score_json(article, "--lexicons", str(folder))
    assert [(a["kind"], a["source"]) for a in after["attributions"]] == [("named", "shopkeepers")]


def test_a_user_language_file_adds_document_nouns(tmp_path: Path) -> None:
    """One document is a named source: a user's `document_nouns` can add "spreadsheet" to them."""
    article = tmp_path / "a.txt"
    article.write_text("A spreadsheet shows the firm paid the fee twice.", encoding="utf-8")
    before = score_json(article)
    assert [(a["kind"], a["source"]) for a in before["attributions"]] == [("vague", "A spreadsheet")]
    folder = write(tmp_path / "mine", "_language.toml", 'schema = 1\n[sourcing]\ndocument_nouns = ["spreadsheet"]\n')
    after = score_json(article, "--lexicons", str(folder))
    assert [(a["kind"], a["source"]) for a in after["attributions"]] == [("named", "A spreadsheet")]


def test_a_negation_window_holds_through_a_later_language_file_that_does_not_set_one(tmp_path: Path) -> None:
    """A layer's `_language.toml` changes what it writes: one that only adds negators kept the window of
    the layer below it no more (it fell back to 3, and "not at all a catastrophic" lost its negation)."""
    wide = write(tmp_path / "wide", "_language.toml", "schema = 1\n[negation]\nwindow = 5\n")
    more = write(tmp_path / "more", "_language.toml", 'schema = 1\n[negation]\nnegators = ["scarce"]\n')
    args = ["lexicon", "test", "It is not at all a catastrophic outcome.", "-s", "escalation", "-f", "json"]

    def negated(*folders: Path) -> list[bool]:
        result = runner.invoke(app, [*args, *(f"--lexicons={folder}" for folder in folders)])
        assert result.exit_code == 0, result.output
        return [m["negated"] for m in json.loads(result.output)["matches"]]

    assert negated() == [False]  # "not" is four words before: beyond the shipped window of 3
    assert negated(wide) == [True]
    assert negated(wide, more) == [True]
    assert load_lexicons([wide, more]).language_spec.negators >= {"not", "scarce"}


def test_a_user_language_file_adds_to_every_word_list(tmp_path: Path) -> None:
    """Each list a `_language.toml` can hold reaches the loaded language, on top of the shipped words."""
    from dataclasses import fields

    from framing.lexicon.schema import _LANGUAGE_SECTION_KEYS, LanguageSpec

    lines = ["schema = 1"]
    for section, keys in _LANGUAGE_SECTION_KEYS.items():
        lines += [f"[{section}]", *(f'{key} = ["zzword"]' for key in sorted(keys - {"window"}))]
    folder = write(tmp_path / "mine", "_language.toml", "\n".join(lines) + "\n")
    shipped, mine = load_lexicons().language_spec, load_lexicons([folder]).language_spec
    lists = [f.name for f in fields(LanguageSpec) if isinstance(getattr(shipped, f.name), frozenset)]
    assert len(lists) == len(fields(LanguageSpec)) - 1  # all but the negation window
    assert [name for name in lists if getattr(mine, name) != getattr(shipped, name) | {"zzword"}] == []


@pytest.mark.parametrize("contents", [[], ["notes.md"], ["_draft.toml"], ["ru/hedging.toml"]])
def test_a_user_folder_holding_no_lexicon_file_is_refused(tmp_path: Path, article: Path, contents: list[str]) -> None:
    """An empty (or mistyped) folder was layered over the shipped one in silence: the run seemed to use it."""
    folder = tmp_path / "mine"
    folder.mkdir()
    for name in contents:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("# nothing\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "-L", str(folder), "--format", "csv"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {folder}: E100 holds no lexicon files (.toml, or .dic/.txt/.tsv/.csv to import); give the folder "
        "holding them (from --lexicons)\n"
    )


@pytest.mark.parametrize("contents", ["_language.toml", "narratives/x.toml"])
def test_a_user_folder_of_language_settings_or_narrative_cues_only_is_a_layer(
    tmp_path: Path, article: Path, contents: str
) -> None:
    folder = tmp_path / "mine"
    (folder / contents).parent.mkdir(parents=True)
    (folder / contents).write_text("" if contents == "_language.toml" else NEW_SIGNAL, encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "-L", str(folder), "--format", "csv"])
    assert result.exit_code == 0, result.output
    # the shipped signals score as without the folder, and a cue file is never read as a signal
    assert "\nescalation,Escalation,1,1.5,90.9091,90.9091,0.5,0,1,0,0\n" in result.output
    assert "zorblax" not in result.output and "Made-up words" not in result.output
