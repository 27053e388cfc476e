"""A PolNeAR folder of a few made-up articles, laid out as `../shared/data/polnear` is, for the evaluation tests."""

from __future__ import annotations

from pathlib import Path

HEADER = (
    "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\t"
    "trump_count\tclinton_count\tcredit\twire"
)


def write_polnear(tmp_path: Path, articles: list[tuple[str, str, str, list[tuple[str, int, int]]]]) -> Path:
    """Write `tmp_path/polnear` from (stem, outlet, text, annotated (role, start, end) spans) and return the
    data folder; the stem decides the fold (`datasets.polnear_fold`)."""
    folder = tmp_path / "polnear"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    rows = [HEADER]
    for stem, outlet, text, spans in articles:
        (folder / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        lines = [f"T{n}\t{role} {a} {b}\t{text[a:b]}" for n, (role, a, b) in enumerate(spans, 1)]
        (folder / "attributions" / f"{stem}_x1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        rows.append(f"train\t{stem}\t1\tx1\t{outlet}\t2016-01-01\tA\tT\t0\t0\tNone\tNone")
    (folder / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path
