"""Date expressions and their TimeML values; publication-date inference.

Method: one pass of precompiled regular expressions over the text (leftmost match, no
overlaps), then normalization. Explicit dates are resolved on their own (``anchor=absolute``);
relative ones ("Wednesday morning", "last week", "July 4 this year", "two years ago", "the
third quarter") against the publication date (``anchor=publication``), or against the text's
own reference point when it moves it ("the next day", "the following year", "the year-ago
quarter": ``anchor=narrative``). Without a publication date relative expressions are left
out: the clock is never used.

A date without its year (a weekday, "Nov. 4", "in March", "the third quarter") takes the tense
of its clause, read on the ``Document``'s sentences: the clause is cut at punctuation and at
words that open clauses ("that", "which", "when" ...), and the tense marker nearest the date
decides: a future marker ("will", "is scheduled to", "expects to", "effective", a clause
opened by "if", a scheduled present such as "visits" outside headlines) or a past form ("was",
"announced", "has received"); a future seen from the past ("was planning to", "had been due
to") decides nothing, and a fronted date ("On Tuesday, ...") reads the clause after it; other
clauses of the sentence can only say "past". Past: the most recent such day or period on or
before the publication date; future: the next one; no marker: the one nearest the
publication date (a weekday: the most recent; a month: this year's unless it is still
ahead). "last February" is the February of last year when said in March (one would say "last
month"), "this September" the one of the publication year, "by February" a deadline ahead.

Extraction tries, at each word, only the alternatives that can begin with it (``_FIRSTS``,
``_DISPATCH``); ``_COMBINED`` is the reference they must agree with (tests check it).

Limits: English only; times of day are folded into their day (no TIME values), durations and
sets ("each Thursday", TimeML DURATION/SET) are left out; a weekend is TimeML's weekend of its
ISO week ("2020-W45-WE", precision week); a half year ("2020-H2") only with its year ("the
second half of 2020", "the first two quarters of next year": a bare "second half" is as often a
game's); numeric dates are read month first (US style); a year alone is a date unless a name
or an all-caps word comes right before it ("KANYE 2024", "Windows 2000"; but "Conference
2010") or it is part of a number, code, handle or address; years before 1500 count only after
a preposition ("in 1066"), and spelled-out years too unless they begin with "nineteen"
("nineteen ninety-six") or follow a month or "the year" ("January nineteen ninety-seven", "the
year two thousand"). The value of a modified period ("mid-1996", "the end of the month") is
the period's. A bare weekday is read against the publication date even in a paragraph about an older date
(trying the narrative there made TimeBank worse).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from newsledger.lexicon.actions import BASE_VERBS, IRREGULAR
from newsledger.lexicon.numbers import STREET_WORDS, YEAR_COUNT_NOUNS
from newsledger.lexicon.time import (CLAUSE_OPENERS, CLOCK_AFTER, COUNT_HEDGES, COUNT_WORDS,
                                     DAY_PART_DEIXIS, DAY_PARTS, DECADE_WORDS, DEICTIC,
                                     FLOATING_HOLIDAYS, FUTURE_CLAUSE, HALVES, HOLIDAY_THINGS,
                                     HOLIDAYS, MONTHS,
                                     NARRATIVE_DAYS, NARRATIVE_STEPS, PARTS_OF_DAY,
                                     PAST_AUXILIARIES, PERIOD_MODIFIERS,
                                     QUARTER_ALIASES, QUARTERS, RELATIVE_DAYS, SCHEDULE_VERBS,
                                     SEASONS,
                                     TIME_ZONES, WEEKDAYS, YEAR_EVENT_WORDS, YEAR_NAME_BEFORE,
                                     YEAR_PREPOSITIONS,
                                     YEAR_UNIT_AFTER)
from newsledger.records import PRECISIONS, DateMention
from newsledger.text import Document

from .signatures import find_signatures


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


def _spelled_year(words: str) -> int:
    """"nineteen ninety-six" -> 1996, "two thousand one" -> 2001."""
    w = [x for x in re.split(r"[\s-]+", words.lower()) if x not in ("and",)]
    if w[:2] == ["two", "thousand"]:
        return 2000 + (_SPELLED_UNITS.get(w[2], 0) if len(w) > 2 else 0)
    century = 1900 if w[0] == "nineteen" else 2000
    rest = _SPELLED_TEENS.get(w[1]) or _SPELLED_TENS.get(w[1], 0)
    return century + rest + (_SPELLED_UNITS.get(w[2], 0) if len(w) > 2 else 0)


_SPELLED_19 = (rf"(?i:nineteen)[\s-]+(?:(?i:{'|'.join(_SPELLED_TENS)})"
               rf"(?:[\s-]+(?i:{'|'.join(_SPELLED_UNITS)}))?|(?i:{'|'.join(_SPELLED_TEENS)}))")
_SPELLED = (rf"(?:{_SPELLED_19}|(?i:twenty)[\s-]+(?i:{'|'.join(_SPELLED_TENS)})"
            rf"(?:[\s-]+(?i:{'|'.join(_SPELLED_UNITS)}))?|"
            rf"(?i:two\s+thousand)(?:(?:\s+and)?\s+(?i:{'|'.join(_SPELLED_UNITS)}))?)")
# "nineteen ninety-nine dollars", "nineteen twenty-dollar bills": counts, no years
_NOT_A_COUNT = (r"(?!-[A-Za-z])(?![\s-]+(?i:hundred|thousand|million|billion|percent|"
                rf"per\s+cent|dollars|{'|'.join(_SPELLED_UNITS)})\b)")
_MONTH = r"(?P<{g}>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len,
                                        reverse=True)) + r")\.?"
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_PART = "|".join(PARTS_OF_DAY)
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # white space within a paragraph: one line break at most
_DAY_END = r"(?!\d|:\d)"  # "April 25:" is a date, "April 2 10:30" is not "April 21"
_COUNT = (rf"(?:{_alt(COUNT_HEDGES)}\s+)?(?P<{{g}}>\d{{{{1,2}}}}|{_alt(COUNT_WORDS)})")
_QORD = r"first|second|third|fourth|final|1st|2nd|3rd|4th"
_QUARTER_WORD = rf"(?P<{{g}}>(?i:{_QORD}))(?:\s+fiscal)?[\s-]+(?i:quarter|qtr\.?)"
_MOD = rf"(?:{_alt(m for m in PERIOD_MODIFIERS if m.startswith('the'))}\s+|" \
       r"(?i:early|late)\s+|(?i:mid)-?\s*)"
_AMPM = r"(?:[ap]\.m\.|(?i:am|pm)\b)"
_CLOCK = (rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?P<{{g}}>{_AMPM}))?|"
          rf"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*{_AMPM}|(?:1[0-2]|0?[1-9])\s+o['’]clock|"
          r"(?i:noon|midnight|midday)|(?:[01]\d|2[0-3])[0-5]\d(?=\s*\(?(?:GMT|UTC)\b))")
_ZONE = rf"(?:\s*\(?(?P<{{g}}>{'|'.join(re.escape(z) for z in TIME_ZONES)})(?:\s*[+-]\d{{{{1,2}}}})?\)?)?"

PATTERNS: list[tuple[str, str]] = [
    ("iso-date", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("numeric-mdy", rf"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?:(?P<y>{_YEAR})|"
                    r"(?P<yy>\d\d))\b(?!/)"),
    ("day-range", rf"\b{_MONTH.format(g='mon')}\s+(?P<d>{_DAY})\s*(?:-|–|to|through|and|or)\s*"
                  rf"(?P<d2>{_DAY}){_DAY_END}(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("month-day-year", rf"(?:\b(?:{_WEEKDAY}),?{_GAP})?\b{_MONTH.format(g='mon')}\s+(?P<d>{_DAY})"
                       rf"(?:,?\s+(?P<y>{_YEAR})\b|(?P<rel>\s+(?:of\s+)?(?i:this|last|next)"
                       rf"\s+year)\b)?{_DAY_END}"),
    ("day-month-year", rf"(?:\b(?:{_WEEKDAY}),?{_GAP})?\b(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?"
                       rf"{_MONTH.format(g='mon')}(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("half", rf"\b(?i:the\s+)?(?:(?P<h>first|second|1st|2nd|last|latter)\s+half|"
             rf"(?P<hq>first|last)\s+two\s+quarters)(?:\s+of\s+(?:(?P<y>{_YEAR})|"
             r"(?P<hdeixis>this|last|next)\s+year))?\b"),
    ("quarter", rf"\b(?:(?i:the)\s+)?(?:(?P<qy>{_YEAR})\s+|(?P<qdeixis>(?i:this|last|next))\s+"
                rf"year['’]s\s+|(?P<qago>(?i:comparable\s+|corresponding\s+|same\s+)?"
                rf"(?i:year-ago|year-earlier|year\s+ago|year\s+earlier))\s+|(?i:fiscal\s+))?"
                rf"{_QUARTER_WORD.format(g='q')}(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<ydeixis>"
                r"(?i:this|last|next))\s+year|(?P<fy>fiscal\s+\d{4})))?\b|"
                rf"\bQ(?P<q2>[1-4])\s+(?P<y2>{_YEAR})\b|\b(?P<fq>[1-4])Q\s*(?P<y3>{_YEAR})\b"),
    ("same-period", r"\b(?i:the\s+same|the\s+comparable|the\s+corresponding)\s+"
                    r"(?P<sunit>(?i:period|month|quarter|week|time))\s+(?:(?i:of|in)\s+)?"
                    r"(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+previous\s+year|"
                    r"the\s+year\s+before|the\s+prior\s+year|a\s+year\s+ago)\b"),
    ("narrative-quarter", r"\b(?P<nq>(?i:the|this|that)\s+(?:(?i:latest|current|same|"
                          r"comparable|recent|most\s+recent)\s+)?(?:fiscal\s+)?(?:quarter|"
                          r"(?P<period>(?<=latest\s)period|(?<=current\s)period)))"
                          r"(?P<nqago>\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|"
                          r"last\s+year))?\b(?![-’']|\s+of\b)|"
                          rf"\b(?i:the)\s+(?P<npy>{_YEAR})\s+(?P<npu>period|quarter)\b"),
    ("ago", rf"\b(?<!-){_COUNT.format(g='n')}[\s-]+(?P<unit>(?i:day|week|month|year|decade))s?"
            r"(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b"),
    ("year-ago", r"\b(?:(?i:the)\s+)?(?P<ya>(?i:year-ago|year-earlier|year\s+ago|"
                 r"year\s+earlier))(?:\s+(?P<yaunit>quarter|period|results?|level|figures?|month))?\b"),
    ("month-year", rf"\b(?:{_MOD})?{_MONTH.format(g='mon')},?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("month-spelled-year", rf"\b{_MONTH.format(g='mon')},?\s+(?:of\s+)?(?P<sp>{_SPELLED})\b"
                           rf"{_NOT_A_COUNT}"),
    ("year-named", rf"\b(?i:the\s+)?(?i:year)\s+(?:(?P<sp>{_SPELLED})\b{_NOT_A_COUNT}|"
                   rf"(?P<y>{_YEAR})\b(?![\w%,.-]\d))"),
    ("month-deictic-year", rf"\b(?:{_MOD})?{_MONTH.format(g='mon')}\s+(?:of\s+)?"
                           r"(?P<mdeixis>(?i:this|last|next))\s+year\b"),
    ("decade", r"\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?P<dec>1[5-9]\d|20\d)0['’]?s\b|"
               r"(?:\bthe\s+)?['’](?P<dec2>\d)0s\b|\b(?i:the)\s+(?:early\s+|mid-?|late\s+)?"
               rf"(?:(?P<dec3>[2-9])0['’]?s|(?P<decw>{'|'.join(DECADE_WORDS)}))\b"),
    ("short-year", r"['’](?P<sy>\d\d)\b(?![’']?s\b|[.,]?\d)"),
    ("season-year", r"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+of\s+"
                    rf"(?:(?P<y>{_YEAR})\b|(?P<sp>{_SPELLED})\b{_NOT_A_COUNT})|"
                    rf"\b(?P<y2>{_YEAR})\s+(?P<season2>spring|summer|fall|autumn|winter)\b"),
    ("holiday", r"\b(?:(?:U\.?S\.?|American)\s+)?(?P<hol>Election\s+day|election\s+day|"
                rf"{_alt([_title(h) for h in list(HOLIDAYS) + list(FLOATING_HOLIDAYS)], '')})"
                rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("narrative-day", r"\b(?i:" + "|".join(NARRATIVE_DAYS) + r")\b(?!\s+(?i:yesterday|tomorrow))|"
                      r"\b(?<=(?i:end|for) )(?P<theday>(?i:the)\s+day)\b(?!['’-])|"
                      r"\b(?<=(?i:ended) )(?P<theday2>(?i:the)\s+day)\b(?!['’-])|"
                      r"\b(?<=(?i:ending|finish) )(?P<theday3>(?i:the)\s+day)\b(?!['’-])"),
    ("narrative-unit", rf"\b(?i:the)\s+(?P<step>{'|'.join(NARRATIVE_STEPS)})\s+"
                       r"(?P<nunit>week|month|year)\b|\b(?P<that>(?i:that))\s+"
                       r"(?P<nunit2>year|month)\b"),
    ("relative-unit", rf"\b(?P<mod>{_MOD})?(?P<deixis>(?i:earlier\s+this|later\s+this|this\s+past|"
                      r"this\s+coming|this|last|next|the\s+past|the\s+current|the\s+coming|"
                      r"the\s+full|the))\s+(?:(?i:fiscal|calendar)\s+)?(?P<unit>week(?:end)?|"
                      r"month|year|quarter|decade|spring|summer|fall|autumn|winter)\b(?!-)|"
                      r"\b(?i:earlier|later|early|late)\s+in\s+(?P<indeixis>the)\s+"
                      r"(?P<inunit>year|month|week)\b"),
    ("year-end", r"\b(?i:year[-\s]end|year['’]s\s+end|the\s+end\s+of\s+the\s+year)\b"),
    ("day-part", rf"\b(?P<pdeixis>{_alt(DAY_PART_DEIXIS)})\s+(?P<dpart>{_alt(DAY_PARTS)})\b|"
                 r"\b(?P<tonight>(?i:tonight|overnight))\b"),
    ("relative-day", r"\b(?P<rd2>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))\b|"
                     r"\b(?P<rd>(?i:today|tonight|yesterday|tomorrow))\b(?!['’]s\s+(?:world|"
                     r"society|standards|economy|generation|youth|children|market|terms))"),
    ("weekday", rf"\b(?:(?P<wdeixis>(?i:last|next|this|this\s+past|this\s+coming|early|late))\s+)?"
                rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?\b"),
    ("clock", rf"\b(?:(?P<cprep>(?i:at|around|about|by|before|after|until|from|since|"
              rf"shortly\s+after|shortly\s+before))\s+)?(?P<clk>{_CLOCK.format(g='ampm')})"
              rf"{_ZONE.format(g='zone')}(?:,?\s+(?:(?i:on)\s+)?(?P<cwd>{_WEEKDAY}))?(?!\w)"),
    ("month-alone", rf"\b(?:(?P<mprep>(?i:in|since|until|till|by|during|through|throughout|for|"
                    r"from|before|after|between|of|on|to|and|or|as\s+of)|(?i:early|late|"
                    r"mid-|last|next|this|this\s+past|this\s+coming)|"
                    rf"{_alt(m for m in PERIOD_MODIFIERS if m.startswith('the'))})\s*)"
                    rf"{_MONTH.format(g='mon')}(?!\w|-\w|\.?,?\s+(?:of\s+)?(?:\d|(?i:this|last|next)\s+year)|"
                    r"[^\S\n]+[A-Z])|"
                    rf"(?<=[a-z,] )(?P<bare>January|February|April|June|July|August|September|"
                    r"October|November|December)(?:['’]s)?(?!\w|-\w|,?\s+(?:of\s+)?\d|[^\S\n]+[A-Z])"),
    ("spelled-year", rf"\b(?i:in|since|by|of|until|from|year|before|after)\s+(?P<sp>{_SPELLED})\b"
                     rf"{_NOT_A_COUNT}|\b(?P<sp19>{_SPELLED_19})\b{_NOT_A_COUNT}"),
    ("mod-year", rf"\b(?:{_MOD})(?P<y>{_YEAR})\b(?![\w%,.-]\d|-year|-old)"),
    ("old-year", r"\b(?i:in|since|by|from|until|before|after|around|circa|year)\s+"
                 r"(?P<y>1[0-4]\d\d)\b(?![\w%,.-]\d|-year|-old)"),
    ("year", rf"(?<![\w$£€#@/.,-])(?P<y>{_YEAR})(?![\w%,.-]\d|\d|-year|-old|\s*(?:%|percent))"),
]
_COMBINED = re.compile("|".join(f"(?P<r{i}>{p.replace('(?P<', f'(?P<r{i}_')})"
                                for i, (_, p) in enumerate(PATTERNS)))
# _COMBINED is the reference (``finditer``); extraction tries, at each word start or
# apostrophe ("'90s"), only the alternatives that can begin with that word (_DISPATCH): the
# same matches, several times faster.
_ALLCAPS_BEFORE = re.compile(r"\b[A-Z]{2,}\s*$")
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)(?<!\n)\b([A-Z][a-z]+)\s+$")
_CALENDAR_WORDS = frozenset(set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | {
    "fiscal", "year", "class", "spring", "summer", "autumn", "winter", "fall", "early", "late",
    "mid", "circa", "christmas", "easter", "january"})


# The first words each alternative can begin with ("0": a digit or an apostrophe), lower case.
_MOD_WORDS = {"the", "early", "late", "mid"}
_FIRSTS: dict[str, set[str]] = {
    "iso-date": {"0"}, "numeric-mdy": {"0"}, "day-range": set(MONTHS),
    "month-day-year": set(MONTHS) | set(WEEKDAYS),
    "day-month-year": set(WEEKDAYS) | {"0", "the"},
    "half": {"the", "first", "second", "last", "latter", "0"},
    "quarter": {"the", "0", "this", "last", "next", "comparable", "corresponding", "same", "year",
                "fiscal", "first", "second", "third", "fourth", "final", "q"},
    "narrative-quarter": {"the", "this", "that"}, "same-period": {"the"},  # also "the 1988 period"
    "ago": {"0"} | {w.split()[0] for w in COUNT_HEDGES} | {w.split()[0] for w in COUNT_WORDS},
    "year-ago": {"the", "year"}, "month-year": _MOD_WORDS | set(MONTHS),
    "month-deictic-year": _MOD_WORDS | set(MONTHS), "month-spelled-year": set(MONTHS),
    "year-named": {"the", "year"}, "decade": _MOD_WORDS | {"0"},
    "season-year": {"the", "0"} | set(SEASONS),
    "holiday": {"u", "us", "american", "election"} | {
        re.split(r"[\s.'’]", w)[0] for w in list(HOLIDAYS) + list(FLOATING_HOLIDAYS)},
    "narrative-day": {w.split()[0] for w in NARRATIVE_DAYS}, "narrative-unit": {"the", "that"},
    "relative-unit": _MOD_WORDS | {"earlier", "later", "this", "last", "next"},
    "year-end": {"year", "the"},
    "day-part": {w.split()[0] for w in DAY_PART_DEIXIS} | {"tonight", "overnight"},
    "relative-day": set(RELATIVE_DAYS) | {"the"}, "weekday": {"last", "next", "this", "early", "late"}
    | set(WEEKDAYS), "clock": {"at", "around", "about", "by", "before", "after", "until", "from",
                               "since", "shortly", "0", "noon", "midnight", "midday"},
    "month-alone": {"in", "since", "until", "till", "by", "during", "through", "throughout",
                    "for", "from", "before", "after", "between", "of", "on", "to", "and", "or",
                    "as", "early", "late", "mid", "last", "next", "this", "the"} | set(MONTHS),
    "mod-year": _MOD_WORDS,
    "old-year": {"in", "since", "by", "from", "until", "before", "after", "around", "circa",
                 "year"},
    "year": {"0"}, "short-year": {"0"}, "spelled-year": {"in", "since", "by", "of", "until", "from", "year",
                                                      "before", "after", "nineteen"},
}
assert set(_FIRSTS) == {name for name, _ in PATTERNS}


def _dispatch() -> dict[str, re.Pattern]:
    """For each first word, one pattern of the alternatives that can begin with it, in
    PATTERNS order and with _COMBINED's group names (so matches read the same)."""
    by_word: dict[str, tuple[int, ...]] = {}
    for word in set().union(*_FIRSTS.values()):
        by_word[word] = tuple(i for i, (name, _) in enumerate(PATTERNS) if word in _FIRSTS[name])
    compiled: dict[tuple[int, ...], re.Pattern] = {}
    for idx in set(by_word.values()):
        compiled[idx] = re.compile("|".join(
            f"(?P<r{i}>{PATTERNS[i][1].replace('(?P<', f'(?P<r{i}_')})" for i in idx))
    return {w: compiled[idx] for w, idx in by_word.items()}


