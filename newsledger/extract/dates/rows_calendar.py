"""The date rows that name their calendar period (tried first, in this order): full and numeric
dates and day ranges, halves, quarters and periods of a quarter, counts of units ago, months
and years, decades, seasons and holidays. ``patterns.RULES`` puts them before the rows read
from the narrative and the publication date (see ``patterns`` for how rows are tried).
"""
from __future__ import annotations

from newsledger.lexicon.time import (COUNT_HEDGES, COUNT_WORDS, DECADE_WORDS, EASTER_HOLIDAYS,
                                     FLOATING_HOLIDAYS, HOLIDAYS, MONTHS, SEASONS, WEEKDAYS)
from newsledger.rules import Example

from .pieces import (_BANK_HOLIDAY_AFTER, _BARE_Q, _COUNT, _DAY, _DAY_END, _FULL_YEAR, _GAP, _MOD,
                     _MOD_WORDS, _MONTH, _MONTHS_TO, _NOT_A_COUNT, _ORDINAL_END, _QUARTER_WORD,
                     _SEASON_AFTER_PREP, _SEASON_END, _SPELLED, _WEEKDAY, _YEAR, _alt,
                     _first_words, _title)
from .rule import DateRule

_HOLIDAY_NAMES = [*HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS]

R = DateRule
E = Example
CALENDAR_ROWS: tuple[DateRule, ...] = (
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
             "month-day-infer-year", "named-event-day"),
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
                E("Flights will resume on Feb. 6.", ("2021-02-06", "month-day-infer-year")),
                E("He joined the club in 2017 and made his debut on August 3.",
                  ("2017-08-03", "month-day-infer-year")),
                E("Sales in 2019 rose, the firm said on March 2.", "2020-03-02"),
                E("The September 11 attacks changed air travel.",
                  ("2001-09-11", "named-event-day")))),
    R(name="day-month-year", normalise="month_day",
      firsts=frozenset(WEEKDAYS) | {"0", "the"},
      gives=("day-month-year", "month-day-deictic-year", "month-day-weekday-year",
             "month-day-infer-year", "named-event-day"),
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
                E("Prices rose 4% in the three months to May.", None),
                E("Pretax profit rose 9% in the year to March 2024.", "2024-03"),
                E("Turnover rose 8% in the 12 months to June.", "2020-06"),
                E("For the year ended Sept. 30, the bank earned $2bn.", None),
                E("Sales slipped in the year to date.", None))),
    R(name="week-ending", normalise="week_ending", firsts=frozenset({"the"}),
      pattern=r"\b(?i:the)\s+(?i:week)\s+(?i:ending|ended|to)\s+"
              rf"(?:(?:{_WEEKDAY}),?\s+)?(?:(?P<wed>{_DAY}){_DAY_END}\s+{_MONTH.format(g='wem')}|"
              rf"{_MONTH.format(g='wem2')}\s+(?P<wed2>{_DAY}){_DAY_END})"
              rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
      examples=(E("Sales rose 4% in the week ending 31 October.", ("2020-W44", "week-ending")),
                E("In the week to Sunday 1 November, 900 cases were reported.", "2020-W44"),
                E("Claims fell in the week ended Feb. 14, 2009.", "2009-W07"),
                E("Prices fell in the week to Wednesday.", None))),
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
              r"(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b"
              r"(?!\s+(?i:than)\b)",  # "three days later than planned": a delay, no date
      examples=(E("The law passed two years ago.", ("2018", "ago-year")),
                E("He was freed 10 days ago.", ("2020-10-25", "ago-day")),
                E("The bill passed a fortnight ago.", ("2020-10-21", "ago-week")),
                E("He was elected in May 2010 and re-elected five years later.",
                  ("2015", "narrative-year")),
                E("On Feb. 2 he left; a week later he resigned.", ("2020-02-09", "ago-week")),
                E("A week later, he resigned.", None),
                E("On May 4 the jet landed, three days later than planned.", None))),
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
    # years as business and sport write them: fiscal years, halves, spans ("2023-24")
    R(name="fiscal-year", normalise="fiscal_year", firsts=frozenset({"fy"}),
      pattern=r"\b(?:FY|Fy)\s?(?P<fy>(?:19|20)\d\d|\d\d)\b(?![\w%,.-]\d)",
      examples=(E("Revenue for FY2025 rose 4%.", "2025"),
                E("The FY 2019 budget was cut.", "2019"),
                E("Guidance for FY21 was raised.", "2021"),
                E("The FY2025-26 plan was agreed.", None))),
    R(name="half-code", normalise="half_code", firsts=frozenset({"h"}), gives=("half",),
      pattern=rf"\bH(?P<hc>[12])\s+(?P<y>{_YEAR})\b(?![\w%,.-]\d)",
      examples=(E("Sales in H1 2025 were flat.", ("2025-H1", "half")),
                E("Margins improved in H2 2019.", "2019-H2"),
                E("The H1 visa rules changed.", None))),
    R(name="year-span", normalise="year_span", firsts=frozenset({"0"}),
      pattern=rf"\b(?P<ys>{_YEAR})\s?[-–/]\s?(?P<ye>{_YEAR}|\d\d)\b(?![\w%,./-]\d)",
      examples=(E("He scored 12 goals in the 2023-24 season.", "2023"),
                E("He scored 12 goals in the 2023-24 season.", "2024"),
                E("Rovers finished third in the 2018/19 season.", "2019"),
                E("Rovers finished third in 2018/19.", None),
                E("By 2010-11 the plant will close.", None),
                E("The plan covers 2015-2020.", "2020"),
                E("The war of 1939-1945 is taught in schools.", "1945"),
                E("Part 2019-13 is out of stock.", None),
                E("Call 2019-2093 for help.", None))),
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
      | _first_words(_HOLIDAY_NAMES),
      pattern=r"\b(?:(?:U\.?S\.?|American)\s+)?(?P<hol>Election\s+day|election\s+day|"
              rf"{_alt([_title(h) for h in _HOLIDAY_NAMES], '')})\b"  # not "Eastern"
              rf"(?!(?<=Easter){_BANK_HOLIDAY_AFTER})"  # the bank-holiday row's
              rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
      examples=(E("He will fly home on Christmas Eve.", "2020-12-24"),
                E("The store opened on Thanksgiving 2019.", "2019-11-28"),
                E("Shops ran out of Christmas trees.", None),
                E("Fireworks will be banned on Bonfire Night.", "2020-11-05"),
                E("Flags flew on St George's Day.", "2020-04-23"),
                E("Wreaths will be laid on Remembrance Sunday.", "2020-11-08"),
                E("Roads were jammed on Easter Monday.", "2020-04-13"),
                E("The march was held on Good Friday 2019.", "2019-04-19"),
                E("Bars were packed on Super Bowl Sunday.", "2020-02-02"),
                E("Viewers tuned in on Super Bowl Sunday 2022.", "2022-02-13"),
                E("Last year's Thanksgiving set a record.", "2019-11-28"),
                E("He will fly home for next year's Christmas.", "2021-12-25"),
                E("The Easter Rising began in Dublin.", None),
                E("Traffic was heavy over Easter.", "2020-04-12"),
                E("Crowds filled the coast over the Easter weekend.", "2020-W15-WE"),
                E("Children hunted for Easter eggs.", None),
                E("China Eastern Airlines ordered jets.", None))),
)
del R, E
