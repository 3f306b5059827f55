"""Normalisers of relative dates: read against the publication date ("last week", "in
March", "two years ago"; ``anchor=publication``) or against the text's own reference point
when it moves it ("the next day", "the following year", "the year-ago quarter";
``anchor=narrative``). Each takes a row's match and what the text has said so far
(``calendar.State``) and gives the mentions it stands for (none when it cannot be resolved).
Single days ("yesterday", "on Tuesday", "tonight", clock times) are ``days``'s.
"""
from __future__ import annotations

import datetime as dt
import re

from newsledger.lexicon.people import SUBJECT_PRONOUNS
from newsledger.lexicon.time import (DEADLINE_WORDS, DEICTIC, MONTH_DATA_NOUNS, MONTHS,
                                     NAMED_WEEKDAY_WORDS, NARRATIVE_DAYS, NARRATIVE_STEPS,
                                     NOUN_PHRASE_OPENERS, PERIOD_NOUNS, QUARTER_ALIASES,
                                     QUARTERS, SEASONS, SUNDAY_PAPERS, WEEKDAY_TITLE_HEADS,
                                     WEEKDAYS)
from newsledger.records import DateMention
from newsledger.text import Span

from .calendar import (At, State, count, day_mention, election_day, infer_month_year,
                       mention, month_mention, pick, quarter_mention, quarter_year, shift_months,
                       week_mention, weekend, year_mention)
from .matching import DateMatch
from .pieces import _MONTH, _SEASON_END, _YEAR, _title

_SEASON_ENDS = re.compile(_SEASON_END)

_DATA_NOUN = "|".join(sorted(MONTH_DATA_NOUNS))
_DATA_BEFORE = re.compile(rf"\b(?i:{_DATA_NOUN})\s+(?:[A-Za-z]+\s+)?$")  # "data (released) for"
_DATA_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[a-z]+){{0,2}}?\s+(?i:{_DATA_NOUN})\b")
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+$")
_PLURAL_PART_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][a-z]+day)?\s+(?:mornings|afternoons|"
                                r"evenings|nights)\b")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_EVERY = re.compile(r"\b(?i:each|every)\s+(?:(?i:year|summer|spring|autumn|winter)\s+)?$")
_TITLE_HEAD_AFTER = re.compile(r"[^\S\n]+(?:" + "|".join(
    _title(h).replace(" ", r"[^\S\n]+")
    for h in sorted(WEEKDAY_TITLE_HEADS, key=len, reverse=True)) + r")\b")
_SUNDAY_PAPER_BEFORE = re.compile(r"\b(?:" + "|".join(h.capitalize() for h in sorted(SUNDAY_PAPERS))
                                  + r")[^\S\n]+on[^\S\n]+$")
# A word before "Wednesday" that makes it a day even where the club Sheffield Wednesday is
# named ("on Wednesday", "last Wednesday"); without one, "Wednesday equalised" is the club.
_DAY_WORD_BEFORE = re.compile(r"\b(?i:on|by|until|till|since|from|before|after|late|early|next|"
                              r"last|this|past|coming|previous|following|until|and|or)[^\S\n]+$")
_WORD_BEFORE_DATE = re.compile(r"(\w+)\s+$")
# The end of a span of months after its first ("... and May 2024", "... to August last year")
_SPAN_END_AFTER = re.compile(
    r"\s*(?:and|to|through|until|till|-|–)\s*(?:(?:early|late|mid)[-\s]\s*)?"
    rf"{_MONTH.format(g='mon2')},?\s+(?:of\s+)?(?:(?P<y>{_YEAR})\b|"
    r"(?P<sdeixis>this|last|next)\s+year\b)")
_SPAN_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*", re.IGNORECASE)
_SPAN_OPENER = re.compile(r"\b(?i:between|from)\s")
_AFTER_PHRASE = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


# --- Guards (named by the rows) ------------------------------------------------------------------

