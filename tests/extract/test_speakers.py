"""Speaker phrases of any length next to a reporting verb, and the name that heads them
(sentences written for these tests, in wire, broadsheet, tabloid and opinion styles)."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes, reported_speech
from newsledger.extract.quotes.phrases import phrase_after, phrase_before
from newsledger.text import Document


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(text)
    return [(q.text, q.speaker_name, q.speaker_kind)
            for q in extract_quotes(doc, extract_entities(doc))]


P, O, A = "person", "organization", "anonymous"


def reported_speakers(text: str) -> list[tuple[str | None, str]]:
    """The speaker name and kind of each reported statement."""
    doc = Document(text)
    entities = extract_entities(doc)
    return [(r.speaker_name, r.speaker_kind)
            for r in reported_speech(doc, entities, extract_quotes(doc, entities))]


def entity_kinds(text: str) -> dict[str, str]:
    """Each entity's name and kind."""
    return {e.name: e.kind for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, expected", [
    # role words, a party or an organization before the name
    ('"The next weeks will decide it," Democratic pollster Rita Vance said.',
     [("The next weeks will decide it,", "Rita Vance", P)]),
    ('"Nobody saw it coming," Harbor Bank spokesman Luis Ortega told reporters.',
     [("Nobody saw it coming,", "Luis Ortega", P)]),
    # a description, then the name in apposition: the name speaks, not the person before
    ('Leo Marsh scored twice for Rovers. "We deserved more," said the club\'s manager, Dean '
     'Rourke.', [("We deserved more,", "Dean Rourke", P)]),
    ('Judge Ava Stone ruled on Monday. "We will appeal," said the family\'s lawyer, Omar '
     'Haddad, outside court.', [("We will appeal,", "Omar Haddad", P)]),
    # an apposition between commas, a party label in parentheses
    ('"We are proud of this team," Joel Hart, the mayor\'s chief of staff, said in a statement.',
     [("We are proud of this team,", "Joel Hart", P)]),
    ('"This bill is dead," Sen. Mark Ellis (R-Ohio) said Tuesday.',
     [("This bill is dead,", "Mark Ellis", P)]),
    # inverted, with a long apposition
    ('"It was never about money," said former state treasurer Dana Whitlock, who left office '
     'in 2019.', [("It was never about money,", "Dana Whitlock", P)]),
    # the attribution after an adjunct of the reporter's sentence
    ('"The numbers are clear" in this race, says Ellen Park, a pollster at Marist College.',
     [("The numbers are clear", "Ellen Park", P)]),
    # inverted, a party, an organization or a place qualifying the role before the name
    ("'This is a cynical pre-election bribe,' said Liberal Democrat spokesman Phil Willis.",
     [("This is a cynical pre-election bribe,", "Phil Willis", P)]),
    ('"It will not pass," said Harbor Bank chief economist Luis Ortega, who advised the board.',
     [("It will not pass,", "Luis Ortega", P)]),
    ('"It was a mistake," said former Riverton mayor Dana Whitlock.',
     [("It was a mistake,", "Dana Whitlock", P)]),
    ('"I am still undecided," said Concord resident Whit Adams when asked about Tom Hale.',
     [("I am still undecided,", "Whit Adams", P)]),
    # 'for' an outlet is no role: the writer is the speaker
    ('"The debate changed little," wrote Rita Vance for Harbor Polling.',
     [("The debate changed little,", "Rita Vance", P)]),
    # a stop after the closing mark ends the quote's sentence: the next sentence's speaker
    # is not this quote's
    ("The Conservatives said the plan was 'too little, too late'. Shadow education secretary "
     "Tim Collins added that schools were short of teachers.",
     [("too little, too late", "Conservatives", O)]),
    # an unnamed speaker described by whom they work for is not that person
    ('"We did nothing wrong," a spokesman for Mayor Dana Reyes said.',
     [("We did nothing wrong,", None, A)]),
    # a publication as the speaker
    ('"Ratings are down sharply," the Riverton Times reported.',
     [("Ratings are down sharply,", "Riverton Times", O)]),
    # before the quote, after an apposition
    ('Tom Reed, the campaign\'s chief strategist, said, "We will fight for every vote."',
     [("We will fight for every vote.", "Tom Reed", P)]),
    # a party label in apposition
    ('"That is not our view," Senate leader Ruth Ames, R-Ky., said.',
     [("That is not our view,", "Ruth Ames", P)]),
    # the attribution closes the sentence after the reporter's words
    ('"We never teach that" in our classes, he said. Imam Adel Noor runs the school.',
     [("We never teach that", None, "unknown")]),
    # a partial quote with no reporting verb belongs to the subject, not the object
    ('Mayor Dana Reyes accused Tom Hale of being "deeply dishonest" on housing.',
     [("deeply dishonest", "Dana Reyes", P)]),
    ('Governor Ann Price praised Ruth Ames for showing "real courage" and then left.',
     [("real courage", "Ann Price", P)]),
    # a sentence that introduces the quote with a colon, in the paragraph or the one before
    ('Judge Ellen Marsh ended the hearing with a warning: "Nobody is above this court."',
     [("Nobody is above this court.", "Ellen Marsh", P)]),
    ('The Riverton Times summed it up in an editorial:\n\n"The council has failed us."',
     [("The council has failed us.", "Riverton Times", O)]),
    # any verb that closes the clause after the quote
    ('"Sit down, all of you," Judge Ellen Marsh barked.',
     [("Sit down, all of you,", "Ellen Marsh", P)]),
    # publications as speakers
    ('"Ratings are down sharply," The Daily Ledger reported.',
     [("Ratings are down sharply,", "Daily Ledger", O)]),
    ('The Harbor Examiner reported that the senator had "no plans" to resign.',
     [("no plans", "Harbor Examiner", O)]),
    # transcripts: a label in capitals, a titled name with a party label
    ('Moderator Lester Holt pressed both candidates.\n\nHOLT: "Will you accept the result?"',
     [("Will you accept the result?", "Lester Holt", P)]),
    ('The hearing opened with an exchange over the budget.\n\nRep. Ann Lee (D-Ore.): "We need '
     'answers."\n\nTom Reed, the secretary: "You will get them."', [("We need answers.", "Ann Lee", P), ("You will get them.", "Tom Reed", P)]),
    # quoted as saying: the one quoted speaks; a name that modifies a noun is not the head
    ('The Harbor Examiner quotes a senior Senate aide as saying: "The bill is dead."',
     [("The bill is dead.", None, A)]),
    # a new sentence with a fragment: its own subject, not the last speaker
    ('"We are heartbroken," Ann Price said. Tom Reed called it "a tragedy" on Monday.',
     [("We are heartbroken,", "Ann Price", P), ("a tragedy", "Tom Reed", P)]),
    # an attribution followed by a comma and a mark opens the next quote
    ('The service was short.\n\nAs Archbishop Aris Shirvanian told reporters, "We are here to '
     'stay." He added, "Peace will come."',
     [("We are here to stay.", "Aris Shirvanian", P), ("Peace will come.", "Aris Shirvanian", P)]),
    # a capitalized opener that names nobody is not a clause subject
    ('Based on the ruling, the plan looked "deeply unworkable" to the judges.',
     [("deeply unworkable", None, "unknown")]),
    # a pronoun speaker names the person named last before it
    ('Governor Ann Price toured the plant with Tom Hale. She thanked the workers.\n\n"We owe '
     'you this," she said.', [("We owe you this,", "Ann Price", P)]),
    # Q&A and debate transcripts: role labels are anonymous, name labels name the speaker
    ('The debate turned to trade.\n\nMODERATOR: "Senator, would you raise tariffs?"\n\n'
     'SEN. MARK ELLIS: "Only on steel."',
     [("Senator, would you raise tariffs?", None, A), ("Only on steel.", "Mark Ellis", P)]),
    ('The mayor spoke with us on Monday.\n\nQ: "Will the library close?"\n\nMayor Dana Reyes: '
     '"Not while I am mayor."',
     [("Will the library close?", None, A), ("Not while I am mayor.", "Dana Reyes", P)]),
    # 'with X saying', and a capitalized sentence opener that is not the subject
    ('Critics were angry about the plan, with Senator Ruth Ames calling it "a shambles."',
     [("a shambles.", "Ruth Ames", P)]),
    ('Hours later, Ann Price issued a statement calling on the council "to act now."',
     [("to act now.", "Ann Price", P)]),
    # a relative pronoun speaks for the name before it
    ('The plan drew fire from Governor Ann Price, who called it "a betrayal of trust."',
     [("a betrayal of trust.", "Ann Price", P)]),
    # a name the article gives once, as a subject before a colon; a name label in a paragraph
    ('The rally ended late.\n\nTrump waved, then leaned in and boomed: "We will win in '
     'November."', [("We will win in November.", "Trump", P)]),
    ('The candidates disagreed. Ellis: "We stay." Price: "We go."',
     [("We stay.", "Ellis", P), ("We go.", "Price", P)]),
])
def test_speaker_phrases(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, phrase", [
    ("Democratic pollster Rita Vance said", "Democratic pollster Rita Vance"),
    ("Jeff Hart, the campaign's manager, said", "Jeff Hart, the campaign's manager"),
    ("Sen. Mark Ellis (R-Ohio) said", "Sen. Mark Ellis (R-Ohio)"),
    ("Smith, 54, told", "Smith, 54"),
    ("After the vote, Ann Lee also said", "Ann Lee"),
    ("In selling the course, Trump released a video that said", None),
    ("Harry Bond, 30, of Raleigh, N.C., who was polled, said",
     "Harry Bond, 30, of Raleigh, N.C., who was polled"),
    ("the mayor's chief of staff, Jeff Hart, said", "the mayor's chief of staff, Jeff Hart"),
    ("They agreed, another friend, Mara Lee told", "another friend, Mara Lee"),
    ("Columnist Ann Lee, in a piece on the race, wrote", "Columnist Ann Lee, in a piece on the race"),
])
def test_phrase_before_a_verb(text, phrase):
    cue = text.rfind(" ") + 1
    got = phrase_before(text, cue, 0)
    assert (text[got[0]:got[1]] if got else None) == phrase


