"""Reported speech (issue 22): held-out styles PolNeAR lacks (UK broadcast,
newswire, sport, business, court reports) and where a statement ends. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported, rows


@pytest.mark.parametrize("text, expected", [
    # UK broadcast: present perfect and present tense
    ("The prime minister has said the government will not raise income tax.",
     ("the government will not raise income tax", "The prime minister")),
    ("Downing Street says the talks with the unions are continuing.",
     ("the talks with the unions are continuing", "Downing Street")),
    ("The health secretary has warned that waiting lists will grow over the winter.",
     ("waiting lists will grow over the winter", "The health secretary")),
    ("Ministers have insisted the scheme is working.", ("the scheme is working", "Ministers")),
    ("The chancellor has told MPs that borrowing will fall next year.",
     ("borrowing will fall next year", "The chancellor")),
    ("Police say a man has been arrested on suspicion of murder.",
     ("a man has been arrested on suspicion of murder", "Police")),
    # newswire
    ("The ministry said in a statement that the strikes had hit military targets.",
     ("the strikes had hit military targets", "The ministry")),
    ("A government spokesman told Reuters the talks had been constructive.",
     ("the talks had been constructive", "A government spokesman")),
    ("At least 12 people were killed in the blast, the ministry said in a statement.",
     ("At least 12 people were killed in the blast", "the ministry")),
    # sport
    ("The manager admitted his side had been poor in the first half.",
     ("his side had been poor in the first half", "The manager")),
    ("The club confirmed the goalkeeper would miss the rest of the season.",
     ("the goalkeeper would miss the rest of the season", "The club")),
    # business
    ("The company said it expected sales to rise by 5 percent this year.",
     ("it expected sales to rise by 5 percent this year", "The company")),
    ("The retailer warned that profits would fall short of forecasts.",
     ("profits would fall short of forecasts", "The retailer")),
    # court reports
    ("Prosecutors said the accused had stolen more than $2 million from the charity.",
     ("the accused had stolen more than $2 million from the charity", "Prosecutors")),
    ("The judge told the jury they must disregard the evidence.",
     ("they must disregard the evidence", "The judge")),
])
def test_held_out_styles(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, content", [
    # sport: an event noun ends the adjunct before 'that'
    ("The captain said after the match that the team deserved to win.",
     "the team deserved to win"),
    ("The coach said before the game that his players were ready.", "his players were ready"),
    ("The senator told reporters after the vote that the bill would pass.",
     "the bill would pass"),
])
def test_event_adjunct_before_that(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text, content", [
    ("The court heard that the defendant had sent threatening messages to a neighbour.",
     "the defendant had sent threatening messages to a neighbour"),
    ("The inquest heard the pilot had been flying too low.", "the pilot had been flying too low"),
    ("On Tuesday, the jury heard that the accused had fled the country.",
     "the accused had fled the country"),
    ("The hearing was told the nurse had falsified records.", "the nurse had falsified records"),
])
def test_court_heard(text, content):
    found = [q for q in rows(text) if q.text == content]
    assert found and found[0].speaker_text is None and found[0].speaker_kind == "anonymous"


@pytest.mark.parametrize("text", [
    "The court heard the appeal on Monday.",
    "She heard the team had lost.",
    "Residents heard the explosion from miles away.",
    "The jury was told to ignore the remark.",
    "The committee heard evidence from three witnesses.",
])
def test_not_a_hearing(text):
    assert not contents(text)


@pytest.mark.parametrize("text, content", [
    # a relative clause of the subject holds the verb
    ("The party's inquiry, which began in May and announced that the leader would stand "
     "down, was closed on Friday.", "the leader would stand down"),
    ("The engineer who first revealed that the bridge was unsafe was dismissed in June.",
     "the bridge was unsafe"),
    ("The striker, who once praised the club's academy, signed for its rivals.",
     "the club's academy"),
    # the reporter's summing up after a dash, and a shared verb
    ("Two directors told me they believed the chairman wanted a seat on the board -- "
     "something he denied.", "they believed the chairman wanted a seat on the board"),
    ("The club has said it will not sell the striker, as has the manager.",
     "it will not sell the striker"),
    # a bracketed relative clause closing the statement
    ("The minister proposed raising taxes on second homes (which the opposition also "
     "supports).", "raising taxes on second homes"),
    # a source with a quoted title
    ("The scheme would cost about $2 billion a year, according to the \"Better Roads\" "
     "report.", "The scheme would cost about $2 billion a year"),
])
def test_where_the_statement_ends(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text", [
    "She cut rates in June, just as she said she would, and the markets barely moved.",
    "The senator denied the nominee a hearing before his committee.",
    "The magistrates denied him bail.",
])
def test_no_statement(text):
    assert not contents(text)


@pytest.mark.parametrize("text, content", [
    # an answer is a statement, an ellipsis after 'as' is not
    ("Asked whether the plan would work, 55 percent of voters say it will not.", "it will not"),
    ("The club denied reports that the manager would leave.",
     "reports that the manager would leave"),
    ("The minister denied the claims.", "the claims"),
])
def test_still_statements(text, content):
    assert content in contents(text)


def test_statement_past_a_comparison_keeps_its_own():
    # 'as have profits' after a past verb: the statement's own comparison
    assert contents("The company said sales rose, as have profits at its rivals.") == [
        "sales rose, as have profits at its rivals"]


@pytest.mark.parametrize("text, content", [
    # a statement with no speaker, as 'it is understood'
    ("It is alleged that the director moved the funds to an account in Jersey.",
     "the director moved the funds to an account in Jersey"),
    ("It has been reported that the club will be sold before the season starts.",
     "the club will be sold before the season starts"),
    ("The money was spent on a yacht, it is claimed.", "The money was spent on a yacht"),
])
def test_it_is_alleged(text, content):
    found = [q for q in rows(text) if q.text == content]
    assert found and found[0].speaker_text is None


@pytest.mark.parametrize("text", [
    "It is believed that the fire started in the kitchen.",
    "It is claimed to be the oldest pub in the county.",
])
def test_it_is_believed(text):
    assert not contents(text)


@pytest.mark.parametrize("text, content", [
    # a relative clause is the statement of a parenthetical attribution inside it
    ("The ground is near the river, which, one steward said, floods every winter.",
     "which, one steward said, floods every winter"),
    ("The levy, which, the chancellor said, will raise two billion pounds, was approved.",
     "which, the chancellor said, will raise two billion pounds"),
    # a subordinate clause after a bare object is the reporter's
    ("The council condemned the planned library closure as Mayor Ruiz arrived for the vote.",
     "the planned library closure"),
    # not after an object with a clause of its own
    ("The rival accused the mayor of hiding the report while he was in office.",
     "the mayor of hiding the report while he was in office"),
])
def test_relative_and_subordinate_ends(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text, expected", [
    # a pseudo-cleft opening its sentence
    ("What the chairman said was that the club would not be sold.",
     ("the club would not be sold", "the chairman")),
    ("But what the coach said was the squad was tired.", ("the squad was tired", "the coach")),
    # business: a market's reaction after the statement is the reporter's
    ("The bank said its profits were hit by bad loans, sending its shares down 5 percent.",
     ("its profits were hit by bad loans", "The bank")),
])
def test_cleft_and_market_reaction(text, expected):
    assert expected in reported(text)


def test_what_they_say_inside_a_sentence():
    assert "the squad was tired" not in contents(
        "Fans blamed what they say was a tired squad for the defeat.")


def test_no_statement_starting_inside_a_quotation():
    # the quotation opened a sentence earlier: the direct quote's row, no reported one
    text = ('"When I arrived, I shook his hand and nothing more. That is called good manners '
            'and it is not politics," the bishop told reporters, according to Reuters.')
    assert not contents(text)


@pytest.mark.parametrize("text", [
    "The singer announced the news to her followers on Sunday.",
    "The club confirmed the details on Friday.",
])
def test_an_object_that_only_points_at_a_statement_is_no_row(text):
    assert contents(text) == []
