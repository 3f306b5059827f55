"""Whether a number is asserted as fact where it stands, worth comparing: the
``claims.not-asserted`` rules that ``newsledger.extract.measures`` applies to a number with a
measure (references to a known set, proportions and selections, parts of a set, hyphenated
descriptions, the ends of a range, hypotheses, a poll's sample, counts shared out), and the
word reader they share with the measure rules.

Method: word lists (``newsledger.lexicon.measures``: REFERENCE_BEFORE, HYPOTHETICAL_WORDS,
SAMPLE_BEFORE, DISTRIBUTIVE_AFTER) and short patterns read in a window of the number's
sentence (at most 200 characters before it, a few words after it). Standard library only.
"""
from __future__ import annotations

import re

from newsledger.lexicon.measures import (DISTRIBUTIVE_AFTER, FILLER_PHRASES, HYPOTHETICAL_WORDS,
                                         REFERENCE_BEFORE, SAMPLE_BEFORE)
from newsledger.lexicon.numbers import NUMBER_WORDS, QUALIFIERS

from .patterns import has_case_fold
from .patterns import literal_alternation as _alt

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A qualifier (and filler) between a measure phrase or verb and the number.
FILLER = rf"(?:(?:{_alt(QUALIFIERS)}|{_alt(FILLER_PHRASES)})\s+)*"
# "6 in 10", "nine of the 13", "one in three": proportions and selections.
_PROPORTION_BEFORE = re.compile(
    rf"(?i)\b(?:\d[\d,.]*|{_alt(NUMBER_WORDS)}|all|most|some|many|half|none)\s+(?:in|of|out of)\s+"
    r"(?:the\s+|its\s+|their\s+|those\s+|these\s+)?(?:past\s+|last\s+|first\s+|previous\s+)?$")
# "two Americans were killed at each location": a count per place, not a total.
_DISTRIBUTIVE = re.compile(
    rf"(?i)[^.;:!?,\d$£€¥]{{0,40}}?\b(?:{_alt(DISTRIBUTIVE_AFTER)})\b(?!\s+(?:of|other)\b)")
# "three of the injured", "two of them", "five of whom": a part of a set named after it.
_SELECTION_AFTER = re.compile(r"(?i)\s+of\s+(?:the|those|these|them|whom|which|its|their|his|her|our|my|your)\b")
_BARE_NUMBER = re.compile(r"\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?")  # not "49.8 percent of the vote"
_PROPORTION_AFTER = re.compile(
    r"(?i)\s+(?:in|out of)\s+(?:every\s+)?(?:\d{1,3}\b(?![,.]\d)|ten\b|three\b|four\b|five\b)")
_PROPORTION_INSIDE = re.compile(r"(?i)\bof\s+(?:the|those|these|its|their)\s+(?:past\s+|last\s+)?"
                                r"(?:\d|[a-z]+\s)")
# "in" or "of" among the last three words: a first look for _PROPORTION_BEFORE, which ends
# with one of them and at most an article and an adjective after it.
_IN_OR_OF = frozenset({"in", "of"})
_RANGE_START = re.compile(r"(?i)\b(?:between|from)\s+$")
_RANGE_NEXT = re.compile(r"(?i)\s*(?:[a-z%]+\s+)?(?:and|to)\s+[$£€¥]?\d")
_RANGE_END = re.compile(r"(?i)\b(?:between|from)\s+[$£€¥]?\d[\d.,]*\s*[a-z%]*\s+(?:and|to)\s+$")
_HYPHENATED = re.compile(r"[\w,.]+-[a-z]+")
# "a poll of 1,737 registered voters", "surveyed more than 1,000 adults": a poll's sample.
_SAMPLE_WORDS = frozenset(p.split()[0] for p in SAMPLE_BEFORE)  # a first look
_SAMPLE = re.compile(rf"(?i)\b(?:{_alt(SAMPLE_BEFORE)})\s+{FILLER}$")


def lower_words(text: str, start: int, stop: int) -> list[str]:
    """The words of text[start:stop], lower case: ``WORD`` read on the lower-cased stretch
    (unless lower case would change it: a dotted capital I, a Kelvin sign)."""
    if 0 <= start < stop:
        stretch = text[start:stop]
        window = stretch.lower()
        if len(window) == len(stretch) and "\u212a" not in stretch:
            return WORD.findall(window)
    return [w.lower() for w in WORD.findall(text, start, stop)]


