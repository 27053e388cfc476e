"""Saved web pages (.html, .htm) as articles: the main text and the page's title, date and outlet.

Extraction is trafilatura's (imported here only, when a page is read), favouring precision: it drops
navigation, headers, footers, scripts and comments, and a page of links only has no article text.
It reads the page given and nothing else: no URL is fetched. The article's paragraphs are joined
with blank lines, the way a text file separates them; a first paragraph repeating the title is
dropped (the title is scored as the headline).
"""

from __future__ import annotations

from typing import Any

from .errors import InputError

HTML_SUFFIXES = (".html", ".htm")


def page_article(data: bytes, where: str) -> dict[str, Any]:
    """`text`, `title`, `date` and `outlet` of a saved page; `InputError` when it has no article text."""
    import trafilatura
    from trafilatura.settings import Document

    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # a page trafilatura cannot parse is one bad record, never a traceback
        raise InputError(f"{where}: cannot read the page as HTML ({type(exc).__name__})") from None
    text = (doc.text or "").strip() if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or not text:
        raise InputError(f"{where}: no article text found in the page")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if len(paragraphs) > 1 and doc.title and paragraphs[0] == doc.title.strip():
        paragraphs = paragraphs[1:]  # the headline is scored as the headline, not as body text
    record: dict[str, Any] = {"text": "\n\n".join(paragraphs) + "\n"}
    for key, value in (("title", doc.title), ("date", doc.date), ("outlet", doc.sitename or doc.hostname)):
        if value:
            record[key] = str(value).strip()
    return record
