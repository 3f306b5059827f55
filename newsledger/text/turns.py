"""Transcript turns labelled in capitals (``HOST: …``, ``SEN. MARK ELLIS (R-OHIO): …``,
``JANE DOE, CNN CORRESPONDENT: …``), found once per document: the quote extractor reads them as
turns, the entity extractor as the people who speak them.

    from newsledger.text.turns import CAPITAL_LABELS, SPOKEN_LABELS, turns_spoken
    labelled = CAPITAL_LABELS(doc)   # ((paragraph index, label match), ...)
    turns_spoken(doc, labelled)      # whether they make a transcript
    SPOKEN_LABELS(doc)               # the labels when they do, else ()

A label is capitals (one to four words, initials and titles with a period, apostrophes,
hyphens), a party label or stage note in brackets, a role in capitals after a comma, a number
(``UNIDENTIFIED PERSON #1:``), or ``Q``/``A``; then a colon and the words on the line, or
nothing (a label alone on its line opens a turn whose words are the next paragraph). Headings
(``NOTE:``, ``IN NUMBERS:``), datelines (``WASHINGTON:``), initials (``U.S.:``) and line-ups
(``ROVERS: Hale, Ortiz, Vance, …``) are no labels. Once two labels are found, the last words of
the labels of several words are labels whatever they are (``PRICE:`` after ``ANNA PRICE,
HOST:``). Labels make a transcript only when at least two of them, of two speakers, open
turns of at least four words (an all-caps label in prose is a heading).
"""
from __future__ import annotations

import re

from newsledger.lexicon.people import NOT_TURN_LABELS
from newsledger.lexicon.places import PLACE_NAMES, place_key

from .document import Document, Fact

# A label: capitals (initials, titles with a period, apostrophes, hyphens), one to four
# words, an optional party label or stage note in brackets, an optional role in capitals after
# a comma (``JANE DOE, CNN CORRESPONDENT:``, ``JOHN ROE, SECRETARY OF STATE (through
# translator):``), then a colon and the words.
LABEL = re.compile(
    r"(?P<spk>(?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z.'’-]*[A-Z.]|[QA])"
    r"(?:[ \t]+#\d{1,2})?"  # 'UNIDENTIFIED PERSON #1:'
    r"(?:[ \t]*\((?P<note>[^()\n]{1,30})\))?"
    r"(?:,[ \t]+(?P<role>[A-Z][A-Z0-9 \t.,'’&/()-]{0,80}?))?"
    r"(?:[ \t]*\((?P<note2>[^()\n]{1,30})\))?[ \t]*:"
    r"(?:[ \t]+(?=\S)|[ \t]*\Z)")  # the words on the line, or in the paragraphs after it
# A transcript quoted as a whole opens each paragraph with a double mark and closes the last.
OPENING = ('"', "“")
# Words of headings that no speaker's label holds.
HEADING_WORDS = frozenset({
    "the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "from", "by", "with", "what",
    "why", "how", "where", "when", "who", "which", "this", "that", "these", "those", "your",
    "our", "my", "its", "it", "is", "are", "was", "were", "will", "next", "now", "more",
    "latest", "all", "about", "after", "before", "key", "top", "new", "here's", "here’s"})
_WORD = re.compile(r"[\w'’-]+")


