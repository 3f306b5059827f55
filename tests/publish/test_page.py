"""The release page and the list of releases, read as HTML (the browser tests use them)."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.publish import page
from newsledger.publish.page import (PREVIEW_ROWS, changelog_sections, json_for_script,
                                     markdown_lite, release_page)
from newsledger.publish.page.sections import conflicts_section
from newsledger.publish.release import publish
from schemas import TABLES
from tests.helpers import HOSTILE, tiny_rows, with_changes

REPORT = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "timings": {}}
QUALITY = {"evaluator_version": "eval-1", "figures": [
    {"name": "quotes.span_f1", "label": "Quote spans found, F1", "value": 0.9114, "n": 812,
     "gold_set": "PolNeAR dev", "gold_size": "200 articles", "note": None},
    {"name": "dates.value_f1", "label": "Date values, F1", "value": None, "n": None,
     "gold_set": "TimeBank", "gold_size": "183 articles",
     "note": "gold set not shipped <b>here</b>"}]}


class Elements(HTMLParser):
    """Tags and attributes of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def parse(html: str) -> list[tuple[str, dict[str, str]]]:
    p = Elements()
    p.feed(html)
    return p.tags


def _page(out: Path, version: str = "0.1.0") -> str:
    return (out / version / "index.html").read_text(encoding="utf-8")


def test_untrusted_text_is_never_markup(tmp_path):
    publish(tiny_rows(text=HOSTILE), REPORT, tmp_path, release_date="2020-11-06")
    html = _page(tmp_path)
    tags = parse(html)
    assert [t for t, _ in tags].count("script") == 2  # the page's data and its own script
    assert not [t for t, _ in tags if t in ("img", "b")]
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text in the previews
    data = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', html, re.S)
    assert json.loads(data[1])["sources"][0]["segs"][0][1] == HOSTILE


