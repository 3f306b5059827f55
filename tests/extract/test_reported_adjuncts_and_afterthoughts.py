"""Reported speech (issue 22): a statement after an adjunct of the saying ('said at this point
the party was united'), and the reporter's words after a statement, which are no part of it:
the speaker's next act in a participle ('…, calling them "boring"') and a summing apposition
after a dash ('… — a controversial proposal he has made before'). Every sentence here is
written for these tests (wire, UK, sport, business, broadcast styles)."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # wire
    ("Senator Ann Price said at this point the party was united behind the bill.",
     ("the party was united behind the bill", "Ann Price")),
    # business
    ("The chief executive said for now the company would keep all 300 staff.",
     ("the company would keep all 300 staff", "The chief executive")),
    # sport
    ("The manager said after the match the players had given everything.",
     ("the players had given everything", "The manager")),
    # UK politics
    ("The minister told MPs on Tuesday in the Commons the scheme would be extended.",
     ("the scheme would be extended", "The minister")),
])
def test_statement_after_an_adjunct_of_the_saying(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, content", [
    # the speaker's next act, a judgement in a participle
    ("The mayor said he would publish his tax returns on Friday, calling them \"very "
     "boring\".", "he would publish his tax returns on Friday"),
    ("The striker said the penalty should have been given, accusing the referee of bias.",
     "the penalty should have been given"),
    ("Union leaders said the offer was an insult, urging members to reject it.",
     "the offer was an insult"),
    # a summing apposition after a dash, the reporter's
    ("The candidate said he would scrap the tax — a controversial proposal he has made "
     "before.", "he would scrap the tax"),
    ("The chancellor said borrowing would fall – a forecast many economists doubt.",
     "borrowing would fall"),
])
def test_the_reporters_words_after_a_statement(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text, content", [
    # an aside between two dashes, or one that reports more, is inside the statement
    ("The senator said the ban -- a position she has since modified -- would stay.",
     "the ban -- a position she has since modified -- would stay"),
    # no subject after the adjunct: the object, not a clause
    ("The coach said in the end the result was fair.", "the result was fair"),
])
def test_the_statement_keeps_its_own_words(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text, expected", [
    # 'told' after a passive, with its hearer: the subject spoke
    ("He was arrested and told police he had been drinking.", ("he had been drinking", "He")),
    ("She was taken to hospital and told reporters she felt fine.", ("she felt fine", "She")),
])
def test_a_told_after_a_passive_with_a_hearer(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # 'told' coordinated with a passive and no hearer: its subject heard it (court reports)
    "A man has been jailed for life and told he must serve at least 28 years.",
    "She was sentenced to six years and told that she would serve half.",
    "The firm was fined £20,000 and told it must pay costs.",
    # an adjunct and a pronoun 'it': too often the object's own relative ('the cases it cited')
    "The lawyer listed the cases in the brief it cited as precedent.",
    # no verb of saying
    "The council met in the town hall the mayor had opened.",
])
def test_no_statement(text):
    assert contents(text) == []