@pytest.mark.parametrize("text, phrase", [
    ("said Dana Whitlock, a former treasurer, on Monday.", "Dana Whitlock, a former treasurer"),
    ("said Friday.", None),
    ("said in a statement.", None),
    ("said it was fine.", None),
    ("said Sen. Mark Ellis (R-Ohio). Next", "Sen. Mark Ellis (R-Ohio)"),
])
def test_phrase_after_a_verb(text, phrase):
    got = phrase_after(text, 4, len(text))
    assert (text[got[0]:got[1]] if got else None) == phrase


@pytest.mark.parametrize("text, expected", [
    # tabloid: a description by family or age stands for the star named before
    ('Reality star Kayla Brooks has hit back at her critics.\n\nThe 29-year-old took to '
     'Instagram on Sunday.\n\n"I am not going anywhere," the mother-of-two wrote alongside a '
     'selfie.\n\nFans rallied round. "You look amazing," one commented.',
     [("I am not going anywhere,", "Kayla Brooks", P), ("You look amazing,", None, A)]),
    # op-ed with a byline: the author is nobody's referent
    ('Opinion: The council has lost its way\n\nBy Tom Reed\n\nWhen the mayor promised "a new era '
     'of openness" last spring, few expected the opposite. As the city auditor put it in her '
     'report, "the books are a mess."',
     [("a new era of openness", None, A), ("the books are a mess.", None, A)]),
    # wire with a dateline, a continued quote
    ('LONDON (Reuters) - Britain will not rejoin the single market, Prime Minister Ann Price said '
     'on Tuesday.\n\n"That question is settled," Price told parliament. "We have moved on."',
     [("That question is settled,", "Ann Price", P), ("We have moved on.", "Ann Price", P)]),
    # posts quoted in the text
    ('Senator Mark Ellis tweeted on Monday: "Proud to vote for this bill." His rival, Dana Reyes, '
     'replied within minutes: "Too little, too late."',
     [("Proud to vote for this bill.", "Mark Ellis", P), ("Too little, too late.", "Dana Reyes", P)]),
    # broadsheet: a long apposition with a relative clause
    ('Ruth Ames, who has served on the planning board since 2009 and chaired it for six years, '
     'said the vote was "a turning point for the neighborhood."',
     [("a turning point for the neighborhood.", "Ruth Ames", P)]),
    # a crowd's chant is a quote, whatever its capitals
    ('The rally was loud.\n\nSupporters broke into chants of "Build The Wall!" as he spoke.',
     [("Build The Wall!", None, A)]),
    # a broadcast transcript: the reporter introduced by a verb and a colon in the paragraph
    # before; "according to" inside the quote is the reporter's source, not the speaker
    ('The anchor turned to the scene.\n\nReporter Jomana Karadsheh says:\n\n"Well, according to '
     'the witnesses, the gate was open."',
     [("Well, according to the witnesses, the gate was open.", "Jomana Karadsheh", P)]),
    # a fronted clause naming others: the main clause's subject tweets, and "she" after it
    # is that subject
    ('Nia Holt announced her run in June. As the race between Carl Dunn and Ella Voss heated '
     'up over the summer, Holt turned to her base, tweeting on July 4: "We will win this." '
     'On July 22, however, she tweeted again, telling fans: "Not this time."',
     [("We will win this.", "Nia Holt", P), ("Not this time.", "Nia Holt", P)]),
    # a news outlet that broke the story is not what "the firm" stands for
    ('Airline Brightwing is to cut 300 jobs, the BBC has learned.\n\nThe firm told staff on '
     'Wednesday: "These are hard choices."', [("These are hard choices.", "Brightwing", O)]),
])
def test_news_styles(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people of a party or a union, unnamed: not the party or the union
    ('"The mood is grim," Labour sources said.', [("The mood is grim,", None, A)]),
    ('"We will ballot our members," Union leaders said.',
     [("We will ballot our members,", None, A)]),
    ('"It is over," Tory MPs said.', [("It is over,", None, A)]),
    # officials of a named body speak for it
    ('"The contract was won on merit," Army officials said.',
     [("The contract was won on merit,", "Army", O)]),
    # a person's officials are no body's: unnamed
    ('Donald Trump spoke on Monday. "The speech was his own," Trump officials said.',
     [("The speech was his own,", None, A)]),
    # a force after a place's name is an organization, not a person called so
    ('"The suspect fled on foot," according to Vancouver police.',
     [("The suspect fled on foot,", "Vancouver police", O)]),
    # someone of the person a pronoun stands for, unnamed
    ('Mia Cole was not at the show. "She is resting," her agent said.',
     [("She is resting,", None, A)]),
    # a broadcast's unnamed people by their labels
    ('ANCHOR: What did you see?\n\nRESIDENT: The water came through the door.',
     [("What did you see?", None, A), ("The water came through the door.", None, A)]),
])
def test_unnamed_people_of_a_named_body(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name whose own last word is a plural of people speaks for itself
    ('"Pay is too low," United Auto Workers said.',
     [("Pay is too low,", "United Auto Workers", O)]),
    # a party named alone speaks for itself
    ('"The plan is dead," Labour said.', [("The plan is dead,", "Labour", O)]),
])
def test_named_bodies_still_speak(text, expected):
    assert speakers(text) == expected


