"""`framing train` -> `framing evaluate` -> `framing score --model` on a tiny data set (CliRunner)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "labelled" / "sentences.csv"
runner = CliRunner()


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    df = pd.read_csv(SEEDS)
    df = df[df["label"].isin(["hedged", "escalatory", "neutral"])].groupby("label").head(15)
    path = tmp_path_factory.mktemp("data") / "tiny.csv"
    df.rename(columns={"text": "sentence", "label": "tag"}).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def trained(data) -> Path:
    out = data.parent / "models" / "tiny.skops"
    result = runner.invoke(
        app,
        [
            "train",
            str(data),
            "--text-col",
            "sentence",
            "--label-col",
            "tag",
            "--folds",
            "3",
            "--holdout",
            "0.2",
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Cross-validation" in result.output and "Held-out test" in result.output
    # every file written is named, the portable weights too (they were left out of this line)
    assert f"wrote {out}, tiny.metrics.json, tiny.card.md, tiny.weights.npz (multiclass, 3 labels" in result.output
    assert out.with_name("tiny.weights.npz").is_file()
    return out


def test_train_writes_model_metrics_and_card(trained) -> None:
    metrics = json.loads(trained.with_name("tiny.metrics.json").read_text())
    assert metrics["cv"]["folds"] == 3 and metrics["holdout"]["n"] == 9
    assert metrics["meta"]["text_col"] == "sentence" and metrics["meta"]["n_examples"] == 36
    assert "Held-out test" in trained.with_name("tiny.card.md").read_text()


def test_evaluate_prints_json_with_the_promised_fields(trained, data, tmp_path) -> None:
    figure = tmp_path / "pr.png"
    result = runner.invoke(
        app,
        [
            "evaluate",
            str(trained),
            str(data),
            "--text-col",
            "sentence",
            "--label-col",
            "tag",
            "--format",
            "json",
            "--figure",
            str(figure),
        ],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {"macro_f1", "accuracy", "per_class", "confusion_matrix"} <= set(out)
    assert set(out["per_class"]) == {"escalatory", "hedged", "neutral"} and 0 <= out["macro_f1"] <= 1
    assert figure.stat().st_size > 1000


def test_evaluate_counts_rows_the_model_was_trained_on_and_shows_the_baseline(trained, data) -> None:
    """Evaluating on a file that holds training rows inflated the figure without a word (u28)."""
    args = ["evaluate", str(trained), str(data), "--text-col", "sentence", "--label-col", "tag"]
    table, as_json = runner.invoke(app, args), runner.invoke(app, [*args, "--format", "json"])
    assert table.exit_code == as_json.exit_code == 0, table.output
    m = json.loads(as_json.stdout)
    assert m["rows_seen_in_training"] == 36  # the 36 training rows of 45; the 9 held out are new to it
    assert f"warning: 36 of 45 rows of {data} repeat texts {trained} was trained on" in " ".join(table.stderr.split())
    low, high = m["macro_f1_interval"]
    baseline = m["majority_baseline"]
    assert f"95% bootstrap interval {low:.3f}–{high:.3f}; always predicting {baseline['label']!r}" in table.stdout


def test_evaluate_table_says_what_the_json_says(trained, data) -> None:
    args = ["evaluate", str(trained), str(data), "--text-col", "sentence", "--label-col", "tag"]
    table, as_json = runner.invoke(app, args), runner.invoke(app, [*args, "--format", "json"])
    assert table.exit_code == as_json.exit_code == 0, table.output
    m = json.loads(as_json.stdout)
    assert f"accuracy {m['accuracy']:.3f} · macro F1 {m['macro_f1']:.3f}\n" in table.output
    assert "Confusion matrix" in table.output
    for label, row in zip(m["confusion_matrix"]["labels"], m["confusion_matrix"]["matrix"]):
        assert re.search(rf"│ {label} +│ +" + r" +│ +".join(map(str, row)) + " +│", table.output)


def test_score_with_a_model_adds_sentence_and_article_predictions(trained, tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Border war looms\n\nThe war may spread to the capital. Officials could possibly delay the "
        "count. The museum opened on Monday.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(article), "--model", str(trained), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["model"]["level"] == "sentence" and len(out["model"]["sentences"]) == out["n_sentences"] == 3
    assert set(out["model"]["article"]["share"]) == {"escalatory", "hedged", "neutral"}
    table = runner.invoke(app, ["score", str(article), "--model", str(trained)])
    assert table.exit_code == 0 and "Model" in table.output and "The museum opened on Monday." in table.output


def test_a_tampered_model_is_refused_with_one_line_and_exit_2(trained, tmp_path) -> None:
    bad = tmp_path / "bad.skops"
    bad.write_bytes(trained.read_bytes()[:-200])
    article = tmp_path / "a.txt"
    article.write_text("The war may spread.\n", encoding="utf-8")
    for args in (["evaluate", str(bad), str(article)], ["score", str(article), "--model", str(bad)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.output + result.stderr


def test_bad_columns_are_a_user_error(data, tmp_path) -> None:
    result = runner.invoke(app, ["train", str(data), "--output", str(tmp_path / "m.skops")])
    assert result.exit_code == 2 and "no column 'text'" in result.stderr


def test_texts_without_words_to_learn_are_a_user_error(tmp_path) -> None:
    short = tmp_path / "short.csv"
    short.write_text("text,label\na,x\nb,y\nc,x\nd,y\ne,x\nf,y\ng,x\nh,y\ni,x\nj,y\n", encoding="utf-8")
    result = runner.invoke(app, ["train", str(short), "--output", str(tmp_path / "m.skops")])
    assert result.exit_code == 2  # scikit-learn's "empty vocabulary" escaped as a traceback
    assert result.stderr.splitlines()[-1] == (
        f"error: {short}: no words to learn from in the texts of a training part (words of one letter are not "
        "counted); is 'text' the text column?"
    )
    assert not (tmp_path / "m.skops").exists()


SENTENCES = [
    "It may rain.",
    "The bridge opened.",
    "Officials might resign.",
    "The vote was held.",
    "Prices could rise.",
    "The mayor spoke.",
]


@pytest.mark.parametrize(
    ("labels", "args", "message"),
    [
        (["x"] * 5, [], "'label' holds one label, 'x'; a model needs at least two to learn from"),
        (
            ["x", "x", "x", "x", "y"],
            ["--holdout", "0.2"],
            "--holdout keeps a share of each label out, so it needs two rows of each; label 'y' has one",
        ),
        (
            ["x", "x", "x", "x", "y"],
            [],
            "too few rows for cross-validation: label 'y' has 1 (it needs two of each label, or two groups; "
            "--folds 0 skips it)",
        ),
        (
            ["x", "y", "z"] * 2,
            ["--holdout", "0.2", "--folds", "0"],
            "--holdout 0.2 keeps 2 of 6 rows out, but the held-out and the training part each need a row of "
            "every label (3); change --holdout",
        ),
    ],
    ids=["one-label", "holdout-of-a-single-row", "cv-of-a-single-row", "holdout-smaller-than-the-labels"],
)
def test_labels_a_model_cannot_learn_from_are_refused_naming_the_file(tmp_path, labels, args, message) -> None:
    """One label was refused without the file's name after the cross-validation had begun; --holdout with a
    label of one row was scikit-learn's traceback (round u18)."""
    table = tmp_path / "few.csv"
    pd.DataFrame({"text": SENTENCES[: len(labels)], "label": labels}).to_csv(table, index=False)
    result = runner.invoke(app, ["train", str(table), "--output", str(tmp_path / "m.skops"), *args])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"error: {table}: {message}\n")
    assert not (tmp_path / "m.skops").exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("m.txt", "m.txt: model files end in .skops"),
        ("tiny.csv/m.skops", "tiny.csv/m.skops: cannot write (DIR/tiny.csv is a file, not a folder)"),
    ],
)
def test_a_model_path_that_cannot_be_written_stops_train_before_training(data, name: str, message: str) -> None:
    out = data.parent / name
    result = runner.invoke(app, ["train", str(data), "--text-col", "sentence", "--label-col", "tag", "-o", str(out)])
    assert result.exit_code == 2
    # one line, and no "training on N rows..." before it: the path used to be refused only after the fit
    assert result.stderr == f"error: {data.parent}/{message.replace('DIR', str(data.parent))}\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Six short articles from two outlets, one without words (it fails and is listed)."""
    rows = [
        {
            "id": f"a{k}",
            "outlet": "north" if k % 2 else "south",
            "text": f"Report {k}.\n\nThe war may spread to the capital. Officials could possibly delay the count. "
            "The museum opened on Monday. A catastrophic, fatal escalation looms.",
        }
        for k in range(5)
    ]
    rows.append({"id": "empty", "outlet": "south", "text": "— … —"})
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_corpus_run_adds_model_shares_and_sentence_rows(trained, corpus, tmp_path) -> None:
    out, sentences = tmp_path / "scores.parquet", tmp_path / "sentences.csv"
    result = runner.invoke(
        app, ["score", str(corpus), "-o", str(out), "--model", str(trained), "--sentences", str(sentences), "-j", "1"]
    )
    assert result.exit_code == 1, result.output  # the empty article failed, and is listed
    table = pd.read_parquet(out)
    shares = table[["model_escalatory_share", "model_hedged_share", "model_neutral_share"]]
    assert list(table["id"]) == ["a0", "a1", "a2", "a3", "a4"]
    assert ((shares >= 0) & (shares <= 1)).all().all() and (shares.sum(axis=1).round(3) == 1).all()
    rows = pd.read_csv(sentences)
    assert list(rows.columns) == ["id", "sentence", "text", "label", "p_escalatory", "p_hedged", "p_neutral"]
    per_article = rows.groupby("id").size()
    assert per_article.to_dict() == dict(zip(table["id"], table["n_sentences"]))
    assert rows["label"].isin(["escalatory", "hedged", "neutral"]).all()
    first = rows[rows["id"] == "a0"]
    labelled = first["label"].value_counts(normalize=True)
    assert shares.iloc[0]["model_hedged_share"] == pytest.approx(labelled.get("hedged", 0.0), abs=1e-4)


