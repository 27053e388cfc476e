"""Dev-fold listings behind `sourcing_eval`'s figures (issue 12): labelled sources whose kind we miss,
source phrases that share under half an annotated span, and words PolNeAR annotates as cues that no cue
term of ours covers. Each lists the dev fold only; the test fold is for measuring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..pipeline import Analyzer, ArticleResult
from ..sourcing import CUE_ROLES
from .datasets import polnear
from .source_labels import KIND_LABELS_DEV, overlapping_source, read_kind_labels
from .span_metrics import Unit


def kind_errors(
    data_dir: Path, analyzer: Analyzer | None = None, labels_paths: tuple[Path, ...] = (KIND_LABELS_DEV,)
) -> list[tuple[str, str, str, str, str]]:
    """Dev-fold labelled sources whose kind we get wrong or miss: (labelled kind, our kind or "-",
    labelled phrase, our source phrase, article stem). Test-fold labels are never listed: they are
    for measuring only."""
    from .datasets import polnear_fold

    analyzer = analyzer or Analyzer()
    labels = {stem: spans for stem, spans in read_kind_labels(*labels_paths).items() if polnear_fold(stem) == "dev"}
    rows = []
    for row in polnear(data_dir).itertuples():
        if row.name not in labels:
            continue
        result = analyzer.analyze(row.text, split_title=False)
        for start, end, kind in labels[row.name]:
            best = overlapping_source(start, end, result.attributions)
            if best is None or best["kind"] != kind:
                ours = row.text[best["source_start"] : best["source_end"]] if best else ""
                rows.append((kind, best["kind"] if best else "-", row.text[start:end], ours, row.name))
    return sorted(rows)


def _dev_readings(data_dir: Path, analyzer: Analyzer) -> Iterator[tuple[Any, ArticleResult, list[tuple[int, int]]]]:
    """Each dev-fold article's row, our reading of it and its sentences' character spans: the listings' loop."""
    for row in polnear(data_dir).itertuples():
        if row.fold == "dev":
            result = analyzer.analyze(row.text, split_title=False)
            yield (
                row,
                result,
                [(start, start + len(text)) for start, text in zip(result.sentence_starts, result.sentences)],
            )


def source_errors(data_dir: Path, analyzer: Analyzer | None = None) -> list[tuple[str, str, str, str]]:
    """Dev-fold source phrases of ours that overlap an annotated `Source` span but share less than half
    its characters (what the boundary F1 counts against us): (our phrase, the annotated phrase, the
    sentence, article stem), sorted by our phrase's first word so that constructions group. Test-fold
    articles are never listed: they are for measuring only."""
    from .span_metrics import jaccard, overlaps

    rows = []
    for row, result, spans in _dev_readings(data_dir, analyzer or Analyzer()):
        for a in result.attributions:
            if a["source_start"] is None or a["source_start"] == a["source_end"]:
                continue
            ours: Unit = ((a["source_start"], a["source_end"]),)
            gold = [u for u in row.source_units if overlaps(ours, u)]
            if not gold or max(jaccard(ours, u) for u in gold) >= 0.5:
                continue
            best = max(gold, key=lambda u: jaccard(ours, u))
            sentence = next((row.text[s:e] for s, e in spans if s <= a["source_start"] < e), "")
            annotated = " … ".join(row.text[s:e] for s, e in best)
            rows.append((row.text[ours[0][0] : ours[0][1]], annotated, " ".join(sentence.split()), row.name))
    return sorted(rows, key=lambda r: (r[0].split()[0].lower() if r[0].split() else "", r))


def cue_audit(
    data_dir: Path, analyzer: Analyzer | None = None, min_count: int = 5, min_precision: float = 0.5
) -> list[tuple[str, int, int]]:
    """Words that PolNeAR's dev fold annotates as (part of) a cue at least `min_precision` of the
    times they occur, and no cue term of ours covers: (word, as a cue, occurrences), commonest first.
    This is how the cue lexicons were extended; rerun it after editing them."""
    import re

    analyzer = analyzer or Analyzer()
    ours = {
        w
        for sid, role in analyzer.roles.items()
        if role in CUE_ROLES
        for t in analyzer.lexicons.signals[sid].terms
        for w in t.text.lower().split()
    }
    seen: dict[str, list[int]] = {}
    for row in polnear(data_dir).itertuples():
        if row.fold != "dev":
            continue
        covered = bytearray(len(row.text))
        for start, end in row.cues:
            covered[start:end] = b"\1" * (end - start)
        for m in re.finditer(r"[A-Za-z]+", row.text):
            counts = seen.setdefault(m.group().lower(), [0, 0])
            counts[0] += covered[m.start()]
            counts[1] += 1
    rows = [(w, c, n) for w, (c, n) in seen.items() if c >= min_count and c / n >= min_precision and w not in ours]
    return sorted(rows, key=lambda r: -r[1])


