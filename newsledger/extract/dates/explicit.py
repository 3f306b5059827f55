"""Normalisers of explicit dates: forms that carry their own year ("Nov. 4, 2020", "March
2019", "the 1990s", "in 1066"), and the month-days, halves and holidays that may lean on the
publication date for it. Each takes a row's match and what the text has said so far
(``calendar.State``) and gives the mentions it stands for (none when it cannot be resolved).
"""
from __future__ import annotations

import datetime as dt
import re

from newsledger.lexicon.numbers import STREET_WORDS, YEAR_COUNT_NOUNS
from newsledger.lexicon.time import (CALENDAR_WORDS, CLOCK_AFTER, DEADLINE_WORDS, DECADE_WORDS,
                                     DEICTIC, HALVES, HOLIDAY_THINGS, MONTHS, NAMED_EVENT_DAYS,
                                     NAMED_EVENT_NOUNS, ORDINAL_DAY_BEFORE,
                                     ORDINAL_NOT_DAY_WORDS, SEASONS, WEEKDAYS,
                                     YEAR_EVENT_WORDS, YEAR_NAME_BEFORE, YEAR_PREPOSITIONS,
                                     YEAR_UNIT_AFTER)
from newsledger.records import DateMention
from newsledger.text import Span

from .calendar import (State, day, day_mention, holiday as holiday_date, infer_month_year,
                       infer_year, mention, month_mention, pick, quarter_mention, shift_months,
                       week_mention, year_mention)
from .matching import DateMatch
from .relative import month_alone
from .patterns import RULES
from .pieces import _WEEKDAY, spelled_year as read_spelled_year

_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z][\w.]*)\.?\s+$")
_AFTER = re.compile(r"\s*([A-Za-z][\w°-]*)?(?:\s+([A-Za-z]\w*))?(?:\s+([A-Za-z]\w*))?")
_ALLCAPS_BEFORE = re.compile(r"\b[A-Z]{2,}\s*$")
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)(?<!\n)\b([A-Z][a-z]+)\s+$")
_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")
# What may lie between a year and a day of the same telling: a stretch of one sentence with no
# word of a report ("in 2018 ... on June 14"; not "in 2018, officials said on June 14", whose
# day is the report's) and no comma but one that a clause of the same time opens ("in 2019,
# when it crested on June 14"; not "Founded in 1998, the firm failed on March 3").
_SAME_TELLING = re.compile(r"(?:(?![.!?;]\s|\n|\b(?i:said|says|told|tells|added|announced|"
                           r"reported|according|now|this|last|next)\b|,(?!\s*(?i:when|where|"
                           r"and|before|after|until)\b)).){1,80}")
_YEAR_DEIXIS_BEFORE = re.compile(r"\b(last|next|this)\s+year['’]s\s+$", re.IGNORECASE)
_WORD_BEFORE_DATE = re.compile(r"(\w+)\s+$")
_WEEKDAY_FIRST = re.compile(rf"(?:{_WEEKDAY})")
_DIGITS = re.compile(r"\d+")
_DAY_MONTH_ROW = next(row for row in RULES if row.name == "day-month-year")
ORDINAL_DAY_REACH = 400  # characters from the month named to "the 15th"
ORDINAL_NOT_DAY = re.compile(r"(?i)\b(?:" + "|".join(sorted(ORDINAL_NOT_DAY_WORDS)) + r")\b")


