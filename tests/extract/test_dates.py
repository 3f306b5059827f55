"""Date expressions: explicit forms, relative forms, the weekday rule, narrative anchoring."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.dates import extract_dates, infer_publication_date
from newsledger.text import Document

PUB = dt.date(2020, 11, 4)  # a Wednesday


def values(text: str, published=PUB) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.precision) for d in extract_dates(Document(text), published)]


@pytest.mark.parametrize("text, expected", [
    ("The vote was held on November 4, 2020.", ("November 4, 2020", "2020-11-04", "day")),
    ("It premiered on Saturday, Oct. 24, 2020.", ("Saturday, Oct. 24, 2020", "2020-10-24", "day")),
    ("Filed 2020-11-04 in court.", ("2020-11-04", "2020-11-04", "day")),
    ("Dated 11/4/2020 by the clerk.", ("11/4/2020", "2020-11-04", "day")),
    ("Born 4 November 1977 in Atlanta.", ("4 November 1977", "1977-11-04", "day")),
    ("Sales fell in March 2019.", ("March 2019", "2019-03", "month")),
    ("He rose to fame in the 1990s.", ("the 1990s", "199", "decade")),
    ("It happened in the summer of 2020.", ("the summer of 2020", "2020-SU", "season")),
    ("Profits rose in Q3 2020.", ("Q3 2020", "2020-Q3", "quarter")),
    ("He ran in 2016 too.", ("2016", "2016", "year")),
])
def test_explicit_forms(text, expected):
    assert expected in values(text, None)


@pytest.mark.parametrize("text, expected", [
    ("He deleted it on Wednesday morning.", ("Wednesday morning", "2020-11-04", "day")),
    ("Kimmel revealed on Monday that it was off.", ("Monday", "2020-11-02", "day")),
    ("He will appear on Friday.", ("Friday", "2020-11-06", "day")),
    ("The show aired yesterday.", ("yesterday", "2020-11-03", "day")),
    ("He announced it on July 4 this year.", ("July 4 this year", "2020-07-04", "day")),
    ("He spoke on July 22.", ("July 22", "2020-07-22", "day")),
    ("Sales grew last year.", ("last year", "2019", "year")),
    ("It opens next month.", ("next month", "2020-12", "month")),
    ("Turnout rose last week.", ("last week", "2020-W44", "week")),
])
def test_relative_forms_resolve_against_publication(text, expected):
    assert expected in values(text)


def test_weekday_past_and_future_rule():
    (past,) = extract_dates(Document("The rapper tweeted on Tuesday."), PUB)
    (future,) = extract_dates(Document("The rapper will tweet on Tuesday."), PUB)
    assert (past.value, past.rule) == ("2020-11-03", "weekday-past")
    assert (future.value, future.rule) == ("2020-11-10", "weekday-future")


def test_narrative_anchor():
    dates = extract_dates(Document("On July 22, 2020, he held a rally. The next day he cancelled it."), None)
    assert [(d.text, d.value, d.anchor) for d in dates] == [
        ("July 22, 2020", "2020-07-22", "absolute"), ("The next day", "2020-07-23", "narrative")]


def test_no_publication_date_means_no_relative_dates():
    assert values("He tweeted on Wednesday and again yesterday.", None) == []


@pytest.mark.parametrize("text", [
    "The 43-year-old rapper spoke.",
    "The 21-time Grammy winner smiled.",
    "Text VOTE to 56005 to find your polling place.",
    "See pic.twitter.com/Zm2pKcn12t now.",
    "WELP KANYE 2024",
    "Call 1-800-555-0199 today",
    "He may run again; march on.",
    "He received 2,020 votes.",
])
def test_not_dates(text):
    assert [d for d in extract_dates(Document(text), None) if d.anchor == "absolute"] == []


@pytest.mark.parametrize("text, expected", [
    ("KANYE 2024 pic.twitter.com/x — ye (@kanyewest) November 4, 2020\n", dt.date(2020, 11, 4)),
    ("WASHINGTON, Nov. 3, 2020 (Reuters) - Voters queued.", dt.date(2020, 11, 3)),
    ("Published: March 1, 2008\n\nText.", dt.date(2008, 3, 1)),
    ("He said he would run on Wednesday.", None),
])
def test_infer_publication_date(text, expected):
    assert infer_publication_date(text) == expected


@pytest.mark.parametrize("text", [
    "She won the 1500m at the trials.",
    "He ran the 5000 metres in under 13 minutes.",
    "Local 1520 of the Canadian Auto Workers union voted to strike.",
    "Flight 1549 landed on the Hudson River.",
    "Take Route 1500 north out of town.",
    "The meeting is in Room 2101 of the annex.",
    "Fans gathered at 1600 Pennsylvania Avenue on the lawn.",
    "Talks resume at 1500 GMT.",
    "About 2000 people marched through the centre.",
    "The Boeing 1700 prototype never flew.",
    "Press No. 1999 on the keypad.",
    "The rally drew 1800 supporters, police said, and 2000 counter-protesters.",
])
def test_numbers_that_are_not_years(text):
    assert [v for v in values(text) if v[2] == "year"] == []


@pytest.mark.parametrize("text, year", [
    ("In 2019 police arrested two men.", "2019"),
    ("He lives at 1600 Pennsylvania Avenue since 2017.", "2017"),
    ("She won the 1500m in 2004.", "2004"),
    ("Local 1520 was founded in 1937.", "1937"),
    ("The 2020 election was close.", "2020"),
])
def test_years_beside_numbers_that_are_not(text, year):
    assert [v[1] for v in values(text) if v[2] == "year"] == [year]


@pytest.mark.parametrize("text", [
    "Sales were 7% of GM's 2008 revenue.",
    "It opened at the company's 2010 developer conference.",
])
def test_a_possessive_before_a_year_keeps_it_a_year(text):
    assert [v[2] for v in values(text)] == ["year"]


# --- Relative expressions by tense and position (issue 12) -------------------------------

PUB_MAR = dt.date(1999, 3, 2)  # a Tuesday


def dates_of(text: str, published: dt.date | None):
    return extract_dates(Document(text), published)


@pytest.mark.parametrize("text, published, expected", [
    # last/this/next + month
    ("The ferry sank last February.", PUB_MAR, ("last February", "1998-02")),
    ("The plant closed last June.", dt.date(1999, 10, 5), ("last June", "1999-06")),
    ("Elections are due this September.", PUB_MAR, ("this September", "1999-09")),
    ("The mine reopens next January.", dt.date(1999, 10, 5), ("next January", "2000-01")),
    ("He joined the board in January this year.", PUB_MAR, ("January this year", "1999-01")),
    ("It began in June of last year.", PUB_MAR, ("June of last year", "1998-06")),
    # a month alone takes the clause's tense
    ("Rates fell from 4.1 percent in December.", PUB_MAR, ("in December", "1998-12")),
    ("The deal is expected to close in October.", PUB_MAR, ("in October", "1999-10")),
    ("The union struck in April, the report said.", dt.date(1999, 10, 5), ("in April", "1999-04")),
    # month-day without a year: the nearest the tense allows
    ("The dividend is payable Jan. 4 to holders.", dt.date(1999, 11, 2), ("Jan. 4", "2000-01-04")),
    ("The company was founded on Aug. 6.", dt.date(1999, 2, 6), ("Aug. 6", "1998-08-06")),
    ("Flights will start on Aug. 6 from Perth.", dt.date(1999, 2, 6), ("Aug. 6", "1999-08-06")),
    ("The offer was extended to Nov. 20.", dt.date(1999, 11, 2), ("Nov. 20", "1999-11-20")),
    ("It aired on Saturday, Oct. 24.", dt.date(2020, 11, 4), ("Saturday, Oct. 24", "2020-10-24")),
])
def test_months_and_days_without_a_year(text, published, expected):
    assert expected in [(d.text, d.value) for d in dates_of(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The minister said Tuesday that talks will resume.", "1999-03-02"),
    ("He said Monday he will resign.", "1999-03-01"),
    ("The envoy will arrive on Thursday, officials said.", "1999-03-04"),
    ("Talks are scheduled to resume Friday.", "1999-03-05"),
    ("The company expects to close the sale on Friday.", "1999-03-05"),
    ("Shares fell 50 cents on Friday to close at $20.", "1999-02-26"),
    ("Markets stay closed until Friday.", "1999-03-05"),
    ("On Sunday, protesters marched through the capital.", "1999-02-28"),
])
def test_weekday_takes_the_tense_of_its_own_clause(text, expected):
    (d,) = [d for d in dates_of(text, PUB_MAR) if d.precision == "day"]
    assert d.value == expected


@pytest.mark.parametrize("text, expected", [
    ("Profit rose in the third quarter.", ("the third quarter", "1998-Q3")),
    ("It posted a fourth-quarter loss.", ("fourth-quarter", "1998-Q4")),
    ("Sales in the first quarter of 2000 fell.", ("the first quarter of 2000", "2000-Q1")),
    ("It cut its fourth-quarter 1998 estimate.", ("fourth-quarter 1998", "1998-Q4")),
    ("The 1998 second quarter was weak.", ("The 1998 second quarter", "1998-Q2")),
    ("Net fell in last year's fourth quarter.", ("last year's fourth quarter", "1998-Q4")),
    ("Results for the final quarter of 1997 improved.", ("the final quarter of 1997", "1997-Q4")),

    ("Profit rose last quarter.", ("last quarter", "1998-Q4")),
])
def test_quarters_and_halves(text, expected):
    assert expected in [(d.text, d.value) for d in dates_of(text, PUB_MAR)]


def test_the_quarter_and_a_year_earlier_follow_the_quarter_the_text_is_about():
    text = ("Acme reported third-quarter profit of $5 million. Sales in the quarter rose, and "
            "net income was $3 million a year earlier. In the year-ago quarter it lost money.")
    got = [(d.text, d.value) for d in dates_of(text, dt.date(1999, 10, 28))]
    assert got == [("third-quarter", "1999-Q3"), ("the quarter", "1999-Q3"),
                   ("a year earlier", "1998-Q3"), ("the year-ago quarter", "1998-Q3")]


@pytest.mark.parametrize("text, expected", [
    ("The law passed two years ago.", ("two years ago", "1997", "year")),
    ("The strike began five months ago.", ("five months ago", "1998-10", "month")),
    ("He was freed 10 days ago.", ("10 days ago", "1999-02-20", "day")),
    ("Talks broke down two weeks ago.", ("two weeks ago", "1999-02-16", "day")),
    ("Officials met over the weekend.", ("the weekend", "1999-W08-WE", "week")),
    ("Troops arrived this morning.", ("this morning", "1999-03-02", "day")),
    ("Rebels attacked last night.", ("last night", "1999-03-01", "day")),
    ("The vote is set for the end of the month.", ("the end of the month", "1999-03", "month")),
    ("The group fell apart in mid-1996.", ("mid-1996", "1996", "year")),
    ("Orders rose through mid-November.", ("mid-November", "1998-11", "month")),
    ("Hate groups grew through the nineties.", ("the nineties", "199", "decade")),
    ("Stores were full at Christmas.", ("Christmas", "1998-12-25", "day")),
    ("Yesterday the index fell.", ("Yesterday", "1999-03-01", "day")),
    ("Last week the index fell.", ("Last week", "1999-W08", "week")),
    ("In January, the index fell.", ("In January", "1999-01", "month")),
    ("Sales rose 5% from the same month a year ago.", None),
])
def test_more_relative_forms(text, expected):
    got = [(d.text, d.value, d.precision) for d in dates_of(text, PUB_MAR)]
    if expected is None:
        assert got and got[-1][2] == "year"
    else:
        assert expected in got


def test_same_period_a_year_ago_is_the_month_named_before():
    got = [(d.text, d.value) for d in dates_of(
        "Car sales fell 35% in January, compared to the same month a year ago.", PUB_MAR)]
    assert got == [("in January", "1999-01"), ("the same month a year ago", "1998-01")]


def test_times_of_day_fold_into_their_day():
    got = [(d.text, d.value) for d in dates_of(
        "The men fled on Feb. 27 at about 7:15 p.m. The offer expires at noon Friday.", PUB_MAR)]
    assert got == [("Feb. 27", "1999-02-27"), ("about 7:15 p.m.", "1999-02-27"),
                   ("at noon Friday", "1999-03-05")]


def test_a_range_of_days_gives_two_rows():
    got = [(d.text, d.value) for d in dates_of("The fair runs from March 3 to 5.", PUB_MAR)]
    assert got == [("March 3", "1999-03-03"), ("5", "1999-03-05")]


def test_narrative_steps_from_the_last_named_date():
    text = "On May 22, 1995, he was promoted. The following year he left. The next day he wept."
    got = [(d.text, d.value) for d in dates_of(text, None)]
    assert ("The following year", "1996") in got


def test_today_in_quoted_words_is_the_day_they_were_said():
    text = 'On Nov. 3, he tweeted: "Today I am voting." Fans replied.'
    got = [(d.text, d.value) for d in dates_of(text, dt.date(2020, 11, 4))]
    assert got == [("Nov. 3", "2020-11-03"), ("Today", "2020-11-03")]


@pytest.mark.parametrize("text, today", [
    # a day named in the paragraph before the quote is when it was said
    ('Ann Lee spoke on Monday.\n\n"Today we start again," she said.', "2026-03-09"),
    # a happening's day ("Wednesday's explosion") is not: the manager spoke after Saturday's
    # match, the day of publication
    ("Ludford paid tribute to the victims of Wednesday's explosion before a 2-1 win.\n\nA "
     "minute's applause was held.\n\nJay Morgan scored twice.\n\n\"The lads wanted to do "
     'something for the town today," the manager said.', "2026-03-14"),
])
def test_today_in_quoted_words_after_a_happening_s_day(text, today):
    got = dict((d.text, d.value) for d in dates_of(text, dt.date(2026, 3, 14)))
    assert got.get("today", got.get("Today")) == today


def test_the_day_after_the_election():
    got = [(d.text, d.value) for d in dates_of(
        "The day after the election, we'll be joined by him.", dt.date(2020, 11, 4))]
    assert got == [("The day after", "2020-11-04")]


@pytest.mark.parametrize("text", [
    "The index fell the day after falling 250 points.",
    "fans said West 2020 might instead be West 2024.",
    "The index fell 2.35 points.",
    "He ran the mile in 3:45 flat.",
    "She met April Ryan there.",
    "Thousands joined the Women's March.",
    "In his 80s he still ran.",
])
def test_not_dates_in_context(text):
    assert dates_of(text, PUB_MAR) == []


@pytest.mark.parametrize("text, year", [
    ("The Normans invaded in 1066 and won.", "1066"),
    ("The city was founded in 1249.", "1249"),
    ("The keynote opened WWDC and the Worldwide Developers Conference 2010.", "2010"),
])
def test_historical_years_and_event_editions(text, year):
    assert [d.value for d in dates_of(text, None) if d.precision == "year"] == [year]


@pytest.mark.parametrize("name, text, expected", [
    ("year named, month-days, a weekday with its date",
     "In the summer of 2020, he turned to running. He tweeted on July 4 and again on July 22. "
     "He voted on Nov. 3 and tweeted in the early hours of Wednesday, Nov. 4.",
     dt.date(2020, 11, 4)),
    ("an election of a named year and 'as of' a weekday",
     "He conceded in the 2020 presidential election but will run again in 2024. "
     "As of Wednesday evening, he has received 60,000 votes.", dt.date(2020, 11, 4)),
    ("future years do not count", "He plans to run in 2024.", None),
])
def test_publication_date_from_what_the_text_reports(name, text, expected):
    assert infer_publication_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The offer had been due to expire Friday evening.", "1999-02-26"),
    ("Under a June agreement, the bank is trying to sell itself.", "1998-06"),
    ("The firm must pay down the loan by December.", "1999-12"),
])
def test_future_in_the_past_and_deadlines(text, expected):
    assert expected in [d.value for d in dates_of(text, PUB_MAR)]


def test_the_latest_quarter_is_the_last_one_ended():
    got = [(d.text, d.value) for d in dates_of("Sales fell in the latest quarter.",
                                                    dt.date(1999, 11, 2))]
    assert got == [("the latest quarter", "1999-Q3")]


@pytest.mark.parametrize("text, expected", [
    ("Third-quarter profit rose.", ("Third-quarter", "1998-Q3")),
    ("Competitors offered discounts over the summer.", ("the summer", "1998-SU")),
    ("He forecast an increase for the full year.", ("the full year", "1999")),
    ("Sales in the current fiscal year will rise.", ("the current fiscal year", "1999")),
    ("Use was delayed earlier in the year by rain.", ("earlier in the year", "1999")),
    ("Prices recovered later in the day.", ("later in the day", "1999-03-02")),
    ("By mid afternoon the fighting was over.", ("mid afternoon", "1999-03-02")),
])
def test_periods_the_text_implies(text, expected):
    assert expected in [(d.text, d.value) for d in dates_of(text, PUB_MAR)]


def test_the_following_month_after_a_month_named_without_year():
    got = [(d.text, d.value) for d in dates_of(
        "In March, the company hired advisers. The following month, it put itself up for sale.",
        dt.date(1999, 10, 26))]
    assert got == [("In March", "1999-03"), ("The following month", "1999-04")]


@pytest.mark.parametrize("text", ["Flights leave each Thursday.", "They march every July."])
def test_sets_of_days_are_not_dates(text):
    assert dates_of(text, PUB_MAR) == []


@pytest.mark.parametrize("text, expected", [
    ("Stocks fell to their lowest level since '82.", ("'82", "1982")),
    ("The jet's number is, in US style, 7/8/07.", ("7/8/07", "2007-07-08")),
    ("At 0800 UTC, the central banks acted.", ("At 0800 UTC", "1999-03-02")),
    ("The index fell 3% to end the day at 7,114.", ("the day", "1999-03-02")),
    ("Jobs opened WWDC 2005 with a keynote.", ("2005", "2005")),
])
def test_short_years_numeric_dates_and_trading_days(text, expected):
    assert expected in [(d.text, d.value) for d in dates_of(text, PUB_MAR)]


def test_a_product_with_a_short_year_is_no_date():
    assert dates_of("Apple unveiled iLife '11 on Wednesday.", PUB_MAR)[0].text == "Wednesday"


def test_later_counts_from_the_last_day_named_and_needs_one():
    assert dates_of("A week later, he resigned.", PUB_MAR) == []
    got = [(d.text, d.value) for d in dates_of("On Feb. 2, he left. A week later, he resigned.",
                                               PUB_MAR)]
    assert got == [("Feb. 2", "1999-02-02"), ("A week later", "1999-02-09")]


def test_a_passive_participle_takes_the_tense_of_its_auxiliary():
    assert [d.value for d in dates_of("The summit will be held in June.", PUB_MAR)] == ["1999-06"]


def test_a_year_earlier_than_a_month_named():
    got = [(d.text, d.value) for d in dates_of(
        "Prices fell 2 percent in February from a year earlier.", PUB_MAR)]
    assert got == [("in February", "1999-02"), ("a year earlier", "1998-02")]


def test_the_modal_may_is_ahead():
    assert [d.value for d in dates_of("In May, the firm may cut jobs.", PUB_MAR)] == ["1999-05"]


def test_dispatch_by_first_word_finds_what_the_combined_pattern_finds_on_real_news():
    """``_matches`` tries only the patterns that can begin with each word: on every MEANTIME
    text (shipped gold) and the seed articles it must find exactly ``_COMBINED``'s matches."""
    import json
    from pathlib import Path

    from newsledger.extract import dates

    root = Path(__file__).resolve().parents[2]
    texts = [json.loads(line)["text"] for line in
             (root / "evaluation/gold/meantime/meantime_en.jsonl").read_text().splitlines()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "corpus").rglob("*.txt"))]
    for text in texts:
        fast = [(m.span(), m.lastgroup) for m in dates._matches(text)]
        full = [(m.span(), m.lastgroup) for m in dates._COMBINED.finditer(text)]
        assert fast == full


