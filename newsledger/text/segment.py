"""Paragraphs, sentences, headline, byline and dateline of an article text: the one segmenter
every extractor relies on (through ``newsledger.text.Document``).

Method (rules; word lists in ``newsledger.lexicon.abbreviations``):

1. Paragraphs are the non-blank lines of the text, trimmed (ingest normalizes line ends to
   ``\\n``; a headline, a list item or a table row without a final stop is its own paragraph).
2. Units. The first paragraph is the headline when it looks like one (``detect_title``, the
   rule ingest uses for ``title``); among the first paragraphs, a line "By Jane Doe" is the
   byline; a dateline ("WASHINGTON —", "NEW YORK, Nov. 4 (Reuters) -") opening one of the first
   body paragraphs is its own sentence (``dateline_agency`` reads the agency it names; its
   date is read by the date extractor). Headline and byline are never split.
3. Sentence ends, inside a paragraph: a run of ``.``, ``!``, ``?`` or ``…``, then any closing
   quote marks and brackets, then white space, then a capital letter, a digit or an opening
   quote mark or bracket (before one of those). A period does not end a sentence after a title
   ("Gov.", "Mr.") or "vs.", before a number after "No."/"Jan." and the like, or after an
   initial ("J.") or an abbreviation that may also end a sentence ("U.S.", "Inc.", "a.m.")
   unless the next word is a usual sentence opener ("... in the U.S. The rest"). A lower-case
   word after the stop never starts a sentence ("etc. and", '"Why?" he asked').

Sentences are trimmed spans that tile their paragraph: the first starts where the paragraph
starts, the last ends where it ends, and only white space lies between two of them.

Limits: no statistical model: an abbreviation missing from the list followed by a capitalized
name ends a sentence ("Calif. Gov. Brown" is read right, "Kan. Sen. Roberts" only because "kan"
is listed); a sentence that ends with an initial or "U.S." before a name is not split; a
Title Case line splits after "U.S." before "And"; hard-wrapped text (line breaks inside
paragraphs) gives one paragraph per line, so its sentences end at line ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.ingest.normalize import detect_title
from newsledger.lexicon.abbreviations import (BYLINE_OPENERS, CONTINUING_ABBREVIATIONS,
                                              DATELINE_MAX_CHARS,
                                              MAYBE_FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS,
                                              NUMBER_ABBREVIATIONS, SENTENCE_STARTERS,
                                              TITLE_ABBREVIATIONS)
from newsledger.lexicon.outlets import NEWS_OUTLETS

TEXT, HEADLINE, BYLINE, DATELINE = "text", "headline", "byline", "dateline"
SENTENCE_KINDS = (TEXT, HEADLINE, BYLINE, DATELINE)

# A non-blank line, trimmed: from its first character that is not white space to its last.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# A stop, its closing marks, the white space after it and what opens the next sentence.
# Possessive quantifiers keep it linear on runs of stops or spaces. It opens with a stop, then
# looks behind it (the first of its run): the engine jumps to the stops.
_STOP = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?:[ \t][”»](?=\s))?"
                   r"(?P<gap>\s++)(?P<open>(?:(?:``|[\"“‘'«(\[])[ \t]?)*+)(?P<next>\S)")
_WORD_BEFORE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+\Z")
_NEXT_WORD = re.compile(r"[A-Za-z]+")
_BYLINE = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]*"
                     r"(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*){0,7}\s*\Z")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})"  # WASHINGTON, NEW YORK, U.N.
    r"(?:,\s+(?:\d{1,2}\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+\d{1,2})?"  # , Nov. 4
    r"(?:,?\s+\d{4})?){0,2}"  # , 2020 (US style), 5 January 2024 (UK), England, March 11
    r"(?:\s+\([A-Z][\w.' -]{0,29}\))?"  # (Reuters)
    r"\s*(?:--?|[—–_])(?=\s)")
_MAX_UNIT_PARAGRAPHS = 4  # headline, byline and dateline are looked for in the first ones
# The news agency a dateline names in brackets, right before its dash.
_DATELINE_AGENCY = re.compile(r"\((?P<agency>[A-Z][\w.' -]{0,29}?)\s*\)\s*(?:--?|[—–_])\Z")


# A news outlet closing a byline ('By JOHN ANTCZAK Associated Press', 'By Jane Smith, Reuters',
# 'By Ann Lee for the BBC'): not the author's name.
_BYLINE_OUTLET = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:of|for)[ \t]+|[ \t]+)(?:[Tt]he[ \t]+)?(?:"
    + "|".join(sorted((re.escape(o.removeprefix("the ")) for o in NEWS_OUTLETS
                       if o[:1].isupper() or o.startswith("the ") and o[4:5].isupper()),
                      key=len, reverse=True))
    + r")[ \t]*\Z")


def byline_author(byline: str) -> str | None:
    """Who a byline names, as written ("By Andy Bruce and David Milliken": "Andy Bruce and
    David Milliken"; "by Jane Smith, Omar Farah": "Jane Smith, Omar Farah"), without the news
    outlet it may close with ("By JOHN ANTCZAK Associated Press": "JOHN ANTCZAK"), or None."""
    line = byline.strip()
    if _BYLINE.match(line) is None:
        return None
    names = line[2:].strip(" \t,.")
    names = names[:m.start()] if (m := _BYLINE_OUTLET.search(names)) and m.start() else names
    return names.strip(" \t,.") or None


def dateline_agency(dateline: str) -> str | None:
    """The news agency a dateline names ("LONDON, Jan 5 (Reuters) -": "Reuters"; "WASHINGTON
    (AP) —": "AP"; "HALVERSTON, March 3 (Harbor Wire) -": "Harbor Wire"), or None."""
    m = _DATELINE_AGENCY.search(dateline)
    return m.group("agency") if m else None


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Spans of one text: paragraphs and sentences (start, end, paragraph index, kind)."""

    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int, int, str]]
    headline: tuple[int, int] | None
    byline: tuple[int, int] | None
    dateline: tuple[int, int] | None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, white space trimmed."""
    return list(map(re.Match.span, _LINE.finditer(text)))


def _ends_sentence(text: str, stop: int, nxt: int, nxt_char: str) -> bool:
    """Whether the stop at ``stop`` (its first character) ends a sentence whose successor
    starts with ``nxt_char`` at ``nxt`` (opening marks skipped)."""
    if nxt_char.islower():
        return False
    if not (nxt_char.isupper() or nxt_char.isdigit() or nxt_char in "@#$£€"):
        return False
    if text[stop] != "." or text.startswith("..", stop):
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if m is None or (m.start() > 0 and (text[m.start() - 1].isalnum()
                                        or text[m.start() - 1] in "'’-")):
        return True  # "2.5. The", "rock'n'roll." : not an abbreviation
    word = m.group(0)
    low = word.lower()
    if low in TITLE_ABBREVIATIONS and word[0].isupper() and word[1:].islower():
        return False  # "Gov. Mike Pence", "Mr. Trump"
    if low in CONTINUING_ABBREVIATIONS:
        return False  # "Das Volk vs. The State"
    if nxt_char.isdigit() and (low in NUMBER_ABBREVIATIONS or low in MONTH_ABBREVIATIONS):
        return False  # "No. 1", "Sept. 11"
    if (len(word) == 1 and word.isupper()) or "." in word or low in MAYBE_FINAL_ABBREVIATIONS \
            or (low in MONTH_ABBREVIATIONS and word[0].isupper()):
        following = _NEXT_WORD.match(text, nxt)
        return following is not None and following.group(0).lower() in SENTENCE_STARTERS \
            and following.group(0)[0].isupper()
    return True


def _split(text: str, s: int, e: int, para: int, out: list[tuple[int, int, int, str]]) -> None:
    """Sentences of text[s:e] (a trimmed paragraph piece), appended to ``out``."""
    start = s
    for m in _STOP.finditer(text, s, e):
        if _ends_sentence(text, m.start(), m.start("open"), m.group("next")):
            out.append((start, m.start("gap"), para, TEXT))
            start = m.end("gap")
    out.append((start, e, para, TEXT))


def segment(text: str) -> Segmentation:
    """Paragraphs, sentences and the headline, byline and dateline of ``text``."""
    paragraphs = paragraph_spans(text)
    sentences: list[tuple[int, int, int, str]] = []
    headline = byline = dateline = None
    if paragraphs and len(paragraphs) > 1:
        title = detect_title(text[:2000])
        s0, e0 = paragraphs[0]
        if title is not None and text[s0:e0].lstrip("# ").rstrip("# ") == title:
            headline = paragraphs[0]
    for i, (s, e) in enumerate(paragraphs):
        if i < _MAX_UNIT_PARAGRAPHS:
            if (s, e) == headline:
                sentences.append((s, e, i, HEADLINE))
                continue
            if byline is None and dateline is None and \
                    text[s:s + 3].lower().rstrip() in BYLINE_OPENERS and _BYLINE.match(text, s, e):
                byline = (s, e)
                sentences.append((s, e, i, BYLINE))
                continue
            if dateline is None:
                m = _DATELINE.match(text, s, min(e, s + DATELINE_MAX_CHARS + 4))
                if m and m.end() - s <= DATELINE_MAX_CHARS and any(
                        c.isalpha() for c in text[s:s + 2]):
                    rest = m.end()
                    while rest < e and text[rest].isspace():
                        rest += 1
                    if rest < e:
                        dateline = (s, m.end())
                        sentences.append((s, m.end(), i, DATELINE))
                        _split(text, rest, e, i, sentences)
                        continue
        _split(text, s, e, i, sentences)
    return Segmentation(paragraphs, sentences, headline, byline, dateline)
