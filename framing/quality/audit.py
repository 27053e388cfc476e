"""`framing lexicon audit`: how well a signal's entries agree with labelled examples.

In: a DataFrame of texts with a binary label, a signal id, one or two lexicon sets. Out: an
`Audit` with per-entry hits and precision, the signal's sentence-level precision/recall/F1 and
ROC AUC, and candidate terms over-represented in the positives the signal misses, ranked by the
weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ..aggregate import log_odds
from ..errors import InputError
from ..pipeline import Analyzer
from ..text import tokenize_words
from ..wording import counted
from ..lexicon.loader import LexiconSet

_TRUE = {"1", "true", "yes", "y", "t", "pos", "positive"}


@dataclass
class SignalQuality:
    precision: float
    recall: float
    f1: float
    auc: float
    fired: int
    positives: int
    n: int


@dataclass
class Audit:
    signal: str
    entries: pd.DataFrame  # entry, pos_hits, neg_hits, precision, coverage
    quality: SignalQuality
    candidates: pd.DataFrame  # term, count (in missed positives), count_other (in negatives), z
    before: SignalQuality | None = None  # with the baseline lexicons, when given
    notes: list[str] = field(default_factory=list)


def positive_labels(values: pd.Series, positive: str | None = None) -> pd.Series:
    """Booleans from a label column: `positive` when given, else true/1/yes."""
    text = values.astype(str).str.strip().str.lower()
    if positive is not None:
        return text.eq(positive.lower())
    return text.isin(_TRUE)


def _quality(fired: list[bool], scores: list[float], labels: list[bool]) -> SignalQuality:
    tp = sum(f and y for f, y in zip(fired, labels))
    n_fired = sum(fired)
    n_pos = sum(labels)
    precision = tp / n_fired if n_fired else 0.0
    recall = tp / n_pos if n_pos else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SignalQuality(
        round(precision, 4),
        round(recall, 4),
        round(f1, 4),
        round(roc_auc(scores, labels), 4),
        n_fired,
        n_pos,
        len(labels),
    )


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos = sum(labels)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    ranks = pd.Series(scores).rank(method="average")
    rank_sum = float(ranks[pd.Series(labels).values].sum())
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def _score(analyzer: Analyzer, texts: list[str], signal: str) -> tuple[list[bool], list[float], list[set[str]]]:
    fired, scores, entries = [], [], []
    for text in texts:
        result = analyzer.analyze(text, split_title=False, evidence=True)
        score = result.signals[signal]
        fired.append(score.count > 0)
        scores.append(score.weighted)
        entries.append({e.entry for e in result.evidence if e.signal == signal})
    return fired, scores, entries


def _grams(text: str, stop_words: frozenset[str]) -> list[str]:
    """Words and word pairs that neither start nor end with a stop word: "he", "of the" say nothing."""
    words = [w for w in tokenize_words(text) if w[0].isalpha()]
    keep = [w not in stop_words for w in words]
    return [w for w, k in zip(words, keep) if k] + [
        f"{a} {b}" for a, b, ka, kb in zip(words, words[1:], keep, keep[1:]) if ka and kb
    ]


def audit(
    data: pd.DataFrame,
    signal: str,
    label_col: str,
    lexicons: LexiconSet,
    text_col: str = "text",
    positive: str | None = None,
    baseline: LexiconSet | None = None,
    n_candidates: int = 25,
    min_count: int = 3,
    source: str | None = None,
) -> Audit:
    """Audit one signal against labelled examples (and against a baseline lexicon set, if given);
    `source`, the file the examples were read from, is named in the messages about them."""
    where = f"{source}: " if source else ""
    for column in (text_col, label_col):
        if column not in data.columns:
            raise InputError(
                f'{where}no column "{column}" in the labelled data (columns: {", ".join(map(str, data.columns))})'
            )
    lexicons.signal(signal)
    if data.empty:  # a header and nothing under it: not a label column of one class
        raise InputError(f"{source or 'the labelled data'}: no rows under the header; nothing to audit")
    # a row without a label is no negative, nor one without a text a positive missed: left out, as train does
    keep = data[label_col].notna() & data[text_col].notna() & (data[text_col].astype(str).str.strip() != "")
    left_out = int((~keep).sum())
    data = data[keep]
    if data.empty:
        raise InputError(f"{where}no rows with both {text_col!r} and {label_col!r}; nothing to audit")
    texts = data[text_col].astype(str).tolist()
    labels = positive_labels(data[label_col], positive).tolist()
    if not any(labels) or all(labels):
        seen = sorted(data[label_col].dropna().astype(str).str.strip().unique())
        shown = ", ".join(f'"{v}"' for v in seen[:10]) + (f" and {len(seen) - 10} more" if len(seen) > 10 else "")
        hint = f' (e.g. --positive "{seen[0]}")' if seen else ""
        raise InputError(
            f'{where}the label column "{label_col}" needs both positive and negative examples; it holds '
            f"{shown or 'no values'}: name the positive label with --positive VALUE{hint}"
        )
    fired, scores, entries = _score(Analyzer(lexicons), texts, signal)
    pos_hits: Counter = Counter()
    neg_hits: Counter = Counter()
    for found, label in zip(entries, labels):
        (pos_hits if label else neg_hits).update(found)
    n_pos = sum(labels)
    table = pd.DataFrame(
        [
            (e, pos_hits[e], neg_hits[e], pos_hits[e] / (pos_hits[e] + neg_hits[e]), pos_hits[e] / n_pos)
            for e in set(pos_hits) | set(neg_hits)
        ],
        columns=["entry", "pos_hits", "neg_hits", "precision", "coverage"],
    ).sort_values(["pos_hits", "neg_hits"], ascending=[False, True], ignore_index=True)
    missed: Counter = Counter()
    negatives: Counter = Counter()
    stop_words = lexicons.language_spec.stop_words
    for text, label, hit in zip(texts, labels, fired):
        if label and not hit:
            missed.update(_grams(text, stop_words))
        elif not label:
            negatives.update(_grams(text, stop_words))
    known = {" ".join(t.words) for t in lexicons.signals[signal].terms}
    counts = pd.DataFrame(
        [("missed", t, c) for t, c in missed.items()] + [("negative", t, c) for t, c in negatives.items()],
        columns=["group", "term", "count"],
    )
    candidates = log_odds(counts, reference="negative")
    candidates = candidates[
        (candidates["group"] == "missed") & (candidates["count"] >= min_count) & ~candidates["term"].isin(known)
    ]
    candidates = candidates[["term", "count", "count_other", "z"]].head(n_candidates).reset_index(drop=True)
    result = Audit(signal, table, _quality(fired, scores, labels), candidates)
    if left_out:
        result.notes.append(f"{counted(left_out, 'row')} without a text or a label left out")
    if baseline is not None:
        if signal not in baseline.signals:
            result.notes.append(f'the baseline lexicons have no signal "{signal}"')
        else:
            b_fired, b_scores, _ = _score(Analyzer(baseline), texts, signal)
            result.before = _quality(b_fired, b_scores, labels)
    return result
