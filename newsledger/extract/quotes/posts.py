"""Embedded social posts: the text printed above a post signature (``— Name (@handle) Month D,
YYYY``, found once per article: ``newsledger.extract.signatures``) is a quote of kind
``embedded_post``: the paragraph(s) just above it (short ones are joined, at most four) or the
text before the dash on the same line; trailing ``pic.twitter.com``/``t.co`` links are left
out of the text and the last link becomes ``post_url``. The speaker is the display name,
resolved to a named entity through the handle or the name.
"""
from __future__ import annotations

import datetime as dt
import re

from newsledger.lexicon.grammar import POST_CONTEXT_WORDS, POST_VOICE_WORDS
from newsledger.lexicon.time import MONTHS
from newsledger.records import Quote
from newsledger.text import Document

from ..signatures import SIGNATURE, SIGNATURES
from .common import CUE, PART, alternation, trim
from .mentions import Mentions

MAX_POST_CHARS = 1200  # an embedded post is short (a tweet is at most 280 characters)
MAX_POST_PARAGRAPHS = 4
_LINK = re.compile(r"(?:https?://)?pic\.twitter\.com/\w+|https?://[^\s<>\"”]+")
_TRAILING_LINKS = re.compile(r"(?:[ \t]*(?:(?:https?://)?pic\.twitter\.com/\w+|"
                             r"https?://t\.co/\w+))+[ \t]*\Z")
_POST_DATE = re.compile(r"(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})")
# Words of the reporter's prose around a post, not of the post itself.
_REPORTER = re.compile(rf"\b(?:{CUE}|{PART}|{alternation(POST_CONTEXT_WORDS)})\b")
# Marks of a post's own voice: first or second person, exclamations, questions, trailing
# dots, shouting, emoji, hashtags and mentions (reporter prose has none of them).
_POST_VOICE = re.compile(rf"(?<![\w'’])(?:{alternation(POST_VOICE_WORDS)})(?![\w'’])|[!?]|"
                         r"\.\.|\b[A-Z]{3,}\b|[\U0001F000-\U0001FAFF\u2600-\u27BF]|[#@]\w")
_POST_END = re.compile(r"(?:[.!?…)]|[^\x00-\u2000]|\w+\.\w+/\w+)\s*\Z")


def _post_date(value: str) -> dt.date | None:
    m = _POST_DATE.match(value)
    if not m or m.group("mon").lower() not in MONTHS:
        return None
    try:
        return dt.date(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
    except ValueError:
        return None


def _post_start(doc: Document, sig_start: int, floor: int) -> int:
    """Where the post printed above a signature starts: the text before the dash on the
    signature's line, else the paragraph above; then short paragraphs just above are joined
    (a post of several paragraphs), never past the previous signature."""
    text = doc.text
    here = doc.paragraph_at(sig_start)
    line_start = here.start if here is not None else 0
    start = line_start if text[line_start:sig_start].strip() else None
    index = here.index if here is not None else 0
    for _ in range(MAX_POST_PARAGRAPHS):
        index -= 1
        if index < 0 or doc.paragraphs[index].end <= floor:
            break
        s, e = max(floor, doc.paragraphs[index].start), doc.paragraphs[index].end
        para = text[s:e]
        if start is not None and (len(para) > 200 or para.rstrip().endswith(":")
                                  or not _POST_END.search(para)
                                  or sig_start - s > MAX_POST_CHARS or SIGNATURE.search(para)
                                  or _REPORTER.search(para) or not _POST_VOICE.search(para)):
            break
        start = s
        if len(para) > 200:
            break
    return start if start is not None else line_start


def embedded_posts(doc: Document, mentions: Mentions) -> list[tuple[Quote, int, int]]:
    """Embedded posts, each with the span of text they take (post text and signature)."""
    text = doc.text
    out: list[tuple[Quote, int, int]] = []
    floor = 0
    for m in SIGNATURES(doc):
        s = _post_start(doc, m.start(), floor)
        e = m.start()
        s, e = trim(text, s, e)
        links = _LINK.findall(text, s, m.end())
        trail = _TRAILING_LINKS.search(text, s, e)
        if trail and trail.start() > s:
            e = trim(text, s, trail.start())[1]
        floor = m.end()
        if e <= s or not any(c.isalnum() or ord(c) > 0x2000 for c in text[s:e]):
            continue
        ns, ne = m.start("name"), m.end("name")
        handle = m.group("handle")
        ent = mentions.named(handle)
        if ent is None:
            hit = mentions.at(ns, ne)
            ent = hit[1] if hit is not None and hit[0].start == ns else mentions.named(
                text[ns:ne].strip())
        url = links[-1] if links else None
        if url and not url.startswith("http"):
            url = "https://" + url
        kind = ent.kind if ent and ent.kind in ("person", "organization") else "account"
        name = ent.name if ent else handle
        out.append((Quote(s, e, text[s:e], "embedded_post", kind, 0.95, text[ns:ne], ns, ne,
                          name, handle, None, _post_date(m.group("date")), url), s, m.end()))
    return out
