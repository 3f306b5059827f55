"""What reconciliation needs of each article to find its copies and its story, computed in the
extract stage from the document and the article's entities and dates (so in parallel, once).

- ``terms``: what the article is about, as weighted terms: content words (lower case; function
  words and news-style words left out, ``lexicon.function_words``), numbers of two or more
  digits (``#60000``), the article's entities (``e:kanye west``), and the years its absolute
  dates name (``y:2020``), and the days the lead's dates name, relative ones resolved
  (``d:2020-11-04``). A word in the headline or the first two paragraphs of text (the lead)
  counts twice: that is where news states its happening. A dateline ("LONDON (Reuters) -")
  counts not at all: it says where the story was filed, not what happened. Weights are raw counts; the story
  clustering (``newsledger.reconcile.stories``) turns them into TF-IDF vectors over the corpus.
- ``sketch``: the ``SKETCH_SIZE`` smallest hashes of the text's word 5-grams (a bottom-k
  MinHash sketch, Broder 1997): two articles that reproduce each other nearly word for word
  share most of them, so copies are found by looking up shared hashes, never by comparing every
  pair (``newsledger.reconcile.copies``).
"""
from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter
from collections.abc import Sequence

from newsledger.lexicon.function_words import FUNCTION_WORDS, NEWS_WORDS
from newsledger.records import DateMention, LocalEntity, StoryKeys
from newsledger.text import Document

SHINGLE_WORDS = 5
SKETCH_SIZE = 24
LEAD_PARAGRAPHS = 2  # text paragraphs after the headline that count as the lead
LEAD_WEIGHT = 2.0
HEADLINE_CHARS = 140
ENTITY_KINDS = ("person", "organization", "place")
_SKIP = FUNCTION_WORDS | NEWS_WORDS
_POSSESSIVE = re.compile(r"['’]s$")


def shingles(doc: Document) -> set[int]:
    """Hashes (63-bit) of every run of ``SHINGLE_WORDS`` consecutive word tokens of the
    document, lower case (a text shorter than that: of the whole text)."""
    words = [t.lower for t in doc.tokens]
    n = max(1, len(words) - SHINGLE_WORDS + 1)
    return {int.from_bytes(hashlib.blake2b(" ".join(words[i:i + SHINGLE_WORDS]).encode(),
                                           digest_size=8).digest(), "big") >> 1
            for i in range(n)} if words else set()


def sketch(doc: Document) -> tuple[int, ...]:
    """The ``SKETCH_SIZE`` smallest shingle hashes of the document, ascending."""
    return tuple(heapq.nsmallest(SKETCH_SIZE, shingles(doc)))


def _lead_end(doc: Document) -> int:
    """Offset where the lead ends: after the headline and ``LEAD_PARAGRAPHS`` text paragraphs."""
    seen = 0
    for p in doc.paragraphs:
        if doc.headline is not None and p.start == doc.headline.start:
            continue
        seen += 1
        if seen == LEAD_PARAGRAPHS:
            return p.end
    return len(doc.text)


def story_terms(doc: Document, entities: Sequence[LocalEntity],
                dates: Sequence[DateMention]) -> tuple[tuple[str, float], ...]:
    """The article's weighted terms (module docstring), sorted by term."""
    counts: Counter[str] = Counter()
    lead_end = _lead_end(doc)
    line = doc.dateline  # "LONDON (Reuters) -" says where a story was filed, not what it is
    skip_start, skip_end = (line.start, line.end) if line is not None else (0, 0)
    for t in doc.tokens:
        if skip_start <= t.start < skip_end:
            continue
        word = t.lower
        weight = LEAD_WEIGHT if t.start < lead_end else 1.0
        if t.like_num:
            digits = word.replace(",", "")
            if sum(c.isdigit() for c in digits) >= 2:
                counts["#" + digits.rstrip(".")] += weight
            continue
        word = _POSSESSIVE.sub("", word).strip(".")
        if len(word) < 3 or word in _SKIP or not word[0].isalpha():
            continue
        counts[word] += weight
    for e in entities:
        if e.kind in ENTITY_KINDS:
            named = sum(1 for m in e.mentions if m.kind in ("name", "alias")
                        and not skip_start <= m.start < skip_end)
            if named:
                counts["e:" + e.name.lower()] += float(named)
    for d in dates:
        if d.anchor == "absolute" and d.precision in ("day", "week", "month", "quarter",
                                                      "season", "year"):
            counts["y:" + d.value[:4]] += 1.0
        if d.precision == "day" and d.start < lead_end and len(d.value) == 10:
            counts["d:" + d.value] += 1.0
    return tuple(sorted(counts.items()))


def headline(doc: Document) -> str | None:
    """The article's headline line, else its first sentence, on one line and cut at
    ``HEADLINE_CHARS`` characters at a word boundary: what names its story when the input
    gave no title."""
    first = doc.headline or (doc.sentences[0] if doc.sentences else None)
    if first is None:
        return None
    text = " ".join(first.text.split())
    if len(text) > HEADLINE_CHARS:
        text = text[:HEADLINE_CHARS].rsplit(" ", 1)[0] + "…"
    return text or None


def story_keys(doc: Document, entities: Sequence[LocalEntity],
               dates: Sequence[DateMention]) -> StoryKeys:
    return StoryKeys(terms=story_terms(doc, entities, dates), sketch=sketch(doc),
                     headline=headline(doc))
