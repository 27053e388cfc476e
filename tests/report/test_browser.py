"""The report in a real browser: headless Chromium (Debian's package) driven by Playwright.

Opens a report built from a corpus with `<script>` and `<img onerror>` planted in outlet names,
titles and article texts, and checks that nothing runs, nothing is fetched, every figure loads,
and the page fits a phone and prints.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("Chromium is not installed (apt-get install chromium); browser tests skipped", allow_module_level=True)

from framing.comparison import load_inputs  # noqa: E402
from framing.report import Options, build_report, write_report  # noqa: E402

HOSTILE = Path(__file__).parents[1] / "golden" / "hostile_corpus"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PAYLOADS = [
    '<script>window.__pwned="outlet"</script>Evil Outlet',
    "<img src=x onerror=\"window.__pwned='outlet-img'\">",
    '<script>window.__pwned="title"</script>Report',
    '<script>window.__pwned="text"</script>',
    "<img src=x onerror=\"window.__pwned='text-img'\">",
]


@pytest.fixture(scope="module")
def page_url(tmp_path_factory, analyzer) -> str:
    work = tmp_path_factory.mktemp("browser")
    inputs = load_inputs(HOSTILE, None, analyzer.lexicons)
    report = build_report(
        inputs.scores,
        Options(n_boot=300, signals=["hedging", "escalation", "sourcing_attributed"]),
        evidence=inputs.evidence,
        term_counts=inputs.words,
        meta={"title": "<script>window.__pwned='t'</script>"},
    )
    index = write_report(report, work / "report")
    return index.resolve().as_uri()


@pytest.fixture(scope="module")
def browser():
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            yield browser
            browser.close()
    except sync_api.Error as exc:  # e.g. a Chromium that cannot start in this sandbox
        pytest.skip(f"Chromium would not start: {str(exc).splitlines()[0]}")


def open_page(browser, url: str, width: int = 1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    events: dict[str, list[str]] = {"console": [], "errors": [], "requests": []}
    page.on(
        "console", lambda m: events["console"].append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.goto(url, wait_until="load")
    return page, events


def test_the_page_opens_without_errors_or_network_requests(browser, page_url) -> None:
    page, events = open_page(browser, page_url)
    assert events["console"] == [] and events["errors"] == []
    assert [u for u in events["requests"] if not u.startswith(("file:", "data:"))] == []
    page.close()


def test_every_figure_loads(browser, page_url) -> None:
    page, _ = open_page(browser, page_url)
    images = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth, e.alt])")
    assert len(images) >= 5  # means, differences, trend, terms per signal and overall
    assert all(complete and width > 0 for complete, width, _ in images), images
    page.close()


def test_planted_markup_is_shown_as_text_and_never_runs(browser, page_url) -> None:
    page, _ = open_page(browser, page_url)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror], [onload], [onclick]').length") == 0
    text = page.inner_text("body")
    for payload in PAYLOADS:
        assert payload in text, payload
    assert page.title() == "<script>window.__pwned='t'</script>"
    page.close()


def test_the_page_fits_a_phone_and_prints(browser, page_url) -> None:
    page, _ = open_page(browser, page_url, width=390)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
    assert page.evaluate("Math.max(...[...document.images].map(i => i.getBoundingClientRect().width))") <= 390
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    assert page.pdf(format="A4")[:4] == b"%PDF"
    page.close()
