"""Date expressions and their TimeML values; publication-date inference.

Method: one pass of precompiled regular expressions over the text (longest match first, no
overlaps), then normalization. Explicit dates are resolved on their own (``anchor=absolute``);
relative ones ("Wednesday morning", "last week", "July 4 this year") against the publication
date (``anchor=publication``), or against the last explicit day when the article moves its own
reference point ("the next day": ``anchor=narrative``). Without a publication date relative
expressions are left out: the clock is never used. A bare weekday is the most recent such day
on or before the publication date, or the next one when its sentence speaks of the future.

Limits: English only; no times of day, durations or sets (TimeML TIME/DURATION/SET); numeric
dates are read month first (US style); a year alone is a date unless it follows an all-caps
word (a slogan such as "KANYE 2024") or is part of a number, code, handle or address.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from newsledger.lexicon.numbers import STREET_WORDS, YEAR_COUNT_NOUNS
from newsledger.lexicon.time import (CLOCK_AFTER, DEICTIC, FUTURE_MARKERS, MONTHS,
                                     NARRATIVE_DAYS, PARTS_OF_DAY, QUARTERS, RELATIVE_DAYS,
                                     SEASONS, WEEKDAYS, YEAR_NAME_BEFORE, YEAR_PREPOSITIONS,
                                     YEAR_UNIT_AFTER)
from newsledger.records import DateMention
from newsledger.text import Document

from .signatures import find_signatures

_MONTH = r"(?P<{g}>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len,
                                        reverse=True)) + r")\.?"
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_PART = "|".join(PARTS_OF_DAY)
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

PATTERNS: list[tuple[str, str]] = [
    ("iso-date", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("numeric-mdy", rf"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>{_YEAR})\b"),
    ("month-day-year", rf"(?:\b(?:{_WEEKDAY}),?\s+)?\b{_MONTH.format(g='mon')}\s+(?P<d>{_DAY})"
                       rf"(?:,?\s+(?P<y>{_YEAR})\b|(?P<rel>\s+(?:this|last|next)\s+year)\b)?"
                       r"(?![\d:])"),
    ("day-month-year", rf"(?:\b(?:{_WEEKDAY}),?\s+)?\b(?P<d>{_DAY})\s+(?:of\s+)?"
                       rf"{_MONTH.format(g='mon')}(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("month-year", rf"\b{_MONTH.format(g='mon')},?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("decade", r"\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?P<dec>1[5-9]\d|20\d)0s\b|"
               r"(?:\bthe\s+)?['’](?P<dec2>\d)0s\b"),
    ("season-year", r"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+of\s+"
                    rf"(?P<y>{_YEAR})\b|\b(?P<y2>{_YEAR})\s+(?P<season2>spring|summer|fall|autumn|winter)\b"),
    ("quarter", r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
                rf"(?:\s+of\s+(?P<y>{_YEAR}))?\b|\bQ(?P<q2>[1-4])\s+(?P<y2>{_YEAR})\b"),
    ("narrative-day", r"\b(?i:" + "|".join(NARRATIVE_DAYS) + r")\b"),
    ("relative-unit", r"\b(?P<deixis>earlier this|later this|this|last|next)\s+"
                      r"(?P<unit>week|month|year|spring|summer|fall|autumn|winter)\b"),
    ("relative-day", r"\b(?P<rd>today|tonight|yesterday|tomorrow)\b"),
    ("weekday", rf"\b(?:(?P<wdeixis>last|next|this)\s+)?(?P<wd>{_WEEKDAY})"
                rf"(?:\s+(?P<part>{_PART}))?\b"),
    ("month-alone", rf"\b(?:in|since|until|by|during|early|late|mid-|last|next|this)\s+"
                    rf"{_MONTH.format(g='mon')}(?![\w-]|,?\s+(?:of\s+)?\d)"),
    ("year", rf"(?<![\w$£€#@/.,-])(?P<y>{_YEAR})(?![\w%,.-]\d|\d|-year|-old|\s*(?:%|percent))"),
]
_COMBINED = re.compile("|".join(f"(?P<r{i}>{p.replace('(?P<', f'(?P<r{i}_')})"
                                for i, (_, p) in enumerate(PATTERNS)))
# Where a date expression can begin: a word start, or an apostrophe ("'90s"). Trying the
# combined pattern only there (instead of at every character, as ``finditer`` does) finds
# exactly the same matches, about three times faster.
_CANDIDATE_START = re.compile(r"\b(?=\w)|['’]")
_ALLCAPS_BEFORE = re.compile(r"\b[A-Z]{2,}\s*$")


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


_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|``.*?''")
_REPORTED = re.compile(r"\s+that\b")  # right after the date: 'said Thursday that'



def _sentence(doc: Document | None, start: int, end: int) -> str:
    """The words that say whether the date text[start:end] lies ahead: its sentence, less
    the quotations that do not hold it (a quote's "will" is the speaker's future, not the
    date's) and less a reported clause after it ("said Thursday that troops will stay")."""
    if doc is None:
        return ""
    first, last = doc.sentence_at(start), doc.sentence_at(max(start, end - 1))
    if first is None or last is None:
        return doc.text[start:end]
    s0, s1 = first.start, max(last.end, end)
    text = doc.text
    reported = _REPORTED.match(text, end, s1)
    if reported:
        s1 = reported.start()
    parts, pos = [], s0
    for q in _QUOTED.finditer(text, s0, s1):
        if not q.start() <= start < q.end():
            parts.append(text[pos:q.start()])
            pos = q.end()
    parts.append(text[pos:s1])
    return " ".join(parts)


_FUTURE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in FUTURE_MARKERS)
                     + r")(?!\w)")


