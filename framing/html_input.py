"""Saved web pages (.html, .htm) as articles: the main text and the page's title, date and outlet.

Extraction is trafilatura's (imported here only, when a page is read), favouring precision: it drops
navigation, headers, footers, scripts and comments, and a page of links only has no article text.
It reads the page given and nothing else: no URL is fetched. The article's paragraphs are joined
with blank lines, the way a text file separates them; a first paragraph repeating the title is
dropped (the title is scored as the headline).

Extraction costs about 60 MB of memory and several seconds per MB of markup, so a page over
`MAX_PAGE_BYTES` first loses what is never article text (scripts other than JSON-LD metadata, styles,
SVG drawings, comments: the usual bulk of a heavy page), and one still over the limit is refused with
its size, never extracted. A page under it still takes a minute on a loaded machine: in a corpus run,
extraction is held to the run's `--max-seconds`, as a record's scoring is.
"""

from __future__ import annotations

from typing import Any

from .errors import InputError
from .time_limit import OverBudget, TimeBudget, over_limit

HTML_SUFFIXES = (".html", ".htm")
MAX_PAGE_BYTES = 3_000_000  # markup extracted at most: about 200 MB and half a minute on a loaded 2-core machine
# Elements whose content is never article text, as (opening, closing) in lower case; matched without case.
_NOT_TEXT = ((b"<script", b"</script"), (b"<style", b"</style"), (b"<svg", b"</svg"), (b"<!--", b"-->"))
# A template's content is inert, never shown by a browser (a cookie banner's or a widget's words kept for a
# script to use); trafilatura read it as text: a page's only paragraph was its headline, and the body scored
# was the template's. Taken out of every page, whatever its size.
_NEVER_SHOWN = ((b"<template", b"</template"),)
# A short extraction is checked against the page without these: trafilatura's fallback keeps the links
# of a page that has nothing else ("Home World"), which is no article.
_CHROME = "//nav | //header | //footer | //aside | //menu | //a | //script | //style | //noscript | //form"
_SHORT_TEXT = 500  # characters; an article's text is rarely this short, a page of links nearly always


def page_article(data: bytes, where: str, seconds: float | None = None) -> dict[str, Any]:
    """`text`, `title`, `date` and `outlet` of a saved page; `InputError` when it has no article text, or
    when extracting it takes over `seconds` (None: no limit)."""
    import trafilatura
    from trafilatura.settings import Document

    data = without_bulk(data, _NEVER_SHOWN)
    if len(data) > MAX_PAGE_BYTES:
        data = without_bulk(data)
        if len(data) > MAX_PAGE_BYTES:
            raise InputError(
                f"{where}: {len(data) / 1e6:.1f} MB of markup without scripts and styles is too large to extract "
                f"an article from (limit {MAX_PAGE_BYTES / 1e6:.0f} MB)"
            )
    try:
        with TimeBudget(seconds):
            doc = trafilatura.bare_extraction(
                data,
                with_metadata=True,
                favor_precision=True,
                include_comments=False,
                include_tables=False,
                include_images=False,
                include_links=False,
            )
    except OverBudget:
        raise InputError(over_limit(f"{where}: extracting the article", seconds or 0)) from None
    except Exception as exc:  # a page trafilatura cannot parse is one bad record, never a traceback
        raise InputError(f"{where}: cannot read the page as HTML ({type(exc).__name__})") from None
    text = (doc.text or "").strip() if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or not text or (len(text) < _SHORT_TEXT and not _text_beyond_chrome(data)):
        raise InputError(f"{where}: no article text found in the page")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if len(paragraphs) > 1 and doc.title and paragraphs[0] == doc.title.strip():
        paragraphs = paragraphs[1:]  # the headline is scored as the headline, not as body text
    record: dict[str, Any] = {"text": "\n\n".join(paragraphs) + "\n"}
    for key, value in (("title", doc.title), ("date", doc.date), ("outlet", doc.sitename or doc.hostname)):
        if value:
            record[key] = str(value).strip()
    return record


def _text_beyond_chrome(data: bytes) -> bool:
    """Has the page's body a word outside its navigation, header, footer, links and forms?"""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(data)
    except Exception:  # lxml's parser errors have no common base; trafilatura read the page, so keep its text
        return True
    for element in root.xpath(_CHROME):
        element.drop_tree()
    body = root.find("body")
    return body is not None and any(ch.isalnum() for ch in body.text_content())


def without_bulk(data: bytes, kinds: tuple[tuple[bytes, bytes], ...] = _NOT_TEXT) -> bytes:
    """`data` without its elements of `kinds` (by default scripts but JSON-LD metadata, styles, SVG drawings and
    comments).

    Linear in the page's size: each kind's next opening is looked for again only once passed, and an
    element never closed runs to the end of the page, as in a browser.
    """
    lower = data.lower()
    following = {opening: lower.find(opening) for opening, _ in kinds}
    closings = dict(kinds)
    kept: list[bytes] = []
    done = 0
    while True:
        for opening, at in following.items():
            if 0 <= at < done:
                following[opening] = lower.find(opening, done)
        starts = [(at, opening) for opening, at in following.items() if at >= 0]
        if not starts:
            break
        start, opening = min(starts)
        tag_end = lower.find(b">", start)
        if tag_end < 0:  # an opening never finished: the rest is not text
            kept.append(data[done:start])
            done = len(data)
            break
        if opening == b"<script" and b"ld+json" in lower[start:tag_end]:
            kept.append(data[done : tag_end + 1])  # structured metadata: the page's date, outlet, title
            done = tag_end + 1
            continue
        end = lower.find(closings[opening], start + len(opening))
        kept.append(data[done:start])
        done = len(data) if end < 0 else (lower.find(b">", end) + 1 or len(data))
    kept.append(data[done:])
    return b"".join(kept)