def test_a_condition_looks_ahead_and_last_as_an_adjective_says_nothing():
    assert [d.value for d in dates_of("Rubio could beat Trump if he is the nominee in November.",
                                      PUB_MAR)] == ["1999-11"]
    got = dates_of("In her last speech before Christmas, she thanked staff.", dt.date(1999, 12, 22))
    assert [d.value for d in got] == ["1999-12-25"]


@pytest.mark.parametrize("text, expected", [
    ("New Jersey, which also holds its primary Tuesday, votes too.", "1999-03-02"),
    ("BEIJING - Obama visits China on Monday, aides said.", "1999-03-08"),
    ("Obama visits China on Monday\n\nBEIJING - The president arrived to cheers.", "1999-03-01"),
    # a club or a country is plural in British usage: its plain verb is a schedule too
    ("Harbridge were beaten 2-1. Harbridge host Welford Town on Saturday.", "1999-03-06"),
    ("The derby was tense. Northam Rovers face Welford on Thursday.", "1999-03-04"),
    ("The Senate vote on Tuesday was close.", "1999-03-02"),  # a noun phrase: no schedule
])
def test_a_scheduled_present_looks_ahead_except_in_headlines(text, expected):
    assert dates_of(text, PUB_MAR)[0].value == expected


@pytest.mark.parametrize("text, expected", [
    ("In nineteen ninety-one he was convicted.", ("nineteen ninety-one", "1991")),
    ("It was overturned in nineteen ninety-six.", ("nineteen ninety-six", "1996")),
    ("They promised it by two thousand and two.", ("two thousand and two", "2002")),
])
def test_spelled_out_years_after_a_preposition(text, expected):
    assert [(d.text, d.value) for d in dates_of(text, None)] == [expected]


