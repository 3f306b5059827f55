"""Claims: who reports a figure when a subordinate clause brings a source in, what a fee
"plus add-ons" says, troops counted as soldiers, and numbers to call (not claims). All
sentences are written for these tests (invented names)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

_DAY = dt.date(2026, 11, 10)


def _claims(text: str) -> dict[str, object]:
    return {c.value_text: c for c in extract_all(text, _DAY).claims}


_POUND = ("The pound dropped to $1.26 on Monday, down almost 1 cent, after figures showed "
          "unemployment rising to 5.1%.")


# A source brought in by "after", "before" or "as" speaks only of what follows it
@pytest.mark.parametrize("text, value, claimant", [
    (_POUND, "$1.26", None),
    (_POUND, "1 cent", None),
    (_POUND, "5.1%", "figures"),
    ("Shares in Tarrow Holdings fell 9%, after analysts said sales of 2m units were too few.",
     "9%", None),
    ("As the Dunmore Gazette reported, the council spent £4m on the scheme.", "£4m",
     "the Dunmore Gazette"),
    # a source at the clause's start is still the whole sentence's
    ("Police said 5,000 people took part.", "5,000 people", "Police"),
])
def test_joining_word_before_a_source(text, value, claimant):
    assert _claims(text)[value].claimant == claimant


# "plus add-ons" or "plus bonuses": the fee may rise above it
@pytest.mark.parametrize("text, value, qualifier", [
    ("Mensah joined Eastbury Rovers in a deal worth £45m plus add-ons.", "£45m", "at_least"),
    ("The striker signed for £30m plus bonuses.", "£30m", "at_least"),
    ("The striker signed for £30m, plus a sell-on clause.", "£30m", "exact"),
])
def test_fee_plus_add_ons(text, value, qualifier):
    assert _claims(text)[value].qualifier == qualifier


# Troops are soldiers: one side's dead and the other side's claim compare
@pytest.mark.parametrize("text, value, unit, measure", [
    ("The army said it had killed more than 200 Velorian troops.", "200 Velorian troops",
     "soldier", "soldiers killed"),
    ("At least 42 soldiers were killed, the defence ministry said.", "42 soldiers", "soldier",
     "soldiers killed"),
    ("The country will send 3,000 troops to the region.", "3,000 troops", "soldier", "troops"),
])
def test_troops_are_soldiers(text, value, unit, measure):
    c = _claims(text)[value]
    assert (c.unit, c.measure) == (unit, measure)


# A number to call is no claim; "call on" a count of people asks them
@pytest.mark.parametrize("text, value, kept", [
    ("Anyone with information should call police on 101.", "101", False),
    ("Ring the helpline on 116 123 at any time.", "116", False),
    ("Ring the helpline on 116 123 at any time.", "123", False),
    ("Contact the council on 3000 if the bins are missed.", "3000", False),
    ("The minister will call on 40 countries to help.", "40 countries", True),
    ("Police were called to the flats on 12 occasions last year.", "12 occasions", True),
])
def test_number_to_call(text, value, kept):
    assert (value in _claims(text)) == kept
