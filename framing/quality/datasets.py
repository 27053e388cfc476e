"""Readers for the public research data sets used to test and evaluate `framing`.

Each returns a pandas DataFrame in a plain shape (one row per sentence or article) so the
lexicon audit, the classifiers and `make eval` share one reading of the files. The data is never
shipped with the project; pass the folder that holds it (by default `../shared/data` beside the
repository). Formats are described in that folder's README.
"""

from __future__ import annotations

import ast
import hashlib
import csv
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError

PTC_FAMILIES = {
    "loaded_language": ("Loaded_Language", "Name_Calling,Labeling"),
    "escalation": ("Appeal_to_fear-prejudice", "Exaggeration,Minimisation"),
    "hedging": ("Doubt",),
    "doubt": ("Doubt",),
}


def default_data_dir() -> Path:
    """`../shared/data` relative to the repository root (where the project's README says it lives)."""
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def absent(data: Path) -> bool:
    """Whether the data folder is missing, said on stderr when it is: a figure script then skips (exit 0), so
    a checkout without ../shared runs its tests and `make` targets."""
    if data.is_dir():
        return False
    print(f"skipped: {data} is absent", file=sys.stderr)
    return True


def ptc_spans(data_dir: Path) -> dict[str, list[tuple[str, int, int]]]:
    """PTC technique spans per article id (without the "article" prefix): (technique, start, end)."""
    spans: dict[str, list[tuple[str, int, int]]] = {}
    with open(data_dir / "ptc" / "techniques.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) == 4:
                spans.setdefault(row[0], []).append((row[1], int(row[2]), int(row[3])))
    return spans


def ptc_sentences(data_dir: Path) -> pd.DataFrame:
    """PTC sentences: article, line number, text, and the set of techniques whose spans overlap it.

    The article files hold one sentence per line, so a line is a sentence (the NLP4IF-2019
    sentence-level convention); the title line counts as a sentence too.
    """
    folder = data_dir / "ptc"
    spans = ptc_spans(data_dir)
    rows = []
    for path in sorted((folder / "articles").glob("article*.txt")):
        article = path.stem.removeprefix("article")
        text = utf8_text(path)
        offset = 0
        for number, line in enumerate(text.split("\n")):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            techniques = {t for t, s, e in spans.get(article, ()) if s < end and start < e}
            rows.append({"article": article, "line": number, "text": line, "techniques": techniques})
    return pd.DataFrame(rows)


def babe(data_dir: Path) -> pd.DataFrame:
    """BABE sentences with a clear label: text, outlet, topic, biased (bool), biased_words (list)."""
    df = read_table(data_dir / "babe" / "babe_sg2.csv", ("text", "label_bias", "biased_words"))
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])].copy()
    df["biased"] = df["label_bias"].eq("Biased")
    df["biased_words"] = df["biased_words"].map(_python_list)
    return df.reset_index(drop=True)


@lru_cache(maxsize=2)
def babe_texts(data_dir: Path) -> dict[str, str]:
    """BABE's clearly labelled sentences by key, as the hand-marked fixtures name them: the CSV has no
    ids, so a sentence is named by the first 12 hex digits of its text's SHA-256 (empty when BABE is absent).
    Read once per data folder: every sample and blind file that names BABE sentences asks."""
    if not (data_dir / "babe").is_dir():
        return {}
    return {hashlib.sha256(t.encode()).hexdigest()[:12]: t for t in babe(data_dir)["text"]}


# where each data set keeps its plain-text articles, under the data folder
_TEXT_FOLDERS = {
    "ptc": ("ptc", "articles"),
    "polnear": ("polnear", "text"),
    "semeval2025": ("semeval2025_narratives", "EN", "documents"),
}


def document_text(data_dir: Path, dataset: str, doc: str) -> str | None:
    """The text a fixture row's offsets point into, None when it is absent. `doc`: PTC "article<id>",
    PolNeAR and SemEval-2025 English file stem, BASIL "YEAR/<article file stem>", BABE sentence key
    (`babe_texts`: the sentence is the whole text), FactBank news document stem (`factbank_texts`)."""
    if dataset == "babe":
        return babe_texts(data_dir).get(doc)
    if dataset == "factbank":
        return factbank_texts(data_dir).get(doc)
    if dataset == "basil":
        article = data_dir / "basil" / "articles" / f"{doc}.json"
        return basil_text(article) if article.is_file() else None
    folder = _TEXT_FOLDERS.get(dataset)
    path = data_dir.joinpath(*folder, f"{doc}.txt") if folder else None
    return utf8_text(path) if path is not None and path.is_file() else None


@lru_cache(maxsize=2)
def factbank_texts(data_dir: Path) -> dict[str, str]:
    """The FactBank news documents of the Szeged corpus by stem ("wsj_1003"), each its sentences in the
    file's order joined by newlines: the corpus stores sentences only, and hand-marked sourcing samples
    need the text before a sentence to resolve its pronouns (empty when the corpus is absent)."""
    path = data_dir / "szeged_uncertainty" / "factbank_news.jsonl"
    if not path.is_file():
        return {}
    sentences: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                sentences.setdefault(str(item["doc_id"]).removesuffix(".txt"), []).append(item["text"])
    return {doc: "\n".join(texts) for doc, texts in sentences.items()}


