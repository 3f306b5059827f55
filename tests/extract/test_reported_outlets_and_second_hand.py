"""Reported speech (issue 22): constructions of UK and US news that PolNeAR's
2016 political news seldom has. What an outlet knows ('the BBC understands', 'Sky News has
learned that'), 'it is understood', speech reported at second hand ('is understood to have
told', 'was quoted as saying'), the issuer of documents and data after 'according to', and
descriptions the resolver took for names. Every sentence here is written for these tests, in
the styles of BBC-style politics and business, wire copy, tabloids, broadcast and sport."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import reported, rows


SPEECH = [
    # what a news outlet knows: the outlet speaks, an organization
    ("The talks between the two parties have stalled, the BBC understands.",
     [("The talks between the two parties have stalled", "BBC")]),
    ("Sky News has learned that the Chancellor will delay the budget until November.",
     [("the Chancellor will delay the budget until November", "Sky News")]),
    ("ITV News has learnt that the hospital trust was warned twice about the boiler.",
     [("the hospital trust was warned twice about the boiler", "ITV News")]),
    ("The club has agreed a fee of £40m for the winger, the Manchester Evening News "
     "understands.", [("The club has agreed a fee of £40m for the winger",
                       "Manchester Evening News")]),
    ("The Guardian understands that three ministers are considering quitting.",
     [("three ministers are considering quitting", "Guardian")]),
    # 'it is understood': no speaker
    ("It is understood that the government will publish the report next week.",
     [("the government will publish the report next week", None)]),
    ("But it is understood the talks will resume on Monday.",
     [("the talks will resume on Monday", None)]),
    ("The inquiry will sit again in March, it is understood.",
     [("The inquiry will sit again in March", None)]),
    # speech at second hand: the subject said it
    ("The prime minister is understood to have told colleagues that he will not resign.",
     [("he will not resign", "The prime minister")]),
    ("The chancellor is said to have told aides that the plan was dead.",
     [("the plan was dead", "The chancellor")]),
    ("Mr Okafor was quoted as saying that waiting lists would fall by the spring.",
     [("waiting lists would fall by the spring", "Okafor")]),
    ("The striker was quoted as saying he wanted to leave in the summer.",
     [("he wanted to leave in the summer", "The striker")]),
    # speakers: people polled with an adverb, figures that are people, a role after the
    # subject of coordinated verbs
    ("Eight in 10 Labour voters overall said they backed the strike.",
     [("they backed the strike", "Eight in 10 Labour voters")]),
    ("Senior figures in the party said the leader had lost the confidence of MPs.",
     [("the leader had lost the confidence of MPs", "Senior figures in the party")]),
    ("Party figures said the leader had lost the confidence of MPs.",
     [("the leader had lost the confidence of MPs", "Party figures")]),
    ("The council leader claimed victory and said the result was a mandate for change.",
     [("the result was a mandate for change", "The council leader")]),
    # the reporter's words after a closing attribution: an apposition, a long adjunct, a dash
    ("The plan is dead, the minister said, a view shared by many backbenchers.",
     [("The plan is dead", "the minister")]),
    ("The NHS is on track, the health secretary said on Wednesday morning on BBC Radio 4's "
     "Today programme.", [("The NHS is on track", "the health secretary")]),
    ("Rates will stay high, the Bank of England said on Thursday — a blow to borrowers.",
     [("Rates will stay high", "Bank of England")]),
    ("The service was cancelled, the club posted on Facebook.",
     [("The service was cancelled", "the club")]),
    # a speaker's modifier holds 'to', 'not' or 'and': no refusal or negation of the verb's
    ("Campaigners clamouring to block the bill say they have the votes.",
     [("they have the votes", "Campaigners")]),
    ("Residents who came to the meeting to protest the plan said the council had ignored "
     "them.", [("the council had ignored them", "Residents")]),
    ("Officials who would not give their names said the plan was dead.",
     [("the plan was dead", "Officials")]),
    ("Organisers of the push to boycott the dinner said they were worried about safety.",
     [("they were worried about safety", "Organisers of the push to boycott the dinner")]),
    # a telling verb's hearer and adjuncts before 'that': a place, a statement's participle
    ("He told a rally of supporters in the town centre that the election was rigged.",
     [("the election was rigged", "He")]),
    ("The chief executive told staff in an email sent late on Friday that the office would "
     "close.", [("the office would close", "The chief executive")]),
    ("The minister told MPs in a letter seen by the BBC that the scheme would close.",
     [("the scheme would close", "The minister")]),
    # base forms after plural subjects; a possessive inside the hearer
    ("The White House is saying very little, but officials privately concede the talks are "
     "in trouble.", [("the talks are in trouble", "officials")]),
    ("The 25-year-old told the club's website he was delighted to sign.",
     [("he was delighted to sign", "The 25-year-old")]),
    # a participle's subject that the parser read past its verb; a post on social media
    ("The IMF cut its growth forecast, warning that high rates would weigh on spending.",
     [("high rates would weigh on spending", "IMF")]),
    ("Fans took to social media to say the decision was a disgrace.",
     [("the decision was a disgrace", "Fans")]),
    # a company's guidance to investors
    ("The company guided that full-year revenue would be at the top of its range.",
     [("full-year revenue would be at the top of its range", "The company")]),
    ("Tour guides said the castle was closed for repairs.",
     [("the castle was closed for repairs", "Tour guides")]),
    # sport and business idioms that are speech
    ("The manager admitted his side were fortunate to come away with a point.",
     [("his side were fortunate to come away with a point", "The manager")]),
    ("The club confirmed the striker had signed a four-year contract.",
     [("the striker had signed a four-year contract", "The club")]),
]


@pytest.mark.parametrize("text,expected", SPEECH)
def test_reported_speech(text, expected):
    assert reported(text) == expected


NOT_SPEECH = [
    # knowing, learning and understanding by anyone but an outlet: beliefs
    "The minister understands that voters are angry about the cuts.",
    "She has learned that the job is harder than it looks.",
    "I understand that the players are unhappy.",
    "He learned that his father had died while he was abroad.",
    "Officials have learned lessons from the flooding.",
    # second-hand forms of no speech
    "The minister is understood to be considering her position.",
    "It is understood to be the largest fine of its kind.",
    "The prime minister is said to be furious with the whips.",
    "The minister is not understood to have told anyone.",
    # the verb's own negation, refusal or condition still decides
    "Nobody said the plan was dead.",
    "None of the officials said the plan was dead.",
    "Ministers who met on Monday refused to say whether the scheme would continue.",
    "If the minister said the plan was dead, the markets would fall.",
    "Fans who travelled to the game did not say the result was fair.",
    # evidence that reveals is no speaker
    "Leaked documents reveal the firm knew of the fault.",
    "The captain guided the team to victory.",
    "She guided the bill through parliament.",
    # beliefs and expectations of markets
    "Analysts expect the Bank of England to cut rates in August.",
    # hearers of unnamed speakers: the subject heard it, said nothing
    "Staff have been told that their jobs are safe.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_not_speech(text):
    assert reported(text) == []


def test_outlet_is_an_organization():
    (row,) = rows("The talks have stalled, the BBC understands.")
    assert (row.speaker_kind, row.speaker_name, row.cue) == ("organization", "BBC", "understands")


def test_it_is_understood_has_no_speaker():
    (row,) = rows("It is understood that the report will be published next week.")
    assert (row.speaker_kind, row.speaker_text, row.cue) == ("anonymous", None, "understood")


@pytest.mark.parametrize("text,kind,name", [
    # documents and data: their issuer, an organization; unnamed, anonymous
    ("Inflation fell to 3.2% in March, according to figures from the Office for National "
     "Statistics.", "organization", "Office for National Statistics"),
    ("Unemployment rose to 4.4%, according to ONS figures.", "organization", "ONS"),
    ("Shares in the bank rose 4%, according to LSEG data.", "organization", "LSEG"),
    ("Sales rose 3% in the quarter, according to data from Kantar.", "organization", "Kantar"),
    ("According to a report by the Institute for Fiscal Studies, the poorest households will "
     "lose most.", "organization", "Institute for Fiscal Studies"),
    ("Rents rose 9% last year, according to the latest figures.", "anonymous", None),
    ("Labour leads by four points, according to a recent poll of Yorkshire voters.",
     "anonymous", None),
    # a report by a person stays hers
    ("According to a report by Ann Lee, the scheme cost £3m.", "person", "Ann Lee"),
    # initials of a role are no organization ('the MP', 'the CEO')
    ("The vote will be close, the MP told BBC Breakfast.", "anonymous", None),
    ("Jo Platt, the Labour MP for Leigh, spoke at the rally. The MP said the town had been "
     "forgotten.", "person", "Jo Platt"),
    # the interviewer named before a description is not whom it describes; who is asked is
    ("Speaking to the BBC's Laura Kuenssberg, the minister said the strikes had to end.",
     "anonymous", None),
    ("The host pressed Senator Jo Ward on the vote, but the senator said she had not yet "
     "decided.", "person", "Jo Ward"),
    # buildings that speak for a government
    ("Number 10 said the prime minister retained full confidence in the home secretary.",
     "organization", "Number 10"),
    ("The Palace said the King was receiving treatment as an outpatient.",
     "organization", "Palace"),
    # descriptions are no names
    ("Our political editor says the prime minister is under growing pressure.",
     "anonymous", None),
    ("Two sources told Reuters the deal was close to being signed.", "anonymous", None),
    ("Pals said the singer was devastated by the split.", "anonymous", None),
    ("Ukrainian officials say the strikes hit an energy facility.", "anonymous", None),
])
def test_speaker_kind(text, kind, name):
    (row,) = rows(text)
    assert (row.speaker_kind, row.speaker_name) == (kind, name)
