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

from newsledger.lexicon.time import (DAY_PART_DEIXIS, DAY_PARTS, MONTHS, NARRATIVE_DAYS,
                                     NARRATIVE_STEPS, RELATIVE_DAYS, WEEKDAYS)
from newsledger.rules import Example

from .pieces import (_BANK_HOLIDAY_AFTER, _CLOCK, _MOD, _MOD_WORDS, _MONTH, _NOT_A_COUNT,
                     _ORDINAL_END, _PART, _SPELLED, _SPELLED_19, _THE_MODIFIERS, _WEEKDAY, _YEAR,
                     _ZONE, _alt, _first_words)
from .rows_calendar import CALENDAR_ROWS
from .rule import DateRule

R = DateRule
E = Example
RULES: tuple[DateRule, ...] = CALENDAR_ROWS + (
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
              r"(?P<nunit2>year|month|week)\b|"
              # "than the year before.": a step back (or on) that ends its clause, not "the
              # year before the war"
              r"\b(?i:the)\s+(?P<nunit3>year|month|week)\s+(?P<after>(?i:before|previous|prior|"
              r"after))(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:and|but)\b)",
      examples=(E("On May 22, 1995, he was promoted. The following year he left.", "1996"),
                E("The vote was on March 3, 2015; later that week he quit.", "2015-W10"),
                E("In March the firm hired advisers. The following month it sold.", "2020-04"),
                E("The following year he left.", None),
                E("Profit was $4bn in 2012, up from $3bn the year before.", "2011"),
                E("In March 2015 sales fell; the month after, they recovered.", "2015-04"),
                E("He voted in 2012 and in the year before the war.", None))),
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
                E("It was the warmest late May bank holiday on record.", "2020-05-25"),
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
                E("He left before the vote on Monday.", "2020-11-02"),
                # a happening named by its day, then its time or schedule: ahead
                E("Kick-off on Saturday is at 3pm.", ("2020-11-07", "weekday-future")),
                E("The vote on Tuesday is due to start at noon.",
                  ("2020-11-10", "weekday-future")),
                E("The attack on Tuesday is the latest in a series.",
                  ("2020-11-03", "weekday-past")))),
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
                E("The worst floods since twenty fourteen hit the valley.", "2014"),
                E("A crowd of twenty fourteen-year-olds waited.", None),
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
