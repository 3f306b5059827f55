"""The document model: one article's text segmented once, read by every extractor.

Modelled on spaCy's ``Doc``: the segmentation (``newsledger.text.segment``) runs once per
article; paragraphs, sentences, tokens and capitalized runs are spans, that is offsets into
``Document.text`` (0-based, end-exclusive, as in every record), never copies; lookups by
offset are binary searches over sorted arrays, so they cost O(log n) whatever the article's
length. Tokens and capitalized runs are computed on first use only.

    doc = Document(text)
    sent = doc.sentence_at(quote_start)        # the Sentence holding an offset
    doc.previous_sentence(sent)                # the one before it, or None
    doc.paragraph_at(pos).start                # where its paragraph starts
    [t.text for t in doc.tokens_in(s, e) if t.is_capitalized]
    [doc.text[s:e] for s, e in doc.capitalized_runs]
    doc.headline, doc.byline, doc.dateline     # Span or None
    QUOTE_PAIRS(doc)                           # a Fact: computed on first use, then kept

Facts found by a later step (paired quote marks, post signatures, the article's dates) are
written onto the document, as spaCy's components write ``doc.spans``: a module declares
``QUOTE_PAIRS = Fact("quote_pairs", pair_quote_marks)`` and every step that needs the pairs
calls ``QUOTE_PAIRS(doc)``; the first call computes them, every later one reads them.

Sentences tile their paragraph: the first starts where the paragraph starts, the last ends
where it ends, and only white space lies between consecutive ones; paragraphs and sentences are
trimmed (no leading or trailing white space). An offset in the white space between two
sentences belongs to the sentence before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Callable
from itertools import accumulate
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from newsledger.lexicon.abbreviations import ABBREVIATIONS
from newsledger.lexicon.organizations import MEMBER_POSSESSIVES, SAINT_POSSESSIVES
from newsledger.lexicon.grammar import NAME_JOINERS, NAME_PARTICLES, SECOND_NAME_PARTICLES
from newsledger.records import fast_init

from .segment import BYLINE, DATELINE, HEADLINE, TEXT, segment

__all__ = ["BYLINE", "DATELINE", "HEADLINE", "TEXT", "Document", "Fact", "Paragraph", "Sentence",
           "Span", "Token"]

T = TypeVar("T")

# Word tokens: letters and digits, with inner apostrophes, hyphens, periods and ampersands
# ("don't", "co-founder", "U.S", "AT&T", "3.5"), and handles or hashtags ("@kanyewest").
_TOKEN = re.compile(r"[@#]?\w+(?:[’'.&-]\w+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the same, as a separator kept by re.split
# A period right after a word character: where a token may end before a period (a token ends
# with a word character). It opens with the period, so the engine jumps to the periods.
_PERIOD_AFTER_WORD = re.compile(r"\.(?<=\w\.)")
# Capitalized runs: name candidates, as the entity extractor reads them. A run is up to six
# capitalized words joined by single spaces or lower-case particles ("Bank of America",
# "Ludwig van Beethoven", "Ursula von der Leyen", "Office for Budget Responsibility"), and the
# possessive of its members inside a body's name (``MEMBER_POSSESSIVES``: "Bristol Magistrates'
# Court", "National Farmers' Union") or of a saint in a name after one (``SAINT_POSSESSIVES``:
# "St James' Park"); it never crosses a line break.
# (The run's first word opens with its capital, then looks behind it: the engine jumps to the
# capitals instead of trying every offset.)
# (The possessive's mark is read first, then the word before it looked behind: the engine
# tries the hundred words only after an apostrophe, not after every capitalized word.)
_MEMBERS = "|".join(f"(?<={re.escape(w)}['’])"
                    for w in sorted({*MEMBER_POSSESSIVES, *SAINT_POSSESSIVES}))
_MEMBER_MARK = rf"(?:['’](?:{_MEMBERS})(?=[^\S\n][A-Z]))?"  # "Magistrates' Court"
_CAP_WORD = rf"(?:[A-Z][\w'’.&-]*[\w]{_MEMBER_MARK}|[A-Z]\.?)"
_JOINER = "|".join(sorted(NAME_JOINERS | set(NAME_PARTICLES), key=lambda w: (-len(w), w)))
_SECOND = "|".join(SECOND_NAME_PARTICLES)
_CAP_RUN = re.compile(rf"[A-Z](?<![\w@#][A-Z])(?:[\w'’.&-]*[\w]{_MEMBER_MARK}|\.?)"
                      rf"(?:(?:[^\S\n]|[^\S\n]"
                      rf"(?:{_JOINER})(?:[^\S\n](?:{_SECOND}))?[^\S\n]){_CAP_WORD}){{0,5}}")


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    """Characters text[start:end] of a document."""

    start: int
    end: int
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]


@fast_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-blank line, trimmed; ``sentences`` is the range of its sentence indexes."""

    start: int
    end: int
    index: int
    sentences: range
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence, trimmed. ``kind`` is "text", or "headline", "byline", "dateline" for those
    units (each its own sentence); ``paragraph`` is the index of its paragraph."""

    start: int
    end: int
    index: int
    paragraph: int
    kind: str
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]


@fast_init
@dataclass(frozen=True, slots=True)
class Token:
    """A word token. ``is_sentence_start``: the first word token of its sentence (after any
    opening quote mark). Abbreviations and initials keep their final period ("Mr.", "U.S.",
    "J.")."""

    start: int
    end: int
    index: int
    is_sentence_start: bool
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]

    @property
    def is_capitalized(self) -> bool:
        return self.source[self.start].isupper()

    @property
    def lower(self) -> str:
        """The token lower-cased ("Kanye" -> "kanye")."""
        return self.source[self.start:self.end].lower()

    @property
    def is_upper(self) -> bool:
        """All its letters are capitals ("NASA", "U.S.", "KANYE"), and it has one."""
        return self.source[self.start:self.end].isupper()

    @property
    def like_num(self) -> bool:
        """It starts with a digit ("60,000", "3.5", "1990s", "9/11")."""
        return self.source[self.start].isdigit()


class Document:
    """One article text, segmented once (see the module docstring)."""

    __slots__ = ("text", "paragraphs", "sentences", "headline", "byline", "dateline",
                 "_sentence_starts", "_paragraph_starts", "_token_starts", "_token_ends",
                 "_first_tokens", "_runs", "_facts")

    def __init__(self, text: str) -> None:
        self.text = text
        seg = segment(text)
        self.sentences: tuple[Sentence, ...] = tuple(
            Sentence(s, e, i, p, kind, text) for i, (s, e, p, kind) in enumerate(seg.sentences))
        firsts = [0] * (len(seg.paragraphs) + 1)
        for sent in reversed(self.sentences):
            firsts[sent.paragraph] = sent.index
        firsts[-1] = len(self.sentences)
        self.paragraphs: tuple[Paragraph, ...] = tuple(
            Paragraph(s, e, i, range(firsts[i], firsts[i + 1]), text)
            for i, (s, e) in enumerate(seg.paragraphs))
        self.headline = Span(*seg.headline, text) if seg.headline else None
        self.byline = Span(*seg.byline, text) if seg.byline else None
        self.dateline = Span(*seg.dateline, text) if seg.dateline else None
        self._sentence_starts = [s.start for s in self.sentences]
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._token_starts: list[int] | None = None
        self._token_ends: list[int] = []
        self._first_tokens: frozenset[int] = frozenset()
        self._runs: tuple[tuple[int, int], ...] | None = None
        self._facts: dict[str, object] = {}

    def __repr__(self) -> str:
        return (f"Document({len(self.text)} chars, {len(self.paragraphs)} paragraphs, "
                f"{len(self.sentences)} sentences)")

    # --- sentences and paragraphs ------------------------------------------------------------

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos`` (the one before, for white space
        between sentences); -1 before the first sentence."""
        return bisect_right(self._sentence_starts, pos) - 1

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding offset ``pos`` (the one before, for white space between
        sentences); None before the first sentence."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 else None

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` (in an earlier paragraph, maybe), or None."""
        return self.sentences[sentence.index - 1] if sentence.index > 0 else None

    def next_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence after ``sentence`` (in a later paragraph, maybe), or None."""
        i = sentence.index + 1
        return self.sentences[i] if i < len(self.sentences) else None

    def sentences_in(self, start: int, end: int) -> Sequence[Sentence]:
        """The sentences overlapping text[start:end], in order."""
        i = max(0, bisect_right(self._sentence_starts, start) - 1)
        j = bisect_left(self._sentence_starts, end)
        return [s for s in self.sentences[i:j] if s.end > start or s.start >= start]

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """The paragraph holding offset ``pos`` (the one before, for the line breaks between
        paragraphs); None before the first paragraph."""
        i = bisect_right(self._paragraph_starts, pos) - 1
        return self.paragraphs[i] if i >= 0 else None

    # --- tokens and capitalized runs -----------------------------------------------------------

    def _tokenize(self) -> None:
        text = self.text
        # text split into gaps and tokens, alternately: their lengths summed give the offsets
        # (faster than a Match object per token)
        offsets = list(accumulate(map(len, _TOKEN_SPLIT.split(text))))
        starts, ends = offsets[0:-1:2], offsets[1::2]
        # A token right before a period keeps it when it is an abbreviation or an initial
        # ("Mr.", "U.S.", "J."): read at the periods after a word, far fewer than the tokens.
        for m in _PERIOD_AFTER_WORD.finditer(text):
            e = m.start()
            i = bisect_left(ends, e)
            if i < len(ends) and ends[i] == e:
                s = starts[i]
                if e - s == 1 or "." in text[s:e] or text[s:e].lower() in ABBREVIATIONS:
                    ends[i] = e + 1
        self._token_starts, self._token_ends = starts, ends
        self._first_tokens = frozenset(
            i for i in (bisect_left(starts, s.start) for s in self.sentences)
            if i < len(starts))

    def _token(self, i: int) -> Token:
        return Token(self._token_starts[i], self._token_ends[i], i, i in self._first_tokens,
                     self.text)

    @property
    def tokens(self) -> Sequence[Token]:
        """Every word token, in order (tokenized on first use; each access builds the Token
        objects anew, so prefer ``tokens_in`` for a span)."""
        if self._token_starts is None:
            self._tokenize()
        return [self._token(i) for i in range(len(self._token_starts))]

    @property
    def token_spans(self) -> tuple[Sequence[int], Sequence[int]]:
        """(starts, ends) of every word token, in order: for steps that read every token and
        need no Token objects."""
        if self._token_starts is None:
            self._tokenize()
        return self._token_starts, self._token_ends

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The word tokens that start inside text[start:end]."""
        if self._token_starts is None:
            self._tokenize()
        i = bisect_left(self._token_starts, start)
        j = bisect_left(self._token_starts, end)
        return [self._token(k) for k in range(i, j)]

    @property
    def capitalized_runs(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of every run of capitalized words (name candidates), in order;
        computed on first use. Plain pairs, not Spans: an article has hundreds of them."""
        if self._runs is None:
            self._runs = tuple(map(re.Match.span, _CAP_RUN.finditer(self.text)))
        return self._runs


_MISSING = object()  # a fact not computed yet (None is a fact's value: no dateline agency)


class Fact(Generic[T]):
    """A fact about a document that one step finds and every later step reads: computed by
    ``compute(doc)`` on the first call for a document, kept on the document, returned as it is
    by every later call (``QUOTE_PAIRS(doc)``). ``name`` must be unique among facts."""

    __slots__ = ("name", "compute")

    def __init__(self, name: str, compute: Callable[[Document], T]) -> None:
        self.name = name
        self.compute = compute

    def __call__(self, doc: Document) -> T:
        value = doc._facts.get(self.name, _MISSING)
        if value is _MISSING:  # (no KeyError raised and caught: every fact is missing once)
            value = doc._facts[self.name] = self.compute(doc)
        return value  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"Fact({self.name!r})"
