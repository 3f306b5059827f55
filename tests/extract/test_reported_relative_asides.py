"""Reported speech (issue 22): a statement in a relative clause whose speaker's verb has an
auxiliary and an adverb before it ('which the manager has repeatedly said was unfair'), such a
clause set off by commas inside another statement (both rows, the outer one not cut at the
inner speaker), and a parenthetical attribution after a sentence opened by a conjunction ('So
it makes sense, analysts said, for …'). Every sentence here is written for these tests, in
wire, UK, sport, business and broadcast styles."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    ("The striker's red card, which the manager has repeatedly said was unfair, was "
     "overturned on appeal.", ("which the manager has repeatedly said was unfair", "the manager")),
    ("The regulator offered a later date, which the airline previously had said was "
     "unworkable.", ("which the airline previously had said was unworkable", "the airline")),
    ("Shares fell after the results, which analysts have often said were too optimistic.",
     ("which analysts have often said were too optimistic", "analysts")),
    ("The bid was rejected at once, which the board has long said would happen.",
     ("which the board has long said would happen", "the board")),
    # after a plural's 'say', the relative clause's verb in its base form
    ("The council passed new parking rules that traders say hurt small shops.",
     ("that traders say hurt small shops", "traders")),
    ("The club signed two young players, who fans say deserve a chance in the first team.",
     ("who fans say deserve a chance in the first team", "fans")),
    ("The council approved the tower, which residents had said would block the light.",
     ("which residents had said would block the light", "residents")),
])
def test_relative_clause_with_auxiliary_and_adverb(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    ("The minister said that the budget, which some economists have argued was rushed, was a "
     "plan for growth.",
     [("the budget, which some economists have argued was rushed, was a plan for growth",
       "The minister"),
      ("which some economists have argued was rushed", "some economists")]),
    ("The chairman told shareholders that the merger, which critics had said was too costly, "
     "would pay for itself.",
     [("the merger, which critics had said was too costly, would pay for itself",
       "The chairman"),
      ("which critics had said was too costly", "critics")]),
])
def test_relative_aside_inside_a_statement(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("So it makes sense, analysts said, for the bank to cut rates in June.",
     ("So it makes sense, analysts said, for the bank to cut rates in June", "analysts")),
    ("But it is too early, the coach said on Saturday, to talk about the title.",
     ("But it is too early, the coach said on Saturday, to talk about the title",
      "the coach")),
])
def test_parenthetical_after_an_opening_conjunction(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # beliefs, evidence, hypotheticals, questions and negated speech stay no rows
    "The plan, which the council had hoped would pass, failed in the vote.",
    "The council passed new parking rules that traders said goodbye to.",
    "Stocks fell, the index showed.",
    "So it makes sense, the figures show, for the bank to cut rates in June.",
    "If the manager had said the red card was unfair, he would have been fined.",
    "Did the manager say the red card was unfair?",
    "The manager refused to say whether the red card was unfair.",
])
def test_no_statement(text):
    assert not contents(text)