_DISPATCH = _dispatch()
_CANDIDATE_WORD = re.compile(r"\b[A-Za-z]+|\b\d|['’]")

# For each alternative: its named groups, as (name in _COMBINED, name in PATTERNS).
_GROUP_NAMES = [[(k, k[len(f"r{i}_"):]) for k in _COMBINED.groupindex if k.startswith(f"r{i}_")]
                for i in range(len(PATTERNS))]


def _groups(m: re.Match, i: int) -> dict[str, str]:
    """The groups of alternative ``i`` that matched, by their names in PATTERNS."""
    names = _GROUP_NAMES[i]
    if not names:
        return {}
    values = m.group(*(full for full, _ in names)) if len(names) > 1 else (m.group(names[0][0]),)
    return {short: v for (_, short), v in zip(names, values) if v is not None}


def _sentence(doc: Document, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence(s) holding doc.text[start:end]."""
    first, last = doc.sentence_at(start), doc.sentence_at(max(start, end - 1))
    if first is None or last is None:
        return start, end
    return first.start, max(last.end, end)


# --- Tense of the clause around a date ------------------------------------------------------

_CLAUSE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|[,;:()\[\]—–\"“”]")
_FUTURE_PHRASE = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(FUTURE_CLAUSE, key=len, reverse=True))
    + r")(?![\w])", re.I)
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z']+\s+){1,3}$")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_SUBJECT_WORDS = frozenset({"he", "she", "it", "they", "also", "then", "which", "who", "that"})


def _schedule_verb(word: str) -> bool:
    """A present-tense third-person form of a schedule verb ("visits", "holds", "goes")."""
    if not word.islower() or not word.endswith("s"):
        return False
    return word[:-1] in SCHEDULE_VERBS or (word.endswith("es") and word[:-2] in SCHEDULE_VERBS)


_CONDITIONAL = frozenset({"if", "unless", "once"})
_LIGHT_WORDS = frozenset({"on", "in", "at", "by", "also", "and", "or", "but", "early", "late",
                          "later", "earlier", "then", "again", "until", "since", "from", "as",
                          "of", "for", "during", "through", "about", "around", "before",
                          "after"})
_FUTURE_IN_PAST = frozenset({"was", "were", "had", "previously", "originally"})
_PASSIVE_BEFORE = frozenset({"be", "been", "being", "is", "are", "am", "'s", "’s"})
_AMBIGUOUS_PAST = frozenset({"read", "put", "set", "cut", "hit", "quit", "let", "cost", "spread",
                             "bid", "hurt", "shut"})
_PAST_FORMS = frozenset(w for w in IRREGULAR if not w.endswith("s") and w not in _AMBIGUOUS_PAST)


def _is_past_form(word: str) -> bool:
    w = word.lower()
    if w in PAST_AUXILIARIES or w in _PAST_FORMS:
        return True
    return word.islower() and len(w) > 4 and w.endswith("ed") and not w.endswith("eed")


_NOT_INFINITIVES = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my",
                              "this", "that", "these", "those", "him", "them", "us", "me", "it",
                              "be", "date", "court", "power", "office", "work", "school",
                              "prison", "jail", "market", "about", "around", "nearly"})


def _infinitive(word: str) -> bool:
    """A lower-case word after "to" that reads as a verb ("to acquire", "to close")."""
    return word.islower() and word not in _NOT_INFINITIVES and word not in _LIGHT_WORDS and \
        not word.endswith(("s", "ed", "ing", "ly")) or word in BASE_VERBS


def _clause_tense(doc: Document, start: int, end: int) -> str | None:
    """"future", "past" or None: the tense marker nearest the expression text[start:end]
    within its clause; for a fronted date ("On Tuesday, ...") the clause after it. Other
    clauses of the sentence can only say "past" (news reports the past; a future elsewhere in
    the sentence is weak evidence for this date)."""
    text = doc.text
    s, e = _sentence(doc, start, end)
    clauses: list[list[tuple[int, str]]] = [[]]
    openers: list[str] = [""]
    own = None
    for m in _CLAUSE_TOKEN.finditer(text, s, e):
        word = m.group(0)
        if own is None and m.start() >= start:
            own = len(clauses) - 1  # the clause the expression sits in
        if start <= m.start() < end:
            continue
        if not word[0].isalpha() or word.lower() in CLAUSE_OPENERS:
            if clauses[-1] or own == len(clauses) - 1:
                clauses.append([])
                openers.append("")
            if word[0].isalpha():
                openers[-1] = word.lower()
            continue
        clauses[-1].append((m.start(), word))
    if own is None:
        own = len(clauses) - 1
    headline = getattr(doc.sentence_at(start), "kind", "") == "headline"
    if clauses[own]:
        tense = _tense_of(text, clauses[own], start, end)
        if tense == "present" and headline:
            tense = None  # headlines tell the past in the present tense
        if tense:
            return None if tense == "neutral" else tense
    if openers[own] in _CONDITIONAL:
        return "future"  # "if he is the nominee in November"
    fronted = all(w.lower() in _LIGHT_WORDS for _, w in clauses[own])
    if fronted and own + 1 < len(clauses) and clauses[own + 1]:
        tense = _tense_of(text, clauses[own + 1], start, end)
        if tense:
            return None if tense == "neutral" else tense
    for k in (own + 1, own - 1):
        if 0 <= k < len(clauses) and clauses[k] and \
                _tense_of(text, clauses[k], start, end) == "past":
            return "past"
    everything = [w for c in clauses for w in c]
    return "past" if everything and _tense_of(text, everything, start, end) == "past" else None


def _tense_of(text: str, words: list[tuple[int, str]], start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None

    def consider(pos: int, length: int, tense: str, weight: int = 1) -> None:
        nonlocal best
        dist = start - pos - length if pos < start else (pos - end) * weight
        if best is None or dist < best[0] or (dist == best[0] and tense == "future"):
            best = (dist, tense)

    a, b = words[0][0], words[-1][0] + len(words[-1][1])
    for m in _FUTURE_PHRASE.finditer(text, a, b):
        if not (start <= m.start() < end):
            before = _WORDS_BEFORE.search(text, max(a, m.start() - 30), m.start())
            in_past = before and _FUTURE_IN_PAST & set(before.group(0).lower().split())
            # "had been due to", "was planning to": a future seen from the past says nothing;
            # "said Tuesday it would": a pronoun after the date opens the reported clause
            reported = m.start() >= end and before and \
                before.group(0).split()[-1].lower() in _SUBJECT_PRONOUNS
            consider(m.start(), len(m.group(0)), "neutral" if in_past else "future",
                     3 if reported else 1)
    for k, (pos, w) in enumerate(words):
        low = w.lower()
        before = words[k - 1][1].lower() if k else ""
        if low in ("has", "have") and k + 1 < len(words) and (
                words[k + 1][1].lower() == "been" or _is_past_form(words[k + 1][1])):
            consider(pos, len(w), "past")  # "has received": a present perfect reports the past
            continue
        if before in _PASSIVE_BEFORE and (low.endswith("ed") or low in _PAST_FORMS):
            continue
        if w in ("may", "can"):  # lower case: the modal, not the month
            consider(pos, len(w), "future")
            continue
        if k and _schedule_verb(w) and (before in _SUBJECT_WORDS or words[k - 1][1][0].isupper()):
            consider(pos, len(w), "present")  # "Obama visits China on Monday"
            continue  # "should be completed": a participle, its tense is the auxiliary's
        if low == "to" and pos < start and k + 1 < len(words) and _infinitive(words[k + 1][1]) \
                and not text[pos + 2:words[k + 1][0]].strip():  # "to $16.25 in": no verb
            in_past = _FUTURE_IN_PAST & {x.lower() for _, x in words[max(0, k - 3):k]} or \
                (k and _is_past_form(words[k - 1][1]))
            # "expects to close" is ahead; "started to heat up", "was to close" say nothing
            consider(pos, len(w), "neutral" if in_past else "future")
        if _is_past_form(w) and not (low.endswith("ed") and _after_determiner(words, k)):
            # "a still unspecified date": an adjective; a regular -ed form after the date
            # counts a third ("double its flights by August for markets untouched by ...")
            regular = low not in PAST_AUXILIARIES and low not in _PAST_FORMS
            consider(pos, len(w), "past", 3 if regular and pos >= end else 1)
    return best[1] if best else None


_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"})
_ADJ_ADVERBS = frozenset({"still", "yet", "newly", "as-yet"})


def _after_determiner(words: list[tuple[int, str]], k: int) -> bool:
    """Whether word ``k`` follows a determiner, maybe across an adverb ("a still ...")."""
    before = [w.lower() for _, w in words[max(0, k - 2):k]]
    return bool(before) and (before[-1] in _DETERMINERS or (
        len(before) == 2 and before[-1] in _ADJ_ADVERBS and before[0] in _DETERMINERS))


# --- Values ------------------------------------------------------------------------------

def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _mention(m, value: str, precision: str, date: dt.date, anchor: str,
             rule: str) -> DateMention:
    if precision != "decade":  # TimeML years have four digits: year 98 is "0098"
        year, sep, rest = value.partition("-")
        value = f"{int(year):04d}{sep}{rest}"
    return DateMention(m.start(), m.end(), m.group(0), value, precision, date, anchor, rule)


def _day_mention(m, d: dt.date, anchor: str, rule: str) -> DateMention:
    return _mention(m, d.isoformat(), "day", d, anchor, rule)


def _month_mention(m, y: int, mo: int, anchor: str, rule: str) -> DateMention:
    return _mention(m, f"{y:04d}-{mo:02d}", "month", dt.date(y, mo, 1), anchor, rule)


def _year_mention(m, y: int, anchor: str, rule: str) -> DateMention:
    return _mention(m, str(y), "year", dt.date(y, 1, 1), anchor, rule)


def _quarter_mention(m, y: int, q: int, anchor: str, rule: str) -> DateMention:
    return _mention(m, f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), anchor, rule)


def _week_mention(m, d: dt.date, anchor: str, rule: str) -> DateMention:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return _mention(m, f"{iso.year}-W{iso.week:02d}", "week", monday, anchor, rule)


def _pick(candidates: list[dt.date], anchor: dt.date, tense: str | None,
          slack: int = 14) -> dt.date:
    """The candidate a clause of this tense means: past ones lie on or before the anchor (with
    a little slack), future and present ones on or after it; then the nearest."""
    if tense == "past":
        kept = [c for c in candidates if (c - anchor).days <= slack]
    elif tense in ("future", "present"):
        kept = [c for c in candidates if (anchor - c).days <= slack]
    else:
        kept = candidates
    return min(kept or candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _infer_year(month: int, day: int, anchor: dt.date, tense: str | None) -> int:
    """The year of a month-day without one: the one nearest the anchor among last, this and
    next year, that the clause's tense allows."""
    cands = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if (d := _day(y, month, min(day, 28)))]
    return _pick(cands, anchor, tense, slack=60).year


