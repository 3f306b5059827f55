"""Claims in market reports, sport and company results (held-out styles: UK and US papers,
newswire, broadcast). Run through every extractor (``extract_all``), as the pipeline does. All
sentences are written for these tests (invented names and figures).
"""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

_DAY = dt.date(2026, 11, 10)


def _claims(text: str):
    return extract_all(text, _DAY).claims


def _claim(text: str, value_text: str):
    got = [c for c in _claims(text) if c.value_text == value_text]
    assert got, f"no claim {value_text!r} in {[c.value_text for c in _claims(text)]}"
    return got[0]


# (text, value, measure, unit): a benchmark's level or move names the benchmark in its measure,
# whatever else the sentence names, and has no subject besides
@pytest.mark.parametrize("text, value, measure, unit", [
    # share indices: the move in points and in percent, and the level reached
    ("The FTSE 100 closed up 45 points at 7,512 on Thursday.", "45 points",
     "index rise (ftse 100)", "point"),
    ("The FTSE 100 closed up 45 points at 7,512 on Thursday.", "7,512",
     "index level (ftse 100)", "point"),
    ("The Dow Jones Industrial Average rose 312.4 points, or 0.9%, to 36,245.5.", "0.9%",
     "index rise (dow jones)", "percent"),
    ("The Dow Jones Industrial Average rose 312.4 points, or 0.9%, to 36,245.5.", "36,245.5",
     "index level (dow jones)", "point"),
    ("Wall Street slipped: the S&P 500 shed 0.4% and the Nasdaq Composite added 1.2% to "
     "14,520.", "0.4%", "index fall (s&p 500)", "percent"),
    ("Wall Street slipped: the S&P 500 shed 0.4% and the Nasdaq Composite added 1.2% to "
     "14,520.", "1.2%", "index rise (nasdaq composite)", "percent"),
    ("Wall Street slipped: the S&P 500 shed 0.4% and the Nasdaq Composite added 1.2% to "
     "14,520.", "14,520", "index level (nasdaq composite)", "point"),
    ("In Tokyo the Nikkei ended 1.1% lower.", "1.1%", "index fall (nikkei 225)", "percent"),
    # exchange rates: the currency quoted, in the currency it is quoted in
    ("The pound rose 0.5% to $1.27 after the wage figures.", "0.5%",
     "sterling exchange rate rise", "percent"),
    ("The pound rose 0.5% to $1.27 after the wage figures.", "$1.27",
     "sterling exchange rate", "usd"),
    ("Sterling fell against the euro to €1.15.", "€1.15", "sterling exchange rate", "eur"),
    ("The pound fell almost a cent against the dollar to $1.26.", "$1.26",
     "sterling exchange rate", "usd"),
    ("In currencies, the euro firmed to $1.0920.", "$1.0920", "euro exchange rate", "usd"),
    # commodities by the ounce
    ("Gold climbed to $2,050 an ounce.", "$2,050", "gold price", "usd"),
    ("Silver rose 2% to $24.10 an ounce.", "2%", "silver price rise", "percent"),
    ("U.S. crude settled down 62 cents at $76.14 a barrel.", "$76.14", "oil price", "usd"),
    ("U.S. crude settled down 62 cents at $76.14 a barrel.", "62 cents", "oil price fall",
     "cent"),
    # government bonds' yields, with their maturity
    ("The 10-year gilt yield rose to 4.2%, up 12 basis points on the week.", "4.2%",
     "gilt yield (10-year)", "percent"),
    ("The 10-year gilt yield rose to 4.2%, up 12 basis points on the week.",
     "12 basis points", "gilt yield rise (10-year)", "basis point"),
    ("The yield on the two-year Treasury fell 8 basis points to 4.65%.", "4.65%",
     "treasury yield (2-year)", "percent"),
    ("The benchmark 10-year Treasury yield fell to 4.41% from 4.52%.", "4.52%",
     "treasury yield (10-year)", "percent"),
])
def test_market_benchmarks(text, value, measure, unit):
    c = _claim(text, value)
    assert (c.measure, c.unit, c.subject) == (measure, unit, None)


# A benchmark does not reach past another subject, nor a currency quoted in another
@pytest.mark.parametrize("text, value, measure", [
    ("The FTSE 100 rose 0.5% while shares in Harcourt Foods fell 3%.", "3%",
     "share price fall"),
    ("The FTSE 100 rose 0.5%, led by Garnet Mining, which jumped 7% to 1,240p.", "1,240p",
     None),
    ("The dollar was flat, and Brackwell Bank said profits rose 4% to $1.1bn.", "$1.1bn",
     "profit"),
    ("She was paid in dollars, about $40,000 a year.", "$40,000", None),
    ("The gold medallist earned £50,000 in prize money.", "£50,000", "prize money"),
])
def test_benchmark_reach(text, value, measure):
    assert _claim(text, value).measure == measure


