"""Quotes and speakers in styles PolNeAR does not hold (wire, UK local and tabloid, sport press
conferences, broadcast transcripts, business, court), each with the speaker a reader would name;
with negatives that expect no row or no speaker. Every sentence was written for these tests
(invented people and organizations)."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import quotes_with_rules
from newsledger.text import Document

P, O, A, U = "person", "organization", "anonymous", "unknown"


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(text)
    return [(q.text, q.speaker_name, q.speaker_kind)
            for q, _ in quotes_with_rules(doc, extract_entities(doc)) if q.kind != "indirect"]


# --- 1. a statement, letter or note speaks for its author -------------------------------------
AUTHORS = [
    # wire: the organization that issued the statement, named in the sentence before
    ('Senate passes stopgap bill\n\nThe Senate passed the bill on Thursday. "We kept the lights '
     'on," said Sen. Rita Okafor of Ohio.\n\nThe White House said in a statement that the '
     'president would sign it on Friday. "The president thanks senators of both parties," the '
     'statement said.',
     [("We kept the lights on,", "Rita Okafor", P),
      ("The president thanks senators of both parties,", "White House", O)]),
    # a note from someone: the name after 'from'
    ('A framed note\n\nOn her office wall, the novelist Jane Orrell keeps a handwritten note '
     'from Victor Hale. "You will never sell a single copy!" the note says.',
     [("You will never sell a single copy!", "Victor Hale", P)]),
    # the closest name before the noun, not the outlet that reported it
    ('Minister used private email\n\nThe Courier said Dana Whitby, a spokeswoman, provided a '
     'written statement on Monday.\n\n"The minister has stopped using the account," the '
     'statement said.',
     [("The minister has stopped using the account,", "Dana Whitby", P)]),
    # a letter written by someone whose role comes first ('Gray's school principal, …')
    ("Pupil remembered\n\nTeo Marsh's head teacher, Alan Brookes, wrote a letter to parents on "
     'Friday.\n\n"Teo worked harder than anyone this year," the letter read.',
     [("Teo worked harder than anyone this year,", "Alan Brookes", P)]),
]


@pytest.mark.parametrize("text, expected", AUTHORS)
def test_a_container_speaks_for_its_author(text, expected):
    assert speakers(text) == expected


# the quote before goes on when no sentence since names the container's author
CONTAINER_GOES_ON = [
    ('Club update\n\nChairman Ray Fox issued a statement on Monday. "We thank Paul for his '
     'work," the statement read.\n\n"We wish him well," the statement added.',
     [("We thank Paul for his work,", "Ray Fox", P), ("We wish him well,", "Ray Fox", P)]),
    # 'according to' names the source of the report, not the author
    ('Club closes\n\nAccording to the Courier, an email was sent to members. "We are '
     'closing," the email said.',
     [("We are closing,", None, U)]),
]


@pytest.mark.parametrize("text, expected", CONTAINER_GOES_ON)
def test_a_container_without_a_named_author(text, expected):
    assert speakers(text) == expected


# --- 2. 'Asked about X, he replied': whom the question names is not the speaker ---------------
ASKED = [
    ('Hartley keeps faith\n\nSpeaking on Friday, manager Graham Hartley said he had no new '
     'injury worries.\n\nAsked whether striker Leon Fry would start, he replied: "You will '
     'have to wait and see."',
     [("You will have to wait and see.", "Graham Hartley", P)]),
    ('Ruling party wins\n\nPrime Minister Ana Costa thanked voters on Sunday.\n\nWhen asked '
     'about opposition leader Marta Ruiz, she said: "I wish her a long rest."',
     [("I wish her a long rest.", "Ana Costa", P)]),
]


@pytest.mark.parametrize("text, expected", ASKED)
def test_names_in_an_asked_clause_are_not_the_speaker(text, expected):
    assert speakers(text) == expected


# a pronoun inside the 'Asked …' clause is the speaker's own: the speaker goes on
def test_a_pronoun_in_the_asked_clause_does_not_hide_the_speaker():
    text = ('Minister leaves\n\nEnergy minister Paul Grant said he would step down in June.\n\n'
            'Asked if that gave him pause, he replied: "Not for a second."')
    assert speakers(text) == [("Not for a second.", "Paul Grant", P)]


# --- 3. broadcast transcripts: a presenter's label and a stage note opening a turn ------------
BROADCAST = ('PRESENTER: Good evening. Tonight, flooding in the north.\n\n'
             'TOM EVANS, CORRESPONDENT: The river burst its banks after midnight.\n\n'
             '(voice-over) Residents were woken by the sound of water.\n\n'
             'MAUREEN BLAKE: It was up to my knees before I knew it.\n\n'
             'EVANS: More rain is on the way.')


def test_broadcast_turns():
    assert speakers(BROADCAST) == [
        ("Good evening. Tonight, flooding in the north.", None, A),
        ("The river burst its banks after midnight.", "Tom Evans", P),
        ("Residents were woken by the sound of water.", "Tom Evans", P),
        ("It was up to my knees before I knew it.", "Maureen Blake", P),
        ("More rain is on the way.", "Tom Evans", P)]


@pytest.mark.parametrize("label", ["ANCHOR", "PRESENTER", "NEWSREADER"])
def test_a_role_label_is_anonymous(label):
    text = (f"{label}: The cup final was won today. How big was the crowd?\n\n"
            "REPORTER: About fifteen thousand fans were there.")
    assert [(s, k) for _, s, k in speakers(text)] == [(None, A), (None, A)]


def test_a_role_label_with_a_name_in_brackets_is_that_person():
    text = ("ANCHOR (SARAH KIM): Good evening. Commuters face a third day of disruption.\n\n"
            "TOM BELL: Sarah, the station has been almost empty this evening.\n\n"
            "SEN. MARK ELLIS (R-OHIO): We will not back this bill.")
    assert [(s, k) for _, s, k in speakers(text)] == [
        ("Sarah Kim", P), ("Tom Bell", P), ("Mark Ellis", P)]


# --- 4. a name in apposition to an organization's noun is an organization ---------------------
APPOSED = [
    ("Magnet warning\n\nThe toy's maker, Brightplay, said it was \"urgently investigating\" "
     "the case.", [("urgently investigating", "Brightplay", O)]),
    ('Plant to close\n\nIts parent company, Norvane, said: "The site is no longer viable."',
     [("The site is no longer viable.", "Norvane", O)]),
]


@pytest.mark.parametrize("text, expected", APPOSED)
def test_a_name_apposed_to_an_organization_noun(text, expected):
    assert speakers(text) == expected


def test_a_name_apposed_to_a_person_noun_stays_a_person():
    text = ('Storm damage\n\nHer neighbour, Tilda Voss, said: "The roof just lifted off."')
    assert speakers(text) == [("The roof just lifted off.", "Tilda Voss", P)]


# --- 5. '"…," the Sun was told': a passive 'told' after the quote ------------------------------
TOLD_PASSIVE = [
    ("Bull charges walkers\n\n'It came out of nowhere,' the Echo was told by a neighbour.",
     [("It came out of nowhere,", None, A)]),
    ('Hero remembered\n\n"He was a hero," the Daily Star was told by his sister, Kate Rowe.',
     [("He was a hero,", "Kate Rowe", P)]),
    ('Fraud trial\n\n"The money was never there," the jury was told by prosecutor Ann Lee.',
     [("The money was never there,", "Ann Lee", P)]),
    ('Row deepens\n\n"We are devastated," the Mirror was told.',
     [("We are devastated,", None, A)]),
]


@pytest.mark.parametrize("text, expected", TOLD_PASSIVE)
def test_a_passive_told_after_the_quote(text, expected):
    assert speakers(text) == expected


# the one told is not the speaker, and a told object is no passive
TOLD_NOT_SPEAKER = [
    ('Match report\n\n"Go home," he was told.', [("Go home,", None, U)]),
    ('Match report\n\n"We lost," Ian Platt told the players.', [("We lost,", "Ian Platt", P)]),
]


@pytest.mark.parametrize("text, expected", TOLD_NOT_SPEAKER)
def test_a_told_that_names_no_passive_speaker(text, expected):
    assert speakers(text) == expected


# --- 6. a party before a role in capitals qualifies it: 'one Labour MP' is unnamed ------------
CAPITAL_ROLES = [
    ('Leadership row\n\n"It is a shambles," one Labour MP told the BBC.',
     [("It is a shambles,", None, A)]),
    ('Leadership row\n\nAnother Tory MEP said: "We saw this coming."',
     [("We saw this coming.", None, A)]),
    # the name after the role still speaks
    ('Leadership row\n\n"It is over," said Labour MP Ann Lee.', [("It is over,", "Ann Lee", P)]),
]


@pytest.mark.parametrize("text, expected", CAPITAL_ROLES)
def test_a_name_before_a_role_in_capitals_qualifies_it(text, expected):
    assert speakers(text) == expected


# --- 7. 'X was asked:' / 'The jury was told:': the subject of a passive listens ---------------
LISTENERS = [
    ('Referendum\n\nVoters were asked: "Should the town keep its market?"',
     [("Should the town keep its market?", None, A)]),
    ('Fraud trial\n\nThe jury was told: "He planned every detail."',
     [("He planned every detail.", None, A)]),
    ('Strike talks\n\nThe minister was asked on Sunday: "Will you resign?"',
     [("Will you resign?", None, A)]),
]


@pytest.mark.parametrize("text, expected", LISTENERS)
def test_the_subject_of_a_passive_asked_or_told_listens(text, expected):
    assert speakers(text) == expected


# a verb of saying after the passive: the subject speaks after all
SPEAKS_AFTER_ALL = [
    ('Strike talks\n\nAnn Lee was asked about it and said: "We are ready."',
     [("We are ready.", "Ann Lee", P)]),
    ('Verdict\n\nMr Tom Hale, who was told of the verdict by phone, said: "I am relieved."',
     [("I am relieved.", "Tom Hale", P)]),
]


@pytest.mark.parametrize("text, expected", SPEAKS_AFTER_ALL)
def test_a_passive_then_a_verb_of_saying(text, expected):
    assert speakers(text) == expected


# --- 8. an unnamed source described by whom it spoke to --------------------------------------
SPOKE_TO = [
    ('Talks collapse\n\nA source speaking to the Courier said, "The talks are over."',
     [("The talks are over.", None, A)]),
    ('Talks collapse\n\nA Whitehall source talking to the Herald said the plan was "dead in '
     'the water".', [("dead in the water", None, A)]),
]


@pytest.mark.parametrize("text, expected", SPOKE_TO)
def test_a_source_speaking_to_an_outlet_is_anonymous(text, expected):
    assert speakers(text) == expected


# --- 9. a role of someone named in the possessive: the one in the role speaks, unnamed ---------
POSSESSED_ROLES = [
    ('Cabinet row\n\n"We have full confidence in her," the Prime Minister\'s spokesman said.',
     [("We have full confidence in her,", None, A)]),
    ('Rail strike\n\nRail minister Ann Lee spoke on Monday. "It is nonsense," the minister\'s '
     'spokesman said.', [("It is nonsense,", None, A)]),
    ("Rehab\n\nActress Lena Hart's lawyer said: \"She checked in on Thursday.\"",
     [("She checked in on Thursday.", None, A)]),
]


@pytest.mark.parametrize("text, expected", POSSESSED_ROLES)
def test_a_possessed_role_is_not_its_possessor(text, expected):
    assert speakers(text) == expected


# a possessive inside a name, or a name after the possessor, still speaks
POSSESSIVE_NAMES = [
    ('Crash\n\n"We are investigating," St John\'s Ambulance said.',
     [("We are investigating,", "St John's Ambulance", O)]),
    ('Budget\n\n"It is nonsense," Acme\'s chief executive, Dan Hill, said.',
     [("It is nonsense,", "Dan Hill", P)]),
]


@pytest.mark.parametrize("text, expected", POSSESSIVE_NAMES)
def test_a_possessive_in_a_name_or_before_a_name(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, quote", [
    # a surname that is also a word of works ('Song', 'Book') is no title before a quote
    ('Dr. Lena Song "had no choice but to resign," the board said.',
     "had no choice but to resign,"),
    # a clause in lower case that a verb of saying attributes is a quote, not a title
    ('On the housing grant, "councils were never consulted," Ms Ortiz said.',
     "councils were never consulted,"),
])
def test_a_work_word_before_a_quote_leaves_names_and_attributed_clauses(text, quote):
    assert quote in [q for q, _, _ in speakers(text)]


def test_a_title_after_a_work_word_is_still_no_quote():
    assert speakers('She sang the song "Runaway Train" at the gala.') == []


def test_a_sentence_s_opening_word_is_nobody_s_name():
    from newsledger.extract.quotes import extract_quotes, reported_speech
    text = ("Every few years a minister stands at a podium and promises 300,000 new homes a "
            "year.")
    doc = Document(text)
    ents = extract_entities(doc)
    assert "Every" not in [q.speaker_name for q in reported_speech(
        doc, ents, extract_quotes(doc, ents))]


@pytest.mark.parametrize("text", [
    "Tory MPs said the leader must go.",
    "Whitehall insiders said a deal was close.",
    "The talks had stalled, according to Danish officials.",
])
def test_a_named_group_of_people_speaks_unnamed(text):
    from newsledger.extract.quotes import extract_quotes, reported_speech
    doc = Document(text)
    ents = extract_entities(doc)
    assert [(q.speaker_kind, q.speaker_name) for q in reported_speech(
        doc, ents, extract_quotes(doc, ents))] == [("anonymous", None)]


def test_a_police_force_stays_an_organization():
    from newsledger.extract.quotes import extract_quotes, reported_speech
    doc = Document("The road was closed, Vancouver police said.")
    ents = extract_entities(doc)
    assert [q.speaker_kind for q in reported_speech(doc, ents, extract_quotes(doc, ents))] == [
        "organization"]
