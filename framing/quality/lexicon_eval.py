"""Lexicon quality on real labelled news: the lexicon half of `make eval`.

Each function takes the data folder (see framing.quality.datasets) and an `Analyzer`, and returns plain
numbers; `main` prints them as one table. What is measured (targets from issue 3, raised by issue 13
for the PTC loaded-language and escalation AUCs and BABE's, by issue 12 for PolNeAR's articles):

- PTC, per sentence: ROC AUC of a signal's weighted score for sentences overlapping spans of its
  propaganda-technique family (loaded language, escalation, doubt; hedging against Doubt too);
- BABE: AUC of the loaded-language score for Biased vs Non-biased sentences;
- Szeged FactBank news (and Wikipedia): F1 of "hedging fires" against `uncertain`, and recall per
  cue type;
- span level, per dev/test fold (signal_eval.py): matches against marked spans;
- PolNeAR: Spearman correlation across articles between the share of sentences our sourcing
  analysis marks as attributed and the share overlapping an annotated attribution, and between
  the seven outlets' mean shares.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..scripts import data_folder, print_figures, script_parser
from .datasets import PTC_FAMILIES, babe, absent, default_data_dir, polnear, ptc_sentences, szeged
from .audit import roc_auc
from ..pipeline import Analyzer
from . import signal_eval, sourcing_eval
from ..sourcing.attribution import shipped_labeller


def _weighted(analyzer: Analyzer, texts: list[str], signal: str) -> list[float]:
    return [analyzer.analyze(t, split_title=False, evidence=False).signals[signal].weighted for t in texts]


def ptc_family_auc(data_dir: Path, analyzer: Analyzer) -> dict[str, float]:
    """AUC per signal against its PTC technique family, sentence level."""
    df = ptc_sentences(data_dir)
    # each sentence analysed once, every signal read from it: the suite holds these figures to the README
    signals = [analyzer.analyze(t, split_title=False, evidence=False).signals for t in df["text"]]
    out = {}
    for signal, family in PTC_FAMILIES.items():
        labels = [bool(t & set(family)) for t in df["techniques"]]
        out[signal] = round(roc_auc([s[signal].weighted for s in signals], labels), 4)
    return out


def babe_auc(data_dir: Path, analyzer: Analyzer) -> float:
    df = babe(data_dir)
    return round(roc_auc(_weighted(analyzer, df["text"].tolist(), "loaded_language"), df["biased"].tolist()), 4)


def hedging_f1(data_dir: Path, analyzer: Analyzer, part: str = "factbank_news") -> dict[str, object]:
    """Sentence-level precision/recall/F1 of "hedging fires", and recall per cue type."""
    df = szeged(data_dir, part)
    fired = [analyzer.analyze(t, split_title=False, evidence=False).signals["hedging"].count > 0 for t in df["text"]]
    gold = df["uncertain"].tolist()
    tp = sum(f and g for f, g in zip(fired, gold))
    precision = tp / max(1, sum(fired))
    recall = tp / max(1, sum(gold))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_type = {}
    for cue_type in sorted(set().union(*df["cue_types"])):
        hits = [f for f, types in zip(fired, df["cue_types"]) if cue_type in types]
        per_type[cue_type] = round(sum(hits) / len(hits), 4) if hits else None
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "recall_by_cue_type": per_type,
        "sentences": len(df),
    }


def polnear_attribution(data_dir: Path, analyzer: Analyzer) -> dict[str, object]:
    """Spearman ρ of attributed-sentence shares (ours vs annotated), across articles and outlets.

    A sentence is annotated as attributed when it overlaps any part of an annotated attribution
    (source, cue or content): the continuation of a quotation is attributed speech too. The
    stricter reading, a sentence holding a cue, is reported alongside (`*_cue`).
    """
    import pandas as pd
    from scipy.stats import spearmanr

    rows = []
    for row in polnear(data_dir).itertuples():
        result = analyzer.analyze(row.text, split_title=False, evidence=True)
        if not result.n_sentences:
            continue
        spans = [(start, start + len(text)) for start, text in zip(result.sentence_starts, result.sentences)]

        rows.append(
            {
                "outlet": row.publisher,
                "ours": result.sourcing.attributed,
                "annotated": _share(spans, row.cues + row.sources + row.contents),
                "annotated_cue": _share(spans, row.cues),
            }
        )
    table = pd.DataFrame(rows)
    outlets = table.groupby("outlet").mean()

    def rho(a: pd.Series, b: pd.Series) -> float:
        return round(float(spearmanr(a, b).statistic), 4)

    return {
        "articles": len(table),
        "article_rho": rho(table["ours"], table["annotated"]),
        "outlet_rho": rho(outlets["ours"], outlets["annotated"]),
        "article_rho_cue": rho(table["ours"], table["annotated_cue"]),
        "outlet_rho_cue": rho(outlets["ours"], outlets["annotated_cue"]),
        "outlets": {o: {"ours": round(r.ours, 4), "annotated": round(r.annotated, 4)} for o, r in outlets.iterrows()},
    }


def _share(spans: list[tuple[int, int]], parts: list[tuple[int, int]]) -> float:
    """The share of sentences (`spans`) that overlap any of the annotated `parts`."""
    return len({k for k, (s, e) in enumerate(spans) for a, b in parts if a < e and s < b}) / len(spans)


def signal_figures(data_dir: Path, analyzer: Analyzer) -> dict[str, Any]:
    """The signals' sentence figures for the data sets present in `data_dir`, and their span figures."""
    return {**sentence_figures(data_dir, analyzer), "signal_spans": signal_eval.evaluate(data_dir, analyzer)}


