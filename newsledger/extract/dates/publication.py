"""The publication date of an article that carries none, from what its text says.

In order: the latest full date in an embedded post's signature or a "Published:" line, a full
date in a dateline near the top, and failing those the latest day the text reports as past
(``_latest_reported_day``). None when nothing says: the clock is never used. Reads the
document's one date pass (``DATE_MATCHES``) and its post signatures (``SIGNATURES``): the
matches are resolved here without a publication date and against the story's year, and once
more by ``extract_dates`` against the date inferred.
"""
from __future__ import annotations

import datetime as dt
import re

from newsledger.extract.signatures import SIGNATURES
from newsledger.records import DateMention
from newsledger.text import Document

from .calendar import election_day
from .matching import DATE_MATCHES
from .patterns import _DAY, _MONTH, _YEAR
from .resolve import explicit_days, resolve
from .tense import clause_tense

_DATELINE = re.compile(r"\A(?:[^\n]*\n){0,6}?[^\n]{0,60}?\b(?P<date>" + _MONTH.format(g="mon")
                       + rf"\s+{_DAY},?\s+{_YEAR})\b")
_PUBLISHED_LINE = re.compile(r"(?:Published|Updated|Posted)(?: on)?:?\s+(?P<date>[^\n]{6,40})",
                             re.I)
_AS_OF = re.compile(r"(?i:as\s+of)\s+$")
_ELECTION = re.compile(rf"\b(?P<y>{_YEAR})\s+(?:U\.?S\.?\s+)?(?i:presidential|midterm|general)"
                       r"\s+(?i:elections?)\b")
# The rules whose days count as reported (a weekday moves the latest such day; see below).
_REPORTED_DAY_RULES = frozenset({"month-day-infer-year", "month-day-weekday-year",
                                 "month-day-year", "day-month-year", "iso-date", "numeric-mdy",
                                 "holiday", "month-day-deictic-year"})


def infer_publication_date(text: str | Document) -> dt.date | None:
    """The date the text was published, from what it says (see the module docstring)."""
    doc = text if isinstance(text, Document) else Document(text)
    text = doc.text
    found: list[dt.date] = []
    for m in [*SIGNATURES(doc), *_PUBLISHED_LINE.finditer(text)]:
        found += explicit_days(m.group("date"))
    if not found:
        m = _DATELINE.search(text[:600])
        if m:
            found += explicit_days(m.group("date"))
    if found:
        return max(found)
    return _latest_reported_day(doc)


def _dates(doc: Document, published: dt.date | None) -> list[DateMention]:
    return [d for _, d in resolve(DATE_MATCHES(doc), doc.text, doc, published)]


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
    for d in _dates(doc, None):
        if d.precision in ("year", "month", "season", "day") and \
                clause_tense(doc, d.start, d.end) == "past" and 1900 < d.date.year < 2200:
            years.append(d.date.year)
    elections = [election_day(int(m.group("y"))) for m in _ELECTION.finditer(text)
                 if int(m.group("y")) % 2 == 0 and
                 clause_tense(doc, m.start(), m.end()) == "past"]
    if not years and not elections:
        return None
    story_year = max(years + [e.year for e in elections])
    days = [e for e in elections if e.year == story_year]
    weekdays: list[DateMention] = []
    for d in _dates(doc, dt.date(story_year, 12, 31)):
        if d.precision != "day" or d.date.year != story_year:
            continue
        if d.rule.startswith("weekday"):
            weekdays.append(d)
        elif d.rule in _REPORTED_DAY_RULES and clause_tense(doc, d.start, d.end) != "future":
            days.append(d.date)
    if not days:
        return None
    latest = max(days)
    for w in weekdays:  # "As of Wednesday evening": the state at writing time
        if _AS_OF.search(text, max(0, w.start - 8), w.start):
            latest += dt.timedelta(days=(w.date.weekday() - latest.weekday()) % 7)
    return latest
