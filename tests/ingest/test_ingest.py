"""Reading corpora: formats, normalization, titles, and every rejection reason."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.ingest import (CorpusError, UndecodableError, decode_bytes, detect_title,
                               iter_corpus, normalize_text, read_corpus)
from newsledger.records import Article, Rejection

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "kanye-2020"


def corpus(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    root = tmp_path / "corpus"
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
    return root


def reasons(tmp_path: Path, files: dict[str, bytes | str], **kw) -> dict[str, str]:
    read = read_corpus([corpus(tmp_path, files)], **kw)
    return {r.input_path: r.reason for r in read.rejections}


GOOD = "A headline\n\nBody text of the article.\n"


@pytest.mark.parametrize("files, expected", [
    ({"a.txt": b""}, {"a.txt": "empty"}),
    ({"a.txt": " \n\t\n"}, {"a.txt": "whitespace-only"}),
    ({"a.txt": b"\x00\x01\x02\x03" * 50}, {"a.txt": "binary"}),
    ({"a.txt": b"\x81\x8d\x8f\x90\x9d" * 3}, {"a.txt": "undecodable"}),
    ({"a.txt": GOOD, "b.txt": GOOD}, {"b.txt": "duplicate"}),
    ({"a.jsonl": '{"id": "x", "text": "fine"}\nnot json\n'}, {"a.jsonl#L2": "invalid-json"}),
    ({"a.jsonl": '[1, 2]\n'}, {"a.jsonl#L1": "invalid-json"}),
    ({"a.jsonl": '{"id": "x", "title": "no text"}\n'}, {"a.jsonl#L1": "missing-text"}),
    ({"a.jsonl": '{"id": "x", "text": "  "}\n'}, {"a.jsonl#L1": "missing-text"}),
    ({"a.jsonl": '{"text": "no id"}\n'}, {"a.jsonl#L1": "missing-id"}),
    ({"a.jsonl": '{"id": "x", "text": "one"}\n{"id": "x", "text": "two"}\n'},
     {"a.jsonl#L2": "duplicate-id"}),
    ({"page.html": "<html><head><script>var x = 1;</script></head><body></body></html>"},
     {"page.html": "no-main-text"}),
    ({"a.txt": b"\xef\xbb\xbf"}, {"a.txt": "empty"}),  # a BOM and nothing else
    ({"a.md": "\r\n\u00a0 \r"}, {"a.md": "whitespace-only"}),
    ({"a.txt": b"text\x01\x02\x03\x04\x05\x06\x07\x08 more" * 20}, {"a.txt": "binary"}),
    ({"a.jsonl": b'{"id": "x", "text": "nul\x00"}\n'}, {"a.jsonl#L1": "binary"}),
    ({"a.jsonl": "\n\n  \n"}, {"a.jsonl": "empty"}),
    ({"a.jsonl": '"just a string"\n'}, {"a.jsonl#L1": "invalid-json"}),
    ({"a.jsonl": '{"id": "x", "text": 42}\n'}, {"a.jsonl#L1": "missing-text"}),
    ({"a.jsonl": '{"id": ["x"], "text": "body"}\n'}, {"a.jsonl#L1": "missing-id"}),
    ({"a.jsonl": '{"id": " ", "text": "body"}\n'}, {"a.jsonl#L1": "missing-id"}),
    ({"a.txt": "Same words.\r\n", "b.md": "Same words.\n"}, {"b.md": "duplicate"}),
    ({"a.txt": "Same words.\n", "b.jsonl": '{"id": "z", "text": "Same words.\\n"}\n'},
     {"b.jsonl#L1": "duplicate"}),
    ({"a.txt": "Text one.\n", "a.md": "Text two.\n"}, {"a.txt": "duplicate-id"}),
    ({"page.html": "   \n"}, {"page.html": "whitespace-only"}),
])
def test_rejection_reasons(tmp_path, files, expected):
    assert reasons(tmp_path, files) == expected


def test_too_large(tmp_path):
    assert reasons(tmp_path, {"a.txt": "x" * 200}, max_bytes=100) == {"a.txt": "too-large"}
    assert reasons(tmp_path / "exact", {"b.txt": "x" * 100}, max_bytes=100) == {}


def test_too_large_jsonl_line_is_skipped_and_the_next_line_read(tmp_path):
    big = json.dumps({"id": "big", "text": "y" * 300})
    lines = [json.dumps({"id": "a", "text": "short"}), big, json.dumps({"id": "b", "text": "ok"})]
    read = read_corpus([corpus(tmp_path, {"f.jsonl": "\n".join(lines)})], max_bytes=100)
    assert [a.input_path for a in read.articles] == ["f.jsonl#L1", "f.jsonl#L3"]
    assert [(r.input_path, r.reason) for r in read.rejections] == [("f.jsonl#L2", "too-large")]
    assert f"{len(big):,} bytes" in read.rejections[0].detail and read.n_inputs == 3


def test_duplicate_detail_names_the_kept_article(tmp_path):
    read = read_corpus([corpus(tmp_path, {"x/first.txt": GOOD, "y.txt": GOOD})])
    assert [a.source_id for a in read.articles] == ["x/first"]
    assert read.rejections[0].detail == "same text as x/first"


def test_every_rejection_has_one_line_of_detail(tmp_path):
    read = read_corpus([corpus(tmp_path, {"a.txt": b"", "b.jsonl": "nope\n[]\n{}\n",
                                          "c.txt": GOOD, "d.txt": b"\x81\x8d", "e.txt": GOOD})])
    assert len(read.rejections) == 6
    assert all(r.detail.strip() and "\n" not in r.detail for r in read.rejections)


def test_not_a_regular_file_is_unreadable(tmp_path):
    root = corpus(tmp_path, {"a.txt": GOOD})
    os.mkfifo(root / "pipe.txt")
    assert {r.input_path: r.reason for r in read_corpus([root]).rejections} == {
        "pipe.txt": "unreadable"}


def test_symlink_loops_and_links_inside_the_corpus(tmp_path):
    root = corpus(tmp_path, {"sub/a.txt": GOOD})
    os.symlink(root / "self.txt", root / "self.txt")  # a link to itself
    os.symlink(root, root / "sub" / "up")  # a folder link back to the root: not walked
    os.symlink(root / "sub" / "a.txt", root / "alias.txt")  # a file link inside: read
    read = read_corpus([root])
    assert [a.source_id for a in read.articles] == ["alias"]
    assert {r.input_path: r.reason for r in read.rejections} == {
        "self.txt": "unreadable", "sub/a.txt": "duplicate"}


def test_hidden_and_other_files_are_ignored(tmp_path):
    read = read_corpus([corpus(tmp_path, {".hidden.txt": GOOD, ".git/x.txt": "Other.\n",
                                          "data.csv": "a,b\n", "img.png": b"\x89PNG\x00",
                                          "README.md": "# Readme\n\nAbout.\n"})])
    assert [a.source_id for a in read.articles] == ["README"] and read.n_inputs == 1


def test_symlink_outside_the_corpus_is_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("private notes\n")
    root = corpus(tmp_path, {"a.txt": GOOD})
    os.symlink(outside, root / "link.txt")
    os.symlink(tmp_path, root / "loop")
    read = read_corpus([root])
    assert [a.source_id for a in read.articles] == ["a"]
    assert {r.input_path: r.reason for r in read.rejections} == {
        "link.txt": "symlink-outside-corpus", "loop": "symlink-outside-corpus"}


def test_bad_inputs_never_stop_the_others(tmp_path):
    read = read_corpus([corpus(tmp_path, {"a.txt": b"", "b.txt": GOOD, "c.txt": b"\x00" * 9})])
    assert [a.source_id for a in read.articles] == ["b"] and len(read.rejections) == 2
    assert read.n_inputs == 3


def test_cp1252_is_accepted_and_recorded(tmp_path):
    read = read_corpus([corpus(tmp_path, {"a.txt": b"caf\xe9 \x93quoted\x94\n"})])
    assert read.articles[0].encoding == "cp1252"
    assert read.articles[0].text == "café “quoted”\n"


def test_bom_is_dropped_and_recorded(tmp_path):
    root = corpus(tmp_path, {"a.txt": b"\xef\xbb\xbfHello there.\r\n"})
    (article,) = read_corpus([root]).articles
    assert (article.text, article.encoding) == ("Hello there.\n", "utf-8-sig")


def test_undecodable_bytes_raise():
    with pytest.raises(UndecodableError):
        decode_bytes(b"abc\x81")


def _one_bad_byte() -> tuple[bytes, int]:
    """A UTF-8 article with curly quotes (their bytes include 0x9d, which cp1252 lacks) and one
    Latin-1 byte (0xe9) a few bytes after the last of them."""
    head = ("Harbor Wire reporting. " * 9 + "The mayor said: \u201cThe ferry will run.\u201d "
            "At the caf").encode()
    return head + b"\xe9 on the quay, nobody believed it.\n", len(head)


def test_a_stray_byte_in_a_utf8_file_is_replaced_and_counted(tmp_path):
    data, bad = _one_bad_byte()
    assert data.index(b"\x9d") < bad
    (article,) = read_corpus([corpus(tmp_path, {"a.txt": data})]).articles
    assert article.encoding == f"utf-8, 1 byte replaced, first at byte {bad}"
    assert "At the caf\ufffd on the quay" in article.text and "\u201cThe ferry" in article.text


def test_a_file_neither_utf8_nor_cp1252_names_the_real_bad_bytes():
    data = "It \u201cwas\u201d ".encode() + b"\xe9\xe9\xe9"
    with pytest.raises(UndecodableError) as caught:
        decode_bytes(data)
    assert str(caught.value) == (
        "neither UTF-8 nor cp1252: byte 0xe9 at offset 13 is not UTF-8 (3 invalid of 16 "
        "bytes: more than 1 in 100, too many to replace); byte 0x9d at offset 11 is not cp1252")


@pytest.mark.parametrize("data, encoding", [
    (b"caf\xe9 au lait", "cp1252"),  # no UTF-8 evidence: a legacy file
    ("\u201cOK\u201d caf".encode() + b"\xe9", "utf-8, 1 byte replaced, first at byte 12"),
    (b"x" * 200 + b"\x81", "utf-8, 1 byte replaced, first at byte 200"),  # not cp1252 either
    (b"\xef\xbb\xbf" + "\u00e9\u00e9".encode() + b"\xff",
     "utf-8-sig, 1 byte replaced, first at byte 7"),
])
def test_which_encoding_reads_a_damaged_file(data, encoding):
    assert decode_bytes(data)[1] == encoding


def test_a_jsonl_line_with_a_stray_byte_is_kept(tmp_path):
    line = '{"id": "a", "text": "The \u201cferry\u201d at the caf'.encode() + b'\xe9."}\n'
    (article,) = read_corpus([corpus(tmp_path, {"a.jsonl": line})]).articles
    assert article.encoding.startswith("utf-8, 1 byte replaced") and "caf\ufffd." in article.text


@pytest.mark.parametrize("data, text, encoding", [
    (b"\xef\xbb\xbfhello", "hello", "utf-8-sig"),
    (b"", "", "utf-8"),
    ("héllo".encode(), "héllo", "utf-8"),
    (b"\x93hi\x94", "“hi”", "cp1252"),
])
def test_decode_bytes(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\rc\n", "a\nb\nc\n"),
    ("Cafe\u0301", "Café"),
    ("“curly”  and \"straight\"  ", "“curly”  and \"straight\"  "),
    ("tab\there", "tab\there"),
    ("a\r\r\nb", "a\n\nb"),
    ("line  \nnext\t\n", "line  \nnext\t\n"),  # trailing blanks kept
    ("‘single’ – dash — and … ellipsis", "‘single’ – dash — and … ellipsis"),
    ("ﬁ ligature and ① stay", "ﬁ ligature and ① stay"),  # NFC, not NFKC
    ("Z\u00fcrich / Zu\u0308rich", "Z\u00fcrich / Z\u00fcrich"),
])
def test_normalize_text_changes_only_line_ends_and_nfc(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("text, title", [
    ("Kanye West concedes, eyes 2024\n\nBody.", "Kanye West concedes, eyes 2024"),
    ("# Markdown heading\nBody.", "Markdown heading"),
    ("Is this the end for Kanye?\n\nBody.", "Is this the end for Kanye?"),
    ("Kanye West has conceded defeat after contesting the election.\n\nMore.", None),
    ("• Kanye West has conceded\n  • Some users\n", None),
    ("The mayor said: \"We will rebuild.\"\n\nMore.", None),
    ("A first line\nthat runs on into the body\n", None),
    (" ".join(["word"] * 40) + "\n\nBody.", None),
    ("", None),
    ("\n\n  Leading blank lines skipped  \n\nBody.", "Leading blank lines skipped"),
    ("## Closing hashes ##\nBody.", "Closing hashes"),
    ("#MeToo movement grows\n\nBody.", "#MeToo movement grows"),
    ("Setext heading\n==============\nBody.", "Setext heading"),
    ("Stocks Slide As Fed Signals More Hikes\nThe Dow fell 500 points.",
     "Stocks Slide As Fed Signals More Hikes"),
    ("Stocks slide as Fed signals more hikes\nThe Dow fell 500 points.", None),
    ("Rams beat 49ers 24-16 in overtime thriller!\n\nBody.",
     "Rams beat 49ers 24-16 in overtime thriller!"),
    ('Trump: "We will win"\n\nBody.', 'Trump: "We will win"'),
    ("By the numbers: the jobs report\n\nBody.", "By the numbers: the jobs report"),
    ("By Jane Doe, Associated Press\n\nBody.", None),  # byline
    ("Thursday, November 5, 2020\n\nBody.", None),  # date line
    ("WASHINGTON\n\nBody.", None),  # dateline
    ("NEW YORK (AP) —\n\nBody.", None),
    ("Published: 5 Nov 2020\n\nBody.", None),
    ("ANDERSON COOPER, CNN HOST:\n\nWelcome back.", None),  # transcript speaker
    ("- a list item\n\nBody.", None),
    ("> a quoted line\n\nBody.", None),
    ("A headline and nothing else", None),  # no body: the line is the article
])
def test_detect_title(text, title):
    assert detect_title(text) == title


def test_seed_titles():
    read = read_corpus([SEEDS])
    titles = {a.source_id.split("/")[-1][:3]: a.title for a in read.articles}
    assert titles["000"] is None and titles["002"] is None
    assert titles["001"] == \
        "Kanye Lost The 2020 Election & He Already Announced Plans To Run In 2024"


def test_txt_and_md_ids_are_paths_without_extension(tmp_path):
    read = read_corpus([corpus(tmp_path, {"x/y/one.txt": GOOD, "two.md": "Other\n\nText.\n"})])
    assert [(a.source_id, a.input_path) for a in read.articles] == [
        ("two", "two.md"), ("x/y/one", "x/y/one.txt")]


def test_jsonl_fields(tmp_path):
    lines = [{"id": 7, "text": "Body one.", "title": "T", "published": "2020-11-05T10:00:00Z",
              "url": "https://example.org/a", "outlet": "Gazette", "author": "A. Writer"},
             {"id": "b", "text": "Body two.", "published": "not a date"}]
    root = corpus(tmp_path, {"feed.jsonl": "\n".join(json.dumps(x) for x in lines) + "\n\n"})
    a, b = read_corpus([root]).articles
    assert (a.source_id, a.input_path, a.title, a.url, a.outlet, a.author) == (
        "7", "feed.jsonl#L1", "T", "https://example.org/a", "Gazette", "A. Writer")
    assert str(a.published) == "2020-11-05" and b.published is None


def test_html_main_text_without_boilerplate(tmp_path):
    body = " ".join(["The council voted on Tuesday to repair the old bridge."] * 6)
    html = f"""<html><head><title>Bridge vote</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <article><h1>Bridge vote</h1><p>{body}</p><p>{body}</p></article>
    <footer>Copyright 2020 Example Media. All rights reserved. Privacy policy.</footer>
    </body></html>"""
    (article,) = read_corpus([corpus(tmp_path, {"news/bridge.html": html})]).articles
    assert article.source_id == "news/bridge" and "repair the old bridge" in article.text
    assert "Privacy policy" not in article.text and "Sport" not in article.text


def test_several_roots_and_duplicate_ids(tmp_path):
    a = corpus(tmp_path / "a", {"same.txt": "First text.\n"})
    b = corpus(tmp_path / "b", {"same.txt": "Second text.\n", "other.txt": "Third.\n"})
    read = read_corpus([a, b])
    assert [x.source_id for x in read.articles] == ["other", "same"]
    assert [(r.input_path, r.reason) for r in read.rejections] == [("same.txt", "duplicate-id")]


def test_order_is_deterministic(tmp_path):
    root = corpus(tmp_path, {f"{n}.txt": f"Article {n}.\n" for n in "qwertyuiop"})
    assert read_corpus([root]) == read_corpus([root])


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing", "does not exist"),
    (lambda p: (p / "file.txt").write_text("x") and p / "file.txt", "not a folder"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "no articles found"),
])
def test_user_mistakes_raise_one_clear_error(tmp_path, make, message):
    with pytest.raises(CorpusError, match=message):
        read_corpus([make(tmp_path)])


def test_html_metadata_from_meta_tags_only(tmp_path):
    body = " ".join(["Shares in the carmaker fell sharply after the profit warning."] * 6)
    html = f"""<html><head><title>Carmaker warns | Business Daily</title>
    <meta property="article:published_time" content="2021-03-04T08:00:00Z">
    <meta property="og:site_name" content="Business Daily">
    <meta name="author" content="Sam Reporter">
    <link rel="canonical" href="https://example.com/business/carmaker"></head><body>
    <article><h1>Carmaker warns</h1><p>{body}</p><p>Updated 9 June 2019</p></article>
    </body></html>"""
    undated = html.replace('<meta property="article:published_time" '
                           'content="2021-03-04T08:00:00Z">', "")
    root = corpus(tmp_path, {"a.html": html, "b.htm": undated.replace("sharply", "a little")})
    a, b = read_corpus([root]).articles
    assert (a.title, a.outlet, a.author, a.url, str(a.published)) == (
        "Carmaker warns", "Business Daily", "Sam Reporter",
        "https://example.com/business/carmaker", "2021-03-04")
    assert b.source_id == "b" and b.published is None  # never guessed from the page text


def test_html_in_cp1252(tmp_path):
    body = " ".join(["The caf\xe9 owner said the \x93new rules\x94 would hurt trade."] * 6)
    html = f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    (article,) = read_corpus([corpus(tmp_path, {"p.html": html.encode("latin-1")})]).articles
    assert article.encoding == "cp1252" and "café owner said the “new rules”" in article.text


def test_iter_corpus_streams_every_input_in_order(tmp_path):
    root = corpus(tmp_path, {"b.txt": GOOD, "a/z.txt": "Other.\n", "a.txt": b"",
                             "c.jsonl": '{"id": 1, "text": "x"}\n\nbad\n'})
    items = list(iter_corpus([root]))
    assert [(type(i).__name__, i.input_path) for i in items] == [
        ("Rejection", "a.txt"), ("Article", "a/z.txt"), ("Article", "b.txt"),
        ("Article", "c.jsonl#L1"), ("Rejection", "c.jsonl#L3")]


def test_nested_folders_sort_by_relative_path(tmp_path):
    root = corpus(tmp_path, {"b.txt": "B.\n", "a/b/c.txt": "C.\n", "a/a.md": "A.\n",
                             "a.txt": "Top.\n"})
    read = read_corpus([root])
    assert [a.input_path for a in read.articles] == ["a.txt", "a/a.md", "a/b/c.txt", "b.txt"]


def test_duplicate_id_across_roots_names_both_roots(tmp_path):
    a = corpus(tmp_path / "a", {"x.txt": "First.\n"})
    b = corpus(tmp_path / "b", {"x.jsonl": "", "y.jsonl": '{"id": "x", "text": "Second."}\n'})
    read = read_corpus([a, b])
    (dup,) = [r for r in read.rejections if r.reason == "duplicate-id"]
    assert dup.input_path == "y.jsonl#L1" and str(a) in dup.detail and str(b) in dup.detail
    assert read.articles[0].text == "First.\n"


def test_no_roots_is_a_user_mistake():
    with pytest.raises(CorpusError, match="--corpus"):
        read_corpus([])


def test_root_holding_only_other_files_is_a_user_mistake(tmp_path):
    root = corpus(tmp_path, {"notes.csv": "a,b\n", ".hidden.txt": GOOD})
    with pytest.raises(CorpusError, match=r"no articles found under .*add \.txt, \.md"):
        read_corpus([root])


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_detect_title_never_raises_and_returns_text_from_the_first_line(text):
    title = detect_title(text)
    assert title is None or (title.strip() == title and title and title in text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_text_is_idempotent_and_leaves_no_carriage_returns(text):
    once = normalize_text(text)
    assert normalize_text(once) == once and "\r" not in once


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_decode_bytes_decodes_or_raises_undecodable(data):
    try:
        text, encoding = decode_bytes(data)
    except UndecodableError:
        return
    body = data.removeprefix(b"\xef\xbb\xbf" if encoding.startswith("utf-8-sig") else b"")
    if ", " in encoding:  # a few invalid bytes replaced with U+FFFD
        assert re.fullmatch(r"utf-8(-sig)?, \d+ bytes? replaced, first at byte \d+", encoding)
        assert text == body.decode("utf-8", errors="replace") and "\ufffd" in text
        return
    assert encoding in {"utf-8", "utf-8-sig", "cp1252"}
    assert text.encode(encoding.replace("-sig", "")) == body


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=60), min_size=1, max_size=4))
def test_any_bytes_in_any_file_never_raise(tmp_path_factory, blobs):
    root = tmp_path_factory.mktemp("fuzz")
    for n, blob in enumerate(blobs):
        (root / f"{n}.{['txt', 'md', 'jsonl', 'html'][n % 4]}").write_bytes(blob)
    read = read_corpus([root])
    assert all(isinstance(a, Article) for a in read.articles)
    assert all(isinstance(r, Rejection) for r in read.rejections)
    assert len(read.articles) + len(read.rejections) == read.n_inputs
