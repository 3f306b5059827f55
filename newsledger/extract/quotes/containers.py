"""Containers: '"…," the statement said', '"…," the caption further read'. The words belong
to whoever wrote the statement, caption, letter or post: its author when a sentence since the
quote before names one ('The White House said in a statement …', 'a handwritten note from Ann
Lee'), else the speaker of the quote before. The row keeps the container as written ("the
statement") as its speaker text.
"""
from __future__ import annotations

import re

from newsledger.text.quotemarks import QUOTE_SPANS

from .mentions import Mentions


def container(info: dict, previous: dict | None, mentions: Mentions | None = None) -> dict:
    """'"…," the caption further read', '"…," the statement said': the words belong to whoever
    wrote the caption or statement: its author when a sentence since the quote before names
    one ('The White House said in a statement … "…," the statement said': ``_author``), else
    the speaker of the quote before; the row keeps the container as written ("the statement")
    as its speaker text."""
    author = _author(info, previous, mentions) if mentions is not None else None
    if author is not None:
        return {**info, "speaker_kind": author[0], "speaker_name": author[1]}
    if previous is None:
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    keep = ("speaker_kind", "speaker_name", "speaker_handle")
    return {**info, **{k: previous.get(k) for k in keep}}


# Words before a name that make it no author ('according to The Guardian', 'a letter to Ms
# Lee'; not 'by' or 'from': 'a statement from the club', 'a letter signed by …').
_NOT_AUTHOR_BEFORE = re.compile(r"(?<![\w'’-])(?i:to|about|of|for|with|at|in|on|into|against)"
                                r"[ \t]+(?:(?i:the)[ \t]+)?\Z")
# How far back (characters) a container's noun may be named with its author.
_AUTHOR_WINDOW = 600


def _author(info: dict, previous: dict | None, mentions: Mentions) -> tuple[str, str] | None:
    """(kind, name) of the author of a container ('the statement', 'the letter') named in the
    nearest earlier sentence that names the same noun outside quote marks, when that sentence
    comes after the quote before (else that quote's speaker goes on): the person or
    organization right after the noun and 'from' or 'by' ('a handwritten note from Ann Lee'),
    else the closest one before the noun in its sentence ('The White House said in a statement
    …', 'The paper said Cook provided a written statement …'), not a possessive nor after a
    preposition. None when no such sentence names one."""
    doc = mentions.doc
    pos = info["speaker_start"]
    if doc is None or pos is None:
        return None
    text = doc.text
    noun = info["speaker_text"].split()[-1].lower()
    floor = max(0, pos - _AUTHOR_WINDOW, previous.get("quote_end", -1) + 1 if previous else 0)
    spans = QUOTE_SPANS(doc)
    here = doc.sentence_index(pos)
    kinds = ("person", "organization")
    for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}s?\b", text[floor:pos], re.I))):
        at = floor + m.start()
        index = doc.sentence_index(at)
        if spans.quoted_at(at) is not None or index == here:
            continue
        sentence = doc.sentences[index]
        if sentence.start < floor:
            return None  # (the sentence began before the quote before: its speaker goes on)
        by = _FROM_AUTHOR.match(text, floor + m.end())
        hit = mentions.at(by.end(), by.end() + 1) if by is not None else None
        if hit is not None and hit[0].start == by.end() and hit[1].kind in kinds:
            return hit[1].kind, hit[1].name
        for row in reversed(list(mentions.between(sentence.start, at))):
            if row[1] <= at and text[row[1]:row[1] + 2] not in ("'s", "’s") and \
                    not _NOT_AUTHOR_BEFORE.search(text, max(0, row[0] - 16), row[0]) and \
                    mentions.fits(row, kinds, None):
                return row[3].kind, row[3].name
        return None
    return None


# After a container's noun, its author: 'a note from Ann Lee', 'a statement issued by the club'.
_FROM_AUTHOR = re.compile(r"[ \t]+(?:(?:issued|signed|sent|released|posted|written)[ \t]+)?"
                          r"(?i:from|by)[ \t]+(?:(?i:the)[ \t]+)?")
