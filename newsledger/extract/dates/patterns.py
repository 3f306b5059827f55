"""The date rules as data: one row per pattern, with the words it can begin with, the
normaliser that turns its match into values (``resolve.NORMALISERS``), the guards that veto it,
and examples (HeidelTime's rule files are the model: pattern, normalisation and example side by
side). The examples run as tests (``tests/test_rule_examples.py``) against a publication date of
Wednesday 4 November 2020: an ``Example(text, value)`` holds when the row gives ``value`` for
``text`` (or ``(value, rule)``, naming the ``dates.rule`` id the release shows), an
``Example(text, None)`` when the row gives nothing.

Rows are tried in order at each word (leftmost match, no overlaps): a longer form comes before
the shorter forms it contains ("March 3 to 5" before "March 3", "March 2019" before "March").
"""
from __future__ import annotations

from dataclasses import dataclass

from newsledger.lexicon.time import (COUNT_HEDGES, COUNT_WORDS, DAY_PART_DEIXIS, DAY_PARTS,
                                     DECADE_WORDS, FLOATING_HOLIDAYS, HOLIDAYS, MONTHS,
                                     NARRATIVE_DAYS, NARRATIVE_STEPS, RELATIVE_DAYS, SEASONS,
                                     WEEKDAYS)
from newsledger.rules import Example, Rule

from .pieces import (_BARE_Q, _CLOCK, _COUNT, _DAY, _DAY_END, _FULL_YEAR, _GAP, _MOD, _MOD_WORDS,
                     _MONTH, _MONTHS_TO, _NOT_A_COUNT, _ORDINAL_END, _PART, _QUARTER_WORD, _SEASON_AFTER_PREP,
                     _SEASON_END, _SPELLED, _SPELLED_19, _THE_MODIFIERS, _WEEKDAY, _YEAR, _ZONE,
                     _BANK_HOLIDAY_AFTER, _alt, _first_words, _title)

@dataclass(frozen=True, kw_only=True)
class DateRule(Rule):
    """A date pattern and how its match becomes values.

    ``firsts``: the lower-case words a match can begin with ("0" for a digit or an
    apostrophe); matching tries, at each word, only the rows that can begin with it.
    ``normalise``: the name of its normaliser (``resolve.NORMALISERS``), which may give the
    ``dates.rule`` ids listed in ``gives`` (the row's own name when empty).
    ``guards``: named predicates (``resolve.GUARDS``) that veto a match before it is normalised.
    ``relative``: it needs the publication date (without one it gives nothing)."""

    pattern: str
    firsts: frozenset[str]
    normalise: str
    gives: tuple[str, ...] = ()
    guards: tuple[str, ...] = ()
    relative: bool = False


