"""`framing train` and `framing evaluate`: thin wrappers over the model wing (`framing.model`).

scikit-learn, pandas and skops are imported inside the commands, so `framing score` starts fast.
"""

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ..scripts import SEED_MAX
from ..errors import InputError
from ..outputs import check_file, partial_path
from .common import (
    Command,
    FormatOpt,
    LabelColOpt,
    LabelledTextColOpt,
    LangOpt,
    LexiconsOpt,
    TableOrJson as Format,
    console,
    err_console,
    error_boundary,
    output_option,
    print_json,
)


class Level(str, Enum):
    sentence = "sentence"
    article = "article"


class Classifier(str, Enum):
    logreg = "logreg"
    svm = "svm"


DataArg = Annotated[Path, typer.Argument(help="Labelled table: .csv, .tsv, .jsonl or .parquet.")]
LabelSep = Annotated[
    str | None,
    typer.Option(
        "--label-sep",
        metavar="TEXT",
        show_default=False,
        help="Several labels per row, separated by this (multi-label).",
    ),
]
# `train --out` before the CLI vocabulary was made one (still accepted, with a warning).
TRAIN = Command.renaming(out="--output")


def train(
    data: DataArg,
    text_col: LabelledTextColOpt = "text",
    label_col: LabelColOpt = "label",
    out: Annotated[
        Path, output_option("Model file to write (.skops); NAME.metrics.json and NAME.card.md go beside it.")
    ] = Path("models/model.skops"),
    level: Annotated[
        Level, typer.Option("--level", help="What one row is: a sentence or a whole article.")
    ] = Level.sentence,
    group_col: Annotated[
        str | None,
        typer.Option(
            "--group-col",
            metavar="COLUMN",
            show_default=False,
            help="Rows sharing a value (an article id) never straddle training and test folds.",
        ),
    ] = None,
    label_sep: LabelSep = None,
    folds: Annotated[int, typer.Option("--folds", min=0, help="Cross-validation folds (0: none).")] = 5,
    holdout: Annotated[
        float,
        typer.Option(
            "--holdout", min=0.0, max=0.9, help="Share of rows kept out of training and tuning, scored at the end."
        ),
    ] = 0.0,
    classifier: Annotated[Classifier, typer.Option("--classifier", help="Linear model.")] = Classifier.logreg,
    seed: Annotated[
        int, typer.Option("--seed", min=0, max=SEED_MAX, help="Seed for the folds and the held-out split.")
    ] = 0,
    lexicons: LexiconsOpt = None,
    lang: LangOpt = "en",
    format: FormatOpt = Format.table,
) -> None:
    """Train a classifier on labelled text: lexicon signals + word and character n-grams."""
    with error_boundary(writes=True):
        from ..model.files import check_output

        check_output(out)  # a path refused before scikit-learn's imports (seconds), as before the minutes of training
        from ..model.train import train_model

        try:
            saved = train_model(
                data,
                out,
                text_col=text_col,
                label_col=label_col,
                group_col=group_col,
                label_sep=label_sep,
                level=level.value,
                folds=folds,
                holdout=holdout,
                classifier=classifier.value,
                seed=seed,
                lexicons=[str(p) for p in lexicons or []],
                lang=lang,
                progress=lambda message: err_console.print(message, markup=False),
            )
        except ValueError as exc:  # scikit-learn's words for texts with no word of two letters or more
            if "empty vocabulary" not in str(exc):
                raise
            raise InputError(
                f"{data}: no words to learn from in the texts of a training part (words of one letter are not "
                f"counted); is {text_col!r} the text column?"
            ) from None
        model, metrics, metrics_path, card_path = saved.model, saved.model.metrics, saved.metrics_path, saved.card_path
        if format is Format.json:
            print_json(
                {"model": str(out), "metrics_file": str(metrics_path), "card": str(card_path), "meta": model.meta}
                | metrics
            )
            return
        for key, title in (("cv", "Cross-validation"), ("holdout", "Held-out test")):
            if key in metrics:
                print_scores(metrics[key], f"{title} ({metrics[key]['n']} rows)")
        import json

        from ..model.portable import weights_path

        # the portable weights file is written when the model can be exported (its sha256 is then recorded)
        exported = "weights_sha256" in json.loads(metrics_path.read_text(encoding="utf-8"))
        weights = f", {weights_path(out).name}" if exported else ""
        console.print(
            f"wrote {out}, {metrics_path.name}, {card_path.name}{weights} "
            f"({model.meta['task']}, {len(model.classes)} labels, C={model.meta['C']})",
            soft_wrap=True,
        )


FIGURE_SUFFIXES = (".png", ".svg", ".pdf")


