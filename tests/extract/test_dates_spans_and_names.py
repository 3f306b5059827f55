"""Dates of spans, codes and names as wire, business, sport and UK and US local news write them:
spans of months and years ("between March and May 2024", "the 2023-24 season"), fiscal years
and halves ("FY2025", "H1 2025"), days named by what happened on them ("the September 11
attacks") or by a feast ("Easter Monday", "Super Bowl Sunday"), a year the sentence has just
named, and expectations reported in the past ("was expected to crest on Monday"). Every text
here is made up for these tests (invented names and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

WEDNESDAY = dt.date(2026, 3, 4)


def dates(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_all(text, published).dates]


@pytest.mark.parametrize("text, published, expected", [
    # the year after a span of months is its first month's too
    ("A nurse who stole from patients between March and May 2024 was jailed on Tuesday.",
     dt.date(2026, 9, 30),
     [("between March", "2024-03"), ("May 2024", "2024-05"), ("Tuesday", "2026-09-29")]),
    ("A consultation ran from June to August last year.", WEDNESDAY,
     [("from June", "2025-06"), ("August last year", "2025-08")]),
    # across the new year: the first month is the year before
    ("Sales slumped between November and January 2026.", WEDNESDAY,
     [("between November", "2025-11"), ("January 2026", "2026-01")]),
    # the second month of a span is the first one after its first
    ("The pier is shut from November to February each winter, the council says.", WEDNESDAY,
     [("from November", "2025-11"), ("to February", "2026-02")]),
    ("He worked at the mill from March 2019 to May.", WEDNESDAY,
     [("March 2019", "2019-03"), ("to May", "2019-05")]),
])
def test_a_span_of_months_shares_its_year(text: str, published: dt.date,
                                          expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brackley won the 2023/24 title.", [("2023", "2023"), ("24", "2024")]),
    ("Coltart scored 12 goals in the 2025-26 season.", [("2025", "2025"), ("26", "2026")]),
    ("The group cut 400 jobs in the 2024-25 financial year.", [("2024", "2024"), ("25", "2025")]),
    ("The strategy runs 2021-2030.", [("2021", "2021"), ("2030", "2030")]),
    ("Revenue for FY2025 rose 6%.", [("FY2025", "2025")]),
    ("Guidance for FY26 was cut.", [("FY26", "2026")]),
    ("Profit in H1 2025 was flat.", [("H1 2025", "2025-H1")]),
])
def test_spans_of_years_and_business_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Order part 2019-4512 from the catalogue.",
    "Call 2024-2099 for the helpline.",
    "By 2010-11 the plant will have closed.",
    "The H1 route was closed for repairs.",
    "FY25 guidance was cut.",  # no publication date: which century is not said
])
def test_codes_that_are_no_years(text: str) -> None:
    assert dates(text, None if text.startswith("FY") else WEDNESDAY) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Roads were jammed on Easter Monday.", dt.date(2026, 4, 8),
     [("Easter Monday", "2026-04-06")]),
    ("The march was held on Good Friday.", dt.date(2026, 4, 8), [("Good Friday", "2026-04-03")]),
    ("Viewers packed bars on Super Bowl Sunday.", WEDNESDAY,
     [("Super Bowl Sunday", "2026-02-08")]),
    ("The half-time show on Super Bowl Sunday 2019 drew 98 million viewers.", WEDNESDAY,
     [("Super Bowl Sunday 2019", "2019-02-03")]),
    ("Last year's Thanksgiving set a travel record.", dt.date(2025, 11, 29),
     [("Last year", "2024"), ("Thanksgiving", "2024-11-28")]),
    ("Twenty-five years after the September 11 attacks, relatives gathered at the memorial.",
     dt.date(2026, 9, 11), [("September 11", "2001-09-11")]),
    ("The Jan. 6 committee heard from two aides.", WEDNESDAY, [("Jan. 6", "2021-01-06")]),
    ("The Easter Rising began in Dublin.", WEDNESDAY, []),
    ("Traffic was heavy over Easter.", dt.date(2026, 4, 8), [("Easter", "2026-04-05")]),
    ("Thousands visited the coast over the Easter weekend.", dt.date(2026, 4, 8),
     [("Easter weekend", "2026-W14-WE")]),
    ("Crowds gathered over the Easter bank holiday weekend.", dt.date(2026, 4, 8),
     [("Easter bank holiday weekend", "2026-W14-WE")]),
    ("Children hunted for Easter eggs on the green.", WEDNESDAY, []),
    ("It was the warmest late May bank holiday since records began.", dt.date(2026, 5, 26),
     [("May bank holiday", "2026-05-25")]),
])
def test_feasts_and_days_named_by_what_happened(text: str, published: dt.date,
                                                expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The river last flooded in 2019, when it crested on June 14.",
     [("2019", "2019"), ("June 14", "2019-06-14")]),
    ("She joined the club in 2017 and made her debut on August 3.",
     [("2017", "2017"), ("August 3", "2017-08-03")]),
    # a report of a year's figures is dated by the report, not the year
    ("Net income in 2024 rose 5%, the company said on Feb. 24.",
     [("2024", "2024"), ("Feb. 24", "2026-02-24")]),
    # a fronted aside: its year is not the main clause's
    ("Founded in 1998, the firm collapsed on Feb. 2.",
     [("1998", "1998"), ("Feb. 2", "2026-02-02")]),
    # a clause that looks ahead: not the year named before it
    ("The party, founded in 2012, will contest the December 15 election.",
     [("2012", "2012"), ("December 15", "2026-12-15")]),
    # another sentence: the year does not carry over
    ("In 2019 he moved to Paris. He returned on Feb. 2.",
     [("2019", "2019"), ("Feb. 2", "2026-02-02")]),
])
def test_a_day_takes_the_year_its_sentence_just_named(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # reported speech shifts "is expected" to "was expected": still ahead of the report
    ("The river was expected to crest on Monday night, officials said.",
     [("Monday night", "2026-03-09")]),
    ("Airlines expect Sunday to be the busiest day.", [("Sunday", "2026-03-08")]),
    # what was done before a happening ahead: not pushed ahead with it
    ("Hale will be sentenced on Friday after pleading guilty in February.",
     [("Friday", "2026-03-06"), ("in February", "2026-02")]),
    # a happening that "is" on a day: that day lies ahead
    ("The funeral is on Friday at St Mary's church.", [("Friday", "2026-03-06")]),
    ("The deadline for entries is Friday.", [("Friday", "2026-03-06")]),
    ("Kick-off is at 3pm on Saturday.", [("at 3pm on Saturday", "2026-03-07")]),
    ("The hearing is set for Monday.", [("Monday", "2026-03-09")]),
    ("It is Tuesday's vote that worries them.", [("Tuesday", "2026-03-03")]),
    # a plan that fell through: the day is not said to be ahead
    ("The hearing had been due to take place on Monday but was adjourned.",
     [("Monday", "2026-03-02")]),
])
def test_expectations_point_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a broadcast's "tomorrow" right after the time is the time's day, not the "today" before it
    ("Earlier today a warning was issued. Polls open at 7 a.m. ET tomorrow, officials say.",
     dt.date(2026, 11, 2),
     [("today", "2026-11-02"), ("at 7 a.m. ET", "2026-11-03"), ("tomorrow", "2026-11-03")]),
    ("The vote was on Monday. The count starts at 9pm on 3 March.", WEDNESDAY,
     [("Monday", "2026-03-02"), ("at 9pm", "2026-03-03"), ("3 March", "2026-03-03")]),
    ("He was arrested on Monday and charged at 9pm.", WEDNESDAY,
     [("Monday", "2026-03-02"), ("at 9pm", "2026-03-02")]),
])
def test_a_time_takes_the_day_named_right_after_it(text: str, published: dt.date,
                                                   expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected
