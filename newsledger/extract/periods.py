"""When a numeric claim counts what it counts: its ``period`` (claims table), and whether a
count is a running total (``newsledger.extract.measures`` reads what it counts).

The period is the TimeML value of a date expression that scopes the number: one opening its
sentence ("In 2023, ..."), or one within a few words of it in the same clause, introduced by
"as of" / "as at" / "by" (any precision) or of year, quarter, season, month or week
precision ("£2.1bn in 2024"). A period phrase the date extractor could not resolve (no
publication date: "last year's profit") scopes the measure instead ("profit (last year)"), so
"last year" and "this year" are never compared. Running totals (spending, money raised) are
compared only with a period.

Method: the article's dates (sorted by start) near the number, in its clause; else the phrases
of ``newsledger.lexicon.measures.RELATIVE_PERIODS`` read on the lower-cased window.

Limits: a period stated in an earlier sentence is not carried over; a measure's time is only
what its sentence says, so one running total reported on two days can still be compared.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence

from newsledger.lexicon.measures import PERIOD_AS_OF, RELATIVE_PERIODS, RUNNING_CUES
from newsledger.lexicon.time import MONTHS
from newsledger.records import DateMention

from .measures import CLAUSE_MARK
from .patterns import CASE_FOLDS, has_case_fold, trie_alternation, word_start_alternation
from .patterns import literal_alternation as _alt

_COARSE = frozenset({"year", "quarter", "season", "month", "week", "decade"})
# Full month names ("march", not "mar"), but "may": a phrase "may" is rarely the month.
_MONTHS = frozenset(m for m, n in MONTHS.items()
                    if m == max((k for k, v in MONTHS.items() if v == n), key=len)) - {"may"}
_RELATIVE_LAST = frozenset(p.split()[-1] for p in RELATIVE_PERIODS)
_AS_OF_BEFORE = re.compile(rf"\b(?:{_alt(PERIOD_AS_OF)})\s+(?:the\s+)?$")
_RELATIVE = re.compile(rf"(?i)\b(?P<p>{_alt(RELATIVE_PERIODS)})\b")
# The same on lower-cased text, and a first look for the phrases' last words: case-blind
# patterns are slow. Characters that match a letter case-blindly but lower-case to another
# character (long s, Kelvin sign, dotted and dotless I) send a window to ``_RELATIVE``.
_RELATIVE_LOWER = re.compile(rf"(?P<p>{word_start_alternation(RELATIVE_PERIODS)})\b")
_RELATIVE_HINT = re.compile(trie_alternation(_RELATIVE_LAST))  # (a trie: twice as fast)
_CASE_FOLDS = CASE_FOLDS
# "Clinton now has at least 723 delegates": a running total at the time of writing.
_RUNNING = re.compile(rf"(?i)\b(?:{_alt(RUNNING_CUES)})\b[^.;:!?,]{{0,40}}$")
_NEAR = 40  # characters between a number and the date or period phrase that scopes it
# Words between a change and a date after it that make the date the change's base, not its
# period ("up 14% from a year earlier", "up 5% on the year", "down 2% on last year").
_BASE_BEFORE = re.compile(r"(?i)\b(?:from|on|than|compared\s+(?:with|to)|against|versus)\s+"
                          r"(?:the\s+)?$")
_OPENING = re.compile(r"[\"“‘(]?(?i:(?:as of|as at|by|in|during|for|over|throughout|since|"
                      r"until|through|at the end of|at the start of)\s+)?(?:the\s+)?")


def period_of(text: str, s: int, e: int, vs: int, ve: int, dates: Sequence[DateMention],
              date_starts: Sequence[int], today: dt.date | None = None,
              phrases: bool = True, change: bool = False) -> tuple[str | None, str | None]:
    """(period, unresolved phrase) of the claim text[vs:ve] in the clause text[s:e]: the
    TimeML value of the date expression that scopes it (opening the sentence, "In 2004, ...",
    or within a few words of the number in the same clause: "last year's profit of £2bn",
    "£2bn in the first quarter"), else a period phrase left unresolved ("last year"), else
    (None, None). ``dates`` are sorted by start. An "as of" day that is ``today`` (the
    publication date) is the time of writing, not a period: such a figure is compared with
    the figures other articles state without one. With ``phrases`` False, no unresolved
    phrase is looked for (a number with no measure: the phrase would scope nothing). With
    ``change`` (the claim is a rise or a fall), a date after it that it is measured from is its
    base, not its period ("up 14% from a year earlier", "up 5% on the year")."""
    best = None
    i = bisect_left(date_starts, s)
    while i < len(dates) and dates[i].start < e:
        d = dates[i]
        i += 1
        if d.end > e:
            break
        if d.precision not in _COARSE:  # a day or a time: only after "as of", "by" ...
            if _AS_OF_BEFORE.search(text[max(s, d.start - 12):d.start].lower()) is None:
                continue
            if d.precision == "day" and today is not None and d.date == today:
                continue  # "as of Wednesday evening" written that Wednesday: the time of
                #           writing, as for a figure stated with no period (as_of_date keeps
                #           the day)
        between = text[d.end:vs] if d.end <= vs else text[ve:d.start]
        if change and d.start >= ve and _BASE_BEFORE.search(between):
            continue  # "up 14% from a year earlier": what the change is measured from
        if (len(between) > _NEAR or CLAUSE_MARK.search(between)) and not (
                d.end <= vs and _OPENING.fullmatch(text, s, d.start)):
            continue  # not attached to the number (nor opening its sentence): another
            #           clause's date
        distance = abs(d.start - vs)
        if best is None or distance < best[0]:
            best = (distance, d.value)
    if best is not None:
        return best[1], None
    if not phrases:
        return None, None
    lo, hi = max(s, vs - _NEAR - 40), min(e, ve + _NEAR + 40)
    window = text[lo:hi].lower()
    if not _RELATIVE_HINT.search(window):  # a cheap first look
        return None, None
    if len(window) == hi - lo and not has_case_fold(window):
        # a phrase cannot start the window when a word runs into it (the "\b" of _RELATIVE)
        first = 1 if lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_") else 0
        found = ((lo + m.start(), lo + m.end(), m.group("p"))
                 for m in _RELATIVE_LOWER.finditer(window, first))
    else:
        found = ((m.start(), m.end(), m.group("p").lower())
                 for m in _RELATIVE.finditer(text, lo, hi))
    for ms, me, phrase in found:
        if ms < ve and vs < me:
            continue  # the quantity itself ("jailed for a year")
        between = text[me:vs] if me <= vs else text[ve:ms]
        if len(between) > _NEAR or CLAUSE_MARK.search(between):
            continue
        if change and ms >= ve and _BASE_BEFORE.search(between):
            continue  # "up 5% on the year": the change's base
        if phrase in _MONTHS and not text[ms].isupper():
            continue  # "march", "may": words, not months
        j = bisect_left(date_starts, ms + 1) - 1
        if j >= 0 and dates[j].start <= ms < dates[j].end:
            continue
        return None, phrase
    return None, None


def running_total(text: str, s: int, vs: int) -> bool:
    """Whether the count at ``vs`` is a running total at the time of writing ("Clinton now
    has at least 723 delegates", ``RUNNING_CUES`` in its clause before it)."""
    lo = max(s, vs - 60)
    return text.find("now", lo, vs) >= 0 and _RUNNING.search(text, lo, vs) is not None