def numeric_day(m: DateMatch, st: State) -> list[DateMention]:
    """"2020-11-04", "11/4/2020"; "7/8/07" takes the century nearest publication."""
    g, p = m.groups, st.published
    if "yy" in g:
        if p is None:
            return []
        yy = int(g["yy"])
        y = min((c * 100 + yy for c in (p.year // 100 - 1, p.year // 100, p.year // 100 + 1)),
                key=lambda y: abs(y - p.year))
    else:
        y = int(g["y"])
    d = day(y, int(g["m"]), int(g["d"]))
    return [day_mention(m, d, "absolute", m.rule.name)] if d else []


def day_range(m: DateMatch, st: State) -> list[DateMention]:
    """"March 3 to 5", "5 to 7 June": two days, each with its own span. "a 30-7 October
    loss" is a score before a month-day ("7 October", as the day-month row reads it)."""
    g, p = m.groups, st.published
    month = MONTHS[g["mon"].lower()]
    d1, d2 = (int(_DIGITS.match(g[k]).group(0)) for k in ("d", "d2"))
    day_first = not m.text.startswith(g["mon"])  # "5 to 7 June", "the 15th and 16th of May"
    end = m.text.index(g["d"]) + len(g["d"])  # of the first day
    if d2 <= d1 and day_first:
        i = m.text.index(g["d2"], end)
        return month_day(DateMatch(_DAY_MONTH_ROW, m.start + i, m.end, m.text[i:],
                                   {k: v for k, v in g.items() if k != "d"} | {"d": g["d2"]}),
                         st)
    if d2 <= d1:
        return []
    if "y" in g:
        year, anchor = int(g["y"]), "absolute"
    elif p is not None:
        year, anchor = infer_year(month, d1, p, st.tense(m)), "publication"
    else:
        return []
    a, b = day(year, month, d1), day(year, month, d2)
    if not (a and b):
        return []
    rule = "day-range"
    first = Span(m.start, m.start + end, st.text)
    i = m.text.index(g["d2"], end)
    if day_first:  # "5 to 7 June": "5", and "7 June"
        second = _without_full_stop(DateMatch(m.rule, m.start + i, m.end, m.text[i:], g))
    else:  # "March 3 to 5": "March 3", and "5"
        second = Span(m.start + i, m.end, st.text)
    return [day_mention(first, a, anchor, rule), day_mention(second, b, anchor, rule)]


def _tense_unless_deadline(st: State, m: DateMatch) -> str | None:
    """No tense for a deadline ("extended to Nov. 20", "through Sept. 29"): the nearest."""
    w = _WORD_BEFORE_DATE.search(st.text, max(0, m.start - 12), m.start)
    return None if w and w.group(1).lower() in DEADLINE_WORDS else st.tense(m)


def _without_full_stop(m: DateMatch) -> DateMatch:
    """The match without a full stop after a full month name ("on 1 April."): it ends the
    sentence, it abbreviates nothing."""
    mon = m.groups["mon"]
    if m.text.endswith(mon + ".") and (len(mon) > 4 or mon in ("May", "June", "July")):
        return DateMatch(m.rule, m.start, m.end - 1, m.text[:-1], m.groups)
    return m


def month_day(m: DateMatch, st: State) -> list[DateMention]:
    """"Nov. 4, 2020", "4 November 1977"; without a year: "July 4 this year", "Saturday,
    Oct. 24" (the year whose Oct. 24 is a Saturday, if near), else the clause's tense."""
    g, p = m.groups, st.published
    month = MONTHS[g["mon"].lower()]
    n = int(_DIGITS.match(g["d"]).group(0))
    m = _without_full_stop(m)
    if "y" in g and _old_count(st.text, g["y"], m):
        # "By May 12, 1400 troops had landed": the day without the count after it
        m = DateMatch(m.rule, m.start, m.end - len(m.text) + len(m.text[:m.text.rindex(g["y"])]
                                                                    .rstrip(" ,")),
                      m.text[:m.text.rindex(g["y"])].rstrip(" ,"),
                      {k: v for k, v in g.items() if k != "y"})
        g = m.groups
    if "y" in g:
        d = day(int(g["y"]), month, n)
        return [day_mention(m, d, "absolute", m.rule.name)] if d else []
    if p is None:
        return []
    if "rel" in g:
        d = day(p.year + DEICTIC[g["rel"].split()[-2].lower()], month, n)
        return [day_mention(m, d, "publication", "month-day-deictic-year")] if d else []
    weekday = _WEEKDAY_FIRST.match(m.text)
    if weekday:
        wd = WEEKDAYS[weekday.group(0).lower()]
        fits = [y for y in (p.year, p.year - 1, p.year + 1)
                if (c := day(y, month, n)) and c.weekday() == wd]
        if fits:
            return [day_mention(m, day(fits[0], month, n), "publication",
                                "month-day-weekday-year")]
    if (month, n) in NAMED_EVENT_DAYS and (w := _WORD_AFTER.match(st.text, m.end)) and \
            w.group(1).lower() in NAMED_EVENT_NOUNS:
        # "the September 11 attacks", "the Jan. 6 committee": the day of the name
        d = day(NAMED_EVENT_DAYS[(month, n)], month, n)
        return [day_mention(m, d, "absolute", "named-event-day")] if d else []
    if st.year_end >= 0 and _SAME_TELLING.fullmatch(st.text, st.year_end, m.start) and \
            st.tense(m) != "future":
        # "flooded in 2019, when it crested on June 14": the year the sentence just named
        # (not "founded in 2012, will contest the December 15 election": that one is ahead)
        d = day(int(st.text[st.year_end - 4:st.year_end]), month, n)
        return [day_mention(m, d, "narrative", "month-day-infer-year")] if d else []
    d = day(infer_year(month, n, p, _tense_unless_deadline(st, m)), month, n)
    return [day_mention(m, d, "publication", "month-day-infer-year")] if d else []


def month_year(m: DateMatch, st: State) -> list[DateMention]:
    """"March 2019", "late June of 1998", "October 1187"; "In March 1200 workers ...": a
    month without its year, and a count."""
    if _old_count(st.text, m.groups["y"], m):
        if st.published is None:
            return []
        text = m.text[:m.text.rindex(m.groups["y"])].rstrip(" ,")
        return month_alone(DateMatch(m.rule, m.start, m.start + len(text), text,
                                     {"mon": m.groups["mon"]}), st)
    return [month_mention(m, int(m.groups["y"]), MONTHS[m.groups["mon"].lower()], "absolute",
                          m.rule.name)]


def _old_count(text: str, y: str, m: DateMatch) -> bool:
    """Whether a year before 1500 that ends a full date is rather a count, a code or a measure
    ("May 12, 1400 troops"): what comes after it says (``_not_a_year``)."""
    return int(y) < 1500 and _not_a_year(text, m.end - len(y), m.end)


def decade(m: DateMatch, st: State) -> list[DateMention]:
    """"the 1990s"; "the '80s": the latest such decade begun by publication ("the '80s" said
    in 1989: the 1980s); "the nineties": the 1990s. A decade joined to it ("the 1960s and
    70s", "the 70s and 80s") is one of the same century, with its own span."""
    g, p = m.groups, st.published
    if "dec" in g and g["dec"].endswith("0") and g["dec"] < "200":
        return []  # "the 1800s", "the early 1900s": a century, which the table has no precision for
    if "dec" in g:
        dec = g["dec"]
    elif "dec2" in g or "dec3" in g:
        digit = g.get("dec2") or g["dec3"]
        dec = ("20" if p is not None and 2000 + 10 * int(digit) <= p.year else "19") + digit
    else:
        dec = "19" + str(DECADE_WORDS[g["decw"].lower()])
    if "also" not in g:
        return [mention(m, dec, "decade", dt.date(int(dec) * 10, 1, 1), "absolute", m.rule.name)]
    first = Span(m.start, m.end - len(g["also"]), st.text)
    second = Span(m.end - len(g["dec4"]) - 2, m.end, st.text)
    return [mention(at, d, "decade", dt.date(int(d) * 10, 1, 1), "absolute", m.rule.name)
            for at, d in ((first, dec), (second, dec[:2] + g["dec4"]))]


def season_year(m: DateMatch, st: State) -> list[DateMention]:
    """"the summer of 2020", "autumn 2012", "the spring of last year"."""
    g = m.groups
    anchor = "absolute"
    if "sdeixis" in g:
        if st.published is None:
            return []
        y, anchor = st.published.year + DEICTIC[g["sdeixis"].lower()], "publication"
    elif "sp" in g:
        y = read_spelled_year(g["sp"])
    else:
        y = int(g.get("y") or g.get("y2") or g["y3"])
    code, month = SEASONS[(g.get("season") or g.get("season2") or g["season3"]).lower()]
    return [mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), anchor, m.rule.name)]


