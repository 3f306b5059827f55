"""The publication date of an article that carries none, from what its text says.

In order (the first that gives a day wins):

1. the latest full date of an embedded post's signature or of a metadata line that dates the
   publication ("Published: March 1, 2008", "Posted on November 15, 2011", "Story Created: Aug
   7, 2012", "PUBLISHED: WEDNESDAY, MARCH 13, 2013");
2. the day of a wire dateline: "WASHINGTON, Nov. 3, 2020 (Reuters) -" as written; its month
   and day alone ("HALVERSTON, March 3 (Harbor Wire) -") in the year of the latest full date
   the text states, else of the latest month or quarter it reports with its year
   (``_dateline_day``); else unknown;
3. the latest full date of a metadata line that dates an update ("Updated Thu 6 May 2010",
   "23 July 2013 Last updated at 13:42 GMT");
4. a full date near the top (in the first 60 characters of one of the first seven lines),
   unless a future clause holds it ("The vote will be held on June 9, 2024");
5. the latest day the text reports as past (``_latest_reported_day``).

None when nothing says: the clock is never used. Reads the document's one date pass
(``DATE_MATCHES``) and its post signatures (``SIGNATURES``): the matches are resolved here
without a publication date and against the story's year, and once more by ``extract_dates``
against the date inferred. Metadata lines (``METADATA_LINES``) are also read by the events
extractor: they date the page, not a happening.
"""
from __future__ import annotations

import datetime as dt
import re

from newsledger.extract.patterns import LOWER_TEXT, has_case_fold
from newsledger.extract.signatures import SIGNATURES
from newsledger.lexicon.time import MONTHS, PUBLICATION_LABELS, UPDATE_LABELS, WEEKDAYS
from newsledger.records import DateMention
from newsledger.text import Document, Fact

from .calendar import day, election_day
from .matching import DATE_MATCHES, DateMatch
from .patterns import RULES
from .pieces import _YEAR
from .resolve import explicit_days, resolve
from .tense import clause_tense

# A date near the top: within the first 600 characters and seven lines, at most 60 characters
# into its line, written in full by one of these rules ("November 4, 2020", "9 September
# 2013", "2013-09-26", "14/09/2013", "11/24/2020"; not "11/09/2010", which reads both ways).
_TOP_CHARS, _TOP_LINES, _TOP_COLUMN = 600, 7, 60
_FULL_DAY_RULES = frozenset({"month-day-year", "day-month-year", "iso-date", "numeric-mdy",
                             "numeric-dmy"})


def _labels(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


# A metadata line: at most 100 characters, opening with a label (maybe after "First", "Story",
# "Originally" ...) that a date follows, or holding "Last updated" / "Last modified" anywhere.
_DATEISH = (r"(?=\d|(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            r"dec))")
_METADATA_LINE = re.compile(
    r"^[^\S\n]*(?:(?:(?i:first|story|article|originally|page)[^\S\n]+)?"
    rf"(?P<label>(?i:{_labels(PUBLICATION_LABELS | UPDATE_LABELS)}))[^\S\n]*(?:(?i:on|at)\b)?"
    rf"[^\S\n]*:?[^\S\n]*{_DATEISH}"
    r"|[^\n]{0,40}?\b(?P<last>(?i:last[^\S\n]+(?:updated|modified)))\b)"
    r"[^\n]*$", re.M)
_METADATA_MAX_CHARS = 100
_AS_OF = re.compile(r"(?i:as\s+of)\s+$")
_ELECTION = re.compile(rf"\b(?P<y>{_YEAR})\s+(?:U\.?S\.?\s+)?(?i:presidential|midterm|general)"
                       r"\s+(?i:elections?)\b")
# The rules whose days count as reported (a weekday moves the latest such day; see below).
_REPORTED_DAY_RULES = frozenset({"month-day-infer-year", "month-day-weekday-year",
                                 "month-day-year", "day-month-year", "iso-date", "numeric-mdy",
                                 "holiday", "month-day-deictic-year"})
