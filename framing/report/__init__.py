"""Comparison reports: `build_report` (tables.py) computes, `write_report` renders and writes.

A report folder holds index.html (self-contained), report.md, meta.json, tables/*.csv and
figures/*.svg|png. It is written into a temporary sibling folder and renamed into place, so a
crash never leaves a half-written report; file names never come from group names.
"""

from __future__ import annotations

import base64
import hashlib
import json
import multiprocessing
import os
import re
import secrets
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from ..csvout import defuse, write_frame
from ..errors import InputError, RunError
from ..forking import end_workers, exit_with, frozen_heap, pool_result, signals_held
from ..outputs import REPORT_MARKER as MARKER
from ..outputs import check_report_folder as check_out
from . import plots
from .html import render_html, render_markdown
from .findings import ALPHA
from ..report_options import Options
from ..wording import counted
from .tables import Report, build_report, largest_groups

__all__ = ["Options", "Report", "build_report", "check_out", "write_report", "safe_name"]

MAX_PANELS = 6  # trend panels: the signals that differ most


def safe_name(text: str) -> str:
    """A file-name stem for any string: a short ASCII slug plus a hash, so no two names collide
    and nothing like `../` or a device name can come through."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"
    return f"{slug}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def _shown_groups(report: Report) -> tuple[list[str], str]:
    """The groups the figures draw, and a caption note when they are not all of them."""
    shown = largest_groups(report.overview.set_index("group")["articles"], report.options.reference)
    if len(shown) == len(report.groups):
        return report.groups, ""
    return shown, f" The {len(shown)} largest of {len(report.groups):,} groups; every group is in the tables."


def cell_sizes(trends: pd.DataFrame, period: str, options: Options) -> str:
    """How many articles a point of the trend rests on: a mean of two articles is not a trend (u22)."""
    n = trends.drop_duplicates(["group", "period"])["n"]
    median = f"{n.median():,.0f}" if n.median().is_integer() else f"{n.median():,.1f}"
    single = int((n == 1).sum())
    return (
        f"A point is the mean of the group's {options.units} in that {period}: {median} in the median {period} "
        f"(from {int(n.min()):,} to {int(n.max()):,}), so a single {period} moves a lot"
        + (
            f"; {counted(single, 'point')} of one {options.unit} {'has' if single == 1 else 'have'} no band."
            if single
            else "."
        )
    )


def figures(report: Report) -> list[dict[str, Any]]:
    """Every figure of the report: name, file stem, title, caption, `draw` (a picklable call that
    builds the Figure), its number of panels (what its drawing time grows with), and the scope it
    belongs to for term figures."""
    ms = [(m.id, m.label, m.unit) for m in report.measures]
    comparison = report.options.reference or "all other groups"
    groups, note = _shown_groups(report)
    shown_means = report.means[report.means["group"].isin(groups)] if note else report.means
    out = [
        {
            "name": "means",
            "file": "means",
            "title": "Group means with bootstrap intervals",
            "caption": f"Mean per {report.options.unit} with its {report.options.conf:.0%} percentile bootstrap interval."
            + note,
            "draw": partial(plots.means_figure, shown_means, ms, groups, report.options.conf),
            "panels": len(ms),
        },
        {
            "name": "std_diff",
            "file": "std_diff",
            "title": "Standardized differences",
            "caption": f"Each group against {comparison}, in standard deviations; red above, blue below." + note,
            "draw": partial(
                plots.heatmap_figure,
                report.std_diff,
                ms,
                [g for g in groups if g != report.options.reference],
                comparison,
            ),
            "panels": 1,
        },
    ]
    if report.trends is not None and report.period is not None:
        order = report.kruskal.sort_values(["p_adj", "measure"], na_position="last")["measure"].tolist()
        shown = [m for m in ms if m[0] in order[:MAX_PANELS]]
        out.append(
            {
                "name": "trends",
                "file": "trends",
                "title": f"Means by {report.period}",
                "caption": f"Mean per {report.period} with a bootstrap band, for the {len(shown)} signals "
                "that differ most between groups (all signals in trends.csv). "
                + cell_sizes(report.trends[report.trends["group"].isin(groups)], report.period, report.options)
                + note,
                "draw": partial(
                    plots.trends_figure,
                    report.trends[report.trends["group"].isin(groups)],
                    shown,
                    groups,
                    report.period,
                ),
                "panels": len(shown) * (len(groups) if plots.small_multiples(len(groups)) else 1),
            }
        )
    if report.terms is not None:
        labels = {m.id: m.label for m in report.measures}
        for scope, part in report.terms.groupby("scope", sort=False):
            label = "all words" if scope == "overall" else labels.get(scope, scope)
            out.append(
                {
                    "name": f"terms:{scope}",
                    "file": "terms-" + safe_name(scope),
                    "scope": label,
                    "title": f"Distinctive terms: {label}",
                    "caption": f"The {report.options.top_terms} terms with the highest z per group; dashed line "
                    "at z = 1.96." + note,
                    "draw": partial(
                        plots.terms_figure, part, groups, f"Distinctive terms: {label}", report.options.top_terms
                    ),
                    "panels": part["group"].nunique(),
                }
            )
    return out


def write_report(report: Report, out: Path, force: bool = False, jobs: int = 1, png: bool = True) -> Path:
    """Render the report into folder `out`, replacing a report written there before; the figures
    on up to `jobs` processes (`render_all`), as SVG and, with `png`, PNG too.

    Refuses (InputError) to replace a non-empty folder that is not a framing report unless
    `force`. Returns the path of index.html.
    """
    out = Path(out)
    check_out(out, force)
    # named before it is made, so a SIGTERM landing as it is made still finds it to remove
    tmp = out.parent / f".{out.name}.{secrets.token_hex(8)}.partial"
    try:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp.mkdir()  # the user's umask, as any folder they make (mkdtemp's 0700 made the report private)
        except OSError as exc:
            raise InputError(f"{out}: cannot write ({exc.strerror})") from None
        try:
            _write_into(report, tmp, jobs, png)
        except OSError as exc:  # a full disk: a traceback and exit 1 (pandas' own write has no file name to give)
            raise RunError(f"{out}: cannot write ({exc.strerror or exc}); no output was written") from None
        _swap_in(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out / "index.html"


def _swap_in(new: Path, out: Path) -> None:
    """Put the finished report folder `new` at `out`, the report there before moved aside and removed. Ctrl-C
    and SIGTERM wait until the swap is done, then undo it (the run stops with no output written; `new` is left
    for the caller to remove): one that landed between the two renames lost the earlier report, hidden in a
    folder beside it. A rename that fails puts the earlier report back too (exit 3)."""
    with signals_held() as stopping:
        if not out.exists():
            os.replace(new, out)
            if stopping:
                os.replace(out, new)
            return
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
        try:
            os.replace(out, old / "report")
            os.replace(new, out)
        except OSError as exc:
            if (old / "report").exists():
                os.replace(old / "report", out)
            old.rmdir()
            raise RunError(f"{out}: cannot write ({exc.strerror}); no output was written") from None
        if stopping:
            os.replace(out, new)
            os.replace(old / "report", out)
        shutil.rmtree(old, ignore_errors=True)


def _write_into(report: Report, folder: Path, jobs: int, png: bool) -> None:
    (folder / "tables").mkdir()
    (folder / "figures").mkdir()
    specs = figures(report)
    draws, panels = [s.pop("draw") for s in specs], [s.pop("panels") for s in specs]

    def meanwhile() -> None:  # what needs no drawn figure is written while the figures are drawn
        for name, table in report.tables().items():
            write_frame(_csv(table), folder / "tables" / f"{name}.csv")
        (folder / "report.md").write_text(render_markdown(report, specs), encoding="utf-8")
        meta = report.meta | {
            # JSON's own numbers, booleans and lists (u20: "min_articles": "5", "exclude": "('state_media',)")
            "options": {k: list(v) if isinstance(v, tuple) else v for k, v in vars(report.options).items()},
            "groups": report.groups,
            "alpha": ALPHA,
        }
        (folder / "meta.json").write_text(
            json.dumps(meta, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )

    rendered = []
    for spec, (svg, image, (width, height)) in zip(specs, render_all(draws, jobs, png, panels, meanwhile)):
        (folder / "figures" / f"{spec['file']}.svg").write_bytes(svg)
        if image is not None:
            (folder / "figures" / f"{spec['file']}.png").write_bytes(image)
        rendered.append(spec | {"svg_b64": base64.b64encode(svg).decode("ascii"), "width": width, "height": height})
    (folder / "index.html").write_text(render_html(report, rendered), encoding="utf-8")
    (folder / MARKER).write_text("written by framing compare\n", encoding="utf-8")


def render_all(
    draws: list[Callable[[], Figure]],
    jobs: int = 1,
    png: bool = True,
    costs: list[float] | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[tuple[bytes, bytes | None, tuple[int, int]]]:
    """`plots.draw` of each figure, in order. Drawing is most of a report's writing time (half a
    second or so a figure), so with `jobs` > 1 the figures are drawn in forked worker processes,
    which start in milliseconds with everything imported, the costliest first by `costs` (any
    numbers that grow with a figure's drawing time): a big figure drawn last would keep one worker
    busy after the others are done. This process does `meanwhile` once they have their work.
    Forking is safe only in a process with no other threads; elsewhere (a library caller's threads,
    or a platform without fork) the figures are drawn here, one after another, after `meanwhile`."""
    workers = min(jobs, len(draws))
    if workers < 2 or sys.platform != "linux" or threading.active_count() > 1:
        if meanwhile is not None:
            meanwhile()
        return [plots.draw(make, png) for make in draws]
    order = sorted(range(len(draws)), key=lambda k: -costs[k]) if costs else range(len(draws))
    with frozen_heap():
        pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"), _start_drawer, (os.getpid(),))
        try:
            # the first submit forks every worker: a SIGTERM between a fork and the pool's record of that
            # worker left it waiting for work for ever, holding the run's output pipes open
            with signals_held():
                drawing = {k: pool.submit(plots.draw, draws[k], png) for k in order}
            if meanwhile is not None:
                meanwhile()
            # a drawer killed (the OOM killer) is one line and exit 3, not a traceback, nor a wait for ever
            return [pool_result(pool, drawing[k]) for k in range(len(draws))]
        except BaseException:
            end_workers(pool)  # stopping: the figures still being drawn are not waited for
            raise
        finally:
            pool.shutdown(cancel_futures=True)


def _start_drawer(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the main process stops the run, and a worker that
    # died of it too would print a traceback of its own; SIGTERM ends a worker outright (the handler it
    # was forked with would make it send the main process an exception instead of a figure).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    exit_with(parent)


def _csv(table: pd.DataFrame) -> pd.DataFrame:
    """The table ready for CSV: span lists as `start-end;...`, and text cells that a spreadsheet
    would run as a formula defused (`csvout.defuse`)."""
    table = table.copy()
    for col in table.columns:
        if table[col].dtype == object or pd.api.types.is_string_dtype(table[col]):
            values = table[col]
            if col == "spans":
                table[col] = values.map(lambda spans: ";".join(f"{s}-{e}" for s, e in spans))
                continue
            table[col] = values.map(defuse)
    return table