def test_the_name_in_apposition_speaks_in_reported_speech_too():
    # 'The club's manager, Dean Rourke, told ...': not whoever the description fits best
    from newsledger.extract.quotes import reported_speech

    doc = Document("Leo Marsh scored twice for Rovers. The club's manager, Dean Rourke, told "
                   "reporters that the side had deserved more.")
    entities = extract_entities(doc)
    found = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert [(q.text, q.speaker_name) for q in found] == [
        ("the side had deserved more", "Dean Rourke")]


def test_a_place_made_an_adjective_does_not_name_the_organization():
    # 'the Leeds-based group said': the group is the company named before, not 'Leeds-based'
    from newsledger.extract.quotes import reported_speech

    doc = Document("Kestrel Foods reported higher profits. Revenue rose 4% in the year, the "
                   "Leeds-based group said.")
    entities = extract_entities(doc)
    found = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert [(q.speaker_name, q.speaker_kind) for q in found] == [("Kestrel Foods", O)]


def test_who_speaks_for_a_person_and_which_for_an_organization():
    # 'a professor at Harvard who … called it "…"': the professor, never Harvard
    text = ('Marty Wells, an economics professor at Harvard who once worked for Sen. Ann Lowe '
            '(R-Ohio), one of the bill\'s authors, called it "a significant development."')
    assert speakers(text) == [("a significant development.", "Marty Wells", P)]
    assert speakers('Shares fell at Kestrel Foods, which called the results "disappointing."') \
        == [("disappointing.", "Kestrel Foods", O)]