def _infer_month_year(month: int, anchor: dt.date, tense: str | None) -> int:
    """The year of a month named alone ("in March"): past clauses mean the most recent one
    (this month included), future and present ones the next; otherwise the nearest."""
    if tense is None:  # news reports the past: a later month is last year's
        return anchor.year - (month > anchor.month + 1)
    cands = [dt.date(y, month, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _pick(cands, anchor.replace(day=15), tense, slack=0).year


def _quarter_year(q: int, anchor: dt.date, tense: str | None) -> int:
    """A quarter without its year: the latest one that has begun by the publication date,
    or the next one for a future clause."""
    start = dt.date(anchor.year, 3 * q - 2, 1)
    if tense == "future":  # a quarter just ended is still to be reported on
        return anchor.year + 1 if (anchor - dt.date(anchor.year, 3 * q, 28)).days > 60 \
            else anchor.year
    if tense is None and start > anchor and (start - anchor).days <= 92:
        return anchor.year  # the coming quarter, about to begin
    return anchor.year - 1 if start > anchor else anchor.year


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    if n == -1:
        last = (dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(y, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _holiday(name: str, y: int) -> dt.date:
    key = " ".join(name.lower().replace("’", "'").split())
    if key in HOLIDAYS:
        mo, d = HOLIDAYS[key]
        return dt.date(y, mo, d)
    mo, wd, n = FLOATING_HOLIDAYS[key]
    if n == 0:  # Election Day: the Tuesday after the first Monday of November
        return _nth_weekday(y, mo, 0, 1) + dt.timedelta(days=1)
    return _nth_weekday(y, mo, wd, n)


def election_day(y: int) -> dt.date:
    """US Election Day of year ``y``: the Tuesday after the first Monday of November."""
    return _holiday("election day", y)


def _count(word: str) -> int:
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else COUNT_WORDS[w]


def _shift_months(d: dt.date, n: int) -> tuple[int, int]:
    y, mo = divmod(d.year * 12 + d.month - 1 + n, 12)
    return y, mo + 1


_DEADLINE = frozenset({"by", "until", "till", "through", "to"})
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_PARTS_OF = frozenset({"end", "start", "beginning", "morning", "afternoon", "evening", "night",
                       "rest", "part", "close", "opening"})  # "by the end of tomorrow" is a day
_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")
# A capitalized word right before, inside a sentence: "USA Today" is a name.
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“”]\s)(?<!^)(?<!\n)\b[A-Z][A-Za-z.]*[^\S\n]+$")
_WORD_BEFORE_DATE = re.compile(r"(\w+)\s+$")


def _tense_unless_deadline(st: "_State", m) -> str | None:
    """No tense for a deadline ("extended to Nov. 20", "through Sept. 29"): the nearest."""
    w = _WORD_BEFORE_DATE.search(st.text, max(0, m.start() - 12), m.start())
    return None if w and w.group(1).lower() in _DEADLINE else st.tense(m)


class _State:
    """What the text has said so far: the reference points relative expressions move with."""

    def __init__(self, doc: Document | None, published: dt.date | None):
        self.doc, self.published = doc, published
        self.text = doc.text if doc is not None else ""
        self.day: dt.date | None = None  # last explicit day
        self.year: int | None = None  # year of the last explicit date of any precision
        self.month: dt.date | None = None  # first day of the last explicit month or day
        self.last_day: DateMention | None = None  # the last day named, however resolved
        self.quarter: tuple[int, int, int] | None = None  # (year, quarter, position)
        self.period: DateMention | None = None  # last month or quarter named

    def tense(self, m) -> str | None:
        return _clause_tense(self.doc, m.start(), m.end()) if self.doc is not None else None

    def recent_quarter(self, pos: int, window: int = 6000) -> tuple[int, int] | None:
        if self.quarter and pos - self.quarter[2] <= window:
            return self.quarter[0], self.quarter[1]
        return None


def _resolve(rule: str, g: dict[str, str], m, st: _State) -> list[DateMention]:
    """The mentions one match stands for (two for a range, none when it cannot be resolved)."""
    published, text = st.published, st.text
    if rule == "numeric-mdy" and "yy" in g:  # "7/8/07": the century nearest publication
        if published is None:
            return []
        yy = int(g["yy"])
        g["y"] = str(min((c * 100 + yy for c in (published.year // 100 - 1, published.year // 100,
                                                    published.year // 100 + 1)),
                         key=lambda y: abs(y - published.year)))
    if rule in ("iso-date", "numeric-mdy"):
        d = _day(int(g["y"]), int(g["m"]), int(g["d"]))
        return [_day_mention(m, d, "absolute", rule)] if d else []
    if rule == "day-range":
        month = MONTHS[g["mon"].lower()]
        d1, d2 = (int(re.match(r"\d+", g[k]).group(0)) for k in ("d", "d2"))
        if d2 <= d1:
            return []
        if "y" in g:
            year, anchor = int(g["y"]), "absolute"
        elif published is not None:
            year, anchor = _infer_year(month, d1, published, st.tense(m)), "publication"
        else:
            return []
        a, b = _day(year, month, d1), _day(year, month, d2)
        if not (a and b):
            return []
        i = m.group(0).index(g["d2"], len(g["mon"]) + len(g["d"]))
        first = _Span(m.start(), m.start() + m.group(0).index(g["d"]) + len(g["d"]), text)
        second = _Span(m.start() + i, m.end(), text)
        return [_day_mention(first, a, anchor, rule), _day_mention(second, b, anchor, rule)]
    if rule in ("month-day-year", "day-month-year"):
        month = MONTHS[g["mon"].lower()]
        day = int(re.match(r"\d+", g["d"]).group(0))
        if "y" in g:
            d = _day(int(g["y"]), month, day)
            return [_day_mention(m, d, "absolute", rule)] if d else []
        if published is None:
            return []
        if "rel" in g:
            year = published.year + DEICTIC[g["rel"].split()[-2].lower()]
            d = _day(year, month, day)
            return [_day_mention(m, d, "publication", "month-day-deictic-year")] if d else []
        weekday = re.match(rf"(?:{_WEEKDAY})", m.group(0))
        if weekday:  # "Saturday, Oct. 24": the year whose Oct. 24 is a Saturday, if near
            wd = WEEKDAYS[weekday.group(0).lower()]
            fits = [y for y in (published.year, published.year - 1, published.year + 1)
                    if (c := _day(y, month, day)) and c.weekday() == wd]
            if fits:
                return [_day_mention(m, _day(fits[0], month, day), "publication",
                                     "month-day-weekday-year")]
        year = _infer_year(month, day, published, _tense_unless_deadline(st, m))
        d = _day(year, month, day)
        return [_day_mention(m, d, "publication", "month-day-infer-year")] if d else []
    if rule == "month-year":
        y, mo = int(g["y"]), MONTHS[g["mon"].lower()]
        return [_month_mention(m, y, mo, "absolute", rule)]
    if rule == "decade":
        if "dec" in g:
            dec = g["dec"]
        elif "dec2" in g or "dec3" in g:
            digit = g.get("dec2") or g["dec3"]
            # the latest such decade begun by publication ("the '80s" said in 1989: the 1980s)
            dec = ("20" if published is not None and 2000 + 10 * int(digit) <= published.year
                   else "19") + digit
        else:
            dec = "19" + str(DECADE_WORDS[g["decw"].lower()])
        return [_mention(m, dec, "decade", dt.date(int(dec) * 10, 1, 1), "absolute", rule)]
    if rule == "season-year":
        y = _spelled_year(g["sp"]) if "sp" in g else int(g.get("y") or g["y2"])
        code, month = SEASONS[(g.get("season") or g["season2"]).lower()]
        return [_mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), "absolute", rule)]
    if rule == "half":  # "the second half of 2020", "the first two quarters of next year"
        h = HALVES[(g.get("h") or g["hq"]).lower()]
        if "y" in g:
            y, anchor = int(g["y"]), "absolute"
        elif published is None or "hdeixis" not in g:
            return []  # a bare "second half" is as often a match's as a year's
        else:
            y, anchor = published.year + DEICTIC[g["hdeixis"].lower()], "publication"
        # The table contract's precisions stop at quarter and year: a half is known to its year.
        return [_mention(m, f"{y}-H{h}", "year", dt.date(y, 6 * h - 5, 1), anchor, rule)]
    if rule == "quarter":
        return _quarter(g, m, st)
    if rule == "short-year":  # "since '82": the nearest such year before publication
        name = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if published is None or (name and not name.group(1).islower()):
            return []  # "iLife '11", "Windows '98": products
        yy = int(g["sy"])
        y = max(c * 100 + yy for c in (published.year // 100 - 1, published.year // 100)
                if c * 100 + yy <= published.year + 1)
        return [_year_mention(m, y, "publication", "short-year")]
    if rule == "spelled-year":  # broadcast transcripts: "in nineteen ninety-six"
        sp = g.get("sp") or g["sp19"]
        return [_year_mention(_Span(m.end() - len(sp), m.end(), text), _spelled_year(sp),
                              "absolute", "spelled-year")]
    if rule == "month-spelled-year":  # "January nineteen ninety-seven"
        return [_month_mention(m, _spelled_year(g["sp"]), MONTHS[g["mon"].lower()], "absolute",
                               rule)]
    if rule == "year-named":  # "the year two thousand", "the year 2000"
        y = _spelled_year(g["sp"]) if "sp" in g else int(g["y"])
        return [_year_mention(m, y, "absolute", rule)]
    if rule == "mod-year":
        return [_year_mention(m, int(g["y"]), "absolute", "year")]
    if rule == "old-year":
        if _not_a_year(text, m.end() - 4, m.end()):
            return []
        return [_year_mention(_Span(m.end() - 4, m.end(), text), int(g["y"]), "absolute",
                              "year")]
    if rule == "narrative-day":
        return _narrative_day(m, st)
    if rule == "narrative-unit":
        return _narrative_unit(g, m, st)
    if rule == "holiday" and "y" not in g and (w := _WORD_AFTER.match(text, m.end())) and \
            w.group(1).lower() in HOLIDAY_THINGS:
        return []  # "Christmas trees", "Thanksgiving turkey": things, not the day
    if rule == "holiday" and "y" in g:
        return [_day_mention(m, _holiday(g["hol"], int(g["y"])), "absolute", rule)]
    if rule == "narrative-quarter":
        return _narrative_quarter(g, m, st)
    if rule == "same-period":
        return _same_period(g, m, st)
    if rule == "year-ago" and st.recent_quarter(m.start()) is None and \
            g.get("yaunit", "quarter").lower() == "quarter":
        return []  # "the year-ago quarter" needs the quarter the text is about
    if published is None:
        return []  # every rule below is relative to the publication date
    if rule == "holiday":
        y = published.year
        cands = [_holiday(g["hol"], yy) for yy in (y - 1, y, y + 1)]
        return [_day_mention(m, _pick(cands, published, st.tense(m), slack=14), "publication",
                             rule)]
    if rule == "ago":
        return _ago(g, m, st)
    if rule == "year-ago":
        recent = st.recent_quarter(m.start())
        if recent and (g.get("yaunit") or "period").lower() in ("period", "results", "result",
                                                                "quarter"):
            return [_quarter_mention(m, recent[0] - 1, recent[1], "narrative", "year-ago-quarter")]
        return [_year_mention(m, published.year - 1, "publication", "year-ago")]
    if rule == "relative-unit":
        return _relative_unit(g, m, st)
    if rule == "year-end":
        y = published.year - (published.month == 1 and st.tense(m) == "past")
        return [_year_mention(m, y, "publication", rule)]
    if rule == "month-deictic-year":
        mo = MONTHS[g["mon"].lower()]
        return [_month_mention(m, published.year + DEICTIC[g["mdeixis"].lower()], mo,
                               "publication", rule)]
    if rule == "relative-day" and "rd2" in g:  # "the day before yesterday"
        shift = -2 if "before" in g["rd2"].lower() else 2
        return [_day_mention(m, published + dt.timedelta(days=shift), "publication", rule)]
    if rule == "relative-day":
        if g["rd"] == "Today" and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return []  # "USA Today", "Russia Today", "VOA Today": names
        of = _OF_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if g["rd"].lower() == "tomorrow" and of and of.group(1).lower() not in _PARTS_OF:
            return []  # "the cars of tomorrow", "the people of tomorrow": the future at large
        shift = RELATIVE_DAYS[g["rd"].lower()]
        said = st.last_day
        if said is not None and said.date < published and m.start() - said.end < 600 and \
                (published - said.date).days <= 7 and _in_quote(text, m.start()):
            # "today" in words quoted after "on Nov. 3 he tweeted": the day they were said
            return [_day_mention(m, said.date + dt.timedelta(days=shift), "narrative",
                                 "relative-day-quoted")]
        return [_day_mention(m, published + dt.timedelta(days=shift), "publication",
                             "relative-day")]
    if rule == "day-part":
        if "tonight" in g:
            shift = 0
        else:
            shift = DAY_PART_DEIXIS[" ".join(g["pdeixis"].lower().split())]
            if g["pdeixis"].lower() == "last" and not g["dpart"].lower().startswith(("night",
                                                                                      "even")):
                return []  # "last morning" is not a phrase of days
        return [_day_mention(m, published + dt.timedelta(days=shift), "publication", rule)]
    if rule in ("weekday", "month-alone") and _EVERY.search(text, max(0, m.start() - 7), m.start()):
        return []  # "each Thursday", "every July": a set of days, not one
    if rule == "weekday":
        return _weekday(g, m, st)
    if rule == "clock":
        if "cwd" in g:  # "noon Saturday", "7 p.m. on Friday": the weekday's day
            return [dataclasses.replace(d, rule="clock-weekday")
                    for d in _weekday({"wd": g["cwd"]}, m, st)]
        if not ({"ampm", "zone", "cprep"} & g.keys()) and ":" in g["clk"]:
            return []  # "3:45" alone may be a race time or a score
        return [_day_mention(m, published, "publication", "clock-time")]
    if rule == "month-alone":
        g.setdefault("mon", g.get("bare", ""))
        mo = MONTHS[g["mon"].lower()]
        if m.group(0).endswith(".") and (
                len(g["mon"]) > 4 or g["mon"] in ("May", "June", "July")):  # a full stop
            m = _Span(m.start(), m.end() - 1, text)
        if g["mon"].lower() == "may" and not m.group(0)[-3:].istitle():
            return []
        head = m.group(0)[: m.group(0).find(g["mon"])].strip().lower()
        if g["mon"] == "March" and "bare" not in g and head in ("to", "and", "or", "on"):
            return []  # "to March", "and March" can be the verb
        deixis = head.split()[0] if head.split() else ""
        if deixis == "this":
            y = published.year
        elif deixis == "next":
            y = published.year + (mo <= published.month)
        elif deixis == "last":
            # "last February" said in March is a year back: the month just past is "last month"
            y = published.year - (mo >= published.month - 1)
        else:
            tense = "past" if deixis == "since" else st.tense(m)
            if tense is None and deixis in _DEADLINE:
                tense = "future"  # "by February", "through January": a deadline ahead
            prev = _WORD_BEFORE_DATE.search(st.text, max(0, m.start() - 12), m.start())
            if deixis not in _DEADLINE and prev and prev.group(1).lower() in _DEADLINE:
                deixis = prev.group(1).lower()  # "until mid-November"
            if tense is None and deixis in _DEADLINE:
                tense = "future"
            if tense == "past" and deixis in _DEADLINE:
                # "gave them until mid-November", "has extended loans through January": a
                # deadline set in the past may still lie ahead, up to a season ahead
                cands = [dt.date(y, mo, 15) for y in range(published.year - 1, published.year + 2)]
                y = _pick(cands, published, "past", slack=92).year
            else:
                y = _infer_month_year(mo, published, tense)
        return [_month_mention(m, y, mo, "publication", "month-infer-year")]
    return []


def _in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened in its paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class _Span:
    """A span of the text, standing in for a match where a rule yields part of one."""

    def __init__(self, start: int, end: int, text: str):
        self._s, self._e, self._t = start, end, text

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _: int = 0) -> str:
        return self._t[self._s:self._e]


def _quarter(g: dict[str, str], m, st: _State) -> list[DateMention]:
    published = st.published
    word = (g.get("q") or "").lower()
    q = QUARTERS.get(word) or QUARTER_ALIASES.get(word) or int(g.get("q2") or g.get("fq") or 0)
    if not q:
        return []
    year = g.get("qy") or g.get("y") or g.get("y2") or g.get("y3")
    if year is not None:
        return [_quarter_mention(m, int(year), q, "absolute", "quarter")]
    if "qago" in g:  # "the year-ago third quarter"
        recent = st.recent_quarter(m.start())
        if recent:
            return [_quarter_mention(m, recent[0] - 1, q, "narrative", "quarter-year-ago")]
        if published is None:
            return []
        return [_quarter_mention(m, _quarter_year(q, published, "past") - 1, q, "publication",
                                 "quarter-year-ago")]
    if published is None:
        return []
    deixis = g.get("qdeixis") or g.get("ydeixis")
    if deixis:
        return [_quarter_mention(m, published.year + DEICTIC[deixis.lower()], q, "publication",
                                 "quarter-deictic-year")]
    return [_quarter_mention(m, _quarter_year(q, published, st.tense(m)), q, "publication",
                             "quarter")]


def _narrative_quarter(g: dict[str, str], m, st: _State) -> list[DateMention]:
    """"the quarter", "the latest quarter", "that quarter": the quarter the text is about
    ("the latest quarter": the last one ended by publication, when the text's is not);
    "the 1988 period": that year's quarter of the same number."""
    recent = st.recent_quarter(m.start())
    if "npy" in g:
        if recent:
            return [_quarter_mention(m, int(g["npy"]), recent[1], "narrative",
                                     "narrative-quarter")]
        return [] if g["npu"].lower() == "quarter" else \
            [_year_mention(m, int(g["npy"]), "absolute", "year")]
    words = g["nq"].lower().split()
    p = st.published
    if "period" in g and recent is None:
        return []  # "the latest period" is a quarter only in a text about quarters
    if p is not None and "current" in words:  # "the current quarter": publication's
        y, q = divmod(p.year * 4 + (p.month - 1) // 3, 4)
        return [_quarter_mention(m, y - ("nqago" in g), q + 1, "publication",
                                 "relative-quarter")]
    if p is not None and ("latest" in words or "recent" in words) and (
            recent is None or dt.date(recent[0], 3 * recent[1], 28) > p):
        y, q = divmod(p.year * 4 + (p.month - 1) // 3 - 1, 4)
        return [_quarter_mention(m, y - ("nqago" in g), q + 1, "publication",
                                 "relative-quarter")]
    ago = "nqago" in g
    if recent:
        y, q = recent
        return [_quarter_mention(m, y - ago, q, "narrative", "narrative-quarter")]
    if p is None or words[0] == "that" or not (words[0] == "this" or "current" in words):
        return []
    return [_quarter_mention(m, p.year - ago, (p.month - 1) // 3 + 1, "publication",
                             "relative-quarter")]


_AFTER_PHRASE = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
_NOUN_PHRASE_START = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my",
                                "this", "that"})


def _narrative_day(m, st: _State) -> list[DateMention]:
    if m.group(0).lower().split()[-1] == "day" and len(m.group(0).split()) == 2:
        phrase = "that day"  # "to end the day", "for the day": the day reported on
    else:
        phrase = None
    return _narrative_day_of(m, st, phrase)


def _narrative_day_of(m, st: _State, phrase: str | None) -> list[DateMention]:
    """"the next day", "that day": a day from the last day the text named. "the day after
    the election" counts from US Election Day (of the publication year); "the day after" a
    noun phrase or a verb in -ing counts from that happening, which has no date here."""
    phrase = phrase or " ".join(m.group(0).lower().split())
    shift = NARRATIVE_DAYS[phrase]
    if phrase in ("the day after", "the day before"):
        nxt = _AFTER_PHRASE.match(st.text, m.end())
        if nxt:
            w1, w2 = nxt.group(1).lower(), (nxt.group(2) or "").lower()
            if w1 in _NOUN_PHRASE_START and w2 in ("election", "elections") and \
                    st.published is not None and st.published.year % 2 == 0:
                return [_day_mention(m, election_day(st.published.year) +
                                     dt.timedelta(days=shift), "publication", "day-after-event")]
            if w1 in _NOUN_PHRASE_START or w1.endswith("ing"):
                return []
    if st.last_day is not None:
        return [_day_mention(m, st.last_day.date + dt.timedelta(days=shift), "narrative",
                             "narrative-day")]
    if shift == 0 and st.published is not None:  # "later in the day", "that day": today
        return [_day_mention(m, st.published, "publication", "narrative-day")]
    return []


def _same_period(g: dict[str, str], m, st: _State) -> list[DateMention]:
    """"the same month a year ago", "the same period last year": the month or quarter the text
    last named, a year back (the year itself when it named none)."""
    unit = g["sunit"].lower()
    last = st.period
    if last is not None and (unit in ("period", "time") or unit == last.precision):
        if last.precision == "month":
            return [_month_mention(m, last.date.year - 1, last.date.month, "narrative",
                                   "same-period")]
        if last.precision == "quarter":
            return [_quarter_mention(m, last.date.year - 1, (last.date.month - 1) // 3 + 1,
                                     "narrative", "same-period")]
    if st.published is None or unit == "week":
        return []
    return [_year_mention(m, st.published.year - 1, "publication", "same-period")]


def _narrative_unit(g: dict[str, str], m, st: _State) -> list[DateMention]:
    """"the following year", "the previous week", "that year": a step from the narrative's
    reference point (the last explicit date), or from the publication date."""
    unit = (g.get("nunit") or g.get("nunit2")).lower()
    step = 0 if "that" in g else NARRATIVE_STEPS[g["step"].lower()]
    if unit == "year":
        if st.year is None:
            return []
        y = st.year + step
        return [_year_mention(m, y, "narrative", "narrative-year")]
    if unit == "month":
        if st.month is None:
            return []
        y, mo = _shift_months(st.month, step)
        return [_month_mention(m, y, mo, "narrative", "narrative-month")]
    if st.day is None:
        return []
    if unit == "month":
        y, mo = _shift_months(st.day, step)
        return [_month_mention(m, y, mo, "narrative", "narrative-month")]
    return [_week_mention(m, st.day + dt.timedelta(weeks=step), "narrative", "narrative-week")]


def _ago(g: dict[str, str], m, st: _State) -> list[DateMention]:
    """"two years ago", "a week earlier", "10 days later": n units from the publication date
    (ago) or from the narrative's reference point (earlier, later)."""
    n, unit, direction = _count(g["n"]), g["unit"].lower(), " ".join(g["dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if direction in ("ago", "from now", "hence"):
        base, anchor = st.published, "publication"
    else:
        recent = st.recent_quarter(m.start())
        if unit == "year" and n == 1 and recent and direction in ("earlier", "before"):
            return [_quarter_mention(m, recent[0] - 1, recent[1], "narrative", "year-ago-quarter")]
        last = st.last_day.date if st.last_day is not None else None
        period = st.period
        if unit == "year" and period is not None and m.start() - period.end < 200 and \
                (last is None or st.last_day.start < period.start):
            # "in February from a year earlier": that month (or quarter) a year back
            if period.precision == "month":
                return [_month_mention(m, period.date.year + sign * n, period.date.month,
                                       "narrative", "ago-period")]
            return [_quarter_mention(m, period.date.year + sign * n,
                                     (period.date.month - 1) // 3 + 1, "narrative", "ago-period")]
        if last is None and unit == "year" and st.year is not None:
            y = st.year + sign * n
            return [_year_mention(m, y, "narrative", "narrative-year")]
        if last is None and unit in ("year", "month") and st.published is not None:
            base, anchor = st.published, "publication"  # "a year earlier": than now
        elif last is None:
            return []  # "a week later" with no day named before: later than what?
        else:
            base, anchor = last, "narrative"
    if direction == "ago" and unit == "year" and n == 1:
        recent = st.recent_quarter(m.start(), window=600)
        if recent:
            return [_quarter_mention(m, recent[0] - 1, recent[1], "narrative", "year-ago-quarter")]
    if base is None:
        return []
    if unit == "day":
        return [_day_mention(m, base + dt.timedelta(days=sign * n), anchor, "ago-day")]
    if unit == "week":  # "two weeks ago": the day, as a reader counts it
        return [_day_mention(m, base + dt.timedelta(weeks=sign * n), anchor, "ago-week")]
    if unit == "month":
        y, mo = _shift_months(base, sign * n)
        return [_month_mention(m, y, mo, anchor, "ago-month")]
    if unit == "year":
        return [_year_mention(m, base.year + sign * n, anchor, "ago-year")]
    dec = (base.year + sign * 10 * n) // 10
    return [_mention(m, str(dec), "decade", dt.date(dec * 10, 1, 1), anchor, "ago-decade")]


def _relative_unit(g: dict[str, str], m, st: _State) -> list[DateMention]:
    published = st.published
    if "inunit" in g:  # "earlier in the year": this year
        g = {"deixis": "this", "unit": g["inunit"]}
    deixis = " ".join(g["deixis"].lower().split())
    unit = g["unit"].lower()
    if deixis in ("the", "the full") and "mod" in g and unit in ("year", "month", "week",
                                                                 "quarter"):
        deixis = "this"  # "the end of the month", "the middle of the week"
    if deixis == "the full" and unit == "year":
        deixis = "this"  # "forecast an increase for the full year"
    if deixis == "the" and unit in SEASONS:  # "over the summer": the latest, or the next one
        code, month = SEASONS[unit]
        tense = st.tense(m)
        start = dt.date(published.year, month, 1)
        y = published.year - (start > published and tense != "future") + \
            (tense == "future" and dt.date(published.year, month, 1) + dt.timedelta(days=92)
             < published)
        return [_mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), "publication",
                         "relative-season")]
    if deixis in ("the", "the current", "the coming", "the past", "the full"):
        if deixis == "the past" and unit not in ("weekend",):
            return []  # "the past year" is a duration
        if deixis == "the" and unit not in ("weekend",):
            return []  # "the year", "the week": which one, the text must say
        if deixis == "the coming" and unit != "weekend":
            deixis = "next"
    shift = {"this past": -1, "the past": -1, "this coming": 1, "the coming": 1,
             "the current": 0, "the": 0}.get(deixis, DEICTIC.get(deixis, 0))
    if unit == "year":
        return [_year_mention(m, published.year + shift, "publication", "relative-year")]
    if unit == "month":
        y, mo = _shift_months(published, shift)
        return [_month_mention(m, y, mo, "publication", "relative-month")]
    if unit == "week":
        return [_week_mention(m, published + dt.timedelta(weeks=shift), "publication",
                              "relative-week")]
    if unit == "weekend":
        sat = _weekend(deixis, published, st.tense(m))
        iso = sat.isocalendar()  # TimeML's weekend of an ISO week: "2020-W45-WE"
        return [_mention(m, f"{iso.year}-W{iso.week:02d}-WE", "week", sat, "publication",
                         "relative-weekend")]
    if unit == "quarter":
        idx = published.year * 4 + (published.month - 1) // 3 + shift
        y, q = divmod(idx, 4)
        return [_quarter_mention(m, y, q + 1, "publication", "relative-quarter")]
    if unit == "decade":
        dec = published.year // 10 + shift
        return [_mention(m, str(dec), "decade", dt.date(dec * 10, 1, 1), "publication",
                         "relative-decade")]
    code, month = SEASONS[unit]
    y = published.year + shift
    if deixis == "this past":
        y = published.year - (month > published.month)
    return [_mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), "publication",
                     "relative-season")]


_EVERY = re.compile(r"\b(?i:each|every)\s+$")
_UNTIL = re.compile(r"\b(?i:until|till)\s+$")


def _weekend(deixis: str, published: dt.date, tense: str | None) -> dt.date:
    """The Saturday of the weekend meant: "last weekend" the one before the current week's,
    "next weekend" the one of next week, "this weekend" the current week's, "the weekend" the
    latest begun by publication (or the coming one for a future clause)."""
    this_sat = published + dt.timedelta(days=5 - published.weekday())  # this week's Saturday
    if deixis == "last" or (deixis == "this past" and published.weekday() < 5):
        return this_sat - dt.timedelta(weeks=1)
    if deixis == "this past":  # said on the weekend itself
        return this_sat
    if deixis in ("next",):
        return this_sat + dt.timedelta(weeks=1)
    if deixis in ("this", "this coming", "the coming"):
        return this_sat
    if tense in ("future", "present"):
        return this_sat
    return this_sat if published.weekday() >= 5 else this_sat - dt.timedelta(weeks=1)


def _weekday(g: dict[str, str], m, st: _State) -> list[DateMention]:
    published = st.published
    target = WEEKDAYS[g["wd"].lower()]
    deixis = " ".join((g.get("wdeixis") or "").lower().split())
    if deixis in ("next", "this coming"):
        tense = "future"
    elif deixis in ("last", "this past"):
        tense = "past"
    elif _UNTIL.search(st.text, max(0, m.start() - 8), m.start()):
        tense = "future"  # "closed until Friday"
    else:
        tense = st.tense(m)
    if tense in ("future", "present"):
        delta = (target - published.weekday()) % 7 or (7 if deixis == "next" else 0)
        d, used = published + dt.timedelta(days=delta), "weekday-future"
    else:
        delta = (published.weekday() - target) % 7 or (7 if deixis == "last" else 0)
        d, used = published - dt.timedelta(days=delta), "weekday-past"
    return [_day_mention(m, d, "publication", used)]


_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z][\w.]*)\.?\s+$")
_AFTER = re.compile(r"\s*([A-Za-z][\w°-]*)?(?:\s+([A-Za-z]\w*))?(?:\s+([A-Za-z]\w*))?")


