"""Date expressions and their TimeML values; publication-date inference.

Method: one pass of the rule table's patterns over the document (``patterns.RULES``, found by
``matching``: leftmost match, no overlaps; kept on the document as ``DATE_MATCHES``), then
normalisation (``resolve``: each row names its normaliser, in ``explicit``, ``relative``,
``days`` and ``codes``).
Explicit dates are resolved on their own (``anchor=absolute``); relative ones ("Wednesday
morning", "last week", "July 4 this year", "two years ago", "the third quarter") against the
publication date (``anchor=publication``), or against the text's own reference point when it
moves it ("the next day", "the following year", "the year-ago quarter": ``anchor=narrative``).
Without a publication date relative expressions are left out: the clock is never used. An
article without one gets it from its text (``publication``), which reads the same matches.

A date without its year (a weekday, "Nov. 4", "in March", "the third quarter") takes the tense
of its clause (``tense``), read on the ``Document``'s sentences: the clause is cut at
punctuation and at words that open clauses ("that", "which", "when" ...), and the tense marker
nearest the date decides: a future marker ("will", "is scheduled to", "expects to",
"effective", a clause opened by "if", a scheduled present such as "visits" outside headlines)
or a past form ("was", "announced", "has received"); a future seen from the past ("was planning
to", "had been due to") decides nothing, and a fronted date ("On Tuesday, ...") reads the
clause after it; other clauses of the sentence can only say "past". Past: the most recent such
day or period on or before the publication date; future: the next one; no marker: the one
nearest the publication date (a weekday: the most recent; a month: this year's unless it is
still ahead). "last February" is the February of last year when said in March (one would say
"last month"), "this September" the one of the publication year, "by February" a deadline
ahead; a span of months shares its year ("between March and May 2024"; "from November to
February" ends in the February after); a day without its year takes a year its sentence has
just named, with no report between ("flooded in 2019, when it crested on June 14"); a future
seen from the past in a reported sentence still looks ahead ("the river was expected to crest
on Monday, officials said"); a past clause may name next month ("said it had warned buyers of a
cut in June", said in May), and a month with the figures published for it ("data for April",
"the August unemployment figures") is one already begun. A future clause names no month-day
more than 30 days behind publication ("will step down on 1 April" said in mid-May is next
year's). A scheduled present reads ahead after a name, a pronoun or a noun subject ("the team
plays", "the two leaders meet", "He and Arafat meet"). "the previous Friday", "the following
Monday" count from the last day named; "overnight" is the night of that day (else of the day
before publication); a weekday after a word that names it ("Black Friday", "Super Tuesday") and
weekdays before a plural part of the day ("on Monday and Tuesday nights") are no day. A season
alone ("in winter", "the early summer", "by late autumn", but not "summer camps") is the latest
begun by publication, or the next in a future clause. "over the past year" is last year ("the
past month", "the past decade" are durations).

Limits: English only; times of day are folded into their day (no TIME values), durations and
sets ("each Thursday", TimeML DURATION/SET) are left out; a weekend is TimeML's weekend of its
ISO week ("2020-W45-WE", precision week); a half year ("2020-H2") only with its year ("the
second half of 2020", "the first two quarters of next year": a bare "second half" is as often a
game's); numeric dates are read month first (US style); a year alone is a date unless a name
or an all-caps word comes right before it ("KANYE 2024", "Windows 2000"; but "Conference
2010") or it is part of a number, code, handle or address; years before 1500 count only after
a preposition ("in 1066") or as the year of a full date ("12 March 1215", "October 1187"; not
"May 12, 1400 troops"), and spelled-out years too unless they begin with "nineteen"
("nineteen ninety-six") or follow a month or "the year" ("January nineteen ninety-seven", "the
year two thousand"). The value of a modified period ("mid-1996", "the end of the month") is
the period's. A bare weekday is read against the publication date even in a paragraph about an
older date (trying the narrative there made TimeBank worse). An ordinal day ("on the 15th")
is a day of the month the text named in the 400 characters before it (with none named, of
the month of publication or the one before or after, by the clause's tense), after a word that
introduces a day ("on", "by", "until", "and" ...), and never in a sentence about holes,
laps, floors, ranks or centuries. British forms: "Tuesday week" and "a week on Tuesday" are
the Tuesday after the coming one, "a week last Tuesday" the one before last Tuesday; "Saturday
8th" is the 8th that falls on a Saturday in the month of publication or the one before or
after (none there: no day); "bank holiday Monday" ("the August bank holiday", "the Easter bank
holiday weekend") is England and Wales's usual bank holiday Monday (Easter Monday, the first
and the last Monday of May, the last of August; years that moved one are not known). A decade
joined to one ("the 1960s and 70s") is of its century. Centuries ("the 19th century", TimeML
"18"; "the 1800s", "the early 1900s") are no date rows: the table's precisions stop at decade,
and a century is not one. A span of years gives both ends ("2015-2020"; "the 2023-24
season", "the 2024-25 financial year": a two-digit end only before a word of a season or a
fiscal year), as "from 2019 to 2021" does; "FY2025" is the year 2025, "H1 2025" 2025-H1, and
"the year to March 2025" (no calendar period) the month it ends in, as of which its figures
are, as "the year ended Sept. 30" is that day. A
day that names what happened on it is that day ("the September 11 attacks", "the Jan. 6
committee"), and feasts are days (Easter, Easter Monday, Good Friday, Super Bowl Sunday; "the
Easter weekend" is the weekend of Easter Sunday).
"""
from __future__ import annotations

import datetime as dt

from newsledger.records import DateMention
from newsledger.rules import RuleTable, register
from newsledger.text import Document

from .calendar import election_day
from .matching import _COMBINED, DATE_MATCHES, _matches  # noqa: F401 (the tests compare the two)
from .patterns import RULES
from .publication import EXPLICIT_DATES, infer_publication_date
from .resolve import resolve

__all__ = ["DATE_MATCHES", "RULES", "election_day", "extract_dates", "infer_publication_date"]


def extract_dates(doc: Document, published: dt.date | None) -> list[DateMention]:
    """Every date expression of the document with its value (see the module docstring)."""
    if published is None:  # resolved so while inferring the publication date, maybe
        return list(EXPLICIT_DATES(doc))
    return [d for _, d in resolve(DATE_MATCHES(doc), doc.text, doc, published)]


EXAMPLES_PUBLISHED = dt.date(2020, 11, 4)  # a Wednesday: the publication date of the examples


def _apply(text: str) -> list[tuple[str, object]]:
    """What each row gives for an example's text: (row, value) and (row, (value, rule))."""
    doc = Document(text)
    found = resolve(DATE_MATCHES(doc), text, doc, EXAMPLES_PUBLISHED)
    return [pair for row, d in found
            for pair in ((row.name, d.value), (row.name, (d.value, d.rule)))]


register(RuleTable("dates", RULES, _apply))
