"""Voice on outside news: signal matches judged by hand for whose words they are (issue 12).

PolNeAR's `Content` spans measure voice on one corpus whose marking the rules were tuned on; this reads
matches drawn from other outlets' dev texts (tests/data/researcher_pass/voice_v*.tsv, offsets only) and
judged `author`, `reported` or `quoted` before any rule was changed. The figure that matters is the
outlet's own voice: a match is right when ours and the verdict agree on `author` or not, as PolNeAR's
voice accuracy counts it. Measured only: tuning on a draw makes its next reading no longer blind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .datasets import absent, default_data_dir, document_text, read_table
from ..errors import InputError
from ..pipeline import SOURCING_METHODS, Analyzer
from ..scripts import data_folder, refusing, script_parser

JUDGED_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "researcher_pass"
COLUMNS = ("dataset", "doc", "signal", "start", "end", "entry", "drawn", "voice", "judged", "reason")
VOICES = ("author", "reported", "quoted")


@dataclass(frozen=True)
class JudgedVoice:
    """One judged match: where it is, the voice we gave it when drawn, and the verdict."""

    dataset: str
    doc: str
    signal: str
    start: int
    end: int
    entry: str
    judged: str
    reason: str
    where: str  # "<file>: line <n>", for a message about the row


def read(path: Path) -> list[JudgedVoice]:
    """The rows of a judged-voice file; one `InputError` naming the line of the first bad row, or the file when it
    holds none (a figure of 0/0)."""
    table = read_table(path, COLUMNS, sep="\t", dtype=str, keep_default_na=False)
    rows = []
    for line, row in enumerate(table.itertuples(index=False), start=2):
        try:
            start, end = int(row.start), int(row.end)
            if row.judged not in VOICES or not 0 <= start < end:
                raise ValueError
        except ValueError:
            raise InputError(f"{path}: line {line}: want 0 <= start < end and a voice of {VOICES}") from None
        where = f"{path}: line {line}"
        rows.append(JudgedVoice(row.dataset, row.doc, row.signal, start, end, row.entry, row.judged, row.reason, where))
    if not rows:
        raise InputError(f"{path}: no judged rows")
    return rows


def voices(rows: list[JudgedVoice], data_dir: Path, analyzer: Analyzer) -> list[str | None]:
    """Our voice for each row today (None when the match is no longer made), each text read whole as
    `sourcing_eval` reads one: no headline split off, so a title line's matches have a voice too."""
    ours: dict[tuple[str, str], dict[tuple[str, int, int], str]] = {}
    lengths: dict[tuple[str, str], int] = {}
    out: list[str | None] = []
    for r in rows:
        key = (r.dataset, r.doc)
        if key not in ours:
            text = document_text(data_dir, r.dataset, r.doc)
            if text is None:
                raise InputError(f"{r.where}: {r.dataset} {r.doc}: no such document in {data_dir}")
            result = analyzer.analyze(text, split_title=False)
            ours[key] = {(e.signal, e.start, e.end): e.voice for e in result.evidence}
            lengths[key] = len(text)
        if r.end > lengths[key]:
            raise InputError(
                f"{r.where}: {r.start}-{r.end} lies past the end of {r.dataset} {r.doc} ({lengths[key]} characters)"
            )
        out.append(ours[key].get((r.signal, r.start, r.end)))
    return out


def own_voice_right(rows: list[JudgedVoice], ours: list[str | None]) -> tuple[int, int]:
    """(right, judged): a row is right when ours and the verdict agree on `author` or not; a match no
    longer made counts as wrong, as it has no voice to show."""
    right = sum(o is not None and (o == "author") == (r.judged == "author") for r, o in zip(rows, ours))
    return right, len(rows)


def main(argv: list[str] | None = None) -> int:
    """`python -m framing.quality.voice_judged`: own-voice accuracy of each judged draw, and its misses."""
    parser = script_parser(__spec__.name, "Voice of signal matches judged by hand on outside dev news.")
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="folder holding the data sets")
    parser.add_argument("--sourcing", choices=SOURCING_METHODS, default="rules", help="the attribution reader")
    parser.add_argument("--voice-errors", action="store_true", help="list the matches in the wrong voice")
    args = parser.parse_args(argv)
    if absent(args.data):
        return 0
    return refusing(lambda: _print(args.data, args.sourcing, args.voice_errors))


def _print(data: Path, sourcing: str, errors: bool) -> int:
    analyzer = Analyzer(sourcing=sourcing)
    for path in sorted(JUDGED_DIR.glob("voice_*.tsv")):
        rows = read(path)
        ours = voices(rows, data, analyzer)
        right, n = own_voice_right(rows, ours)
        exact = sum(o == r.judged for r, o in zip(rows, ours))
        print(f"{path.name}: own voice {right}/{n} = {right / n:.3f}; the three voices {exact}/{n} = {exact / n:.3f}")
        if errors:
            for r, o in zip(rows, ours):
                if o is None or (o == "author") != (r.judged == "author"):
                    print(
                        f"  {r.dataset} {r.doc} {r.start}-{r.end} {r.signal} {r.entry!r}: ours {o}, judged {r.judged}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
