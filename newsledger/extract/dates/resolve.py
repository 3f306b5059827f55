"""Resolution: the values of a document's date matches, for one publication date.

Matches are read in order; each row's normaliser (named by the row, ``NORMALISERS``) turns its
match into mentions, after the row's guards (``GUARDS``) had their say, and every mention moves
the reference points later relative expressions use (``calendar.State``). A row marked
``relative`` gives nothing without a publication date: the clock is never used. Times of day
then take the day named beside them (``_fold_clock``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from newsledger.records import DateMention
from newsledger.text import Document

from . import codes, days, explicit, relative
from .calendar import State
from .matching import DateMatch, find_dates
from .patterns import RULES, DateRule

_RIGHT_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?i:on)[^\S\n]+)?")

Normaliser = Callable[[DateMatch, State], list[DateMention]]
NORMALISERS: dict[str, Normaliser] = {
    name: getattr(module, name) for module, names in (
        (explicit, ("numeric_day", "day_range", "month_day", "month_year", "decade",
                    "season_year", "half", "months_to", "short_year", "spelled_year",
                    "month_spelled_year",
                    "year_named", "mod_year", "old_year", "year", "holiday", "ordinal_day",
                    "week_of_month", "week_ending")),
        (relative, ("quarter", "narrative_quarter", "same_period", "year_ago", "narrative_day",
                    "narrative_unit", "ago", "relative_unit", "year_end", "month_deictic_year",
                    "month_alone", "season_alone")),
        (days, ("relative_day", "day_part", "weekday", "weekday_week", "weekday_ordinal",
                "bank_holiday", "clock")),
        (codes, ("fiscal_year", "half_code", "year_span")))
    for name in names}
GUARDS: dict[str, Callable[[DateMatch, State], bool]] = {"not_a_set": relative.not_a_set,
                                                         "named_day": relative.named_day}
assert all(row.normalise in NORMALISERS and set(row.guards) <= set(GUARDS) for row in RULES)


def resolve(matches: Sequence[DateMatch], text: str, doc: Document | None,
            published: dt.date | None) -> list[tuple[DateRule, DateMention]]:
    """(row, mention) for every mention the matches stand for, in order. ``doc`` (the
    segmentation of ``text``) is needed only to read the tense of clauses: without it, and
    without a publication date, only explicit dates are resolved."""
    st = State(text, doc, published)
    out: list[tuple[DateRule, DateMention]] = []
    for m in matches:
        row = m.rule
        if row.relative and published is None:
            continue
        if any(GUARDS[guard](m, st) for guard in row.guards):
            continue
        try:
            found = NORMALISERS[row.normalise](m, st)
        except (OverflowError, ValueError):
            continue  # a date past year 9999 or before year 1
        for mention in found:
            st.note(mention)
            out.append((row, mention))
    if any(d.rule == "clock-time" for _, d in out):
        out = _fold_clock(out, text)
    return out


def explicit_days(text: str) -> list[dt.date]:
    """The days a short text states in full ("November 4, 2020"), read on its own."""
    return [d.date for _, d in resolve(find_dates(text), text, None, None) if d.precision == "day"]


def _fold_clock(out: list[tuple[DateRule, DateMention]],
                text: str) -> list[tuple[DateRule, DateMention]]:
    """A clock time takes the day of the nearest day named beside it (within 100 characters,
    the paragraph unbroken; one right after it first: "at 7 a.m. tomorrow", "at 9pm on 3
    March"; then one before it), else the publication date it has."""
    days = [x for _, x in out if x.precision == "day" and x.rule != "clock-time"]
    for k, (row, d) in enumerate(out):
        if d.rule != "clock-time":
            continue
        near = [(not (x.start >= d.end and _RIGHT_AFTER.fullmatch(text, d.end, x.start)),
                 x.start > d.start, abs(x.start - d.start), x) for x in days
                if abs(x.start - d.start) <= 100
                and "\n" not in text[min(x.start, d.start):max(x.end, d.end)]]
        if near:
            x = min(near, key=lambda t: t[:3])[3]
            out[k] = (row, DateMention(d.start, d.end, d.text, x.value, "day", x.date, x.anchor,
                                       "clock-time"))
    return out
