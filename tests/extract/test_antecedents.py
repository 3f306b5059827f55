"""Whom a pronoun or a description speaker stands for, in quotes and reported speech alike:
the closest fitting name of its own sentence, else the subject of the nearest earlier sentence
that names one, and a fronted clause ("As ...,", "After ...,") is not where that subject
stands. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes, reported_speech
from newsledger.text import Document
from newsledger.text.clauses import main_clause_start


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(start of the content, speaker name) of every reported statement."""
    doc = Document(text)
    entities = extract_entities(doc)
    return [(q.text.split()[0], q.speaker_name)
            for q in reported_speech(doc, entities, extract_quotes(doc, entities))]


CASES = [
    # a description stands for the subject of the sentence before, not the last name in it
    ("Vantor Motors might need $3 billion from the Treasury Department, an increase on its "
     "earlier estimate. The company has warned that it could run out of cash by March.",
     [("it", "Vantor Motors")]),
    ("Halden Foods bought the site from Marlow Council last year. The firm said on Monday "
     "that the plant would close in June.", [("the", "Halden Foods")]),
    # a pronoun after a fronted clause: the main clause's subject
    ("After Mayor Ruth Okafor met Governor Dan Pryce on Friday, Council Leader Ian Marsh "
     "left the building by a side door. He said the talks would resume next week.",
     [("the", "Ian Marsh")]),
    ("When the storm hit Carlton on Tuesday, Captain Lena Voss ordered the ferry back to "
     "port. She said the crew had done everything right.", [("the", "Lena Voss")]),
    # the subject of coordinated verbs: the company a business noun names, not the adjective
    ("British housebuilder Dunmere reported a 12% fall in annual profit on Tuesday and said it "
     "expected to complete 10,500 homes this year.", [("it", "Dunmere")]),
    ("US retailer Calloway Stores reported higher sales and said it expected profit to rise "
     "this year.", [("it", "Calloway Stores")]),
]