def named_day(m: DateMatch, st: State) -> bool:
    """"Black Friday", "Super Tuesday", "Good Friday": a name, not this week's day; so are
    papers and programmes ("the Sunday Times", "the Mail on Sunday", "Saturday Night Live")
    and, in a text that names the club Sheffield Wednesday, a "Wednesday" no word such as "on"
    or "last" introduces ("but Wednesday equalised")."""
    g, text = m.groups, st.text
    if "wdeixis" in g or "wstep" in g:
        return False
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
    if before is not None and before.group(1).lower() in NAMED_WEEKDAY_WORDS:
        return True
    if "part" not in g and _TITLE_HEAD_AFTER.match(text, m.end):
        return True
    if g["wd"] == "Sunday" and _SUNDAY_PAPER_BEFORE.search(text, max(0, m.start - 16), m.start):
        return True
    return g["wd"] == "Wednesday" and "part" not in g and "Sheffield Wednesday" in text and \
        _DAY_WORD_BEFORE.search(text, max(0, m.start - 12), m.start) is None


def not_a_set(m: DateMatch, st: State) -> bool:
    """"each Thursday", "every July", "every year in May", "on Monday and Tuesday nights": a
    set of days, not one."""
    return _EVERY.search(st.text, max(0, m.start - 14), m.start) is not None or \
        ("wd" in m.groups and _PLURAL_PART_AFTER.match(st.text, m.end) is not None)


# --- Quarters and periods the text is about ------------------------------------------------------

def quarter(m: DateMatch, st: State) -> list[DateMention]:
    """"the third quarter of 2020", "Q3 2020", "last year's fourth quarter", "the year-ago
    third quarter"; without a year, the latest begun by publication (the next for a future
    clause)."""
    g, published = m.groups, st.published
    word = (g.get("q") or "").lower()
    q = QUARTERS.get(word) or QUARTER_ALIASES.get(word) or int(g.get("q2") or g.get("fq") or 0)
    if not q:
        return []
    year = g.get("qy") or g.get("y") or g.get("y2") or g.get("y3")
    if year is not None:
        return [quarter_mention(m, int(year), q, "absolute", "quarter")]
    if "qago" in g:  # "the year-ago third quarter"
        recent = st.recent_quarter(m.start)
        if recent:
            return [quarter_mention(m, recent[0] - 1, q, "narrative", "quarter-year-ago")]
        if published is None:
            return []
        return [quarter_mention(m, quarter_year(q, published, "past") - 1, q, "publication",
                                "quarter-year-ago")]
    if published is None:
        return []
    deixis = g.get("qdeixis") or g.get("ydeixis")
    if deixis:
        return [quarter_mention(m, published.year + DEICTIC[deixis.lower()], q, "publication",
                                "quarter-deictic-year")]
    return [quarter_mention(m, quarter_year(q, published, st.tense(m)), q, "publication",
                            "quarter")]


