"""Reported speech (issue 22): a relative clause opened by 'what' or 'which' after the
preposition 'to' ('adapt to what she said is growing demand'): 'to' is no infinitive's, the
statement is a row of its speaker. Every sentence here is written for these tests (wire,
UK, sport, business, broadcast styles)."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # business
    ("Gyms are adapting to what the trade body said is growing demand for pools.",
     ("what the trade body said is growing demand for pools", "the trade body")),
    # wire
    ("The law gave citizenship to what advocates estimated were more than 90,000 children.",
     ("what advocates estimated were more than 90,000 children", "advocates")),
    # UK politics
    ("Labour objected to what ministers say is a fair settlement for councils.",
     ("what ministers say is a fair settlement for councils", "ministers")),
    # sport
    ("The club reacted to what the coach said was a reckless tackle on its captain.",
     ("what the coach said was a reckless tackle on its captain", "the coach")),
    # broadcast
    ("Viewers were treated to what the presenter claimed was the best goal of the season.",
     ("what the presenter claimed was the best goal of the season", "the presenter")),
])
def test_relative_after_the_preposition_to(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    "The minister refused to say what the scheme would cost.",
    "The club wants to say what it thinks of the ruling.",
    "If the coach had listened to what she said was wrong, the club would have won.",
    "Did the panel listen to what the fans said was unfair?",
    "Nobody was able to say what had caused the crash.",
])
def test_no_statement(text):
    assert not any(c.startswith("what") for c in contents(text))
