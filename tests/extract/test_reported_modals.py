"""Reported speech (issue 22): a modal or 'to' of another clause no longer
hides a statement whose verb opens a clause of its own ('should remember that analysts say',
'a country in which most voters say'). Every sentence here is written for these tests, in the
styles of wire copy, broadcast, UK politics, sport and business."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, content", [
    # UK politics: a relative clause after a preposition and 'which'
    ("The party will face an electorate in which 60 percent of voters say the economy is weak.",
     "the economy is weak"),
    # business: 'remember that' opens the clause of the speech verb
    ("Investors chasing the rally should remember that analysts say the shares are overvalued.",
     "the shares are overvalued"),
    # sport: 'where'
    ("The club could move to a town where supporters say the ground is too small.",
     "the ground is too small"),
])
def test_modal_of_another_clause(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text", [
    # the modal or negation is the speech verb's own
    "Nobody who was there would say the vote was fair.",
    "If the minister said the tax would rise, nobody heard it.",
    "The club will not say whether the manager will stay.",
    # a relative clause with 'who' or 'when' still reads the clause before it
    "Rates would not have moved when the governor announced the review.",
])
def test_modal_of_the_speech_verb(text):
    assert not contents(text)


@pytest.mark.parametrize("text, expected", [
    # business: the participle's phrase ends at the modal; the analysts speak
    ("Investors chasing the rally should remember that analysts say the shares are overvalued.",
     [("the shares are overvalued", "analysts")]),
    # a participle modifier of the speaker is read as before
    ("Shoppers interviewed on the high street said prices had risen.",
     [("prices had risen", "Shoppers")]),
])
def test_speaker_after_a_modal_and_that(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # broadcast: the speaker's next act after 'and', no comma
    ("The manager said the plan would fail and left the room.",
     [("the plan would fail", "The manager")]),
    # business
    ("The chairman said the club is for sale and declined to name a buyer.",
     [("the club is for sale", "The chairman")]),
    # wire: a participle after 'but' reports more
    ("Analysts said the bank will cut jobs but warning that the cuts may be small.",
     [("the bank will cut jobs", "Analysts")]),
])
def test_speaker_goes_on_after_and(text, expected):
    assert reported(text)[:1] == expected


@pytest.mark.parametrize("text, content", [
    # both verbs may be the statement's: past tense, or a passive
    ("The broker said prices rose and fell.", "prices rose and fell"),
    ("Lawyers said he would be released in May and returned to Britain.",
     "he would be released in May and returned to Britain"),
])
def test_statement_goes_on_after_and(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text, expected", [
    # wire: a relative clause without its pronoun; the span opens at its noun phrase
    ("The watchdog has opened an inquiry the regulator said was continuing.",
     [("an inquiry the regulator said was continuing", "the regulator")]),
    # UK politics: a name as the speaker, a modal as the gap's verb
    ("It is a rule Whitehall says will save millions a year.",
     [("a rule Whitehall says will save millions a year", "Whitehall")]),
    # sport
    ("Fans want something the club insists is impossible.",
     [("something the club insists is impossible", "the club")]),
])
def test_zero_relative(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # the sentence's subject: 'is' is the main verb, a judgement of what was said
    "Everything the minister says is a lie.",
    # no verb of saying
    "The deal the board approved was worth millions.",
])
def test_no_zero_relative(text):
    assert not [c for c in contents(text) if c.startswith(("Everything", "The deal"))]


def test_that_after_a_long_adjunct():
    # wire: 'that' 22 words after the verb, only adjuncts before it
    text = ("The council announced late on Tuesday evening at the end of a long and heated "
            "meeting in the town hall in a statement that the road would reopen.")
    assert reported(text) == [("the road would reopen", "The council")]


def test_relative_that_with_a_present_verb():
    # broadcast: 'that causes …' is a relative clause on the virus, nobody's statement
    text = ("The senator responded by standing on the floor next to a large photo of a child "
            "with a rare defect linked to the virus that causes severe damage to the brain.")
    assert not [c for c in contents(text) if c.startswith("causes")]
    assert "prices rose sharply" in contents("The trader said on Monday that prices rose "
                                             "sharply.")


@pytest.mark.parametrize("text, expected", [
    # a poll's answers: the group says it
    ("Younger fans were more likely to say the referee had got it wrong.",
     [("the referee had got it wrong", "Younger fans")]),
    ("Women were less likely to say that the economy was improving.",
     [("the economy was improving", "Women")]),
])
def test_poll_more_likely_to_say(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # forecasts, not statements
    "The minister is likely to say the tax will rise.",
    "The club is more likely to announce a new manager next week.",
])
def test_likely_to_forecast(text):
    assert not contents(text)


@pytest.mark.parametrize("text", [
    # business: the object of 'cited' is the figure before it; 'has been disputed' is the
    # sentence's verb
    "The figure the chairman cited on Monday has been disputed by auditors.",
    # business: a deal announced, then the sentence's verb
    "A $2 billion merger announced Monday would turn the firm into a Dutch company.",
])
def test_no_object_after_a_gap(text):
    assert not [c for c in contents(text) if c.startswith(("been", "disputed", "turn"))]


def test_when_and_its_subject_open_the_clause():
    # broadcast: 'may not' is the main clause's; 'when he promised to …' is a commitment
    text = "It may not matter what the coach meant when he promised to rebuild the squad."
    assert reported(text) == [("to rebuild the squad", "he")]
    # a noun object after 'when he announced' still reads the modal before it
    assert not contents("The measures would not have stopped the attacks the mayor mentioned "
                        "when he announced the plan.")
