"""Hostile input, twelfth pass (round r13): the evaluation scripts' options and data folders, categorical Parquet."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import evaluation
from framing.cli import app
from framing.corpus import Record, open_corpus
from framing.narratives.modelio import default_path
from framing.narratives import evaluate as narratives_eval
from framing.quality import model_eval

needs_model = pytest.mark.skipif(not default_path().is_file(), reason="models/narratives.skops not built")
TEXTS = ["The mayor may step down soon, aides said.", "Lo said the vote was clearly a disaster."]


def test_a_categorical_parquet_column_is_read_as_text(tmp_path):
    """pandas writes a categorical column as an Arrow dictionary: the text column was refused ("holds
    dictionary<values=string, ...>, not text", exit 2); text, id and outlet are now read as their values."""
    frame = pd.DataFrame({"id": pd.Categorical(["a", "b"]), "text": pd.Categorical(TEXTS), "outlet": ["X", "X"]})
    frame["outlet"] = frame["outlet"].astype("category")
    frame.to_parquet(tmp_path / "c.parquet")
    found = list(open_corpus(tmp_path / "c.parquet"))
    assert [(type(r), r.id, r.text, r.outlet) for r in found] == [
        (Record, "a", TEXTS[0], "X"),
        (Record, "b", TEXTS[1], "X"),
    ]
    result = CliRunner().invoke(app, ["score", str(tmp_path / "c.parquet"), "-o", str(tmp_path / "s.csv"), "-j", "1"])
    assert result.exit_code == 0, result.output
    with (tmp_path / "s.csv").open(encoding="utf-8", newline="") as fh:
        assert [row["id"] for row in csv.DictReader(fh)] == ["a", "b"]


def test_a_categorical_text_not_utf8_fails_its_row(tmp_path):
    text = pa.array([TEXTS[0].encode(), b"bad \xff"], pa.binary()).view(pa.string()).dictionary_encode()
    pq.write_table(pa.table({"id": ["a", "b"], "text": text}), tmp_path / "t.parquet")
    found = list(open_corpus(tmp_path / "t.parquet"))
    assert [type(r).__name__ for r in found] == ["Record", "Failure"]
    assert (found[1].id, found[1].reason) == ("b", "not valid UTF-8; save the file as UTF-8")


@pytest.mark.parametrize(
    ("main", "args", "said"),
    [
        (evaluation.main, ["--seed", "-1"], "argument --seed: -1 is outside 0 to 4294967295"),
        (evaluation.main, ["--seed", "4294967296"], "argument --seed: 4294967296 is outside 0 to 4294967295"),
        (evaluation.main, ["--folds", "1"], "argument --folds: cross-validation takes at least 2 folds, not 1"),
        (narratives_eval.main, ["--seed", "0", "-5"], "argument --seed: -5 is outside 0 to 4294967295"),
        (model_eval.main, ["--folds", "0"], "argument --folds: cross-validation takes at least 2 folds, not 0"),
    ],
)
def test_the_evaluation_scripts_refuse_a_seed_or_fold_count_numpy_cannot_take(main, args, said, tmp_path, capsys):
    """A seed outside NumPy's range stopped `python -m framing.evaluation` (and the narratives' script) with
    NumPy's traceback once the first split was drawn; model_eval took --folds 0 to scikit-learn."""
    with pytest.raises(SystemExit) as stopped:
        main(["--data", str(tmp_path), *args])
    assert stopped.value.code == 2
    prog = f"python -m {main.__module__}"
    assert capsys.readouterr().err == f"error: {prog}: {said} ({prog} --help)\n"


def _babe(data: Path, rows: int) -> Path:
    """A BABE-shaped table of invented sentences, each its own article."""
    (data / "babe").mkdir(parents=True)
    frame = pd.DataFrame(
        {
            "text": [f"Sentence {k} of the council's budget row." for k in range(rows)],
            "news_link": [f"https://example.org/{k}" for k in range(rows)],
            "label_bias": ["Biased", "Non-biased"] * (rows // 2),
            "biased_words": ["[]"] * rows,
        }
    )
    frame.to_csv(data / "babe" / "babe_sg2.csv", index=False)
    return data


def test_more_folds_than_rows_is_one_line(tmp_path, capsys):
    """`--folds 10` on a data set of six rows was scikit-learn's "Cannot have number of splits" traceback."""
    data = _babe(tmp_path / "data", 6)
    assert evaluation.main(["--data", str(data), "--only", "models", "--folds", "10"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "error: --folds 10: more folds than BABE's groups (6)"
    assert model_eval.main(["--data", str(data), "--folds", "10"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "error: --folds 10: more folds than BABE's groups (6)"


@pytest.mark.parametrize(
    ("part", "missing"),
    [
        ("models", "babe/babe_sg2.csv"),
        ("signals", "ptc/techniques.tsv"),
        ("sourcing", "polnear/metadata.tsv"),
        ("narratives", "semeval2025_narratives/EN/narratives.tsv"),
    ],
)
def test_a_data_set_folder_without_its_files_is_one_line(part, missing, tmp_path, capsys):
    """A data set's folder present and its files not (a copy cut short) stopped the run with a FileNotFoundError
    traceback; now one line naming the file, exit 2."""
    for folder in ("babe", "ptc", "polnear", "szeged_uncertainty", "semeval2025_narratives/EN"):
        (tmp_path / folder).mkdir(parents=True)
    assert evaluation.main(["--data", str(tmp_path), "--only", part]) == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said == f"error: {tmp_path / missing}: No such file or directory"


@needs_model
def test_a_narratives_folder_lists_every_failure_by_file_name(tmp_path):
    """A folder's ids are its file names ("a.txt"), but a file the reader could not use was listed by its stem
    ("empty"), so the errors file named one folder's files in two ways."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blank.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"text\x00\x01")
    (folder / "dot.txt").write_text(".", encoding="utf-8")
    result = CliRunner().invoke(app, ["narratives", str(folder), "-o", str(tmp_path / "n.tsv")])
    assert result.exit_code == 1, result.output
    with (tmp_path / "n.errors.csv").open(encoding="utf-8", newline="") as fh:
        assert sorted(row["id"] for row in csv.DictReader(fh)) == ["binary.txt", "blank.txt", "dot.txt"]


@needs_model
def test_a_short_english_text_is_not_said_to_be_foreign(tmp_path):
    """Three English words are too few to tell the language ("und"); the line said "not in a language with a
    narrative model", which sent a user looking for a foreign text."""
    article = tmp_path / "a.txt"
    article.write_text("Sanctions hurt Europe.", encoding="utf-8")
    result = CliRunner().invoke(app, ["narratives", str(article)])
    assert (result.exit_code, result.output) == (
        2,
        "error: a.txt: no language with a narrative model recognised (too few words, mixed, or another language; "
        "supported: en, ru, bg, hi); give --lang if it is one of them\n",
    )


def test_a_model_card_escapes_labels_from_the_labelled_table(tmp_path):
    """Labels went into the card's Markdown as written: a line break in one started a line "# ..." (a heading),
    a "|" split its table row, "<b>" was raw HTML and a backtick ended its code span."""
    sentences = ["The mayor may resign.", "It could fail.", "The vote passed.", "The bridge opened."]
    rows = [
        (f"{s} Item {k}.", "a|b\n# Hi <b>x</b>" if n < 2 else "`tick`")
        for k in range(6)
        for n, s in enumerate(sentences)
    ]
    data = tmp_path / "labelled.csv"
    pd.DataFrame(rows, columns=["text", "label"]).to_csv(data, index=False)
    result = CliRunner().invoke(app, ["train", str(data), "-o", str(tmp_path / "m.skops"), "--folds", "2"])
    assert result.exit_code == 0, result.output
    card = (tmp_path / "m.card.md").read_text(encoding="utf-8").splitlines()
    assert "- labels: `` `tick` ``, `a|b # Hi <b>x</b>`" in card
    assert "| a\\|b \\# Hi &lt;b&gt;x&lt;/b&gt; | 1.000 | 1.000 | 1.000 | 12 |" in card
    assert not any(line.startswith("# Hi") for line in card)


def test_a_trend_over_years_1_and_9999_is_drawn(tmp_path):
    """Dates of year 1 and 9999 (both valid) made a weekly trend whose axis margins fell outside matplotlib's
    dates: `compare --period week` stopped with a ValueError traceback (exit 1) as it drew the figure."""
    from framing.report import plots

    trends = pd.DataFrame(
        {
            "measure": ["hedging"] * 4,
            "group": ["A", "A", "B", "B"],
            "period": ["0001-01-01", "9999-12-27", "0001-01-01", "9999-12-27"],
            "mean": [0.1, 0.2, 0.3, 0.1],
            "ci_low": [0.0, 0.1, 0.2, 0.0],
            "ci_high": [0.2, 0.3, 0.4, 0.2],
        }
    )
    svg, image = plots.render(plots.trends_figure(trends, [("hedging", "Hedging", "per 1k words")], ["A", "B"], "week"))
    assert svg.startswith(b"<?xml") and image is not None
