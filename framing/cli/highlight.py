"""Matches in a sentence, shown in colour on a terminal and as text markers everywhere else.

Colour alone is lost in a pipe, a file, a screen reader or for a reader who cannot tell the hues
apart, so without colour every match is written as a marker naming its signal ("[hedging: may]");
a stretch that several signals match names them all, in colour too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.text import Text

# Distinct hues first, then the same hues underlined: ten signals never share a style.
_HUES = [
    "red1",
    "dark_orange",
    "gold1",
    "green3",
    "cyan1",
    "dodger_blue1",
    "medium_purple1",
    "magenta1",
    "hot_pink",
    "chartreuse1",
    "light_salmon1",
    "turquoise2",
]
STYLES = [f"bold {hue}" for hue in _HUES] + [f"underline {hue}" for hue in _HUES]


def signal_styles(signals: Iterable[str]) -> dict[str, str]:
    """A style per signal, none repeated up to `len(STYLES)` signals."""
    return {sid: STYLES[i % len(STYLES)] for i, sid in enumerate(signals)}


def legend(labels: Mapping[str, str], styles: Mapping[str, str], plain: bool) -> Text:
    """ "Matches: " and each signal in its style, with the marker it gets when `plain`."""
    line = Text("Matches: ")
    for sid, label in labels.items():
        line.append(f"[{sid}] {label}" if plain else label, style=None if plain else styles[sid])
        line.append("  ")
    return line


def highlight(
    sentence: str, matches: Iterable[tuple[int, int, str]], styles: Mapping[str, str], plain: bool, prefix: str = ""
) -> Text:
    """`sentence` with its (start, end, signal) matches (offsets into the sentence) in their styles or,
    when `plain`, written as markers: "[hedging: may]". Overlapping matches form one marker
    ("[escalation: catastrophic consequences | loaded_language: catastrophic]"); in colour, such a
    stretch is followed by the names of all its signals, since one colour shows only one."""
    text = Text(prefix, style="" if plain else "dim")
    done = 0
    for first, last, group in _clusters(matches):
        text.append(sentence[done:first])
        names = list(dict.fromkeys(sid for _, _, sid in group))
        if plain:
            parts: dict[tuple[int, int], list[str]] = {}
            for start, end, sid in group:
                parts.setdefault((start, end), []).append(sid)
            marker = " | ".join(f"{'+'.join(sids)}: {sentence[start:end]}" for (start, end), sids in parts.items())
            text.append(f"[{marker}]")
        else:
            piece = Text(sentence[first:last])
            for start, end, sid in group:
                piece.stylize(styles.get(sid, "bold"), start - first, end - first)
            text.append_text(piece)
            if len(names) > 1:
                text.append(f" [{'+'.join(names)}]", style="dim")
        done = last
    text.append(sentence[done:])
    return text


def _clusters(matches: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Matches grouped into runs of overlapping spans, in text order: (first, last, matches)."""
    out: list[tuple[int, int, list[tuple[int, int, str]]]] = []
    for start, end, sid in sorted(set(matches), key=lambda m: (m[0], -m[1], m[2])):
        if out and start < out[-1][1]:
            first, last, group = out[-1]
            out[-1] = (first, max(last, end), group + [(start, end, sid)])
        else:
            out.append((start, end, [(start, end, sid)]))
    return out