def test_role_noun_places_read_case_blind_as_the_role_pattern():
    # the first look for a role noun near a mention finds what the case-blind pattern finds,
    # with a long s, a dotted capital I and a Kelvin sign too
    import re

    from newsledger.extract.quotes.referents import _noun_places
    for text in ("Health Secretary Wes Rowe met the SECRETARY and the secretary.",
                 "the ſecretary Ann Lee", "İ met the Minister, ministers", "a \u212aey minister"):
        for noun in ("secretary", "Health secretary", "minister", "key"):
            for a, b in ((0, len(text)), (3, len(text) - 2)):
                pattern = re.compile(rf"(?=(?i:{re.escape(noun)}))")
                assert _noun_places(text, noun, a, b) == [
                    m.start() for m in pattern.finditer(text, a, b)]


def test_outlet_name_endings_are_news_outlet_heads():
    """The endings that make a name an outlet's for certain are a part of the heads that can
    end an outlet's name: one list of outlet words, narrowed, not a second list."""
    from newsledger.lexicon.outlets import NEWS_OUTLET_HEADS, OUTLET_NAME_ENDINGS
    assert OUTLET_NAME_ENDINGS <= NEWS_OUTLET_HEADS


@pytest.mark.parametrize("text, expected", [
    # a paragraph opening with an unnamed person: "she" is that person, not one named before
    ('Lt. Amy Brooks said the inquiry went on.\n\nA neighbor who asked not to be named said her '
     'car was hit twice. "It has been a nightmare," she said.',
     [("It has been a nightmare,", None, A)]),
    # named after the opening: the name speaks
    ('Lt. Amy Brooks said the inquiry went on.\n\nAnother resident, Carl Mendez, said it was a '
     'relief. "Finally," he said.', [("Finally,", "Carl Mendez", P)]),
    # the opening is what the pronoun said, in its own sentence
    ('Bill Hale was furious.\n\nA new manager, he said, could change the tone. "It is time," '
     'he said.', [("It is time,", "Bill Hale", P)]),
    # a woman's noun is no "he"
    ('Officer Tom Hale said the road was shut.\n\nA woman who lives nearby said it flooded. '
     '"It is the third time," he said.', [("It is the third time,", "Tom Hale", P)]),
])
def test_a_pronoun_after_an_unnamed_person_opening_its_paragraph(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unnamed spokesperson or official of a named body speaks for it (evaluation/GUIDE.md)
    ('Tesco reported higher sales on Tuesday.\n\nA Tesco spokesman said: "We are sorry for '
     'any inconvenience."', [("We are sorry for any inconvenience.", "Tesco", O)]),
    ('Shares in the lender rose.\n\n"We are pleased," a Barclays spokeswoman said.',
     [("We are pleased,", "Barclays", O)]),
    ('"Trains will run on Friday," a spokesperson for Network Rail said.',
     [("Trains will run on Friday,", "Network Rail", O)]),
    ('"Inquiries are continuing," a Police Scotland spokeswoman said.',
     [("Inquiries are continuing,", "Police Scotland", O)]),
    ('"The river has peaked," an official at the Environment Agency said.',
     [("The river has peaked,", "Environment Agency", O)]),
    # a spokesperson of a person, a source, an MP of a party: unnamed people
    ('"The plan is dead," a spokesman for Mayor Dana Reyes said.',
     [("The plan is dead,", None, A)]),
    ('"Talks will continue," a spokeswoman for the Prime Minister said.',
     [("Talks will continue,", None, A)]),
    ('"It will be close," a senior Labour source said.', [("It will be close,", None, A)]),
    ('"He should go," one Labour MP said.', [("He should go,", None, A)]),
    ('"We will appeal," a spokesman said.', [("We will appeal,", None, A)]),
])
def test_a_spokesperson_speaks_for_the_body_named_with_them(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, name", [
    ("A spokesman for Ryanair said the flights would resume.", "Ryanair"),
    ("Tesco said sales rose. A Tesco spokeswoman added that stores would stay open.", "Tesco"),
    ("Officials at Ofcom said the rules would change.", "Ofcom"),
])
def test_a_one_word_body_with_its_spokesperson_is_an_organization(text, name):
    assert entity_kinds(text).get(name) == "organization"


