"""Numeric claims: values, units, qualifiers, measure keys; and what is not a claim."""
from __future__ import annotations

import pytest

from newsledger.extract.claims import extract_claims
from newsledger.extract.dates import extract_dates
from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes


def claims(text: str):
    entities = extract_entities(text)
    return extract_claims(text, extract_dates(text, None), entities,
                          extract_quotes(text, entities))


def brief(text: str):
    return [(c.value_text, c.value, c.unit, c.qualifier) for c in claims(text)]


@pytest.mark.parametrize("text, expected", [
    ("West garnered little more than 60,000 votes.", ("60,000 votes", 60000, "vote", "more_than")),
    ("He got on the ballot in only 12 states.", ("12 states", 12, "state", "exact")),
    ("He couldn't even reach 0.5% of the vote.", ("0.5%", 0.5, "percent", "less_than")),
    ("Officials counted 130 million ballots.", ("130 million ballots", 130e6, "ballot", "exact")),
    ("Of those, 10,188 of those votes are from Tennessee.",
     ("10,188 of those votes", 10188, "vote", "exact")),
    ("The 43-year-old rapper smiled.", ("43-year-old", 43, "year", "exact")),
    ("A three-hour-long interview followed.", ("three-hour-long", 3, "hour", "exact")),
    ("The firm reported revenue of $2.3 billion.", ("$2.3 billion", 2.3e9, "usd", "exact")),
    ("Shares fell 3.2 percent on Monday.", ("3.2 percent", 3.2, "percent", "exact")),
    ("Nearly 300 people attended.", ("300 people", 300, "person", "approximate")),
    ("At least five people were killed.", ("five people", 5, "person", "at_least")),
    ("She scored 31 points in the final.", ("31 points", 31, "point", "exact")),
    ("Turnout rose by 3 percentage points.", ("3 percentage points", 3, "percentage point",
                                            "exact")),
    ("The club paid £20 million for him.", ("£20 million", 20e6, "gbp", "exact")),
])
def test_claims(text, expected):
    assert expected in brief(text)


@pytest.mark.parametrize("text", [
    "Text VOTE to 56005 to find your polling place.",
    "The vote was held on Nov. 4, 2020.",
    "He plans to run in 2024.",
    "WELP KANYE 2024",
    "The meeting starts at 7 p.m. sharp.",
    "Call 1-800-555-0199 for help.",
    "See pic.twitter.com/Zm2pKcn12t for more.",
    "Follow @user2020 for updates.",
    "The Apollo 11 crew landed.",
    "COVID-19 spread fast.",
    "One commented on the post.",
    "No one came.",
])
def test_not_claims(text):
    assert brief(text) == []


def test_measure_key_names_subject_unit_and_scope():
    text = ("As of Wednesday evening, Kanye West has received 60,000 votes across 12 states "
            "and 10,188 of those votes are from Tennessee.")
    keys = {c.value_text: c.measure_key for c in claims(text)}
    assert keys["60,000 votes"] == "kanye west|vote"
    assert keys["12 states"] == "kanye west|state"
    assert keys["10,188 of those votes"] == "kanye west|vote|tennessee"


def test_claimant_from_quote_and_from_attribution():
    got = claims('"We sold 500 tickets," Ana Cruz said. Sales hit 900 units, according to '
                 'the latest reports.')
    by_text = {c.value_text: c.claimant for c in got}
    assert by_text["500 tickets"] == "Ana Cruz"
    assert by_text["900 units"] == "the latest reports"


def test_spans_equal_text():
    text = "West garnered little more than 60,000 votes as per the latest reports."
    for c in claims(text):
        assert text[c.start:c.end] == c.text and text[c.value_start:c.value_end] == c.value_text