def test_spelled_numbers_that_are_not_years():
    assert dates_of("He had nineteen twenty-dollar bills.", PUB_MAR) == []


@pytest.mark.parametrize("text, expected", [
    ("Nineteen ninety-one was a hard year.", ("Nineteen ninety-one", "1991", "year")),
    ("Kabul, March nineteen ninety-two. The siege began.",
     ("March nineteen ninety-two", "1992-03", "month")),
    ("The tax rises before the year two thousand.", ("the year two thousand", "2000", "year")),
    ("Prices fell in the spring of nineteen eighty-seven.",
     ("the spring of nineteen eighty-seven", "1987-SP", "season")),
])
def test_spelled_out_years_without_a_preposition(text, expected):
    assert [(d.text, d.value, d.precision) for d in dates_of(text, PUB_MAR)] == [expected]


@pytest.mark.parametrize("text", [
    "The fare was nineteen ninety-five dollars.",
    "It weighs nineteen thousand tons.",
])
def test_spelled_counts_are_not_years(text):
    assert dates_of(text, PUB_MAR) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Shoppers stayed home over the weekend.", dt.date(2003, 6, 9), "2003-W23-WE"),  # a Monday
    ("The rally is planned for next weekend.", dt.date(2003, 6, 9), "2003-W25-WE"),
    ("Fans camped out last weekend.", dt.date(2003, 6, 11), "2003-W23-WE"),
    ("The talks will resume this weekend.", dt.date(2003, 6, 11), "2003-W24-WE"),
])
def test_a_weekend_is_the_weekend_of_its_iso_week(text, published, expected):
    (d,) = dates_of(text, published)
    assert (d.value, d.precision, d.date.weekday()) == (expected, "week", 5)


