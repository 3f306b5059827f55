"""The reporting verb and speaker phrase around a quote's marks, read for the finders of
``attribution.py``: the verb after the closing mark and its phrase ('"…," Democratic pollster
Peter Fenn said'), the verb before the opening mark ('Tad Devine … said, "…"'), a verb that
ends the sentence after the quote ('… "sickening," Hollande said Tuesday.'), a sentence that
ends on its verb right before the quote, a name signing the quote after a dash, and the colon
that introduces a quote.
"""
from __future__ import annotations

import re

from newsledger.lexicon.grammar import ATTRIBUTION_ADJUNCTS
from newsledger.lexicon.time import WEEKDAYS
from newsledger.text import Document

from .common import (ADJUNCT, CUE, CUE_WORD, FILL, MARK, NAME_NP, NEXT_QUOTE, NOT_OPENER, ROLE,
                     WINDOW, alternation, inside_marks, paragraph_span, sentence_end,
                     sentence_start)
from .mentions import Mentions
from .phrases import phrase_after, phrase_before
from .quoted import Found
from .resolve import from_phrase
from .subjects import subject

# A stop right after the closing mark: the sentence ended with the quote (British style).
_SENTENCE_END_AFTER = re.compile(r"[.!?][ \t\n]")

# After a sentence-final reporting verb: the end of the sentence, an adjunct ('on Monday',
# 'Tuesday in Paris') or a short object ('he told reporters.').
_TAIL = re.compile(rf"[ \t]*(?:[.,;!?:]|\Z)|[ \t]+(?:{alternation(ATTRIBUTION_ADJUNCTS)}|"
                   rf"{alternation(w.capitalize() for w in WEEKDAYS)})\b|"
                   r"(?:[ \t]+(?!that\b)[\w’'.-]+){1,4}[ \t]*[.,;]")
_COMMA_BEFORE = re.compile(r",[\"”’']?[ \t]*(?:as[ \t]+)?\Z")


def trailing_attribution(doc: Document, qe: int, mentions: Mentions) -> dict | None:
    """'… are "sickening," Hollande said Tuesday.', '… that the race "is a dead heat," as Cruz
    said on Monday, …': the first reporting verb after the closing mark at ``qe`` in its
    sentence (outside other quotes), its subject set off by a comma before it and the
    sentence ending (or an adjunct following) after it."""
    text = doc.text
    end = min(sentence_end(doc, qe), paragraph_span(doc, qe)[1])
    for cue in CUE_WORD.finditer(text, qe + 1, end):
        if cue.group(0) in ("read", "reads") or inside_marks(text, qe + 1, cue.start()):
            continue
        if not _TAIL.match(text, cue.end(), end):
            continue
        ph = phrase_before(text, cue.start(), qe + 1)
        if ph is None or not _COMMA_BEFORE.search(text, qe - 1, ph[0]) or \
                len(text[ph[0]:ph[1]].split()) > 12:
            continue
        return from_phrase(text, ph, cue.group(0), mentions)
    return None



def introducing_colon(text: str, sent0: int, mark: int, line_start: int) -> int | None:
    """Where the colon that introduces a quote is: right before the mark in its sentence, or
    ending the paragraph before when the quote opens its paragraph."""
    head = text[sent0:mark].rstrip()
    if head.endswith(":"):
        return sent0 + len(head) - 1
    if text[line_start:mark].strip():
        return None
    prev = line_start  # the end of the text before the line, white space left out
    while prev > 0 and text[prev - 1].isspace():
        prev -= 1
    return prev - 1 if prev > 0 and text[prev - 1] == ":" else None


# A conjunction opening what follows a quote that ended its sentence: a new sentence, whose
# subject is no attribution of the quote ('"… to do." But several members … vowed to …').
_NEW_SENTENCE = re.compile(r"(?:But|And|Yet|So|However|Meanwhile|Still)\b")


def phrase_after_mark(text: str, qs: int, qe: int, line_end: int,
                       mentions: Mentions) -> Found | None:
    """'"…," Democratic pollster Peter Fenn said' / '"…" said former secretary of state Hillary
    Clinton, who …' / '"…" in sharp contrast to …, says Dante Scala': the first reporting verb
    after the closing mark (within a dozen words, before the next mark) and its phrase."""
    if _SENTENCE_END_AFTER.match(text, qe + 1):
        return None  # '… "too little, too late". Shadow secretary Tim Collins added …'
    nxt = MARK.search(text, qe + 1, line_end)
    ceiling = min(nxt.start() if nxt else line_end, qe + 1 + WINDOW)
    inner = text[qs:qe].rstrip()
    ends_sentence = inner[-1:] in ".!?" and not inner.endswith("...") and \
        text[qe + 1:qe + 2] not in ",—–"
    for cue in CUE_WORD.finditer(text, qe + 1, ceiling):
        if cue.group(0) in ("read", "reads"):
            continue
        if len(text[qe + 1:cue.start()].split()) > 14:
            return None
        gap = text[qe + 1:cue.start()].strip(" \t,—–-")
        if not gap:  # '"…," said X'
            return Found.of(from_phrase(text, phrase_after(text, cue.end(), ceiling),
                                        cue.group(0), mentions))
        ph = phrase_before(text, cue.start(), qe + 1)
        if ph is not None and not text[qe + 1:ph[0]].strip(" \t,—–-") and (
                not ends_sentence or (ADJUNCT.match(text, cue.end())
                                      and not NEXT_QUOTE.match(text, cue.end())
                                      and not _NEW_SENTENCE.match(text, ph[0]))):
            found = from_phrase(text, ph, cue.group(0), mentions)
            if found is not None:
                return Found(found)
        if ends_sentence:
            return None
        if text[max(qe + 1, cue.start() - 2):cue.start()] == ", ":
            return Found.of(from_phrase(text, phrase_after(text, cue.end(), ceiling),
                                        cue.group(0), mentions),
                            "after-adjunct")  # '"…" in …, says X'
        if ph is not None and text[max(qe + 1, ph[0] - 2):ph[0]] == ", " and \
                ADJUNCT.match(text, cue.end()):
            return Found.of(from_phrase(text, ph, cue.group(0), mentions),
                            "after-adjunct")  # '"…" at …, he said.'
        return None
    return None