@pytest.mark.parametrize("text, name", [
    # a given name is a person's, and a person named in full before keeps the word
    ("A spokesman for Maria said she was resting.", "Maria"),
    ("Boris Johnson left. A spokesman for Johnson said he was well.", "Boris Johnson"),
])
def test_a_spokesperson_of_a_person_leaves_the_person(text, name):
    assert entity_kinds(text).get(name) in ("person", None)


@pytest.mark.parametrize("text, name, kind", [
    # a surname a title marks is a person's, whoever speaks for them
    ("Senator Rubio voted no. A spokesman for Rubio said the bill was flawed.", "Rubio",
     "person"),
    # a party's adjective is no body named alone
    ("A Republican official said the vote would be close.", "Republican", None),
])
def test_no_body_from_a_person_or_an_adjective(text, name, kind):
    assert entity_kinds(text).get(name) == kind


def test_a_town_and_its_state_speak_for_no_body():
    text = "A spokesman for the Stamford, Conn.-based company said sales rose."
    assert entity_kinds(text).get("Stamford") != "organization"


@pytest.mark.parametrize("text, name, kind", [
    # a one-word company by a business noun in apposition or by what a company has
    ("Tesco, the UK's biggest retailer, said sales rose 4% in the quarter.", "Tesco",
     "organization"),
    ("Apple, the world's most valuable company, said profits rose.", "Apple", "organization"),
    ("Tesco's chief executive, Ken Murphy, said trading was strong.", "Tesco", "organization"),
    ("Sales were flat. Burberry's share price fell 5% on Monday.", "Burberry", "organization"),
    # a body speaking of itself: "it" after its verb of saying, "its" after that
    ("Boeing said on Friday it would cut about 17,000 jobs, or 10% of its workforce.",
     "Boeing", "organization"),
    ("Nissan said in a statement that it would keep its Sunderland plant open.", "Nissan",
     "organization"),
    # "its" of another noun or name
    ("Johnson said it was time for the party to find its nerve.", "Johnson", "person"),
    ("Trump said it would force China to change its policy.", "Trump", "person"),
    # a person owns shares, says "it", has a wife
    ("Musk's shares in the carmaker fell.", "Musk", None),
    ("Smith said it was a good day. Smith's wife agreed.", "Smith", "person"),
])
def test_one_word_companies_by_what_follows_them(text, name, kind):
    assert entity_kinds(text).get(name) == kind