def narrative_quarter(m: DateMatch, st: State) -> list[DateMention]:
    """"the quarter", "the latest quarter", "that quarter": the quarter the text is about
    ("the latest quarter": the last one ended by publication, when the text's is not);
    "the 1988 period": that year's quarter of the same number."""
    g = m.groups
    recent = st.recent_quarter(m.start)
    if "npy" in g:
        if recent:
            return [quarter_mention(m, int(g["npy"]), recent[1], "narrative",
                                    "narrative-quarter")]
        return [] if g["npu"].lower() == "quarter" else \
            [year_mention(m, int(g["npy"]), "absolute", "year")]
    words = g["nq"].lower().split()
    p = st.published
    if "period" in g and recent is None:
        return []  # "the latest period" is a quarter only in a text about quarters
    if p is not None and "current" in words:  # "the current quarter": publication's
        y, q = divmod(p.year * 4 + (p.month - 1) // 3, 4)
        return [quarter_mention(m, y - ("nqago" in g), q + 1, "publication", "relative-quarter")]
    if p is not None and ("latest" in words or "recent" in words) and (
            recent is None or dt.date(recent[0], 3 * recent[1], 28) > p):
        y, q = divmod(p.year * 4 + (p.month - 1) // 3 - 1, 4)
        return [quarter_mention(m, y - ("nqago" in g), q + 1, "publication", "relative-quarter")]
    ago = "nqago" in g
    if recent:
        y, q = recent
        return [quarter_mention(m, y - ago, q, "narrative", "narrative-quarter")]
    if p is None or words[0] == "that" or not (words[0] == "this" or "current" in words):
        return []
    return [quarter_mention(m, p.year - ago, (p.month - 1) // 3 + 1, "publication",
                            "relative-quarter")]


def same_period(m: DateMatch, st: State) -> list[DateMention]:
    """"the same month a year ago", "the same period last year": the month or quarter the text
    last named, a year back (the year itself when it named none)."""
    unit = m.groups["sunit"].lower()
    last = st.period
    if last is not None and (unit in ("period", "time") or unit == last.precision):
        if last.precision == "month":
            return [month_mention(m, last.date.year - 1, last.date.month, "narrative",
                                  "same-period")]
        if last.precision == "quarter":
            return [quarter_mention(m, last.date.year - 1, (last.date.month - 1) // 3 + 1,
                                    "narrative", "same-period")]
    if st.published is None or unit == "week":
        return []
    return [year_mention(m, st.published.year - 1, "publication", "same-period")]


def year_ago(m: DateMatch, st: State) -> list[DateMention]:
    """"the year-ago quarter" (needs the quarter the text is about), "a year-ago level"."""
    unit = m.groups.get("yaunit")
    recent = st.recent_quarter(m.start)
    if recent is None and (unit or "quarter").lower() == "quarter":
        return []
    if recent and (unit or "period").lower() in ("period", "results", "result", "quarter"):
        return [quarter_mention(m, recent[0] - 1, recent[1], "narrative", "year-ago-quarter")]
    return [year_mention(m, st.published.year - 1, "publication", "year-ago")]


# --- Steps from the narrative's reference point --------------------------------------------------

def narrative_day(m: DateMatch, st: State) -> list[DateMention]:
    """"the next day", "that day", "that night", "the next morning": a day from the last day
    the text named. "the day after the election" counts from US Election Day (of the
    publication year); "the day (night) before" a noun phrase, a name, a clause or a verb in
    -ing counts from that happening, which has no date here. "to end the day", "for the
    day": the day reported on."""
    words = m.text.lower().split()
    phrase = "that day" if words[-1] == "day" and len(words) == 2 else " ".join(words)
    shift = NARRATIVE_DAYS[phrase]
    if phrase in ("the day after", "the day before", "the night before"):
        nxt = _AFTER_PHRASE.match(st.text, m.end)
        if nxt:
            w1, w2 = nxt.group(1).lower(), (nxt.group(2) or "").lower()
            if w1 in NOUN_PHRASE_OPENERS and w2 in ("election", "elections") and \
                    st.published is not None and st.published.year % 2 == 0:
                return [day_mention(m, election_day(st.published.year) +
                                    dt.timedelta(days=shift), "publication", "day-after-event")]
            first = nxt.group(1)
            if w1 in NOUN_PHRASE_OPENERS or w1.endswith("ing") or w1 in SUBJECT_PRONOUNS or (
                    first[0].isupper() and w1 not in WEEKDAYS and w1 not in MONTHS):
                return []  # "the day before the vote", "... he died", "... Smith's death"
    if st.last_day is not None:
        return [day_mention(m, st.last_day.date + dt.timedelta(days=shift), "narrative",
                            "narrative-day")]
    if shift == 0 and st.published is not None:  # "later in the day", "that day": today
        return [day_mention(m, st.published, "publication", "narrative-day")]
    return []


def narrative_unit(m: DateMatch, st: State) -> list[DateMention]:
    """"the following year", "the previous week", "that year", "the year before": a step from
    the narrative's reference point (the last explicit date)."""
    g = m.groups
    unit = (g.get("nunit") or g.get("nunit2") or g["nunit3"]).lower()
    if "after" in g:
        step = 1 if g["after"].lower() == "after" else -1
    else:
        step = 0 if "that" in g else NARRATIVE_STEPS[g["step"].lower()]
    if unit == "year":
        if st.year is None:
            return []
        return [year_mention(m, st.year + step, "narrative", "narrative-year")]
    if unit == "month":
        if st.month is None:
            return []
        y, mo = shift_months(st.month, step)
        return [month_mention(m, y, mo, "narrative", "narrative-month")]
    if st.day is None:
        return []
    return [week_mention(m, st.day + dt.timedelta(weeks=step), "narrative", "narrative-week")]


def ago(m: DateMatch, st: State) -> list[DateMention]:
    """"two years ago", "a week earlier", "10 days later": n units from the publication date
    (ago) or from the narrative's reference point (earlier, later)."""
    g = m.groups
    n, unit, direction = count(g["n"]), g["unit"].lower(), " ".join(g["dir"].lower().split())
    if unit == "fortnight":  # "a fortnight ago": two weeks
        n, unit = 2 * n, "week"
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if direction in ("ago", "from now", "hence"):
        base, anchor = st.published, "publication"
    else:
        recent = st.recent_quarter(m.start)
        if unit == "year" and n == 1 and recent and direction in ("earlier", "before"):
            return [quarter_mention(m, recent[0] - 1, recent[1], "narrative", "year-ago-quarter")]
        last = st.last_day.date if st.last_day is not None else None
        period = st.period
        if unit == "year" and n == 1 and period is not None and m.start - period.end < 200 and \
                (last is None or st.last_day.start < period.start):
            # "in February from a year earlier": that month (or quarter) a year back
            if period.precision == "month":
                return [month_mention(m, period.date.year + sign * n, period.date.month,
                                      "narrative", "ago-period")]
            return [quarter_mention(m, period.date.year + sign * n,
                                    (period.date.month - 1) // 3 + 1, "narrative", "ago-period")]
        if last is None and unit == "year" and st.year is not None:
            return [year_mention(m, st.year + sign * n, "narrative", "narrative-year")]
        if last is None and unit in ("year", "month") and st.published is not None:
            base, anchor = st.published, "publication"  # "a year earlier": than now
        elif last is None:
            return []  # "a week later" with no day named before: later than what?
        else:
            base, anchor = last, "narrative"
    if direction == "ago" and unit == "year" and n == 1:
        recent = st.recent_quarter(m.start, window=600)
        if recent:
            return [quarter_mention(m, recent[0] - 1, recent[1], "narrative", "year-ago-quarter")]
    if base is None:
        return []
    if unit == "day":
        return [day_mention(m, base + dt.timedelta(days=sign * n), anchor, "ago-day")]
    if unit == "week":  # "two weeks ago": the day, as a reader counts it
        return [day_mention(m, base + dt.timedelta(weeks=sign * n), anchor, "ago-week")]
    if unit == "month":
        y, mo = shift_months(base, sign * n)
        return [month_mention(m, y, mo, anchor, "ago-month")]
    if unit == "year":
        return [year_mention(m, base.year + sign * n, anchor, "ago-year")]
    dec = (base.year + sign * 10 * n) // 10
    return [mention(m, str(dec), "decade", dt.date(dec * 10, 1, 1), anchor, "ago-decade")]


# --- Periods from the publication date -----------------------------------------------------------

def relative_unit(m: DateMatch, st: State) -> list[DateMention]:
    """"last year", "next month", "this week", "the weekend", "the end of the month",
    "earlier in the year", "over the summer", "over the past year" (last year); "the past
    month", "the past decade" and "the next decade" are durations, "the year" says not which
    one."""
    g, published = m.groups, st.published
    if "inunit" in g:  # "earlier in the year": this year
        deixis, unit, modified = "this", g["inunit"].lower(), False
    else:
        deixis = " ".join(g["deixis"].lower().split())
        unit, modified = g["unit"].lower(), "mod" in g
    if deixis in ("the", "the full") and modified and unit in ("year", "month", "week",
                                                                "quarter"):
        deixis = "this"  # "the end of the month", "the middle of the week"
    if deixis == "the full" and unit == "year":
        deixis = "this"  # "forecast an increase for the full year"
    if deixis == "the" and unit in SEASONS:  # "over the summer": the latest, or the next one
        if not modified and not _SEASON_ENDS.match(st.text, m.end):
            return []  # "the spring rains": a noun it qualifies
        return [_nearest_season(m, unit, st)]
    if unit == "decade" and deixis in ("next", "last") and \
            _THE_BEFORE.search(st.text, max(0, m.start - 4), m.start):
        return []  # "over the next decade", "in the last decade": durations
    if deixis in ("the", "the current", "the coming", "the past", "the full"):
        if deixis == "the past" and unit not in ("weekend", "year"):
            return []  # "the past month", "the past decade" are durations; "over the past
            # year" is read as last year (both TimeML corpora give it that value)
        if deixis == "the" and unit not in ("weekend",):
            return []  # "the year", "the week": which one, the text must say
        if deixis == "the coming" and unit != "weekend":
            deixis = "next"
    shift = {"this past": -1, "the past": -1, "this coming": 1, "the coming": 1,
             "the current": 0, "the": 0}.get(deixis, DEICTIC.get(deixis, 0))
    if unit == "year":
        return [year_mention(m, published.year + shift, "publication", "relative-year")]
    if unit == "month":
        y, mo = shift_months(published, shift)
        return [month_mention(m, y, mo, "publication", "relative-month")]
    if unit == "week":
        return [week_mention(m, published + dt.timedelta(weeks=shift), "publication",
                             "relative-week")]
    if unit == "weekend":
        sat = weekend(deixis, published, st.tense(m))
        iso = sat.isocalendar()  # TimeML's weekend of an ISO week: "2020-W45-WE"
        return [mention(m, f"{iso.year}-W{iso.week:02d}-WE", "week", sat, "publication",
                        "relative-weekend")]
    if unit == "quarter":
        y, q = divmod(published.year * 4 + (published.month - 1) // 3 + shift, 4)
        return [quarter_mention(m, y, q + 1, "publication", "relative-quarter")]
    if unit == "decade":
        dec = published.year // 10 + shift
        return [mention(m, str(dec), "decade", dt.date(dec * 10, 1, 1), "publication",
                        "relative-decade")]
    code, month = SEASONS[unit]
    y = published.year + shift
    if deixis == "this past":
        y = published.year - (month > published.month)
    return [mention(m, f"{y}-{code}", "season", dt.date(y, month, 1), "publication",
                    "relative-season")]


def _nearest_season(at: At, unit: str, st: State) -> DateMention:
    """The season a clause names without a year ("over the summer", "in late autumn"): the
    latest begun by publication, or the next one for a future clause."""
    published = st.published
    code, month = SEASONS[unit]
    tense = st.tense(at)
    start = dt.date(published.year, month, 1)
    y = published.year - (start > published and tense != "future") + \
        (tense == "future" and start + dt.timedelta(days=92) < published)
    return mention(at, f"{y}-{code}", "season", dt.date(y, month, 1), "publication",
                   "relative-season")


def season_alone(m: DateMatch, st: State) -> list[DateMention]:
    """A season without its year after a preposition or with a modifier ("in winter", "the
    early summer", "by late autumn"); the preposition stays out of the span."""
    g = m.groups
    return [_nearest_season(m, (g.get("season") or g["season2"]).lower(), st)]


def year_end(m: DateMatch, st: State) -> list[DateMention]:
    """"by year-end": this year's, or last year's when said in January of a past clause."""
    p = st.published
    return [year_mention(m, p.year - (p.month == 1 and st.tense(m) == "past"), "publication",
                         m.rule.name)]


def month_deictic_year(m: DateMatch, st: State) -> list[DateMention]:
    """"June of last year", "March next year"."""
    g = m.groups
    return [month_mention(m, st.published.year + DEICTIC[g["mdeixis"].lower()],
                          MONTHS[g["mon"].lower()], "publication", m.rule.name)]


def _span_year(at: At, mon: str, st: State) -> tuple[int, str] | None:
    """The year (and its anchor) of a month that begins or ends a span of months whose other
    end has one: "between March and May 2024" (the year after the span), "from June to
    August" (the end of the span: the first August after June)."""
    mo = MONTHS[mon.lower()]
    after = _SPAN_END_AFTER.match(st.text, at.end)
    if after is not None:
        mo2 = MONTHS[after.group("mon2").lower()]
        if after.group("y"):
            return int(after.group("y")) - (mo > mo2), "absolute"
        return st.published.year + DEICTIC[after.group("sdeixis").lower()] - (mo > mo2), \
            "publication"
    first = st.period
    if first is not None and first.precision == "month" and \
            _SPAN_JOIN.fullmatch(st.text, first.end, at.start + at.text.find(mon)) and \
            _SPAN_OPENER.search(st.text, max(0, first.start - 12), first.start + 8):
        return first.date.year + (mo < first.date.month), first.anchor
    return None


def month_alone(m: DateMatch, st: State) -> list[DateMention]:
    """A month without its year ("in March", "last February", "by December", "until
    mid-November"): its year from its deixis, a deadline, or the tense of its clause."""
    g, published = m.groups, st.published
    mon = g.get("mon", g.get("bare", ""))
    mo = MONTHS[mon.lower()]
    at: At = m
    if m.text.endswith(".") and (len(mon) > 4 or mon in ("May", "June", "July")):  # a full stop
        at = Span(m.start, m.end - 1, st.text)
    if mon.lower() == "may" and not at.text[-3:].istitle():
        return []
    head = at.text[: at.text.find(mon)].strip().lower()
    if mon == "March" and "bare" not in g and head in ("to", "and", "or", "on"):
        return []  # "to March", "and March" can be the verb
    deixis = head.split()[0] if head.split() else ""
    span_year = _span_year(at, mon, st)
    if span_year is not None:
        return [month_mention(at, span_year[0], mo, span_year[1], "month-infer-year")]
    if deixis not in ("this", "next", "last"):
        before = _DATA_BEFORE.search(st.text, max(0, at.start - 40), at.start)
        after = _DATA_AFTER.match(st.text, at.end)
        if (before and deixis in ("for", "of")) or after:
            # "data for April", "August unemployment figures": a month already begun
            return [month_mention(at, published.year - (mo > published.month), mo,
                                  "publication", "month-infer-year")]
    if deixis == "this":
        y = published.year
    elif deixis == "next":
        y = published.year + (mo <= published.month)
    elif deixis == "last":
        # "last February" said in March is a year back: the month just past is "last month"
        y = published.year - (mo >= published.month - 1)
    else:
        tense = "past" if deixis == "since" else st.tense(at)
        unit = _WORD_BEFORE_DATE.search(st.text, max(0, at.start - 12), at.start)
        if deixis == "to" and unit and unit.group(1).lower() in PERIOD_NOUNS:
            deixis = ""  # "in the three months to February": a period's end, as a date is
        if tense is None and deixis in DEADLINE_WORDS:
            tense = "future"  # "by February", "through January": a deadline ahead
        prev = _WORD_BEFORE_DATE.search(st.text, max(0, at.start - 12), at.start)
        if deixis not in DEADLINE_WORDS and prev and prev.group(1).lower() in DEADLINE_WORDS:
            deixis = prev.group(1).lower()  # "until mid-November"
        if tense is None and deixis in DEADLINE_WORDS:
            tense = "future"
        if tense == "past" and deixis in DEADLINE_WORDS:
            # "gave them until mid-November", "has extended loans through January": a
            # deadline set in the past may still lie ahead, up to a season ahead
            cands = [dt.date(y, mo, 15) for y in range(published.year - 1, published.year + 2)]
            y = pick(cands, published, "past", slack=92).year
        else:
            y = infer_month_year(mo, published, tense)
    return [month_mention(at, y, mo, "publication", "month-infer-year")]
