"""Unnamed speakers in wire, parliamentary and tabloid copy: one person placed by where they
are ('one trader in Singapore said'), a paragraph opened by an unnamed person after a sentence
adverb or with a capitalized modifier ('Later a backbencher asked …', 'One Labour MP …') whom
a later "he" stands for, and someone of a person's placed by where they are ('her lawyer in
London'). Every sentence here is written for these tests (invented people and organizations)."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes, reported_speech
from newsledger.text import Document

P, A = "person", "anonymous"


def quoted(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker name, speaker kind) of every direct or partial quote."""
    doc = Document(text)
    return [(q.text, q.speaker_name, q.speaker_kind)
            for q in extract_quotes(doc, extract_entities(doc)) if q.kind != "indirect"]


@pytest.mark.parametrize("text, expected", [
    ('"We are watching every tanker," one trader in Singapore said.',
     [("We are watching every tanker,", None, A)]),
    ('"The mood is grim," a banker in London said on Tuesday.',
     [("The mood is grim,", None, A)]),
    ('A diplomat in Brussels said: "The talks are over."', [("The talks are over.", None, A)]),
    # someone of a person's, placed
    ('Ann Lee lost her appeal.\n\n"It was unfair," her lawyer in London said.',
     [("It was unfair,", None, A)]),
    # (a month after "in" is no place: the speaker is no phrase)
    ('The fleet sailed in spring. "It went well," the navy in November said.',
     [("It went well,", None, "unknown")]),
])
def test_one_person_placed_by_where_they_are(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Chaos in the Commons\n\nOpposition leader Tom Kerr asked about hospital waits. "Patients '
     'are dying in corridors," he said.\n\nLater a backbencher asked about potholes in his '
     'constituency. "They are so deep you could lose a bus in them," he told the House.',
     [("Patients are dying in corridors,", "Tom Kerr", P),
      ("They are so deep you could lose a bus in them,", None, A)]),
    ('Chaos in the Commons\n\nOpposition leader Tom Kerr asked about hospital waits. "Patients '
     'are dying in corridors," he said.\n\nOne Labour MP, who did not want to be named, was '
     'blunt. "It was a shambles," he said.',
     [("Patients are dying in corridors,", "Tom Kerr", P), ("It was a shambles,", None, A)]),
    ('Club in crisis\n\nChairman Neil Hart spoke on Friday. "I am staying," he said.\n\nA '
     'Rovers fan outside the ground was less sure. "He has to go," she said.',
     [("I am staying,", "Neil Hart", P), ("He has to go,", None, A)]),
])
def test_a_paragraph_opened_by_someone_unnamed(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named person after the adverb goes on being the speaker
    ('Chaos in the Commons\n\nLater a backbencher asked about potholes. Minister Tom Kerr '
     'replied at once. "We are fixing them," he said.',
     [("We are fixing them,", "Tom Kerr", P)]),
    # a subordinate clause is no opener ('After a neighbour called …, he')
    ('Fire at the farm\n\nFarmer Joe Platt lost his barn on Sunday. After a neighbour called '
     'the fire service, he ran inside. "I had to save the dogs," he said.',
     [("I had to save the dogs,", "Joe Platt", P)]),
])
def test_a_named_person_is_still_the_speaker(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb ends its sentence on when the speaker was told or asked
    ('Cup run ends\n\nCoach Dan Ryle was asked about his future after the defeat.\n\nHe '
     'laughed when asked about it. "Ask me in May."',
     [("Ask me in May.", "Dan Ryle", P)]),
    # someone of a person's whom the article named in apposition ('Her mother, Ruth Brandt,')
    ('From kart to podium\n\nElla Brandt was four when she first raced. Her mother, Ruth '
     'Brandt, remembers it well.\n\nBrandt won her first race this summer.\n\nHer mother '
     'laughed when told this. "She owes me a new car."',
     [("She owes me a new car.", "Ruth Brandt", P)]),
    # (no name in apposition: someone of hers, unnamed)
    ('Singer cancels tour\n\nLena Hart has cancelled her tour. "She needs rest," her mother '
     'said.',
     [("She needs rest,", None, A)]),
])
def test_a_sentence_before_that_ends_on_its_verb(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # court: a defendant the law keeps unnamed is not the barrister quoted before
    ('Teenager guilty\n\nThe victim was attacked after an argument. "He never stood a chance," '
     'prosecutor Carl Evans said.\n\nThe defendant, who cannot be named because of his age, '
     'told the court he had acted in self-defence. "I thought he was going to kill me," he '
     'said.',
     [("He never stood a chance,", "Carl Evans", P),
      ("I thought he was going to kill me,", None, A)]),
    ('Flats evacuated\n\nCouncillor Ray Dunn visited the block. "It is a disgrace," he '
     'said.\n\nThe woman, who asked not to be named, had lived there for years. "We were '
     'never told," she said.',
     [("It is a disgrace,", "Ray Dunn", P), ("We were never told,", None, A)]),
    # (the one "the" describes named in apposition goes on as before)
    ('Flats evacuated\n\nThe caretaker, Ray Dunn, opened the doors. "It is a disgrace," he '
     'said.',
     [("It is a disgrace,", "Ray Dunn", P)]),
])
def test_someone_the_article_may_not_name(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # someone described by their tie to a person named in what they said is not that person
    ("Former Telcorp boss Bernard Ebbs knew of the fraud, his closest associate has told a "
     "court.", (None, A)),
    ('Bernard Ebbs lost the case. "He knew," his former associate said.', (None, A)),
    # but the same noun in apposition to a name is that person
    ("His associate, Scott Sill, said the books were wrong.", ("Scott Sill", P)),
])
def test_a_persons_associate_is_not_that_person(text, expected):
    doc = Document(text)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    found = [(q.speaker_name, q.speaker_kind)
             for q in [*quotes, *reported_speech(doc, entities, quotes)]]
    assert found and found[0] == expected


