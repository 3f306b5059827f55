"""Quotes and reported speech, seventeenth round, in held-out styles: the hearer of 'told' or
'asked' before a colon is no speaker (court and sport), people named by where they are
('officers in Manchester', 'Residents of Eastfield') are unnamed people, and a body named
after the noun of a body ("Fans' group Blue Army") speaks for each of its coordinated verbs.
Every sentence here is written for these tests (invented people and organizations)."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes
from newsledger.text import Document
from tests.extract.reported_rows import rows

P, O, A = "person", "organization", "anonymous"


def quoted(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker name, speaker kind) of every direct or partial quote."""
    doc = Document(text)
    return [(q.text, q.speaker_name, q.speaker_kind)
            for q in extract_quotes(doc, extract_entities(doc))]


def reported(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker name, speaker kind) of every reported statement."""
    return [(q.text, q.speaker_name, q.speaker_kind) for q in rows(text)]


@pytest.mark.parametrize("text, expected", [
    # court: the judge speaks to the defendant
    ('Judge Harriet Moss told Mark Carver: "You will go to prison today."',
     ("You will go to prison today.", "Harriet Moss", P)),
    ('Sentencing him, Judge Harriet Moss told Carver: "You showed no remorse."',
     ("You showed no remorse.", "Harriet Moss", P)),
    # sport: a manager's words to a player
    ('Dean Pike told Tom Hale at half-time: "Keep going."', ("Keep going.", "Dean Pike", P)),
    ('Dean Pike asked Tom Hale: "Are you fit?"', ("Are you fit?", "Dean Pike", P)),
    # (a name alone before the colon still speaks)
    ('The loudest voice was Rosa Kerr: "That is a lie."', ("That is a lie.", "Rosa Kerr", P)),
])
def test_the_hearer_before_a_colon_is_not_the_speaker(text, expected):
    assert quoted(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # local news and wire: people and where they are, after the quote
    ('"We are looking into it," officers in Manchester said.',
     ("We are looking into it,", None, A)),
    ('"No one was hurt," firefighters at the scene said on Sunday.',
     ("No one was hurt,", None, A)),
    ('"It was terrifying," residents of Eastfield told the BBC.',
     ("It was terrifying,", None, A)),
    ('Police in Leeds said: "The road will stay shut."', ("The road will stay shut.", None, A)),
])
def test_people_named_by_where_they_are_speak_unnamed(text, expected):
    assert quoted(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Residents of Eastfield said the road had flooded twice this year.",
     ("the road had flooded twice this year", None, A)),
    ("Fans of the singer Lena Hart said the show had been cancelled too late.",
     ("the show had been cancelled too late", None, A)),
    ("Parents at the school said they had not been told.", ("they had not been told", None, A)),
    # people at a named body speak for it (evaluation/GUIDE.md), and officials anywhere
    ("Officials at the Environment Agency said the river was rising.",
     ("the river was rising", "Environment Agency", O)),
    ("Analysts at Kestrel Bank said the outlook was poor.",
     ("the outlook was poor", "Kestrel Bank", O)),
    # one person, not a group: the role and its complement stay the person's
    ("Health Secretary Ruth Allard said the plan would be published in May.",
     ("the plan would be published in May", "Ruth Allard", P)),
])
def test_reported_speech_of_people_named_by_where_they_are(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    # sport: a fans' group, and the second verb's statement is the group's too
    ("Fans' group Blue Army said the deal was wrong and warned the board it must act.",
     [("the deal was wrong", "Blue Army", O), ("it must act", "Blue Army", O)]),
    # campaigners
    ("The campaign group Save Our Parks said the sale was unlawful and told the council it "
     "would go to court.",
     [("the sale was unlawful", "Save Our Parks", O),
      ("it would go to court", "Save Our Parks", O)]),
])
def test_a_body_after_its_noun_speaks_for_coordinated_verbs(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # no verb of saying: no speaker to find
    '"It was terrifying." Residents of Eastfield were evacuated overnight.',
])
def test_no_speaker_without_a_verb_of_saying(text):
    assert [row[1:] for row in quoted(text)] in ([(None, "unknown")], [])


@pytest.mark.parametrize("text, expected", [
    # tabloid and local news: someone of a person's, after the quote or the statement
    ('"He loved that job," said his daughter.', ("He loved that job,", None, A)),
    ('"The charges are false," her lawyer said.', ("The charges are false,", None, A)),
])
def test_someone_of_a_pronoun_speaks_unnamed(text, expected):
    assert quoted(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The plant was unsafe, said his daughter.", ("The plant was unsafe", None, A)),
    ("The plant was unsafe, said his son, 23, on Monday.", ("The plant was unsafe", None, A)),
    # a person's relative with an age is the subject of the clause, not an inverted speaker
    ("Heartbroken dad Mike Reyes, 52, said his son, 23, had worked there for two years.",
     ("his son, 23, had worked there for two years", "Mike Reyes", P)),
    ("Ann Lee said her husband, a welder, was trapped inside.",
     ("her husband, a welder, was trapped inside", "Ann Lee", P)),
    # the family of a person is not the person
    ("Tom Hale's family said the inquiry had failed them.",
     ("the inquiry had failed them", None, A)),
])
def test_relatives_as_speakers_and_subjects(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    # the reporter's subject and a quoted predicate are a statement, with its partial quote
    ('A spokesperson said ministers were "listening carefully".',
     ('ministers were "listening carefully"', None, A)),
    ('Tory MP Ben Hollis replied that she was "playing politics".',
     ('she was "playing politics"', "Ben Hollis", P)),
    # 'another' alone is someone more, not a determiner
    ("Witnesses described the panic. Another said she had hidden in a shop for an hour.",
     ("she had hidden in a shop for an hour", None, A)),
    # a live blog's time is no part of the speaker
    ('12:04 The minister has arrived.\n12:15 Opposition leader Kate Brandt has responded, '
     'saying the visit was "a photo opportunity".',
     ('the visit was "a photo opportunity"', "Kate Brandt", P)),
])
def test_statements_in_held_out_styles(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a quote and its attribution are no reported statement
    'The judge read the letter: "I will not bring shame on this court," Hale, 37, wrote.',
    # 'another' before an adjective: a determiner
    "It was another alleged fraud.",
])
def test_no_statement(text):
    assert [row for row in reported(text) if row[2] != P] == []


def test_a_live_blog_time_is_no_part_of_the_speaker():
    doc = Document('12:15 Opposition leader Kate Brandt said: "It is a photo opportunity."')
    (quote,) = extract_quotes(doc, extract_entities(doc))
    assert quote.speaker_name == "Kate Brandt" and not quote.speaker_text[:1].isdigit()


@pytest.mark.parametrize("text, expected", [
    # wire and business: the same unnamed voice goes on speaking for its body
    ('A spokeswoman for Network Rail said: "We are sorry." Engineers worked overnight. '
     '"The line will reopen on Monday," the spokeswoman added.',
     ("The line will reopen on Monday,", "Network Rail", O)),
    ('A Tesco spokesman said the stores would reopen. "We thank customers for their '
     'patience," the spokesman said.',
     ("We thank customers for their patience,", "Tesco", O)),
    # a voice of a person's, or of nobody named, stays unnamed
    ('A spokesman for Mayor Ana Ruiz said: "No comment." "We will see," the spokesman added.',
     ("We will see,", None, A)),
    ('A spokesman said: "No comment." "We will see," the spokesman added.',
     ("We will see,", None, A)),
])
def test_the_spokesperson_again_speaks_for_the_same_body(text, expected):
    assert expected in quoted(text)
