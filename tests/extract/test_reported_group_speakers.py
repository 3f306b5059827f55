"""Reported speech (issue 22): speakers with two joined complements or
'Those close to …', a statement after 'that' and an adjunct set off by commas, present verbs
of plural and 'this' subjects, and the reporter's participles after a statement. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # a noun of people with two complements joined by 'and'
    ("Experts on Iran and nuclear arms control said the talks could collapse.",
     ("the talks could collapse", "Experts on Iran and nuclear arms control")),
    ("Observers in Scotland and across the country say the vote was fair.",
     ("the vote was fair", "Observers in Scotland and across the country")),
    # 'Those' with its complement: people
    ("Those close to the striker say he wants to leave.",
     ("he wants to leave", "Those close to the striker")),
    ("Those familiar with the talks said a deal was close.",
     ("a deal was close", "Those familiar with the talks")),
    # people of a club, an event or a candidate: unnamed, not the name after 'of'
    ("Fans of Rovers United said the board had let them down.",
     ("the board had let them down", "Fans of Rovers United")),
    ("Survivors of the Harbour Tower fire said the delay was a betrayal.",
     ("the delay was a betrayal", "Survivors of the Harbour Tower fire")),
    ("Supporters of Dana Reyes said the verdict was unfair.",
     ("the verdict was unfair", "Supporters of Dana Reyes")),
    # (its officials speak for a body)
    ("Officials of the Acme Corporation said the plant would close.",
     ("the plant would close", "Acme Corporation")),
])
def test_group_speakers(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, content", [
    # 'that' and an adjunct set off by commas: the clause after the adjunct
    ("The chairman noted that, like last year, the club would make a loss.",
     "like last year, the club would make a loss"),
    ("The ministry said that, after the storm, most roads had reopened.",
     "after the storm, most roads had reopened"),
    # ('that' the subject, an aside after it)
    ("She said that, too, was a mistake.", "that, too, was a mistake"),
    # a counted subject opened by 'as many as', 'as much as'
    ("Officials say as many as 300 people may have died.",
     "as many as 300 people may have died"),
    ("The regulator said as much as $2bn had been lost.", "as much as $2bn had been lost"),
    # a plural subject and a present verb
    ("The manager said fans misunderstand the club's finances.",
     "fans misunderstand the club's finances"),
    ("Most members approve of the deal, according to a survey by the union.",
     "Most members approve of the deal"),
    # 'This' and a present verb
    ("This means fares will rise in January, the operator said.",
     "This means fares will rise in January"),
    # the reporter's participle after the statement, after a comma or a dash
    ("The chancellor said borrowing would fall next year, throwing the opposition's plans "
     "into doubt.", "borrowing would fall next year"),
    ("The regulator said prices would rise, highlighting the pressure on households.",
     "prices would rise"),
    ("The club says the fee was fair — insisting that no rules were broken.",
     "the fee was fair"),
])
def test_statement_spans(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text, expected", [
    # 'as' and the speaker, an auxiliary and an adverb before the verb
    ("The numbers changed over the summer, as the minister has sometimes acknowledged.",
     ("The numbers changed over the summer", "the minister")),
    # a stretch of time after the verb ('a few days later', 'two weeks ago')
    ("The striker discussed a transfer, as the Gazette reported a few days later.",
     ("The striker discussed a transfer", "Gazette")),
    ("The club said two weeks ago that the stadium would close.",
     ("the stadium would close", "The club")),
    # people polled, compared: 'slightly more likely to say', 'twice as likely to say'
    ("Younger voters were slightly more likely to say they preferred the mayor.",
     ("they preferred the mayor", "Younger voters")),
    ("Women were twice as likely to say the economy was getting worse.",
     ("the economy was getting worse", "Women")),
    ("Party members in Kent were more likely to say the leader should stay.",
     ("the leader should stay", "Party members in Kent")),
    # a programme heard, its title in quote marks
    ('The senator told MSNBC\'s "Morning Joe" that nobody would question her record.',
     ("nobody would question her record", "The senator")),
    ('The senator told NBC\'s "Meet the Press" on Sunday he would run again.',
     ("he would run again", "The senator")),
    # newswire: the statement's noun, then a clause with a full subject
    ("The ministry said in a statement the strikes had hit military targets.",
     ("the strikes had hit military targets", "The ministry")),
    ("The striker said in an interview the club had treated him badly.",
     ("the club had treated him badly", "The striker")),
    # a gerund subject and a present verb
    ("The mayor said having the festival in June puts the budget at risk.",
     ("having the festival in June puts the budget at risk", "The mayor")),
])
def test_cue_forms(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, content", [
    # UK court reports: the jurors or the magistrates heard it; no speaker
    ("Jurors were told the victim had been stabbed twice.", "the victim had been stabbed twice"),
    ("Magistrates heard the defendant had breached his bail.",
     "the defendant had breached his bail"),
])
def test_court_reports(text, content):
    assert (content, None) in reported(text)


@pytest.mark.parametrize("text", [
    "Those close to the striker trained on Monday.",
    "The club said two days ago.",
    "The club is more likely to announce a new manager in May.",
    "The mayor said having the festival in June with concerts for students.",
    "The striker said in an interview the BBC aired on Sunday.",
    "She said as many as she could.",
    "Jurors were told to ignore the remark.",
    "Experts on Iran and nuclear arms control met in Vienna on Monday.",
    "He noted that, in the end.",
    "This week the minister visited the school.",
])
def test_not_statements(text):
    assert reported(text) == []
