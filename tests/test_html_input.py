"""Saved web pages as input: the article text and the page's metadata, scored like the same text file."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing import html_input
from framing.cli import app
from framing.corpus import open_corpus, read_article

PAGES = Path(__file__).parent / "data" / "pages"
runner = CliRunner()


def score_json(path: Path) -> dict:
    result = runner.invoke(app, ["score", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_saved_page_gives_the_evidence_of_its_article_text() -> None:
    page, text = score_json(PAGES / "courier_talks.html"), score_json(PAGES / "courier_talks.txt")
    assert page["title"] == text["title"] == "Alliance warns of catastrophic consequences as talks stall"
    assert page["evidence"] == text["evidence"] and page["n_words"] == text["n_words"]
    assert ("hedging", "may") in {(e["signal"], e["text"]) for e in page["evidence"]}


def test_page_metadata_and_no_menu_or_footer_text() -> None:
    record = read_article(PAGES / "courier_talks.html")
    assert (record["outlet"], record["date"]) == ("The Harbour Courier", "2024-03-05")
    assert "Home" not in record["text"] and "newsletter" not in record["text"] and "gtag" not in record["text"]


def test_a_page_without_article_text_is_one_line_and_exit_2() -> None:
    result = runner.invoke(app, ["score", str(PAGES / "menu_only.html")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: {PAGES / 'menu_only.html'}: no article text found in the page"
    ]


def test_a_page_of_bare_links_is_no_article_but_a_short_article_is(tmp_path: Path) -> None:
    links = tmp_path / "links.html"
    links.write_text(
        "<html><head><title>Index</title></head><body><nav><a href='/'>Front page</a> <a href='/x'>Abroad</a>"
        "</nav><footer>All rights reserved 2025</footer></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(links)])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {links}: no article text found in the page"
    short = tmp_path / "short.html"
    short.write_text(
        "<html><head><title>Brief</title></head><body><nav><a href='/'>Front page</a></nav>"
        "<article><p>The council may delay the vote, officials said on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(short)["text"] == "The council may delay the vote, officials said on Monday.\n"


def test_a_folder_of_pages_scores_articles_and_fails_empty_pages(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(PAGES / "courier_talks.html", folder / "talks.htm")
    shutil.copy(PAGES / "menu_only.html", folder / "menu.html")
    items = list(open_corpus(folder))
    failed = [(Path(i.source).name, i.reason) for i in items if not hasattr(i, "text")]
    assert failed == [("menu.html", "no article text found in the page")]
    (record,) = [i for i in items if hasattr(i, "text")]
    assert (record.id, record.outlet, str(record.date), record.title) == (
        "talks",
        "The Harbour Courier",
        "2024-03-05",
        "Alliance warns of catastrophic consequences as talks stall",
    )
    result = runner.invoke(app, ["score", str(folder), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 1, result.output
    with open(tmp_path / "out.errors.csv", newline="", encoding="utf-8") as f:
        assert [row["reason"] for row in csv.DictReader(f)] == ["no article text found in the page"]


def test_a_page_whose_extraction_outlasts_max_seconds_fails_alone(tmp_path: Path) -> None:
    """A page under the size cap took a minute to extract on a loaded machine, outside --max-seconds."""
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(PAGES / "courier_talks.html", folder / "talks.htm")
    paragraphs = "".join(  # 2.9 MB: under the size cap, and several seconds to extract on an idle machine
        f"<p>Paragraph {k}: the minister may have said the war could spread.</p>\n" for k in range(40000)
    )
    (folder / "long.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    result = runner.invoke(
        app, ["score", str(folder), "-o", str(tmp_path / "out.csv"), "-j", "1", "--max-seconds", "3"]
    )
    assert result.exit_code == 1, result.output
    with open(tmp_path / "out.errors.csv", newline="", encoding="utf-8") as f:
        assert [(row["id"], row["reason"]) for row in csv.DictReader(f)] == [
            ("long", "extracting the article took over 3 s (the --max-seconds limit; 0: none)")
        ]
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        assert [row["id"] for row in csv.DictReader(f)] == ["talks"]


# ---- pages too heavy to extract whole --------------------------------------------------------


def test_a_heavy_page_loses_its_scripts_and_keeps_its_article_and_metadata(monkeypatch, tmp_path: Path) -> None:
    page = (PAGES / "courier_talks.html").read_bytes()
    heavy = tmp_path / "heavy.html"
    bulk = b"<script>var state = '" + b"x" * 50_000 + b"';</script><style>p { color: red }</style><!-- c -->"
    heavy.write_bytes(page.replace(b"</head>", bulk + b"</head>", 1))
    monkeypatch.setattr(html_input, "MAX_PAGE_BYTES", len(page) + 100)
    assert read_article(heavy) == read_article(PAGES / "courier_talks.html") | {"id": "heavy"}


def test_a_page_too_large_without_its_scripts_is_refused_with_its_size(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(html_input, "MAX_PAGE_BYTES", 1_000_000)
    page = tmp_path / "long.html"
    page.write_bytes(b"<html><body>" + b"<p>War is near.</p>" * 60_000 + b"<script>" + b"x" * 500_000 + b"</script>")
    result = runner.invoke(app, ["score", str(page)])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {page}: 1.1 MB of markup without scripts and styles is too large to extract an article from "
        "(limit 1 MB)\n"
    )


PIECES = st.sampled_from(
    [b"<p>text</p>", b"words ", b"<a>x</a>", b'<script type="application/ld+json">{"a": 1}</script>', b"> <"]
)
BULK = st.sampled_from(
    [b"<script>x = '<p>';</script>", b"<SCRIPT src=a></SCRIPT>", b"<style>p{}</style>", b"<svg><g/></svg>", b"<!-- -->"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PIECES, BULK)), st.sampled_from([b"", b"<script>never closed", b"<!-- open", b"<svg"]))
def test_without_bulk_keeps_exactly_the_text_and_metadata(parts: list[tuple[bytes, bytes]], tail: bytes) -> None:
    page = b"".join(kept + bulk for kept, bulk in parts) + tail
    assert html_input.without_bulk(page) == b"".join(kept for kept, _ in parts)
