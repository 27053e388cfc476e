"""Hostile input, thirteenth pass (round r14): a data set that is damaged. A PolNeAR folder stopped `voice_errors`,
`sourcing_eval` and its `--inside-misses` with pandas' or Python's traceback, or (no article found) printed
figures of 0.000 as if the rules had found nothing; a BABE table stopped its readers with pandas' traceback.
Each is now one line naming the file, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality import sourcing_eval, voice_errors

from polnear_folder import write_polnear

TEXT = "Lund said that it may pass."


def _damaged(tmp_path: Path, how: str) -> tuple[Path, str]:
    """A data folder whose PolNeAR is damaged `how`, and what the scripts say of it."""
    data = write_polnear(tmp_path, [("art_0", "wire", TEXT, [("Cue", 5, 9)])])
    folder = data / "polnear"
    meta = folder / "metadata.tsv"
    if how == "no metadata":
        meta.unlink()
        return data, f"{meta}: No such file or directory"
    if how == "empty metadata":
        meta.write_bytes(b"")
        return data, f"{meta}: is empty; restore it from the data set"
    if how == "no filename column":
        meta.write_text(meta.read_text().replace("filename", "file"))
        return data, f"{meta}: no 'filename' column; restore it from the data set"
    if how == "annotation not UTF-8":
        ann = folder / "attributions" / "art_0_x1.ann"
        ann.write_bytes(b"T1\tCue 5 9\tsa\xefd\n")
        return data, f"{ann}: not valid UTF-8 (byte 0xef at offset 13); restore it from the data set"
    (folder / "text" / "art_0.txt").unlink()
    return (
        data,
        f"{folder}: none of the 1 articles metadata.tsv lists has its text and annotation file; restore them from the data set",
    )


@pytest.mark.parametrize(
    "how", ["no metadata", "empty metadata", "no filename column", "annotation not UTF-8", "no article"]
)
@pytest.mark.parametrize(
    "main, args",
    [(voice_errors.main, []), (sourcing_eval.main, ["--inside-misses"]), (sourcing_eval.main, [])],
    ids=["voice_errors", "inside-misses", "sourcing_eval"],
)
def test_a_damaged_polnear_folder_is_one_line(tmp_path, capsys, how, main, args):
    data, said = _damaged(tmp_path, how)
    assert main(["--data", str(data), *args]) == 2
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", f"error: {said}\n")


@pytest.mark.parametrize("main", [voice_errors.main, sourcing_eval.main], ids=["voice_errors", "sourcing_eval"])
def test_an_empty_data_folder_is_a_usage_error_not_the_current_folder(capsys, main):
    """`--data ''` read the current folder ("skipped: polnear is absent", exit 0)."""
    with pytest.raises(SystemExit) as stop:
        main(["--data", ""])
    assert stop.value.code == 2
    prog = f"python -m framing.quality.{main.__module__.rsplit('.', 1)[1]}"
    assert capsys.readouterr().err == (
        f"error: {prog}: argument --data: an empty path; give the folder of the data sets ({prog} --help)\n"
    )


@pytest.mark.parametrize(
    "content, said",
    [(b"", "is empty"), (b"text,label\nA row.,Biased\n", "no 'label_bias' column")],
    ids=["empty", "foreign"],
)
@pytest.mark.parametrize("module", ["evaluation", "lexicon_eval", "model_eval"])
def test_a_damaged_babe_table_is_one_line(tmp_path, capsys, content, said, module):
    """pandas' EmptyDataError or a KeyError traceback from every script that reads BABE."""
    from framing import evaluation
    from framing.quality import lexicon_eval, model_eval

    table = tmp_path / "babe" / "babe_sg2.csv"
    table.parent.mkdir()
    table.write_bytes(content)
    main, args = {
        "evaluation": (evaluation.main, ["--only", "models"]),
        "lexicon_eval": (lexicon_eval.main, []),
        "model_eval": (model_eval.main, ["--only", "babe"]),
    }[module]
    assert main(["--data", str(tmp_path), *args]) == 2
    assert capsys.readouterr().err == f"error: {table}: {said}; restore it from the data set\n"


@pytest.mark.parametrize(
    "module, args",
    [("signal_eval", []), ("lexicon_eval", []), ("model_eval", ["--only", "ptc"])],
)
def test_a_ptc_article_not_utf8_is_one_line(tmp_path, capsys, module, args):
    """UnicodeDecodeError's traceback from every script that reads PTC's articles."""
    from framing.quality import lexicon_eval, model_eval, signal_eval

    article = tmp_path / "ptc" / "articles" / "article1.txt"
    article.parent.mkdir(parents=True)
    (tmp_path / "ptc" / "techniques.tsv").write_text("", encoding="utf-8")
    article.write_bytes(b"Aides said \xff the plan may fail.\n")
    main = {"signal_eval": signal_eval.main, "lexicon_eval": lexicon_eval.main, "model_eval": model_eval.main}[module]
    assert main(["--data", str(tmp_path), *args]) == 2
    assert capsys.readouterr().err == (
        f"error: {article}: not valid UTF-8 (byte 0xff at offset 11); restore it from the data set\n"
    )


def test_signal_judged_without_the_judged_rows_data_is_one_line(tmp_path, capsys):
    """`rejoin`'s InputError (a judged row whose data set is not in --data) ended in a traceback."""
    from framing.quality import signal_judged

    assert signal_judged.main(["--data", str(tmp_path)]) == 2
    said = capsys.readouterr().err
    assert said.startswith("error: ") and said.count("\n") == 1 and "no sentence" in said, said
