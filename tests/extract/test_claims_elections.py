"""Claims on an election night: a seat held by a margin, each candidate's votes, a division's
tally. All sentences are written for these tests (invented names and seats)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

_DAY = dt.date(2026, 5, 8)


def _claims(text: str) -> dict[str, object]:
    return {c.value_text: c for c in extract_all(text, _DAY).claims}


# A seat held or won "by" a count of votes: the margin, not the winner's votes
@pytest.mark.parametrize("text, value, measure", [
    ("Labour's Priya Naidoo held Harwick North by 412 votes after a recount.", "412 votes",
     "margin of victory"),
    ("The Liberal Democrats won the seat by 1,806 votes.", "1,806 votes", "margin of victory"),
    ("Naidoo clung on in Harwick North by just 412 votes last night.", "412 votes",
     "margin of victory"),
    ("The Greens retained Dunmore Central by 96 votes.", "96 votes", "margin of victory"),
    # a division's tally: the votes for
    ("The bill was passed by 286 votes to 134.", "286 votes", "votes received"),
    ("Naidoo won the seat by 412 votes to 300.", "412 votes", "votes received"),
])
def test_seat_held_by_votes(text, value, measure):
    assert _claims(text)[value].measure == measure


# "N votes to X's M": M is X's count of votes, and N is not X's
@pytest.mark.parametrize("text, value, unit, measure, subject", [
    ("She received 14,210 votes to Mark Dunn's 11,895.", "11,895", "vote", "votes received",
     "Mark Dunn"),
    ("She received 14,210 votes to Mark Dunn's 11,895.", "14,210 votes", "vote",
     "votes received", None),
    ("Naidoo polled 18,344 votes to the Conservative candidate Tom Bailey's 17,932.", "17,932",
     "vote", "votes received", "Tom Bailey"),
    ("Naidoo polled 18,344 votes to the Conservative candidate Tom Bailey's 17,932.",
     "18,344 votes", "vote", "votes received", None),
    ("Kerr took 9,870 votes against Ada Quinn's 9,104.", "9,104", "vote", "votes received",
     "Ada Quinn"),
])
def test_votes_to_a_rival(text, value, unit, measure, subject):
    c = _claims(text)[value]
    assert (c.unit, c.measure, c.subject) == (unit, measure, subject)


# Negatives: a bare number after a possessive name with no count of votes before it
@pytest.mark.parametrize("text, value", [
    ("The fund grew to £2m, up from Tom Kerr's 1,800.", "1,800"),
    ("Rovers lost to Ashford's 11 in the final.", "11"),
])
def test_no_votes_without_a_count_of_votes(text, value):
    got = _claims(text).get(value)
    assert got is None or got.unit != "vote"
