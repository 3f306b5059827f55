"""Reported speech (issue 22): a parenthetical attribution followed by ', and' — the speaker's
next statement ('…, he said, and added that …') or the statement going on with its own
subject ('…, the club added, and had passed …'). Every sentence here is written for these
tests (wire, UK, sport, business, broadcast styles)."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # the speaker's next statement: two rows, both the attribution's speaker's
    ("The plan will work, the minister said, and warned that costs would rise.",
     [("The plan will work", "the minister"), ("costs would rise", "the minister")]),
    ("The talks were constructive, Ms. Hale told reporters, and said a deal was close.",
     [("The talks were constructive", "Hale"), ("a deal was close", "Hale")]),
    ("Fans were angry, the chairman said, but insisted the board had acted in good faith.",
     [("Fans were angry", "the chairman"), ("the board had acted in good faith", "the chairman")]),
    ("Profits will fall this year, the retailer said on Tuesday, and added that it would close "
     "40 stores.",
     [("Profits will fall this year", "the retailer"), ("it would close 40 stores", "the retailer")]),
])
def test_next_statement_after_a_parenthetical(text, expected):
    found = reported(text)
    for row in expected:
        assert row in found


@pytest.mark.parametrize("text, content", [
    # an auxiliary or a modal after ', and': the statement's own subject goes on
    ("The striker had no known injuries, the club added, and had passed all medical checks.",
     "The striker had no known injuries, the club added, and had passed all medical checks"),
    ("Prices rose sharply in March, the agency said, and were expected to keep rising.",
     "Prices rose sharply in March, the agency said, and were expected to keep rising"),
    ("The bridge will stay shut, engineers say, and could need rebuilding.",
     "The bridge will stay shut, engineers say, and could need rebuilding"),
])
def test_statement_goes_on_after_a_parenthetical(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text", [
    # a past verb after ', and' may be the speaker's next act or the statement's subject's
    # ('…, police say, and headed back'): neither runs into the statement
    "The plan will work, he said, and walked off the stage.",
    "The driver forced her way in, police say, and headed back to the third floor.",
])
def test_past_verb_after_a_parenthetical(text):
    found = contents(text)
    assert not any("walked" in c or "headed" in c for c in found)


@pytest.mark.parametrize("text", [
    # beliefs, evidence, hypotheticals, questions and negated speech stay no rows
    ("The plan will work, he hopes, and would pay for itself."),
    ("Prices rose sharply, the survey shows, and were expected to keep rising."),
    ("If the plan works, he said nothing, and walked away."),
    ("Did the club say the striker had passed all checks?"),
    ("The minister refused to say whether the talks had failed."),
])
def test_no_statement(text):
    assert not contents(text)


@pytest.mark.parametrize("text, expected", [
    # a pronoun and a name speak together after the statement: the name is read
    ("Winning is not everything, he and Mr. Allen said.", ("Winning is not everything", "Allen")),
    ("The shop would stay open, she and her husband said.",
     ("The shop would stay open", "her husband")),
])
def test_pronoun_and_name_after_a_statement(text, expected):
    assert expected in reported(text)