def _plural(word: str | None) -> bool:
    """A lower-case word that looks like a plural noun ("supporters", "counter-protesters")."""
    return bool(word) and word.islower() and len(word) > 3 and word.endswith("s") and \
        not word.endswith(("ss", "us", "is"))


def _not_a_year(text: str, start: int, end: int) -> bool:
    """A four-digit number that its neighbours make a name, code, clock time, count, measure
    or address rather than a year: "Local 1520", "Flight 1549", "the 1500m", "the 5000
    metres", "1500 GMT", "2000 people", "1600 Pennsylvania Avenue"."""
    if end < len(text) and text[end].isalpha():
        return True  # glued unit: "1500m", "2000km"
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = before.group(1).lower().rstrip(".") if before else ""
    if previous in YEAR_NAME_BEFORE:
        return True
    after = _AFTER.match(text, end, min(len(text), end + 60))
    first, second, third = (w.lower() if w else "" for w in after.groups())
    if first in CLOCK_AFTER or first in YEAR_UNIT_AFTER:
        return True
    if previous not in YEAR_PREPOSITIONS and (first in YEAR_COUNT_NOUNS or _plural(after.group(1))):
        return True  # "drew 2000 supporters", but "in 2019 police arrested ..." is a year
    # An address: the number, a capitalized name of one or two words, a street word.
    words = after.groups()
    return bool(words[0] and words[0][0].isupper() and (second in STREET_WORDS or (
        words[1] and words[1][0].isupper() and third in STREET_WORDS)))


