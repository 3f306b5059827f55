"""Normalisers of years written as business and sport codes and spans: "FY2025" and "FY25"
(the fiscal year, known to its year as "fiscal 2025" is), "H1 2025" (a half),
"the 2023-24 season" and "2015-2020" (both ends of a span of years, each with its own span;
a two-digit end only before a word of a season or a fiscal year: "the 2023-24 season")."""
from __future__ import annotations

import datetime as dt
import re

from newsledger.lexicon.time import YEAR_SPAN_NOUNS
from newsledger.records import DateMention
from newsledger.text import Span

from .calendar import State, mention, year_mention
from .matching import DateMatch

_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")
_LONGEST_SPAN = 20  # years: "1939-45", "2015-2030"; a longer "span" is a code or a range of ids


def _full_year(digits: str, century_of: int) -> int:
    """A year from two or four digits ("25" in the century of ``century_of``)."""
    return int(digits) if len(digits) == 4 else century_of // 100 * 100 + int(digits)


def fiscal_year(m: DateMatch, st: State) -> list[DateMention]:
    """"FY2025", "FY 2025", "FY25": the year that names the fiscal year (a fiscal year's
    months differ from company to company; its year is what the text says)."""
    digits = m.groups["fy"]
    y = _full_year(digits, st.published.year if st.published else 2000)
    if len(digits) == 2 and st.published is None:
        return []  # "FY25" without a date to say its century
    return [year_mention(m, y, "absolute", "fiscal-year")]


def half_code(m: DateMatch, st: State) -> list[DateMention]:
    """"H1 2025": that half of the year (known to its year, as "the first half of 2025" is)."""
    h, y = int(m.groups["hc"]), int(m.groups["y"])
    return [mention(m, f"{y}-H{h}", "year", dt.date(y, 6 * h - 5, 1), "absolute", "half")]


def year_span(m: DateMatch, st: State) -> list[DateMention]:
    """"the 2023-24 season", "2015-2020", "1939-45": both years, each its own span (the first
    year's four digits, the second's as written); not when the second is not later, nor far
    later (a code, a range of numbers), nor "2010-11" without a word of a period after it."""
    g = m.groups
    first = int(g["ys"])
    last = _full_year(g["ye"], first)
    if not 0 < last - first <= _LONGEST_SPAN:
        return []
    after = _WORD_AFTER.match(st.text, m.end)
    if len(g["ye"]) == 2 and (after is None or after.group(1).lower() not in YEAR_SPAN_NOUNS):
        return []  # "by 2010-11 production": a season's or a code's, the text does not say
    i = m.text.rindex(g["ye"])
    return [year_mention(Span(m.start, m.start + 4, st.text), first, "absolute", "year-span"),
            year_mention(Span(m.start + i, m.end, st.text), last, "absolute", "year-span")]
