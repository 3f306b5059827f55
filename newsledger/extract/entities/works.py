"""Titles of works and Title Case lines: a name that fills a pair of quote marks by itself
('"The Long Shore" received 11 nominations') is the title of a work or a nickname, not an
entity, but what a number can be about (``quoted_titles``); in a line of mostly capitalized
words (a headline, a subhead) a capital letter does not mark a name (``title_case_line``)."""
from __future__ import annotations

import re

from newsledger.text import Document

from .names import trim

_LINE_WORD = re.compile(r"([A-Za-z])[\w'’]*")  # a word of a line; its group: the first letter
_CLOSES_TITLE = re.compile(r"[!?.,]?[\"”]")


def title_case_line(line: str) -> bool:
    """The entity extractor's Title Case line: at least five words, over three quarters of
    them ("of" and "the" counted) capitalized, no final full stop. Not the same test as
    ``newsledger.text.headline.title_case_line`` (80% of the words other than "of", "the" ...,
    the first one capitalized); making them one would change the entity tables."""
    if line.rstrip().endswith("."):
        return False
    firsts = _LINE_WORD.findall(line)  # the first letter of each word
    return len(firsts) >= 5 and sum(map(str.isupper, firsts)) / len(firsts) > 0.75


def fills_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] fills a pair of quote marks by itself ('"The Long Shore"')."""
    return text[start - 1:start] in ('"', "“") and bool(_CLOSES_TITLE.match(text, end))


def quoted_titles(doc: Document) -> list[tuple[int, int, str]]:
    """Names that fill a pair of quote marks by themselves, outside headline lines: titles of
    works and nicknames ('"The Long Shore" received 11 nominations'), as (start, end, name)
    with a leading "The" dropped. Not entities (they are no person, organization or place),
    but what a number can be about."""
    text = doc.text
    out = []
    for s, e in doc.capitalized_runs:
        if not fills_quotes(text, s, e):
            continue
        paragraph = doc.paragraph_at(s)
        if paragraph is None or not title_case_line(paragraph.text):
            s2, e2 = trim(text, s, e)
            if e2 > s2:
                out.append((s2, e2, text[s2:e2]))
    return out
