"""The release page and the list of releases, read as HTML (the browser tests use them)."""
from __future__ import annotations

import datetime as dt
import json
import re
from html import escape as html_escape
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.publish import page
from newsledger.publish.info import DatasetInfo
from newsledger.publish.page import (PREVIEW_ROWS, changelog_sections, json_for_script,
                                     markdown_lite, release_page)
from newsledger.publish.page.sources import SourceLinks
from newsledger.publish.page.stories import _conflict, when
from newsledger.publish.page.story_queries import (CONFLICT_STORIES, EVENTS_PER_STORY,
                                                   STORIES_SHOWN, Story, pick_stories)
from newsledger.publish.release import publish
from schemas import TABLES
from tests.helpers import HOSTILE, tiny_rows, with_changes

ROOT = Path(__file__).resolve().parents[2]

REPORT = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "timings": {}}
QUALITY = {"evaluator_version": "eval-1", "figures": [
    {"name": "quotes.span_f1.overlap@polnear", "label": "Quote spans found, F1", "value": 0.9114,
     "n": 812, "gold_set": "PolNeAR dev", "gold_size": "200 articles", "note": None},
    {"name": "quotes.speaker_accuracy@polnear", "label": "Speaker right", "value": 0.8,
     "n": 700, "gold_set": "PolNeAR dev", "gold_size": "200 articles", "note": None},
    {"name": "dates.value_f1@timebank", "label": "Date values, F1", "value": None, "n": None,
     "gold_set": "TimeBank", "gold_size": "183 articles",
     "note": "gold set not shipped <b>here</b>"},
    {"name": "stories.pairwise_f1@ecb", "label": "Stories, pairwise F1", "value": 0.91,
     "n": 4000, "gold_set": "ECB+", "gold_size": "535 articles", "note": None}]}


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
    rows = with_changes(tiny_rows(text=HOSTILE), stories={"title": "<script>alert(3)</script>"},
                        claim_groups={"measure": "<b>votes</b> received"})
    publish(rows, REPORT, tmp_path, release_date="2020-11-06")
    html = _page(tmp_path)
    tags = parse(html)
    assert [t for t, _ in tags].count("script") == 2  # the page's data and its own script
    assert not [t for t, _ in tags if t in ("img", "b")]
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text in the previews
    stories = re.search(r'<section id="stories">(.*?)</section>', html, re.S)[1]
    assert '<span class="title">&lt;script&gt;alert(3)&lt;/script&gt;</span>' in stories
    assert "&lt;b&gt;votes&lt;/b&gt; received" in stories  # a group not compared, folded
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


def test_element_ids_are_unique(browsable_release):
    html = (browsable_release / "index.html").read_text(encoding="utf-8")
    ids = [a["id"] for _, a in parse(html) if "id" in a]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


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
    html = release_page(release, info=DatasetInfo(title="t"), version="0.1.0",
                        release_date=None, counts={}, report={}, corpus_sha256="", limits="")
    section = re.search(r'<section id="quality">(.*?)</section>', html, re.S)[1]
    for text in expected:
        assert text in section


def test_quality_scorecard_has_a_line_per_capability_and_gold_set_details_folded():
    html = page.sections.quality_section(QUALITY)
    card = re.search(r'<table class="scorecard">.*?<tbody>(.*?)</tbody>', html, re.S)[1]
    lines = [re.findall(r"<th scope=row>(.*?)</th><td title=\"[^\"]*\">(.*?)</td>", r)[0]
             for r in card.split("</tr>") if r]
    assert lines == [("Quotes", "PolNeAR dev"), ("Speakers", "PolNeAR dev"),
                     ("Dates", "TimeBank"), ("Stories", "ECB+")]
    assert "span F1 <strong>0.911</strong>" in card and "pairwise F1 <strong>0.910</strong>" in card
    folded = re.search(r'<details class="figures"><summary>All 4 figures', html)
    assert folded and html.index("scorecard") < folded.start()


def test_the_page_leads_with_the_stories_and_ends_with_what_was_left_out(tmp_path):
    rejected = {"n_inputs": 2, "n_accepted": 1, "timings": {},
                "rejected": [{"input_path": "bad.bin", "reason": "binary", "detail": "NUL"}]}
    publish(tiny_rows(), rejected, tmp_path, release_date="2020-11-06")
    html = _page(tmp_path)
    order = [html.index(f'<section id="{s}">') for s in
             ("stories", "charts", "quality", "tables", "files", "query", "card")]
    assert order == sorted(order)
    assert order[-1] < html.index("Rejected inputs") < html.index("Known limits")


