"""Patterns and helpers shared by the quote extractor's modules: the speaker noun phrase and
the reporting verbs as regular expressions built from the word lists of
``newsledger.lexicon.people`` and ``speech``, and offsets read from the document (sentence and paragraph
bounds)."""
from __future__ import annotations

import re

from newsledger.lexicon.abbreviations import NAME_ABBREVIATIONS
from newsledger.lexicon.grammar import (ATTRIBUTION_ADJUNCTS, NAME_PARTICLES, NOT_ROLE_WORDS,
                                        NP_BREAKERS)
from newsledger.lexicon.people import (ANONYMOUS, NOT_SPEAKER_OPENERS, PLURAL_SPEAKERS,
                                       SUBJECT_PRONOUNS)
from newsledger.lexicon.speech import CONTAINERS, CUES, CUE_FILLERS, FRAMING_CUES, PARTICIPLE_CUES
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.extract.patterns import trie_alternation
from newsledger.text import Document
from newsledger.text.quotemarks import MARK

MAX_QUOTE_CHARS = 3000  # longer "quotes" are mark errors
WINDOW = 220  # how far before/after a quote its attribution is looked for
STRONG, MEDIUM, WEAK = 2, 1, 0  # how directly a reporting verb ties a speaker to a quote
# Calendar words are never speakers ('Last Friday', 'On Monday').
NOT_SPEAKER_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) | frozenset(
    {"Last", "Next", "This", "Early", "Late", "On", "In", "At"})


def alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


def first_letters(words) -> str:
    """The first characters of ``words`` as the body of a character class: a look-ahead
    ``(?=[…])`` before a long alternation lets the engine pass over the positions none of its
    words starts at (the matches are the same)."""
    return "".join(re.escape(c) for c in sorted({w[0] for w in words}))


# (as tries: the same words, the longest first where several match, but the engine reads a
# word letter by letter instead of trying each word in turn)
CUE = trie_alternation(CUES)
PART = trie_alternation(PARTICIPLE_CUES)
FRAME = trie_alternation(FRAMING_CUES)
FILL = rf"(?:(?:{trie_alternation(CUE_FILLERS)}|[a-z]+ly)\s+){{0,2}}"
_ABBR = rf"(?:{trie_alternation(w.capitalize() for w in NAME_ABBREVIATIONS)})"
# A capitalized name word; a trailing period only on initials and abbreviations, so a name
# never runs over a sentence end ('said Jobs. There').
_NAMEW = rf"(?:{_ABBR}\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’-]*\w|[A-Z])"
_PARTICLE = rf"(?:{trie_alternation(NAME_PARTICLES)})"
NAME_NP = rf"{_NAMEW}(?:\s+(?:{_PARTICLE}\s+)?{_NAMEW}){{0,4}}"
# (a place after "in" is no month or weekday: 'the navy in November said')
_NOT_CALENDAR = rf"(?!(?:{trie_alternation(NOT_SPEAKER_WORDS)})\b)"
# (a possessive name is a determiner too: "Sanders’ campaign called it …")
DETS = (r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
         r"(?!(?:It|That|There|Here|What|He|She|Who|Let|Where|How|When|Why)['’]s\b)"
         r"[A-Z][\w.-]*(?:['’]s|s['’]))")
# Words that cannot be inside a speaker's noun phrase ('the public he said').
_NOT_NP = rf"(?!(?:{trie_alternation(NP_BREAKERS)})\b)"
_DET_NP = (rf"{DETS}\s+(?:{_NOT_NP}[\w’'-]+\s+){{0,3}}?{_NOT_NP}[\w’'-]+"
           rf"(?:\s+(?:(?:for|of|at|from|with|close\s+to)\s+(?:the\s+)?(?:{NAME_NP}|[a-z]+)|"
           rf"in\s+(?:the\s+)?{_NOT_CALENDAR}{NAME_NP}))?")
