"""Reported speech: speakers whose head ends in '-ly' ('the family'),
unnamed people defined by a relative clause ('Those who know him say'), 'according to' the
people of a person ('her agent'), a title and a name after an organization's name ('Party
chairman Will Rogers': the person), 'a close ally' (no 'close to'), an office of two words
only of whom the article titles so ('the prime minister'), a short aside set off by commas right
after 'says', and a company described by what it makes ('The maker of Brannigan's pies said').
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, rows


def speakers(text: str) -> list[tuple[str, str | None, str, str | None]]:
    """(content, speaker name, speaker kind, speaker as written) of every statement."""
    return [(q.text, q.speaker_name, q.speaker_kind, q.speaker_text) for q in rows(text)]


@pytest.mark.parametrize("text, expected", [
    # a noun ending in '-ly' heads the speaker phrase: no adverb before the verb
    ("The decision was unexpected, as the family said in a statement.",
     ("The decision was unexpected", None, "anonymous", "the family")),
    ("The funeral will be private, the family said.",
     ("The funeral will be private", None, "anonymous", "the family")),
    ("The Dutch daily reported that the talks had failed.",
     ("the talks had failed", None, "anonymous", "The Dutch daily")),
    # (an adverb still is no part of the speaker)
    ("The insurer quickly said the claim was false.",
     ("the claim was false", None, "organization", "The insurer")),
])
def test_ly_nouns_head_speakers(text, expected):
    assert expected in speakers(text)


@pytest.mark.parametrize("text, expected", [
    # unnamed people defined by a relative clause: the pronoun and its clause speak
    ("Coach Tom Barker is staying. Those who know the coach say he is unlikely to quit.",
     ("he is unlikely to quit", None, "anonymous", "Those who know the coach")),
    ("Many who worked with the mayor say she was a fair boss.",
     ("she was a fair boss", None, "anonymous", "Many who worked with the mayor")),
    # (a noun with its relative clause is still read by its noun)
    ("A councillor who attended several of the meetings said the plan was rushed.",
     ("the plan was rushed", None, "anonymous", "A councillor")),
])
def test_relative_clause_people(text, expected):
    assert expected in speakers(text)


@pytest.mark.parametrize("text, expected", [
    # someone of the person a pronoun or a possessive stands for: unnamed
    ("Maria Lopez has cancelled her tour. She is resting at home, according to her agent.",
     ("She is resting at home", None, "anonymous")),
    ("Dan Hale missed the hearing. He was unwell, according to his lawyers.",
     ("He was unwell", None, "anonymous")),
    ("Maria Lopez has cancelled her tour. Lopez's agent said she was resting at home.",
     ("she was resting at home", None, "anonymous")),
    # (the person named is still the source, and the person's own campaign speaks for them)
    ("Ann Lee's campaign said the poll was wrong.", ("the poll was wrong", "Ann Lee", "person")),
    ("The singer is resting at home, according to Maria Lopez.",
     ("The singer is resting at home", "Maria Lopez", "person")),
    ("The plant will close, according to an April report in the Daily Mail.",
     ("The plant will close", "Daily Mail", "organization")),
])
def test_according_to_a_persons_people(text, expected):
    assert expected in [row[:3] for row in speakers(text)]


@pytest.mark.parametrize("text, content", [
    # a short aside set off by commas right after 'says'
    ("Coach Tom Barker says, win or lose, he's staying at the club next season.",
     "he's staying at the club next season"),
    ("The manager said, in his view, the board had made the right call.",
     "the board had made the right call"),
    ("The minister said, on Monday, the plan would go ahead.", "the plan would go ahead"),
])
def test_aside_after_says(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text", [
    # the sentence goes on with the speaker's acts, or a quote is attributed
    "Barker said, and then he left the room quietly.",
    '"It\'s over," Barker said, and the crowd went quiet.',
    "Barker said, smiling, he would stay.",
    "She said, to nobody in particular, nothing at all.",
])
def test_no_aside_statement(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # a title and a name after an organization's name: the person the title names
    ("The campaign will go on, said Party chairman Will Rogers.",
     ("The campaign will go on", "Will Rogers", "person")),
    ("The shares are cheap, said Barclays analyst Tom Briggs.",
     ("The shares are cheap", "Tom Briggs", "person")),
    # (the organization alone still speaks; analysts at a bank are the bank's,
    # evaluation/GUIDE.md)
    ("The vote was fair, said the Electoral Commission.",
     ("The vote was fair", "Electoral Commission", "organization")),
    ("Analysts at Barclays said the cuts were overdue.",
     ("the cuts were overdue", "Barclays", "organization")),
])
def test_title_after_an_organization(text, expected):
    assert expected in [row[:3] for row in speakers(text)]


@pytest.mark.parametrize("text, expected", [
    # 'close' without 'to' is an adjective of the noun after it
    ("A close ally said the senator would not run.",
     ("the senator would not run", None, "anonymous", "A close ally")),
    ("A close friend of the singer said she was resting.",
     ("she was resting", None, "anonymous", "A close friend of the singer")),
    ("Hillary Clinton spoke on Monday. A Clinton ally suggested she would back the deal.",
     ("she would back the deal", None, "anonymous", "A Clinton ally")),
    # ('close to' still bounds the head)
    ("Sources close to the club said a deal was near.",
     ("a deal was near", None, "anonymous", "Sources close to the club")),
])
def test_close_as_an_adjective(text, expected):
    assert expected in speakers(text)


@pytest.mark.parametrize("text, expected", [
    # an office of two words is only whom the article titles so, else nobody named
    ("Rachel Reeves defended her budget on Monday. The prime minister said the government "
     "would not change course.", ("the government would not change course", None, "anonymous")),
    ("Prime Minister Keir Starmer spoke in Leeds. Rachel Reeves defended her budget. The prime "
     "minister said the government would not change course.",
     ("the government would not change course", "Keir Starmer", "person")),
    ("Keir Starmer, the prime minister, spoke in Leeds. The Prime Minister said the government "
     "would not change course.",
     ("the government would not change course", "Keir Starmer", "person")),
    ("Vice President Kamala Harris spoke on Monday. Senator Amy Klobuchar agreed. The vice "
     "president said the bill would pass.", ("the bill would pass", "Kamala Harris", "person")),
    ("The ship was launched by the Prime Minister of Norland, Mr. Arne Vik, on Friday. In his "
     "speech, the Prime Minister said the yard had a bright future.",
     ("the yard had a bright future", "Arne Vik", "person")),
    ("Senator Amy Klobuchar spoke on Monday. The vice president said the bill would pass.",
     ("the bill would pass", None, "anonymous")),
])
def test_offices_of_two_words(text, expected):
    assert expected in [row[:3] for row in speakers(text)]


@pytest.mark.parametrize("text, expected", [
    # a company described by what it makes speaks, not the brands after "of"
    ("Halvern Foods reported profits of £410m.\n\nThe maker of Brannigan's pies and Hollow "
     "Farm yoghurts said sales rose 6%.",
     ("sales rose 6%", "Halvern Foods", "organization", "The maker")),
    ("The manufacturer of the Zephyr scooter said the fault had been fixed.",
     ("the fault had been fixed", None, "organization", "The manufacturer")),
    # (an owner is anyone's: unnamed)
    ("The owner of the dog said it was friendly.",
     ("it was friendly", None, "anonymous", "The owner")),
])
def test_a_company_described_by_what_it_makes(text, expected):
    assert expected in speakers(text)
