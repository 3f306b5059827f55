"""Normalisers of days read against the publication date or the last day the text named:
"yesterday", "tonight", "overnight", weekdays ("on Tuesday", "the following Monday", "Oct. 8, a
Thursday") and clock times ("7 p.m. on Friday"). Each takes a row's match and what the text has
said so far (``calendar.State``) and gives the mentions it stands for; months, periods and
steps from the narrative are ``relative``'s.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from newsledger.lexicon.time import DAY_PART_DEIXIS, PARTS_OF_A_DAY, RELATIVE_DAYS, WEEKDAYS
from newsledger.records import DateMention
from newsledger.text.quotemarks import QUOTE_SPANS

from .calendar import (At, State, bank_holiday_mondays, day, day_mention, mention, pick,
                       shift_months)
from .matching import DateMatch

# What joins a day to the weekday that names it: "Oct. 8, a Thursday", "tomorrow (Tuesday)".
_APPOSITIVE_BEFORE = re.compile(r",?[^\S\n]*(?:a|which\s+was\s+a|also\s+a)[^\S\n]+|"
                                r"[^\S\n]*\([^\S\n]*")
_UNTIL = re.compile(r"\b(?i:until|till)\s+$")
_UNTIL_OPENS = re.compile(r"(?i:until|till)\b")
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
# A capitalized word right before, inside a sentence: "USA Today" is a name.
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“”]\s)(?<!^)(?<!\n)\b[A-Z][A-Za-z.]*[^\S\n]+$")
# A broadcaster's programme: "the BBC's Today programme", "NBC's Today show".
_PROGRAMME = (re.compile(r"\b[A-Z][\w.&]*['’]s[^\S\n]+$"),
              re.compile(r"[^\S\n]+(?:programme|program|show)\b"))
# A capitalized "Tonight" or "Tomorrow" inside a sentence that heads a title: "The Tonight
# Show", "Tomorrow's World".
_TITLE_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+(?:[A-Z][a-z]+|programme|program|show)\b")
_SENTENCE_OPEN_BEFORE = re.compile(r"(?:^|[.!?:;\"“”‘'(—–-]\s*|\n\s*)$")
_LATE_BEFORE = re.compile(r"\b(?i:late)[^\S\n]+$")


def _titled(m: DateMatch, text: str) -> bool:
    """A capitalized "Tonight" or "Tomorrow" inside a sentence, a title word after it."""
    word = text[m.start:m.end]
    return word in ("Tonight", "Tomorrow") and \
        not _SENTENCE_OPEN_BEFORE.search(text, max(0, m.start - 3), m.start) and \
        _TITLE_AFTER.match(text, m.end) is not None


def relative_day(m: DateMatch, st: State) -> list[DateMention]:
    """"yesterday", "today", "the day before yesterday"; "today" in words quoted shortly after
    a recent day ("on Nov. 3 he tweeted: 'Today ...'") is the day they were said, unless that
    day is a happening's ("Wednesday's explosion ... '... for the town today,' the manager
    said" after Saturday's match: the day it was said is the day of publication); "USA
    Today" and "the cars of tomorrow" are no days."""
    g, published, text = m.groups, st.published, st.text
    if "rd2" in g:  # "the day before yesterday"
        shift = -2 if "before" in g["rd2"].lower() else 2
        return [day_mention(m, published + dt.timedelta(days=shift), "publication", m.rule.name)]
    if g["rd"] == "Today" and (_NAME_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
                               or _PROGRAMME[0].search(text, max(0, m.start - 30), m.start)
                               or _PROGRAMME[1].match(text, m.end)):
        return []
    if _titled(m, text):
        return []
    of = _OF_BEFORE.search(text, max(0, m.start - 30), m.start)
    if g["rd"].lower() == "tomorrow" and of and of.group(1).lower() not in PARTS_OF_A_DAY:
        return []
    shift = RELATIVE_DAYS[g["rd"].lower()]
    said = st.last_day
    if said is not None and said.date < published and m.start - said.end < 600 and \
            (published - said.date).days <= 7 and st.doc is not None and \
            QUOTE_SPANS(st.doc).quoted_at(m.start) is not None and \
            not text.startswith(("'s", "’s"), said.end):
        return [day_mention(m, said.date + dt.timedelta(days=shift), "narrative",
                            "relative-day-quoted")]
    return [day_mention(m, published + dt.timedelta(days=shift), "publication", "relative-day")]


OVERNIGHT_REACH = 400  # characters from the day named to "overnight" that it follows


def day_part(m: DateMatch, st: State) -> list[DateMention]:
    """"last night" (yesterday), "this morning", "tonight"; "last morning" is no phrase.
    "overnight" is the night of the day the text just named (within a few sentences: "he
    fled on Friday and hid overnight"), else the night before the publication date."""
    g = m.groups
    if g.get("tonight", "").lower() == "overnight":
        last = st.last_day
        if last is not None and m.start - last.end <= OVERNIGHT_REACH:
            return [day_mention(m, last.date, "narrative", m.rule.name)]
        return [day_mention(m, st.published - dt.timedelta(days=1), "publication", m.rule.name)]
    if "tonight" in g:
        if _titled(m, st.text):
            return []
        shift = 0
    else:
        shift = DAY_PART_DEIXIS[" ".join(g["pdeixis"].lower().split())]
        if g["pdeixis"].lower() == "last" and not g["dpart"].lower().startswith(("night", "even")):
            return []
    return [day_mention(m, st.published + dt.timedelta(days=shift), "publication", m.rule.name)]