def test_json_in_a_script_element_cannot_close_it():
    text = json_for_script({"t": "</script><!-- & <script>"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><!-- & <script>"}


def test_page_lists_every_checksummed_file_with_its_checksum(tmp_path):
    publish(tiny_rows(), REPORT, tmp_path, release_date="2020-11-06")
    html = _page(tmp_path)
    sums = (tmp_path / "0.1.0" / "SHA256SUMS").read_text().splitlines()
    listed = [line.split("  ") for line in sums]
    assert {name for _, name in listed} >= {"index.html", "newsledger.sqlite"}
    hrefs = {a["href"] for t, a in parse(html) if t == "a" and "href" in a}
    for digest, name in listed:
        if name == "index.html":
            continue
        assert digest in html, name
        assert name in hrefs, name


def test_page_links_resolve_to_files_of_the_release_or_elements_of_the_page(browsable_release):
    html = (browsable_release / "index.html").read_text(encoding="utf-8")
    tags = parse(html)
    ids = {a["id"] for _, a in tags if "id" in a}
    for tag, attrs in tags:
        href = attrs.get("href")
        if tag != "a" or href is None or href.startswith("https://"):
            continue
        if href.startswith("#"):
            assert href[1:] in ids, href
        else:
            assert "/" not in href and (browsable_release / href).is_file(), href


def test_previews_are_bounded_and_say_so(browsable_release):
    html = (browsable_release / "index.html").read_text(encoding="utf-8")
    n_quotes = pq.read_metadata(browsable_release / "quotes.parquet").num_rows
    assert n_quotes > PREVIEW_ROWS
    body = re.search(r'<table class="preview" id="t-quotes">.*?<tbody>(.*?)</tbody>', html, re.S)
    assert body[1].count("<tr>") == PREVIEW_ROWS
    assert f"first {PREVIEW_ROWS} of {n_quotes:,} rows" in html
    assert len(html) < 2_000_000


def test_every_preview_row_links_to_its_source_span(browsable_release):
    html = (browsable_release / "index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="page-data">(.*?)</script>', html, re.S)[1])
    for name in TABLES:
        if "source_id" not in TABLES[name].columns and name != "entities":
            continue  # stories and claim groups span several articles
        body = re.search(rf'id="t-{name}">.*?<tbody>(.*?)</tbody>', html, re.S)[1]
        rows = body.split("<tr>")[1:]
        assert rows, name
        for row in rows:
            link = re.search(r'<a class="src" href="#source" data-s="(\d+)"'
                             r'(?: data-a="(\d+)" data-b="(\d+)")?', row)
            assert link, (name, row[:200])
            source = data["sources"][int(link[1])]
            if link[2] is not None:  # the span lies in an embedded segment
                assert any(s <= int(link[2]) and int(link[3]) <= s + len(t)
                           for s, t in source["segs"])


def test_charts_have_bars(browsable_release):
    html = (browsable_release / "index.html").read_text(encoding="utf-8")
    for chart in ("timeline", "speakers", "entities"):
        figure = re.search(rf'id="chart-{chart}">(.*?)</figure>', html, re.S)[1]
        assert figure.count("<rect") >= 2, chart
    assert html.count('class="conflict"') >= 1


@pytest.mark.parametrize("quality, expected", [
    (None, ["No quality measured for this release."]),
    (QUALITY, ["Quote spans found, F1", "0.911", "812", "PolNeAR dev", "200 articles",
               "eval-1", "not measured: gold set not shipped &lt;b&gt;here&lt;/b&gt;"]),
])
def test_measured_quality_section(tmp_path, quality, expected):
    publish(tiny_rows(), REPORT, tmp_path, release_date="2020-11-06")
    release = tmp_path / "0.1.0"
    if quality is not None:
        (release / "quality.json").write_text(json.dumps(quality))
    html = release_page(release, name="n", title="t", version="0.1.0", release_date=None,
                        counts={}, report={}, corpus_sha256="", limits="")
    section = re.search(r'<section id="quality">(.*?)</section>', html, re.S)[1]
    for text in expected:
        assert text in section


def test_page_of_an_empty_release_renders(tmp_path):
    publish({}, REPORT, tmp_path, release_date="2020-11-06")
    html = _page(tmp_path)
    assert "No dated events in this release." in html
    assert "No claims flagged" in html


@pytest.mark.parametrize("text, html", [
    ("A `code` & <b>", "<p>A <code>code</code> &amp; &lt;b&gt;</p>"),
    ("- one\n  continued\n- two", "<ul><li>one continued</li><li>two</li></ul>"),
])
def test_markdown_lite(text, html):
    assert markdown_lite(text) == html


def test_dataset_index_lists_releases_newest_first_with_changelog_entries(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    out = tmp_path / "ds"
    publish(tiny_rows(), REPORT, out, release_date="2020-11-06", changelog=changelog)
    publish(with_changes(tiny_rows(), claims={"value": 57000.0}), REPORT, out,
            release_date="2020-11-07", changelog=changelog, why="A <better> claim.")
    html = (out / "index.html").read_text(encoding="utf-8")
    assert html.index('id="v0.1.1"') < html.index('id="v0.1.0"')
    assert "A &lt;better&gt; claim." in html and "claims: +0 / -0 / ~1, 1 rows" in html
    assert "First release." in html
    hrefs = [a["href"] for t, a in parse(html) if t == "a"]
    assert hrefs == ["0.1.1/index.html", "0.1.0/index.html"]
    assert all((out / h).is_file() for h in hrefs)
    assert set(changelog_sections(changelog.read_text())) == {"0.1.0", "0.1.1"}


def test_dataset_index_links_older_releases_to_their_card(tmp_path):
    publish(tiny_rows(), REPORT, tmp_path, release_date="2020-11-06")
    (tmp_path / "0.1.0" / "index.html").unlink()  # as made before the page existed
    page.write_dataset_index(tmp_path)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'href="0.1.0/README.md"' in html and "No changelog entry." in html


def test_conflict_cards_keep_the_words_around_the_number():
    text = "x" * 500 + " won 60,000 votes, " + "y" * 500
    a = text.index("60,000")
    claim = {"claim_id": "c_1", "source_id": "s<1>", "char_start": 0, "char_end": len(text),
             "claim_text": text, "value": 60000.0, "value_text": "60,000 votes",
             "value_start": a, "value_end": a + 12, "unit": "vote", "qualifier": "exact",
             "claimant": None}
    links = page.SourceLinks()
    html = conflicts_section([{"cluster_id": "cc_1", "measure_key": "k|vote",
                                    "n_claims": 1, "n_sources": 1, "claims": [claim]}], 1, links)
    assert " won <mark>60,000 votes</mark>, " in html and "60,000 vote" in html
    assert "…" + "x" * 10 in html and "s&lt;1&gt;" in html
    assert links.spans == {"s<1>": [(0, len(text))]}