def test_page_of_an_empty_release_renders(tmp_path):
    publish({}, REPORT, tmp_path, release_date="2020-11-06")
    html = _page(tmp_path)
    assert "No dated events in this release." in html
    assert "No stories in this release." in html


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
    claim = {"source_id": "s<1>", "char_start": 0, "char_end": len(text), "claim_text": text,
             "value": 60000.0, "value_text": "60,000 votes", "value_start": a,
             "value_end": a + 12, "unit": "vote", "qualifier": "more_than", "claimant": None,
             "outlet": "Wire & Co", "published_date": None, "copy_of": None}
    group = {"cluster_id": "cc_1", "measure": "votes received", "subject": "West",
             "period": "2020", "n_claims": 1, "n_independent": 2, "reason": "r <i>",
             "claims": [claim]}
    links = SourceLinks()
    html = _conflict(group, Story({"story_id": "st_1"}), links)
    assert " won <mark>60,000 votes</mark>, " in html
    assert "60,000 votes <span class=\"note\">(more than)</span>" in html
    assert "…" + "x" * 10 in html and "s&lt;1&gt;" in html and "Wire &amp; Co" in html
    assert "votes received of West in 2020" in html and "r &lt;i&gt;" in html
    assert links.spans == {"s<1>": [(0, len(text))]}


def _row(i: int, n_independent: int, first: str | None = None) -> dict:
    return {"story_id": f"st_{i:03d}", "n_independent": n_independent,
            "first_published": None if first is None else dt.date.fromisoformat(first)}


def test_stories_listed_in_full_most_independent_first_then_conflicted_ones_capped():
    rows = [_row(i, 2 + i % 3, f"2020-01-{1 + i % 28:02d}") for i in range(200)]
    rows += [_row(900, 9), _row(901, 9, "2019-05-01")]
    conflicted = {f"st_{i:03d}" for i in range(0, 200, 2)}
    picked = pick_stories(rows, conflicted)
    ids = [r["story_id"] for r in picked]
    assert ids[:2] == ["st_901", "st_900"]  # the undated one after the dated one
    top, more = picked[:STORIES_SHOWN], picked[STORIES_SHOWN:]
    assert [r["n_independent"] for r in top] == sorted((r["n_independent"] for r in top),
                                                       reverse=True)
    assert len(more) == CONFLICT_STORIES and {r["story_id"] for r in more} <= conflicted
    assert min(r["n_independent"] for r in top) >= max(r["n_independent"] for r in more)


def test_stories_listed_within_a_byte_budget_with_only_their_links(monkeypatch):
    def fake(story, links, open_=False):
        links.link(story.story_id)
        return ("o" if open_ else "x") * 1000

    monkeypatch.setattr(page.stories, "story_section", fake)
    shown = [Story({"story_id": f"st_{i}"}) for i in range(20)]
    links = SourceLinks()
    kept = page.stories._within(shown, 5500, links, True)
    assert [s.story_id for s, _ in kept] == [f"st_{i}" for i in range(5)]
    assert [html[0] for _, html in kept] == ["o", "x", "x", "x", "x"]
    assert list(links.spans) == [f"st_{i}" for i in range(5)]
    assert len(page.stories._within(shown, 10, SourceLinks(), False)) == 1  # one at least


# ---------------------------------------------------------------------------------------------
# The stories section, on the written multi-outlet stories (tests/data/stories)

@pytest.fixture(scope="module")
def story_release(tmp_path_factory) -> Path:
    from newsledger.build import BuildOptions, build_locally

    root = tmp_path_factory.mktemp("stories")
    build_locally(BuildOptions(corpus=(ROOT / "tests" / "data" / "stories",),
                               out=root / "dataset", cache=None, release_date="2024-07-01",
                               workers=1))
    return root / "dataset" / "0.1.0"


def _story_html(html: str, story_id: str) -> str:
    return re.search(rf'<details class="story" id="story-{story_id}"[^>]*>(.*?)</details>\n',
                     html, re.S)[1]


def _links(fragment: str) -> set[tuple[int, int, int]]:
    return {(int(s), int(a), int(b)) for s, a, b in
            re.findall(r'data-s="(\d+)" data-a="(\d+)" data-b="(\d+)"', fragment)}