def _year_of_month(m: DateMatch, st: State, mo: int) -> tuple[int, str] | None:
    """The year of a period that ends in or belongs to month ``mo``: as written ("absolute"),
    else the month's year by the publication date and the sentence's tense ("publication",
    ``infer_month_year``); None without either."""
    if "y" in m.groups:
        return int(m.groups["y"]), "absolute"
    if st.published is None:
        return None
    return infer_month_year(mo, st.published, st.tense(m)), "publication"


def week_ending(m: DateMatch, st: State) -> list[DateMention]:
    """"the week ending 4 March", "the week to Sunday 1 November", "the week ended Feb. 14,
    2009": the seven days to that day, as the ISO week holding their middle day (a week that
    ends on a Sunday, a Saturday or a Friday is that ISO week); the day's year as a month's."""
    g = m.groups
    mo = MONTHS[(g.get("wem") or g["wem2"]).lower()]
    if (year := _year_of_month(m, st, mo)) is None:
        return []
    y, anchor = year
    end = day(y, mo, int(re.match(r"\d+", g.get("wed") or g["wed2"]).group(0)))
    if end is None:
        return []
    return [week_mention(m, end - dt.timedelta(days=3), anchor, m.rule.name)]


def week_of_month(m: DateMatch, st: State) -> list[DateMention]:
    """"the last week of March 2009", "the first week of June": the ISO week holding that
    month's first (second ...) or last Thursday, as ISO weeks belong to the month of their
    Thursday; the month's year as a month alone's."""
    g = m.groups
    mo = MONTHS[g["mon"].lower()]
    m = _without_full_stop(m)
    if (year := _year_of_month(m, st, mo)) is None:
        return []
    y, anchor = year
    nth = g["wk"].lower()
    if nth in ("last", "final"):
        last = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        d = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    else:
        first = dt.date(y, mo, 1)
        d = first + dt.timedelta(days=(3 - first.weekday()) % 7 +
                                 7 * ("first", "second", "third", "fourth").index(nth))
    return [week_mention(m, d, anchor, m.rule.name)]