def test_a_change_and_the_level_are_not_a_range():
    # "added 1.2% to 14,520": the move and the level, not a range from 1.2 to 14,520
    text = "The Nasdaq Composite added 1.2% to 14,520, and the Kestrel index eased 3 to 416."
    got = {c.value_text: c for c in _claims(text)}
    assert got["1.2%"].qualifier == got["14,520"].qualifier == "exact"
    assert (got["1.2%"].unit, got["14,520"].unit) == ("percent", "point")
    assert got["416"].qualifier == "exact"


# Company results (text, value, measure, period)
@pytest.mark.parametrize("text, value, measure, period", [
    ("Like-for-like sales rose 4.8% at the grocer's stores.", "4.8%",
     "like-for-like sales rise", None),
    ("Earnings per share were 23.4p, up 5% on the year.", "23.4p", "profit per share", None),
    # a change set beside the amount it changes; the year it is measured from is no period
    ("Earnings per share were 23.4p, up 5% on the year.", "5%", "profit per share rise", None),
    ("Third-quarter revenue was $2.34 billion, up 14% from a year earlier.", "14%",
     "revenue rise", "2026-Q3"),
    ("Corvane expects adjusted earnings per share between $1.15 and $1.20.", "$1.20",
     "profit per share", None),
    ("The company will buy back up to $5 billion of its shares.", "$5 billion", "buyback",
     None),
    ("Its stock rose 6% in after-hours trading to $148.20.", "$148.20", "share price", None),
    ("Average house prices fell 0.4% in November to £283,000.", "£283,000", "house price",
     "2026-11"),
    ("The deal gives Stellan a market capitalisation of £2.4bn.", "£2.4bn", "market value",
     None),
    ("Orwin will pay 380p a share, a premium of 42% to Friday's close.", "42%", "bid premium",
     None),
    ("Average house prices fell 0.4% last month.", "0.4%", "house price fall", "2026-10"),
])
def test_company_results(text, value, measure, period):
    c = _claim(text, value)
    assert (c.measure, c.period) == (measure, period)


# Sport: fees, contracts, margins, people taking part (text, value, measure)
@pytest.mark.parametrize("text, value, measure", [
    ("Marlow United have signed midfielder Luca Brennan from Castleford City for £45m.",
     "£45m", "transfer fee"),
    ("Marlow United sign Brennan for £45m", "£45m", "transfer fee"),
    ("Brennan has signed a five-year contract at Kelvin Park.", "five-year", "contract length"),
    ("Dalton agreed to a six-year deal with the Harriers on Saturday.", "six-year",
     "contract length"),
    ("England beat Australia by 62 runs at the Oval.", "62 runs", "margin of victory"),
    ("Okafor won in a course record, beating Ethiopia's Selam Tadesse by 41 seconds.",
     "41 seconds", "margin of victory"),
    ("More than 42,000 runners took part in the marathon.", "42,000 runners",
     "runners taking part"),
])
def test_sport(text, value, measure):
    assert _claim(text, value).measure == measure


# ... and what is not: an offer or a wish is no contract, a club's standing is a running total
@pytest.mark.parametrize("text, value", [
    ("The Harriers offered Dalton an eight-year deal worth $180 million.", "eight-year"),
    ("His agent is seeking a 10-year contract.", "10-year"),
    ("Redbridge Rovers are 12 points clear at the top of the table.", "12 points"),
    ("Ashcombe are four points above the relegation zone.", "four points"),
    ("Halden re-signed defenders Cole and Marsh for $80 million.", "$80 million"),
    ("A buyer signed a letter of intent to acquire the group for $3.1 million.",
     "$3.1 million"),
    ("Kestrel signed a lease on the building for £2m.", "£2m"),
])
def test_sport_not_measured(text, value):
    assert _claim(text, value).measure is None


# Numbers that are no claims at all in these reports
@pytest.mark.parametrize("text, value", [
    ("Redbridge Rovers beat Ashcombe Town 3-1 at Kelvin Park.", "3"),  # a match's score
    ("Tom Ellery, wearing the number 9 shirt, scored again.", "9"),  # a shirt number
    ("Ellery opened the scoring after 14 minutes.", "14 minutes"),  # a match minute
    ("Ashcombe kick off at 3pm next Saturday.", "3"),  # a time of day
    ("Call 0800 123 4567 for advice on mortgages.", "0800"),  # a phone number
    ("The society's head office is at 14 Market Street, Hartwell.", "14"),  # an address
    ("The FTSE 100 rose 0.6% on Thursday.", "100"),  # a number in an index's name
    ("Trading opened on 3 November with the Dow at a record.", "3"),  # a date
])
def test_not_claims(text, value):
    assert all(not c.value_text.startswith(value) for c in _claims(text)), \
        [c.value_text for c in _claims(text)]


def test_a_benchmark_is_not_scoped_to_a_place():
    c = _claim("In Hong Kong, the Hang Seng index fell 5.5% on Monday.", "5.5%")
    assert c.measure == "index fall (hang seng)"
