"""Sourcing judged by hand on news outside PolNeAR (issue 12): a re-scorable check of what a reader sees.

tests/data/sourcing_judged/judged.tsv holds 80 attributions that `rules` sourcing reported (seeded
sample, at most 2 per article) on the English SemEval-2025 narrative articles (semeval2025, document
id) and on BASIL's articles (basil, "YEAR/<file stem>", text = body sentences joined by newlines),
each judged against docs/source-kinds.md: the anchor (the reported source and cue, or the sentence
when neither was reported), the correct source span (empty when the cue was no attribution) and the
correct kind (`none` for no attribution). Offsets only, no text. Each `judged_NAME.tsv` beside it is a
later draw in the same columns, scored on its own (j16: SemEval-2025 EN and PTC, `ptc` text as stored).

Re-scoring finds, for each row, the attribution reported now whose source-and-cue span overlaps the
anchor most; a row no longer reported leaves the denominator (a dropped false attribution is a gain,
a dropped real one shows in `reported`). "Right" means right source phrase and right kind: source
character Jaccard >= 0.5 with the gold span (or exact, the strict figure) and the gold kind.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from ..pipeline import Analyzer
from .datasets import document_text
from .span_metrics import jaccard, kind_macro_f1

JUDGED = Path(__file__).resolve().parents[2] / "tests" / "data" / "sourcing_judged" / "judged.tsv"
BLIND = JUDGED.with_name("blind_u14.tsv")


def judged_sets() -> dict[str, Path]:
    """Every judged draw next to `judged.tsv` by its round's name ("first" for judged.tsv itself, "j16" for
    judged_j16.tsv): each is a separate seeded draw, scored on its own."""
    return {
        path.stem.removeprefix("judged").removeprefix("_") or "first": path
        for path in sorted(JUDGED.parent.glob("judged*.tsv"))
    }


def blind_sets() -> dict[str, Path]:
    """Every blind-marked file next to `judged.tsv` by its round's name ("u14" for blind_u14.tsv): each is
    scored on its own, since each was blind only until its first measure."""
    return {path.stem.removeprefix("blind_"): path for path in sorted(JUDGED.parent.glob("blind_*.tsv"))}


@dataclass(frozen=True)
class Judged:
    """One hand-judged attribution; `gold` is None when the reported cue was no attribution."""

    dataset: str
    doc: str
    anchor: tuple[int, int]
    gold: tuple[int, int] | None
    kind: str


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated fixture with a header."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _span(row: dict[str, str], name: str) -> tuple[int, int]:
    """The span held in a row's `<name>_start` and `<name>_end` columns."""
    return (int(row[f"{name}_start"]), int(row[f"{name}_end"]))


def read_judged(path: Path = JUDGED) -> list[Judged]:
    """The judged rows of `path` (header skipped)."""
    return [
        Judged(
            r["dataset"],
            r["doc"],
            _span(r, "anchor"),
            _span(r, "gold") if r["gold_start"] else None,
            r["gold_kind"],
        )
        for r in _rows(path)
    ]


def _extent(a: dict, sentence: tuple[int, int]) -> tuple[int, int]:
    """What a reported attribution covers: its source and cue, or its sentence when it has neither in that
    sentence (a quotation continued from the sentence before carries its speaker's source from there)."""
    ends = [
        (a[f"{p}_start"], a[f"{p}_end"])
        for p in ("source", "cue")
        if a[f"{p}_start"] is not None and sentence[0] <= a[f"{p}_start"] < sentence[1]
    ]
    return (min(s for s, _ in ends), max(e for _, e in ends)) if ends else sentence


def _reported(analyzer: Analyzer, text: str) -> list[tuple[dict, tuple[int, int]]]:
    """Each attribution reported on `text` with its extent."""
    result = analyzer.analyze(text, split_title=False)
    sentences = [(s, s + len(t)) for s, t in zip(result.sentence_starts, result.sentences)]
    return [(a, _extent(a, sentences[a["sentence"]])) for a in result.attributions]


