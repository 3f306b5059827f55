"""Paired quote marks: where the quoted stretches of a document start and end, found once per
article (``QUOTE_SPANS(doc)``, a fact of the document) and read by the quote extractor, and by
any step that needs to know whether an offset is inside quotation marks (``quoted_at``) instead
of guessing by counting marks.

Method, paragraph by paragraph, left to right:

1. Double marks (straight, curly, low-9 and guillemets). A straight mark opens after a space,
   a bracket, a dash or the paragraph start and before a non-space; it closes after a
   non-space. Curly marks say which side they are, and mixed pairs (opened ``"`` closed
   ``”``) are accepted, as are curly marks typed the wrong way round (``“It's unusual,“ said
   …``; a paragraph opened with ``”``) and an inch mark right before the closing one (``he's
   like 6’2”,” Rubio said``). In tokenized text (``said , " we will "``) every mark stands
   alone between spaces, and the marks alternate.
2. Single marks (``‘ ’``, ``'``, ``‹ ›``), only in a paragraph without any double mark (nor
   two apostrophes standing for one, as some wire text writes them): ``‘``, ``‹`` or ``'``
   opens before a letter, unless it starts a decade or an elision (``'90s``, ``'em``, ``rock
   'n' roll``); a mark after a non-space closes, but not the apostrophe of a plural
   possessive ("the players' union"). Nested single quotes inside double ones stay inside the
   outer quote.
3. A quote left open at its paragraph's end is bounded there (no quote swallows the rest of
   the article); it continues when the next paragraph opens with a mark (news style for
   quotes over several paragraphs): such pieces share a ``group`` number. A single mark left
   open counts only at its paragraph's start or after a colon, and only when the next
   paragraph reopens with a single mark (British style: ``‘We were poor.`` / ``‘We have to
   be better,’ he said.``).

Two apostrophes or backquotes written for a double mark (``''We will,'' he said``) are not
paired here: ``with_double_marks`` rewrites them as double marks at the same offsets, and a
reader pairs the rewritten text (the quote extractor does).

Each ``QuoteSpan`` is the text between the marks (marks excluded), with its group and whether
a closing mark ends it. Spans are found however long they are: a reader decides what length is
too long to be a quotation (the quote extractor drops spans over 3,000 characters).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from newsledger.lexicon.grammar import ELISIONS

from .document import Document, Fact

__all__ = ["MARK", "QUOTE_SPANS", "QuoteMarks", "QuoteSpan", "pair_quote_marks",
           "with_double_marks"]

# Every double quotation mark, either side.
MARK = re.compile(r"[\"“”„«»]")
_OPENING = "\"“„«"  # what may open a paragraph that continues a quote
_SINGLE_REOPENS = re.compile(r"[‘'‹](?=[\w\"“])")  # ... a quote in single marks
_SINGLE = re.compile(r"[‘’'‹›]")
# Two apostrophes or two backquotes written for one double mark (``''We will,'' he said``,
# ````We will,'' he said``, as some wire copy and older typesetting write them).
_TWO_MARKS = re.compile(r"''|``|‘‘|’’")
_DECADE_OR_ELISION = re.compile(r"(?:\d\d?s\b|(?i:" + "|".join(sorted(ELISIONS, key=len,
                                                                      reverse=True))
                                + r")\b(?![‘’']?\w))")
# After a closing curly mark, what shows it was an inch mark before the real closing one.
_INCH_THEN_CLOSE = re.compile(r"[,.!?]?[”\"](?:\s|\Z)")


class QuoteSpan(NamedTuple):
    """text[start:end] is quoted: ``start`` is right after the opening mark, ``end`` is the
    closing mark's offset (the paragraph's end for a quote left open, ``closed`` False).
    Pieces of one quote that runs over several paragraphs share ``group``."""

    start: int
    end: int
    group: int
    closed: bool


class QuoteMarks:
    """The quote spans of one document, in order, and lookups by offset."""

    __slots__ = ("spans", "_starts")

    def __init__(self, spans: tuple[QuoteSpan, ...]) -> None:
        self.spans = spans
        self._starts = [s.start for s in spans]

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def quoted_at(self, pos: int) -> QuoteSpan | None:
        """The span whose marks enclose offset ``pos`` (the marks themselves excluded), or
        None. Spans never overlap, so this is one binary search."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.spans[i].end:
            return self.spans[i]
        return None


