"""The model card `framing train` writes beside a model: what the model is, the data it was trained on,
its scores beside a majority-class baseline, what it looks at, what it is for and its limits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..wording import markdown_code, markdown_text

if TYPE_CHECKING:  # scikit-learn is imported only when a model is built or read
    from .estimators import Trained

_COMBINATIONS = {
    "blocks": ", one per feature block, their probabilities averaged (chosen over one joint model by inner "
    "cross-validation).",
    "mix": ", one over all features and one per feature block, their probabilities averaged (chosen over "
    "the joint model alone by inner cross-validation).",
}


def card(model: Trained, name: str, sha256: str = "", trained: str = "") -> str:
    """The model card: what the model is, what it was trained on, how well it does, what it looks at,
    what it is for. `sha256` (of the model file) and the `trained` date tie the card to one file."""
    from .estimators import top_features

    meta, m = model.meta, model.metrics
    # the labels, the data's path and the features come from input: escaped, the card's Markdown stays whole
    labels = ", ".join(markdown_code(c) for c in meta["classes"])
    lines = [
        f"# Model card: {markdown_text(name)}",
        "",
        *([f"Model file sha256 `{sha256}`, trained {trained}.", ""] if sha256 else []),
        f"A {meta['task']} {meta['level']}-level classifier made by `framing train` (framing "
        f"{meta['framing_version']}): lexicon signals + TF-IDF word 1-2-grams + TF-IDF character 2-5-grams "
        f"-> {_classifier_name(meta['classifier'])} with balanced class weights"
        + _COMBINATIONS.get(str(meta.get("combine")), "."),
        "",
        "## Training data",
        "",
        f"- examples: {meta['n_examples']}" + (f" (source: {markdown_code(meta['data'])})" if meta.get("data") else ""),
        f"- labels: {labels}",
        f"- data sha256: `{meta['data_sha256']}`",
        f"- lexicon hash: `{meta['lexicon_hash']}` ({len(meta['lexicon_signals'])} signals: "
        f"{', '.join(meta['lexicon_signals'])})",
        "",
        "## Parameters",
        "",
        f"- C = {meta['C']}, chosen by {meta['inner_cv']['folds']}-fold inner cross-validation on the training "
        f"data ({meta['inner_cv']['metric']}: "
        + ", ".join(f"C={c}: {s}" for c, s in meta["inner_cv"]["scores_by_C"].items())
        + ")",
        f"- features: {meta['n_features']}",
        f"- fitted in {meta['seconds_to_fit']} s",
        "",
    ]
    for key, title in (
        ("cv", "Cross-validation (out-of-fold predictions on the training data)"),
        ("holdout", "Held-out test (never seen in training or tuning)"),
    ):
        if key in m:
            lines += [f"## {title}", ""] + _scores_md(m[key]) + [""]
    lines += [
        "## Most informative features per class",
        "",
        (
            "Positive weights of the linear model"
            if meta.get("combine") not in _COMBINATIONS
            # u29: an averaged model's weights come from separate models, on scales of their own
            else "Positive weights, each feature's summed over the models that read it (weights of models averaged "
            "as probabilities are on scales of their own: compare them within a block)"
        )
        + "; `lexicon__` features are the lexicon signals, the sourcing mix and the length in words and "
        "sentences (`lexicon__n_words`, `lexicon__n_sentences`), `words__` word n-grams, `chars__` character "
        "n-grams.",
        "",
    ]
    for label, feats in top_features(model).items():
        lines.append(f"- **{markdown_text(label)}**: " + ", ".join(f"{markdown_code(f)} ({w:+.2f})" for f, w in feats))
    lines += [
        "",
        "## Intended use",
        "",
        f"Labelling {meta['level']}s as {labels}, the categories of the training data, to count and compare them "
        "across many texts (`framing score --model`, `framing compare --model`) beside the lexicon signals. "
        "Not for a decision about one text, author or outlet on the model's word alone.",
        "",
        "## Limits",
        "",
        "Scores hold for text like the training data. A linear model over words and lexicon signals reads "
        "no context beyond the text it is given and can be fooled by paraphrase; check its predictions "
        "against the lexicon evidence (`framing score --explain`).",
        *(
            []
            if "holdout" in m
            else ["No rows were held out (`--holdout`): the scores above are its only estimate of quality."]
        ),
        "",
    ]
    return "\n".join(lines)


def _classifier_name(kind: str) -> str:
    return {"logreg": "logistic regression", "svm": "a linear SVM (sigmoid-calibrated)"}.get(kind, kind)


def _scores_md(m: dict[str, Any]) -> list[str]:
    from .metrics import baseline_line

    line = baseline_line(m) if "majority_baseline" in m else ""
    headline = [markdown_text(line[0].upper() + line[1:] + "."), ""] if line else []
    extra = f", {m['folds']} folds" + (" split by group" if m.get("grouped") else "") if "folds" in m else ""
    if m.get("repeated_texts") and m.get("grouped"):
        extra += f"; {m['repeated_texts']} rows repeat a text of another group, and stay where their group falls"
    elif m.get("repeated_texts"):
        extra += f"; {m['repeated_texts']} rows that repeat a text each kept in one fold with its repeats"
    out = [
        f"{m['n']} examples{extra}. Accuracy {m['accuracy']:.3f}, macro precision {m['macro_precision']:.3f}, "
        f"macro recall {m['macro_recall']:.3f}, **macro F1 {m['macro_f1']:.3f}**"
        + (f", micro F1 {m['micro_f1']:.3f}" if "micro_f1" in m else "")
        + ".",
        "",
        *headline,
        "| class | precision | recall | F1 | support |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, s in m["per_class"].items():
        out.append(
            f"| {markdown_text(label)} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |"
        )
    if m.get("confusion_matrix"):
        labels = m["confusion_matrix"]["labels"]
        out += [
            "",
            "Confusion matrix (rows: true label, columns: predicted):",
            "",
            "| true \\ predicted | " + " | ".join(map(markdown_text, labels)) + " |",
            "|---" * (len(labels) + 1) + "|",
        ]
        for label, row in zip(labels, m["confusion_matrix"]["matrix"]):
            out.append(f"| {markdown_text(label)} | " + " | ".join(str(v) for v in row) + " |")
    return out