@pytest.mark.parametrize("text, expected", [
    ("Sales slowed in the second half of 2003.", ("the second half of 2003", "2003-H2")),
    ("Output rose in the latter half of last year.", ("the latter half of last year", "1998-H2")),
    ("Profits will grow in the first two quarters of next year.",
     ("the first two quarters of next year", "2000-H1")),
])
def test_a_half_year_with_its_year(text, expected):
    # value H1/H2 (TimeML); precision "year", the finest of the contract's precisions that
    # holds a half
    assert [(d.text, d.value, d.precision) for d in dates_of(text, PUB_MAR)] == [
        (*expected, "year")]


@pytest.mark.parametrize("text", [
    "The striker scored twice in the second half.",
    "Rain fell for the first half of the match.",
])
def test_a_bare_half_is_no_date(text):
    assert dates_of(text, PUB_MAR) == []


@pytest.mark.parametrize("text, published, expected", [
    ("The genre peaked in the late '70s.", dt.date(1979, 5, 1), "197"),
    ("Rents doubled in the '80s.", dt.date(1989, 10, 26), "198"),
    ("Rents doubled in the '80s.", dt.date(2012, 1, 1), "198"),
    ("Streaming grew in the '10s.", dt.date(2021, 1, 1), "201"),
])
def test_a_short_decade_is_the_latest_begun_by_publication(text, published, expected):
    assert [d.value for d in dates_of(text, published)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Its shares fell 75 cents to $16.25 in heavy trading Friday.", "1999-02-26"),
    ("The index dropped 1.2% to 452.76 on Friday.", "1999-02-26"),
    ("It holds 5,000 shares, bought from Feb. 1 to Thursday for $15.50 each.", "1999-02-25"),
    ("The board agreed to meet on Friday.", "1999-03-05"),
])
def test_to_before_a_number_or_the_date_is_no_infinitive(text, expected):
    assert dates_of(text, PUB_MAR)[-1].value == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The regulator gave the bidder until mid-November to reply.", dt.date(2003, 10, 30), "2003-11"),
    ("Lenders have extended credit lines through January.", dt.date(2003, 10, 30), "2004-01"),
    ("The strike lasted until March.", dt.date(2003, 10, 30), "2003-03"),
    ("The walkout went on until late March.", dt.date(2003, 10, 30), "2003-03"),
])
def test_a_deadline_set_in_the_past_may_lie_ahead(text, published, expected):
    assert [d.value for d in dates_of(text, published)] == [expected]