def score_judged(data_dir: Path, analyzer: Analyzer | None = None, path: Path = JUDGED) -> dict[str, object]:
    """The shares of the module docstring over the rows whose article is present, overall and per gold kind."""
    analyzer = analyzer or Analyzer()
    judged = read_judged(path)
    outcomes: list[tuple[str, bool, bool, bool]] = []  # (gold kind, exact source, Jaccard >= 0.5, kind right)
    missing = gone = 0
    results: dict[tuple[str, str], list[tuple[dict, tuple[int, int]]]] = {}
    for row in judged:
        key = (row.dataset, row.doc)
        if key not in results:
            text = document_text(data_dir, row.dataset, row.doc)
            results[key] = _reported(analyzer, text) if text is not None else []
            missing += text is None
        overlaps = [(min(e[1], row.anchor[1]) - max(e[0], row.anchor[0]), a) for a, e in results[key]]
        best = max(overlaps, key=lambda o: o[0], default=(0, None))
        if best[0] <= 0 or best[1] is None:
            gone += 1
            continue
        a = best[1]
        source = (a["source_start"], a["source_end"]) if a["source_start"] is not None else None
        exact = row.gold is not None and source == row.gold
        close = row.gold is not None and source is not None and jaccard((source,), (row.gold,)) >= 0.5
        outcomes.append((row.kind, exact, close, a["kind"] == row.kind))
    return {
        "datasets": sorted({row.dataset for row in judged}),
        "judged": len(judged),
        "articles_missing": missing,
        "reported": len(outcomes),
        "no_longer_reported": gone,
        "overall": _shares(outcomes),
        "per_kind": {k: _shares([o for o in outcomes if o[0] == k]) for k in sorted({o[0] for o in outcomes})},
    }


def _shares(outcomes: list[tuple[str, bool, bool, bool]]) -> dict[str, float | int | None]:
    n = len(outcomes)

    def share(hits: int) -> float | None:
        return round(hits / n, 4) if n else None

    return {
        "n": n,
        "attribution": share(sum(o[0] != "none" for o in outcomes)),
        "source_exact": share(sum(o[1] for o in outcomes)),
        "source_jaccard": share(sum(o[2] for o in outcomes)),
        "kind": share(sum(o[3] for o in outcomes)),
        "right_exact": share(sum(o[1] and o[3] for o in outcomes)),
        "right": share(sum(o[2] and o[3] for o in outcomes)),
    }


def judged_lines(figures: dict[str, object], method: str, name: str = "first") -> list[str]:
    """The figures of the judged set `name` as a small table, one row overall and one per gold kind."""
    datasets = " + ".join(cast(list[str], figures["datasets"]))
    lines = [
        f"Sourcing judged by hand, set {name} ({datasets}, {method}): {figures['reported']} of "
        f"{figures['judged']} judged attributions still reported, {figures['articles_missing']} articles absent",
        f"{'':<12} {'n':>4} {'attrib':>7} {'src=':>7} {'srcJ.5':>7} {'kind':>7} {'right=':>7} {'right':>7}",
    ]
    rows = cast(dict[str, dict], {"all": figures["overall"], **cast(dict, figures["per_kind"])})
    for name, f in rows.items():
        cells = " ".join(
            f"{f[k]:>7.3f}" if isinstance(f[k], float) else f"{'-':>7}"
            for k in ("attribution", "source_exact", "source_jaccard", "kind", "right_exact", "right")
        )
        lines.append(f"{name:<12} {f['n']:>4} {cells}")
    return lines


@dataclass(frozen=True)
class Marked:
    """One attribution marked blind in a drawn sentence: its source span, cue span and kind."""

    dataset: str
    doc: str
    sentence: tuple[int, int]
    source: tuple[int, int]
    cue: tuple[int, int]
    kind: str