def _opens(text: str, i: int, p0: int) -> bool:
    ch = text[i]
    if ch in "“„«":
        return True
    if ch == "”" and not text[p0:i].strip():
        return True  # a closing mark typed to open a paragraph: '” … they are not like him,”'
    if ch != '"':
        return False
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,‘'") and not after.isspace() and \
        after not in ",.;:!?)]}"


def _closes(text: str, i: int, opened: int) -> bool:
    ch = text[i]
    if ch in "”»":
        # (not an inch mark right before the real closing one: '… he's like 6’2”,” Rubio')
        return not _INCH_THEN_CLOSE.match(text[i + 1:i + 4])
    if ch == "“" and i > opened + 1 and (text[i - 1].isalnum() or text[i - 1] in ".,!?;…") \
            and (i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)"):
        return True  # an opening mark typed to close: '“It's unusual,“ said Larry Noble'
    if ch != '"':
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > opened + 1 and (not text[i - 1].isspace() or after.isspace()
                               or after in ",.;:!?)]}")


def double_pairs(text: str, p0: int, p1: int) -> tuple[list[tuple[int, int]], int | None]:
    """(open, close) double-mark positions in one paragraph text[p0:p1], and a mark left
    open (None when the last open mark stands alone between spaces: a stray)."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    marks = [m.start() for m in MARK.finditer(text, p0, p1)]
    straight = [i for i in marks if text[i] == '"']
    if straight and len(straight) == len(marks) and len(straight) % 2 == 0 and all(
            (i == p0 or text[i - 1].isspace()) and (i + 1 >= p1 or text[i + 1].isspace())
            for i in straight):
        # Tokenized text ('said , " we will "'): every mark stands alone, so they alternate.
        return list(zip(straight[::2], straight[1::2])), None
    loose = False  # the open mark stands alone between spaces
    for i in marks:
        alone = text[i] == '"' and (i == p0 or text[i - 1].isspace()) and (
            i + 1 >= p1 or text[i + 1].isspace())
        if opened is None:
            if _opens(text, i, p0) or alone:
                opened, loose = i, alone
        elif _closes(text, i, opened) or (alone and i > opened + 1):
            pairs.append((opened, i))
            opened = None
        elif _opens(text, i, p0):
            opened, loose = i, False  # the earlier mark was stray: start again here
    return pairs, None if loose else opened


def single_pairs(text: str, p0: int, p1: int) -> tuple[list[tuple[int, int]], int | None]:
    """(open, close) single-mark positions in a paragraph text[p0:p1] without double marks,
    and a mark left open at the paragraph's start or after a colon (None otherwise: an
    unclosed single mark elsewhere is more often an apostrophe)."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _SINGLE.finditer(text, p0, p1):
        i = m.start()
        before = text[i - 1] if i > p0 else " "
        after = text[i + 1] if i + 1 < p1 else " "
        if opened is None:
            if text[i] in "‘'‹" and (before.isspace() or before in "([{—–-:/") and \
                    after.isalnum() and not _DECADE_OR_ELISION.match(text, i + 1):
                opened = i
            continue
        if text[i] in "‘‹" or before.isspace() or after.isalnum() or i <= opened + 1:
            continue  # an apostrophe inside a word, or a mark that cannot close
        # "the players' union": a plural possessive, unless punctuation ends the quote.
        if before == "s" and text[i] == "'" and after == " " and i + 2 < p1 and \
                text[i + 2].islower() and text[i - 2:i] != "ss":
            continue
        pairs.append((opened, i))
        opened = None
    if opened is not None and (opened == p0 or text[p0:opened].rstrip().endswith(":")):
        return pairs, opened
    return pairs, None


