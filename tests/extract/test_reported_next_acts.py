"""Reported speech (issue 22): a statement in the simple present after a past verb of saying
ends before a regular past after 'and', the speaker's next act ('said she admires his resolve
and praised …'). Every sentence here is written for these tests (wire, UK, sport, business,
broadcast styles)."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # wire
    ("Tom Hale, a retired teacher, said he earns 30,000 dollars a year and questioned how the "
     "plan would help him.", ("he earns 30,000 dollars a year", "Tom Hale")),
    # UK politics
    ("The minister said she admires his determination and thanked him for his work.",
     ("she admires his determination", "The minister")),
    # sport
    ("The manager said he trusts the squad and dismissed talk of a crisis.",
     ("he trusts the squad", "The manager")),
    # business
    ("The chief executive told analysts it expects a better year and promised a new "
     "dividend.", ("it expects a better year", "The chief executive")),
    # broadcast
    ("Speaking on the programme, the mayor said she fully supports the plan and urged "
     "residents to back it.", ("she fully supports the plan", "the mayor")),
])
def test_statement_ends_before_the_speakers_next_act(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, content", [
    # both verbs the statement's: in the past, or the passive, or a clause of its own
    ("The agency said prices rose in March and fell in April.",
     "prices rose in March and fell in April"),
    ("The council said the road will be cleaned and painted.",
     "the road will be cleaned and painted"),
    ("The club said it is a place where fans gather and celebrated together.",
     "it is a place where fans gather and celebrated together"),
    # a present verb of saying: the past after 'and' may be the statement's
    ("The coach says he feels fine and trained fully on Friday.",
     "he feels fine and trained fully on Friday"),
])
def test_both_verbs_stay_in_the_statement(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text", [
    "The minister wants to cut taxes and promised a vote.",
    "The poll shows he leads and surprised analysts.",
    "If she said she admires him and praised him, nobody heard it.",
    "Did the coach say he trusts the squad and dismissed the talk?",
    "The mayor refused to say whether she supports the plan and walked out.",
])
def test_no_statement(text):
    found = contents(text)
    assert not any("admires" in c or "trusts" in c or "supports" in c or "leads" in c or
                   "cut taxes" in c for c in found)


@pytest.mark.parametrize("text, expected", [
    # the speaker's next statement after 'and': a question, a request, a judgement
    ("A defence analyst noted that troop numbers already lag the target and asked whether the "
     "minister could reach it.",
     [("troop numbers already lag the target", "A defence analyst"),
      ("whether the minister could reach it", "A defence analyst")]),
    ("The official said the talks had stalled and urged reporters to wait for a statement.",
     [("the talks had stalled", "The official"),
      ("reporters to wait for a statement", "The official")]),
    ("The manager complained the referee had ignored a foul and questioned why the goal stood.",
     [("the referee had ignored a foul", "The manager"),
      ("why the goal stood", "The manager")]),
])
def test_statement_ends_before_the_speakers_next_statement(text, expected):
    found = reported(text)
    for row in expected:
        assert row in found


@pytest.mark.parametrize("text, content", [
    # a pronoun subject: the verb after 'and' may be the pronoun's, reported too
    ("The senator said he spoke to the president and asked him to condemn the violence.",
     "he spoke to the president and asked him to condemn the violence"),
    # a relative clause of the statement's own
    ("The director said the film tells a story that humanizes its subjects and urges "
     "respect for them.", "the film tells a story that humanizes its subjects and urges "
                          "respect for them"),
])
def test_the_next_verb_stays_in_the_statement(text, content):
    assert content in contents(text)
