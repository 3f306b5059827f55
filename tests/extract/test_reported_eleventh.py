"""Reported speech, eleventh round (issue 22): a modal or 'to' of another clause no longer
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
