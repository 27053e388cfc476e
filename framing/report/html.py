"""Render a `Report` as one self-contained HTML page and as Markdown, from Jinja2 templates.

The HTML environment escapes every value (autoescape on, templates are package data); input text
reaches the page only through template variables, never by string concatenation. Highlighted
example sentences are passed as (text, is_match) segments, so the `<mark>` tags come from the
template and the words between them are escaped like everything else. The page carries a Content
Security Policy that forbids scripts and any network request: a second lock behind escaping.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .findings import ALPHA, MAX_FINDINGS, MAX_PER_GROUP, RATE_FLOOR, SHARE_FLOOR, ratio_bound
from .tables import Report
from ..wording import bidi_visible, interval, markdown_text

PAIRS_SHOWN = 30
Z_DISTINCT = 1.96  # a term's log-odds z above this: used more by the group than chance allows (one term at a time)
# A command our notes and caveats quote ("run `framing score -o OUT` on the corpus"), found after escaping (Markdown,
# HTML): input text (a group's name) reaches a message outside these, so its backticks stay as escaped as the rest. Only
# an input holding a whole such command, backticks and all, would be shown as code, with nothing in it read as markup.
_COMMAND = "(framing [A-Za-z0-9 .=/-]+)"
_MD_COMMAND, _HTML_COMMAND = re.compile(rf"\\`{_COMMAND}\\`"), re.compile(f"`{_COMMAND}`")


def _num(x: Any, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA or x is pd.NaT:
        return "–"
    if isinstance(x, float) and math.isinf(x):
        return "∞"
    if isinstance(x, (int,)) or (isinstance(x, float) and x.is_integer() and digits == 0):
        return f"{int(x):,}"
    text = f"{x:,.{digits}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text  # -0.004 is "0.00", not "-0.00"


def _pval(p: Any) -> str:
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "–"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def _value(x: Any, unit: str) -> str:
    return _num(x * 100, 1) + "%" if unit.startswith("%") else _num(x, 2)


def _range(lo: Any, hi: Any, unit: str = "") -> str:
    if lo is None or hi is None or (isinstance(lo, float) and math.isnan(lo)):
        return "–"
    return interval(_value(lo, unit), _value(hi, unit))


def _shown_term(term: str) -> str:
    """A listed term; one of punctuation only with its name: the doubt lexicon's "?" (a rhetorical question) read
    "? (2.0)", like a character lost on the way (u24)."""
    if any(c.isalnum() for c in term):
        return term
    names = dict.fromkeys(unicodedata.name(c, "mark").lower() for c in term if not c.isspace())
    return f"{', '.join(names)} “{term}”"


def _bound(x: float) -> str:
    return "∞" if math.isinf(x) else ratio_bound(x, 2)


def segments(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_match) pieces at the match spans."""
    out, at = [], 0
    for start, end in spans:
        if start > at:
            out.append((sentence[at:start], False))
        out.append((sentence[start:end], True))
        at = end
    if at < len(sentence):
        out.append((sentence[at:], False))
    return out


def _message(text: Any, markdown: bool) -> str | Markup:
    """A finding, caveat or note: escaped as any input-bearing text, its quoted commands shown as code (report.md
    showed "\\`framing score -o OUT\\`", the page the backticks, u39)."""
    if markdown:
        return _MD_COMMAND.sub(r"`\1`", markdown_text(text))
    return Markup(_HTML_COMMAND.sub(r"<code>\1</code>", str(escape(text))))


def _shown(value: Any) -> Any:
    """Every value a template prints, its bidirectional controls from input made visible (`bidi_visible`), so
    that an outlet named with a right-to-left override does not reverse the report's lines (round r3 fixed the
    terminal)."""
    if isinstance(value, Markup):
        return Markup(bidi_visible(value))
    return bidi_visible(value) if isinstance(value, str) else value


