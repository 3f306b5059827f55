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
