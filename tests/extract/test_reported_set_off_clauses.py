"""Reported speech (issue 22), statements set off from their attribution by commas: an inverted
speaker with a long apposition and a relative clause on it ('…, said Ann Lee, chief economist
at the bank in London, who …'), and a parenthetical attribution after a fronted subordinate
clause with a gerund subject after it ('Though the sale went well, he said, replacing him will
be harder'). Every sentence here is written for these tests, in wire, UK, sport, business and
broadcast styles."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    ("Rates will rise again in June, said Anna Price, chief economist at the Halden Bank in "
     "London, who has forecast every move this year.",
     ("Rates will rise again in June", "Anna Price")),
    ("The first advert could air this week, said Tom Baker, a longtime adviser to the Hale "
     "family who runs the group's campaign against the bypass.",
     ("The first advert could air this week", "Tom Baker")),
])
def test_inverted_speaker_with_a_long_apposition(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    ("Though the handover was smooth, the chairman said, replacing the manager would be much "
     "harder.",
     ("Though the handover was smooth, the chairman said, replacing the manager would be much "
      "harder", "the chairman")),
    ("While the deal is done, a club spokesman said, finding a new coach will take months.",
     ("While the deal is done, a club spokesman said, finding a new coach will take months",
      "a club spokesman")),
    ("Although prices fell on Friday, the analyst told the BBC, buying now is a risk.",
     ("Although prices fell on Friday, the analyst told the BBC, buying now is a risk",
      "the analyst")),
])
def test_gerund_subject_after_a_fronted_clause(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    # a participle after the attribution is the reporter's, not a gerund subject
    ("The team lost, the coach said, blaming the referee for the defeat.",
     [("The team lost", "the coach")]),
    ("Though the team lost, the coach said, adding that the fans were superb.",
     [("the fans were superb", "the coach")]),
])
def test_participles_stay_the_reporters(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "Stocks fell, the index showed.",
    "Though the handover was smooth, the figures show, replacing the manager would be harder.",
    "If the chairman said replacing the manager would be harder, nobody heard him.",
    "Did the chairman say replacing the manager would be harder?",
    "The chairman refused to say whether replacing the manager would be harder.",
])
def test_no_statement(text):
    assert not contents(text)
