"""Reported speech: what a speaker calls themselves ('calls himself a
moderate'), a formal charge ('charged two men with fraud'), a request for something ('asked
for a sentence of three years'), an object that ends where the reporter's clause with its own
subject starts ('… and the council agreed') or before a stretch of time back ('two days
earlier'), requests to be, do or have something ('urged ministers to do more'), and a
speaker modified by 'going to …'.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # politics: a self-description is a statement of what one is
    ("The senator has long called himself a moderate.", ("himself a moderate", "The senator")),
    ("The minister calls herself a feminist.", ("herself a feminist", "The minister")),
    ("Nearly a third of the members called themselves very left-wing.",
     ("themselves very left-wing", "Nearly a third of the members")),
    # business
    ("The firm calls itself the cheapest airline in Europe.",
     ("itself the cheapest airline in Europe", "The firm")),
])
def test_what_speakers_call_themselves(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a name taken, not a label: no statement
    "A man calling himself Paul Reed wrote to the paper.",
    "The group calls itself Unit 9.",
])
def test_names_taken_are_not_statements(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # courts and crime: the accused and the charge
    ("Police charged a 34-year-old man from Leeds with murder.",
     ("a 34-year-old man from Leeds with murder", "Police")),
    ("The regulator charged two brokers, Ann Reed and Tom Hale, with misleading savers.",
     ("two brokers, Ann Reed and Tom Hale, with misleading savers", "The regulator")),
    # sport
    ("The FA charged the club with failing to control its players.",
     ("the club with failing to control its players", "FA")),
    # the reporter's next clause is not part of the charge
    ("On Monday, police charged a 19-year-old with arson, and the council closed the park.",
     ("a 19-year-old with arson", "police")),
])
def test_charges(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # passive: the accused, no accuser
    "He was charged with assault after the match.",
    # a price or a task, not a charge
    "The museum charged visitors £5 for entry.",
    "The council charged the inspectors with checking every bridge in the county.",
    # an adjective
    "It was a politically charged debate with Labour.",
])
def test_prices_and_passives_are_not_charges(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The defence asked for a suspended sentence of two years.",
     ("a suspended sentence of two years", "The defence")),
    ("The conductor asked for volunteers to give up their seats.",
     ("volunteers to give up their seats", "The conductor")),
    # the request ends where the reporter's clause with a subject of its own starts
    ("Later, the mayor appealed for an inquiry into the fire and the council agreed.",
     ("an inquiry into the fire", "the mayor")),
    # and before when it was made
    ("The committee asked for an inquiry into the fire two days earlier in a letter.",
     ("an inquiry into the fire", "The committee")),
])
def test_requests_for_something(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a thing asked for, not a measure or a stance
    "During the signing, a fan asked for a photo with the squad and the manager agreed.",
    "The reporters asked for copies of the letter.",
    # a question put to someone unnamed: no asker to name
    "He was asked for his opinion.",
])
def test_things_asked_for_are_not_statements(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Voters going to the polls on Tuesday say they would accept either candidate.",
     ("they would accept either candidate", "Voters")),
    ("Shoppers going to the sales say prices are higher than last year.",
     ("prices are higher than last year", "Shoppers")),
])
def test_speakers_going_somewhere(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    ("The union urged ministers to do more for nurses.",
     ("ministers to do more for nurses", "The union")),
    ("The airline asked passengers to have their passports ready.",
     ("passengers to have their passports ready", "The airline")),
    ("The coach told his players to be patient with the referee.",
     ("his players to be patient with the referee", "The coach")),
    # a second verb of the speaker's
    ("The minister published her tax returns and called on her rivals to do the same.",
     ("her rivals to do the same", "The minister")),
])
def test_requests_to_be_do_or_have(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    # a noun object that carries a proposition, in few letters
    ("The president promised a veto.", ("a veto", "The president")),
    # an occasion set off by commas between the speaker and the verb
    ("Fees were cut soon after Ms. Hale, at a select committee, cited figures the regulator "
     "had published on complaints.",
     ("figures the regulator had published on complaints", "Hale")),
    ("Tom Lee, at Halden Capital, said the shares were cheap.",
     ("the shares were cheap", "Tom Lee")),
    # a year or a month between the speaker and the verb
    ("A famous union poster in 1984 questioned whether the pits could survive a long strike.",
     ("whether the pits could survive a long strike", "A famous union poster")),
    ("The company in March said profits would fall.", ("profits would fall", "The company")),
    # (not the end of a relative clause on the speaker)
    ("The club's owner, Ann Lee, who bought it in 2012, said on Monday that the ground "
     "would be sold.", ("the ground would be sold", "Ann Lee")),
    # 'together' is no part of the speaker
    ("The two unions together vowed to fight the closure of the plant.",
     ("to fight the closure of the plant", "The two unions")),
])
def test_short_objects_and_what_stands_between_speaker_and_verb(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    # an apposition on the hearer's name, set off by commas, before the request's 'to'
    ("The union asked Ann Reed, the chair of the pay panel, to publish the offer in full.",
     "Ann Reed, the chair of the pay panel, to publish the offer in full"),
])
def test_hearers_with_appositions(text, expected):
    assert contents(text) == [expected]


@pytest.mark.parametrize("text", [
    # 'to' after the apposition is a preposition: no request
    "She thanked Lee, the host, to the delight of fans.",
])
def test_apposition_then_preposition(text):
    assert contents(text) == []
