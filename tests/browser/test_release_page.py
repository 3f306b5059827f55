"""The release page as a person uses it: opened from the file system in a real headless browser
(Debian's chromium, driven by selenium through /usr/bin/chromedriver; nothing is downloaded).

Screenshots go to ``test-artifacts/`` (git-ignored). Without chromium these tests fail and say
how to install it; ``make test`` installs it.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
INSTALL = "apt-get update && apt-get install -y chromium chromium-driver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1800")


def _find(name: str) -> str | None:
    return shutil.which(name) or next(
        (p for p in (f"/usr/bin/{name}", f"/usr/lib/chromium/{name}") if Path(p).is_file()), None)


def installed_browser() -> tuple[str, str]:
    """Paths of chromium and chromedriver; the test fails saying how to install them."""
    chromium, driver_path = _find("chromium"), _find("chromedriver")
    if not chromium or not driver_path:
        pytest.fail(f"the browser tests need Debian's chromium and chromedriver, not found: "
                    f"install them with `{INSTALL}` (`make test` does)", pytrace=False)
    return chromium, driver_path


@pytest.fixture(scope="module")
def browser():
    chromium, driver_path = installed_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="newsledger-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS + (f"--user-data-dir={profile}",):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_without_chromium_the_tests_fail_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(Path, "is_file", lambda self: False)
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        installed_browser()


def open_page(browser, path: Path):
    browser.get(path.resolve().as_uri())
    browser.get_log("browser")  # start each page with an empty log
    browser.refresh()
    return browser


def console_errors(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def visible_rows(browser, table: str) -> int:
    return browser.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0]))"
        ".filter(r => !r.hidden).length", f"#t-{table} tbody tr")


def test_page_opens_without_errors_and_its_charts_render(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    assert console_errors(browser) == []
    assert browser.title.startswith("newsledger dataset 0.1.0")
    for chart in ("timeline", "speakers", "entities"):
        sizes = browser.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(r => {"
            "const b = r.getBoundingClientRect(); return [b.width, b.height]; })",
            f"#chart-{chart} svg rect")
        assert sizes and all(w > 0 and h > 0 for w, h in sizes), chart
    assert browser.execute_script("return document.querySelectorAll('.conflict mark').length") > 0
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "release-page.png"))


def test_filter_narrows_the_preview_and_clearing_it_restores_it(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    total = visible_rows(browser, "quotes")
    key = browser.execute_script(
        "return document.querySelector('#t-quotes tbody tr:nth-child(7) td:nth-child(2)')"
        ".textContent")
    box = browser.find_element(By.ID, "f-quotes")
    box.send_keys(key)
    assert visible_rows(browser, "quotes") == 1
    assert browser.find_element(By.ID, "s-quotes").text == f"1 of {total} preview rows shown"
    box.clear()
    box.send_keys("no row says this")
    assert visible_rows(browser, "quotes") == 0
    box.clear()
    box.send_keys(" ")  # an input event with an empty query
    assert visible_rows(browser, "quotes") == total
    assert console_errors(browser) == []


def test_clicking_a_header_sorts_the_preview(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    header = browser.find_element(By.CSS_SELECTOR, '#t-claims th[data-col="value"]')
    column = browser.execute_script(
        "return Array.from(arguments[0].parentNode.children).indexOf(arguments[0]) + 1", header)

    def values() -> list[float]:
        return [float(v) for v in browser.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]))"
            ".map(c => c.getAttribute('data-v'))", f"#t-claims tbody td:nth-child({column})")]

    header.click()
    assert values() == sorted(values()) and header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert values() == sorted(values(), reverse=True)


def test_a_row_opens_its_article_with_the_span_highlighted(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    viewer = browser.find_element(By.ID, "source")
    assert not viewer.is_displayed()
    rows = browser.find_elements(By.CSS_SELECTOR, "#t-quotes tbody tr")
    headers = [h.text.strip(" ↕") for h in
               browser.find_elements(By.CSS_SELECTOR, "#t-quotes thead th")]
    for row in rows[:5]:
        cells = row.find_elements(By.TAG_NAME, "td")
        quote = cells[headers.index("quote_text")].get_attribute("textContent")
        source_id = cells[headers.index("source_id")].get_attribute("textContent")
        browser.execute_script("arguments[0].click()", cells[0].find_element(By.TAG_NAME, "a"))
        assert viewer.is_displayed()
        mark = viewer.find_element(By.TAG_NAME, "mark").get_attribute("textContent")
        if not quote.endswith("…"):
            assert mark == quote
        assert viewer.find_element(By.CLASS_NAME, "sid").text == source_id
        viewer.find_element(By.CLASS_NAME, "close").click()
        assert not viewer.is_displayed()


def test_markup_in_an_article_shows_as_text(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    assert browser.execute_script("return document.scripts.length") == 2
    assert browser.execute_script("return document.images.length") == 0
    box = browser.find_element(By.ID, "f-sources")
    box.send_keys("hostile")
    row = browser.find_element(By.CSS_SELECTOR, "#t-sources tbody tr:not([hidden])")
    assert "<script>alert('x')</script>" in row.get_attribute("textContent")
    browser.execute_script("arguments[0].click()", row.find_element(By.CSS_SELECTOR, "a.src"))
    text = browser.find_element(By.CSS_SELECTOR, "#source .text").get_attribute("textContent")
    assert "<script>alert('x')</script>" in text and "<img src=x onerror=alert(2)>" in text
    assert browser.execute_script("return document.images.length") == 0
    assert console_errors(browser) == []
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "release-page-source.png"))


def _links(browser) -> list[str]:
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")


def test_every_link_resolves_to_a_file_of_the_release_or_the_page(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    here = (browsable_release / "index.html").resolve()
    ids = set(browser.execute_script(
        "return Array.from(document.querySelectorAll('[id]')).map(e => e.id)"))
    for href in _links(browser):
        url = urlparse(href)
        if url.scheme == "https":  # the one link out: Datasette's home page
            continue
        assert url.scheme == "file", href
        target = Path(unquote(url.path))
        if target == here:
            assert url.fragment in ids, href
        else:
            assert target.parent == here.parent and target.is_file(), href


def test_list_of_releases_opens_and_links_to_release_pages(browser, browsable_release):
    out = browsable_release.parent
    open_page(browser, out / "index.html")
    assert console_errors(browser) == []
    links = [Path(unquote(urlparse(h).path)) for h in _links(browser)]
    assert links == [browsable_release.resolve() / "index.html"]


def test_measured_quality_shows_as_a_scorecard_with_every_figure_folded(
        browser, browsable_release, tmp_path):
    import json

    from newsledger.publish.info import DatasetInfo
    from newsledger.publish.page import write_release_page
    from tests.publish.test_page import QUALITY

    release = tmp_path / "0.1.0"
    shutil.copytree(browsable_release, release)
    (release / "quality.json").write_text(json.dumps(QUALITY), encoding="utf-8")
    write_release_page(release, info=DatasetInfo(), version="0.1.0",
                       release_date="2020-11-06", counts={}, report={}, corpus_sha256="",
                       limits="")
    open_page(browser, release / "index.html")
    assert console_errors(browser) == []
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('#quality table.scorecard tbody tr'))"
        ".map(r => Array.from(r.cells).map(c => c.textContent))")
    assert [r[:2] for r in rows] == [["Quotes", "PolNeAR dev"], ["Speakers", "PolNeAR dev"],
                                     ["Dates", "TimeBank"], ["Stories", "ECB+"]]
    assert rows[2][2] == "value F1 not measured: gold set not shipped <b>here</b>"
    folded = browser.find_element(By.CSS_SELECTOR, "#quality details.figures")
    assert not folded.find_element(By.TAG_NAME, "table").is_displayed()
    folded.find_element(By.TAG_NAME, "summary").click()
    figures = browser.execute_script(
        "return Array.from(document.querySelectorAll('#quality details.figures tbody tr'))"
        ".map(r => r.cells[1].textContent)")
    assert figures == ["0.911", "0.800", "not measured: gold set not shipped <b>here</b>",
                       "0.910"]


def test_stories_lead_the_page_and_unfold(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    first = browser.execute_script(
        "return document.querySelector('main > section').id")
    assert first == "stories"
    stories = browser.find_elements(By.CSS_SELECTOR, "#story-list > details.story")
    assert len(stories) >= 2
    assert stories[0].get_attribute("open") is not None  # the first story is unfolded
    closed = stories[1]
    body = closed.find_element(By.CLASS_NAME, "story-body")
    assert not body.is_displayed()
    closed.find_element(By.TAG_NAME, "summary").click()
    assert body.is_displayed()
    assert body.find_elements(By.CSS_SELECTOR, "table.story-sources tbody tr")
    assert console_errors(browser) == []


def test_a_link_to_a_folded_story_unfolds_it(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    folded = browser.execute_script(
        "return Array.from(document.querySelectorAll('#story-list > details'))"
        ".filter(d => !d.open).map(d => d.id)")
    assert folded
    browser.get((browsable_release / "index.html").resolve().as_uri() + "#" + folded[-1])
    assert browser.execute_script("return document.getElementById(arguments[0]).open",
                                  folded[-1])
    assert console_errors(browser) == []


def test_a_disputed_number_opens_each_article_at_its_sentence(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    viewer = browser.find_element(By.ID, "source")
    story = browser.execute_script(
        "return document.querySelector('#story-list > details .conflict').closest('details')")
    if story.get_attribute("open") is None:
        story.find_element(By.TAG_NAME, "summary").click()
    cards = story.find_elements(By.CSS_SELECTOR, ".conflict .claim")
    values = [c.find_element(By.CSS_SELECTOR, ".value").text for c in cards]
    assert len(cards) >= 2 and len(set(values)) >= 2  # the sources' values side by side
    for card in cards:
        number = card.find_element(By.TAG_NAME, "mark").get_attribute("textContent")
        sentence = card.find_element(By.CSS_SELECTOR, "div:nth-child(2)") \
            .get_attribute("textContent")
        browser.execute_script("arguments[0].click()",
                               card.find_element(By.CSS_SELECTOR, "a.src"))
        assert viewer.is_displayed()
        mark = viewer.find_element(By.TAG_NAME, "mark").get_attribute("textContent")
        assert number in mark and mark.strip() == sentence.strip(" …")
        viewer.find_element(By.CLASS_NAME, "close").click()
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "release-page-stories.png"))


def test_filter_narrows_the_stories(browser, browsable_release):
    open_page(browser, browsable_release / "index.html")
    visible = ("return Array.from(document.querySelectorAll('#story-list > details'))"
               ".filter(d => !d.hidden).length")
    total = browser.execute_script(visible)
    title = browser.execute_script(
        "return document.querySelector('#story-list > details:nth-child(2) .title')"
        ".textContent")
    box = browser.find_element(By.ID, "f-story-list")
    box.send_keys(title)
    assert 1 <= browser.execute_script(visible) < total
    assert browser.find_element(By.ID, "s-story-list").text.endswith(f"of {total} stories shown")
    box.clear()
    box.send_keys(" ")
    assert browser.execute_script(visible) == total
    assert console_errors(browser) == []