# After a number: its clause's verb ("that 12 people died", "that 2,122 people had been killed",
# "that 1,000 were injured"), so the 'that' before it opens a clause, not a known set.
_CLAUSE_GOES_ON = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:had|have|has|were|was|are|is|will|would|"
                             r"could|can|may|might|must|should|died|remain|remained|"
                             r"[a-z]{3,}ed[ \t]+(?:in|at|on|by|from|during|after|when)\b)\b")


def asserted(text: str, s: int, e: int, vs: int, ve: int) -> bool:
    """Whether the quantity text[vs:ve] is a count asserted as fact here, worth comparing
    (``not_asserted``)."""
    return not_asserted(text, s, e, vs, ve) is None


def not_asserted(text: str, s: int, e: int, vs: int, ve: int, in_range: bool = False
                 ) -> str | None:
    """Why the quantity text[vs:ve] is not a count asserted as fact here (a
    ``claims.not-asserted`` row), or None: not a reference to a known set ("the 1,237
    delegates needed", "her 2.1 million members"), not part of a proportion or a selection
    ("6 in 10 voters", "eight of the past nine contests", "nine of the 13 delegates"), not a
    part of a set ("three of the injured", "two of them"), not a
    hyphenated description ("a 187-member committee"), not an end of a range ("between 210 and
    250"), not hypothetical ("if he wins 60 delegates", "needs 836 delegates": such a word in
    its sentence within 200 characters before it)."""
    before = lower_words(text, max(s, vs - 200), vs)
    if before and before[-1] in REFERENCE_BEFORE and not (
            before[-1] == "that" and _CLAUSE_GOES_ON.match(text, ve)):
        return "reference"  # "the 1,237 delegates needed", "her 2.1 million members"
        # (not the 'that' of a clause: "said that 12 people died", "that 1,000 were hurt")
    if _SAMPLE_WORDS.intersection(before[-8:]) and _SAMPLE.search(text, max(s, vs - 60), vs):
        return "poll-sample"  # "a poll of 1,737 registered voters", "surveyed 1,051 adults"
    if _proportion_before(text, s, vs, before) or _PROPORTION_AFTER.match(text, ve) or (
            " of " in text[vs:ve] and _PROPORTION_INSIDE.search(text, vs, ve)):
        return "proportion"  # "6 in 10 voters", "eight of the past nine"
    if _BARE_NUMBER.fullmatch(text, vs, ve) and _SELECTION_AFTER.match(text, ve) and not (
            before and before[-1].endswith(("ing", "ed"))):
        return "selection"  # "three of the injured": some of a set counted before (but
        #                     "shooting three, killing two of them" counts the killed)
    if text.find("-", vs, ve) >= 0 and _HYPHENATED.fullmatch(text, vs, ve):
        return "description"  # "a 187-member committee", "a 50-state strategy"
    near = text[max(s, vs - 40):vs].lower()  # a first look: both patterns need one of the words
    if not in_range and ("from" in near or "between" in near) and (
            (_RANGE_START.search(text, max(s, vs - 10), vs) and _RANGE_NEXT.match(text, ve))
            or _RANGE_END.search(text, max(s, vs - 40), vs)):
        return "range-end"  # "from 210 to 250": a change; a range not read as one
    return "hypothetical" if HYPOTHETICAL_WORDS.intersection(before) else None


def _proportion_before(text: str, s: int, vs: int, before: list[str]) -> bool:
    """Whether "6 in", "eight of the past" ends the text before ``vs`` (``_PROPORTION_BEFORE``);
    ``before``: the words before it (``lower_words``). "in" or "of" is one of the last three
    (unless a letter that folds case oddly, a dotted I, is near: then the pattern decides)."""
    lo = max(s, vs - 30)
    if _IN_OR_OF.isdisjoint(before[-3:]) and not has_case_fold(text[lo:vs]):
        return False
    return _PROPORTION_BEFORE.search(text, lo, vs) is not None


def distributive(text: str, e: int, ve: int) -> bool:
    """Whether words after the count share it out ("at each location", "apiece")."""
    hi = min(e, ve + 60)
    return (text.find("each", ve, hi) >= 0 or text.find("every", ve, hi) >= 0
            or text.find("apiece", ve, hi) >= 0) and _DISTRIBUTIVE.match(text, ve, hi) is not None
