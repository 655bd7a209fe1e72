"""A real browser (Debian's Chromium driven by Playwright) on the reading room.

Playwright's own browser download is impossible here, so the system Chromium is launched by
path; `.ci/run` installs it (and a CJK font) with apt-get. Screenshots go to the test's temp
folder; with SAYSO_SCREENSHOTS=DIR they are also written to DIR (how docs/*.png are made).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import REFERENCE
from test_web import evil_analysis
from web_support import build_store, dev_analyses

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is absent (apt-get install chromium; .ci/run does)"),
    pytest.mark.skipif(not REFERENCE.exists(), reason="shared/eval not available"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`sayso serve` in a thread of this process, on a free loopback port."""
    import uvicorn

    from sayso.web.serve import make_app

    path = build_store(tmp_path_factory.mktemp("store") / "dev.db",
                       [*dev_analyses(), evil_analysis()])
    port = _free_port()
    config = uvicorn.Config(make_app(str(path)).app(), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield b
        b.close()


class Watch:
    """Collects what a page must never do: dialogs (alert), CSP violations, script errors."""

    def __init__(self, page) -> None:
        self.problems: list[str] = []
        page.on("dialog", lambda d: (self.problems.append(f"dialog {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: self.problems.append(f"error {e}"))
        page.on("console", lambda m: self.problems.append(f"console {m.text}")
                if m.type == "error" else None)


def _keep(page, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    page.screenshot(path=str(shot))
    if os.environ.get("SAYSO_SCREENSHOTS"):
        target = Path(os.environ["SAYSO_SCREENSHOTS"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, target / name)
    return shot


def test_reference_article_denial_marked_linked_and_cards(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    watch = Watch(page)
    page.goto(f"{server}/-/sayso/doc/gnews-2181912")
    # The denial 以…为由将其驳回 is marked as one attribution in two cue pieces ...
    cues = page.locator('[data-a="a15"][data-role="cue"]')
    assert cues.all_inner_texts() == ["以", "为由将其驳回"]
    assert page.locator('[data-a="a15"].stance-deny').count() >= 3
    # ... and so is the report it denies, with links both ways.
    assert page.locator('[data-a="a14"]').count() >= 2
    assert page.locator('#card-a15 a[href="#at-a14"]').count() == 1
    assert page.locator('#card-a14 a.to-denial[href="#at-a15"]').count() == 1

    # Hover opens the card.
    assert page.locator("#card-a15").is_hidden()
    cues.nth(1).hover()
    page.locator("#card-a15").wait_for(state="visible", timeout=3000)
    assert "deny" in page.locator("#card-a15").inner_text()
    _keep(page, tmp_path, "document.png")

    # Keyboard: Tab from one attribution reaches the next one, whose card opens.
    page.keyboard.press("Escape")
    page.focus("#at-a13")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "at-a14"
    page.locator("#card-a14").wait_for(state="visible", timeout=3000)
    assert page.locator("#card-a15").is_hidden()
    # Enter moves into the card, whose links are then reachable by keyboard.
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('#card-a14') !== null")
    # Following the card's link to the denial lands there and opens its card.
    page.locator('#card-a14 a.to-denial[href="#at-a15"]').click()  # the FT report is denied twice
    page.locator("#card-a15").wait_for(state="visible", timeout=3000)
    assert page.url.endswith("#at-a15")
    _keep(page, tmp_path, "document-denial.png")
    assert not watch.problems, watch.problems

    # The table row links to the place in the text.
    page.locator('#row-a15 a[href="#at-a15"]').click()
    assert page.url.endswith("#at-a15")


def test_phone_width_has_no_horizontal_scroll(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(f"{server}/-/sayso/doc/gnews-2181912")
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.locator('[data-a="a15"][data-role="cue"]').nth(1).click()
    card = page.locator("#card-a15")
    card.wait_for(state="visible")
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 391
    _keep(page, tmp_path, "document-phone.png")


def test_entity_outlet_home_and_search_pages(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    watch = Watch(page)
    page.goto(f"{server}/-/sayso/entity/Dmitry%20Peskov")
    assert page.locator("h1").inner_text() == "Dmitry Peskov"
    _keep(page, tmp_path, "entity.png")
    page.goto(f"{server}/-/sayso/outlet/Central%20News%20Agency")
    assert page.locator("svg.graph path").count() >= 1
    _keep(page, tmp_path, "outlet.png")
    page.goto(f"{server}/-/sayso")
    page.fill('input[name="q"]', "驳回")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    first = page.locator(".hit a").first
    assert "驳回" in page.locator(".hit").first.inner_text()
    first.click()
    page.wait_for_url("**/doc/gnews-2181912?hl=*#at-a15")
    page.locator("#card-a15").wait_for(state="visible", timeout=3000)
    assert page.locator("mark.hl").first.inner_text() == "驳回"
    assert not watch.problems, watch.problems


def test_hostile_text_never_runs(server, browser, tmp_path):
    from sayso.web.render import write_html

    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    standalone = tmp_path / "evil.html"
    write_html(evil_analysis(), str(standalone))
    for url in (f"{server}/-/sayso/doc/evil-1", f"{server}/-/sayso",
                f"{server}/-/sayso/search?q=script", standalone.as_uri()):
        page.goto(url)
        assert page.evaluate("window.__pwned === undefined"), url
        assert page.locator("main img").count() == 0, url
        assert page.locator('a[href^="javascript:"]').count() == 0, url
        for m in page.locator("[data-a]").all()[:6]:
            m.hover()
    assert not dialogs
    page.goto(f"{server}/-/sayso/doc/evil-1")
    assert "<script>window.__pwned=3</script>标题" in page.locator("h1").inner_text()
    assert "<script>" in page.locator("article").inner_text()
