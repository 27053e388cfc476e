"""Figures of the comparison report: report tables in, a matplotlib `Figure` out.

Object API only (no pyplot state, so figures can be built in threads and tests), drawn by the Agg
canvas; nothing here computes a statistic. Every label that comes from input (group names,
terms) goes through `_text`, because matplotlib would read `$...$` in an outlet name as math.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
from collections.abc import Callable
from typing import Any

import pandas as pd
from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.image import imsave
from matplotlib.textpath import text_to_path

# Text in SVG stays text (smaller files, selectable, and 3x faster to write than glyph paths);
# unhinted glyphs cost a quarter less to rasterize and look the same at 120 dpi. Titles sit at the
# top of their Axes: no figure has ticks or an offset text there, and left to find that out itself,
# matplotlib measures every y tick label again in each draw (a tenth of a figure's time).
_STYLE: dict[Any, Any] = {
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titley": 1.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "framing",
    "svg.fonttype": "none",
    "text.hinting": "no_hinting",
}
_DPI = 120
# zlib level of the PNGs: the same pixels in a third less time than the default 6, and no bigger
# (a figure is mostly flat colour; 1.27 MB either way for the eight figures of a 1,300-article report)
_PNG_LEVEL = 3
_NO_SOFTWARE: Any = {"Software": None}  # None drops the key: no matplotlib version in the PNG's bytes
# Twenty hues far enough apart to tell lines apart; the second ten are also drawn dashed with square
# markers. Beyond twenty groups a trend figure becomes small multiples (one panel per group).
_COLORS = """#1b6ca8 #d1495b #edae49 #00798c #66a182 #8d6a9f #2e4057 #c2571a #7a8c99 #b07aa1
#111111 #6b3e26 #e06c9f #4cb5f5 #a0a32b #ff8c42 #3c8d2f #7f1d3a #5b5ea6 #c9a227""".split()
_PANEL_W, _PANEL_H = 3.4, 0.32  # inches per panel column; per group row
_MAX_LABEL = 32
SATURATE = 2.0
# Layout lengths in points (font 9, titles 10, suptitle 10.8): matplotlib's defaults, written out so
# the layout is computed once from the labels instead of by constrained layout, which measures every
# drawn tick label in two passes (a quarter of a figure's time).
_PAD = 3.0  # around the figure edge and between panels, as constrained layout's default pad
_TICK = 7.0  # tick length plus its label's pad
_LINE = 1.2  # line height per point of font size
_XAXIS = _TICK + _LINE * 9  # tick labels under an Axes
_XLABEL = 4 + _LINE * 9  # axis label with its label pad
_SUPTITLE = _LINE * 10.8 + _PAD
_OVERHANG = 12.0  # half the widest x tick label, past the end of its Axes


def _text(label: object) -> str:
    """Input text made safe for matplotlib: `$` escaped (no mathtext), long names shortened in the
    middle, since outlets that share a long prefix ("… Gazette of Springfield") differ at the end."""
    s = str(label).replace("\n", " ")
    if len(s) > _MAX_LABEL:
        head = (_MAX_LABEL - 1) * 3 // 5
        s = s[:head].rstrip() + "…" + s[head - _MAX_LABEL + 1 :].lstrip()
    return s.replace("$", r"\$")


def _wrap(label: object, width: int = 24) -> str:
    """A measure label over up to two lines (labels are ours, but may name a user's signal)."""
    lines = textwrap.wrap(str(label).replace("$", r"\$"), width)
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")


def color(k: int) -> str:
    return _COLORS[k % len(_COLORS)]


