"""Quotes and speakers across news styles, with negatives."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes


def quotes(text: str):
    return extract_quotes(text, extract_entities(text))


def brief(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.text, q.kind, q.speaker_name, q.speaker_kind) for q in quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # wire copy
    ('"We will appeal the ruling," Maria Lopez said on Tuesday.',
     [("We will appeal the ruling,", "direct", "Maria Lopez", "person")]),
    ('"The plan is dead," said Tom Baker, a spokesman for the council.',
     [("The plan is dead,", "direct", "Tom Baker", "person")]),
    ('Senator Jane Holt said: "This bill will pass."',
     [("This bill will pass.", "direct", "Jane Holt", "person")]),
    # curly and mixed marks
    ('“We are ready,” Coach Ana Ruiz told reporters.',
     [("We are ready,", "direct", "Ana Ruiz", "person")]),
    ('"It was a long night,” Peter Hall wrote.',
     [("It was a long night,", "direct", "Peter Hall", "person")]),
    # pronoun speaker
    ('Kanye West lost the race. "KANYE 2024," he wrote on Twitter.',
     [("KANYE 2024,", "direct", "Kanye West", "person")]),
    # description speaker
    ('Jimmy Kimmel spoke first. The late-night host said: "He canceled."',
     [("He canceled.", "direct", "Jimmy Kimmel", "person")]),
    # anonymous speakers
    ('"You will never win, so please stop," one commented.',
     [("You will never win, so please stop,", "direct", None, "anonymous")]),
    ('"I will vote for you again," another fan commented.',
     [("I will vote for you again,", "direct", None, "anonymous")]),
    # apposition
    ('"People deserve better," Samuel Carvalho, founder of Health Org, wrote.',
     [("People deserve better,", "direct", "Samuel Carvalho", "person")]),
    # interrupted quote: both parts keep the speaker
    ('"First part," Ellen Marsh said. "Second part."',
     [("First part,", "direct", "Ellen Marsh", "person"),
      ("Second part.", "direct", "Ellen Marsh", "person")]),
    # nested single quotes stay inside
    ('"He told me \'never again\' and left," Rita Vance said.',
     [("He told me 'never again' and left,", "direct", "Rita Vance", "person")]),
    # role words before the name; titles are not part of the name
    ('"It is a sad day for the club," manager Luis Ortega told reporters after the game.',
     [("It is a sad day for the club,", "direct", "Luis Ortega", "person")]),
    ('Police Chief Dana Reyes told the Associated Press: "We have two suspects in custody."',
     [("We have two suspects in custody.", "direct", "Dana Reyes", "person")]),
    ('Asked whether he would resign, Gov. Mark Ellis replied: "Absolutely not."',
     [("Absolutely not.", "direct", "Mark Ellis", "person")]),
    ('In a statement, Northwind Energy said it "regrets the outage" and would refund.',
     [("regrets the outage", "partial", "Northwind Energy", "organization")]),
    # partial quote with no reporting verb: the person the sentence is about
    ('Even though the rapper Kanye West voted for himself since he was the only candidate he '
     'could "really trust," he lost.',
     [("really trust,", "partial", "Kanye West", "person")]),
    ('Jennifer Anniston further asked voters to “be responsible,” and not vote for him.',
     [("be responsible,", "partial", "Jennifer Anniston", "person")]),
    # partial quote woven into the sentence
    ('Kanye West said God had called him to be "the leader of the free world."',
     [("the leader of the free world.", "partial", "Kanye West", "person")]),
])
def test_quotes_and_speakers(text, expected):
    assert brief(text) == expected


def test_multi_paragraph_quote_keeps_its_speaker():
    text = ('Mayor Lena Park said: "We start on Monday.\n\n'
            '"Nobody will lose their home," she added.')
    got = brief(text)
    assert got[0] == ("We start on Monday.", "direct", "Lena Park", "person")
    assert got[1][2] == "Lena Park"


def test_embedded_post():
    text = ("Kanye West posted his answer.\n\nKANYE 2024 pic.twitter.com/Zm2pKcn12t\n\n"
            "— ye (@kanyewest) November 4, 2020\n")
    (q,) = quotes(text)
    assert (q.text, q.kind, q.speaker_text, q.speaker_name, q.speaker_handle) == (
        "KANYE 2024", "embedded_post", "ye", "Kanye West", "@kanyewest")
    assert str(q.quote_date) == "2020-11-04"
    assert q.post_url == "https://pic.twitter.com/Zm2pKcn12t"


def test_inline_embedded_post_and_caption():
    text = ("KEEP BELIEVING pic.twitter.com/Og — ye (@kanyewest) November 3, 2020\n\n"
            "“Thank you,” the caption further read.")
    got = quotes(text)
    assert got[0].kind == "embedded_post" and got[0].quote_date.isoformat() == "2020-11-03"
    assert got[1].text == "Thank you," and got[1].speaker_handle is None


@pytest.mark.parametrize("text", [
    'The "Jesus Is King" rapper has not posted since.',
    'He cancelled an appearance on "Jimmy Kimmel Live!" on Wednesday.',
    'He reposted the image after removing the word "WELP" from the caption.',
    'Critics called the plan a "disaster" from the start.',
    'The so-called "experts" were wrong.',
    'She starred in the film "Silent River" last year.',
    'An unbalanced " mark should never swallow the article.\n\nNext paragraph here.',
    'No quotes at all in this sentence.',
])
def test_not_quotes(text):
    assert quotes(text) == []


def test_unbalanced_mark_never_swallows_following_paragraphs():
    text = 'He said "this never closes.\n\nA new paragraph without marks.\n\nAnother one.'
    assert all("paragraph" not in q.text for q in quotes(text))
