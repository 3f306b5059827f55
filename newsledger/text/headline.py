"""The headline and the Title Case lines of a document: one home for a decision the extractors
used to make each their own way (the quote extractor's short first paragraph, the entity
extractor's and the claim extractor's Title Case tests, the segmenter's ``detect_title``).

- ``HEADLINE_SPAN(doc)``: (start, end) of the article's headline, or None. The document's
  headline (``Document.headline``: the first paragraph when ``detect_title`` takes it), else a
  short first paragraph set off by a blank line that does not open with a quote mark and does
  not report in the past tense: headlines exported with a final stop ("Clinton calls plan
  'reckless.'"), which the segmenter reads as a sentence.
- ``is_title_case(line)``: most words capitalized, the first one too, small words ("of",
  "the") aside (``newsledger.ingest.normalize.is_title_case``, the test ingest and the
  segmenter apply to a first line).
- ``TITLE_CASE_LINES(doc)``: the paragraphs that are Title Case lines of at least a few words
  and do not end with a full stop (headlines, subheads, captions set as titles): where a
  capital letter does not mark a name.

Thresholds are data (``newsledger.lexicon.abbreviations``: ``LOOSE_HEADLINE_MAX_WORDS``,
``TITLE_CASE_LINE_MIN_WORDS``; ``newsledger.lexicon.ingest``: the share and the small words).
"""
from __future__ import annotations

import re

from newsledger.ingest.normalize import is_title_case
from newsledger.lexicon.abbreviations import LOOSE_HEADLINE_MAX_WORDS, TITLE_CASE_LINE_MIN_WORDS

from .document import Document, Fact

__all__ = ["HEADLINE_SPAN", "TITLE_CASE_LINES", "headline_span", "in_title_case_line",
           "is_title_case", "title_case_line"]

# Body sentences report in the past tense ('said', 'told'); headlines in the present ('Says').
_PAST_REPORTING = re.compile(r"\b(?:said|told|added|wrote|according to|posted|tweeted|"
                             r"declared|replied|explained)\b")
_QUOTE_OPENERS = "\"“‘'"


def headline_span(doc: Document) -> tuple[int, int] | None:
    """The headline's (start, end): the Document's, or else a short first paragraph set off by
    a blank line (see the module docstring)."""
    if doc.headline is not None:
        return doc.headline.start, doc.headline.end
    if len(doc.paragraphs) < 2:
        return None
    first = doc.paragraphs[0]
    words = first.text.split()
    if len(words) <= LOOSE_HEADLINE_MAX_WORDS and first.text[:1] not in _QUOTE_OPENERS and \
            doc.text.count("\n", first.end, doc.paragraphs[1].start) >= 2 and \
            not _PAST_REPORTING.search(first.text):
        return first.start, first.end
    return None


HEADLINE_SPAN: Fact[tuple[int, int] | None] = Fact("headline_span", headline_span)
"""The headline's span of a document (or None), found on first use."""


def title_case_line(line: str) -> bool:
    """A Title Case line: ``is_title_case``, at least ``TITLE_CASE_LINE_MIN_WORDS`` words with
    letters, and no final full stop (a sentence in capitals is not a title)."""
    stripped = line.rstrip()
    return not stripped.endswith(".") and \
        sum(1 for w in stripped.split() if any(c.isalpha() for c in w)) \
        >= TITLE_CASE_LINE_MIN_WORDS and is_title_case(stripped)


TITLE_CASE_LINES: Fact[frozenset[int]] = Fact(
    "title_case_lines",
    lambda doc: frozenset(p.index for p in doc.paragraphs if title_case_line(p.text)))
"""The indexes of the paragraphs of a document that are Title Case lines."""


def in_title_case_line(doc: Document, pos: int) -> bool:
    """Whether offset ``pos`` lies in a Title Case line of ``doc``."""
    para = doc.paragraph_at(pos)
    return para is not None and para.start <= pos < para.end and \
        para.index in TITLE_CASE_LINES(doc)