# The rows whose matches can give such a day (their ``gives``): a text without a match of one
# of them, nor a US election with its year, reports no day (``_latest_reported_day``).
_REPORTING_ROWS = frozenset(row.name for row in RULES
                            if _REPORTED_DAY_RULES.intersection(row.gives or (row.name,)))


# Every label holds one of these words, as "Last updated" and "Last modified" do: a first look
# on the lower-cased text (most articles have none).
_LABEL_WORDS = ("published", "posted", "created", "updated", "modified")
assert all(any(w in label for w in _LABEL_WORDS) for label in PUBLICATION_LABELS | UPDATE_LABELS)


def _metadata_lines(doc: Document) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, dates an update) of every metadata line of the document."""
    low = LOWER_TEXT(doc)
    if not any(w in low for w in _LABEL_WORDS) and not has_case_fold(doc.text):
        return ()  # (a long s or a dotless i matches a label's letter case-blindly)
    out = []
    for m in _METADATA_LINE.finditer(doc.text):
        s, e = m.span()
        if e - s <= _METADATA_MAX_CHARS:
            update = m.group("last") is not None or \
                " ".join(m.group("label").lower().split()) in UPDATE_LABELS
            out.append((s, e, update))
    return tuple(out)


METADATA_LINES: Fact[tuple[tuple[int, int, bool], ...]] = Fact("metadata_lines", _metadata_lines)
"""The metadata lines of a document ("Published: ...", "Updated ..."), found on first use."""


# A numeric date with a two-digit year ("POSTED: 04/02/07"), month first.
_SHORT_NUMERIC = re.compile(r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/"
                            r"(?P<yy>\d\d)(?![\d/])")


def _line_days(line: str) -> list[dt.date]:
    """The full dates a metadata line states (read in title case when written in capitals);
    a two-digit year is read as POSIX ``%y`` reads it (69-99: 1900s; 00-68: 2000s), since no
    publication date is known yet to choose the century by."""
    found = explicit_days(line.title() if line.isupper() else line)
    for m in _SHORT_NUMERIC.finditer(line):
        yy = int(m.group("yy"))
        if (d := day(yy + (1900 if yy >= 69 else 2000), int(m.group("m")), int(m.group("d")))):
            found.append(d)
    return found


def infer_publication_date(text: str | Document) -> dt.date | None:
    """The date the text was published, from what it says (see the module docstring)."""
    doc = text if isinstance(text, Document) else Document(text)
    text = doc.text
    lines = METADATA_LINES(doc)
    found = [d for m in SIGNATURES(doc) for d in explicit_days(m.group("date"))]
    found += [d for s, e, update in lines if not update for d in _line_days(text[s:e])]
    if found:
        return max(found)
    if (dated := _dateline_day(doc)) is not None:
        return dated
    found = [d for s, e, update in lines if update for d in _line_days(text[s:e])]
    if not found:
        found = _top_day(doc)
    if found:
        return max(found)
    return _latest_reported_day(doc)


def _top_day(doc: Document) -> list[dt.date]:
    """The day of the first full date near the top of the page ("9 September 2013, 14:08"
    under a headline), unless a future clause holds it ("The vote will be held on June 9,
    2024")."""
    text = doc.text
    for m in DATE_MATCHES(doc):
        if m.start >= _TOP_CHARS:
            break
        if m.rule.name not in _FULL_DAY_RULES or "y" not in m.groups or _either_way(m):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if text.count("\n", 0, line_start) >= _TOP_LINES or m.start - line_start > _TOP_COLUMN:
            continue
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        if not _date_line(text[line_start:m.start] + " " + text[m.end:line_end]):
            continue
        if clause_tense(doc, m.start, m.end) == "future":
            return []
        return explicit_days(m.text)
    return []


# Lower-case words of four letters or more that a page's date line may hold beside the date
# ("posted by ... on", "last updated"); any other is a sentence's ("Page was born on April 22,
# 1923, in Nashville": no date of the page).
_DATE_LINE_WORDS = frozenset(w for label in PUBLICATION_LABELS | UPDATE_LABELS
                             for w in label.split()) | {"last", "date", "time", "first", "filed"}
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _date_line(rest: str) -> bool:
    """Whether the words of a line beside its date make it a date line, not a sentence."""
    return all(w in _DATE_LINE_WORDS for w in _LOWER_WORD.findall(rest))


def _either_way(m: DateMatch) -> bool:
    """Whether a numeric date reads as a day both month first and day first ("11/09/2010":
    9 November in New York, 11 September in London): no evidence of the page's date."""
    return m.rule.name == "numeric-mdy" and int(m.groups["d"]) <= 12 and \
        int(m.groups["m"]) != int(m.groups["d"])


def _dates(doc: Document, published: dt.date | None) -> list[DateMention]:
    return [d for _, d in resolve(DATE_MATCHES(doc), doc.text, doc, published)]


# The document's dates resolved without a publication date (explicit ones only), once: read
# here and by ``extract_dates`` for an article whose date stays unknown.
EXPLICIT_DATES: Fact[list[DateMention]] = Fact("explicit_dates", lambda doc: _dates(doc, None))


def _elections(doc: Document) -> list[re.Match]:
    """The US elections the text names with their year (``_ELECTION``); a first look for the
    word on the lower-cased text (most articles name none)."""
    if "election" not in LOWER_TEXT(doc) and not has_case_fold(doc.text):
        return []  # (a dotless i or a dotted capital I matches an i case-blindly)
    return list(_ELECTION.finditer(doc.text))


def _story_year(doc: Document, named: list[re.Match]) -> tuple[int, list[dt.date]] | None:
    """The story's year and the US election days of that year the text names (``named``: its
    ``_elections``); None when the text names no year.

    The story's year is the latest year the text names outside a future clause ("after losing
    in 2020", "the summer of 2020"; not "plans to run in 2024"), or the year of a US
    presidential, midterm or general election it names."""
    # (the dates are tried from the latest year down, and the first in a past clause gives the
    # latest year: a clause's tense, the dearest test, is read for few of them)
    dated = sorted((d for d in EXPLICIT_DATES(doc) if d.precision in ("year", "month", "season",
                                                                        "day")
                    and 1900 < d.date.year < 2200), key=lambda d: d.date.year, reverse=True)
    years = next(([d.date.year] for d in dated if clause_tense(doc, d.start, d.end) == "past"),
                 [])
    elections = [election_day(int(m.group("y"))) for m in named
                 if int(m.group("y")) % 2 == 0 and
                 clause_tense(doc, m.start(), m.end()) == "past"]
    if not years and not elections:
        return None
    story_year = max(years + [e.year for e in elections])
    return story_year, [e for e in elections if e.year == story_year]


# Precisions of the periods that date a dateline's day when the text states no full date, and
# the words that make a period the far end of a comparison, not the story's time ("the lowest
# since July 2019", "up from March 2023").
_PERIODS = frozenset({"month", "quarter", "season"})
_BOUND_BEFORE = re.compile(r"\b(?:since|from|than|to|until|till|compared\s+(?:with|to))\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)


def _dateline_match(doc: Document) -> DateMatch | None:
    """The month-day date of the document's wire dateline ("HALVERSTON, March 3 (Harbor
    Wire) -"), with or without its year."""
    line = doc.dateline
    if line is None:
        return None
    m = next((m for m in DATE_MATCHES(doc) if line.start <= m.start and m.end <= line.end
              and m.rule.name in ("month-day-year", "day-month-year")), None)
    return None if m is None or "rel" in m.groups else m


def _month_day(m: DateMatch) -> tuple[int, int]:
    return MONTHS[m.groups["mon"].lower()], int(re.match(r"\d+", m.groups["d"]).group())


def dateline_month_day(doc: Document) -> str | None:
    """"MM-DD" of the document's wire dateline ("LONDON, Feb 27 (Reuters) -": "02-27"), the
    day a wire story was filed even when no year can be had for it."""
    m = _dateline_match(doc)
    if m is None:
        return None
    month, n = _month_day(m)
    return f"{month:02d}-{n:02d}"


def _dateline_day(doc: Document) -> dt.date | None:
    """The day of a wire dateline: "WASHINGTON, Nov. 3, 2020 (Reuters) -" as written;
    without its year ("HALVERSTON, March 3 (Harbor Wire) -"), in the year of the latest full
    date the text states outside a future clause ("the storm of March 1, 2025"), or the next
    one when that date lies after the dateline's day in its year (a January dateline on a
    story of late December). With no full date, the latest month, quarter or season the text
    reports with its year does the same ("LONDON, Jan 5 (AP) - ... shrank in the fourth
    quarter of 2023": 5 January 2024), unless it is the far end of a comparison ("the lowest
    since July 2019"). Years named alone are no evidence: an article names past years
    ("since 1972", "the FTSE ended 2023 up 4%") more often than its own; with nothing else
    the date stays unknown (never the clock's year)."""
    m = _dateline_match(doc)
    if m is None:
        return None
    month, n = _month_day(m)
    if "y" in m.groups:
        return day(int(m.groups["y"]), month, n)
    stated = [d.date for d in EXPLICIT_DATES(doc) if d.precision == "day" and
              d.anchor == "absolute" and clause_tense(doc, d.start, d.end) != "future"]
    by_period = not stated
    if by_period:  # the months and quarters the text reports ("in February 2024")
        stated = [d.date for d in EXPLICIT_DATES(doc) if d.precision in _PERIODS and
                  d.anchor == "absolute" and not _BOUND_BEFORE.search(
                      doc.text, max(0, d.start - 16), d.start) and
                  clause_tense(doc, d.start, d.end) == "past"]
    if not stated:
        return None
    latest = max(stated)
    found = day(latest.year, month, n)
    if found is not None and found < latest:
        found = day(latest.year + 1, month, n)
    line = doc.dateline
    assert line is not None  # the match lies in it
    if by_period and found is not None and not _weekday_fits(doc, line.end, found):
        return None
    return found


_LEAD_WEEKDAY = re.compile(r"\b(?P<w>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")


def _weekday_fits(doc: Document, start: int, found: dt.date) -> bool:
    """Whether the weekday the lead names ("... on Wednesday") is the dateline's day or the
    day before it, as wire copy writes them; True when the lead names none."""
    sentence = doc.sentence_at(start)  # the dateline's own sentence: the lead is the next
    lead = doc.next_sentence(sentence) if sentence is not None else None
    end = lead.end if lead is not None else min(len(doc.text), start + 300)
    m = _LEAD_WEEKDAY.search(doc.text, start, end)
    if m is None:
        return True
    return (found.weekday() - WEEKDAYS[m.group("w").lower()]) % 7 in (0, 1)


def _latest_reported_day(doc: Document) -> dt.date | None:
    """The latest day the text reports as past, its year taken from the text (the story's
    year, ``_story_year``).

    Month-days without a year ("on Nov. 3") are read in that year (resolved against its last
    day, so past clauses stay in it), and a weekday reported after the latest such day ("As of
    Wednesday evening") moves to its next occurrence. Needs at least one day: a year alone
    gives no date."""
    elections = _elections(doc)
    if not elections and not any(m.rule.name in _REPORTING_ROWS for m in DATE_MATCHES(doc)):
        return None  # a first look: no day can be had (most undated texts state none)
    story = _story_year(doc, elections)
    if story is None:
        return None
    story_year, days = story
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
        if _AS_OF.search(doc.text, max(0, w.start - 8), w.start):
            latest += dt.timedelta(days=(w.date.weekday() - latest.weekday()) % 7)
    return latest
