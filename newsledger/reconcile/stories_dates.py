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


def happening_days(p: Profile) -> frozenset[str]:
    """The days that date an article's happening: those its first paragraph names (``h:``,
    ``extract.keys.happening_days``) up to its publication date (a report's happening is
    past; a later day is a preview's, or a weekday misread), else its lead's (``d:``)."""
    return reported_days(p) or p.days


def reported_days(p: Profile) -> frozenset[str]:
    """The days an article's first paragraph names up to its publication date (``h:``): the
    days a report dates its happening by; none when it is undated or dates nothing past."""
    if p.published is None or not p.happened:
        return frozenset()
    today = p.published.toordinal()
    return frozenset(d for d in p.happened if _day_numbers(frozenset((d,)))[0][0] <= today)


def lead_days_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two articles' lead days (``d:2025-08-04``, ``h:2025-11-12``; a week,
    ``h:2025-W45``, is all its days, a weekend its two) are all more than ``LEAD_DAYS_SLACK``
    days from each other (both leads date something, and none alike)."""
    if not (a and b):
        return False
    x, y = _day_numbers(a), _day_numbers(b)
    return min(max(i0 - j1, j0 - i1, 0) for i0, i1 in x for j0, j1 in y) > LEAD_DAYS_SLACK


@lru_cache(maxsize=1 << 16)
def _day_numbers(days: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """The first and last ordinals of each lead day or week (``d:2025-08-04``,
    ``h:2025-W45``, ``h:2025-W45-WE``), read once per article's set, not once per pair it is
    compared in."""
    out = []
    for d in days:
        value = d[2:]
        if "W" not in value:
            day = dt.date.fromisoformat(value).toordinal()
            out.append((day, day))
            continue
        monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).toordinal()
        out.append((monday + 5, monday + 6) if value.endswith("-WE") else (monday, monday + 6))
    return tuple(sorted(out))