def _year(m, text: str) -> DateMention | None:
    caps = _ALLCAPS_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if caps and caps.group(0).strip().lower() not in YEAR_EVENT_WORDS:
        return None  # a slogan or name such as "KANYE 2024" (but "WWDC 2005" is a year)
    name = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if name and name.group(1).lower() not in YEAR_PREPOSITIONS and \
            name.group(1).lower() not in _CALENDAR_WORDS and \
            name.group(1).lower() not in YEAR_EVENT_WORDS:
        return None  # a name with a number: "Kanye 2024", "Euro 2016", "Windows 2000"
    if _not_a_year(text, m.start(), m.end()):
        return None
    y = int(m.group(0))
    return _year_mention(m, y, "absolute", "year")


class _Sub:
    """A match object restricted to one alternative's span."""

    def __init__(self, m: re.Match, i: int):
        self._m, self._g = m, f"r{i}"

    def start(self) -> int:
        return self._m.start(self._g)

    def end(self) -> int:
        return self._m.end(self._g)

    def group(self, _: int = 0) -> str:
        return self._m.group(self._g)


def _matches(text: str) -> Iterator[re.Match]:
    """``_COMBINED.finditer(text)``: leftmost, non-overlapping matches, tried at word starts
    and apostrophes only, each with the alternatives that can begin with that word."""
    end = 0
    for c in _CANDIDATE_WORD.finditer(text):
        start = c.start()
        if start < end:
            continue
        word = c.group(0)
        pattern = _DISPATCH.get("0" if not word[0].isalpha() else word.lower())
        if pattern is not None and (m := pattern.match(text, start)):
            end = m.end()
            yield m