# Lower-case role words before a name ('manager Luis Ortega', 'senator Patty Murray').
ROLE = rf"(?:(?!(?:{trie_alternation(NOT_ROLE_WORDS)})\b)[a-z][\w-]*\s+)"
_BARE = alternation({w for w in ANONYMOUS if " " not in w} | PLURAL_SPEAKERS
                     | {"I" if w == "i" else w for w in SUBJECT_PRONOUNS})
_BARE = rf"(?:{_BARE}|{_BARE.title()}|{_BARE.upper()})"
# People named by where they are ('officers in Manchester said', 'firefighters at the scene').
_PLACED = rf"(?:{alternation(PLURAL_SPEAKERS)})\s+(?:in|at|from)\s+(?:the\s+)?(?:{NAME_NP}|[a-z]+)"
# Capitalized words that open a clause but never name a speaker ('When asked, …').
NOT_OPENER = rf"(?!(?:{trie_alternation(NOT_SPEAKER_OPENERS)})(?![\w'’-]))"
SPEAKER = (rf"(?![RDI]-[A-Z])"  # (a party and state is no speaker: 'Tom Reed, R-Ohio, who …')
           rf"(?:{_DET_NP}|{ROLE}{{0,2}}{NOT_OPENER}{NAME_NP}|@\w{{1,30}}|"
            rf"(?<![\w-])(?:{_PLACED}|{_BARE})(?![\w-]))")
# After a cue, the speaker runs to the end of the clause: 'said the vice president and
# chairman of Chrysler LLC Jim Press.'
LONG_DET_NP = rf"{DETS}\s+[^,.;:!?\"“”«»\n]{{1,90}}"
APPOS = (rf"(?:,\s+(?:\d{{1,3}}|(?P<app>{NAME_NP})(?=,)|(?:a|an|the|who|whose|which|now|then|"
          r"formerly|former|also|founder|co-founder|chief|head|director|president|chairman|"
          r"chairwoman|CEO|spokesperson|spokesman|spokeswoman|author|editor|professor|"
          r"[\w-]+\s+of)\b[^,\"“”\n]{0,90}?),)?")
CONTAINER = re.compile(rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+)?"
                        rf"(?:{alternation(CONTAINERS)})\Z")
CUE_BEFORE = re.compile(rf"(?:\b(?:{CUE}|{PART})\b|:)[ \t]*,?[ \t]*\Z")
# After '"…." X said', words that end an attribution ('X said on Tuesday.') rather than
# start a new sentence of reported speech ('He said the team was ready').
ADJUNCT = re.compile(rf"\s*[.,;]|\s+(?:{alternation(ATTRIBUTION_ADJUNCTS)})\b")
# A speaker word ending in a possessive ("Trump’s comments had …") is a determiner.
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])\Z")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --- sentences and paragraphs (read from the Document) ----------------------------------------

def sentence_start(doc: Document, pos: int) -> int:
    """Start of the sentence holding offset ``pos`` (0 before the first one)."""
    sentence = doc.sentence_at(pos)
    return sentence.start if sentence is not None else 0


def sentence_end(doc: Document, pos: int) -> int:
    """End of the sentence holding offset ``pos`` (at least ``pos``)."""
    sentence = doc.sentence_at(pos)
    return max(pos, sentence.end) if sentence is not None else pos


def paragraph_span(doc: Document, pos: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding offset ``pos``."""
    para = doc.paragraph_at(pos)
    return (para.start, para.end) if para is not None else (0, len(doc.text))
NEXT_QUOTE = re.compile(r"[ \t]*[,:][ \t]*[\"“]")
CUE_WORD = re.compile(rf"(?<![\w'’-])(?:{CUE})(?![\w'’-])")
PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:in|on|at|for|with|from|of|to|about|into|"
                                 r"during|since|until)[ \t]+\Z")


def inside_marks(text: str, floor: int, pos: int) -> bool:
    """Whether ``pos`` is inside quote marks opened after ``floor``."""
    return len(MARK.findall(text, floor, pos)) % 2 == 1
