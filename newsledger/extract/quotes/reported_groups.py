"""Reported speech, speakers who are unnamed groups: people written as a noun with its
complement ('Aides to Clinton say', 'A person familiar with the talks says', 'Six newspapers
in the state said'), and people polled named by their share ('About 4 in 10 say', '52
percent of registered voters said'). ``reported_speakers`` reads them before the speaker
phrases that name someone."""
from __future__ import annotations

import re

from newsledger.lexicon.people import ORG_DESCRIPTIONS, PLURAL_SPEAKERS
from newsledger.lexicon.people_nouns import PERSON_NOUNS

from .common import first_letters
from .filters import evidence_speaker
from .reported_clauses import _VERB_FORMS, Cue
from .reported_heads import _PEOPLE_FIGURES, _PEOPLE_HEADS
from .resolve import speaker_fields

# A conjunction opening a sentence before its subject ('But aides to the mayor say').
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Then|Also|Meanwhile|While|"
                                  r"Instead|After|Although|Though|When|Because|Since|Before|"
                                  r"Until|Unless|Whereas|Even[ \t]+(?:as|though|after))[ \t,]+")


# A noun of people with its complement before the phrase the quotes' reader gives ('Aides
# to [Clinton]', 'A person familiar with [the planning]', 'sources close to [her campaign]').
_COMPLEMENT_BEFORE = re.compile(
    r"(?P<np>(?:[A-Za-z][\w'’.-]*[ \t]+){0,5}?[A-Za-z][\w'’-]*)[ \t]+(?:close[ \t]+to|"
    r"familiar[ \t]+with|privy[ \t]+to|briefed[ \t]+on|to|for|of|with|at|from|in|on|"
    r"inside|within|among|around)[ \t]+\Z")
_CONNECTORS = frozenset({"close", "familiar", "privy", "briefed", "to", "for", "of", "with", "at",
                         "from", "in", "on", "inside", "within", "among", "around"})
# Singular nouns of people that head such a phrase: a reporter's nouns for people and
# bodies, and the ones local news puts before a name ('A mother in Leeds said', 'A nurse at
# the hospital said', 'Police in Manchester said': plural speakers above).
_HEAD_NOUNS = PERSON_NOUNS | ORG_DESCRIPTIONS
# The same with two complements joined, the phrase the quotes' reader gives the second
# ('Experts on Iran and [nuclear arms]', 'Observers in Wales and [around the country]').
_COMPLEMENTS_JOINED = re.compile(
    r"(?P<np>(?:[A-Za-z][\w'’.-]*[ \t]+){0,5}?[A-Za-z][\w'’-]*)[ \t]+(?:close[ \t]+to|"
    r"familiar[ \t]+with|to|for|of|with|at|from|in|on|inside|within|among|around|across)[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){1,4}(?:and|or)[ \t]+\Z")


def _head_with_complement(q: Cue, ph: tuple[int, int]) -> dict | None:
    """An unnamed speaker written as a noun of people with its complement ('Aides to Clinton
    say', 'A person familiar with the talks says', 'Six newspapers in the state said', 'Those
    close to him say'): the whole phrase, anonymous, when its head is a noun of people and it
    holds no verb."""
    text = q.text
    start = max(q.s0, max(text.rfind(c, q.s0, ph[0]) for c in ",;:—(") + 1)
    m = _COMPLEMENT_BEFORE.search(text, start, ph[0]) or \
        _COMPLEMENTS_JOINED.search(text, start, ph[0])
    s = ph[0] if m is None else m.start("np")
    opener = _OPENING_CONJUNCTION.match(text, s, ph[1])
    if opener is not None:
        s = opener.end()
    words = text[s:ph[1]].split(",", 1)[0].split()
    connector = next((k for k, w in enumerate(words) if k and w.lower() in _CONNECTORS), None)
    if connector is None:
        return None
    head = words[connector - 1].lower().strip(".,’'")
    figures = text.find("figures", s, ph[1]) >= 0 and \
        _PEOPLE_FIGURES.search(text, s, ph[1]) is not None  # 'Senior figures in …'
    if len(words) > 14 or head not in _PEOPLE_HEADS and not figures and \
            not (head == "those" and connector == 1) and head not in PLURAL_SPEAKERS and \
            head.removesuffix("s") not in _HEAD_NOUNS or \
            any(w.lower() in _VERB_FORMS or w.lower() in ("who", "which", "that")
                for w in words) or (evidence_speaker(text, s, ph[1]) and not figures):
        return None
    return {**speaker_fields(text, s, ph[1], q.word, q.mentions), "speaker_kind": "anonymous",
            "speaker_name": None}