def _fold_clock(out: list[DateMention], text: str) -> list[DateMention]:
    """A clock time takes the day of the nearest day named beside it (within 100 characters,
    the paragraph unbroken; one before it first), else the publication date it has."""
    days = [x for x in out if x.precision == "day" and x.rule != "clock-time"]
    for k, d in enumerate(out):
        if d.rule != "clock-time":
            continue
        near = [(x.start > d.start, abs(x.start - d.start), x) for x in days
                if abs(x.start - d.start) <= 100
                and "\n" not in text[min(x.start, d.start):max(x.end, d.end)]]
        if near:
            x = min(near, key=lambda t: t[:2])[2]
            out[k] = DateMention(d.start, d.end, d.text, x.value, "day", x.date, x.anchor,
                                 "clock-time")
    return out


def extract_dates(doc: Document, published: dt.date | None) -> list[DateMention]:
    """Every date expression of the document with its value (see the module docstring)."""
    return _dates(doc.text, published, doc)


def _dates(text: str, published: dt.date | None, doc: Document | None) -> list[DateMention]:
    """The date expressions of ``text``; ``doc`` (its segmentation) is needed only to read
    the tense of clauses, so a bare string will do for explicit dates."""
    out: list[DateMention] = []
    st = _State(doc, published)
    st.text = text
    for m in _matches(text):
        i = int(m.lastgroup[1:])  # the alternative that matched (it closes last)
        rule = PATTERNS[i][0]
        sub = _Sub(m, i)
        try:
            if rule == "year":
                found = [y] if (y := _year(sub, text)) else []
            else:
                found = _resolve(rule, _groups(m, i), sub, st)
        except (OverflowError, ValueError):
            continue  # a date past year 9999 or before year 1
        for mention in found:
            if mention.precision in ("month", "quarter") and mention.anchor != "narrative":
                st.period = mention
            if mention.precision == "day" and mention.rule != "clock-time":
                st.last_day = mention
            if mention.anchor != "narrative" and mention.precision in ("day", "month"):
                st.month = mention.date.replace(day=1)
            if mention.anchor == "absolute":
                st.year = mention.date.year
                if mention.precision == "day":
                    st.day = mention.date
            if mention.precision == "quarter" and mention.anchor != "narrative":
                st.quarter = (mention.date.year, (mention.date.month - 1) // 3 + 1,
                              mention.start)
            out.append(mention)
    if any(d.rule == "clock-time" for d in out):
        out = _fold_clock(out, text)
    return out


