"""Years to a month (the month they end in), steps back from the narrative's year, delays
that are no dates, spelled years of broadcast transcripts, and the saying that a date ahead
does not date. Every text here is made up for these tests (invented names and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

THURSDAY = dt.date(2026, 3, 12)


def dates(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_all(text, published).dates]


def events(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(e.action, e.date.value) for e in extract_all(text, published).events]


# --- A year to a month: the month it ends in, as of which its figures are ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pretax profit at Harlow Mining rose 9% in the year to March.",
     [("the year to March", "2026-03")]),
    ("Turnover fell in the financial year to April 2025, the grocer said.",
     [("the financial year to April 2025", "2025-04")]),
    ("Rents rose 6% in the 12 months to January, the agency said.",
     [("the 12 months to January", "2026-01")]),
    ("Inflation rose to 3.1% in the year to February, the statistics office said.",
     [("the year to February", "2026-02")]),
    ("Ashby Foods expects sales to grow in the year ending August.",
     [("the year ending August", "2026-08")]),
])
def test_a_year_to_a_month_is_that_month(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day named: the day is the date the text gives
    ("For the year ended Sept. 30, Brayford earned $640 million.", [("Sept. 30", "2025-09-30")]),
    ("Profit for the year to 31 January rose.", [("31 January", "2026-01-31")]),
    ("Sales slipped in the year to date, the chain said.", []),
])
def test_a_year_to_a_day_is_that_day_and_to_date_no_date(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kestrel swung to a loss in the three months to February.", [("to February", "2026-02")]),
    ("Sales rose 3% in the 12 weeks to November, the researcher said.",
     [("to November", "2025-11")]),
])
def test_a_period_to_a_month_ends_there_and_sets_no_deadline_ahead(text, expected):
    assert dates(text) == expected


def test_a_deadline_to_a_month_still_lies_ahead():
    assert dates("The loan runs to February.") == [("to February", "2027-02")]


# --- Steps from the narrative's year -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Costs were $9bn in 2024, $2bn less than the year previous.", ("the year previous", "2023")),
    ("Sales were $3bn in 2024, up from $2bn the year before.", ("the year before", "2023")),
    ("He won the seat in 2019 and lost it the year after, when the party split.",
     ("the year after", "2020")),
    ("Tidewater cut fares in March 2025; the month before, it had raised them.",
     ("the month before", "2025-02")),
])
def test_the_year_before_is_a_step_from_the_narratives_year(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text", [
    "She was born in 1990 and the year before her parents married.",
    "Prices were lower in 2019 than the year before last.",
])
def test_the_year_before_a_happening_is_no_step(text):
    assert [v for t, v in dates(text) if t.startswith("the year")] == []


# --- A delay is no date ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The jet lands on March 20, three days later than originally planned.",
     [("March 20", "2026-03-20")]),
    ("The ruling came on Feb. 2, two weeks later than expected.", [("Feb. 2", "2026-02-02")]),
])
def test_later_than_planned_is_a_delay_not_a_date(text, expected):
    assert dates(text) == expected


def test_later_without_than_still_counts_from_the_day():
    assert ("two weeks later", "2026-02-16") in dates(
        "The trial opened on Feb. 2 and ended two weeks later.")


# --- Spelled years of broadcast transcripts -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("REPORTER: It is the highest river level since twenty fourteen.", ("twenty fourteen", "2014")),
    ("ANCHOR: The bridge opened in twenty nineteen.", ("twenty nineteen", "2019")),
])
def test_twenty_and_a_teen_after_a_preposition_is_a_year(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text", [
    "A crowd of twenty fourteen-year-olds waited at the gate.",
    "Twenty fourteen people signed.",
])
def test_twenty_and_a_teen_as_a_count_is_no_year(text):
    assert dates(text) == []


# --- A date ahead does not date the saying -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Forecasters say more rain is due tomorrow.", [("be", "2026-03-13")]),
    ("Officials said the vote is on Monday.", [("vote", "2026-03-16")]),
])
def test_a_saying_is_not_dated_by_the_day_ahead_it_reports(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister will tell MPs on Monday.", [("tell", "2026-03-16")]),
    ("The mayor said on Tuesday she would stand again.", [("say", "2026-03-10")]),
])
def test_a_saying_ahead_or_done_on_its_day_keeps_its_date(text, expected):
    assert events(text) == expected


# --- A period's "ended" names it: no happening ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the week ending Saturday 7 March: the fall is the week's, not the day's
    ("Jobless claims fell in the week ending March 7, the department said.",
     [("fall", "2026-W10")]),
    ("For the nine months ended Sept. 30, the company earned $640 million.",
     [("earn", "2025-09-30")]),
])
def test_the_end_of_a_named_period_is_no_happening(text, expected):
    assert events(text) == expected


def test_a_happening_that_ended_on_its_day_keeps_it():
    assert events("The strike ended on March 2.") == [("end", "2026-03-02")]


# --- A verb after "and" has its own tense ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The jury was sent home on Friday and will resume deliberations on Monday.",
     [("Friday", "2026-03-06"), ("Monday", "2026-03-16")]),
    ("The stand was closed on Tuesday but will reopen on Saturday.",
     [("Tuesday", "2026-03-10"), ("Saturday", "2026-03-14")]),
])
def test_a_future_after_and_does_not_move_the_day_before_it(text, expected):
    assert dates(text) == expected


def test_a_date_with_no_tense_before_it_takes_the_future_after_and():
    assert dates("Rain on Friday and snow will follow.") == [("Friday", "2026-03-13")]