def test_a_participle_after_a_determiner_is_an_adjective_not_a_past():
    got = dates_of("The bonus would be paid on a still unspecified date in January.",
                   dt.date(2003, 10, 26))
    assert [d.value for d in got] == ["2004-01"]


def test_the_current_quarter_is_the_one_of_publication():
    text = "Profit rose in the third quarter. The company expects a loss in the current quarter."
    assert [d.value for d in dates_of(text, dt.date(2003, 10, 26))] == ["2003-Q3", "2003-Q4"]


def test_a_headline_weekday_is_not_the_weekday_of_the_dateline_below_it():
    text = "Markets to stay shut until Friday\n\nSeptember 18, 2003\n\nThe exchange said so."
    assert [(d.text, d.value) for d in dates_of(text, dt.date(2003, 9, 18))] == [
        ("Friday", "2003-09-19"), ("September 18, 2003", "2003-09-18")]


@pytest.mark.parametrize("text", [
    "A reporter for USA Today asked him.",
    "He runs the Morning Today show on Channel 4.",
    "Shops ran out of Christmas trees.",
    "Seventy-four years ago, a battle raged here.",
    "They build the cars of tomorrow.",
])
def test_names_things_and_compound_counts_are_not_dates(text):
    assert dates_of(text, PUB_MAR) == []


@pytest.mark.parametrize("text, expected", [
    ("Today, he spoke.", "1999-03-02"),
    ("“Today we won,” he said.", "1999-03-02"),
    ("He will fly home on Christmas Eve.", "1999-12-24"),
])
def test_today_and_holidays_still_are(text, expected):
    assert [d.value for d in dates_of(text, PUB_MAR)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Qantas will double its flights by August in search of markets untouched by the crisis.",
     "1999-08"),
    ("Then, a week or so ago, the general said no.", "1999-02-23"),
])
def test_a_participle_after_the_date_weighs_less_than_a_modal_before_it(text, expected):
    assert [d.value for d in dates_of(text, PUB_MAR)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("China said on Friday it would act.", ("Friday", "1999-02-26")),
    ("China said it would act on Friday.", ("Friday", "1999-03-05")),
    ("It happened the day before yesterday.", ("the day before yesterday", "1999-02-28")),
    ("They meet the day after tomorrow.", ("the day after tomorrow", "1999-03-04")),
    ("Profit beat fiscal 1998 sales forecasts.", ("1998", "1998")),
])
def test_reported_clauses_two_day_shifts_and_fiscal_years(text, expected):
    assert [(d.text, d.value) for d in dates_of(text, PUB_MAR)] == [expected]


def test_a_month_ending_a_headline_is_a_date_though_a_capital_follows_the_break():
    text = "Stocks have their best week since November\n\nMarch 13, 2009\n\nShares rose."
    assert [(d.text, d.value) for d in dates_of(text, dt.date(2009, 3, 13))] == [
        ("since November", "2008-11"), ("March 13, 2009", "2009-03-13")]


def test_every_rule_id_is_one_its_row_declares():
    """A row's ``gives`` lists the ``dates.rule`` ids its normaliser yields (its own name when
    empty), so a reader of the release finds the row behind each id: checked on every row's
    examples and on every MEANTIME text (shipped gold) at three publication dates."""
    import json
    from pathlib import Path

    from newsledger.extract.dates import DATE_MATCHES, RULES
    from newsledger.extract.dates.resolve import resolve

    root = Path(__file__).resolve().parents[2]
    texts = [ex.text for row in RULES for ex in row.examples]
    texts += [json.loads(line)["text"] for line in
              (root / "evaluation/gold/meantime/meantime_en.jsonl").read_text().splitlines()]
    for text in texts:
        doc = Document(text)
        for published in (None, PUB, PUB_MAR):
            for row, d in resolve(DATE_MATCHES(doc), text, doc, published):
                assert d.rule in (row.gives or (row.name,)), (row.name, d.rule, d.text)


# --- Historical full dates, ordinal days (issue 21, item 3) ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The museum shows a charter dated 12 March 1215 to visitors.",
     ("12 March 1215", "1215-03-12", "day")),
    ("Crusaders took the city on July 15, 1099, the guide said.",
     ("July 15, 1099", "1099-07-15", "day")),
    ("The town fell in October 1187 after a siege.", ("October 1187", "1187-10", "month")),
    ("The Normans landed in 1066.", ("1066", "1066", "year")),
    ("Parliament met in 1540 and again in 1541.", ("1540", "1540", "year")),
])
def test_full_dates_keep_their_historical_year(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text, expected", [
    ("By May 12, 1400 volunteers had signed up.", ("May 12", "2020-05-12", "day")),
    ("In March 1200 workers walked out.", ("March", "2020-03", "month")),
])
def test_a_count_after_a_date_is_no_historical_year(text, expected):
    assert values(text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # business: the month of a full date a sentence before
    ("Bids closed on Oct. 2, 2020. The board picked a buyer on the 9th.",
     ("the 9th", "2020-10-09", "day")),
    # politics, British style: the day after the month
    ("Campaigning began on 1 June 2017 and polls closed on the 8th, officials said.",
     ("the 8th", "2017-06-08", "day")),
    # a month named alone
    ("In September the river rose until the 20th, when the rain stopped.",
     ("the 20th", "2020-09-20", "day")),
])
def test_an_ordinal_day_takes_the_month_in_context(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text", [
    "She birdied the 15th and parred the 16th on Oct. 3.",  # golf holes
    "On Oct. 3 the lift stopped at the 9th, then at the 12th floor.",  # floors
    "The 15th seed, who beat him on Oct. 3, meets the 2nd next.",  # ranks
    "He finished the 5th.",  # no month in context
    "Born on Oct. 3, she was the 5th of nine children.",  # a rank in a family
    "The 19th century saw the canal dug.",  # a century: not a date row (a documented limit)
])
def test_ordinals_that_are_no_days(text):
    assert not [v for v in values(text) if v[0].startswith(("the", "The"))]


@pytest.mark.parametrize("text", [
    "A former clerk walked into the staff Christmas party on Friday.",
    "The Christmas dinner was cancelled.",
])
def test_a_holiday_before_a_thing_is_no_date(text):
    assert not [v for v in values(text) if "Christmas" in v[0]]


@pytest.mark.parametrize("text, expected", [
    ("The two ministers meet on Friday in Oslo.", ("Friday", "2020-11-06", "day")),
    ("They meet again on Tuesday.", ("Tuesday", "2020-11-10", "day")),
    ("The national side plays Peru on Saturday.", ("Saturday", "2020-11-07", "day")),
    ("The appeals court rules on Thursday.", ("Thursday", "2020-11-05", "day")),
    ("The mayor's visits on Monday drew crowds.", ("Monday", "2020-11-02", "day")),
])
def test_a_scheduled_present_after_a_noun_subject_looks_ahead(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text, expected", [
    ("Hiring slowed in the early summer.", ("early summer", "2020-SU", "season")),
    ("The road will reopen by late spring.", ("late spring", "2021-SP", "season")),
    ("Ice closed the harbour in winter.", ("winter", "2019-WI", "season")),
    ("The band toured Chile in autumn 2012.", ("autumn 2012", "2012-FA", "season")),
])
def test_seasons_with_a_modifier_a_preposition_or_a_year(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text", ["A late fall in prices hurt savers.",
                                  "She ran summer camps for girls.",
                                  "The spring rains came early."])
def test_seasons_that_are_no_dates(text):
    assert not [v for v in values(text) if v[2] == "season"]


@pytest.mark.parametrize("text, expected", [
    ("The index shut on Friday, Oct. 30, 2% below the previous Friday.",
     ("previous Friday", "2020-10-23", "day")),
    ("Rescuers arrived on May 5 and left the following Sunday.",
     ("following Sunday", "2020-05-10", "day")),
    ("Sales were below the preceding Monday.", ("preceding Monday", "2020-11-02", "day")),
    ("The clinic opened the following Monday.", None),
])
def test_the_previous_or_following_weekday_counts_from_the_day_named(text, expected):
    found = values(text)
    if expected is None:
        assert not [v for v in found if "Monday" in v[0]]
    else:
        assert expected in found


def test_overnight_is_the_night_of_the_day_named_or_before_publication():
    assert ("overnight", "2020-11-03", "day") in values("Fighting raged overnight.")
    assert ("overnight", "2020-03-02", "day") in values(
        "He escaped on March 2, 2020, and hid overnight in a barn.")


def test_a_past_clause_may_name_next_month():
    assert ("in December", "2020-12", "month") in values(
        "The agency said it had warned buyers of a supply cut in December.")
    assert ("in October", "2020-10", "month") in values("Exports fell in October.")


@pytest.mark.parametrize("text", ["The mill was built in the late 1800s.",
                                  "Such hats were worn in the 1700s."])
def test_hundreds_are_centuries_and_no_dates(text):
    assert values(text) == []


def test_a_future_clause_does_not_name_a_day_weeks_past():
    pub = dt.date(2021, 5, 15)
    assert ("1 April", "2022-04-01", "day") in values("She will step down on 1 April", pub)
    assert ("May 3", "2021-05-03", "day") in values("He will be sentenced May 3",
                                                    dt.date(2021, 5, 10))


def test_a_metadata_line_with_a_two_digit_year_dates_the_article():
    text = "Verdict in court\n\nPOSTED: 04/02/07, 9:00 PM PDT | A jury ruled on Tuesday."
    assert infer_publication_date(text) == dt.date(2007, 4, 2)


@pytest.mark.parametrize("text", ["Shoppers queued on Black Friday.",
                                  "Crowds marched on Bloody Sunday.",
                                  "The candidates fought hard before Super Tuesday."])
def test_a_named_weekday_is_no_day_of_this_week(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Car sales picked up in the last week of March 2009.",
     ("last week of March 2009", "2009-W13", "week")),
    ("The strike began in the first week of June.", ("first week of June", "2020-W23", "week")),
    ("The ban was lifted in the spring of last year.",
     ("the spring of last year", "2019-SP", "season")),
])
def test_a_week_of_a_month_and_a_season_of_last_year(text, expected):
    assert expected in values(text)


def test_a_day_first_range_gives_two_days_and_a_score_before_a_date_none():
    found = values("The festival runs from 5 to 7 June 2019.")
    assert ("5", "2019-06-05", "day") in found and ("7 June 2019", "2019-06-07", "day") in found
    score = values("They lost 30-7 October 19 at home.", dt.date(2008, 10, 22))
    assert score and not [v for v in score if v[0].startswith("30")]  # a score is no range


@pytest.mark.parametrize("text, expected", [
    ("She checked into a clinic in Rancho Mirage, Calif., on Thursday, for what is to be a "
     "long stay.", ("Thursday", "2020-10-29", "day")),
    ("He will see a surgeon in Birmingham, Ala., for an evaluation Friday.",
     ("Friday", "2020-11-06", "day")),
])
def test_the_commas_of_a_city_and_state_cut_no_clause(text, expected):
    assert expected in values(text)


def test_a_first_words_guard_reads_what_its_rows_spell_after_it():
    """The guard of a first word ("the") lets through a non-letter or a word the rows' patterns
    spell after it; a row that may go on with any letter, or end with the word, gives none."""
    from newsledger.extract.patterns import follow_prefixes

    assert follow_prefixes(r"\b(?i:the)\s+(?:first|next)\s+day", "the") == {"first", "next"}
    assert follow_prefixes(r"\bthe\s+(?:\d+|week(?:end)?)", "the") == {"week", "weeken"}
    assert follow_prefixes(r"\b(?:the\s+)?(?P<d>\d\d?)\s+May", "the") == set()
    assert follow_prefixes(r"\bthe\s+\w+", "the") is None
    assert follow_prefixes(r"\bthe\b", "the") is None


@pytest.mark.parametrize("pattern, word, expected", [
    (r"\bby\s+the\s+end", "by", ""),                       # a word next: no digit, no mark
    (r"\b(?:by\s+)?\d\d?:\d\d", "by", "0123456789"),       # a clock time after "by"
    (r"\b(?i:in)\s+1[0-4]\d\d", "in", "1"),
    (r"\bthe\s+(?:\d+|['’]\d0s)", "the", "0123456789'"),
    (r"\bthe\b", "the", "0123456789'%,."),                   # it may end there: anything
    (r"\bthe\s+\S+", "the", "0123456789'%,."),               # any character: anything
])
def test_a_first_words_guard_rejects_the_marks_its_rows_never_read_after_it(
        pattern, word, expected):
    """The guard of a first word rejects a digit or a punctuation mark right after it (and
    white space) that none of its rows reads there ("by 1.7%", "of £4.7bn"); unsure, it
    rejects none."""
    from newsledger.extract.patterns import follow_chars

    assert follow_chars(pattern, word, "0123456789'%,.") == expected


@pytest.mark.parametrize("pattern, word, accepted, rejected", [
    (r"\bsince\s+1[0-4]\d\d\b", "since", ["1066", "140"], ["2011", "15", "1,000", "14", "1"]),
    (r"\b(?:about\s+)?\d{1,2}\s+years\s+ago", "about", ["17 ", "5 years"], ["17%", "4,6", "2."]),
    (r"\bby\s+\d\d?:\d\d", "by", ["10:30", "9:1"], ["201,618", "1.7%"]),
    (r"\bby\s+\S+", "by", ["1.7%", "201,618"], []),         # a digit, then anything
])
def test_a_first_words_guard_reads_what_its_rows_read_after_a_digit(
        pattern, word, accepted, rejected):
    """After a first word and a digit, the guard reads what the rows may read there, up to
    three characters ("since 2011" and "about 17%" run no pattern)."""
    import re

    from newsledger.extract.patterns import follow_digits

    guard = re.compile(follow_digits(pattern, word))
    assert all(guard.match(s) for s in accepted)
    assert not any(guard.match(s) for s in rejected)
    assert follow_digits(r"\bby\s+the\s+end", "by") == ""  # no digit after "by"


@pytest.mark.parametrize("text, expected", [
    ("Output fell by 1.7% in January.", ["in January."]),
    ("The firm has grown since 2011, and roughly 42,646 fans came.", ["2011"]),
    ("The abbey has stood since 1066.", ["since 1066"]),
    ("The shop opened about 17 years ago.", ["about 17 years ago"]),
    ("The fund grew by £4.7bn to 12,000.", []),
    ("Sales rose to 85.6 million barrels a day.", []),
    ("The talks ended by 10:30 on Friday.", ["by 10:30 on Friday"]),
    ("The abbey was built in 1066.", ["in 1066"]),
])
def test_guarded_matches_are_the_combined_patterns(text, expected):
    """Matching with the guards finds what the rows' combined pattern finds."""
    from newsledger.extract.dates import _COMBINED, _matches

    found = [m.group() for m in _matches(text)]
    assert found == [m.group() for m in _COMBINED.finditer(text)]
    assert found == expected


def test_metadata_lines_first_look_keeps_case_blind_labels():
    from newsledger.extract.dates.publication import METADATA_LINES
    assert METADATA_LINES(Document("The vote was close.\nIt ended at noon.")) == ()
    assert METADATA_LINES(Document("UPDATED: 4 May 2020\nText.")) == ((0, 19, True),)
    # a long s matches an "s" case-blind: the first look on lower-cased text must not hide it
    assert METADATA_LINES(Document("Poſted: 4 May 2020\nText.")) == ((0, 18, False),)


def test_worker_processes_find_the_date_guards_built():
    """The workers' forkserver imports ``newsledger.worker``, which builds the date rules'
    first-word guards once (``matching.prepare``), so that no forked worker builds them again."""
    import subprocess
    import sys

    code = ("import newsledger.worker\n"
            "from newsledger.extract.dates.matching import _candidate\n"
            "print(_candidate.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"