def test_model_columns_are_the_same_with_two_jobs(trained, corpus, tmp_path) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"scores{jobs}.csv"
        assert (
            runner.invoke(app, ["score", str(corpus), "-o", str(out), "--model", str(trained), "-j", jobs]).exit_code
            == 1
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_sentences_without_a_model_and_a_tampered_model_are_user_errors(trained, corpus, tmp_path) -> None:
    result = runner.invoke(
        app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "--sentences", str(tmp_path / "x.csv")]
    )
    assert result.exit_code == 2 and "give the model with --model" in result.stderr
    bad = tmp_path / "bad.skops"
    bad.write_bytes(trained.read_bytes()[:-100])
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "--model", str(bad)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and str(bad) in result.stderr
    assert not (tmp_path / "s.csv").exists()


def test_compare_treats_the_model_labels_as_signals(trained, corpus, tmp_path) -> None:
    report = tmp_path / "report"
    result = runner.invoke(
        app,
        [
            "compare",
            str(corpus),
            "--model",
            str(trained),
            "--out-dir",
            str(report),
            "--min-articles",
            "2",
            "--bootstrap",
            "200",
        ],
    )
    assert result.exit_code == 0, result.output
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "Model: hedged" in html and "% of sentences" in html
    means = pd.read_csv(report / "tables" / "means.csv")
    hedged = means[means["measure"] == "model_hedged"].set_index("group")
    assert set(hedged.index) == {"north", "south"} and hedged["mean"].between(0, 1).all()