def test_a_conflict_shows_every_source_value_and_sentence(story_release):
    html = (story_release / "index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="page-data">(.*?)</script>', html, re.S)[1])
    index = {s["id"]: i for i, s in enumerate(data["sources"])}
    groups = pq.read_table(story_release / "claim_groups.parquet").to_pylist()
    claims = pq.read_table(story_release / "claims.parquet").to_pylist()
    conflicts = [g for g in groups if g["verdict"] == "conflicts"]
    assert len(conflicts) >= 5
    for g in conflicts:
        card = re.search(rf'<div class="conflict" id="group-{g["cluster_id"]}">(.*?)'
                         r'<p class="reason">(.*?)</p></div>', html, re.S)
        assert card, g["measure"]
        mine = [c for c in claims if c["cluster_id"] == g["cluster_id"]]
        assert len({c["source_id"] for c in mine}) >= 2
        for c in mine:
            assert html_escape(c["value_text"]) in card[1]
            assert f'<code>{html_escape(c["source_id"])}</code>' in card[1]
            a = c["value_start"] - c["char_start"]
            assert html_escape(c["claim_text"][:a]) + "<mark>" in card[1]
            assert (index[c["source_id"]], c["char_start"], c["char_end"]) in _links(card[1])
        assert card[2] == html_escape(g["reason"])


def test_copies_are_marked_and_not_counted_as_independent(story_release):
    html = (story_release / "index.html").read_text(encoding="utf-8")
    sources = pq.read_table(story_release / "sources.parquet",
                            columns=["source_id", "story_id", "outlet", "copy_of"]).to_pylist()
    copies = [s for s in sources if s["copy_of"]]
    assert copies
    outlet = {s["source_id"]: s["outlet"] for s in sources}
    for s in copies:
        story = _story_html(html, s["story_id"])
        row = re.search(rf'<tr class=copy>(?:(?!</tr>).)*data-s="\d+">text</a> '
                        rf'<span class="badge copy" title="a copy of '
                        rf'{re.escape(html_escape(s["copy_of"]))}[^"]*">copy of '
                        rf'{re.escape(html_escape(outlet[s["copy_of"]]))}</span>', story, re.S)
        assert row, s["source_id"]
        n_copies = sum(x["story_id"] == s["story_id"] and bool(x["copy_of"]) for x in sources)
        assert f"independent ({n_copies} cop" in story


def test_a_story_timeline_lists_its_events_by_date(story_release):
    html = (story_release / "index.html").read_text(encoding="utf-8")
    sources = pq.read_table(story_release / "sources.parquet",
                            columns=["source_id", "story_id"]).to_pylist()
    events = pq.read_table(story_release / "events.parquet").to_pylist()
    story_of = {s["source_id"]: s["story_id"] for s in sources}
    checked = 0
    for story_id in sorted(set(story_of.values())):
        mine = [ev for ev in events if story_of[ev["source_id"]] == story_id]
        timeline = re.search(r'<ol class="timeline">(.*?)</ol>', _story_html(html, story_id))
        if not mine:
            assert timeline is None
            continue
        items = re.findall(r"<li><time>(.*?)</time>", timeline[1])
        assert len(items) == min(EVENTS_PER_STORY, len({ev["cluster_id"] for ev in mine}))
        texts = {html_escape(ev["event_text"][:40]) for ev in mine}
        for item in timeline[1].split("<li>")[1:]:
            assert any(t in item for t in texts)
        dates = {html_escape(when(ev["date_value"])): ev["event_date"] for ev in mine}
        shown = [dates[d] for d in items]
        assert shown == sorted(shown)
        checked += 1
    assert checked >= 10


def test_stories_are_listed_by_independent_sources_then_date(story_release):
    html = (story_release / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<details class="story" id="story-(st_[0-9a-f]+)"', html)
    rows = {r["story_id"]: r for r in pq.read_table(story_release / "stories.parquet")
            .to_pylist()}
    assert sorted(listed) == sorted(rows)  # a small release lists every story
    keys = [(-rows[s]["n_independent"], rows[s]["first_published"] is None,
             rows[s]["first_published"] or dt.date.min) for s in listed]
    assert keys == sorted(keys)
    assert html.count('<details class="story" id=') == html.count("<summary><span class=\"title\">")
    assert len(re.findall(r'<details class="story" id="[^"]+" open>', html)) == 1
