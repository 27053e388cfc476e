"""What fires on a piece of text and why, for `framing lexicon test` and `framing lexicon where`.

In: an `Analyzer` and a text or a term. Out: one plain dict a match (or a cancelled match), naming the
lexicon entry, the rule or the reason it was cancelled, and where the entry is written; the commands
print them as a table or as JSON.
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Analyzer
from ..text import normalize, tokenize


def trace(analyzer: Analyzer, text: str, signal: str | None = None) -> tuple[str, list[dict[str, Any]]]:
    """The text as matched (normalized) and its matches, then those a rule cancelled, of `signal` only
    when given, with character offsets into that text."""
    doc = tokenize(normalize(text), analyzer.rules)
    outcome = analyzer.matcher.match(doc)
    rows = []
    for m, why in [(m, "") for m in outcome.matches] + outcome.cancelled:
        if signal and m.signal != signal:
            continue
        start, end = doc.span(m.first, m.last)
        rows.append(
            {
                "signal": m.signal,
                "matched": doc.text[start:end],
                "entry": m.entry,
                "start": start,
                "end": end,
                "negated": m.negated,
                "rule": m.rule,
                "cancelled": why,
            }
        )
    return doc.text, rows


def entries_for(analyzer: Analyzer, term: str) -> list[dict[str, Any]]:
    """The entries `term` (tokenized as written) matches, with the file and line each is written on;
    for a cancelled match, the reason as well."""
    lx = analyzer.lexicons
    outcome = analyzer.matcher.match(tokenize(term, analyzer.rules))
    origin = {(sid, t.text): (t.origin, t.line) for sid, s in lx.signals.items() for t in s.terms}
    rows = []
    # a cancelled match with its entry's file and line too: "certainty.toml:: certainty" had none (u32)
    for m, why in [(m, m.rule) for m in outcome.matches] + outcome.cancelled:
        path, line = origin.get((m.signal, m.entry), (lx.signals[m.signal].path, None))
        rows.append({"signal": m.signal, "entry": m.entry, "file": path, "line": line, "rule": why})
    return rows
