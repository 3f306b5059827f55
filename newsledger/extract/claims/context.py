"""What every quantity of one article needs, computed once per article: the spans where no
claim can be (``filters``), the numbers that are names there, the entity mentions that can be a
claim's subject and the article's topic (``attribution``), its quotes and dates, and the
sentence window of an offset."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from newsledger.records import DateMention, LocalEntity, Quote
from newsledger.text import Document
from newsledger.text.turns import SPOKEN_LABELS

from ..patterns import LOWER_TEXT
from .attribution import subject_mentions, topics
from .filters import blocked_spans, name_numbers
from .window import DIGIT_RUNS

_MAX_HALF_CLAUSE = 400


class ClaimContext:
    """What every candidate needs, computed once per text."""

    __slots__ = ("text", "low", "blocked_starts", "blocked_ends", "doc", "mention_starts",
                 "mentions", "places", "quotes", "dates", "date_starts", "entity_at", "published",
                 "_name_numbers", "_words", "claimants", "topics", "topics_not_sources", "runs",
                 "trace", "first_named", "_sentences", "speaking_quotes", "quote_reach",
                 "speaking_reach", "as_of_dates", "part_breaks", "low_text", "taken")

    def __init__(self, doc: Document, dates: Sequence[DateMention],
                 entities: Sequence[LocalEntity], quotes: Sequence[Quote],
                 published: dt.date | None = None,
                 trace: list[tuple[str, str, object]] | None = None) -> None:
        self.published = published
        # (table, rule, result) of every rule that decides something, when asked (the rule
        # tables' examples read it: ``newsledger.extract.claims.rules``)
        self.trace = trace
        # (value start, value end) of the claims a reader's claim may not overlap, when it is
        # known before the claim is assembled and no trace is asked for (``read_number``)
        self.taken: tuple[tuple[int, int], ...] = ()
        text = self.text = doc.text
        self.low = LOWER_TEXT(doc)  # for the hint scans (``scan_near``, ``blocked_spans``)
        # the lower-cased text when it keeps the text's offsets, else None (``measure_of``)
        self.low_text = self.low if len(self.low) == len(text) else None
        self.runs = DIGIT_RUNS(doc)
        self.blocked_starts, self.blocked_ends = blocked_spans(text, self.low, dates, self.runs)
        self.doc = doc
        self.claimants: dict[tuple[int, int], tuple[tuple[int, str, bool], ...]] = {}
        self._name_numbers: frozenset[str] | None = None
        self._words: list[tuple[int, int]] | None = None
        # the trimmed bounds of each sentence a number was read in, by its start: the numbers
        # of a sentence share them (unless it is cut around a number)
        self._sentences: dict[int, tuple[int, int]] = {}
        self.mentions, self.places, self.entity_at = subject_mentions(doc, entities)
        # most mentioned first, and not counting mentions as a source (``attribution.topic``)
        self.topics, self.topics_not_sources = topics(text, self.mentions, lead_end(doc))
        self.mention_starts = [m[0] for m in self.mentions]
        # in a transcript, where each name is first mentioned: a topic there is one named
        # before the number (not in a later speaker's turn); None in other text
        self.first_named: dict[str, int] | None = None
        if SPOKEN_LABELS(doc):
            self.first_named = {name: ms for ms, _, name in reversed(self.mentions)}
        self.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
        # (start, end, speaker) of the quotes with a speaker, in the same order: a number
        # inside one is its speaker's claim (``attribution.claimant``)
        self.speaking_quotes = [(q.start, q.end, q.speaker_name or q.speaker_text)
                                for q in self.quotes if q.speaker_name or q.speaker_text]
        # how far the quotes starting at or before each one reach: an offset is inside one of
        # the first k quotes when reach[k - 1] > offset (``in_quote``), one bisect per number
        self.quote_reach = _reach([(q.start, q.end) for q in self.quotes])
        self.speaking_reach = _reach(self.speaking_quotes)
        # the (start, date) of each "as of" date of a sentence, by its bounds (``scope.as_of``)
        self.as_of_dates: dict[tuple[int, int], tuple[tuple[int, dt.date], ...]] = {}
        # where each clause break of a sentence ends, by its bounds (``attribution.subject``)
        self.part_breaks: dict[tuple[int, int], list[int]] = {}
        self.dates = sorted(dates, key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]

    @property
    def name_numbers(self) -> frozenset[str]:
        """Numbers that are names in this article (``filters.name_numbers``), found when a
        quantity first needs them."""
        if self._name_numbers is None:
            self._name_numbers = name_numbers(self.doc, self.sentence, self.runs)
        return self._name_numbers

    @property
    def words(self) -> list[tuple[int, int]]:
        """Where the text has number words (``quantities.number_word_spans``), found once for
        the readers that start at a number (quantities, proportions)."""
        if self._words is None:
            from .quantities import number_word_spans
            self._words = number_word_spans(self.low) if len(self.low) == len(self.text) \
                else []
        return self._words

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside one of the article's quotes."""
        starts, reach = self.quote_reach
        i = bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    def blocked(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps a span where no number is a claim."""
        i = bisect_right(self.blocked_starts, end - 1) - 1
        return i >= 0 and self.blocked_ends[i] > start

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, trimmed, at most about 800 characters (a text without
        punctuation is cut at spaces around ``pos``)."""
        sentence = self.doc.sentence_at(pos)
        s, e = (sentence.start, sentence.end) if sentence is not None else (pos, pos)
        # (not cut: the bounds do not depend on ``pos``)
        whole = sentence is not None and pos - s <= _MAX_HALF_CLAUSE and pos <= e and \
            e - pos <= _MAX_HALF_CLAUSE
        key = s
        if whole and key in self._sentences:
            return self._sentences[key]
        e = max(e, pos)
        text = self.text
        if pos - s > _MAX_HALF_CLAUSE:
            cut = text.find(" ", pos - _MAX_HALF_CLAUSE, pos)
            s = cut + 1 if cut >= 0 else pos
        if e - pos > _MAX_HALF_CLAUSE:
            cut = text.rfind(" ", pos + 50, pos + _MAX_HALF_CLAUSE)
            e = cut if cut >= 0 else pos + _MAX_HALF_CLAUSE
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if whole:
            self._sentences[key] = s, e
        return s, e


def _reach(spans: Sequence[tuple]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` ((start, end, ...) in order of start) and the furthest end of
    those up to each."""
    starts: list[int] = []
    reach: list[int] = []
    furthest = -1
    for start, end, *_ in spans:
        furthest = max(furthest, end)
        starts.append(start)
        reach.append(furthest)
    return starts, reach


_WORD = re.compile(r"[^\W\d_]{2,}")


def lead_end(doc: Document) -> int:
    """Where the article's lead ends: its first sentence of text with four words or more
    (after any headline, byline, dateline or date line: "May 07, 2009"). Names said before it
    are what the article is about."""
    return next((s.end for s in doc.sentences
                 if s.kind == "text" and len(_WORD.findall(s.text)) >= 4), len(doc.text))