def half(m: DateMatch, st: State) -> list[DateMention]:
    """"the second half of 2020", "the first two quarters of next year"; a bare "second half"
    is as often a match's as a year's. The table contract's precisions stop at quarter and
    year: a half is known to its year."""
    g, p = m.groups, st.published
    h = HALVES[(g.get("h") or g["hq"]).lower()]
    if "y" in g:
        y, anchor = int(g["y"]), "absolute"
    elif p is None or "hdeixis" not in g:
        return []
    else:
        y, anchor = p.year + DEICTIC[g["hdeixis"].lower()], "publication"
    return [mention(m, f"{y}-H{h}", "year", dt.date(y, 6 * h - 5, 1), anchor, m.rule.name)]


def months_to(m: DateMatch, st: State) -> list[DateMention]:
    """"the three months to June": that quarter; "the six months to 30 June": that half; "the
    year to March", no calendar period: the month it ends in, which its figures are as of
    ("inflation in the year to May", a fiscal year's results), as "the year ended Sept. 30" is
    that day; the year as written, else the year of its last month (``infer_month_year``)."""
    g = m.groups
    mo = MONTHS[(g.get("m3") or g.get("m6") or g["m12"]).lower()]
    if (year := _year_of_month(m, st, mo)) is None:
        return []
    y, anchor = year
    if "m12" in g:
        return [month_mention(m, y, mo, anchor, m.rule.name)]
    if "m3" in g:
        return [quarter_mention(m, y, mo // 3, anchor, m.rule.name)]
    return [mention(m, f"{y}-H{mo // 6}", "year", dt.date(y, mo - 5, 1), anchor, m.rule.name)]


def short_year(m: DateMatch, st: State) -> list[DateMention]:
    """"since '82": the nearest such year before publication; "iLife '11": a product."""
    p = st.published
    name = _WORD_BEFORE.search(st.text, max(0, m.start - 30), m.start)
    if p is None or (name and not name.group(1).islower()):
        return []
    yy = int(m.groups["sy"])
    y = max(c * 100 + yy for c in (p.year // 100 - 1, p.year // 100) if c * 100 + yy <= p.year + 1)
    return [year_mention(m, y, "publication", "short-year")]


def spelled_year(m: DateMatch, st: State) -> list[DateMention]:
    """Broadcast transcripts: "in nineteen ninety-six" (the span is the year's words)."""
    sp = m.groups.get("sp") or m.groups["sp19"]
    return [year_mention(Span(m.end - len(sp), m.end, st.text), read_spelled_year(sp),
                         "absolute", "spelled-year")]


def month_spelled_year(m: DateMatch, st: State) -> list[DateMention]:
    """"January nineteen ninety-seven"."""
    return [month_mention(m, read_spelled_year(m.groups["sp"]), MONTHS[m.groups["mon"].lower()],
                          "absolute", m.rule.name)]


def year_named(m: DateMatch, st: State) -> list[DateMention]:
    """"the year two thousand", "the year 2000"."""
    g = m.groups
    y = read_spelled_year(g["sp"]) if "sp" in g else int(g["y"])
    return [year_mention(m, y, "absolute", m.rule.name)]


def mod_year(m: DateMatch, st: State) -> list[DateMention]:
    """"mid-1996", "the end of 2020": the year's value (TimeML's mod is not kept)."""
    return [year_mention(m, int(m.groups["y"]), "absolute", "year")]


def old_year(m: DateMatch, st: State) -> list[DateMention]:
    """A year before 1500 after a preposition ("in 1066"): the span is the number."""
    if _not_a_year(st.text, m.end - 4, m.end):
        return []
    return [year_mention(Span(m.end - 4, m.end, st.text), int(m.groups["y"]), "absolute", "year")]


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


def year(m: DateMatch, st: State) -> list[DateMention]:
    """A four-digit year alone, unless a name, an all-caps word or its neighbours say it is
    part of a name, a number, a code or an address ("KANYE 2024", "Windows 2000", "Flight
    1549"; but "WWDC 2005" and "Conference 2010" are years)."""
    text = st.text
    caps = _ALLCAPS_BEFORE.search(text, max(0, m.start - 30), m.start)
    if caps and caps.group(0).strip().lower() not in YEAR_EVENT_WORDS:
        return []
    name = _NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
    if name and name.group(1).lower() not in YEAR_PREPOSITIONS and \
            name.group(1).lower() not in CALENDAR_WORDS and \
            name.group(1).lower() not in YEAR_EVENT_WORDS:
        return []
    if _not_a_year(text, m.start, m.end):
        return []
    return [year_mention(m, int(m.text), "absolute", "year")]


def holiday(m: DateMatch, st: State) -> list[DateMention]:
    """"Christmas 2019": that day; "Christmas" alone: the nearest one the clause's tense
    allows; "Christmas trees": a thing, not the day; "the Easter weekend": the weekend of
    Easter Sunday."""
    g, p = m.groups, st.published
    after = _WORD_AFTER.match(st.text, m.end)
    if "y" not in g and after and after.group(1).lower() in HOLIDAY_THINGS:
        return []
    if "y" in g:
        d, anchor = holiday_date(g["hol"], int(g["y"])), "absolute"
    elif p is None:
        return []
    elif deixis := _YEAR_DEIXIS_BEFORE.search(st.text, max(0, m.start - 20), m.start):
        # "last year's Thanksgiving", "next year's Christmas"
        d, anchor = holiday_date(g["hol"], p.year + DEICTIC[deixis.group(1).lower()]), \
            "publication"
    else:
        cands = [holiday_date(g["hol"], y) for y in (p.year - 1, p.year, p.year + 1)]
        d, anchor = pick(cands, p, st.tense(m), slack=14), "publication"
    if g["hol"] == "Easter" and after and after.group(1).lower() == "weekend":
        iso = d.isocalendar()  # TimeML's weekend of an ISO week, as "the weekend" gives
        return [mention(Span(m.start, after.end(), st.text), f"{iso.year}-W{iso.week:02d}-WE",
                        "week", d - dt.timedelta(days=1), anchor, m.rule.name)]
    return [day_mention(m, d, anchor, m.rule.name)]


def ordinal_day(m: DateMatch, st: State) -> list[DateMention]:
    """"on the 15th": that day of the month the text named last, within a few sentences, after
    a word that introduces a day ("on", "by", "until", "and" ...); with no month named, of the
    month of publication or the one before or after, past or ahead by the clause's tense (as
    one says "the vote is on the 24th"); in a sentence about a course, a race, a building or a
    league ("the 15th hole", "on the 3rd"), a rank or a place, no day."""
    g, p = m.groups, st.published
    before = _WORD_BEFORE_DATE.search(st.text, max(0, m.start - 12), m.start)
    if before is None or before.group(1).lower() not in ORDINAL_DAY_BEFORE:
        return []
    context = [x for x in (st.last_day, st.period) if x is not None and x.precision in
               ("day", "month") and m.start - x.end <= ORDINAL_DAY_REACH]
    if not context and p is None:
        return []
    sentence = st.doc.sentence_at(m.start) if st.doc is not None else None
    if sentence is not None and ORDINAL_NOT_DAY.search(sentence.text):
        return []
    if not context:
        cands = [c for k in (-1, 0, 1) if (c := day(*shift_months(p, k), int(g["od"])))]
        return [day_mention(m, pick(cands, p, st.tense(m), slack=0), "publication",
                            m.rule.name)]
    last = max(context, key=lambda x: x.start)
    d = day(last.date.year, last.date.month, int(g["od"]))
    return [day_mention(m, d, "narrative", m.rule.name)] if d else []