# People polled, named by their share: 'About 4 in 10', '52 percent of registered voters',
# 'majorities in all five states', 'Six in 10 Virginia Democratic primary voters'.
_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+third|"
           r"two-thirds|three-quarters|three-fourths|one-third|a\s+fifth|a\s+quarter|half|"
           r"a\s+majority|majorities|most|many)")
_SHARE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<share>(?:(?i:about|nearly|almost|roughly|some|more\s+than|fewer\s+than|"
    rf"less\s+than|just|only|over|under|another)\s+)?(?:(?i:{_NUMBER})\s+(?:in|out\s+of)\s+"
    rf"(?:\d+|(?i:ten|five|four|three))|\d[\d.]*\s*(?:percent|per\s+cent|%)|(?i:a\s+majority|"
    rf"majorities|half|a\s+third|two-thirds|a\s+quarter|most|three-quarters|three-fourths|"
    rf"one-third)|(?i:at\s+least|more\s+than|about|nearly|some)\s+\d[\d,]+(?=\s+\w+\Z|\s*\Z)|"
    rf"(?i:those|people|voters|respondents|adults)\s+(?:surveyed|polled|questioned|"
    rf"interviewed|asked)|(?i:all\s+but\s+(?:one|two|three|four|five|\d+))|"
    rf"(?:Many|Several|Most|many|several|most)(?=\s+(?:in|of)\s+(?:the|his|her|their)\s))"
    rf"(?:\s+(?:of|in)(?:\s+(?:the|all|those|[A-Z][\w./-]*|[a-z]+(?:-[a-z]+)?)){{1,8}}?|"
    rf"(?:\s+(?:[A-Z][\w.-]*|[a-z]+(?:-[a-z]+)?)){{0,4}}?\s+(?i:voters|respondents|"
    rf"adults|americans|democrats|republicans|independents|people|residents|members)"
    rf"(?:\s+in(?:\s+(?:the|a|an|[A-Z][\w./-]*|[a-z]+(?:-[a-z]+)?)){{1,6}}?)?)?)"
    rf"(?:[ \t]+(?:also|still|now|even))?[ \t]+\Z")
# Words without which no share of people polled stands before a verb (a cheap test first).
_SHARE_HINT_WORDS = ("half", "third", "quarter", "fourth", "fifth", "majorit", "most", "many",
                     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "surveyed", "polled", "questioned", "interviewed", "asked",
                     "several")
_SHARE_HINT = re.compile(rf"(?=\d|(?i:[{first_letters(_SHARE_HINT_WORDS)}]))"
                         rf"(?:\d|(?i:{'|'.join(_SHARE_HINT_WORDS)}))")


def _share_before(text: str, start: int, end: int) -> re.Match | None:
    """``_SHARE_BEFORE`` in text[start:end], tried only where a number or share word is."""
    return _SHARE_BEFORE.search(text, start, end) if _share_hint(text, start, end) else None


def _share_hint(text: str, start: int, end: int) -> bool:
    """Whether ``_SHARE_HINT`` is in text[start:end]; on ASCII text by string search (a
    digit, else a hint word in the lower-cased words: the same answer, faster)."""
    window = text[start:end]
    if not window.isascii():
        return _SHARE_HINT.search(text, start, end) is not None
    if _ASCII_DIGIT.search(window) is not None:
        return True
    low = window.lower()
    return any(word in low for word in _SHARE_HINT_WORDS)


_ASCII_DIGIT = re.compile(r"[0-9]")
