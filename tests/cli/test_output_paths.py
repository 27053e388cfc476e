"""An output that can never be written is refused before any work, in one line with exit code 2: these
commands used to read, score or apply a model first and then stop with a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

ROOT = Path(__file__).resolve().parents[2]
LABELLED, SEEDS = ROOT / "seeds" / "labelled" / "sentences.csv", ROOT / "seeds" / "articles"
runner = CliRunner()


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    """A file standing where an output's folder should be."""
    path = tmp_path / "taken"
    path.write_text("x", encoding="utf-8")
    return path


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "held_out.csv"
    path.write_text("text,label\nThe war may spread.,hedged\nThe minister met the press.,neutral\n", encoding="utf-8")
    return path


def test_narratives_refuses_an_output_under_a_file(blocker: Path) -> None:
    out = blocker / "n.csv"
    result = runner.invoke(app, ["narratives", str(ROOT / "seeds" / "articles"), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot write ({blocker} is a file, not a folder)\n"


def test_lexicon_sample_refuses_an_output_under_a_file(blocker: Path) -> None:
    out = blocker / "judge.csv"
    result = runner.invoke(
        app, ["lexicon", "sample", str(ROOT / "seeds" / "articles"), "-s", "hedging", "-o", str(out)]
    )
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot write ({blocker} is a file, not a folder)\n"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("taken/pr.png", "cannot write ({blocker} is a file, not a folder)"),
        ("pr.xyz", "the figure must be .png, .svg, .pdf"),
    ],
)
def test_evaluate_refuses_a_figure_it_cannot_write(blocker: Path, labelled: Path, name: str, message: str) -> None:
    figure = blocker.parent / name
    result = runner.invoke(
        app, ["evaluate", str(ROOT / "models" / "default.skops"), str(labelled), "--figure", str(figure)]
    )
    assert result.exit_code == 2
    assert result.stderr == f"error: {figure}: {message.format(blocker=blocker)}\n"
    assert result.stdout == ""  # nothing evaluated before the refusal


@pytest.mark.parametrize(
    "args",
    [
        ["score", "{corpus}", "-o", "{long}.csv"],
        ["score", "{long}.txt"],
        ["compare", "{corpus}", "-o", "{long}"],
        ["narratives", "{long}.txt"],
        ["lexicon", "sample", "{corpus}", "-s", "hedging", "-o", "{long}.csv"],
        ["train", "{long}.csv", "-o", "{tmp}/m.skops"],
    ],
)
def test_a_name_the_system_refuses_is_one_line(tmp_path: Path, args: list[str]) -> None:
    long = tmp_path / ("n" * 300)  # over the 255 bytes a file name may have: even asking if it exists fails
    corpus = ROOT / "seeds" / "articles"
    result = runner.invoke(app, [a.format(long=long, corpus=corpus, tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    name = next(a.format(long=long) for a in args if "{long}" in a)
    assert result.stderr == f"error: {name}: File name too long\n"


def test_narratives_output_that_fails_to_open_is_one_line(tmp_path: Path, monkeypatch) -> None:
    def refuse(path, *args, **kwargs):  # what writing under /proc gives (as root, no permission check fails)
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr("framing.outputs.open", refuse, raising=False)  # the output's temporary file
    out = tmp_path / "n.tsv"
    result = runner.invoke(app, ["narratives", str(ROOT / "seeds" / "articles"), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot write (No such file or directory)\n"


CORPUS = "id,text\n1,Officials said the war may spread.\n2,\n"


@pytest.mark.parametrize(
    ("args", "clash"),
    [
        (["narratives", "{c}", "-o", "{c}"], "the input and -o"),  # it wrote its table over the corpus
        (["narratives", "{c}", "-o", "{d}/n.csv", "--errors", "{c}"], "the input and --errors"),
        (["lexicon", "sample", "{c}", "-s", "hedging", "--errors", "{c}"], "the input and --errors"),
        (["score", "{c}", "-o", "{d}/s.csv", "--evidence", "{d}/s.csv"], "-o and --evidence"),
    ],
)
def test_an_output_over_the_input_or_another_output_is_refused(tmp_path: Path, args: list[str], clash: str) -> None:
    corpus = tmp_path / "c.csv"
    corpus.write_text(CORPUS, encoding="utf-8")
    argv = [a.format(c=corpus, d=tmp_path) for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    assert result.stderr == f"error: {argv[-1]}: given as both {clash}; give each its own file\n"
    assert corpus.read_text(encoding="utf-8") == CORPUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]


@pytest.mark.parametrize(
    ("args", "folder"),
    [
        (["train", str(LABELLED), "-o", "m.skops"], "m.card.md"),
        (["train", str(LABELLED), "-o", "m.skops"], "m.weights.npz"),
        (["score", str(SEEDS), "-o", "s.csv"], "s.csv.meta.json"),
    ],
)
def test_a_folder_where_a_sidecar_goes_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], folder: str
) -> None:
    """Renamed aside to make room, the folder (and all it held) ended up hidden as .NAME.PID-XXXX.partial."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / folder / "kept.txt").parent.mkdir()
    (tmp_path / folder / "kept.txt").write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert (result.exit_code, result.output) == (2, f"error: {folder}: is a folder; give the name of a file to write\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    assert (tmp_path / folder / "kept.txt").read_text(encoding="utf-8") == "mine\n"


def test_put_in_place_never_moves_a_folder_aside(tmp_path: Path) -> None:
    from framing.errors import RunError
    from framing.outputs import put_in_place

    (tmp_path / "new.partial").write_text("new\n", encoding="utf-8")
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(RunError) as raised:
        put_in_place([(tmp_path / "new.partial", tmp_path / "out.csv")])
    assert str(raised.value) == f"{tmp_path / 'out.csv'}: is a folder; no output was written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.partial", "out.csv"]
