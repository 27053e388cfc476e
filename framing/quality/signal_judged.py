"""Judged signal matches on news the lexicons were never tuned on, kept as offsets, not as text.

tests/data/signal_judged/ holds matches drawn by `framing lexicon sample` and judged by hand against
the definitions in lexicons/README.md. The articles are not ours to ship, so a row keeps only where
the match is (`dataset`, a folder of ../shared/data holding `ID.txt`, `basil/articles` for a BASIL
article, `babe` for a BABE sentence, `factbank` for a FactBank news document of the Szeged corpus; `id`;
character offsets), its `signal`, `entry` and `correct` (1 or 0). This module reads a file back, gives
precision per signal with a Wilson interval, and, when the data is there, re-joins each row to its text: to
show what was judged, and whether today's lexicons still make the match (a wrong match gone is a fix, a right
one gone a loss), so the next round measures its changes on the same draw.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .datasets import babe_texts, basil_text, absent, default_data_dir, factbank_texts
from ..errors import InputError
from ..wording import interval
from .judging import wilson
from .marked_samples import FOUR
from ..pipeline import Analyzer
from ..scripts import data_folder, refusing, script_parser
from .signal_matches import match_spans

JUDGED_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "signal_judged"
COLUMNS = ("dataset", "id", "start", "end", "signal", "entry", "correct")


@dataclass(frozen=True)
class JudgedMatch:
    """One judged match, located by offsets into its document."""

    dataset: str
    id: str
    start: int
    end: int
    signal: str
    entry: str
    correct: bool


def read(path: Path) -> list[JudgedMatch]:
    """The rows of a judged-offsets file; one `InputError` naming the line of the first bad row."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise InputError(f"{path}: the header must be {','.join(COLUMNS)}")
        rows = []
        for row in reader:
            try:
                start, end = int(row["start"]), int(row["end"])
                if row["correct"] not in ("0", "1") or not 0 <= start < end or None in row.values():
                    raise ValueError
            except (TypeError, ValueError):
                raise InputError(
                    f"{path}: line {reader.line_num}: want offsets 0 <= start < end and correct 0 or 1"
                ) from None
            rows.append(
                JudgedMatch(row["dataset"], row["id"], start, end, row["signal"], row["entry"], row["correct"] == "1")
            )
    return rows


def precision(rows: list[JudgedMatch]) -> list[tuple[str, int, int, float, float]]:
    """(signal, judged, right, interval low, high) per signal, then "all four" when all four are judged."""
    groups = {s: [r for r in rows if r.signal == s] for s in sorted({r.signal for r in rows})}
    if set(FOUR) <= set(groups):
        groups["all four"] = [r for r in rows if r.signal in FOUR]
    out = []
    for name, mine in groups.items():
        right = sum(r.correct for r in mine)
        out.append((name, len(mine), right, *wilson(right, len(mine))))
    return out


# the data sets whose texts are keyed, not files: what reads them, and what a missing key is called
_KEYED = {"babe": (babe_texts, "BABE: no sentence"), "factbank": (factbank_texts, "FactBank: no document")}


def document(data_dir: Path, row: JudgedMatch) -> str:
    """The text a row's offsets point into: `ID.txt` in its dataset folder or, for a BASIL article
    (`basil/articles`, id `YEAR/<file stem>`), its body sentences joined by newlines, as the corpus
    reader read the text file written from them when the draw was made; for a BABE sentence (`babe`,
    id the sentence's key as `datasets.babe_texts` gives it), the sentence; for a FactBank news document
    (`factbank`, id its stem), its sentences joined by newlines, as `datasets.factbank_texts` gives them."""
    keyed = _KEYED.get(row.dataset)
    if keyed is not None:  # a BABE sentence or a FactBank document, by the key the samples name it with
        texts, missing = keyed
        text = texts(data_dir).get(row.id)
        if text is None:
            raise InputError(f"{missing} {row.id} (judged row {row.signal} {row.entry!r})")
        return text
    basil = row.dataset == "basil/articles"
    path = data_dir / row.dataset / f"{row.id}.{'json' if basil else 'txt'}"
    if not path.is_file():
        raise InputError(f"{path}: no such document (judged row {row.signal} {row.entry!r})")
    return basil_text(path) if basil else path.read_text(encoding="utf-8")


def rejoin(rows: list[JudgedMatch], data_dir: Path, analyzer: Analyzer) -> list[tuple[JudgedMatch, str, str, bool]]:
    """(row, matched text, its context, whether the lexicons still make this match) for every row."""
    texts: dict[tuple[str, str], str] = {}
    found: dict[tuple[str, str], set[tuple[str, str, int, int]]] = {}
    out = []
    for r in rows:
        key = (r.dataset, r.id)
        if key not in texts:
            texts[key] = document(data_dir, r)
            found[key] = set(match_spans(analyzer, texts[key]))
        text = texts[key]
        context = " ".join(text[max(0, r.start - 70) : r.end + 70].split())
        out.append((r, text[r.start : r.end], context, (r.signal, r.entry, r.start, r.end) in found[key]))
    return out


def main(argv: list[str] | None = None) -> int:
    """`python -m framing.quality.signal_judged`: precision of the judged draws, and what changed since."""
    parser = script_parser(__spec__.name, "Precision of signal matches judged by hand on news not tuned on.")
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="folder holding the data sets")
    parser.add_argument("--match-errors", action="store_true", help="list the wrong matches with their context")
    args = parser.parse_args(argv)
    if absent(args.data):
        return 0
    return refusing(lambda: _print_judged(args.data, args.match_errors))


def _print_judged(data: Path, match_errors: bool) -> int:
    """What `main` prints: each judged draw's precision, and (`match_errors`) its wrong matches."""
    analyzer = Analyzer()
    for path in sorted(JUDGED_DIR.glob("*.csv")):
        rows = read(path)
        joined = rejoin(rows, data, analyzer)
        print(f"{path.name}: {len(rows)} judged matches")
        print(
            f"{'signal':<16} {'judged':>6} {'right':>5} {'precision':>9}  95% interval  still matched (of them wrong)"
        )
        for name, n, right, low, high in precision(rows):
            mine = [j for j in joined if j[0].signal == name or (name == "all four" and j[0].signal in FOUR)]
            still = [j for j in mine if j[3]]
            wrong = sum(not j[0].correct for j in still)
            bounds = interval(f"{low:.2f}", f"{high:.2f}")
            print(f"{name:<16} {n:>6} {right:>5} {right / n:>9.2f}  {bounds}     {len(still)} ({wrong})")
        if match_errors:
            for r, match, context, kept in joined:
                if not r.correct:
                    print(f"wrong {r.signal:<16} {match!r:<16} {'' if kept else '(gone) '}{context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