def label(doc: Document, start: int, end: int, surnames: frozenset[str] = frozenset()
          ) -> re.Match | None:
    """The turn label opening the paragraph text[start:end], if it is one (after an opening
    double mark too: a transcript quoted paragraph by paragraph, '"WALLACE: …'). ``surnames``:
    the last words of the transcript's full labels, turns whatever word they are ('PRICE:'
    after 'ANNA PRICE, HOST:')."""
    if doc.text.find(":", start, end) < 0:
        return None  # (no colon, no label: most paragraphs)
    if doc.headline is not None and doc.headline.start <= start < doc.headline.end and \
            doc.text[doc.headline.end - 1] not in ".!?\"”’'":
        return None  # 'CNN NEWSROOM: Flooding in Vermont': the programme's title, no turn
        # (a turn's words end with a stop: 'BLITZER: Joining us is … What are you hearing?')
    if doc.text[start:start + 1] in OPENING:
        start += 1
    m = LABEL.match(doc.text, start, end)
    if m is None:
        return None
    spk = m.group("spk")
    if spk in surnames:
        return m
    words = spk.replace(".", " ").split()
    if spk.upper() in NOT_TURN_LABELS or " ".join(words) in NOT_TURN_LABELS or \
            place_key(spk) in PLACE_NAMES or (doc.dateline is not None
                                              and doc.dateline.start <= start < doc.dateline.end):
        return None
    if len(spk) > 1 and not any(len(w) > 1 for w in words):
        return None  # 'U.S.:' and the like
    if len(spk) > 1 and any(w.lower() in HEADING_WORDS for w in words):
        return None  # 'IN NUMBERS:', 'WHAT HAPPENS NEXT:': a heading, not a name
    if _list_like(doc.text, m.end(), end):
        return None  # 'ROVERS: Hale, Ortiz, Vance, …': a line-up, not words said
    return m


def _list_like(text: str, s: int, e: int) -> bool:
    """A list of names or items rather than words said: at least three commas or semicolons,
    and most words capitalized or numbers."""
    if text.count(",", s, e) + text.count(";", s, e) < 3:
        return False
    words = _WORD.findall(text, s, e)
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) > 0.6 * len(words)


def _capital_labels(doc: Document) -> tuple[tuple[int, re.Match], ...]:
    labelled = []  # (paragraph index, label match)
    for para in doc.paragraphs:
        m = label(doc, para.start, para.end)
        if m is not None:
            labelled.append((para.index, m))
    surnames = frozenset(m.group("spk").split()[-1] for _, m in labelled
                         if len(m.group("spk").split()) > 1)
    if len(labelled) >= 2 and surnames:  # again, with the full labels' surnames as labels
        labelled = [(p.index, m) for p in doc.paragraphs
                    if (m := label(doc, p.start, p.end, surnames)) is not None]
    return tuple(labelled)


CAPITAL_LABELS = Fact("capital_labels", _capital_labels)


def turn_end(doc: Document, labelled: list[tuple[int, re.Match]], k: int) -> int:
    """Where the ``k``-th turn's words end: its own paragraph's end, or, for a label alone on
    its line ('STEVE INSKEEP, HOST:'), the end of the next paragraph that holds no label."""
    index = labelled[k][0]
    end = doc.paragraphs[index].end
    if labelled[k][1].end() >= end and index + 1 < len(doc.paragraphs) and (
            k + 1 == len(labelled) or labelled[k + 1][0] > index + 1):
        end = doc.paragraphs[index + 1].end
    return end


def turns_spoken(doc: Document, labelled: list[tuple[int, re.Match]]) -> bool:
    """Whether labelled paragraphs make a transcript: at least two labels of two speakers,
    and at least two turns of four words or more ('PRICE: £30', 'VENUE: Leeds' are items)."""
    speakers = {m.group("spk").upper() for _, m in labelled}
    spoken = sum(len(doc.text[m.end():turn_end(doc, labelled, k)].split()) >= 4
                 for k, (_, m) in enumerate(labelled))
    return len(labelled) >= 2 and len(speakers) >= 2 and spoken >= 2


def _spoken_labels(doc: Document) -> tuple[tuple[int, re.Match], ...]:
    labelled = CAPITAL_LABELS(doc)
    return labelled if labelled and turns_spoken(doc, list(labelled)) else ()


# The labels in capitals of a document that is a transcript (``turns_spoken``), else ().
SPOKEN_LABELS = Fact("spoken_labels", _spoken_labels)