def _line_style(k: int) -> dict[str, object]:
    """Colour, dash and marker of group k's trend line: distinct for the first len(_COLORS) groups."""
    second = (k // 10) % 2 == 1
    return {"color": color(k), "linestyle": "--" if second else "-", "marker": "s" if second else "o"}


def small_multiples(groups: int) -> bool:
    """Whether a trend figure of `groups` groups is drawn as small multiples (a row of panels per
    group): beyond the distinct colours, lines in one panel could not be told apart."""
    return groups > len(_COLORS)


def _grid(n: int, cols: int = 3) -> tuple[int, int]:
    cols = max(1, min(cols, n))
    return math.ceil(n / cols), cols


def _panels(fig: Figure, n: int, rows: int, cols: int) -> list[Axes]:
    """`n` Axes on a rows x cols grid, row by row. Cells past `n` get none, rather than a hidden one:
    building an Axes costs about as much as drawing it, and the layout leaves an empty cell alike."""
    grid = fig.add_gridspec(rows, cols)
    return [fig.add_subplot(grid[k // cols, k % cols]) for k in range(n)]


def _pin_empty_ylabels(axes: list[Axes]) -> None:
    """Fix the place of the Axes' y labels, which are empty: left to place them, matplotlib measures
    every y tick label of each Axes and its siblings in every draw (a tenth of a terms figure's time),
    to put nothing there. An empty label is not drawn, so no pixel moves."""
    for ax in axes:
        ax.yaxis.set_label_coords(0, 0)


def _width(labels: list[str], size: float = 9) -> float:
    """Points taken by the widest line of `labels` at `size`, from the font's metrics (no drawing)."""
    prop = FontProperties(size=size)
    lines = [line.replace(r"\$", "$") for s in labels for line in s.split("\n") if line]
    return max((text_to_path.get_text_width_height_descent(line, prop, ismath=False)[0] for line in lines), default=0)


def _lines(labels: list[str]) -> int:
    return max((s.count("\n") + 1 for s in labels), default=1)


def _title(lines: int, size: float = 10) -> float:
    """Points an Axes title of `lines` lines takes above its Axes, with its pad."""
    return 6 + _LINE * size * lines


def _ticks(ax: Axes) -> list[str]:
    """The y tick labels `ax` will draw, formatted without building Tick artists."""
    axis = ax.yaxis
    return [s for s in axis.get_major_formatter().format_ticks(list(axis.get_majorticklocs())) if s]


def _place(
    fig: Figure,
    rows: int,
    cols: int,
    margins: tuple[float, float, float, float],
    wgap: float,
    hgap: float,
    title: float = 0.0,
) -> None:
    """Margins (left, right, top, bottom) and gaps in points turned into the fractions `subplots_adjust`
    takes. A left-aligned Axes title `title` points wide may run past its Axes into the gap or right
    margin after it, so those widen (and the Axes narrow) until it fits, unless that would cost the
    Axes more than 40% of their width (then the title overflows, as it would in constrained layout)."""
    left, right, top, bottom = margins
    w, h = fig.get_size_inches() * 72

    def cell(right: float, wgap: float) -> float:
        return max(1.0, (w - left - right - (cols - 1) * wgap) / cols)

    fitted = right, wgap
    for _ in range(4):
        width = cell(*fitted)
        fitted = max(fitted[0], title + _PAD - width), max(fitted[1], title + 2 * _PAD - width) if cols > 1 else wgap
    if cell(*fitted) >= 0.6 * cell(right, wgap):
        right, wgap = fitted
    cell_w = cell(right, wgap)
    cell_h = max(1.0, (h - top - bottom - (rows - 1) * hgap) / rows)
    fig.subplots_adjust(
        left=left / w,
        right=1 - right / w,
        top=1 - top / h,
        bottom=bottom / h,
        wspace=wgap / cell_w,
        hspace=hgap / cell_h,
    )


def _suptitle(fig: Figure, text: str) -> None:
    fig.suptitle(text, x=_PAD / 72 / fig.get_figwidth(), y=1 - _PAD / 72 / fig.get_figheight(), ha="left", va="top")


def means_figure(
    means: pd.DataFrame, measures: list[tuple[str, str, str]], groups: list[str], conf: float = 0.95
) -> Figure:
    """One panel per measure: each group's mean with its bootstrap interval.

    `means` has group, measure, mean, ci_low, ci_high and n; `measures` is (id, label, unit) in order. A
    group's label gives its articles: "nyt (n = 120)", as the table's n row.
    """
    rows, cols = _grid(len(measures))
    most = means.groupby("group", sort=False, observed=True)["n"].max() if "n" in means else pd.Series(dtype=int)
    names = [_text(g) + (f" (n = {int(most[g]):,})" if g in most.index else "") for g in groups]
    with rc_context(_STYLE):
        fig = Figure(figsize=(_PANEL_W * cols, rows * (0.9 + _PANEL_H * len(groups))))
        FigureCanvasAgg(fig)
        axes = fig.subplots(rows, cols, squeeze=False, sharey=True).ravel()
        for ax, (mid, label, unit) in zip(axes, measures):
            data = means[means["measure"] == mid].set_index("group").reindex(groups)
            y = range(len(groups))
            scale = 100.0 if unit.startswith("%") else 1.0
            for k, (_, r) in enumerate(data.iterrows()):
                lo, hi = r["ci_low"] * scale, r["ci_high"] * scale
                ax.plot([lo, hi], [k, k], color=color(k), linewidth=2, solid_capstyle="butt")
                ax.plot([r["mean"] * scale], [k], "o", color=color(k), markersize=5)
            ax.set_title(_wrap(label), loc="left")
            ax.set_xlabel(unit)
            ax.set_xlim(left=0)
            ax.grid(axis="x", alpha=0.3)
        axes[0].set_yticks(list(y), names)
        axes[0].invert_yaxis()
        _pin_empty_ylabels(list(axes))
        for ax in axes[len(measures) :]:
            ax.set_visible(False)
        _suptitle(fig, f"Group means with {conf:.0%} bootstrap intervals")
        titles = [_wrap(label) for _, label, _ in measures]
        above, below = _title(_lines(titles)), _XAXIS + _XLABEL
        left = _PAD + _width(names) + _TICK
        margins = (left, _PAD + _OVERHANG, _PAD + _SUPTITLE + above, _PAD + below)
        _place(fig, rows, cols, margins, 2 * _PAD + _OVERHANG, 2 * _PAD + below + above, _width(titles, 10))
    return fig


def heatmap_figure(
    std_diff: pd.DataFrame, measures: list[tuple[str, str, str]], groups: list[str], comparison: str
) -> Figure:
    """Groups x measures, coloured by standardized difference (red above, blue below `comparison`)."""
    labels = [label for _, label, _ in measures]
    grid = std_diff.pivot_table(index="group", columns="measure", values="std_diff", dropna=False).reindex(
        index=groups, columns=[mid for mid, _, _ in measures]
    )
    values = grid.to_numpy(dtype=float)
    finite = values[~pd.isna(values)]
    # Colours saturate at 2 SD: one extreme cell would otherwise wash out every other.
    limit = min(SATURATE, max(0.2, float(abs(finite).max()))) if finite.size else 1.0
    with rc_context(_STYLE):
        # Constrained layout here: one Axes and its colour bar are its cheapest case, and it places the
        # bar and the turned labels better than a computed layout would.
        fig = Figure(
            figsize=(max(4.5, 0.75 * len(measures) + 2.5), max(2.5, 0.45 * len(groups) + 1.8)), layout="constrained"
        )
        FigureCanvasAgg(fig)
        ax = fig.subplots()
        image = ax.imshow(values, cmap="RdBu_r", vmin=-limit, vmax=limit, aspect="auto")
        ax.set_xticks(range(len(labels)), [_wrap(s) for s in labels], rotation=40, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(len(groups)), [_text(g) for g in groups])
        ax.spines[:].set_visible(False)
        if values.size <= 300:
            for (i, j), v in pd.DataFrame(values).stack().items():
                ax.text(
                    j,
                    i,
                    f"{v:+.2f}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if abs(v) > 0.6 * limit else "black",
                )
        fig.colorbar(
            image,
            ax=ax,
            shrink=0.8,
            extend="both" if abs(finite).max(initial=0) > limit else "neither",
            label="SD units",  # a longer label, set along a bar shorter than it, ran off the figure (u20)
        )
        ax.set_title(f"Standardized difference (SD units), each group against {_text(comparison)}", loc="left")
    return fig


_FIRST_DAY, _LAST_DAY = date2num(dt.datetime(1, 1, 1)), date2num(dt.datetime(9999, 12, 31))


def trends_figure(trends: pd.DataFrame, measures: list[tuple[str, str, str]], groups: list[str], period: str) -> Figure:
    """One panel per measure: each group's mean per period, with its interval as a band. With more
    groups than distinct colours, small multiples instead: a row per group, a panel per measure."""
    multiples = small_multiples(len(groups))
    rows, cols = (len(groups), len(measures)) if multiples else _grid(len(measures), 2)
    size = (2.6 * cols, 1.3 * rows + 0.6) if multiples else (4.6 * cols, 2.6 * rows + 0.6)
    with rc_context(_STYLE):
        fig = Figure(figsize=size)
        FigureCanvasAgg(fig)
        grid = fig.subplots(rows, cols, squeeze=False, sharex=multiples, sharey="col" if multiples else False)
        axes = grid.ravel()
        for j, (mid, label, unit) in enumerate(measures):
            scale = 100.0 if unit.startswith("%") else 1.0
            part = trends[trends["measure"] == mid]
            for k, g in enumerate(groups):
                ax = grid[k, j] if multiples else axes[j]
                line = part[part["group"] == g].sort_values("period")
                if multiples:
                    ax.set_title(_text(g) if j == 0 else "", loc="left", fontsize=8)
                if line.empty:
                    continue
                x = pd.to_datetime(line["period"])
                style = {"color": color(0), "marker": "o"} if multiples else _line_style(k)
                ax.plot(x, line["mean"] * scale, markersize=3, label=_text(g), **style)
                ax.fill_between(
                    x, line["ci_low"] * scale, line["ci_high"] * scale, color=style["color"], alpha=0.15, linewidth=0
                )
            for ax in grid[:, j] if multiples else [axes[j]]:
                ax.set_ylim(bottom=0)
                # the axis's margins past a period of year 1 or 9999 fell outside matplotlib's dates (a traceback)
                lo, hi = ax.get_xlim()
                if lo < _FIRST_DAY or hi > _LAST_DAY:
                    ax.set_xlim(max(lo, _FIRST_DAY), min(hi, _LAST_DAY))
                ax.grid(alpha=0.3)
                locator = AutoDateLocator(maxticks=4 if multiples else 6)
                ax.xaxis.set_major_locator(locator)
                ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
            head = grid[0, j] if multiples else axes[j]
            head.set_title(_wrap(label, 40) + ("\n" + _text(groups[0]) if multiples else ""), loc="left")
            head.set_ylabel(unit)
        for ax in axes[len(measures) :] if not multiples else []:
            ax.set_visible(False)
        legend = 0.0
        if not multiples:
            handles, names = axes[0].get_legend_handles_labels()
            # An entry is its handle (2 em), a gap (0.8 em) and its name; entries are 2 em apart.
            entry = _width(names) + 4.8 * 9
            ncols = max(1, min(5, len(groups), int((fig.get_figwidth() * 72 - 2 * _PAD) // entry)))
            fig.legend(handles, names, loc="lower center", ncols=ncols, frameon=False, borderaxespad=_PAD / 9)
            legend = (math.ceil(len(names) / ncols) * 1.5 + 0.3) * 9
        _suptitle(fig, f"By {period}: means with 95% bootstrap bands")
        # Under each Axes: date ticks, then the date offset (the year) a line below them.
        below = _XAXIS + _LINE * 9 + _PAD
        side = _XLABEL + _TICK + _width([t for ax in axes if ax.get_visible() for t in _ticks(ax)])
        heads = [_wrap(label, 40) for _, label, _ in measures]
        names = [_text(g) for g in groups] if multiples else []
        head = _title(_lines(heads) + (1 if multiples else 0))
        inner = _title(1, 8) if multiples else head + below
        margins = (_PAD + side, _PAD + _OVERHANG, _PAD + _SUPTITLE + head, _PAD + below + legend)
        title = max(_width(heads, 10), _width(names, 10))
        _place(fig, rows, cols, margins, 2 * _PAD + _OVERHANG + side, 2 * _PAD + inner, title)
    return fig


def terms_figure(terms: pd.DataFrame, groups: list[str], title: str, top: int = 10) -> Figure:
    """One panel per group: its `top` most distinctive terms by z-score (log-odds, informative prior).

    `terms` has group, term, z, already sorted by falling z within each group.
    """
    shown = [g for g in groups if (terms["group"] == g).any()]
    rows, cols = _grid(max(1, len(shown)), 3)
    with rc_context(_STYLE):
        fig = Figure(figsize=(3.3 * cols, rows * (0.6 + 0.22 * top)))
        FigureCanvasAgg(fig)
        first: list[str] = []  # tick labels left of the first column, then between columns
        rest: list[str] = []
        panels = _panels(fig, len(shown), rows, cols)
        _pin_empty_ylabels(panels)
        for k, (ax, g) in enumerate(zip(panels, shown)):
            part = terms[(terms["group"] == g) & (terms["z"] > 0)].head(top)
            labels = [_text(t) for t in part["term"]]
            (rest if k % cols else first).extend(labels)
            ax.barh(range(len(part)), part["z"], color=color(groups.index(g)))
            ax.set_yticks(range(len(part)), labels)
            ax.invert_yaxis()
            ax.axvline(1.96, color="grey", linewidth=0.8, linestyle="--")
            ax.set_title(_text(g), loc="left")
            ax.set_xlabel("z (log-odds)")
        _suptitle(fig, _text(title))
        above, below = _title(1), _XAXIS + _XLABEL
        margins = (_PAD + _width(first) + _TICK, _PAD + _OVERHANG, _PAD + _SUPTITLE + above, _PAD + below)
        wgap = 2 * _PAD + _OVERHANG + _width(rest) + _TICK
        _place(fig, rows, cols, margins, wgap, 2 * _PAD + below + above, _width([_text(g) for g in shown], 10))
    return fig


def render(fig: Figure, png: bool = True) -> tuple[bytes, bytes | None]:
    """The figure as SVG and (with `png`) PNG bytes, without timestamps, so reruns give identical files.

    One Agg draw lays the figure out and rasterizes it (the PNG is that canvas's pixels); the SVG
    is then drawn with the layout frozen. `savefig` twice would draw four times: it lays a figure
    out in a draw of its own before each save. Without `png`, the layout is computed alone.
    """
    svg, image = io.BytesIO(), io.BytesIO()
    with rc_context(_STYLE):
        fig.set_dpi(_DPI)
        canvas = FigureCanvasAgg(fig)
        if png:
            canvas.draw()
            pixels, options = canvas.buffer_rgba(), {"compress_level": _PNG_LEVEL}
            imsave(image, pixels, format="png", origin="upper", dpi=_DPI, metadata=_NO_SOFTWARE, pil_kwargs=options)
        else:
            engine = fig.get_layout_engine()
            if engine is not None:
                engine.execute(fig)
        fig.set_layout_engine(None)
        fig.savefig(svg, format="svg", metadata={"Date": None})
    return svg.getvalue(), image.getvalue() if png else None


def draw(make: Callable[[], Figure], png: bool = True) -> tuple[bytes, bytes | None, tuple[int, int]]:
    """Build a figure and render it: SVG, PNG (with `png`) and its size in CSS pixels (96 per inch).
    A module-level function of picklable arguments, so a worker process can run it."""
    fig = make()
    width, height = fig.get_size_inches() * 96
    svg, image = render(fig, png)
    return svg, image, (int(width), int(height))
