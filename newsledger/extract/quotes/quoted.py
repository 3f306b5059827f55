"""The record every attribution rule reads (``Quoted``: one quote with its paragraph, sentence
and neighbours) and the one it returns (``Found``: the speaker fields and the rule)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from newsledger.text import Document

from .common import CUE, FRAME, WINDOW, paragraph_span, sentence_start
from .mentions import Mentions

# A reporting or framing verb after white space: _BEFORE, _UNNAMED_SOURCE and _IN_SENTENCE
# need one, so a head without it (most of them) is passed without trying them.
_ANY_CUE = re.compile(rf"(?<=\s)(?:{CUE}|{FRAME})\b")


class Found(NamedTuple):
    """What a finder found: the speaker fields, and the rule that found them when it is not
    the finder's own row (a sibling row: ``container``, ``after-adjunct``, ``framing``, ...),
    with a strength when it is not that row's."""

    info: dict
    rule: str | None = None
    strength: int | None = None

    @staticmethod
    def of(info: dict | None, rule: str | None = None) -> Found | None:
        return None if info is None else Found(info, rule)


@dataclass(slots=True)
class Quoted:
    """One quote as the attribution finders read it: the marks are at ``qs - 1`` and ``qe``
    (``qe`` is the paragraph end for a quote left open, ``closed`` False); ``previous`` is
    the speaker of the quote before, for containers and participles; ``sent0`` is where the
    quote's sentence starts (at most ``WINDOW`` characters before the mark, inside its
    paragraph) and ``head`` the words from there to the mark."""

    doc: Document
    text: str
    qs: int
    qe: int
    closed: bool
    mentions: Mentions
    previous: dict | None
    line_start: int
    line_end: int
    inner: str
    sent0: int
    head: str
    _cue: bool | None = None

    def cue_before(self) -> bool:
        """Whether a reporting or framing verb stands between the sentence start and the
        opening mark (a cheap test, found on first use: rules that need such a verb skip the
        quote without one)."""
        if self._cue is None:
            self._cue = _ANY_CUE.search(self.text, self.sent0, self.qs - 1) is not None
        return self._cue

    @classmethod
    def of(cls, doc: Document, qs: int, qe: int, closed: bool, mentions: Mentions,
           previous: dict | None) -> Quoted:
        text = doc.text
        line_start, line_end = paragraph_span(doc, qs)
        sent0 = max(line_start, sentence_start(doc, qs - 1), qs - 1 - WINDOW)
        return cls(doc, text, qs, qe, closed, mentions, previous, line_start, line_end,
                   text[qs:qe].rstrip(), sent0, text[sent0:qs - 1])