# --- Publication date ---------------------------------------------------------------------

_DATELINE = re.compile(r"\A(?:[^\n]*\n){0,6}?[^\n]{0,60}?\b(?P<date>" + _MONTH.format(g="mon")
                       + rf"\s+{_DAY},?\s+{_YEAR})\b")
_PUBLISHED_LINE = re.compile(r"(?:Published|Updated|Posted)(?: on)?:?\s+(?P<date>[^\n]{6,40})",
                             re.I)
_AS_OF = re.compile(r"(?i:as\s+of)\s+$")
_ELECTION = re.compile(rf"\b(?P<y>{_YEAR})\s+(?:U\.?S\.?\s+)?(?i:presidential|midterm|general)"
                       r"\s+(?i:elections?)\b")


def infer_publication_date(text: str | Document) -> dt.date | None:
    """The date the text was published, from what it says: the latest explicit full date in an
    embedded post's signature, a "Published:" line or a dateline near the top; failing those,
    the latest day the text reports as past (see ``_latest_reported_day``). None when nothing
    says (never the clock)."""
    doc = text if isinstance(text, Document) else None
    text = doc.text if doc is not None else text
    found: list[dt.date] = []
    for m in [*find_signatures(text), *_PUBLISHED_LINE.finditer(text)]:
        found += [d.date for d in _dates(m.group("date"), None, None) if d.precision == "day"]
    if not found:
        m = _DATELINE.search(text[:600])
        if m:
            found += [d.date for d in _dates(m.group("date"), None, None)
                      if d.precision == "day"]
    if found:
        return max(found)
    return _latest_reported_day(doc if doc is not None else Document(text))