R = DateRule
E = Example
RULES: tuple[DateRule, ...] = (
    R(name="iso-date", normalise="numeric_day", firsts=frozenset({"0"}),
      pattern=rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
      examples=(E("The filing is dated 2019-06-30.", "2019-06-30"),
                E("Part number 2019-13-30 is out of stock.", None))),
    R(name="numeric-mdy", normalise="numeric_day", firsts=frozenset({"0"}),
      pattern=rf"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?:(?P<y>{_YEAR})|"
              r"(?P<yy>\d\d))\b(?!/)",
      examples=(E("Both parties signed on 3/15/2018.", "2018-03-15"),
                E("The form, dated 7/8/07, was lost.", "2007-07-08"),
                E("See the file at 3/15/2018/notes.", None))),
    R(name="numeric-dmy", normalise="numeric_day", firsts=frozenset({"0"}),
      pattern=rf"\b(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>{_YEAR})\b(?!/)",
      examples=(E("Last updated 13:26 14/09/2013", "2013-09-14"),
                E("The lease ran out on 31/1/2022.", "2022-01-31"),
                E("Both parties signed on 3/15/2018.", None),  # month first: numeric-mdy
                E("Box 32/12/2019 of the archive was empty.", None))),
    R(name="day-range", normalise="day_range", firsts=frozenset(MONTHS),
      pattern=rf"\b{_MONTH.format(g='mon')}\s+(?P<d>{_DAY})\s*(?:-|–|to|through|and|or)\s*"
              rf"(?P<d2>{_DAY}){_DAY_END}(?:,?\s+(?P<y>{_YEAR})\b)?",
      examples=(E("The book fair runs from March 3 to 5, 2019.", "2019-03-03"),
                E("The book fair runs from March 3 to 5, 2019.", "2019-03-05"),
                E("Her lead shrank from May 9 to 2 points.", None))),
    # (a score before a day and month is that day: "a 30-7 October loss" reads as the
    # day-month-year row reads "7 October", and gives what it gives)
    R(name="day-range-dmy", normalise="day_range", firsts=frozenset({"0", "the"}),
      gives=("day-range", "day-month-year", "month-day-deictic-year", "month-day-weekday-year",
             "month-day-infer-year"),
      pattern=rf"(?<![\d.,$£€])\b(?:(?i:the)\s+)?(?P<d>{_DAY})\s*(?:-|–|to|and)\s*"
              rf"(?P<d2>{_DAY})\s+(?:of\s+)?"
              rf"{_MONTH.format(g='mon')}(?:,?\s+(?P<y>{_YEAR})\b)?",
      examples=(E("The festival runs from 5 to 7 June 2019.", "2019-06-05"),
                E("The festival runs from 5 to 7 June 2019.", ("2019-06-07", "day-range")),
                E("Talks were held on 12-14 March.", "2020-03-12"),
                E("Nurses will strike on the 15th and 16th of December.",
                  ("2020-12-15", "day-range")),
                E("Shares rose from $5 to 7 May.", None),
                E("The Lions suffered a 30-7 October defeat.",
                  ("2020-10-07", "month-day-infer-year")))),
    R(name="month-day-year", normalise="month_day", firsts=frozenset(MONTHS) | frozenset(WEEKDAYS),
      gives=("month-day-year", "month-day-deictic-year", "month-day-weekday-year",
             "month-day-infer-year"),
      pattern=rf"(?:\b(?:{_WEEKDAY}),?{_GAP})?\b{_MONTH.format(g='mon')}\s+(?P<d>{_DAY})"
              rf"(?:,?\s+(?P<y>{_FULL_YEAR})\b|(?P<rel>\s+(?:of\s+)?(?i:this|last|next)"
              rf"\s+year)\b)?{_DAY_END}",
      examples=(E("Polls closed on November 3, 2020.", "2020-11-03"),
                E("The siege ended on June 15, 1099, the chronicle says.", "1099-06-15"),
                E("By May 12, 1400 troops had landed.", ("2020-05-12", "month-day-infer-year")),
                E("The show aired on Saturday, Oct. 24.", ("2020-10-24", "month-day-weekday-year")),
                E("She announced it on July 4 this year.",
                  ("2020-07-04", "month-day-deictic-year")),
                E("The mayor spoke on July 22.", ("2020-07-22", "month-day-infer-year")),
                E("Flights will resume on Feb. 6.", ("2021-02-06", "month-day-infer-year")))),
    R(name="day-month-year", normalise="month_day",
      firsts=frozenset(WEEKDAYS) | {"0", "the"},
      gives=("day-month-year", "month-day-deictic-year", "month-day-weekday-year",
             "month-day-infer-year"),
      pattern=rf"(?:\b(?:{_WEEKDAY}),?{_GAP})?\b(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?"
              rf"{_MONTH.format(g='mon')}(?:,?\s+(?P<y>{_FULL_YEAR})\b|(?P<rel>\s+(?:of\s+)?"
              rf"(?i:this|last|next)\s+year)\b)?",
      examples=(E("The singer was born 4 November 1977 in Atlanta.", "1977-11-04"),
                E("The cyclist died on 2 October last year.",
                  ("2019-10-02", "month-day-deictic-year")),
                E("The abbey holds a charter dated 12 March 1215.", "1215-03-12"),
                E("The market opened on the 5th of May.", ("2020-05-05", "month-day-infer-year")))),
    R(name="ordinal-day", normalise="ordinal_day", firsts=frozenset({"the"}),
      pattern=rf"\b(?i:the)\s+(?P<od>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{_ORDINAL_END}",
      examples=(E("Bids closed on March 3. The board met on the 15th.", "2020-03-15"),
                E("Talks begun on 2 June 2022 broke down on the 9th, union officials said.",
                  ("2022-06-09", "ordinal-day")),
                E("The council met in March. On the 12th it voted to close.", "2020-03-12"),
                E("Nominations close on the 24th.", ("2020-11-24", "ordinal-day")),
                E("Police were called to the house on the 2nd.", "2020-11-02"),
                E("Police were called to the house on the 20th.", "2020-10-20"),
                E("She birdied the 15th.", None),
                E("Born in Leeds, he was the 3rd.", None))),
    R(name="half", normalise="half", firsts=frozenset({"the", "first", "second", "last", "latter",
                                                       "0"}),
      pattern=rf"\b(?i:the\s+)?(?:(?P<h>first|second|1st|2nd|last|latter)\s+half|"
              rf"(?P<hq>first|last)\s+two\s+quarters)(?:\s+of\s+(?:(?P<y>{_YEAR})|"
              r"(?P<hdeixis>this|last|next)\s+year))?\b",
      examples=(E("Sales slowed in the second half of 2003.", "2003-H2"),
                E("Output will rise in the first two quarters of next year.", "2021-H1"),
                E("The striker scored twice in the second half.", None))),
    R(name="months-to", normalise="months_to", firsts=frozenset({"the"}), pattern=_MONTHS_TO,
      examples=(E("Unemployment fell in the three months to June.", "2020-Q2"),
                E("Profit rose in the six months to 30 June 2019.", "2019-H1"),
                E("Prices rose 4% in the three months to May.", None))),
    R(name="week-of-month", normalise="week_of_month",  # tried at the ordinal, not at "the"
      firsts=frozenset({"first", "second", "third", "fourth", "last", "final"}),
      pattern=r"(?<=\b(?i:the)\s)(?P<wk>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+"
              rf"(?i:of)\s+{_MONTH.format(g='mon')}(?:,?\s+(?P<y>{_YEAR})\b)?",
      examples=(E("Car sales rebounded in the last week of March 2009.", "2009-W13"),
                E("Car sales rebounded in last week's March data.", None),
                E("The strike began in the first week of June.", ("2020-W23", "week-of-month")),
                E("The talks resume in the second week of January.", "2021-W02"))),
    R(name="quarter", normalise="quarter",
      firsts=frozenset({"the", "0", "this", "last", "next", "comparable", "corresponding", "same",
                        "year", "fiscal", "first", "second", "third", "fourth", "final", "q"}),
      gives=("quarter", "quarter-year-ago", "quarter-deictic-year"),
      pattern=rf"\b(?:(?i:the)\s+)?(?:(?P<qy>{_YEAR})\s+|(?P<qdeixis>(?i:this|last|next))\s+"
              rf"year['’]s\s+|(?P<qago>(?i:comparable\s+|corresponding\s+|same\s+)?"
              rf"(?i:year-ago|year-earlier|year\s+ago|year\s+earlier))\s+|(?i:fiscal\s+))?"
              rf"{_QUARTER_WORD.format(g='q')}(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<ydeixis>"
              r"(?i:this|last|next))\s+year|(?P<fy>fiscal\s+\d{4})))?\b|"
              rf"\bQ(?P<q2>[1-4])(?:\s+(?P<y2>{_YEAR})\b|{_BARE_Q})|"
              rf"\b(?P<fq>[1-4])Q\s*(?P<y3>{_YEAR})\b",
      examples=(E("Profits rose in Q3 2019.", "2019-Q3"),
                E("Ticket sales in Q3 were down.", "2020-Q3"),
                E("The Audi Q3 is a small SUV.", None),
                E("Profit rose in the third quarter.", "2020-Q3"),
                E("Net fell in last year's fourth quarter.", ("2019-Q4", "quarter-deictic-year")),
                E("Sales beat the year-ago second quarter.", ("2019-Q2", "quarter-year-ago")))),
    R(name="same-period", normalise="same_period", firsts=frozenset({"the"}),
      pattern=r"\b(?i:the\s+same|the\s+comparable|the\s+corresponding)\s+"
              r"(?P<sunit>(?i:period|month|quarter|week|time))\s+(?:(?i:of|in)\s+)?"
              r"(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+previous\s+year|"
              r"the\s+year\s+before|the\s+prior\s+year|a\s+year\s+ago)\b",
      examples=(E("Car sales fell in January from the same month a year ago.", "2019-01"),
                E("Orders rose against the same period last year.", "2019"),
                E("Hours fell from the same week a year ago.", None))),
    R(name="narrative-quarter", normalise="narrative_quarter",
      firsts=frozenset({"the", "this", "that"}),  # also "the 1988 period"
      gives=("narrative-quarter", "relative-quarter", "year"),
      pattern=r"\b(?P<nq>(?i:the|this|that)\s+(?:(?i:latest|current|same|"
              r"comparable|recent|most\s+recent)\s+)?(?:fiscal\s+)?(?:quarter|"
              r"(?P<period>(?<=latest\s)period|(?<=current\s)period)))"
              r"(?P<nqago>\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|"
              r"last\s+year))?\b(?![-’']|\s+of\b)|"
              rf"\b(?i:the)\s+(?P<npy>{_YEAR})\s+(?P<npu>period|quarter)\b",
      examples=(E("Acme reported third-quarter profit. Sales in the quarter rose.",
                  ("2020-Q3", "narrative-quarter")),
                E("Sales fell in the latest quarter.", ("2020-Q3", "relative-quarter")),
                E("That quarter was a hard one.", None))),
    R(name="ago", normalise="ago", relative=True,
      firsts=frozenset({"0"}) | _first_words(COUNT_HEDGES) | _first_words(COUNT_WORDS),
      gives=("ago-day", "ago-week", "ago-month", "ago-year", "ago-decade", "ago-period",
             "year-ago-quarter", "narrative-year"),
      pattern=rf"\b(?<!-){_COUNT.format(g='n')}[\s-]+"
              r"(?P<unit>(?i:day|week|fortnight|month|year|decade))s?"
              r"(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
      examples=(E("The law passed two years ago.", ("2018", "ago-year")),
                E("He was freed 10 days ago.", ("2020-10-25", "ago-day")),
                E("The bill passed a fortnight ago.", ("2020-10-21", "ago-week")),
                E("He was elected in May 2010 and re-elected five years later.",
                  ("2015", "narrative-year")),
                E("On Feb. 2 he left; a week later he resigned.", ("2020-02-09", "ago-week")),
                E("A week later, he resigned.", None))),
    R(name="year-ago", normalise="year_ago", relative=True,
      firsts=frozenset({"the", "year"}), gives=("year-ago", "year-ago-quarter"),
      pattern=r"\b(?:(?i:the)\s+)?(?P<ya>(?i:year-ago|year-earlier|year\s+ago|"
              r"year\s+earlier))(?:\s+(?P<yaunit>quarter|period|results?|level|figures?|month))?\b",
      examples=(E("Sales rose from the year-ago level.", ("2019", "year-ago")),
                E("Third-quarter profit beat the year-ago period.",
                  ("2019-Q3", "year-ago-quarter")),
                E("Profit topped the year-ago quarter.", None))),
    R(name="month-year", normalise="month_year", firsts=_MOD_WORDS | frozenset(MONTHS),
      gives=("month-year", "month-infer-year"),
      pattern=rf"\b(?:{_MOD})?{_MONTH.format(g='mon')},?\s+(?:of\s+)?(?P<y>{_FULL_YEAR})\b",
      examples=(E("Sales fell in March 2019.", "2019-03"),
                E("The castle fell in October 1187 after a long siege.", "1187-10"),
                E("In March 1200 workers walked out.", ("2020-03", "month-infer-year")),
                E("The plant closed in late June of 1998.", "1998-06"))),
    R(name="month-spelled-year", normalise="month_spelled_year", firsts=frozenset(MONTHS),
      pattern=rf"\b{_MONTH.format(g='mon')},?\s+(?:of\s+)?(?P<sp>{_SPELLED})\b{_NOT_A_COUNT}",
      examples=(E("Kabul, March nineteen ninety-two. The siege began.", "1992-03"),)),
    R(name="year-named", normalise="year_named", firsts=frozenset({"the", "year"}),
      pattern=rf"\b(?i:the\s+)?(?i:year)\s+(?:(?P<sp>{_SPELLED})\b{_NOT_A_COUNT}|"
              rf"(?P<y>{_YEAR})\b(?![\w%,.-]\d))",
      examples=(E("The tax rises before the year two thousand.", "2000"),
                E("It was the year 1968 that changed him.", "1968"))),
    R(name="month-deictic-year", normalise="month_deictic_year", relative=True,
      firsts=_MOD_WORDS | frozenset(MONTHS),
      pattern=rf"\b(?:{_MOD})?{_MONTH.format(g='mon')}\s+(?:of\s+)?"
              r"(?P<mdeixis>(?i:this|last|next))\s+year\b",
      examples=(E("It began in June of last year.", "2019-06"),
                E("Talks resume in early March next year.", "2021-03"))),
    R(name="decade", normalise="decade", firsts=_MOD_WORDS | {"0"},
      pattern=r"(?:\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?P<dec>1[5-9]\d|20\d)0['’]?s\b|"
              r"(?:\bthe\s+)?['’](?P<dec2>\d)0s\b|\b(?i:the)\s+(?:early\s+|mid-?|late\s+)?"
              rf"(?:(?P<dec3>[2-9])0['’]?s|(?P<decw>{'|'.join(DECADE_WORDS)}))\b)"
              r"(?P<also>\s+(?:and|or|to|through)\s+(?P<dec4>[1-9])0s\b)?",
      examples=(E("He rose to fame in the 1990s.", "199"),
                E("The town thrived in the 70s and 80s.", "198"),
                E("Car sales boomed in the 1960s and 70s.", "197"),
                E("Men in their 70s and 80s were hurt.", None),
                E("Rents doubled in the '80s.", "198"),
                E("The mill was built in the late 1800s.", None),
                E("Hate groups grew through the nineties.", "199"),
                E("In his 80s he still ran.", None))),
    R(name="short-year", normalise="short_year", relative=True, firsts=frozenset({"0"}),
      pattern=r"['’](?P<sy>\d\d)\b(?![’']?s\b|[.,]?\d)",
      examples=(E("Stocks fell to their lowest level since '82.", "1982"),
                E("Apple unveiled iLife '11 on stage.", None))),
    R(name="season-year", normalise="season_year",
      firsts=frozenset(SEASONS) | {"the", "0", "early", "late", "mid"},
      pattern=r"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+of\s+"
              rf"(?:(?P<y>{_YEAR})\b|(?P<sp>{_SPELLED})\b{_NOT_A_COUNT}|"
              r"(?P<sdeixis>(?i:this|last|next))\s+year\b)|"
              rf"\b(?P<y2>{_YEAR})\s+(?P<season2>spring|summer|fall|autumn|winter)\b|"
              r"\b(?:(?i:early|late|mid)(?:-|\s+|-\s*))?(?P<season3>(?i:spring|summer|autumn|"
              rf"winter|fall)),?\s+(?P<y3>{_YEAR})\b(?![\w%,.-]\d)",
      examples=(E("It happened in the summer of 2020.", "2020-SU"),
                E("Prices fell in the spring of nineteen eighty-seven.", "1987-SP"),
                E("The 2019 winter was mild.", "2019-WI"),
                E("The law passed in the spring of last year.", "2019-SP"),
                E("The band toured Japan in autumn 2012.", "2012-FA"),
                E("Work starts in late spring 2021.", "2021-SP"))),
    R(name="season", normalise="season_alone", relative=True, guards=("not_a_set",),
      firsts=frozenset(SEASONS) | {"early", "late", "mid"},
      gives=("relative-season",),
      pattern=r"\b(?P<smod>(?i:early|late|mid)(?:-|\s+|-\s*))"
              r"(?P<season>(?i:spring|summer|autumn|winter|fall(?!\s+(?i:in|of|from|to|"
              r"for|below|back|away|by|short|further|sharply)\b)))\b(?![-’']|,?\s+(?:of\s+)?\d)"
              rf"{_SEASON_END}|"
              rf"(?:{_SEASON_AFTER_PREP})"
              r"(?P<season2>(?i:spring|summer|autumn|winter))\b(?![-’']|,?\s+(?:of\s+)?\d)"
              rf"{_SEASON_END}",
      examples=(E("Output slowed in the early summer.", ("2020-SU", "relative-season")),
                E("The bridge will reopen in late autumn.", "2020-FA"),
                E("Snow closed the pass in winter.", "2019-WI"),
                E("She will give a talk in spring.", "2021-SP"),
                E("A late fall in shares hurt the fund.", None),
                E("The group plays in summer camps.", None))),
    R(name="holiday", normalise="holiday",
      firsts=frozenset({"u", "us", "american", "election"})
      | _first_words(list(HOLIDAYS) + list(FLOATING_HOLIDAYS)),
      pattern=r"\b(?:(?:U\.?S\.?|American)\s+)?(?P<hol>Election\s+day|election\s+day|"
              rf"{_alt([_title(h) for h in list(HOLIDAYS) + list(FLOATING_HOLIDAYS)], '')})"
              rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
      examples=(E("He will fly home on Christmas Eve.", "2020-12-24"),
                E("The store opened on Thanksgiving 2019.", "2019-11-28"),
                E("Shops ran out of Christmas trees.", None),
                E("Fireworks will be banned on Bonfire Night.", "2020-11-05"),
                E("Flags flew on St George's Day.", "2020-04-23"),
                E("Wreaths will be laid on Remembrance Sunday.", "2020-11-08"))),
    R(name="narrative-day", normalise="narrative_day",
      firsts=_first_words(NARRATIVE_DAYS), gives=("narrative-day", "day-after-event"),
      pattern=r"\b(?i:" + "|".join(NARRATIVE_DAYS) + r")\b(?!\s+(?i:yesterday|tomorrow))|"
              r"\b(?<=(?i:end|for) )(?P<theday>(?i:the)\s+day)\b(?!['’-])|"
              r"\b(?<=(?i:ended) )(?P<theday2>(?i:the)\s+day)\b(?!['’-])|"
              r"\b(?<=(?i:ending|finish) )(?P<theday3>(?i:the)\s+day)\b(?!['’-])",
      examples=(E("On July 22, 2020, he held a rally. The next day he cancelled it.",
                  "2020-07-23"),
                E("The day after the election, we meet.", ("2020-11-04", "day-after-event")),
                E("Rebels took the town on March 1, 2013. The next morning troops fled.",
                  "2013-03-02"),
                E("The vote was on March 3, 2019. That night he quit.", "2019-03-03"),
                E("He slept badly the night before the vote.", None),
                E("On May 2, 2019 he fled. The day before Smith's trial he had hidden.", None),
                E("On May 2, 2019 he fled. The night before she testified he hid.", None),
                E("The index fell the day after falling 250 points.", None))),
    R(name="narrative-unit", normalise="narrative_unit", firsts=frozenset({"the", "that"}),
      gives=("narrative-year", "narrative-month", "narrative-week"),
      pattern=rf"\b(?i:the)\s+(?P<step>{'|'.join(NARRATIVE_STEPS)})\s+"
              r"(?P<nunit>week|month|year)\b|\b(?P<that>(?i:that))\s+"
              r"(?P<nunit2>year|month|week)\b",
      examples=(E("On May 22, 1995, he was promoted. The following year he left.", "1996"),
                E("The vote was on March 3, 2015; later that week he quit.", "2015-W10"),
                E("In March the firm hired advisers. The following month it sold.", "2020-04"),
                E("The following year he left.", None))),
    R(name="relative-unit", normalise="relative_unit", relative=True,
      firsts=_MOD_WORDS | {"earlier", "later", "this", "last", "next"},
      gives=("relative-year", "relative-month", "relative-week", "relative-weekend",
             "relative-quarter", "relative-decade", "relative-season"),
      pattern=rf"\b(?P<mod>{_MOD})?(?P<deixis>(?i:earlier\s+this|later\s+this|this\s+past|"
              r"this\s+coming|this|last|next|the\s+past|the\s+current|the\s+coming|"
              r"the\s+full|the))\s+(?:(?i:fiscal|calendar)\s+)?(?P<unit>week(?:end)?|"
              r"month|year|quarter|decade|spring|summer|fall|autumn|winter)\b"
              rf"(?!-|{_BANK_HOLIDAY_AFTER})|"
              r"\b(?i:earlier|later|early|late)\s+in\s+(?P<indeixis>the)\s+"
              r"(?P<inunit>year|month|week)\b",
      examples=(E("Sales grew last year.", ("2019", "relative-year")),
                E("The store opens next month.", ("2020-12", "relative-month")),
                E("Turnout rose last week.", ("2020-W44", "relative-week")),
                E("Officials met over the weekend.", ("2020-W44-WE", "relative-weekend")),
                E("Rain delayed work earlier in the year.", "2020"),
                E("Prices have doubled over the past year.", ("2019", "relative-year")),
                E("Rents have doubled over the past month.", None),
                E("The plan will cost $4bn over the next decade.", None),
                E("Wages fell behind prices in the last decade.", None))),
    R(name="year-end", normalise="year_end", relative=True, firsts=frozenset({"year", "the"}),
      pattern=r"\b(?i:year[-\s]end|year['’]s\s+end|the\s+end\s+of\s+the\s+year)\b",
      examples=(E("Rates will be cut by year-end.", "2020"),)),
    R(name="day-part", normalise="day_part", relative=True,
      firsts=_first_words(DAY_PART_DEIXIS) | {"tonight", "overnight"},
      pattern=rf"\b(?P<pdeixis>{_alt(DAY_PART_DEIXIS)})\s+(?P<dpart>{_alt(DAY_PARTS)})\b|"
              r"\b(?P<tonight>(?i:tonight|overnight))\b",
      examples=(E("Rebels attacked last night.", "2020-11-03"),
                E("Troops arrived this morning.", "2020-11-04"),
                E("Shelling went on overnight.", "2020-11-03"),
                E("He fled on Oct. 30 and hid overnight in a barn.", "2020-10-30"),
                E("He ran last morning.", None),
                E("The singer will appear on The Tonight Show.", None))),
    R(name="relative-day", normalise="relative_day", relative=True,
      firsts=frozenset(RELATIVE_DAYS) | {"the"}, gives=("relative-day", "relative-day-quoted"),
      pattern=r"\b(?P<rd2>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))\b|"
              r"\b(?P<rd>(?i:today|tonight|yesterday|tomorrow))\b(?!['’]s\s+(?:world|"
              r"society|standards|economy|generation|youth|children|market|terms))",
      examples=(E("The show aired yesterday.", "2020-11-03"),
                E("It happened the day before yesterday.", "2020-11-02"),
                E('On Nov. 3, he tweeted: "Today I am voting."', ("2020-11-03",
                                                                   "relative-day-quoted")),
                E("A reporter for USA Today asked him.", None),
                E("She told the BBC's Today programme she would stay.", None),
                E("Asked on the Today show, he said it was over.", None),
                E("They build the cars of tomorrow.", None),
                E("She presented Tomorrow's World for years.", None))),
    # a British week after a weekday: "Tuesday week", "a week on Tuesday" (the Tuesday after
    # the coming one), "a week last Tuesday" (the one before last Tuesday)
    R(name="weekday-week", normalise="weekday_week", relative=True, guards=("not_a_set",),
      firsts=frozenset(WEEKDAYS) | {"a"}, gives=("weekday-future", "weekday-past"),
      pattern=rf"\b(?P<wd>{_WEEKDAY})\s+week\b(?![-'’]|\s+(?:\d|(?i:one|two|three|four|five|"
              r"six|of|in|long|old|after|out)\b))|"
              rf"\b(?i:a\s+week)\s+(?P<wkdir>(?i:on|last))\s+(?P<wd2>{_WEEKDAY})\b",
      examples=(E("The vote will be held on Tuesday week.", ("2020-11-17", "weekday-future")),
                E("The vote will be held a week on Tuesday.", "2020-11-17"),
                E("The case opens on Wednesday week.", "2020-11-11"),
                E("He was freed a week last Friday.", ("2020-10-23", "weekday-past")),
                E("On Tuesday week two of the trial began.", None),
                E("It was a Monday Week in the diary.", None))),
    # a weekday and a day of the month without it: "Saturday 8th", "Friday the 13th"
    R(name="weekday-ordinal", normalise="weekday_ordinal", relative=True,
      guards=("not_a_set", "named_day"), firsts=frozenset(WEEKDAYS),
      gives=("weekday-ordinal",),
      pattern=rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:(?i:the)\s+)?(?P<od>[12]\d|3[01]|0?[1-9])"
              rf"(?:st|nd|rd|th)\b{_ORDINAL_END}",
      examples=(E("The film opens on Friday 13th.", "2020-11-13"),
                E("Doors opened on Saturday the 31st, organisers said.", "2020-10-31"),
                E("The final is on Sunday 29th.", "2020-11-29"),
                E("The fair ends on Monday 30th.", "2020-11-30"),
                E("Polls close on Tuesday 31st.", None))),
    # England and Wales's bank holiday Mondays (Easter Monday, the first and the last Monday of
    # May, the last of August) and the weekends before them
    R(name="bank-holiday", normalise="bank_holiday", relative=True,
      firsts=frozenset({"bank", "easter", "may", "spring", "summer", "august"}),
      pattern=r"\b(?:(?P<bhname>(?i:easter|may|spring|summer|august))\s+)?(?i:bank\s+holiday)"
              r"(?:\s+(?P<bhday>(?i:monday|weekend)))?\b",
      examples=(E("Crowds flocked to the coast on bank holiday Monday.", "2020-08-31"),
                E("Queues formed on August bank holiday Monday.", "2020-08-31"),
                E("The fair returns on May bank holiday Monday.", "2021-05-03"),
                E("Roads will be busy over the Easter bank holiday weekend.", "2021-W13-WE"),
                E("The weather was wet for the summer bank holiday.", "2020-08-31"),
                E("Banks close on bank holidays.", None),
                E("Monday will be a bank holiday.", None))),
    R(name="weekday", normalise="weekday", relative=True, guards=("not_a_set", "named_day"),
      firsts=frozenset(WEEKDAYS) | {"last", "next", "this", "early", "late", "previous",
                                    "preceding", "following"},
      gives=("weekday-past", "weekday-future", "weekday-narrative"),
      pattern=rf"\b(?:(?P<wdeixis>(?i:last|next|this|this\s+past|this\s+coming|early|late))\s+|"
              r"(?<=\b(?i:the)\s)(?P<wstep>(?i:previous|preceding|following))\s+)?"
              rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?\b",
      examples=(E("The rapper tweeted on Tuesday.", ("2020-11-03", "weekday-past")),
                E("Talks failed on Oct. 8, a Thursday, after a long night.",
                  ("2020-10-08", "weekday-narrative")),
                E("Talks failed on Oct. 8; the previous Monday had gone well.",
                  ("2020-10-05", "weekday-narrative")),
                E("The index closed up 2% from the previous Friday.", "2020-10-30"),
                E("He landed on June 3 and left the following Sunday.", "2020-06-07"),
                E("The rapper will tweet on Tuesday.", ("2020-11-10", "weekday-future")),
                E("Markets stay closed until Friday.", ("2020-11-06", "weekday-future")),
                # a present perfect sets up a period that runs ahead
                E("The union has called a strike from Tuesday until Friday.",
                  ("2020-11-10", "weekday-future")),
                E("The road has been closed since Monday.", ("2020-11-02", "weekday-past")),
                E("Flights leave each Thursday.", None),
                E("Two flights leave on Monday and Tuesday nights from March 30.", None),
                E("Shoppers queued for Black Friday deals.", None),
                E("Rangers lost 3-0 to Sheffield Wednesday.", None),
                E("Sheffield Wednesday lost, but Wednesday scored first.", None),
                E("Sheffield Wednesday lost at home on Wednesday.", ("2020-11-04", "weekday-past")),
                E("She told the Sunday Times she would stay.", None),
                E("He wrote a column for the Mail on Sunday.", None),
                E("Fans watched Monday Night Football in the bar.", None),
                E("The pair spoke on Sunday Politics about the vote.", None),
                E("It was a good Friday for the markets.", "2020-10-30"),
                E("He and the union leader meet again Tuesday.", "2020-11-10"),
                E("Leeds, who play Norwich on Sunday, are second.", "2020-11-08"),
                E("Albion, who have won five of their last six, travel to Hull on Tuesday.",
                  "2020-11-10"),
                E("Residents had less than an hour to grab pets on Monday.", "2020-11-02"),
                E("Hobbs is due to appear before Bristol magistrates on Friday.", "2020-11-06"),
                E("He left before the vote on Monday.", "2020-11-02"))),
    R(name="clock", normalise="clock", relative=True,
      firsts=frozenset({"at", "around", "about", "by", "before", "after", "until", "from",
                        "since", "shortly", "0", "noon", "midnight", "midday"}),
      gives=("clock-time", "clock-weekday"),
      pattern=rf"\b(?:(?P<cprep>(?i:at|around|about|by|before|after|until|from|since|"
              rf"shortly\s+after|shortly\s+before))\s+)?(?P<clk>{_CLOCK.format(g='ampm')})"
              rf"{_ZONE.format(g='zone')}(?:,?\s+(?:(?i:on)\s+)?(?P<cwd>{_WEEKDAY})"
              r"(?!,?\s+(?:(?i:the)\s+)?\d))?(?!\w)",  # "Saturday 7th" is a day row's
      examples=(E("The offer expires at noon Friday.", ("2020-11-06", "clock-weekday")),
                E("A warning has been issued from 6pm on Friday until noon on Saturday.",
                  ("2020-11-06", "clock-weekday")),
                E("The minister has been suspended until midday on Friday.",
                  ("2020-11-06", "clock-weekday")),
                E("At 0800 UTC, the central banks acted.", ("2020-11-04", "clock-time")),
                E("Kick-off is at 3pm on Saturday 7th.", ("2020-11-07", "clock-time")),
                E("The polls open at 7am on Thursday 6 May 2021.", ("2021-05-06", "clock-time")),
                E("He ran the mile in 3:45 flat.", None))),
    R(name="month-alone", normalise="month_alone", relative=True, guards=("not_a_set",),
      firsts=frozenset({"in", "since", "until", "till", "by", "during", "through", "throughout",
                        "for", "from", "before", "after", "between", "of", "on", "to", "and",
                        "or", "as", "early", "late", "mid", "last", "next", "this", "the"})
      | frozenset(MONTHS),
      gives=("month-infer-year",),
      pattern=rf"\b(?:(?P<mprep>(?i:in|since|until|till|by|during|through|throughout|for|"
              r"from|before|after|between|of|on|to|and|or|as\s+of)|(?i:early|late|"
              r"mid-|last|next|this|this\s+past|this\s+coming)|"
              rf"{_THE_MODIFIERS})\s*)"
              rf"{_MONTH.format(g='mon')}(?!\w|-\w|\.?,?\s+(?:of\s+)?(?:\d|(?i:this|last|next)"
              rf"\s+year)|[^\S\n]+[A-Z]|{_BANK_HOLIDAY_AFTER})|"
              rf"(?<=[a-z,] )(?P<bare>January|February|April|June|July|August|September|"
              r"October|November|December)(?:['’]s)?(?!\w|-\w|,?\s+(?:of\s+)?\d|[^\S\n]+[A-Z]|"
              rf"{_BANK_HOLIDAY_AFTER})",
      examples=(E("In January, the index fell.", "2020-01"),
                E("The deal is expected to close in October.", "2021-10"),
                E("Analysts warned that another deadline looms in March.", "2021-03"),
                E("The firm must repay the loan by December.", "2020-12"),
                E("Jobs data for October will be released on Friday.", "2020-10"),
                E("The December trade figures will show a deficit.", "2019-12"),
                E("She met April Ryan there.", None),
                E("Queues formed on August bank holiday Monday.", None),
                E("They march every July.", None),
                E("Protesters march every year in May.", None))),
    R(name="spelled-year", normalise="spelled_year",
      firsts=frozenset({"in", "since", "by", "of", "until", "from", "year", "before", "after",
                        "nineteen"}),
      pattern=rf"\b(?i:in|since|by|of|until|from|year|before|after)\s+(?P<sp>{_SPELLED})\b"
              rf"{_NOT_A_COUNT}|\b(?P<sp19>{_SPELLED_19})\b{_NOT_A_COUNT}",
      examples=(E("It was overturned in nineteen ninety-six.", "1996"),
                E("They promised it by two thousand and two.", "2002"),
                E("The fare was nineteen ninety-five dollars.", None))),
    R(name="mod-year", normalise="mod_year", firsts=_MOD_WORDS, gives=("year",),
      pattern=rf"\b(?:{_MOD})(?P<y>{_YEAR})\b(?![\w%,.-]\d|-year|-old)",
      examples=(E("The group fell apart in mid-1996.", ("1996", "year")),
                E("Work resumes in early 2021.", "2021"))),
    R(name="old-year", normalise="old_year", gives=("year",),
      firsts=frozenset({"in", "since", "by", "from", "until", "before", "after", "around",
                        "circa", "year"}),
      pattern=r"\b(?i:in|since|by|from|until|before|after|around|circa|year)\s+"
              r"(?P<y>1[0-4]\d\d)\b(?![\w%,.-]\d|-year|-old)",
      examples=(E("The Normans invaded in 1066 and won.", ("1066", "year")),
                E("He bought 1066 shares.", None))),
    R(name="year", normalise="year", firsts=frozenset({"0"}),
      pattern=rf"(?<![\w$£€#@/.,-])(?P<y>{_YEAR})(?![\w%,./-]\d|\d|-year|-old|\s*(?:%|percent))",
      examples=(E("He ran in 2016 too.", "2016"),
                E("The keynote opened the Worldwide Developers Conference 2010.", "2010"),
                E("WELP KANYE 2024", None),
                E("About 2000 people marched through the centre.", None),
                E("Flight 1549 landed on the river.", None),
                E("Rovers finished third in 2018/19.", None))),
)
del R, E
