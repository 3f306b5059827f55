"""Reading corpora: formats, normalization, titles, and every rejection reason."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsledger.ingest import (CorpusError, decode_bytes, detect_title, normalize_text,
                               read_corpus)

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
])
def test_rejection_reasons(tmp_path, files, expected):
    assert reasons(tmp_path, files) == expected


def test_too_large(tmp_path):
    assert reasons(tmp_path, {"a.txt": "x" * 200}, max_bytes=100) == {"a.txt": "too-large"}


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


@pytest.mark.parametrize("data, text, encoding", [
    (b"\xef\xbb\xbfhello", "hello", "utf-8-sig"),
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