def basil_sentences(path: Path) -> list[str]:
    """The body sentences of one BASIL article file, in order; its text is them joined by newlines,
    the one reading the BASIL figures and the hand-marked samples share (their offsets point into it)."""
    article = json.loads(path.read_text(encoding="utf-8"))
    return [s for paragraph in article.get("body-paragraphs", []) for s in paragraph]


def basil_text(path: Path) -> str:
    """The text of one BASIL article that offsets into it point into: its body sentences joined by newlines."""
    return "\n".join(basil_sentences(path))


def _python_list(value: object) -> list[str]:
    try:
        parsed = ast.literal_eval(str(value))
    except (ValueError, SyntaxError):
        return []
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def szeged(data_dir: Path, part: str = "factbank_news") -> pd.DataFrame:
    """Szeged uncertainty sentences: doc_id, text, uncertain (bool), cue_types (set)."""
    rows = []
    with open(data_dir / "szeged_uncertainty" / f"{part}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                rows.append(
                    {
                        "doc_id": item["doc_id"],
                        "text": item["text"],
                        "uncertain": bool(item["uncertain"]),
                        "cue_types": {c["type"] for c in item.get("cues", [])},
                        "cues": item.get("cues", []),
                    }
                )
    return pd.DataFrame(rows)


_SPAN = re.compile(r"(\d+) (\d+)")


def polnear_fold(stem: str) -> str:
    """`test` or `dev`: the project's fixed split of PolNeAR articles (by text file stem).

    A fifth of the articles, chosen by a hash of the name, is held out as `test`: tune sourcing on
    `dev` only, report both. Everyone uses this one rule so that held-out stays held-out.
    """
    return "test" if int(hashlib.sha256(stem.encode()).hexdigest()[:8], 16) % 5 == 0 else "dev"


def polnear(data_dir: Path) -> pd.DataFrame:
    """PolNeAR articles: name, publisher, text, and the character spans of each attribution role.

    `cues`, `sources` and `contents` hold (start, end) spans; `cue_units`, `source_units` and
    `content_units` hold one tuple of pieces per annotated span (a discontinuous span has several).
    `fold` is `polnear_fold(name)`. One annotator per article (the first listed), as the data README
    advises for counting.
    """
    folder = data_dir / "polnear"
    meta = read_table(folder / "metadata.tsv", ("filename", "publisher", "annotators"), sep="\t", dtype=str)
    roles = {"Cue": "cues", "Source": "sources", "Content": "contents"}
    rows = []
    for _, item in meta.iterrows():
        name = item["filename"]
        text_path = folder / "text" / f"{name}.txt"
        annotator = re.split(r"[,|]", str(item["annotators"]))[0].strip()  # "4b22|4e07|..." on shared articles
        ann_path = folder / "attributions" / f"{name}_{annotator}.ann"
        if not text_path.exists() or not ann_path.exists():
            continue
        spans: dict[str, list] = {column: [] for column in roles.values()}
        spans |= {column.removesuffix("s") + "_units": [] for column in roles.values()}
        for line in utf8_text(ann_path).splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0].startswith("T"):
                role = parts[1].split(" ", 1)[0]
                if role in roles:
                    pieces = tuple((int(a), int(b)) for a, b in _SPAN.findall(parts[1]))
                    spans[roles[role]] += pieces
                    spans[roles[role].removesuffix("s") + "_units"].append(pieces)
        rows.append(
            {
                "name": name,
                "publisher": item["publisher"],
                "fold": polnear_fold(name),
                "text": utf8_text(text_path),
                **spans,
            }
        )
    if not rows:  # figures of no article read 0.000, as if the rules had found nothing
        raise InputError(
            f"{folder}: none of the {len(meta):,} articles metadata.tsv lists has its text and annotation file; "
            "restore them from the data set"
        )
    return pd.DataFrame(rows)


def read_table(path: Path, columns: tuple[str, ...], **options: Any) -> pd.DataFrame:
    """A data set's CSV or TSV with the `columns` a reader needs; an empty, damaged or foreign one is a one-line
    `InputError` naming it (the figure scripts ended in pandas' traceback)."""
    try:
        table = pd.read_csv(path, **options)
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        why = {UnicodeDecodeError: "not valid UTF-8", pd.errors.EmptyDataError: "is empty"}.get(type(exc))
        why = why or str(exc).splitlines()[0].rstrip(".")
        raise InputError(f"{path}: {why}; restore it from the data set") from None
    if missing := [c for c in columns if c not in table.columns]:
        raise InputError(f"{path}: no {missing[0]!r} column; restore it from the data set")
    return table


def utf8_text(path: Path) -> str:
    """A data set's text file, one line naming it when it is not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); restore it from "
            "the data set"
        ) from None


def fold(key: str) -> str:
    """The evaluation fold of an item: "test" for a fifth of keys (by hash), else "dev".

    Keys: PTC "article<id>", PolNeAR file stem, BASIL "YEAR/TRIPLET" event, BABE sentence text,
    Szeged doc_id, SemEval-2025 document file name ("EN_CC_100000.txt"). Lexicons are tuned on `dev` only.
    """
    return "test" if int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 5 == 0 else "dev"
