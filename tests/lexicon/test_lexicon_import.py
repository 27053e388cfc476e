"""Dictionaries from other tools: LIWC-style .dic, plain lists and term/weight tables."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import loader
from framing.lexicon.importers import import_file
from framing.lexicon.loader import Layer, load_lexicons

runner = CliRunner()
DIC = "%\n1\tthreat\n2\tcalm words\n%\nmenac*\t1\nperil\t1\t2\nserene\t2\nkind of\t2\n"


def test_liwc_dic_gives_one_signal_per_category(tmp_path: Path) -> None:
    path = tmp_path / "mine.dic"
    path.write_text(DIC, encoding="utf-8")
    specs, problems = import_file(path)
    assert problems == []
    assert {s.id: [t.text for t in s.terms] for s in specs} == {
        "mine_threat": ["menac*", "peril"],
        "mine_calm_words": ["peril", "serene", "kind of"],
    }


def test_imported_files_score_on_the_fly(tmp_path: Path) -> None:
    (tmp_path / "mine.dic").write_text(DIC, encoding="utf-8")
    (tmp_path / "spin.txt").write_text("# my list\nspin doctor\nnarrative\n", encoding="utf-8")
    (tmp_path / "tone.tsv").write_text("term\tweight\nmenacing\t-2.5\nsunny\t1.5\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("A menacing spin doctor shaped the narrative on a sunny day.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--lexicons", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    signals = json.loads(result.output)["signals"]
    assert signals["mine_threat"]["count"] == 1
    assert signals["spin"]["count"] == 2
    assert signals["tone"]["weighted"] == -1.0


def test_import_command_writes_editable_toml_that_loads(tmp_path: Path) -> None:
    (tmp_path / "mine.dic").write_text(DIC, encoding="utf-8")
    out = tmp_path / "converted"
    result = runner.invoke(app, ["lexicon", "import", str(tmp_path / "mine.dic"), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.toml")) == ["mine_calm_words.toml", "mine_threat.toml"]
    lexicons = load_lexicons(layers=[Layer(out, "test")])
    assert [t.text for t in lexicons.signals["mine_threat"].terms] == ["menac*", "peril"]
    # each line whole, however long the path: a narrow pipe cut "wrote PATH" in two
    assert result.output.splitlines() == [
        f"wrote {out / 'mine_threat.toml'} (2 terms)",
        f"wrote {out / 'mine_calm_words.toml'} (3 terms)",
    ]


def test_import_says_what_it_wrote_as_json(tmp_path: Path) -> None:
    (tmp_path / "mine.dic").write_text(DIC, encoding="utf-8")
    out = tmp_path / "converted"
    args = ["lexicon", "import", str(tmp_path / "mine.dic"), "-o", str(out), "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "source": str(tmp_path / "mine.dic"),
        "written": [
            {"signal": "mine_threat", "file": str(out / "mine_threat.toml"), "terms": 2},
            {"signal": "mine_calm_words", "file": str(out / "mine_calm_words.toml"), "terms": 3},
        ],
    }


def test_an_import_interrupted_while_writing_leaves_no_half_written_file(tmp_path: Path, monkeypatch) -> None:
    """A half-written TOML file stopped every later run with a syntax error; each file is now whole or absent."""
    import os

    from framing import outputs

    (tmp_path / "mine.dic").write_text(DIC, encoding="utf-8")
    out = tmp_path / "converted"
    done, replace = [], os.replace

    def replace_once(src, dst):
        if done:
            raise KeyboardInterrupt
        done.append(dst)
        replace(src, dst)

    monkeypatch.setattr(outputs.os, "replace", replace_once)
    result = runner.invoke(app, ["lexicon", "import", str(tmp_path / "mine.dic"), "--out-dir", str(out)])
    assert result.exit_code != 0
    assert sorted(p.name for p in out.iterdir()) == ["mine_threat.toml"]  # the first written, whole
    monkeypatch.undo()
    assert [t.text for t in load_lexicons(layers=[Layer(out, "test")]).signals["mine_threat"].terms] == [
        "menac*",
        "peril",
    ]


def test_broken_weight_table_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "tone.tsv"
    path.write_text("menacing\t-2.5\nsunny\tbright\n", encoding="utf-8")
    _, problems = import_file(path)
    assert [str(p) for p in problems] == [f'{path}:2: E203 weight for "sunny" must be a number (found "bright")']


def test_dic_entry_with_unknown_category(tmp_path: Path) -> None:
    path = tmp_path / "bad.dic"
    path.write_text("%\n1\tthreat\n%\nperil\t7\n", encoding="utf-8")
    _, problems = import_file(path)
    assert [(p.code, p.line) for p in problems][0] == ("E203", 4)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_importers_never_crash_on_any_text(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("imp")
    for suffix in (".dic", ".txt", ".tsv", ".csv"):
        path = folder / f"x{suffix}"
        path.write_text(text, encoding="utf-8")
        specs, problems = import_file(path)
        assert all(s.terms for s in specs)
        assert all(p.path == str(path) for p in problems)


def test_dic_category_number_given_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "twice.dic"
    path.write_text("%\n1\tthreat\n1\tcalm\n%\nperil\t1\n", encoding="utf-8")
    _, problems = import_file(path)
    assert [str(p) for p in problems] == [
        f"{path}:3: E207 category number 1 is given twice (also on line 2) (hint: give each category its own number)"
    ]


def test_import_escapes_control_characters(tmp_path: Path) -> None:
    (tmp_path / "ctl.txt").write_text("spin\x1bdoctor\nnarra\x7ftive\n", encoding="utf-8")
    out = tmp_path / "converted"
    result = runner.invoke(app, ["lexicon", "import", str(tmp_path / "ctl.txt"), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert '"spin\\u001bdoctor" = 1' in (out / "ctl.toml").read_text(encoding="utf-8")
    assert runner.invoke(app, ["lexicon", "check", str(out)]).exit_code != 2
    lexicons = load_lexicons(layers=[Layer(out, "test")])
    assert [t.text for t in lexicons.signals["ctl"].terms] == ["spin\x1bdoctor", "narra\x7ftive"]


def test_a_second_import_keeps_the_edited_file_unless_forced(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("spin doctor\n", encoding="utf-8")
    out = tmp_path / "converted"
    args = ["lexicon", "import", str(tmp_path / "mine.txt"), "--out-dir", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    edited = (out / "mine.toml").read_text(encoding="utf-8").replace('"spin doctor" = 1', '"spin doctor" = 2')
    (out / "mine.toml").write_text(edited, encoding="utf-8")
    result = runner.invoke(app, args)  # it used to overwrite the edits without a word
    assert result.exit_code == 2
    assert (
        result.output
        == f"error: {out / 'mine.toml'}: already exists (it may hold your edits); pass --force to replace it\n"
    )
    assert (out / "mine.toml").read_text(encoding="utf-8") == edited
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert '"spin doctor" = 1' in (out / "mine.toml").read_text(encoding="utf-8")


def test_weight_tables_refuse_weights_that_are_not_finite(tmp_path: Path) -> None:
    path = tmp_path / "tone.csv"
    path.write_text("menacing,nan\nsunny,inf\n", encoding="utf-8")
    _, problems = import_file(path)
    assert [(p.code, p.line) for p in problems][:2] == [("E203", 1), ("E203", 2)]
    assert "finite" in problems[0].message


def test_import_refuses_a_file_too_large_a_fifo_or_a_folder_with_one_line(tmp_path: Path, monkeypatch) -> None:
    """A FIFO was "no such file"; a file of any size was read whole."""
    monkeypatch.setattr(loader, "MAX_LEXICON_BYTES", 1_000)
    (tmp_path / "big.txt").write_bytes(b"word\n" * 300)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dir.txt").mkdir()
    for name, words in (
        (
            "big.txt",
            "E102 over 0.001 MB, more than a lexicon file may hold (hint: split it, or keep only the terms you judged)",
        ),
        ("pipe.txt", "E102 not a regular file (a FIFO) (hint: move it out of the lexicon folder)"),
        ("dir.txt", "E102 not a regular file (a folder) (hint: move it out of the lexicon folder)"),
        ("gone.txt", None),
    ):
        result = runner.invoke(app, ["lexicon", "import", str(tmp_path / name), "-o", str(tmp_path / "out")])
        expected = f"error: {tmp_path / name}: {words}\n" if words else f"error: {tmp_path / name}: no such file\n"
        assert (result.exit_code, result.output) == (2, expected)
    assert not (tmp_path / "out").exists()
