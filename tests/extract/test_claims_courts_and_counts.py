"""Claims: a hospital waiting list, whoever "puts the toll at" a figure (its claimant, not its
subject), a fine with whoever is fined named, a show's audience. All sentences are written for
these tests (invented names)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

_DAY = dt.date(2026, 1, 15)


def _claims(text: str) -> dict[str, object]:
    return {c.value_text: c for c in extract_all(text, _DAY).claims}


# A waiting list counts the people on it, however an outlet words it
@pytest.mark.parametrize("text, value, measure", [
    ("The waiting list for hospital treatment in England fell to 7.6 million in November.",
     "7.6 million", "people waiting"),
    ("The number of people waiting for routine hospital treatment fell to 7.57m at the end "
     "of November.", "7.57m", "people waiting"),
    ("The waiting list rose by 50,000 to 7.6 million.", "50,000", "people waiting rise"),
    ("The waiting list rose by 50,000 to 7.6 million.", "7.6 million", "people waiting"),
    # a wait is no waiting list
    ("Fans faced a waiting list of 12 years for season tickets.", "12 years", None),
    ("About 3.1 million patients had been waiting more than 18 weeks.", "18 weeks", None),
])
def test_waiting_list(text, value, measure):
    assert _claims(text)[value].measure == measure


# "X put the toll at N": X estimates it, the toll is not about X
@pytest.mark.parametrize("text, value, subject, claimant", [
    ("The Red Cross put the toll at 70.", "70", None, "The Red Cross"),
    ("Police put the crowd at about 5,000.", "5,000", None, "Police"),
    ("The Dunmore Institute puts the figure at $498 billion.", "$498 billion", None,
     "The Dunmore Institute"),
    # its own figure stays its own
    ("Halden Mining put its losses at £40m.", "£40m", "Halden Mining", "Halden Mining"),
])
def test_estimate_is_no_subject(text, value, subject, claimant):
    c = _claims(text)[value]
    assert (c.subject, c.claimant) == (subject, claimant)


# A fine with whoever is fined between, and a show's audience
@pytest.mark.parametrize("text, value, measure", [
    ("Magistrates fined Derek Holt £6,500 on Tuesday.", "£6,500", "fine"),
    ("The regulator fined the bank a record £12m.", "£12m", "fine"),
    ("He was fined £500.", "£500", "fine"),
    ("The band played to 62,000 fans at Wembley.", "62,000 fans", "attendance"),
    ("The choir sang to 300 people in the square.", "300 people", "attendance"),
    # no fine: a fee paid by someone, and a crowd that did not watch
    ("The club paid Derek Holt £6,500.", "£6,500", None),
])
def test_fine_and_audience(text, value, measure):
    assert _claims(text)[value].measure == measure