def read_blind(path: Path = BLIND) -> list[Marked]:
    """The marked attributions of `path` (header skipped). A row of kind `none` marks a sentence that holds
    no attribution (its source and cue columns empty, read as the sentence's empty start): it is no
    attribution to find, but the tool's cues in it count against precision, so false ones show."""
    rows = []
    for r in _rows(path):
        sentence = _span(r, "sentence")
        empty = (sentence[0], sentence[0])
        none = r["kind"] == "none"
        source, cue = (empty, empty) if none else (_span(r, "source"), _span(r, "cue"))
        rows.append(Marked(r["dataset"], r["doc"], sentence, source, cue, r["kind"]))
    return rows


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def score_blind(data_dir: Path, analyzer: Analyzer | None = None, path: Path = BLIND) -> dict[str, object]:
    """Recall and precision on sentences marked before the tool was run (recall needs what it missed,
    which `score_judged` cannot see). A marked attribution is found when a reported cue overlaps its cue;
    its source is right at character Jaccard >= 0.5, its kind when equal. Precision counts the reported
    attributions whose cue lies in a marked sentence, real when the cue overlaps a marked one. Kind F1 is
    per marked kind, as on PolNeAR's labels: a missed attribution counts against its kind's recall."""
    analyzer = analyzer or Analyzer()
    marked = read_blind(path)
    per_set: dict[str, list[int]] = {}  # dataset -> [marked, found, source right, kind right, both, reported, real]
    kinds: dict[str, list[tuple[str, str | None]]] = {}  # dataset -> (marked kind, our kind or None when missed)
    results: dict[tuple[str, str], list[dict]] = {}
    missing = 0
    for row in marked:
        key = (row.dataset, row.doc)
        if key not in results:
            text = document_text(data_dir, row.dataset, row.doc)
            missing += text is None
            results[key] = analyzer.analyze(text, split_title=False).attributions if text is not None else []
    for key, reported in results.items():
        in_text = [m for m in marked if (m.dataset, m.doc) == key]
        rows = [m for m in in_text if m.kind != "none"]
        tally = per_set.setdefault(key[0], [0] * 7)
        cued = [a for a in reported if a["cue_start"] is not None]
        for m in rows:
            hits = [(_overlap((a["cue_start"], a["cue_end"]), m.cue), a) for a in cued]
            overlap, hit = max(hits, key=lambda h: h[0], default=(0, None))
            found = overlap > 0 and hit is not None
            source = None
            if hit is not None and found and hit["source_start"] is not None:
                source = (hit["source_start"], hit["source_end"])
            right_source = source is not None and jaccard((source,), (m.source,)) >= 0.5
            right_kind = hit is not None and found and hit["kind"] == m.kind
            kinds.setdefault(key[0], []).append((m.kind, hit["kind"] if hit is not None and found else None))
            for i, counted in enumerate((True, found, right_source, right_kind, right_source and right_kind)):
                tally[i] += counted
        sentences = {m.sentence for m in in_text}
        for a in cued:
            if any(s <= a["cue_start"] < e for s, e in sentences):
                tally[5] += 1
                tally[6] += any(_overlap((a["cue_start"], a["cue_end"]), m.cue) > 0 for m in rows)
    per_set["all"] = [sum(t[i] for t in list(per_set.values())) for i in range(7)]
    kinds["all"] = [pair for pairs in list(kinds.values()) for pair in pairs]
    return {
        "articles_missing": missing,
        **{name: _blind_shares(t, kinds.get(name, [])) for name, t in per_set.items()},
    }


def _blind_shares(t: list[int], kinds: list[tuple[str, str | None]]) -> dict[str, object]:
    def share(hits: int, n: int) -> float | None:
        return round(hits / n, 4) if n else None

    return {
        "marked": t[0],
        "found": share(t[1], t[0]),
        "source": share(t[2], t[0]),
        "kind": share(t[3], t[0]),
        "right": share(t[4], t[0]),
        "reported": t[5],
        "precision": share(t[6], t[5]),
        "kind_f1": kind_macro_f1(kinds),
    }


def blind_lines(figures: dict[str, object], method: str, name: str = "u14") -> list[str]:
    """The blind figures of the set `name` as a small table, one row per dataset and one overall."""
    datasets = " + ".join(k for k, f in figures.items() if isinstance(f, dict) and k != "all")
    lines = [
        f"Sourcing on sentences marked blind, set {name} ({datasets}, {method}): "
        f"{figures['articles_missing']} articles absent",
        f"{'':<12} {'marked':>6} {'found':>7} {'srcJ.5':>7} {'kind':>7} {'right':>7} {'reported':>8} {'precision':>9}"
        f" {'named':>7} {'anon.':>7} {'vague':>7} {'macro':>7}",
    ]
    for name, f in figures.items():
        if not isinstance(f, dict):
            continue
        cells = " ".join(
            f"{f[k]:>7.3f}" if isinstance(f[k], float) else f"{'-':>7}" for k in ("found", "source", "kind", "right")
        )
        precision = f"{f['precision']:>9.3f}" if isinstance(f["precision"], float) else f"{'-':>9}"
        kind_f1 = cast(dict[str, float], f["kind_f1"])
        f1 = " ".join(f"{kind_f1[k]:>7.3f}" for k in ("named", "anonymous", "vague", "macro"))
        lines.append(f"{name:<12} {f['marked']:>6} {cells} {f['reported']:>8} {precision} {f1}")
    return lines


def print_marked(judged: bool, chosen: str, data_dir: Path, sourcing: str, form: str) -> int:
    """The hand-marked figures `sourcing_eval` prints: score the judged draw (`judged`) or the blind set named
    `chosen`, or every one ("all"), as a table or JSON; 2 with a one-line error for an unknown name."""
    what, sets, score, lines = (
        ("judged draw", judged_sets(), score_judged, judged_lines)
        if judged
        else ("blind set", blind_sets(), score_blind, blind_lines)
    )
    if chosen != "all" and chosen not in sets:
        print(f"error: no {what} {chosen!r} ({what.split()[1]}s: {', '.join(sets)})", file=sys.stderr)
        return 2
    analyzer = Analyzer(sourcing=sourcing)
    names = list(sets) if chosen == "all" else [chosen]
    figures = {name: score(data_dir, analyzer, sets[name]) for name in names}
    if form == "json":
        print(json.dumps(figures, indent=2))
    else:
        print("\n\n".join("\n".join(lines(f, sourcing, name)) for name, f in figures.items()))
    return 0