def with_double_marks(text: str) -> str | None:
    """``text`` with every pair of two-apostrophe (or two-backquote) marks written as one
    double mark and a space, so that offsets stay the same: ``''We will,'' he said`` reads
    `` "We will,"  he said``; None when no paragraph pairs such marks. Only in paragraphs
    without double marks of their own; an opening pair stands after a space, a bracket, a
    dash or the paragraph's start and before a non-space, a closing pair after a non-space."""
    if "''" not in text and "``" not in text and "‘‘" not in text and "’’" not in text:
        return None
    chars: list[str] | None = None
    p0 = 0
    while p0 < len(text):
        p1 = text.find("\n", p0)
        p1 = len(text) if p1 < 0 else p1
        if not MARK.search(text, p0, p1):
            opened = None
            for m in _TWO_MARKS.finditer(text, p0, p1):
                i = m.start()
                if opened is not None and text[i + 2:i + 3] in ("'", "’"):
                    i += 1  # "…'word''' said": a nested quote closes first, then the quote
                before = text[i - 1] if i > p0 else " "
                after = text[i + 2] if i + 2 < p1 else " "
                if opened is None:
                    if m.group(0) in ("``", "‘‘", "''") and (
                            before.isspace() or before in "([{—–-/:;,") and not after.isspace():
                        opened = i
                elif m.group(0) in ("''", "’’") and not before.isspace():
                    chars = chars if chars is not None else list(text)
                    chars[opened], chars[opened + 1] = " ", '"'
                    chars[i], chars[i + 1] = '"', " "
                    opened = None
            rest = text[p1:].lstrip("\n \t")
            if opened is not None and rest[:2] in ("''", "``", "‘‘"):
                # a quote left open that the next paragraph reopens (over several paragraphs)
                chars = chars if chars is not None else list(text)
                chars[opened], chars[opened + 1] = " ", '"'
        p0 = p1 + 1
    return "".join(chars) if chars is not None else None


def pair_quote_marks(doc: Document) -> QuoteMarks:
    """The quoted spans of ``doc``, marks excluded, in order (see the module docstring)."""
    text = doc.text
    paragraphs = doc.paragraphs
    out: list[QuoteSpan] = []
    group = 0
    carried = False  # the previous paragraph left a quote open and this one reopens it
    # (where the marks are, read once: most paragraphs have none, and pair nothing)
    doubles = [m.start() for m in MARK.finditer(text)]
    singles = [m.start() for m in _SINGLE.finditer(text)]
    for idx, para in enumerate(paragraphs):
        p0, p1 = para.start, para.end
        i = bisect_left(doubles, p0)
        marked = i < len(doubles) and doubles[i] < p1
        pairs, left_open = double_pairs(text, p0, p1) if marked else ([], None)
        if not pairs and left_open is None and not marked and text.find("''", p0, p1) < 0:
            # (two apostrophes stand for double marks in some wire text: single marks
            # inside such a paragraph are quotes within a quote, not spans of their own)
            i = bisect_left(singles, p0)
            pairs, left_open = single_pairs(text, p0, p1) if i < len(singles) and \
                singles[i] < p1 else ([], None)
            nxt = paragraphs[idx + 1] if idx + 1 < len(paragraphs) else None
            if left_open is not None and (nxt is None or not _SINGLE_REOPENS.match(text,
                                                                                 nxt.start)):
                left_open = None  # a single mark left open goes on only where one reopens
        first_mark = p0  # paragraphs are trimmed: a reopening mark is their first character
        for a, b in pairs:
            if not (carried and a == first_mark):
                group += 1
            carried = False
            out.append(QuoteSpan(a + 1, b, group, True))
        if left_open is not None:
            if not (carried and left_open == first_mark):
                group += 1
            nxt = paragraphs[idx + 1] if idx + 1 < len(paragraphs) else None
            out.append(QuoteSpan(left_open + 1, p1, group, False))
            carried = nxt is not None and (text[nxt.start:nxt.start + 1] in _OPENING or (
                text[left_open] in "‘'‹" and bool(_SINGLE_REOPENS.match(text, nxt.start))))
        else:
            carried = False
    return QuoteMarks(tuple(out))


QUOTE_SPANS: Fact[QuoteMarks] = Fact("quote_spans", pair_quote_marks)
"""The paired quote marks of a document, found on first use."""
