"""Turn the BASIL and BABE research data sets into corpora `framing` reads, and compare their outlets.

BASIL (Fan et al., EMNLP 2019): 64 events, each covered by Fox News, The New York Times and HuffPost;
one JSON file per article. BABE (Spinde et al., 2021): single sentences labelled for bias, with
their outlet and link; the sentences of one link become one (short) article.

The data stay where they are (never copy them into this repository); corpora go to a folder you
name, reports to reports/. Usage:

    python examples/shared_corpora.py basil OUT.jsonl [--data ../shared/data]
    python examples/shared_corpora.py babe OUT.jsonl
    python examples/shared_corpora.py report basil     # corpus in the temp folder, report in reports/basil/
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)/(\d\d)(?:/(\d\d))?/")
# How `framing compare` is run on each corpus: BASIL's outlet codes arrive in two cases (hpo, HPO),
# so they are folded and then named; BABE's "type" (the outlet's left/center/right leaning) is a
# second grouping worth a look.
REPORTS = {
    "basil": [
        "--normalize-groups",
        "--group-map",
        str(ROOT / "examples" / "basil_outlets.csv"),
        "--report-title",
        "BASIL: the same 64 events in Fox News, The New York Times and HuffPost",
    ],
    "babe": ["--report-title", "BABE: sentences from US outlets on contested topics", "--min-articles", "20"],
}


def basil_records(data: Path) -> Iterator[dict]:
    """One record per BASIL article: text from its paragraphs, the event as extra metadata."""
    files = sorted((data / "basil" / "articles").glob("*/*.json"))
    if not files:
        raise SystemExit(f"no BASIL articles under {data / 'basil' / 'articles'}")
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(s.strip() for s in para if s.strip()) for para in doc["body-paragraphs"]]
        yield {
            "id": path.stem,
            "outlet": doc["source"],
            "date": doc.get("date"),
            "title": doc.get("title"),
            "event": doc.get("main-event"),
            "triplet": doc.get("triplet-uuid"),
            "text": "\n\n".join(p for p in paragraphs if p),
        }


def babe_records(data: Path) -> Iterator[dict]:
    """One record per BABE link: its labelled sentences in file order; the date, when the link has one."""
    path = data / "babe" / "babe_sg2.csv"
    if not path.exists():
        raise SystemExit(f"no BABE file at {path}")
    articles: dict[str, dict] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            link = row["news_link"].strip() or row["text"]
            art = articles.setdefault(
                link,
                {
                    "id": hashlib.sha1(link.encode()).hexdigest()[:12],
                    "outlet": row["outlet"],
                    "date": _date_in(link),
                    "title": None,
                    "topic": row["topic"],
                    "type": row["type"],
                    "link": link,
                    "sentences": [],
                    "biased": 0,
                },
            )
            art["sentences"].append(row["text"].strip())
            art["biased"] += row["label_bias"] == "Biased"
    for art in articles.values():
        sentences = art.pop("sentences")
        art["biased_share"] = round(art.pop("biased") / len(sentences), 3)
        yield art | {"text": " ".join(sentences)}


def _date_in(url: str) -> str | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3) or "01"
    return f"{year}-{month}-{day}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else None


def write_jsonl(records: Iterator[dict], out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


READERS = {"basil": basil_records, "babe": babe_records}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=[*READERS, "report"])
    parser.add_argument("target", help="output .jsonl for a corpus; basil or babe for a report")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    args = parser.parse_args(argv)
    if args.what != "report":
        n = write_jsonl(READERS[args.what](args.data), Path(args.target))
        print(f"{n} records written to {args.target}")
        return 0
    if args.target not in READERS:
        parser.error("report takes basil or babe")
    # The corpus goes to the system's temp folder under a fixed name, so the command line in the
    # report's methods section can be rerun after `shared_corpora.py basil THAT_PATH`.
    corpus = Path(tempfile.gettempdir()) / "framing-examples" / f"{args.target}.jsonl"
    write_jsonl(READERS[args.target](args.data), corpus)
    framing = Path(sys.executable).with_name("framing")
    command = [
        str(framing),
        "compare",
        str(corpus),
        "--out-dir",
        str(ROOT / "reports" / args.target),
        *REPORTS[args.target],
    ]
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