def phrase_before_mark(text: str, sent0: int, mark: int, mentions: Mentions) -> dict | None:
    """'Tad Devine, Sanders's chief strategist, said, "…"': the last reporting verb before
    the opening mark (at most eight words before it) and its phrase."""
    cue = None
    for m in CUE_WORD.finditer(text, sent0, mark):
        cue = m if m.group(0) not in ("read", "reads") else cue  # 'She read "Emma"': a title
    if cue is None or len(text[cue.end():mark].split()) > 8 or MARK.search(
            text, cue.end(), mark):
        return None
    return from_phrase(text, phrase_before(text, cue.start(), sent0), cue.group(0), mentions)


# A name after a dash that signs a quote, on its line or opening the next paragraph
# ('"…" ― Karen Bobadilla', '"…"\n\n- Bernie Sanders.', '-President Obama, tweeting …').
_DASH_NAME = re.compile(rf"[^\S\n]*[―—–-]{{1,2}}[^\S\n]*"
                        rf"(?P<spk>{ROLE}{{0,2}}{NOT_OPENER}{NAME_NP})"
                        r"(?=[ \t]*(?:[,.;(]|\Z|\n))")


def dash_name(doc: Document, qe: int, line_end: int, alone: bool) -> tuple[int, int] | None:
    """The span of the name signing the quote that closes at ``qe``, if any (on the next
    paragraph only for a quote that is its paragraph: a dash line after a paragraph of
    reporting is a byline)."""
    text = doc.text
    m = _DASH_NAME.match(text, qe + 1, line_end)
    if m is None and alone and not text[qe + 1:line_end].strip(" \t.,"):
        para = doc.paragraph_at(qe)
        if para is not None and para.index + 1 < len(doc.paragraphs):
            nxt = doc.paragraphs[para.index + 1]
            m = _DASH_NAME.match(text, nxt.start, nxt.end)
    return m.span("spk") if m is not None else None


# (the verb may end on when the speaker was told or asked: 'Her mother laughed when told this.
# "…"', 'He shrugged when asked about it.')
_CUE_PERIOD = re.compile(rf"(?<![\w'’-])(?P<cue>{CUE})(?:[ \t]+(?:when|after)[ \t]+"
                         rf"(?:told|asked)(?:[ \t]+[a-z]+){{0,3}})?\.[ \t]*\Z")
_COORDINATED_CUE = re.compile(rf"\b(?:and|but)[ \t]+{FILL}(?P<cue>{CUE})[ \t]*[:,]?[ \t]*\Z")


def cue_sentence_before(doc: Document, mark: int, line_start: int,
                         mentions: Mentions) -> dict | None:
    """'Iowa State's Dianne Bystrom agreed. "…"': a sentence that ends on its reporting verb
    right before the quote, in the same paragraph."""
    text = doc.text
    floor = max(line_start, mark - WINDOW)
    ended = _CUE_PERIOD.search(text, floor, mark)
    if ended is not None and ended.group("cue") not in ("read", "reads"):
        s0 = max(floor, sentence_start(doc, ended.start()))
        if not MARK.search(text, max(line_start, sentence_start(doc, ended.start())),
                            ended.start()):  # ('"…" Clinton said. "…" Maddow repeated.')
            found = from_phrase(text, phrase_before(text, ended.start(), s0), ended.group("cue"),
                                 mentions)
            return found
    return None


def coordinated_subject(doc: Document, sent0: int, mark: int,
                         mentions: Mentions) -> dict | None:
    """'He praised those who left but said, "…"': a reporting verb right before the quote,
    coordinated with an earlier verb of its sentence: the sentence's subject speaks."""
    text = doc.text
    coordinated = _COORDINATED_CUE.search(text, sent0, mark)
    if coordinated is not None and not MARK.search(text, sent0, coordinated.start()):
        return subject(text, sent0, coordinated.start(), mentions, coordinated.group("cue"))
    return None