def _env(markdown: bool) -> Environment:
    env = Environment(
        finalize=_shown,
        loader=PackageLoader("framing.report", "templates"),
        autoescape=not markdown,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(num=_num, pval=_pval, md=markdown_text, message=lambda text: _message(text, markdown))
    return env


def means_n(means: pd.DataFrame) -> dict[str, int]:
    """Each group's records, the n of its means (the same for every measure)."""
    return {str(g): int(n) for g, n in means.groupby("group", sort=False, observed=True)["n"].max().items()}


def context(report: Report, figures: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything the templates show, as plain rows of display strings (formatting lives here)."""
    units = {m.id: m.unit for m in report.measures}
    labels = {m.id: m.label for m in report.measures}
    # one pass over the table, not a .loc look-up per cell (100,000 of them for 1,000 groups took minutes)
    means = {(r.measure, r.group): (r.mean, r.ci_low, r.ci_high) for r in report.means.itertuples()}
    group_n = means_n(report.means)
    mean_rows = [
        {
            "label": m.label,
            "unit": m.unit,
            "cells": [
                (_value(means[(m.id, g)][0], m.unit), _range(*means[(m.id, g)][1:], m.unit)) for g in report.groups
            ],
        }
        for m in report.measures
    ]
    sd = report.std_diff.set_index(["group", "measure"])["std_diff"]
    diff_groups = [g for g in report.groups if g != report.options.reference]
    diff_rows = [{"group": g, "cells": [_num(sd.get((g, m.id)), 2) for m in report.measures]} for g in diff_groups]
    kruskal = [
        {
            "label": labels[r.measure],
            "H": _num(r.H, 2),
            "df": r.df,
            "p": _pval(r.p),
            "p_adj": _pval(r.p_adj),
            "eps": _num(r.epsilon2, 3),
            "significant": bool(r.p_adj < ALPHA),
        }
        for r in report.kruskal.itertuples()
    ]
    pw = report.pairwise
    sig = pw[pw["p_adj"] < ALPHA]
    sig = sig.reindex(sig["cliffs_delta"].abs().sort_values(ascending=False).index).head(PAIRS_SHOWN)
    pairs = [
        {
            "label": labels[r.measure],
            "unit": units[r.measure],
            "a": r.a,
            "b": r.b,
            "n": f"{int(r.n_a):,} / {int(r.n_b):,}",
            "mean_a": _value(r.mean_a, units[r.measure]),
            "mean_b": _value(r.mean_b, units[r.measure]),
            "ratio": _num(r.ratio, 2),
            "ci": "–" if math.isnan(r.ratio_low) else interval(_bound(r.ratio_low), _bound(r.ratio_high)),
            "delta": f"{r.cliffs_delta:+.2f}",
            "magnitude": r.magnitude,
            "p_adj": _pval(r.p_adj),
        }
        for r in sig.itertuples()
    ]
    overview = [
        {
            "group": r.group,
            "articles": _num(r.articles, 0),
            "words": _num(getattr(r, "words", None), 0),
            "median_words": _num(getattr(r, "median_words", None), 0),
            "dates": f"{r.first_date} – {r.last_date}" if r.dated else "no dates",
            "dated": _num(r.dated, 0),
        }
        for r in report.overview.itertuples()
    ]
    terms = []
    if report.terms is not None:
        for scope, part in report.terms.groupby("scope", sort=False):
            # Listed only above Z_DISTINCT: "phony (1.1)" from two articles is no distinctive word (u22); the
            # figures draw the top terms with a line at Z_DISTINCT, terms.csv keeps the top 50 whatever their z.
            top = part[part["z"] > Z_DISTINCT].groupby("group", sort=True).head(report.options.top_terms)
            listed = dict(list(top.groupby("group", sort=True)))
            terms.append(
                {
                    "scope": "all words" if scope == "overall" else labels.get(scope, scope),
                    "groups": [
                        {
                            "group": g,
                            "terms": [(_shown_term(t.term), f"{t.z:.1f}", t.count) for t in listed[g].itertuples()]
                            if g in listed
                            else [],
                        }
                        for g in sorted(part["group"].unique())
                    ],
                }
            )
    examples = []
    if report.examples is not None:
        for mid, part in report.examples.groupby("measure", sort=False):
            examples.append(
                {
                    "label": labels[mid],
                    "items": [
                        {
                            "group": r.group,
                            "id": r.id,
                            "title": r.title if isinstance(r.title, str) else None,
                            "segments": segments(r.sentence, r.spans),
                        }
                        for r in part.itertuples()
                    ],
                }
            )
    o = report.options
    params = [
        ("grouped by", o.by),
        ("measure", o.measure),
        ("reference group", o.reference or "none (each pair)"),
        (
            "signals",
            ", ".join(o.signals)
            if o.signals
            else "all in the table" + (f" except {', '.join(o.exclude)}" if o.exclude and not o.signals else ""),
        ),
        ("date window", f"{o.since or 'start'} to {o.until or 'end'}"),
        ("each record", f"one {o.unit}"),
        (f"minimum {o.units} per group", o.min_articles),
        (
            "minimum matches for a finding",
            f"{o.min_hits} in the group named first (for own-voice rates and shares: {o.units} with a match)",
        ),
        (
            "findings",
            f"at most {MAX_FINDINGS}, one per signal, largest Cliff's δ first, only where the means differ in "
            f"δ's direction, at most "
            f"{MAX_PER_GROUP} per group while others qualify; ratios only above {RATE_FLOOR} per "
            f"1,000 words ({SHARE_FLOOR:.0%} of sentences) and with a finite interval, else the "
            "difference",
        ),
        ("group names folded", "yes" if o.normalize_groups else "no"),
        ("group map", f"{len(o.group_map)} entries" if o.group_map else "none"),
        ("bootstrap replicates", o.n_boot),
        ("interval level", f"{o.conf:.0%}"),
        ("random seed", o.seed),
        ("trend period", report.period or "none"),
    ]
    return {
        "r": report,
        "title": report.meta.get("title") or f"Comparison by {o.by}",
        "groups": report.groups,
        "measures": report.measures,
        "mean_rows": mean_rows,
        "mean_n": [f"{group_n.get(g, 0):,}" for g in report.groups],
        "diff_groups": diff_groups,
        "diff_rows": diff_rows,
        "kruskal": kruskal,
        "pairs": pairs,
        "n_pairs": int(pw["p"].notna().sum()),
        "n_sig": int((pw["p_adj"] < ALPHA).sum()),
        "overview": overview,
        "terms": terms,
        "examples": examples,
        "figures": {f["name"]: f for f in figures},
        "figure_list": figures,
        "params": params,
        "meta": report.meta,
        "alpha": ALPHA,
        "z_distinct": Z_DISTINCT,
        "comparison": o.reference or "all other groups",
        "n_articles": int(report.overview["articles"].sum()),
        "unit": o.unit,
        "units": o.units,
    }


def render_html(report: Report, figures: list[dict[str, Any]]) -> str:
    """The self-contained page; each figure dict has name, title, caption and `svg_b64`."""
    return _env(markdown=False).get_template("report.html.j2").render(context(report, figures))


def render_markdown(report: Report, figures: list[dict[str, Any]]) -> str:
    """The same report as Markdown, figures linked as files (`figures/NAME.svg`)."""
    return _env(markdown=True).get_template("report.md.j2").render(context(report, figures))
