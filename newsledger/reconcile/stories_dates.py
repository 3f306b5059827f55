"""Time in story clustering: how far apart two articles' publication dates (or wire
datelines) and their leads' days put them (``stories``, step 3)."""
from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from .profiles import Profile

SAME_DAYS = 2
WINDOW_DAYS = 14
# Two leads' days (``StoryKeys``' ``d:`` days, relative days resolved) more than this many
# days apart, none nearer, date two happenings (``lead_days_differ``). Within two days a "late
# Saturday" and an "early Sunday", or a next day's "yesterday", are one happening; a
# follow-up's lead recalls its day.
LEAD_DAYS_SLACK = 2


def date_factor(a: dt.date | None, b: dt.date | None) -> float:
    """1 within ``SAME_DAYS`` days, down to 0 at ``WINDOW_DAYS``; 1 when either is undated."""
    if a is None or b is None:
        return 1.0
    return _gap_factor(abs((a - b).days))


def _gap_factor(gap: int) -> float:
    if gap <= SAME_DAYS:
        return 1.0
    return max(0.0, 1.0 - (gap - SAME_DAYS) / (WINDOW_DAYS - SAME_DAYS))


def pair_date_factor(a: Profile, b: Profile) -> float:
    """``date_factor`` of two articles' publication dates; when one of them has none but was
    filed under a wire dateline with its month and day only ("LONDON, Feb 27 (Reuters) -"),
    the dateline's day in whichever year lies nearest the other's date (or, both undated, the
    days' distance round the calendar). A strike called on 27 February and one called off on
    14 May are two stories, even when the February wire story says no year."""
    when_a, when_b = clock(a), clock(b)
    if when_a is not None and when_b is not None:
        return date_factor(when_a, when_b)
    if when_a is None and when_b is None:
        if a.dateline_day is None or b.dateline_day is None:
            return 1.0
        x, y = (_day_of(d, 2000).toordinal() for d in (a.dateline_day, b.dateline_day))
        gap = abs(x - y)
        return _gap_factor(min(gap, 366 - gap))
    dated, undated = (a, b) if when_a is not None else (b, a)
    if undated.dateline_day is None:
        return 1.0
    when = clock(dated)
    assert when is not None
    return _gap_factor(min(abs((_day_of(undated.dateline_day, year) - when).days)
                           for year in (when.year - 1, when.year, when.year + 1)))


def _day_of(month_day: str, year: int) -> dt.date:
    """The day "MM-DD" in ``year`` (29 February in a common year: 28 February)."""
    month, day = int(month_day[:2]), int(month_day[3:])
    if month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return dt.date(year, month, day)


def clock(p: Profile) -> dt.date | None:
    """The date that dates an article for story clustering: its publication date when given
    with it. One inferred from its text (the first date an undated article names is often
    its happening's, or another's: a year-old ruling, next month's hearing) dates no pair:
    a wrong date two weeks off would sever an article from its story."""
    return p.published if p.dated else None


def lead_days_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two articles' lead days (``d:2025-08-04``) are all more than
    ``LEAD_DAYS_SLACK`` days from each other (both leads date something, and none alike)."""
    if not (a and b):
        return False
    x, y = _day_numbers(a), _day_numbers(b)
    return min(abs(i - j) for i in x for j in y) > LEAD_DAYS_SLACK


@lru_cache(maxsize=1 << 16)
def _day_numbers(days: frozenset[str]) -> tuple[int, ...]:
    """The ordinals of lead days (``d:2025-08-04``), read once per article's set, not once per
    pair it is compared in."""
    return tuple(dt.date.fromisoformat(d[2:]).toordinal() for d in days)

