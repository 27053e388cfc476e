"""Shared checks of the Markdown documents a user is sent to: their links reach a file and its heading, their
figures are what the tools print."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the README's sourcing table: each row (its measure's first words) and where its figure sits in `sourcing_eval`'s
# JSON for a fold
SOURCING_ROWS = {
    "attribution cue vs `Cue` spans": ("cue", "f1"),
    "cue boundaries": ("cue_boundary", "f1"),
    "source phrase vs `Source` spans": ("source", "f1"),
    "source boundaries": ("source_boundary", "f1"),
    "voice: inside an annotated `Content`": ("voice_accuracy",),
    "source kind, labelled sources found": ("kind_found",),
    "source kind, macro F1": ("kind_f1", "macro"),
    "attributed-sentence share, Spearman across articles": ("article_rho",),
    "the same per outlet": ("outlet_rho",),
}


def anchors(markdown: Path) -> set[str]:
    """The heading anchors GitHub makes: lower case, punctuation dropped, spaces as dashes, repeats numbered."""
    found: dict[str, int] = {}
    for line in markdown.read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"#+\s+(.*)", line):
            slug = re.sub(r"[^\w\- ]", "", heading.group(1).replace("`", "").strip().lower()).replace(" ", "-")
            found[slug if slug not in found else f"{slug}-{found[slug]}"] = found.get(slug, 0) + 1
    return set(found)


def broken_links(document: Path) -> list[str]:
    """The document's relative links whose file is missing or whose `#anchor` names no heading of a Markdown file."""
    broken = []
    for link in re.findall(r"\]\(([^)\s]+)\)", document.read_text(encoding="utf-8")):
        if link.startswith(("http://", "https://", "mailto:")):
            continue
        file, _, anchor = link.partition("#")
        target = (document.parent / file) if file else document
        if not target.exists() or (anchor and target.suffix == ".md" and anchor not in anchors(target)):
            broken.append(link)
    return broken


@cache
def tool_json(shared: Path, module: str, *args: str) -> dict:
    """What `python -m module --data shared --format json *args` prints, run once per session for every test file
    that holds a document's figures to it (the sourcing tools take about 30 s of CPU)."""
    done = subprocess.run(
        [sys.executable, "-m", module, "--data", str(shared), "--format", "json", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def rounds_to(cell: str, value: float, slack: float = 0.0) -> bool:
    """Whether `cell` (a figure as written) is a rounding of `value` at the cell's own number of decimals (`slack`:
    the value's own rounding, where the tool prints it rounded)."""
    return abs(float(cell) - value) <= 0.5 * 10 ** -len(cell.split(".")[1]) + slack + 1e-9
