"""Metadata headers of .txt/.md articles (``ingest.header``): which blocks are headers, the
fields they give, and the text left as the article; dates as metadata writes them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsledger.ingest import read_corpus
from newsledger.ingest.header import split_header
from newsledger.ingest.readers import parse_published
from tests.test_docs import code_blocks

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

SCRAPED = ("Title: Two dead in tram crash\nDate: 2026-03-14\nSource: The Guardian\n\n"
           "Two people died.")
FENCED = ('---\ntitle: "Derby: two dead in tram crash"\ndate: 2026-03-14T08:15:00Z\n'
          'authors:\n  - Jane Smith\n  - Omar Farah\ntags: [transport, derby]\n'
          'description: >\n  A folded value\n  over two lines\nurl: https://example.org/a\n'
          '---\n\nTwo people were killed.')


@pytest.mark.parametrize("text, fields, body", [
    (SCRAPED, {"title": "Two dead in tram crash", "published": "2026-03-14",
               "outlet": "The Guardian"}, "Two people died."),
    (FENCED, {"title": "Derby: two dead in tram crash", "published": "2026-03-14T08:15:00Z",
              "author": "Jane Smith, Omar Farah", "url": "https://example.org/a"},
     "Two people were killed."),
    # e-mail and feed exports: keys in any case, "Published-At", "By"
    ("URL: https://x.test/1\nPublished-At: Sat, 14 Mar 2026 09:02:00 GMT\nBy: A. Writer\n\nText.",
     {"url": "https://x.test/1", "published": "Sat, 14 Mar 2026 09:02:00 GMT",
      "author": "A. Writer"}, "Text."),
    # front matter with only keys of its own: taken off, no fields
    ("---\nlayout: post\ncategories: [news]\n---\nBody.", {}, "Body."),
    # the first of two keys for one field wins; inline lists are joined
    ("---\nsource: Reuters\npublisher: Thomson\nauthors: [A, 'B']\n---\nBody.",
     {"outlet": "Reuters", "author": "A, B"}, "Body."),
])
def test_headers(text, fields, body):
    header = split_header(text)
    assert header.fields == fields
    assert header.body == body


@pytest.mark.parametrize("text", [
    "Source: Minister to quit over expenses\n\nThe minister is expected to resign.",  # a headline
    "Poll: Voters back plan\nDate: Monday\n\nText.",  # "Poll" is no field: a headline
    "Title: A\nDate: 2026-01-01\n",  # nothing after the block: it is the article
    "Title: A\nDate: 2026-01-01\nMore text on the same block.\n\nBody.",
    "The council met.\n---\nMinutes follow.\n---\nEnd.",  # rules inside the text
    "---\nNo closing rule: a horizontal line opens the text.\n\nBody.",
    "Dear editor: I write to complain.\nRegards: a reader\n\nBody.",
    "",
])
def test_not_headers(text):
    header = split_header(text)
    assert header.fields == {} and header.body == text


@pytest.mark.parametrize("value, day", [
    ("2020-11-05", dt.date(2020, 11, 5)),
    ("2020-11-05T23:30:00-05:00", dt.date(2020, 11, 5)),  # the day where it was written
    ("Thu, 05 Nov 2020 10:00:00 GMT", dt.date(2020, 11, 5)),
    ("5 November 2020", dt.date(2020, 11, 5)),
    ("Nov. 5, 2020", dt.date(2020, 11, 5)),
    ("Sept. 5, 2020", dt.date(2020, 9, 5)),
    ("Thursday, November 5, 2020", dt.date(2020, 11, 5)),
    ("2020", None), ("Monday", None), ("last week", None), ("31 February 2020", None), (None, None),
])
def test_published_values(value, day):
    assert parse_published(value) == day


def test_a_header_fills_the_article_and_leaves_the_text(tmp_path):
    (tmp_path / "a.txt").write_text(SCRAPED, encoding="utf-8")
    (tmp_path / "b.md").write_text(FENCED, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Plain headline here\n\nBody of c.", encoding="utf-8")
    articles = {a.source_id: a for a in read_corpus([tmp_path]).articles}
    a, b, c = articles["a"], articles["b"], articles["c"]
    assert (a.title, a.published, a.outlet, a.text) == (
        "Two dead in tram crash", dt.date(2026, 3, 14), "The Guardian", "Two people died.")
    assert (b.title, b.published, b.author, b.url) == (
        "Derby: two dead in tram crash", dt.date(2026, 3, 14), "Jane Smith, Omar Farah",
        "https://example.org/a")
    assert b.text == "Two people were killed."
    assert (c.title, c.published, c.outlet) == ("Plain headline here", None, None)


def test_the_readme_header_example_is_read(tmp_path):
    blocks = [b for b in code_blocks(README, "text") if b.startswith("Title: ")]
    assert blocks, "README lost its header example"
    (tmp_path / "x.txt").write_text(blocks[0], encoding="utf-8")
    article = read_corpus([tmp_path]).articles[0]
    assert article.title and article.published == dt.date(2026, 3, 14) and article.outlet
    assert article.text.startswith("Two people were killed")