def sentence_figures(data_dir: Path, analyzer: Analyzer) -> dict[str, Any]:
    """The signals' sentence figures (the README's Sentences table) for the data sets present in `data_dir`."""
    results: dict[str, Any] = {}
    if (data_dir / "ptc").is_dir():
        results["ptc_auc"] = ptc_family_auc(data_dir, analyzer)
    if (data_dir / "babe").is_dir():
        results["babe_loaded_language_auc"] = babe_auc(data_dir, analyzer)
    if (data_dir / "szeged_uncertainty").is_dir():
        results["hedging_factbank_news"] = hedging_f1(data_dir, analyzer, "factbank_news")
        results["hedging_wikipedia"] = hedging_f1(data_dir, analyzer, "wikipedia")
    return results


def sourcing_figures(data_dir: Path, analyzer: Analyzer) -> dict[str, Any]:
    """PolNeAR, when present: attributed-sentence shares, and the span table with the rules and, when the
    analyzer runs the rules alone and a labeller ships, with the trained labeller beside them."""
    if not (data_dir / "polnear").is_dir():
        return {}
    results = {
        "polnear_sourcing": polnear_attribution(data_dir, analyzer),
        "polnear_attribution_spans": sourcing_eval.evaluate(data_dir, analyzer),
    }
    if analyzer.labeller is None and shipped_labeller() is not None:
        for method in ("trained", "hybrid"):
            results[f"polnear_attribution_spans_{method}"] = sourcing_eval.evaluate(
                data_dir, Analyzer(analyzer.lexicons, sourcing=method)
            )
    return results


def evaluate_all(data_dir: Path, analyzer: Analyzer | None = None) -> dict[str, Any]:
    """Every figure that can be computed from what is present in `data_dir` (JSON-ready)."""
    analyzer = analyzer or Analyzer()
    return {**signal_figures(data_dir, analyzer), **sourcing_figures(data_dir, analyzer)}


TARGETS = [
    ("PTC", "loaded language vs Loaded_Language+Name_Calling (AUC)", ("ptc_auc", "loaded_language"), 0.74),
    ("PTC", "escalation vs Appeal_to_fear+Exaggeration (AUC)", ("ptc_auc", "escalation"), 0.74),
    ("PTC", "doubt vs Doubt (AUC)", ("ptc_auc", "doubt"), 0.72),
    ("PTC", "  hedging vs Doubt (AUC), for reference", ("ptc_auc", "hedging"), None),
    ("BABE", "loaded language, Biased vs Non-biased (AUC)", ("babe_loaded_language_auc",), 0.72),
    ("Szeged news", "hedging fires vs uncertain (F1)", ("hedging_factbank_news", "f1"), 0.70),
    ("Szeged Wikipedia", "hedging fires vs uncertain (F1)", ("hedging_wikipedia", "f1"), None),
    ("PolNeAR", "attributed share across articles (Spearman)", ("polnear_sourcing", "article_rho"), 0.80),
    ("PolNeAR", "attributed share across outlets (Spearman)", ("polnear_sourcing", "outlet_rho"), 0.93),
    ("PolNeAR", "  same, annotated = holds a cue, across articles", ("polnear_sourcing", "article_rho_cue"), None),
    ("PolNeAR", "  same, annotated = holds a cue, across outlets", ("polnear_sourcing", "outlet_rho_cue"), None),
]


def _lookup(results: dict, path: tuple[str, ...]):
    value = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def print_table(results: dict[str, Any], title: str = "Lexicon signals on real labelled news") -> None:
    """The figures of `evaluate_all`, or of one of its parts, as the tables `make eval` prints."""
    print(title)
    print(f"{'data set':<17} {'measure':<55} {'value':>7} {'target':>7}")
    for dataset, measure, path, target in TARGETS:
        value = _lookup(results, path)
        if value is None:
            continue
        mark = "" if target is None else ("  ok" if value >= target else "  BELOW")
        print(f"{dataset:<17} {measure:<55} {value:>7.3f} {'' if target is None else f'{target:>7.2f}'}{mark}")
    news = results.get("hedging_factbank_news")
    if isinstance(news, dict):
        print(
            "hedging recall by Szeged cue type (news): "
            + ", ".join(
                f"{k.removeprefix('speculation_')} {v:.2f}"
                for k, v in news["recall_by_cue_type"].items()
                if v is not None
            )
        )
    polnear_result = results.get("polnear_sourcing")
    if isinstance(polnear_result, dict):
        print(
            "PolNeAR outlets (attributed share, ours vs annotated): "
            + ", ".join(f"{o} {v['ours']:.2f}/{v['annotated']:.2f}" for o, v in polnear_result["outlets"].items())
        )
    if "signal_spans" in results:
        signal_eval.print_table(results["signal_spans"])
    if "polnear_attribution_spans" in results:
        print("\n".join(["", *sourcing_eval.table_lines(results["polnear_attribution_spans"])]))
    for method in ("trained", "hybrid"):
        if f"polnear_attribution_spans_{method}" in results:
            lines = sourcing_eval.table_lines(
                results[f"polnear_attribution_spans_{method}"], sourcing_eval.METHODS[method]
            )
            print("\n".join(["", *lines]))


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__spec__.name, "Lexicon quality on the labelled data sets.")
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="folder holding the data sets")
    parser.add_argument("-f", "--format", choices=["table", "json"], default="table")
    args = parser.parse_args(argv)
    if absent(args.data):
        return 0
    return print_figures(lambda: evaluate_all(args.data), args.format == "json", print_table)


if __name__ == "__main__":
    raise SystemExit(main())