@pytest.mark.parametrize("text", [
    "Initially, the company said it would appeal.",
    "Additionally, the firm, which employs 300 people, is to close.",
])
def test_an_adverb_before_a_business_noun_is_no_company(text):
    assert extract_entities(Document(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a force named with a plural word of people first is the force, in reported speech too
    ("Police Scotland said a man had been arrested.", ("Police Scotland", "organization")),
    ("Executives from several car firms said the rules were unfair.", (None, "anonymous")),
])
def test_reported_speech_by_a_body_named_with_a_plural_of_people(text, expected):
    assert reported_speakers(text) == [expected]


def test_the_voice_hints_cover_every_organization_voice():
    from newsledger.extract.entities.cues import VOICE_HINTS
    from newsledger.lexicon.organizations import ORGANIZATION_VOICES

    assert all(any(h in v for h in VOICE_HINTS) for v in ORGANIZATION_VOICES)


@pytest.mark.parametrize("text, expected", [
    # a union, a court, a council described and never named: unnamed, not the company before
    ("Boeing said it would cut 17,000 jobs, or 10% of its workforce. The union said talks "
     "had broken down.", [("Boeing", O), (None, O)]),
    # named with the noun, or holding it: that body
    ("Members of the Unite union at Acme will strike. The union said talks had broken down.",
     [("Unite", O)]),
    ("Leeds City Council approved the plan. The council said work would begin in May.",
     [("Leeds City Council", O)]),
    # a union's name without the noun: a guild, an association
    ("Drivers in the Footplate Guild walked out at Northline. The union said pay was too low.",
     [("Footplate Guild", O)]),
])
def test_a_described_union_or_council_is_only_one_so_named(text, expected):
    assert reported_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people before where they are: unnamed people, not the place
    ('Detectives in Manchester said: "Two men have been arrested."',
     [("Two men have been arrested.", None, A)]),
    ('Police in Manchester said: "Two men have been arrested."',
     [("Two men have been arrested.", None, A)]),
    ('A mother in Leeds told the BBC: "He was bullied for years."',
     [("He was bullied for years.", None, A)]),
    # a body named after the preposition still speaks for itself
    ('Analysts at Barclays said: "The results were weak."',
     [("The results were weak.", "Barclays", O)]),
])
def test_people_before_a_place_speak_unnamed(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police in Manchester said two men had been arrested on Friday.", [(None, A)]),
    ("A mother in Leeds said her son had been bullied for years.", [(None, A)]),
    ("A nurse at the county hospital said staff were exhausted.", [(None, A)]),
    ("Passengers on the late train said they had waited two hours.", [(None, A)]),
    # negatives: a place is no speaker, and no people stand before it
    ("In Manchester said to be the rainiest city, the rain fell.", []),
])
def test_reported_people_before_a_place(text, expected):
    assert reported_speakers(text) == expected
