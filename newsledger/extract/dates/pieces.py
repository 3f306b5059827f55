"""The named pieces the date rules (``patterns.RULES``) are built from: word alternations,
day, month, year, clock and count sub-patterns, and the reading of spelled-out years (as
HeidelTime's ``repattern`` files sit apart from its rule files)."""
from __future__ import annotations

import re

from newsledger.lexicon.time import (COUNT_HEDGES, COUNT_WORDS, MONTHS, PARTS_OF_DAY,
                                     PERIOD_MODIFIERS, TIME_ZONES, WEEKDAYS)


def _alt(words, flags: str = "i") -> str:
    """An alternation of ``words`` (longest first, spaces as any whitespace)."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _title(phrase: str) -> str:
    return " ".join(w[0].upper() + w[1:] for w in phrase.split())


_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9}
_SPELLED_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                  "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPELLED_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90}


def spelled_year(words: str) -> int:
    """"nineteen ninety-six" -> 1996, "two thousand one" -> 2001."""
    w = [x for x in re.split(r"[\s-]+", words.lower()) if x not in ("and",)]
    if w[:2] == ["two", "thousand"]:
        return 2000 + (_SPELLED_UNITS.get(w[2], 0) if len(w) > 2 else 0)
    century = 1900 if w[0] == "nineteen" else 2000
    rest = _SPELLED_TEENS.get(w[1]) or _SPELLED_TENS.get(w[1], 0)
    return century + rest + (_SPELLED_UNITS.get(w[2], 0) if len(w) > 2 else 0)


_SPELLED_19 = (rf"(?i:nineteen)[\s-]+(?:(?i:{'|'.join(_SPELLED_TENS)})"
               rf"(?:[\s-]+(?i:{'|'.join(_SPELLED_UNITS)}))?|(?i:{'|'.join(_SPELLED_TEENS)}))")
_SPELLED = (rf"(?:{_SPELLED_19}|(?i:twenty)[\s-]+(?:(?i:{'|'.join(_SPELLED_TENS)})"
            rf"(?:[\s-]+(?i:{'|'.join(_SPELLED_UNITS)}))?|(?i:{'|'.join(_SPELLED_TEENS)}))|"
            rf"(?i:two\s+thousand)(?:(?:\s+and)?\s+(?i:{'|'.join(_SPELLED_UNITS)}))?)")
# "nineteen ninety-nine dollars", "nineteen twenty-dollar bills": counts, no years
_NOT_A_COUNT = (r"(?!-[A-Za-z])(?![\s-]+(?i:hundred|thousand|million|billion|percent|"
                rf"per\s+cent|dollars|{'|'.join(_SPELLED_UNITS)})\b)")
_MONTH = r"(?P<{g}>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len,
                                        reverse=True)) + r")\.?"
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_PART = "|".join(PARTS_OF_DAY)
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
# A year of the full date it ends: older years too ("12 March 1215", "June 15, 1099"), which
# alone would be counts ("1215 people"); the normaliser checks what follows them.
_FULL_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d|1[0-4]\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # white space within a paragraph: one line break at most
_DAY_END = r"(?!\d|:\d)"  # "April 25:" is a date, "April 2 10:30" is not "April 21"
# A month that names a bank holiday ("August bank holiday Monday") is no month of its own.
_BANK_HOLIDAY_AFTER = r"\s+(?i:bank\s+holiday)\b"
# What may follow a day of the month named without its month ("on the 15th", "Saturday 8th"):
# punctuation, a function word or a pronoun, not the noun it ranks ("the 15th hole").
_ORDINAL_END = (r"(?=\s*(?:[,.;:)!?—–]|$)|\s+(?:and|or|to|through|until|when|at|as|after|"
                r"before|but|while|because|with|so|it|he|she|they|we|I)\b)")
_COUNT = (rf"(?:{_alt(COUNT_HEDGES)}\s+)?(?P<{{g}}>\d{{{{1,2}}}}|{_alt(COUNT_WORDS)})")
_QORD = r"first|second|third|fourth|final|1st|2nd|3rd|4th"
_QUARTER_WORD = rf"(?P<{{g}}>(?i:{_QORD}))(?:\s+fiscal)?[\s-]+(?i:quarter|qtr\.?)"
# A quarter written "Q3" with no year is a date only after a word that introduces a period
# ("in Q3", "its Q2 profit"); elsewhere it may name a product ("the Audi Q3").
_BARE_Q_BEFORE = ("in", "In", "for", "during", "During", "of", "its", "Its", "their", "Their")
_BARE_Q = r"\b(?:" + "|".join(rf"(?<=\b{w}\sQ\d)" for w in _BARE_Q_BEFORE) + ")"
# The quarter or half a British statistic or interim result covers: "the three months to
# June" (the second quarter), "the six months to 30 June 2025" (the first half); a span that
# ends in another month is no calendar period. A year to a month ("the year to March", "the
# 12 months to June", "the financial year to April 2025") is that month, as of which its figures
# are; one to a day ("the year ended Sept. 30") is left to that day, the date the text names.
_ORD_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MONTHS_TO = (r"\b(?i:the)\s+(?:(?i:three|3)\s+months\s+(?i:to|ending|ended)\s+"
              rf"(?:{_ORD_DAY}\s+)?(?P<m3>March|June|September|December)|(?i:six|6)\s+months\s+"
              rf"(?i:to|ending|ended)\s+(?:{_ORD_DAY}\s+)?(?P<m6>June|December)|"
              r"(?:(?i:financial|fiscal)\s+)?(?i:year|twelve\s+months|12\s+months)\s+"
              rf"(?i:to|ending|ended)\s+{_MONTH.format(g='m12')}(?!\.?\s*{_ORD_DAY}\b))"
              rf"(?:\s+{_ORD_DAY}\b)?(?:,?\s+(?P<y>{_YEAR}))?\b")
_MOD = rf"(?:{_alt(m for m in PERIOD_MODIFIERS if m.startswith('the'))}\s+|" \
       r"(?i:early|late)\s+|(?i:mid)-?\s*)"
_AMPM = r"(?:[ap]\.m\.|(?i:am|pm)\b)"
_CLOCK = (rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?P<{{g}}>{_AMPM}))?|"
          rf"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*{_AMPM}|(?:1[0-2]|0?[1-9])\s+o['’]clock|"
          r"(?i:noon|midnight|midday)|(?:[01]\d|2[0-3])[0-5]\d(?=\s*\(?(?:GMT|UTC)\b))")
_ZONE = rf"(?:\s*\(?(?P<{{g}}>{'|'.join(re.escape(z) for z in TIME_ZONES)})(?:\s*[+-]\d{{{{1,2}}}})?\)?)?"


_MOD_WORDS = frozenset({"the", "early", "late", "mid"})
# Words before a season named alone ("in winter", "by late spring"): looked behind, so that
# matching is tried at the season's word, not at every preposition.
_SEASON_PREPS = frozenset({"in", "during", "by", "until", "till", "since", "through",
                           "throughout", "over", "from", "before", "after", "into"})
_SEASON_AFTER_PREP = "|".join(rf"(?<=\b(?i:{p})\s)" for p in sorted(_SEASON_PREPS))
# What may follow a season named alone: punctuation or a function word, not a noun it
# qualifies ("summer camps", "winter storms").
_SEASON_END = (r"(?=\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?i:and|or|when|as|to|the|this|that|a|an|"
               r"with|"
               r"while|after|before|because|but|if|is|was|were|are|will|would|could|for|from|of|"
               r"on|in|at|by|he|she|it|they|we|its|their|his|her|last|next|until|so|than|amid)\b)")
_THE_MODIFIERS = _alt(m for m in PERIOD_MODIFIERS if m.startswith("the"))


def _first_words(phrases) -> frozenset[str]:
    """The first words of ``phrases``, lower case ("the day after" -> "the")."""
    return frozenset(re.split(r"[\s.'’]", p.lower())[0] for p in phrases)