def _is_future(sentence: str) -> bool:
    return _FUTURE.search(sentence.lower()) is not None


def _month_start(y: int, m: int) -> dt.date:
    return dt.date(y, m, 1)


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _mention(m: re.Match, value: str, precision: str, date: dt.date, anchor: str,
             rule: str) -> DateMention:
    if precision != "decade":  # TimeML years have four digits: year 98 is "0098"
        year, sep, rest = value.partition("-")
        value = f"{int(year):04d}{sep}{rest}"
    return DateMention(m.start(), m.end(), m.group(0), value, precision, date, anchor, rule)


def _day_mention(m, d: dt.date, anchor: str, rule: str) -> DateMention:
    return _mention(m, d.isoformat(), "day", d, anchor, rule)


def _infer_year(month: int, day: int, anchor: dt.date, future: bool) -> int:
    """The year of a month-day without one: the publication year, moved back a year when
    that would put a past event months after publication (and forward for future ones)."""
    candidate = _day(anchor.year, month, min(day, 28)) or anchor
    if not future and (candidate - anchor).days > 60:
        return anchor.year - 1
    if future and (anchor - candidate).days > 60:
        return anchor.year + 1
    return anchor.year


def _resolve(rule: str, g: dict[str, str], m: re.Match, doc: Document | None,
             published: dt.date | None, narrative: dt.date | None) -> DateMention | None:
    if rule in ("iso-date", "numeric-mdy"):
        d = _day(int(g["y"]), int(g["m"]), int(g["d"]))
        return _day_mention(m, d, "absolute", rule) if d else None
    if rule in ("month-day-year", "day-month-year"):
        month = MONTHS[g["mon"].lower()]
        day = int(re.match(r"\d+", g["d"]).group(0))
        if "y" in g:
            d = _day(int(g["y"]), month, day)
            return _day_mention(m, d, "absolute", rule) if d else None
        anchor = published
        if anchor is None:
            return None
        if "rel" in g:
            year = anchor.year + DEICTIC[g["rel"].split()[0].lower()]
            d = _day(year, month, day)
            return _day_mention(m, d, "publication", "month-day-deictic-year") if d else None
        year = _infer_year(month, day, anchor, _is_future(_sentence(doc, m.start(), m.end())))
        d = _day(year, month, day)
        return _day_mention(m, d, "publication", "month-day-infer-year") if d else None
    if rule == "month-year":
        y, mo = int(g["y"]), MONTHS[g["mon"].lower()]
        return _mention(m, f"{y:04d}-{mo:02d}", "month", _month_start(y, mo), "absolute", rule)
    if rule == "decade":
        if "dec" in g:
            dec = g["dec"]
        else:
            dec = ("19" if published is None or int(g["dec2"]) > published.year % 100 // 10
                   else "20") + g["dec2"]
        return _mention(m, dec, "decade", dt.date(int(dec) * 10, 1, 1), "absolute", rule)
    if rule == "season-year":
        y = int(g.get("y") or g["y2"])
        code, month = SEASONS[(g.get("season") or g["season2"]).lower()]
        return _mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), "absolute", rule)
    if rule == "quarter":
        q = QUARTERS.get((g.get("q") or "").lower()) or int(g.get("q2", "0") or 0)
        year = g.get("y") or g.get("y2")
        if year is None:
            if published is None:
                return None
            y, anchor = published.year, "publication"
        else:
            y, anchor = int(year), "absolute"
        return _mention(m, f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), anchor, rule)
    if rule == "narrative-day":
        if narrative is None:
            return None
        d = narrative + dt.timedelta(days=NARRATIVE_DAYS[" ".join(m.group(0).lower().split())])
        return _day_mention(m, d, "narrative", rule)
    if published is None:
        return None  # every rule below is relative to the publication date
    if rule == "relative-unit":
        shift = DEICTIC[" ".join(g["deixis"].lower().split())]
        unit = g["unit"].lower()
        if unit == "year":
            y = published.year + shift
            return _mention(m, str(y), "year", dt.date(y, 1, 1), "publication", "relative-year")
        if unit == "month":
            idx = published.year * 12 + published.month - 1 + shift
            y, mo = divmod(idx, 12)
            return _mention(m, f"{y:04d}-{mo + 1:02d}", "month", dt.date(y, mo + 1, 1),
                            "publication", "relative-month")
        if unit == "week":
            d = published + dt.timedelta(weeks=shift)
            iso = d.isocalendar()
            monday = d - dt.timedelta(days=d.weekday())
            return _mention(m, f"{iso.year}-W{iso.week:02d}", "week", monday, "publication",
                            "relative-week")
        code, month = SEASONS[unit]
        y = published.year + shift
        return _mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), "publication",
                        "relative-season")
    if rule == "relative-day":
        d = published + dt.timedelta(days=RELATIVE_DAYS[g["rd"].lower()])
        return _day_mention(m, d, "publication", "relative-day")
    if rule == "weekday":
        target = WEEKDAYS[g["wd"].lower()]
        deixis = (g.get("wdeixis") or "").lower()
        future = deixis == "next" or (deixis != "last" and
                                      _is_future(_sentence(doc, m.start(), m.end())))
        if future:
            delta = (target - published.weekday()) % 7 or (7 if deixis == "next" else 0)
            d, used = published + dt.timedelta(days=delta), "weekday-future"
        else:
            delta = (published.weekday() - target) % 7 or (7 if deixis == "last" else 0)
            d, used = published - dt.timedelta(days=delta), "weekday-past"
        return _day_mention(m, d, "publication", used)
    if rule == "month-alone":
        mo = MONTHS[g["mon"].lower()]
        if g["mon"].lower() == "may" and not m.group(0)[-3:].istitle():
            return None
        # "since March" looks back whatever the rest of the sentence says.
        future = not m.group(0).lower().startswith("since") and \
            _is_future(_sentence(doc, m.start(), m.end()))
        y = published.year
        if not future and mo > published.month + 2:
            y -= 1
        elif future and mo < published.month - 2:
            y += 1
        return _mention(m, f"{y:04d}-{mo:02d}", "month", dt.date(y, mo, 1), "publication",
                        "month-infer-year")
    if rule == "year":
        return None  # handled before: years are absolute
    return None


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