def _weekday(wd: str, deixis: str, at: At, st: State) -> list[DateMention]:
    """The day a weekday names: past or future by its deixis ("last", "next"), "until", or
    the tense of its clause."""
    published = st.published
    target = WEEKDAYS[wd.lower()]
    deixis = " ".join(deixis.lower().split())
    if deixis in ("next", "this coming"):
        tense = "future"
    elif deixis in ("last", "this past"):
        tense = "past"
    elif _UNTIL.search(st.text, max(0, at.start - 8), at.start) or _UNTIL_OPENS.match(at.text):
        tense = "future"  # "closed until Friday", "until midday on Saturday"
    else:
        tense = st.tense(at)
    if tense in ("future", "present"):
        delta = (target - published.weekday()) % 7 or (7 if deixis == "next" else 0)
        d, used = published + dt.timedelta(days=delta), "weekday-future"
    else:
        delta = (published.weekday() - target) % 7 or (7 if deixis == "last" else 0)
        d, used = published - dt.timedelta(days=delta), "weekday-past"
    return [day_mention(at, d, "publication", used)]


def weekday(m: DateMatch, st: State) -> list[DateMention]:
    """"on Tuesday", "last Friday", "next Monday morning"; "the previous Friday", "the following
    Monday": the one before (after) the last day the text named, else before the publication
    date (after it: not known); "Oct. 8, a Thursday": the day just named."""
    g = m.groups
    last = st.last_day
    if not g.get("wdeixis") and "wstep" not in g and last is not None and \
            _APPOSITIVE_BEFORE.fullmatch(st.text, last.end, m.start) and \
            last.date.weekday() == WEEKDAYS[g["wd"].lower()]:
        return [day_mention(m, last.date, "narrative", "weekday-narrative")]  # "Oct. 8, a Thursday"
    if "wstep" in g:
        target = WEEKDAYS[g["wd"].lower()]
        later = g["wstep"].lower() == "following"
        if st.last_day is not None:
            base, anchor = st.last_day.date, "narrative"
        elif not later:
            base, anchor = st.published, "publication"
        else:
            return []
        if later:
            d = base + dt.timedelta(days=(target - base.weekday()) % 7 or 7)
        else:
            d = base - dt.timedelta(days=(base.weekday() - target) % 7 or 7)
        return [day_mention(m, d, anchor, "weekday-narrative")]
    return _weekday(g["wd"], g.get("wdeixis") or "", m, st)


def weekday_week(m: DateMatch, st: State) -> list[DateMention]:
    """"Tuesday week", "a week on Tuesday": a week after the coming Tuesday (said on a Tuesday,
    a week today); "a week last Tuesday": a week before last Tuesday."""
    g, published = m.groups, st.published
    target = WEEKDAYS[(g.get("wd") or g["wd2"]).lower()]
    if g.get("wkdir", "").lower() == "last":
        back = (published.weekday() - target) % 7 or 7
        return [day_mention(m, published - dt.timedelta(days=back + 7), "publication",
                            "weekday-past")]
    ahead = (target - published.weekday()) % 7
    return [day_mention(m, published + dt.timedelta(days=ahead + 7), "publication",
                        "weekday-future")]


WEEKDAY_ORDINAL_REACH = 1  # months either side of publication a "Saturday 8th" may lie in


def weekday_ordinal(m: DateMatch, st: State) -> list[DateMention]:
    """"Saturday 8th", "Friday the 13th": the day of that number falling on that weekday in
    the months around the publication date, past or ahead by the clause's tense, else the
    nearest; none there: no day (the weekday and the number disagree)."""
    g, published = m.groups, st.published
    target = WEEKDAYS[g["wd"].lower()]
    cands = [c for k in range(-WEEKDAY_ORDINAL_REACH, WEEKDAY_ORDINAL_REACH + 1)
             if (c := day(*shift_months(published, k), int(g["od"]))) and c.weekday() == target]
    if not cands:
        return []
    return [day_mention(m, pick(cands, published, st.tense(m)), "publication", m.rule.name)]


def bank_holiday(m: DateMatch, st: State) -> list[DateMention]:
    """"bank holiday Monday", "the August bank holiday (weekend)": the bank holiday Monday (of
    the name given) nearest the publication date, past or ahead by the clause's tense; its
    weekend is the Saturday and Sunday before it."""
    g, published = m.groups, st.published
    name = g.get("bhname", "").lower()
    if name == "may" and _LATE_BEFORE.search(st.text, max(0, m.start - 8), m.start):
        name = "spring"  # "the late May bank holiday": the last Monday of May
    if not name and "bhday" not in g:
        return []  # "a bank holiday": which one is not said
    cands = sorted({d for y in (published.year - 1, published.year, published.year + 1)
                    for key, d in bank_holiday_mondays(y).items() if not name or key == name})
    monday = pick(cands, published, st.tense(m), slack=0)
    if g.get("bhday", "monday").lower() == "monday":
        return [day_mention(m, monday, "publication", m.rule.name)]
    sat = monday - dt.timedelta(days=2)
    iso = sat.isocalendar()  # TimeML's weekend of an ISO week, as "the weekend" gives
    return [mention(m, f"{iso.year}-W{iso.week:02d}-WE", "week", sat, "publication",
                    m.rule.name)]


def clock(m: DateMatch, st: State) -> list[DateMention]:
    """A time of day: "noon Saturday", "7 p.m. on Friday" give the weekday's day; otherwise
    the publication date, which ``resolve`` replaces by a day named beside it; "3:45" alone
    may be a race time or a score."""
    g = m.groups
    if "cwd" in g:
        return [dataclasses.replace(d, rule="clock-weekday") for d in _weekday(g["cwd"], "", m, st)]
    if not ({"ampm", "zone", "cprep"} & g.keys()) and ":" in g["clk"]:
        return []
    return [day_mention(m, st.published, "publication", "clock-time")]