def reported(text: str) -> list[tuple[str, str | None]]:
    """(statement, speaker name) of every reported statement."""
    doc = Document(text)
    entities = extract_entities(doc)
    return [(q.text, q.speaker_name)
            for q in reported_speech(doc, entities, extract_quotes(doc, entities))]


@pytest.mark.parametrize("text, expected", [
    # a regulator named before 'the company' is not the company: unnamed
    ("Investigators from the Health and Safety Executive arrived at first light, and the "
     "company has confirmed that a storage tank failed.", [("a storage tank failed", None)]),
    ('"We are looking at every valve," the Food Standards Agency said. The firm said it had '
     "recalled the batch.", [("it had recalled the batch", None)]),
    # the company named before it still is
    ("Harrowgate Chemicals runs the plant. Inspectors from the Health and Safety Executive "
     "arrived, and the company has confirmed that a storage tank failed.",
     [("a storage tank failed", "Harrowgate Chemicals")]),
    # and a regulator is what 'the regulator' stands for
    ("The Food Standards Agency opened an inquiry. The regulator said the batch was unsafe.",
     [("the batch was unsafe", "Food Standards Agency")]),
    # an association is no bank, nor a broker an airline
    ("The British Retail Consortium said food inflation had reached 4.5%. The bank said profit "
     "rose 12%.", [("food inflation had reached 4.5%", "British Retail Consortium"),
                   ("profit rose 12%", None)]),
    ("Analysts at Caldwell Securities expect a cut. The airline said bookings were up.",
     [("bookings were up", None)]),
    # a broker is what 'the firm' may stand for, a bank's own name what 'the bank' does
    ('"Rates will fall," said Priya Nand of Caldwell Securities. The firm said it had hired 40 '
     "staff.", [("it had hired 40 staff", "Caldwell Securities")]),
    ("The Resolution Foundation said wages rose 3% last year. Lloyds Bank said the bank had cut 300 jobs.",
     [("wages rose 3% last year", "Resolution Foundation"), ("the bank had cut 300 jobs", "Lloyds Bank")]),
])
def test_a_public_body_is_no_company(text, expected):
    assert reported(text) == expected