# An office description ("the president") stands for nobody whose title gives another office
CASES += [
    ("Joining me now is Senator Alma Ferris of Kansas. The president said this week that he "
     "would veto the bill.", [("he", None)]),
    ("Vice President Dora Quint toured the plant in Akron. The president said on Friday that "
     "the tariffs would stay.", [("the", None)]),
    ("President Hal Brandt toured the plant in Akron. The president said on Friday that the "
     "tariffs would stay.", [("the", "Hal Brandt")]),
    ("Hal Brandt toured the plant in Akron. The president said on Friday that the tariffs "
     "would stay.", [("the", "Hal Brandt")]),
    ("Vice President Dora Quint toured the plant in Akron. The vice president said on Friday "
     "that the tariffs would stay.", [("the", "Dora Quint")]),
    ("Gov. Ned Olsen met Mayor Rita Vance in Dayton. The mayor said the city would pay half.",
     [("the", "Rita Vance")]),
    ("Former President Alan Tovey spoke in Reno on Monday. The president said the bill was "
     "a mistake.", [("the", None)]),
    # celebrity and sport descriptions
    ("Strictly Stars Live professional Gino Ferri lost his dog on Sunday. The dancer said "
     "that he would miss her every day.", [("he", "Gino Ferri")]),
    # "the King" and "the Pope" stand only for whom a title names so
    ("King Edwin opened the bridge at Carrow. Hugh Marsh met him there. The King said that "
     "it was a fine day.", [("it", "Edwin")]),
    ("Hugh Marsh met the crowds at Carrow. The King said that it was a fine day.",
     [("it", None)]),
    # a surname that is a title word speaks too
    ("Sixers president Billy King fired the coach on Monday. King said that he decided on "
     "Saturday.", [("he", "Billy King")]),
    # an office in apposition after the name
    ("Sarah Vane, the Alaska governor, toured the site. The governor said that the town would "
     "be rebuilt.", [("the", "Sarah Vane")]),
    # a sentence's last word is no title of the name on the next line
    ("Gov. Ned Olsen spoke. Rivals said he was not fit to be president.\nOlsen shrugged. The "
     "governor said the state would pay half.", [("he", None), ("the", "Ned Olsen")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_antecedent_speakers(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text, first_word", [
    ("As the race between Ann Hale and Tom Reed heated up, West turned to his fans.", "West"),
    ("Although the vote was close, the motion passed.", "the"),
    ("West turned to his fans, as the race heated up.", "West"),
    ("After the match there were no comments from anyone at the club", "After"),  # no comma
])
def test_main_clause_start(text: str, first_word: str) -> None:
    doc = Document(text)
    start = main_clause_start(doc, 0)
    assert text[start:].split()[0] == first_word


def test_initials_of_a_role_are_no_organization() -> None:
    # 'the GM' is a general manager, 'the DA' a district attorney: nobody named
    assert speakers("The Thunder hired a new GM on Monday. The GM said the team would "
                    "rebuild.") == [("the", None)]


def quote_speakers(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quote with marks."""
    doc = Document(text)
    return [(q.kind, q.text, q.speaker_name)
            for q in extract_quotes(doc, extract_entities(doc))]


@pytest.mark.parametrize("text, expected", [
    # a club or a firm qualifying the role of the person named next: the person speaks
    ('Bristol Rovers manager Joey Barton praised his side\'s "character" after the late '
     'winner.', [("partial", "character", "Joey Barton")]),
    ('Halden Foods chief executive Mara Quist called the results "disappointing" on Monday.',
     [("partial", "disappointing", "Mara Quist")]),
])
def test_partial_quote_speakers(text: str, expected: list) -> None:
    assert quote_speakers(text) == expected


@pytest.mark.parametrize("text, name", [
    ("Speaker Mike Halvorsen told reporters that he expects a vote.", "Mike Halvorsen"),
    ("House Speaker Nora Pell said the bill would pass.", "Nora Pell"),
    # a Title Case headline quoted in the text: its verb ends the name
    ('The campaign emailed supporters: "Ron Talley Joins Growing List of Critics as Vote '
     'Nears." Talley said nothing.', "Ron Talley"),
])
def test_titles_and_headline_verbs_stay_out_of_names(text: str, name: str) -> None:
    assert name in {e.name for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, name, described", [
    ("Joining me now is Senator Alma Ferris. The president said the bill would fail.",
     "Alma Ferris", False),
    ("President Hal Brandt spoke first. The president said the bill would pass.",
     "Hal Brandt", True),
    ("Vice President Dora Quint spoke first. The vice president said the bill would pass.",
     "Dora Quint", True),
    # the office in apposition before the name: the mayor is not "the governor"
    ("The mayor, Dan Whitley, said the town was flattened. The governor said help was coming.",
     "Dan Whitley", False),
    ("The former mayor, Dan Whitley, toured the site. The governor said help was coming.",
     "Dan Whitley", False),
    ("The mayor, Sue Park, toured the site. The mayor said help was coming.", "Sue Park", True),
    # a transcript's label gives the office after the name
    ("ROSA DELGADO, REPORTER: The mayor spoke to us.\n\nDAN WHITLEY, MAYOR OF MILLBROOK: We "
     "had four minutes.\n\nDELGADO: The governor says help is coming.", "Dan Whitley", False),
    # roles in sport, business and government are offices too
    ("Hale Town manager Rob Quinn praised his side. Rovers captain Dean Platt was less happy."
     "\n\nThe manager said the win was deserved.", "Dean Platt", False),
    ("Home Secretary Alma Reyes visited the scene. Party leader Tom Vick called for an inquiry."
     "\n\nThe home secretary said lessons would be learned.", "Tom Vick", False),
    ("Home Secretary Alma Reyes visited the scene. Party leader Tom Vick called for an inquiry."
     "\n\nThe home secretary said lessons would be learned.", "Alma Reyes", True),
    # "the Russian leader" may be a president: a leader's title asks for no one office
    ("President Ivan Orlov met the envoy.\n\nThe Russian leader said the talks went well.",
     "Ivan Orlov", True),
    # a place before a comma is no office
    ("In Millbrook, Dan Whitley counted the damage. The governor said help was coming.",
     "Dan Whitley", True),
])
def test_office_descriptions_in_entities(text: str, name: str, described: bool) -> None:
    """An office description is a mention of a person only when no title gives them another
    office."""
    ent = next(e for e in extract_entities(Document(text)) if e.name == name)
    assert any(m.kind == "description" for m in ent.mentions) == described


@pytest.mark.parametrize("text, name, description", [
    # a description after a copula says what its subject is: no mention of anyone before it
    ("Tom Ash threw two touchdowns. Coach Ann Reid became the first coach to win five titles.",
     "Tom Ash", "the first coach"),
    ("Sam Cole lost the vote. Rita Vance is the candidate most likely to win.", "Sam Cole",
     "the candidate"),
])
def test_predicative_descriptions_are_no_mentions(text: str, name: str,
                                                   description: str) -> None:
    ent = next(e for e in extract_entities(Document(text)) if e.name == name)
    assert description not in [m.text for m in ent.mentions]


def test_a_pronoun_after_an_unnamed_subject_is_that_person() -> None:
    """'The president said he would veto it': when "the president" is nobody the article names,
    "he" is not someone else named before."""
    text = "Joining me is Senator Alma Ferris. The president said this week he would veto it."
    ferris = next(e for e in extract_entities(Document(text)) if e.name == "Alma Ferris")
    assert [m.text for m in ferris.mentions] == ["Alma Ferris"]


def test_an_apposition_after_a_name_and_its_place() -> None:
    """'Senator Ada Lorne of Ohio, the majority leader,': the description is hers, not the
    person named before."""
    text = ("Rivals criticized Tom Vale on Monday. Senator Ada Lorne of Ohio, the majority "
            "leader, called the plan reckless.")
    lorne = next(e for e in extract_entities(Document(text)) if e.name == "Ada Lorne")
    assert "the majority leader" in [m.text for m in lorne.mentions]


def _mentioned(text: str, word: str, at: int = 0) -> str | None:
    """The person the ``at``-th pronoun ``word`` of ``text`` is a mention of, if any."""
    starts = [i for i in range(len(text)) if text.startswith(word, i)
              and not text[i - 1:i].isalpha() and not text[i + len(word):i + len(word) + 1].isalpha()]
    pos = starts[at]
    for ent in extract_entities(Document(text)):
        if any(m.start == pos for m in ent.mentions):
            return ent.name
    return None


@pytest.mark.parametrize("text, word, name", [
    # a title gives the gender: the widow's "her" is not Mr Mehta's
    ("Mr Mehta died in hospital. In a statement, his widow said her family was broken.",
     "her", None),
    # a given name gives it too
    ("Detective Superintendent Jane Hollis said: \"A young man has lost his life.\"", "his",
     None),
    ("Sunil Mehta ran the shop for 20 years. Neighbours said he was kind.", "he",
     "Sunil Mehta"),
    ("Tom Vick spoke to Alma Reyes. Later she said the plan had failed.", "she", "Alma Reyes"),
    # a name of either gender, or none the lists know, leaves it to the first pronoun
    ("Jordan Blake won the race. Afterwards she said it was her best day.", "she",
     "Jordan Blake"),
])
def test_a_name_s_gender_decides_which_pronouns_it_takes(text, word, name):
    assert _mentioned(text, word) == name