def _latest_reported_day(doc: Document) -> dt.date | None:
    """The latest day the text reports as past, its year taken from the text.

    The story's year is the latest year the text names outside a future clause ("after losing
    in 2020", "the summer of 2020"; not "plans to run in 2024"), or the year of a US
    presidential, midterm or general election it names. Month-days without a year ("on Nov. 3")
    are read in that year (resolved against its last day, so past clauses stay in it), and a
    weekday reported after the latest such day ("As of Wednesday evening") moves to its next
    occurrence. Needs at least one day: a year alone gives no date."""
    text = doc.text
    years: list[int] = []
    for d in extract_dates(doc, None):
        if d.precision in ("year", "month", "season", "day") and \
                _clause_tense(doc, d.start, d.end) == "past" and 1900 < d.date.year < 2200:
            years.append(d.date.year)
    elections = [election_day(int(m.group("y"))) for m in _ELECTION.finditer(text)
                 if int(m.group("y")) % 2 == 0 and
                 _clause_tense(doc, m.start(), m.end()) == "past"]
    if not years and not elections:
        return None
    story_year = max(years + [e.year for e in elections])
    anchor = dt.date(story_year, 12, 31)
    days = [e for e in elections if e.year == story_year]
    weekdays: list[DateMention] = []
    for d in extract_dates(doc, anchor):
        if d.precision != "day" or d.date.year != story_year:
            continue
        if d.rule.startswith("weekday"):
            weekdays.append(d)
        elif d.rule in ("month-day-infer-year", "month-day-weekday-year", "month-day-year",
                        "day-month-year", "iso-date", "numeric-mdy", "holiday",
                        "month-day-deictic-year") and \
                _clause_tense(doc, d.start, d.end) != "future":
            days.append(d.date)
    if not days:
        return None
    latest = max(days)
    for w in weekdays:  # "As of Wednesday evening": the state at writing time
        if _AS_OF.search(text, max(0, w.start - 8), w.start):
            latest += dt.timedelta(days=(w.date.weekday() - latest.weekday()) % 7)
    return latest