def inside_misses(data_dir: Path, analyzer: Analyzer | None = None) -> list[tuple[str, str, str, str, str, str]]:
    """Dev-fold annotated cues that no cue of ours overlaps and that lie inside a content of ours (PolNeAR marks no
    cue inside a content: there it reads a new attribution where we read the old one going on): (the cue term of
    ours the missed cue holds, or "", the missed cue, our cue, our source phrase, the sentence, article stem),
    those with a cue term first (what a content end or a cue rule can reach), grouped by our cue. Test-fold
    articles are never listed: they are for measuring only."""
    from .span_metrics import overlaps

    analyzer = analyzer or Analyzer()
    rows = []
    for row, result, spans in _dev_readings(data_dir, analyzer):
        ours: list[Unit] = [
            ((a["cue_start"], a["cue_end"]),) for a in result.attributions if a["cue_start"] is not None
        ]
        terms = [e for e in result.evidence if analyzer.roles.get(e.signal) in CUE_ROLES]
        for unit in row.cue_units:
            start, end = unit[0]
            if any(overlaps(o, unit) for o in ours):
                continue
            host = next(
                (
                    a
                    for a in result.attributions
                    if a["content_start"] is not None and a["content_start"] <= start and end <= a["content_end"]
                ),
                None,
            )
            if host is None:
                continue
            term = next((row.text[e.start : e.end] for e in terms if e.start < end and start < e.end), "")
            cue = row.text[host["cue_start"] : host["cue_end"]] if host["cue_start"] is not None else ""
            source = row.text[host["source_start"] : host["source_end"]] if host["source_start"] is not None else ""
            sentence = next((row.text[s:e] for s, e in spans if s <= start < e), "")
            missed = " … ".join(row.text[s:e] for s, e in unit)
            rows.append((term, missed, cue, source, " ".join(sentence.split()), row.name))
    return sorted(rows, key=lambda r: (not r[0], r[2].lower(), r))


def _dashes(text: str) -> int:
    """The dashes that set off an aside in `text`: an em dash, or a hyphen or two with a space either side."""
    return text.count("—") + text.count(" - ") + text.count(" -- ")


def _shape(word: str, before: list[str]) -> str:
    """The construction class of a missed cue no cue term of ours holds, from its first word and the (lower-case)
    tokens of its sentence before it: closed classes from the `[grammar]` table, one modifier allowed between."""
    from ..lexicon.grammar import GRAMMAR

    near = before[-2:]
    if not any(c.isalpha() for c in word):
        return "punctuation alone (a colon, a dash)"
    if word in GRAMMAR["prepositions"]:
        return "a preposition (a poll's 'in', 'for')"
    if near and (near[-1] in GRAMMAR["possessive_marks"] or any(t in GRAMMAR["possessive_determiners"] for t in near)):
        return "a noun after a possessive ('his claim')"
    if any(t in GRAMMAR["articles"] for t in near):
        return "a noun after an article ('a supporter of')"
    if any(t in GRAMMAR["be"] for t in near):
        return "a predicate or passive after 'be'"
    if word.endswith("ing"):
        return "an -ing participle ('supporting', 'calling for')"
    return "another word, a verb mostly ('decided', 'wants')"


def cue_misses(data_dir: Path, analyzer: Analyzer | None = None) -> list[tuple[str, str, str, str]]:
    """Every dev-fold annotated cue that no cue of ours overlaps, by construction (round c53): (class, the missed
    cue, the sentence, article stem). The class: where a cue term of ours lies on it (inside a content or source
    phrase of ours, or no attribution read), else the title line, an interview turn, a parenthesis or dash aside,
    a content or source phrase of ours around it, else the cue's shape (`_shape`). Test-fold articles are never
    listed: they are for measuring only."""
    import re

    from .span_metrics import overlaps

    analyzer = analyzer or Analyzer()
    rows = []
    for row, result, spans in _dev_readings(data_dir, analyzer):
        ours: list[Unit] = [
            ((a["cue_start"], a["cue_end"]),) for a in result.attributions if a["cue_start"] is not None
        ]
        terms = [(e.start, e.end) for e in result.evidence if analyzer.roles.get(e.signal) in CUE_ROLES]
        for unit in row.cue_units:
            if any(overlaps(o, unit) for o in ours):
                continue
            start, end = unit[0][0], unit[-1][1]
            s0, s1 = next(((s, e) for s, e in spans if s <= start < e), (start, end))
            where = (
                " inside a content of ours"
                if any(
                    a["content_start"] is not None and a["content_start"] <= start < a["content_end"]
                    for a in result.attributions
                )
                else " inside a source phrase of ours"
                if any(
                    a["source_start"] is not None and a["source_start"] <= start < a["source_end"]
                    for a in result.attributions
                )
                else ""
            )
            prefix = row.text[s0:start]
            if any(a < end and start < b for a, b in terms):
                kind = "a cue term of ours" + (where or ", no attribution read (an agentless passive mostly)")
            elif "\n" not in row.text[:start]:
                kind = "the title line"
            elif re.match(r"\s*[QA]\s*:", prefix) or re.match(r"\s*[QA]\s*$", prefix):
                kind = "an interview turn (Q: / A:)"
            elif prefix.count("(") > prefix.count(")") or _dashes(prefix) % 2 and _dashes(row.text[end:s1]):
                kind = "inside a parenthesis or between dashes"
            elif where:
                kind = "no cue term of ours," + where
            else:
                missed = row.text[start:end].lower().split()
                kind = _shape(missed[0] if missed else "", re.findall(r"['’]s\b|[\w-]+|[^\w\s]", prefix.lower()))
            rows.append((kind, " … ".join(row.text[a:b] for a, b in unit), " ".join(row.text[s0:s1].split()), row.name))
    return rows