def evaluate(
    model_path: Annotated[Path, typer.Argument(metavar="MODEL", help="A model file written by framing train.")],
    data: DataArg,
    text_col: LabelledTextColOpt = "text",
    label_col: LabelColOpt = "label",
    label_sep: LabelSep = None,
    figure: Annotated[
        Path | None,
        typer.Option(
            "--figure",
            metavar="FILE",
            show_default=False,
            help=f"Write precision-recall curves to this image ({', '.join(FIGURE_SUFFIXES)}).",
        ),
    ] = None,
    format: FormatOpt = Format.table,
) -> None:
    """Score a trained model on labelled data: per-class and macro precision, recall and F1."""
    with error_boundary(writes=figure is not None):
        from ..model.data import read_labelled
        from ..model.files import load
        from ..model.metrics import metrics, precision_recall, precision_recall_figure
        from ..model.labels import labels_from_probabilities
        from ..model.predict import probabilities

        if figure is not None:  # refused before the model is read and applied, not after
            if figure.suffix.lower() not in FIGURE_SUFFIXES:
                raise InputError(f"{figure}: the figure must be {', '.join(FIGURE_SUFFIXES)}")
            check_file(figure)
        model = load(model_path)
        if label_sep is None and model.multilabel:
            raise InputError(f"{model_path} is a multi-label model: give --label-sep")
        if label_sep is not None and not model.multilabel:  # its label lists stopped the check with a traceback
            raise InputError(f"{model_path} is a single-label model: leave --label-sep out")
        told = lambda message: err_console.print(message, markup=False, soft_wrap=True)  # noqa: E731
        texts, labels, _ = read_labelled(data, text_col, label_col, None, label_sep, told)
        unknown = sorted({v for row in labels for v in (row if model.multilabel else [row])} - set(model.classes))
        if unknown:
            raise InputError(
                f"{data}: labels the model does not know: {', '.join(unknown[:10])} "
                f"(it knows {', '.join(model.classes)})"
            )
        proba = probabilities(model, texts)
        predicted = labels_from_probabilities(model, proba)
        result = metrics(labels, predicted, model.classes, model.meta["task"])
        seen = seen_in_training(model_path, texts)
        if seen is not None:
            result["rows_seen_in_training"] = seen
        if seen:
            told(
                f"warning: {seen} of {len(texts)} rows of {data} repeat texts {model_path} was trained on: "
                "their scores measure memory, not the model; leave them out for an honest figure"
            )
        if figure is not None:
            fig = precision_recall_figure(precision_recall(model, labels, proba))
            figure.parent.mkdir(parents=True, exist_ok=True)
            drawn = partial_path(figure)  # put in place whole: an interrupted run leaves no half a figure
            try:
                fig.savefig(drawn, dpi=150, format=figure.suffix[1:].lower())
                drawn.replace(figure)
            finally:
                drawn.unlink(missing_ok=True)
        if format is Format.json:
            print_json({"model": str(model_path), "data": str(data)} | result)
            return
        print_scores(result, f"{model_path.name} on {data.name} ({result['n']} rows)")
        if figure is not None:
            console.print(f"wrote {figure}", soft_wrap=True)


def seen_in_training(model_path: Path, texts: list[str]) -> int | None:
    """How many texts repeat one the model was trained on (None: its metrics file records no fingerprints)."""
    from ..model.archive import read_metrics
    from ..model.data import text_fingerprints
    from ..model.files import sidecars

    metrics_path = sidecars(model_path)[0]
    recorded = read_metrics(metrics_path).get("training_text_fingerprints") if metrics_path.is_file() else None
    if not isinstance(recorded, list):
        return None
    trained = set(map(str, recorded))
    return sum(text_fingerprints([t])[0] in trained for t in texts)


def print_scores(m: dict[str, Any], title: str) -> None:
    """Per-class table, macro scores and accuracy, then the confusion matrix."""
    table = Table(title=title, title_justify="left")
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, s in m["per_class"].items():
        table.add_row(label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["support"]))
    table.add_row(
        Text("macro", style="bold"),
        f"{m['macro_precision']:.3f}",
        f"{m['macro_recall']:.3f}",
        Text(f"{m['macro_f1']:.3f}", style="bold"),
        str(m["n"]),
    )
    console.print(table)
    extra = f" · micro F1 {m['micro_f1']:.3f}" if "micro_f1" in m else ""
    console.print(f"accuracy {m['accuracy']:.3f} · macro F1 {m['macro_f1']:.3f}{extra}")
    if "majority_baseline" in m:  # metrics files written before round u28 have no baseline
        from ..model.metrics import baseline_line

        console.print(baseline_line(m), soft_wrap=True)
    if m.get("confusion_matrix"):
        labels = m["confusion_matrix"]["labels"]
        matrix = Table(title="Confusion matrix (rows: true, columns: predicted)", title_justify="left")
        matrix.add_column("true")
        for label in labels:
            matrix.add_column(label, justify="right")
        for label, row in zip(labels, m["confusion_matrix"]["matrix"]):
            matrix.add_row(label, *map(str, row))
        console.print(matrix)


def print_predictions(predictions: dict[str, Any]) -> None:
    """The model's view of one article for `framing score --model`: shares, then each sentence."""
    article = predictions["article"]
    if predictions["level"] == "article":
        label = article.get("label") or ", ".join(article.get("labels", [])) or "(none)"
        console.print(Text(f"Model: {label}", style="bold"))
        return
    table = Table(title="Model: share of sentences per label", title_justify="left")
    for label in predictions["labels"]:
        table.add_column(label, justify="right")
    table.add_row(*(f"{article['share'][label]:.0%}" for label in predictions["labels"]))
    console.print(table)
    per_sentence = Table(title="Model: label of each sentence", title_justify="left")
    for column in ("#", "label", "p", "sentence"):
        per_sentence.add_column(column, justify="right" if column in ("#", "p") else "left")
    for s in predictions["sentences"]:
        label = s["label"] if "label" in s else ", ".join(s["labels"]) or "-"
        p = s["probability"].get(s.get("label"), max(s["probability"].values(), default=0.0))
        text = s["text"]
        per_sentence.add_row(str(s["sentence"]), label, f"{p:.2f}", Text(text[:100] + ("…" if len(text) > 100 else "")))
    console.print(per_sentence)
