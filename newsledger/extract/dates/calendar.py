"""Values of dates: the mention records, calendar arithmetic, and what the text has said so far
(the reference points relative expressions move with)."""
from __future__ import annotations

import datetime as dt
from typing import Protocol

from newsledger.lexicon.time import (BANK_HOLIDAY_MONDAYS, COUNT_WORDS, EASTER_HOLIDAYS,
                                     FLOATING_HOLIDAYS, HOLIDAYS)
from newsledger.records import DateMention
from newsledger.text import Document

from .tense import clause_tense


class At(Protocol):
    """Where a mention lies: a match, or a part of one (a ``newsledger.text.Span``)."""

    start: int
    end: int
    text: str


# --- Mentions ----------------------------------------------------------------------------------

def mention(at: At, value: str, precision: str, date: dt.date, anchor: str,
            rule: str) -> DateMention:
    if precision != "decade":  # TimeML years have four digits: year 98 is "0098"
        year, sep, rest = value.partition("-")
        value = f"{int(year):04d}{sep}{rest}"
    return DateMention(at.start, at.end, at.text, value, precision, date, anchor, rule)


def day_mention(at: At, d: dt.date, anchor: str, rule: str) -> DateMention:
    return mention(at, d.isoformat(), "day", d, anchor, rule)


def month_mention(at: At, y: int, mo: int, anchor: str, rule: str) -> DateMention:
    return mention(at, f"{y:04d}-{mo:02d}", "month", dt.date(y, mo, 1), anchor, rule)


def year_mention(at: At, y: int, anchor: str, rule: str) -> DateMention:
    return mention(at, str(y), "year", dt.date(y, 1, 1), anchor, rule)


def quarter_mention(at: At, y: int, q: int, anchor: str, rule: str) -> DateMention:
    return mention(at, f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), anchor, rule)


def week_mention(at: At, d: dt.date, anchor: str, rule: str) -> DateMention:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return mention(at, f"{iso.year}-W{iso.week:02d}", "week", monday, anchor, rule)


# --- Calendar arithmetic -----------------------------------------------------------------------

def day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def pick(candidates: list[dt.date], anchor: dt.date, tense: str | None,
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


def infer_year(month: int, d: int, anchor: dt.date, tense: str | None) -> int:
    """The year of a month-day without one: the one nearest the anchor among last, this and
    next year, that the clause's tense allows (a past clause up to 60 days after the anchor,
    a future one up to 30 days before it: "will step down on 1 April" said in mid-May is next
    year's)."""
    cands = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if (c := day(y, month, min(d, 28)))]
    return pick(cands, anchor, tense, slack=60 if tense == "past" else 30).year


def infer_month_year(month: int, anchor: dt.date, tense: str | None) -> int:
    """The year of a month named alone ("in March"): past clauses mean the most recent one
    (this month included) or next month ("said it had warned buyers of a cut in June", said
    in May), future and present ones the next; otherwise the nearest."""
    if tense is None:  # news reports the past: a later month is last year's
        return anchor.year - (month > anchor.month + 1)
    cands = [dt.date(y, month, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return pick(cands, anchor.replace(day=15), tense, slack=31 if tense == "past" else 0).year


def quarter_year(q: int, anchor: dt.date, tense: str | None) -> int:
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


def holiday(name: str, y: int) -> dt.date:
    key = " ".join(name.lower().replace("’", "'").split())
    if key in HOLIDAYS:
        mo, d = HOLIDAYS[key]
        return dt.date(y, mo, d)
    if key in EASTER_HOLIDAYS:
        return easter(y) + dt.timedelta(days=EASTER_HOLIDAYS[key])
    mo, wd, n = FLOATING_HOLIDAYS[key]
    if key == "super bowl sunday" and y < 2022:
        n = 1  # the season grew by a week in 2021
    if n == 0:  # Election Day: the Tuesday after the first Monday of November
        return _nth_weekday(y, mo, 0, 1) + dt.timedelta(days=1)
    return _nth_weekday(y, mo, wd, n)


def easter(y: int) -> dt.date:
    """Easter Sunday of year ``y`` (the Gregorian computus of Meeus, Jones and Butcher)."""
    a, (b, c) = y % 19, divmod(y, 100)
    (d, e), f = divmod(b, 4), (b + 8) // 25
    h = (19 * a + b - d - (b - f + 1) // 3 + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day0 = divmod(h + weekday_shift - 7 * m + 114, 31)
    return dt.date(y, month, day0 + 1)


def bank_holiday_mondays(y: int) -> dict[str, dt.date]:
    """England and Wales's bank holiday Mondays of year ``y``, by the word that names them."""
    return {"easter": easter(y) + dt.timedelta(days=1)} | {
        name: _nth_weekday(y, mo, wd, n) for name, (mo, wd, n) in BANK_HOLIDAY_MONDAYS.items()}


def election_day(y: int) -> dt.date:
    """US Election Day of year ``y``: the Tuesday after the first Monday of November."""
    return holiday("election day", y)


def count(word: str) -> int:
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else COUNT_WORDS[w]


def shift_months(d: dt.date, n: int) -> tuple[int, int]:
    y, mo = divmod(d.year * 12 + d.month - 1 + n, 12)
    return y, mo + 1


def weekend(deixis: str, published: dt.date, tense: str | None) -> dt.date:
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


# --- What the text has said so far -------------------------------------------------------------

class State:
    """The publication date and the reference points relative expressions move with, updated
    as the text names dates (``note``)."""

    def __init__(self, text: str, doc: Document | None, published: dt.date | None):
        self.text, self.doc, self.published = text, doc, published
        self.day: dt.date | None = None  # last explicit day
        self.year: int | None = None  # year of the last explicit date of any precision
        self.year_end = -1  # where the last year named alone ("in 2019") ends
        self.month: dt.date | None = None  # first day of the last explicit month or day
        self.last_day: DateMention | None = None  # the last day named, however resolved
        self.quarter: tuple[int, int, int] | None = None  # (year, quarter, position)
        self.period: DateMention | None = None  # last month or quarter named

    def tense(self, at: At) -> str | None:
        """The tense of the clause around ``at`` (None without a document)."""
        return clause_tense(self.doc, at.start, at.end) if self.doc is not None else None

    def recent_quarter(self, pos: int, window: int = 6000) -> tuple[int, int] | None:
        if self.quarter and pos - self.quarter[2] <= window:
            return self.quarter[0], self.quarter[1]
        return None

    def note(self, found: DateMention) -> None:
        """Move the reference points to a mention just resolved."""
        if found.precision in ("month", "quarter") and found.anchor != "narrative":
            self.period = found
        if found.precision == "day" and found.rule != "clock-time":
            self.last_day = found
        if found.anchor != "narrative" and found.precision in ("day", "month"):
            self.month = found.date.replace(day=1)
        if found.anchor == "absolute":
            self.year = found.date.year
            if found.rule == "year":
                self.year_end = found.end
            if found.precision == "day":
                self.day = found.date
        if found.precision == "quarter" and found.anchor != "narrative":
            self.quarter = (found.date.year, (found.date.month - 1) // 3 + 1, found.start)