def _year(m: re.Match, text: str) -> DateMention | None:
    if _ALLCAPS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # a slogan or name such as "KANYE 2024"
    if _not_a_year(text, m.start(), m.end()):
        return None
    y = int(m.group(0))
    return _mention(m, str(y), "year", dt.date(y, 1, 1), "absolute", "year")


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
    """``_COMBINED.finditer(text)``: leftmost, non-overlapping matches, tried at candidate
    starts only (every match begins at a word start or an apostrophe)."""
    match, end = _COMBINED.match, 0
    for c in _CANDIDATE_START.finditer(text):
        if c.start() >= end and (m := match(text, c.start())):
            end = m.end()
            yield m


def extract_dates(doc: Document, published: dt.date | None) -> list[DateMention]:
    """Every date expression of the document with its value (see the module docstring)."""
    return _dates(doc.text, published, doc)


def _dates(text: str, published: dt.date | None, doc: Document | None) -> list[DateMention]:
    """The date expressions of ``text``; ``doc`` (its segmentation) is needed only to read
    relative dates, so with ``published`` None a bare string will do."""
    out: list[DateMention] = []
    narrative: dt.date | None = None
    for m in _matches(text):
        i = int(m.lastgroup[1:])  # the alternative that matched (it closes last)
        rule = PATTERNS[i][0]
        sub = _Sub(m, i)
        if rule == "year":
            mention = _year(sub, text)
        else:
            mention = _resolve(rule, _groups(m, i), sub, doc, published, narrative)
        if mention is None:
            continue
        if mention.precision == "day" and mention.anchor == "absolute":
            narrative = mention.date
        out.append(mention)
    return out


_DATELINE = re.compile(r"\A(?:[^\n]*\n){0,6}?[^\n]{0,60}?\b(?P<date>" + _MONTH.format(g="mon")
                       + rf"\s+{_DAY},?\s+{_YEAR})\b")
_PUBLISHED_LINE = re.compile(r"(?:Published|Updated|Posted)(?: on)?:?\s+(?P<date>[^\n]{6,40})",
                             re.I)


def infer_publication_date(text: str) -> dt.date | None:
    """The latest explicit full date the text states in an embedded post's signature, a
    "Published:" line or a dateline near the top; None when there is none (never the clock)."""
    found: list[dt.date] = []
    for m in [*find_signatures(text), *_PUBLISHED_LINE.finditer(text)]:
        found += [d.date for d in _dates(m.group("date"), None, None) if d.precision == "day"]
    if not found:
        m = _DATELINE.search(text[:600])
        if m:
            found += [d.date for d in _dates(m.group("date"), None, None)
                      if d.precision == "day"]
    return max(found) if found else None
