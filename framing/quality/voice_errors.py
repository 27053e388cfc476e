"""The dev-fold voice errors against PolNeAR's `Content` spans, each with the cause it most likely has (issue 12).

A voice error is a body match (not a sourcing signal) that lies wholly inside an annotated content and is
the author's, or lies outside every annotated content and is reported or quoted (`sourcing_eval`'s voice
accuracy counts both). The cause is read off where our cues and contents stand against the annotated ones,
so that errors group by what a rule could change:

missed (inside an annotated content, ours `author`):
- `cue-word`: the match touches a cue of ours (the writer's word for the speech act, by design);
- `cut-short`: a content of ours meets the annotated one and ends before the match;
- `starts-late`: a content of ours meets the annotated one and starts after the match (content before
  the cue, an appositive subject);
- `other-sentence`: the annotated content starts in an earlier sentence (a quotation or content that runs
  over a sentence or paragraph boundary) and no content of ours meets it in the match's sentence;
- `no-attribution`: we report no attribution in the match's sentence (cue recall);
- `other-content`: we report one there, but its content does not meet the annotated one.

spurious (outside every annotated content, ours `reported` or `quoted`):
- `nested-cue`: the match touches a cue of ours;
- `runs-past` / `starts-early`: the content of ours that holds it meets an annotated content that ends
  before / starts after the match;
- `unannotated`: the content of ours that holds it meets no annotated content (a false attribution, or one
  PolNeAR leaves out);
- `quoted-alone`: quoted, with no content of ours around it (a quotation without an attribution).
Test-fold articles are never listed: they are for measuring only.
`python -m framing.quality.voice_errors` prints the listing, with the options of `sourcing_eval` (see its help).

`--boundaries` prints instead what ending our contents at a boundary would do to voice (round v45): for each form
(a dash, ", and", ", which", ...), its first place inside each dev content of ours, and the matches after it in
that content that are not the author's, split into those inside an annotated content (`kept`: a cut there puts
them in the wrong voice) and those outside every one (`freed`: a cut puts them right). A cut pays only where
`freed` outweighs `kept`; a rule that ends contents must be counted this way before it is written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from pathlib import Path
from typing import Any, Final, NamedTuple

from ..pipeline import Analyzer
from .datasets import polnear
from .polnear_options import polnear_absent, polnear_parser
from ..scripts import refusing

Span = tuple[int, int]


class VoiceError(NamedTuple):
    """One dev-fold match in the wrong voice, with what explains it."""

    cause: str
    voice: str  # ours
    signal: str
    match: str
    cue: str  # the cue of ours whose content holds or meets the match ("" when none)
    ours: str  # that content
    annotated: str  # the annotated content that holds or meets the match
    sentence: str
    stem: str


def _meets(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _cause(
    match: Span, inside: bool, voice: str, sentence: Span, contents: list[Span], attributions: list[dict[str, Any]]
) -> tuple[str, dict[str, Any] | None, Span | None]:
    """The cause of one error (see the module docstring), the attribution of ours it concerns and the
    annotated content it concerns."""
    cues = [(a["cue_start"], a["cue_end"]) for a in attributions if a["cue_start"] is not None]
    own = [a for a in attributions if a["content_start"] is not None]
    if inside:
        gold = next(c for c in contents if c[0] <= match[0] and match[1] <= c[1])
        if any(_meets(c, match) for c in cues):
            return "cue-word", None, gold
        meeting = [a for a in own if _meets((a["content_start"], a["content_end"]), gold)]
        if any(a["content_end"] <= match[0] for a in meeting):
            return "cut-short", next(a for a in meeting if a["content_end"] <= match[0]), gold
        if any(a["content_start"] >= match[1] for a in meeting):
            return "starts-late", next(a for a in meeting if a["content_start"] >= match[1]), gold
        here = [a for a in attributions if _meets(_whole(a), sentence)]
        if gold[0] < sentence[0] and not any(_meets((a["content_start"], a["content_end"]), sentence) for a in meeting):
            return "other-sentence", None, gold
        return ("other-content" if here else "no-attribution"), (here[0] if here else None), gold
    holding = [a for a in own if a["content_start"] <= match[0] and match[1] <= a["content_end"]]
    if any(_meets(c, match) for c in cues):
        return "nested-cue", holding[0] if holding else None, None
    if not holding:
        return ("quoted-alone" if voice == "quoted" else "unannotated"), None, None
    a = holding[0]
    ours = (a["content_start"], a["content_end"])
    met = [c for c in contents if _meets(c, ours)]
    if any(c[1] <= match[0] for c in met):
        return "runs-past", a, max((c for c in met if c[1] <= match[0]), key=lambda c: c[1])
    if any(c[0] >= match[1] for c in met):
        return "starts-early", a, min((c for c in met if c[0] >= match[1]), key=lambda c: c[0])
    return "unannotated", a, None


def _whole(a: dict[str, Any]) -> Span:
    """The characters an attribution of ours spans: cue, source and content together."""
    starts = [a[k] for k in ("cue_start", "source_start", "content_start") if a[k] is not None]
    ends = [a[k] for k in ("cue_end", "source_end", "content_end") if a[k] is not None]
    return (min(starts), max(ends)) if starts else (0, 0)


def voice_errors(data_dir: Path, analyzer: Analyzer | None = None) -> list[VoiceError]:
    """Every dev-fold voice error with its cause, grouped by cause, then by article and place."""
    analyzer = analyzer or Analyzer()
    rows = []
    for row in polnear(data_dir).itertuples():
        if row.fold != "dev":
            continue
        result = analyzer.analyze(row.text, split_title=False, evidence=True)
        starts = result.sentence_starts
        contents = list(row.contents)
        for e in result.evidence:
            if e.part != "body" or e.signal in analyzer.sourcing_signals:
                continue
            inside = any(a <= e.start and e.end <= b for a, b in contents)
            if inside == (e.voice != "author"):
                continue
            k = max(bisect_right(starts, e.start) - 1, 0)
            sentence = (starts[k], starts[k] + len(result.sentences[k]))
            cause, ours, gold = _cause((e.start, e.end), inside, e.voice, sentence, contents, result.attributions)
            rows.append(
                VoiceError(
                    cause,
                    e.voice,
                    e.signal,
                    e.text,
                    ours["cue"] if ours else "",
                    ours["content"] if ours else "",
                    row.text[gold[0] : gold[1]] if gold else "",
                    " ".join(result.sentences[k].split()),
                    row.name,
                )
            )
    return sorted(rows, key=lambda r: (r.cause, r.stem, r.sentence))


# the boundaries a content of ours may run past, as `--boundaries` counts them: a name, then its form
BOUNDARIES: Final = (
    ("a dash", re.compile(r"\s(?:-|--|—|–)\s")),
    (", and", re.compile(r", and\b")),
    (", but", re.compile(r", but\b")),
    (", a/an/the", re.compile(r", (?:a|an|the) \w")),
    (", -ing", re.compile(r", \w+ing\b")),
    (", which", re.compile(r", which\b")),
    (", who", re.compile(r", who\b")),
    (", as", re.compile(r", as\b")),
    (", with", re.compile(r", with\b")),
    (", so", re.compile(r", so\b")),
    (", when", re.compile(r", when\b")),
    (", while", re.compile(r", while\b")),
    (", though", re.compile(r", (?:even )?(?:though|although)\b")),
    (", despite", re.compile(r", despite\b")),
    (", including", re.compile(r", including\b")),
    ("in/to/of which", re.compile(r" (?:in|to|on|at|of|by|for|under|with|during|through) wh(?:ich|om)\b")),
    ("a parenthesis", re.compile(r"\s\(")),
    ("a colon", re.compile(r":\s")),
    ("a semicolon", re.compile(r";\s")),
)


def boundary_moves(text: str, ours: list[Span], annotated: list[Span], matches: list[Span]) -> Counter[tuple[str, str]]:
    """What a cut at each of `BOUNDARIES` would move in one text: (form, "contents") counts the contents of `ours`
    that hold the form; (form, "kept") and (form, "freed") the `matches` (those not in the author's voice) after
    its first place in such a content, inside an `annotated` content or outside every one."""
    moves: Counter[tuple[str, str]] = Counter()
    for start, end in ours:
        for name, form in BOUNDARIES:
            found = form.search(text, start, end)
            if found is None:
                continue
            moves[name, "contents"] += 1
            for m in matches:
                if found.start() <= m[0] and m[1] <= end:
                    inside = any(a <= m[0] and m[1] <= b for a, b in annotated)
                    moves[name, "kept" if inside else "freed"] += 1
    return moves


def boundary_census(data_dir: Path, analyzer: Analyzer | None = None) -> Counter[tuple[str, str]]:
    """`boundary_moves` summed over the dev fold (body matches, no sourcing signal, not the author's)."""
    analyzer = analyzer or Analyzer()
    moves: Counter[tuple[str, str]] = Counter()
    for row in polnear(data_dir).itertuples():
        if row.fold != "dev":
            continue
        result = analyzer.analyze(row.text, split_title=False, evidence=True)
        ours = [(a["content_start"], a["content_end"]) for a in result.attributions if a["content_start"] is not None]
        matches = [
            (e.start, e.end)
            for e in result.evidence
            if e.part == "body" and e.signal not in analyzer.sourcing_signals and e.voice != "author"
        ]
        moves.update(boundary_moves(row.text, ours, list(row.contents), matches))
    return moves


def print_boundary_census(data_dir: Path, analyzer: Analyzer) -> int:
    """`--boundaries`: one form a line, those a cut would help most first."""
    moves = boundary_census(data_dir, analyzer)
    print(f"{'boundary':<16} {'contents':>8} {'freed':>6} {'kept':>6}")
    for name, _ in sorted(BOUNDARIES, key=lambda b: moves[b[0], "kept"] - moves[b[0], "freed"]):
        print(f"{name:<16} {moves[name, 'contents']:>8} {moves[name, 'freed']:>6} {moves[name, 'kept']:>6}")
    return 0


def print_voice_errors(data_dir: Path, analyzer: Analyzer) -> int:
    """What `sourcing_eval` prints for its voice-error listing: one error a line (cause, our voice, signal,
    match, our cue, our content, the annotated content, the sentence, the article), then the count per cause."""
    errors = voice_errors(data_dir, analyzer)
    for r in errors:
        print(
            f"{r.cause}\t{r.voice}\t{r.signal}\t{r.match!r}\t{r.cue!r}\t{r.ours[:100]!r}\t{r.annotated[:100]!r}"
            f"\t{r.sentence[:240]}\t{r.stem[:40]}"
        )
    for cause, n in Counter(r.cause for r in errors).most_common():
        print(f"{n:>5}  {cause}")
    print(f"{len(errors)} dev-fold matches in the wrong voice")
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m framing.quality.voice_errors`: the listing, with the options of `sourcing_eval`."""
    parser = polnear_parser(__spec__.name, "The dev-fold matches in the wrong voice, by cause.")
    parser.add_argument(
        "--boundaries",
        action="store_true",
        help="instead, what ending our contents at each boundary form would move: matches freed and kept",
    )
    args = parser.parse_args(argv)
    if polnear_absent(args.data):
        return 0
    printing = print_boundary_census if args.boundaries else print_voice_errors
    return refusing(lambda: printing(args.data, Analyzer(sourcing=args.sourcing)))


if __name__ == "__main__":
    raise SystemExit(main())
