"""Sourcing against PolNeAR's annotated attributions: the sourcing half of `make eval` (issue 12).

Every article is scored as a whole text (title line included, `split_title=False`) so our
character offsets are the annotation's. Articles are split into the `dev` fold (tune there) and
the held-out `test` fold by `datasets.polnear_fold`; each measure is reported per fold and for all.

- cue F1 (span overlap): a cue we report is right when it overlaps an annotated `Cue` span;
  precision = our cues that overlap one / our cues, recall = annotated cues overlapped by one of
  ours / annotated cues. Self-attributing phrases with no cue ("a diplomat who spoke on condition
  of anonymity") report no cue.
- source F1 (span overlap): the same for our source phrases against annotated `Source` spans.
- source boundary F1: the same, but a pair counts only when its character Jaccard
  (|intersection| / |union| of the character sets, a discontinuous span as the union of its
  pieces) is >= 0.5.
- cue boundary F1 (JSON only): the same Jaccard test for cues, since cue F1 by overlap cannot tell "said"
  from PolNeAR's "has said" or "said:" (round v23).
- voice accuracy: over every body evidence match that is not a sourcing signal, the share for
  which (the match lies wholly inside an annotated `Content` span) == (our voice is not `author`).
- kind, on the hand-labelled sources of tests/data/polnear_source_kinds.tsv (test fold) and
  tests/data/polnear_source_kinds_dev.tsv (dev fold, for tuning) (article stem, start, end, kind;
  both labelled blind to the tool, see docs/source-kinds.md): "found" = share of labelled
  sources that some source we report overlaps; "kind macro F1" = mean F1 over named / anonymous /
  vague, where our kind for a labelled source is the kind of the reported source overlapping it
  most (none when not found, which counts against recall).
- attributed share: per article, the share of sentences we mark as attributed against the share
  overlapping any annotated source, cue or content; Spearman across articles, and across the
  seven outlets' mean shares. Per outlet also the sentences both mark, the annotated ones we miss
  and ours that are not annotated (`--outlets` prints them for the dev fold).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .polnear_options import polnear_absent, polnear_parser
from ..scripts import refusing
from .datasets import polnear
from ..pipeline import Analyzer
from .source_labels import KIND_LABELS_DEV, overlapping_source, read_kind_labels
from .span_metrics import SpanTally, Unit, kind_macro_f1

FOLDS = ("dev", "test", "all")
# how a table names the sourcing method that made it, when it is not the rules alone
METHODS = {
    "trained": "with the trained attribution labeller",
    "hybrid": "hybrid: the rules, plus the labeller's cues outside their attributions",
}


def _rho(a: list[float], b: list[float]) -> float | None:
    """Spearman's rho, or None where it is undefined: under three points, or one side constant (NaN
    would make `--format json` print what is not JSON)."""
    from scipy.stats import spearmanr

    if len(a) < 3 or len(set(a)) < 2 or len(set(b)) < 2:
        return None
    return round(float(spearmanr(a, b).statistic), 4)


def evaluate(
    data_dir: Path, analyzer: Analyzer | None = None, labels_paths: tuple[Path, ...] = (), only: set[str] | None = None
) -> dict[str, object]:
    """Every measure of the module docstring, per fold (`dev`, `test`, `all`); `only` keeps those articles.
    `labels_paths`: kind-label files (by default the test- and dev-fold ones)."""
    analyzer = analyzer or Analyzer()
    kind_labels = read_kind_labels(*labels_paths)
    counts = {
        fold: {"cue": SpanTally(), "source": SpanTally(), "boundary": SpanTally(), "cue_boundary": SpanTally()}
        for fold in FOLDS
    }
    voice = {fold: [0, 0] for fold in FOLDS}
    kinds: dict[str, list[tuple[str, str | None]]] = {fold: [] for fold in FOLDS}
    shares: dict[str, list[tuple[str, float, float]]] = {fold: [] for fold in FOLDS}
    # per fold and outlet: sentences annotated and ours, annotated only (missed), ours only (false)
    confusion: dict[str, dict[str, list[int]]] = {fold: {} for fold in FOLDS}
    for row in polnear(data_dir).itertuples():
        if only is not None and row.name not in only:
            continue
        result = analyzer.analyze(row.text, split_title=False, evidence=True)
        if not result.n_sentences:
            continue
        cues: list[Unit] = [
            ((a["cue_start"], a["cue_end"]),) for a in result.attributions if a["cue_start"] is not None
        ]
        sources: list[Unit] = [
            ((a["source_start"], a["source_end"]),) for a in result.attributions if a["source_start"] is not None
        ]
        right = total = 0
        for e in result.evidence:
            if e.part != "body" or e.signal in analyzer.sourcing_signals:
                continue
            inside = any(a <= e.start and e.end <= b for a, b in row.contents)
            right += inside == (e.voice != "author")
            total += 1
        spans = [(start, start + len(text)) for start, text in zip(result.sentence_starts, result.sentences)]
        annotated = row.cues + row.sources + row.contents
        gold = {k for k, (s, e) in enumerate(spans) for a, b in annotated if a < e and s < b}
        gold_share = len(gold) / len(spans)
        ours = {k for k, _, _ in result.sentence_sources}  # as the share counts them: a block's opening too (d9)
        labelled = []
        for start, end, kind in kind_labels.get(row.name, ()):
            best = overlapping_source(start, end, result.attributions)
            labelled.append((kind, best["kind"] if best else None))
        for fold in (row.fold, "all"):
            counts[fold]["cue"].add(cues, row.cue_units)
            counts[fold]["source"].add(sources, row.source_units)
            counts[fold]["boundary"].add(sources, row.source_units, min_jaccard=0.5)
            counts[fold]["cue_boundary"].add(cues, row.cue_units, min_jaccard=0.5)
            voice[fold][0] += right
            voice[fold][1] += total
            kinds[fold] += labelled
            shares[fold].append((row.publisher, result.sourcing.attributed, gold_share))
            tally = confusion[fold].setdefault(row.publisher, [0, 0, 0])
            tally[0] += len(gold & ours)
            tally[1] += len(gold - ours)
            tally[2] += len(ours - gold)
    out: dict[str, object] = {}
    for fold in FOLDS:
        table = shares[fold]
        outlets = sorted({o for o, _, _ in table})
        means = [
            (
                sum(x for o2, x, _ in table if o2 == o) / sum(o2 == o for o2, _, _ in table),
                sum(y for o2, _, y in table if o2 == o) / sum(o2 == o for o2, _, _ in table),
            )
            for o in outlets
        ]
        found = [o is not None for _, o in kinds[fold]]
        out[fold] = {
            "articles": len(table),
            "cue": counts[fold]["cue"].figures(),
            "source": counts[fold]["source"].figures(),
            "source_boundary": counts[fold]["boundary"].figures(),
            "cue_boundary": counts[fold]["cue_boundary"].figures(),
            "voice_accuracy": round(voice[fold][0] / voice[fold][1], 4) if voice[fold][1] else None,
            "voice_matches": voice[fold][1],
            "kind_labelled": len(found),
            "kind_found": round(sum(found) / len(found), 4) if found else None,
            "kind_f1": kind_macro_f1(kinds[fold]) if found else None,
            "article_rho": _rho([x for _, x, _ in table], [y for _, _, y in table]),
            "outlet_rho": _rho([x for x, _ in means], [y for _, y in means]),
            "outlets": {
                o: {
                    "ours": round(x, 4),
                    "annotated": round(y, 4),
                    "articles": sum(o2 == o for o2, _, _ in table),
                    **dict(zip(("both", "missed", "false"), confusion[fold][o])),
                }
                for o, (x, y) in zip(outlets, means)
            },
        }
    return out


# (measure, path into one fold's figures, goal): the table of issue 12
TARGETS = [
    ("attribution cue vs Cue spans (F1, overlap)", ("cue", "f1"), 0.85),
    ("source phrase vs Source spans (F1, overlap)", ("source", "f1"), 0.80),
    ("source boundaries (F1, Jaccard >= 0.5)", ("source_boundary", "f1"), 0.70),
    ("voice: inside Content == not author (accuracy)", ("voice_accuracy",), 0.90),
    ("source kind: labelled sources found (share)", ("kind_found",), 0.80),
    ("source kind: macro F1 named/anonymous/vague", ("kind_f1", "macro"), 0.75),
    ("attributed-sentence share, articles (Spearman)", ("article_rho",), 0.80),
    ("attributed-sentence share, outlets (Spearman)", ("outlet_rho",), 0.93),
]


def table_lines(results: dict[str, object], method: str = "") -> list[str]:
    """The issue's table, one column per fold, for `python -m framing.quality.lexicon_eval`; `method` says
    which sourcing produced it when it is not the default."""
    lines = [
        "Sourcing vs PolNeAR attributions (dev = tuning fold, test = held out)" + (f", {method}" if method else ""),
        f"{'measure':<50} {'dev':>7} {'test':>7} {'all':>7} {'goal':>6}",
    ]
    for measure, path, goal in TARGETS:
        values = []
        for fold in FOLDS:
            value = results.get(fold)
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            values.append(value)
        cells = " ".join(f"{v:>7.3f}" if isinstance(v, float) else f"{'-':>7}" for v in values)
        test = values[1]
        mark = "" if not isinstance(test, float) else ("  ok" if test >= goal else "  BELOW")
        lines.append(f"{measure:<50} {cells} {goal:>6.2f}{mark}")
    return lines


def outlet_lines(results: dict[str, object], fold: str = "dev") -> list[str]:
    """One fold's attributed-sentence shares by outlet (`--outlets`): articles, the annotated and our mean
    share, their ratio and difference (what decides the outlets' order: a constant under-count keeps it), and
    the sentences both mark, that we miss and that only we mark."""
    figures = results.get(fold)
    outlets = figures.get("outlets", {}) if isinstance(figures, dict) else {}
    lines = [
        f"Attributed-sentence share by outlet, {fold} fold",
        f"{'outlet':<16} {'articles':>8} {'annotated':>9} {'ours':>6} {'ratio':>6} {'diff':>6}"
        f" {'both':>6} {'missed':>6} {'false':>6}",
    ]
    for outlet, f in outlets.items():
        ratio = f["ours"] / f["annotated"] if f["annotated"] else 0.0
        lines.append(
            f"{outlet:<16} {f['articles']:>8} {f['annotated']:>9.3f} {f['ours']:>6.3f} {ratio:>6.3f}"
            f" {f['annotated'] - f['ours']:>6.3f} {f['both']:>6} {f['missed']:>6} {f['false']:>6}"
        )
    return lines


def cue_miss_lines(missed: list[tuple[str, str, str, str]]) -> list[str]:
    """`--cue-misses`: the classes first, ranked by the articles they occur in (a class spread over many articles
    generalises, one in three does not), then every miss under its class, in that order."""
    articles: dict[str, set[str]] = {}
    for kind, _, _, stem in missed:
        articles.setdefault(kind, set()).add(stem)
    ranked = sorted(articles, key=lambda k: (-len(articles[k]), k))
    lines = [f"{'articles':>8} {'misses':>6}  construction"]
    lines += [f"{len(articles[k]):>8} {sum(m[0] == k for m in missed):>6}  {k}" for k in ranked]
    for kind in ranked:
        lines += [f"{kind}\t{cue!r}\t{sentence[:200]}\t{stem[:40]}" for k, cue, sentence, stem in missed if k == kind]
    lines.append(f"{len(missed)} dev-fold annotated cues missed in {len({m[3] for m in missed})} articles")
    return lines


def main(argv: list[str] | None = None) -> int:

    parser = polnear_parser(__spec__.name, "Sourcing against PolNeAR (issue 12's table), or the cue audit.")
    parser.add_argument("--audit", action="store_true", help="list dev-fold cue words the lexicons miss")
    parser.add_argument("-f", "--format", choices=["table", "json"], default="table")
    parser.add_argument(
        "--kind-labels",
        type=Path,
        action="append",
        metavar="PATH",
        help="kind-label file (stem, start, end, kind), repeatable; default: the test- and dev-fold files",
    )
    parser.add_argument(
        "--kinds-only",
        action="store_true",
        help="score only the articles that have kind labels (quick, for tuning kinds)",
    )
    parser.add_argument(
        "--judged",
        nargs="?",
        const="all",
        metavar="NAME",
        help="score the hand-judged reported attributions on outside news, one table per draw (tests/data/"
        "sourcing_judged/judged[_NAME].tsv: first SemEval-2025 + BASIL, j16 SemEval-2025 + PTC); without NAME every draw",
    )
    parser.add_argument(
        "--blind",
        nargs="?",
        const="all",
        metavar="NAME",
        help="score the sentences marked blind on outside news, one table per set (tests/data/sourcing_judged/"
        "blind_NAME.tsv, one file per set; the README there says which news each holds; F1 per kind as on "
        "PolNeAR's labels); "
        "without NAME every set",
    )
    parser.add_argument(
        "--source-errors",
        action="store_true",
        help="list the dev-fold source phrases that overlap an annotated Source but share under half its characters",
    )
    parser.add_argument(
        "--kind-errors", action="store_true", help="list the dev-fold labelled sources whose kind we get wrong or miss"
    )
    parser.add_argument(
        "--outlets",
        action="store_true",
        help="the dev fold's attributed-sentence shares by outlet, with the sentences missed and marked alone",
    )
    parser.add_argument(
        "--voice-errors", action="store_true", help="list the dev-fold matches in the wrong voice, by cause"
    )
    parser.add_argument(
        "--inside-misses",
        action="store_true",
        help="list the dev-fold annotated cues we miss that lie inside a content of ours, with the cue that holds them",
    )
    parser.add_argument(
        "--cue-misses",
        action="store_true",
        help="list every dev-fold annotated cue we miss, with its sentence, by construction; the constructions "
        "ranked by the number of articles they occur in",
    )
    args = parser.parse_args(argv)
    return refusing(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    """What `main` was asked for, once its options are read."""
    import json

    paths = tuple(args.kind_labels or ())
    for path in paths:
        if not path.is_file():
            print(f"error: no kind-label file {path}", file=sys.stderr)
            return 2
    if args.judged or args.blind:
        from .sourcing_judged import print_marked

        return print_marked(bool(args.judged), args.judged or args.blind, args.data, args.sourcing, args.format)
    if polnear_absent(args.data):
        return 0
    from .sourcing_errors import cue_audit, cue_misses, inside_misses, kind_errors, source_errors

    if args.audit:
        for word, as_cue, n in cue_audit(args.data):
            print(f"{word:<20} {as_cue:>5} of {n:>5}  ({as_cue / n:.2f})")
        return 0
    analyzer = Analyzer(sourcing=args.sourcing)
    if args.kind_errors:
        errors = kind_errors(args.data, analyzer, paths or (KIND_LABELS_DEV,))
        for gold, ours, phrase, found, stem in errors:
            print(f"{gold:<10} {ours:<10} {phrase[:60]!r:<62} {found[:50]!r}  {stem[:40]}")
        print(f"{len(errors)} dev-fold labelled sources wrong or missed")
        return 0
    if args.voice_errors:
        from .voice_errors import print_voice_errors

        return print_voice_errors(args.data, analyzer)
    if args.inside_misses:
        missed = inside_misses(args.data, analyzer)
        for term, cue, ours, source, sentence, stem in missed:
            print(
                f"{term[:20]!r:<22} {cue[:30]!r:<32} {ours[:20]!r:<22} {source[:30]!r:<32} {sentence[:160]}\t{stem[:40]}"
            )
        print(
            f"{len(missed)} dev-fold annotated cues missed inside a content of ours, {sum(bool(r[0]) for r in missed)} on a cue term"
        )
        return 0
    if args.cue_misses:
        print("\n".join(cue_miss_lines(cue_misses(args.data, analyzer))))
        return 0
    if args.source_errors:
        wrong = source_errors(args.data, analyzer)
        for ours, annotated, sentence, stem in wrong:
            print(f"{ours[:60]!r}\t{annotated[:60]!r}\t{sentence[:220]}\t{stem[:40]}")
        print(f"{len(wrong)} dev-fold source phrases with Jaccard < 0.5")
        return 0
    only = set(read_kind_labels(*paths)) if args.kinds_only else None
    results = evaluate(args.data, analyzer, paths, only)
    if args.outlets:
        print("\n".join(outlet_lines(results)))
        return 0
    method = METHODS.get(args.sourcing, "")
    print(json.dumps(results, indent=2) if args.format == "json" else "\n".join(table_lines(results, method)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
