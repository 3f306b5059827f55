"""Reported speech (issue 22): a parenthetical attribution before a conjunction
that carries the statement on, commitments with 'not to' and 'to be', a statement after a
colon, and an organization's relative clause as the speaker. Every sentence here is written
for these tests, in the styles of wire copy, broadcast, UK politics, sport and business."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # business: a clause after ', and'
    ("The merger would cut costs, analysts said, and it would lift profits within two years.",
     [("The merger would cut costs, analysts said, and it would lift profits within two "
       "years", "analysts")]),
    # UK politics: 'but also'
    ("The levy would hit not only the big banks, the chancellor said, but also the smaller "
     "building societies.",
     [("The levy would hit not only the big banks, the chancellor said, but also the smaller "
       "building societies", "the chancellor")]),
    # sport: an adjunct after the verb, then ', and' and a clause
    ("The squad is short of fit defenders, the manager said on Friday, and he will play a "
     "midfielder at the back.",
     [("The squad is short of fit defenders, the manager said on Friday, and he will play a "
       "midfielder at the back", "the manager")]),
])
def test_parenthetical_before_a_conjunction(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # 'and' and the speaker's next verb: not the statement going on
    "The plan is sound, the mayor said, and walked out of the meeting.",
    # 'have claims' is a noun, no verb of saying
    "Besides Spain, Italy and Greece have claims in the area, and rivals dispute them.",
])
def test_no_parenthetical_before_a_conjunction(text):
    assert not [c for c in contents(text) if ", and" in c]


@pytest.mark.parametrize("text, expected", [
    # broadcast: 'vows not to'
    ("And the prime minister vows not to take the unions' calls until the strike ends.",
     [("not to take the unions' calls until the strike ends", "the prime minister")]),
    # sport: 'vowed never to'
    ("The striker vowed never to play for the club again.",
     [("never to play for the club again", "The striker")]),
    # UK politics: 'pledged not to'
    ("The chancellor pledged not to raise income tax before the election.",
     [("not to raise income tax before the election", "The chancellor")]),
    # wire: 'vowed to be'
    ("The senator vowed to be tougher on tax avoidance than the administration.",
     [("to be tougher on tax avoidance than the administration", "The senator")]),
    ("Both candidates pledged to be tough on the banks.",
     [("to be tough on the banks", "Both candidates")]),
])
def test_commitments(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "The match promises to be a thriller.",
    "The storm threatens to be the worst in a decade.",
    "The new stadium promises not to disappoint.",
])
def test_no_commitment_of_things(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The club said: the manager will remain in post until the summer.",
     [("the manager will remain in post until the summer", "The club")]),
    ("Some voters in the town say: It's time for a change.",
     [("It's time for a change", "Some voters in the town")]),
])
def test_statement_after_a_colon(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # a quote after the colon is the direct quote's, a list is no clause
    'The minister said: "We will win the vote."',
    "The report said: 3 deaths, 12 injuries.",
    "The club announced: new signings, a new kit and a new stadium.",
    # a possessive after the colon opens a list of things, not a clause
    "The reasons are clear, insiders said: Smith's lead in the polls and his money.",
])
def test_no_statement_after_a_colon(text):
    assert [c for c in contents(text) if c.startswith(("We will", "3 deaths", "new signings",
                                                        "Smith's"))] == []


@pytest.mark.parametrize("text, expected", [
    ("The request came from the Guardian, which argued that the files were of public "
     "interest.", [("the files were of public interest", "Guardian")]),
    ("The figures were first published by the BBC, which said the hospital had missed its "
     "targets.", [("the hospital had missed its targets", "BBC")]),
    # the statement ends where the relative clause does
    ("The ruling by the European Commission, which contended the company had been undertaxed, "
     "is a test case.", [("the company had been undertaxed", "European Commission")]),
])
def test_organization_relative_clause(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "The figures came in a report, which said the hospital had missed its targets.",
    "The plan was backed by a poll, which suggested most voters agreed.",
])
def test_no_speaker_for_which_after_a_thing(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # wire: a passive judgement with its speaker after "by": the clause from its subject
    ("The senator has been criticized by some of his rivals for failing to campaign in the "
     "state.", [("The senator has been criticized by some of his rivals for failing to "
                 "campaign in the state", "some of his rivals")]),
    # business
    ("The governor has been repeatedly criticised by many City investors for her handling of "
     "rates.", [("The governor has been repeatedly criticised by many City investors for her "
                 "handling of rates", "many City investors")]),
    # sport
    ("The keeper was praised by both managers for his handling of the wet ball.",
     [("The keeper was praised by both managers for his handling of the wet ball",
       "both managers")]),
])
def test_passive_judgement_with_its_speaker(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # no one named judges: no row, as for 'is said to'
    "The defendant is accused of killing two people in the raid.",
    "The club has been criticised for raising ticket prices.",
    # 'by' and 'as': a label, no reason
    "The plan was praised by ministers as a model for other cities.",
])
def test_no_passive_judgement_without_its_speaker(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # a telling verb's hearer with an adjective ('his closest advisers') is no clause
    ("The coach told his own players the season was over.",
     [("the season was over", "The coach")]),
    ("The chairman told the assembled reporters the club was not for sale.",
     [("the club was not for sale", "The chairman")]),
])
def test_hearer_with_an_adjective(text, expected):
    assert reported(text) == expected


def test_hearer_with_an_adjective_is_no_statement():
    text = ("This is not about me, the prime minister told his closest advisers as he worked "
            "on the speech.")
    assert not [c for c in contents(text) if c.startswith("advisers")]


@pytest.mark.parametrize("text, expected", [
    # base forms after plural subjects
    ("Patient groups note that the senator backed the ban in 2003.",
     [("the senator backed the ban in 2003", "Patient groups")]),
    ("City economists predict the bank will raise rates in May.",
     [("the bank will raise rates in May", "City economists")]),
    ("Aides point out that the minister has never lost a vote.",
     [("the minister has never lost a vote", "Aides")]),
    ("Officials stress that the bridge is safe.", [("the bridge is safe", "Officials")]),
    ("Election scholars caution that a high turnout may not last.",
     [("a high turnout may not last", "Election scholars")]),
])
def test_base_forms_after_plural_subjects(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "Editor's note: the mayor is a candidate in the election.",
    "Please note that the office will be closed on Monday.",
    "Engineers maintain the bridges across the county.",
    "The stress that players are under is enormous.",
    "The charge that he lied was dropped.",
    # a price, not an accusation
    "Both makers charge an added fee for registering the aircraft abroad.",
    "They recall the day the river flooded.",
])
def test_base_forms_that_are_no_report(text):
    assert contents(text) == []


def test_aside_between_dashes_does_not_cut_the_statement():
    text = ("But some analysts note that the mayor — even as he says his record on tax makes "
            "him qualified — has proposed little reform.")
    assert ("the mayor — even as he says his record on tax makes him qualified — has proposed "
            "little reform") in contents(text)


@pytest.mark.parametrize("text, expected", [
    ("The families of the victims, many of whom say the law is too weak, met the minister.",
     [("the law is too weak", "many of whom")]),
    ("The plan was opposed by 200 doctors, some of whom said the wards were unsafe.",
     [("the wards were unsafe", "some of whom")]),
])
def test_some_of_whom(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The president has called climate change a hoax invented by his rivals.",
     [("climate change a hoax invented by his rivals", "The president")]),
    ("The shadow minister called immigration policy a disgrace.",
     [("immigration policy a disgrace", "The shadow minister")]),
])
def test_called_a_bare_noun_a_label(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "Neighbours called police a day later.",
    "One Sunday she called half a dozen directors.",
    "Residents called firefighters a second time.",
])
def test_called_as_a_telephone_call(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The senator repeatedly accused the minister, who was born in Leeds, of lying to the "
     "house.", [("the minister, who was born in Leeds, of lying to the house", "The senator")]),
    ("The coach praised the striker, who scored twice, for his work rate.",
     [("the striker, who scored twice, for his work rate", "The coach")]),
])
def test_judgement_object_with_a_relative_clause(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people with a complement that joins names: the people speak, not the last name
    ("Analysts at Barclays and Citi said the merger would fail.",
     [("the merger would fail", "Analysts at Barclays and Citi")]),
    ("Residents of Leeds and Bradford said the trains were late.",
     [("the trains were late", "Residents of Leeds and Bradford")]),
    # one name with "and" in it, and a list of speakers, are read as before
    ("A report published by the Organization for Economic Cooperation and Development said "
     "growth would slow.",
     [("growth would slow", "Organization for Economic Cooperation and Development")]),
])
def test_people_with_joined_names_in_their_complement(text, expected):
    assert reported(text) == expected
