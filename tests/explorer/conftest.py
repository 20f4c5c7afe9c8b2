"""Fixtures for the network and explorer tests: builds (once per session) and a headless Chromium."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kg.pipeline import build

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

XSS_IMG = "<img src=x onerror=window.__xss=1>"
XSS_SCRIPT = "<script>window.__xss=1</script>"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A build of the project's own sample corpus (examples/): the same on every checkout."""
    out = tmp_path_factory.mktemp("explorer-corpus")
    report = build([EXAMPLES], out, progress=False)
    assert report.built and not report.errors
    return out


@pytest.fixture(scope="session")
def xss_build(tmp_path_factory) -> Path:
    """A one-article build whose title, publisher, URL and sentences carry script payloads."""
    src = tmp_path_factory.mktemp("xss-src")
    record = {
        "id": "xss-0001",
        "title": f"{XSS_IMG}市委常委会召开会议{XSS_SCRIPT}",
        "url": "javascript:window.__xss=1",
        "published": "2023-05-02",
        "source": f"{XSS_IMG}日报",
        "text": f"{XSS_IMG}5月1日上午,市委书记张立新主持召开市委常委会第九次会议{XSS_SCRIPT}。"
                f"市委副书记、市长王建华,副市长李春梅出席会议。{XSS_IMG}\n会议强调,要做好工作。",
    }
    (src / "xss.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("xss-build")
    report = build([src], out, progress=False)
    assert report.built and not report.errors
    return out


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never Playwright's own browser download)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def offline_page(browser):
    """A page that may load file:// only: every other request is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.attempted = []
    page.dialogs = []
    page.errors = []

    def gate(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            page.attempted.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    page.on("request", lambda r: r.url.startswith("file://") or page.attempted.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.wait_js = lambda expression, timeout=30.0: _wait_js(page, expression, timeout)
    yield page
    context.close()


def _wait_js(page, expression: str, timeout: float) -> None:
    """Polls a JavaScript expression from outside the page until it is true.

    Playwright's wait_for_function re-evaluates a string predicate with eval inside the page, which
    the explorer's Content-Security-Policy (no 'unsafe-eval') refuses whenever the first check is
    false; page.evaluate goes through the DevTools protocol and is not subject to the page's CSP.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"still false after {timeout:.0f} s: {expression}")
        page.wait_for_timeout(50)


@pytest.fixture
def open_explorer(offline_page):
    """Opens an explorer file in the offline page and waits for its first stable frame."""

    def go(html: Path):
        offline_page.goto(html.resolve().as_uri())
        offline_page.wait_js("window.__kgReady === true")
        return offline_page

    return go


@pytest.fixture(scope="session")
def payloads() -> tuple[str, str]:
    return XSS_IMG, XSS_SCRIPT
