"""Quotes and speakers in UK and broadcast styles (issue 21): quote paragraphs that go on with
the speaker before them, pronoun and description speakers resolved to whom they stand for,
transcripts as quotes, and other mark styles; with negatives (headings, scare quotes, titles,
lists). Every sentence was written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes, quotes_with_rules
from newsledger.text import Document
from newsledger.text.quotemarks import with_double_marks

P, O, A, U = "person", "organization", "anonymous", "unknown"


def quotes(text: str):
    return extract_quotes(doc := Document(text), extract_entities(doc))


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker_name, q.speaker_kind) for q in quotes(text)]


def rules(text: str) -> list[str]:
    doc = Document(text)
    return [rule for _, rule in quotes_with_rules(doc, extract_entities(doc))]


# --- 1. a quote paragraph that goes on with the speaker before it ----------------------------
CONTINUED = [
    # sport: the open-quote convention, a quote left open over three paragraphs
    ('"We dug in and got our reward," said Rovers captain Tom Hale.\n\n"It was not pretty, but '
     'the points are all that matter.\n\n"We will enjoy this one tonight and go again on '
     'Tuesday."',
     [("We dug in and got our reward,", "Tom Hale", P),
      ("It was not pretty, but the points are all that matter.", "Tom Hale", P),
      ("We will enjoy this one tonight and go again on Tuesday.", "Tom Hale", P)]),
    # "X added:" ending a paragraph, then several quoted paragraphs
    ('Head coach Amy Ford was delighted with the win over Northfield.\n\nFord added:\n\n"The '
     'girls were outstanding from the first whistle.\n\n"I could not have asked for more from '
     'them."',
     [("The girls were outstanding from the first whistle.", "Amy Ford", P),
      ("I could not have asked for more from them.", "Amy Ford", P)]),
    # "X told the BBC:" then a paragraph of quoted sentences, then another
    ('Gwen Morgan, a sheep farmer, lost half her flock in the snow.\n\nMrs Morgan told the '
     'BBC:\n\n"We '
     'have never seen anything like it. The drifts were higher than the walls.\n\n"We will '
     'need help to get through the spring."',
     [("We have never seen anything like it. The drifts were higher than the walls.",
       "Gwen Morgan", P),
      ("We will need help to get through the spring.", "Gwen Morgan", P)]),
    # British single quote marks, paragraph by paragraph
    ("'We are absolutely thrilled,' said festival director Kate Moss-Bell.\n\n'This is the "
     "biggest line-up we have ever had.'",
     [("We are absolutely thrilled,", "Kate Moss-Bell", P),
      ("This is the biggest line-up we have ever had.", "Kate Moss-Bell", P)]),
    # across a paragraph of the reporter's that names nobody else
    ('"We were poor in the first half," said manager Ian Platt.\n\nIt was a third defeat in a '
     'row.\n\n"We have to be much better than that on Saturday."',
     [("We were poor in the first half,", "Ian Platt", P),
      ("We have to be much better than that on Saturday.", "Ian Platt", P)]),
    # business: across a paragraph of figures
    ('"Demand for our vans has never been stronger," said chief executive Priya Shah.\n\nRevenue '
     'rose 12% to £4.1bn in the year to March.\n\n"We expect to hire 500 more staff."',
     [("Demand for our vans has never been stronger,", "Priya Shah", P),
      ("We expect to hire 500 more staff.", "Priya Shah", P)]),
    # US politics: a quote that continues in the next paragraph after "he said"
    ('"This budget is dead on arrival," Sen. Mark Ellis said Tuesday.\n\n"Nobody on my side of '
     'the aisle will vote for it," he said.',
     [("This budget is dead on arrival,", "Mark Ellis", P),
      ("Nobody on my side of the aisle will vote for it,", "Mark Ellis", P)]),
]


@pytest.mark.parametrize("text, expected", CONTINUED)
def test_quote_paragraphs_go_on_with_the_speaker_before(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, stranger", [
    # someone else named in between
    ('"We were poor," said manager Ian Platt.\n\nStriker Leo Vance was sent off after the '
     'break.\n\n"It was a harsh decision."', "Ian Platt"),
    # someone unnamed who may speak in between
    ('"We will appeal," said Dana Fox.\n\nPolice said two men had been arrested.\n\n"The area '
     'is now safe."', "Dana Fox"),
    ('"Trading was tough," said Sarah Pell.\n\nThe council criticised the closures.\n\n"Our '
     'town deserves better."', "Sarah Pell"),
    # a verb of saying after the quote in its own paragraph: an attribution, not a continuation
    ('"We will win," said coach Mia Lund.\n\nThe final is on Sunday.\n\n"Everyone is fit," '
     'the physio confirmed to reporters.', "Mia Lund"),
])
def test_no_continuation_past_someone_else(text, stranger):
    assert speakers(text)[-1][1] != stranger


def test_a_continuation_across_a_paragraph_has_its_own_rule():
    text = ('"We were poor," said manager Ian Platt.\n\nIt was a third defeat in a row.\n\n'
            '"We have to be better."')
    assert rules(text) == ["after-mark", "continues-across"]


# --- 2. pronoun and description speakers -----------------------------------------------------
PRONOUNS = [
    # "it said" for a company, the subject of the sentence before
    ('Shares in Harbor Foods Ltd fell 8% on Thursday.\n\n"Consumers remain cautious," it said '
     'in a statement.', [("Consumers remain cautious,", "Harbor Foods Ltd", O)]),
    # "it added" goes on with the body that spoke last
    ('The Refugee Council said the plans were cruel. "People fleeing war deserve safety," it '
     'added.', [("People fleeing war deserve safety,", "Refugee Council", O)]),
    # "she told BBC News" after a paragraph that names her
    ('Councillor Ruth Ames said the decision was wrong.\n\nShe told BBC News: "Residents were '
     'never consulted."', [("Residents were never consulted.", "Ruth Ames", P)]),
    # gender by title: "he" is Mr Reed, not Mrs Kovacs
    ('Mrs Kovacs met Mr Reed at the summit on Monday.\n\n"We had a frank discussion," he said.',
     [("We had a frank discussion,", "Reed", P)]),
    # gender by given name: "he" is Luke Hart, not the singer he speaks about
    ('Ava Stone recorded the album in a barn. "It was freezing," she said.\n\nHer producer, '
     'Luke Hart, said the sessions were intense.\n\n"She would do forty takes," he said.',
     [("It was freezing,", "Ava Stone", P), ("She would do forty takes,", "Luke Hart", P)]),
    # a name inside the quote is nobody the pronoun stands for
    ('"Tom Reed was brilliant today," said coach Sam Ortiz.\n\n"He deserved his goal," he '
     'added.', [("Tom Reed was brilliant today,", "Sam Ortiz", P),
                ("He deserved his goal,", "Sam Ortiz", P)]),
    # a name after a preposition is no referent ('the 24-year-old from Bristol')
    ('Singer Mia Kendall topped the chart on Sunday. The 24-year-old from Bristol posted a '
     'video for her fans.\n\n"I honestly cannot believe this," she said.',
     [("I honestly cannot believe this,", "Mia Kendall", P)]),
    # a name that qualifies a role before another name is no referent
    ('Ashfield boss Dean Mercer was less happy.\n\nHe told BBC Sport: "We should have closed '
     'the game out."', [("We should have closed the game out.", "Dean Mercer", P)]),
    # a possessive description before an apposition names the apposition
    ("Labour's shadow home secretary, Mark Fenwick, said the plans were \"unworkable\".",
     [("unworkable", "Mark Fenwick", P)]),
    # "the minister added": the person the role qualifies, past someone named later
    ('Transport Minister Ellen Price visited the depot. Union leader Tom Hale said staff were '
     'angry.\n\n"We are listening to staff," the minister added.',
     [("We are listening to staff,", "Ellen Price", P)]),
    # "the GMB union said": the name inside the description
    ('The GMB union said the closures were a "devastating blow" for staff.',
     [("devastating blow", "GMB", O)]),
    # "the agency": the organization whose name holds the noun
    ('Northgate Water Ltd was fined £3m. The Environment Agency said the failures were '
     'serious.\n\n"Polluting rivers has consequences," the agency added.',
     [("Polluting rivers has consequences,", "Environment Agency", O)]),
    # entertainment: "the singer said" goes to the singer, not the producer named after her
    ('Singer Ava Stone thanked producer Luke Hart on stage.\n\n"I owe him everything," the '
     'singer said.', [("I owe him everything,", "Ava Stone", P)]),
    # an unnamed speaker described again stays unnamed
    ('A spokesman for the council said: "We are reviewing the decision." Mayor Tom Hale was '
     'not available.\n\n"We will say more next week," the spokesman added.',
     [("We are reviewing the decision.", None, A), ("We will say more next week,", None, A)]),
    # a lone quote after a sentence that opens with a pronoun: whom the pronoun stands for
    ('Striker Leo Vance was booed off.\n\nHe shook his head at the final whistle. "We were '
     'robbed."', [("We were robbed.", "Leo Vance", P)]),
    # a description of another office than the one named before: nobody named
    ('The mayor, Dan Whitley, said the town was flattened.\n\n"We will rebuild," the governor '
     'said.', [("We will rebuild,", None, A)]),
    # a pronoun nobody before can stand for stays unknown
    ('"We never saw it coming," he said.', [("We never saw it coming,", None, U)]),
]


@pytest.mark.parametrize("text, expected", PRONOUNS)
def test_pronoun_and_description_speakers(text, expected):
    assert speakers(text) == expected


def test_a_pronoun_speaker_keeps_its_words_and_takes_the_name():
    text = 'Councillor Ruth Ames spoke first.\n\n"We were never asked," she said.'
    (q,) = quotes(text)
    assert (q.speaker_text, q.speaker_name, q.speaker_kind) == ("she", "Ruth Ames", P)


# --- 3. transcripts --------------------------------------------------------------------------
RADIO = ("This is a transcript of an interview on the Sunday programme.\n\n"
         "HOST: Minister, thank you for joining us. Are the strikes going ahead?\n\n"
         "MINISTER HARRIS: I very much hope not. We have made a fair offer.\n\n"
         "(CROSSTALK)\n\n"
         "And I would say to passengers: we are doing everything we can.\n\n"
         "HOST: Minister Jane Harris, thank you.")


def test_each_turn_of_a_broadcast_transcript_is_a_direct_quote():
    got = [(q.text, q.kind, q.speaker_text, q.speaker_name, q.speaker_kind)
           for q in quotes(RADIO)]
    assert got == [
        ("Minister, thank you for joining us. Are the strikes going ahead?", "direct", "HOST",
         None, A),
        ("I very much hope not. We have made a fair offer.", "direct", "MINISTER HARRIS",
         "Jane Harris", P),
        ("And I would say to passengers: we are doing everything we can.", "direct",
         "MINISTER HARRIS", "Jane Harris", P),
        ("Minister Jane Harris, thank you.", "direct", "HOST", None, A)]
    assert set(rules(RADIO)) == {"transcript"}


def test_a_transcript_with_names_in_title_case_gives_its_turns():
    # Web transcripts write whole names, then surnames, as labels in Title Case.
    text = ("Sunday interview: the chancellor on tax\n\n"
            "Nora Blake: Chancellor, will you rule out raising income tax in the budget?\n\n"
            "Ruth Ames: I am not going to write the budget on your sofa, Nora.\n\n"
            "Blake: But you said that last year, and then you raised national insurance.\n\n"
            "Ames: We made difficult choices to fix the foundations.")
    got = [(q.text.split()[0], q.speaker_name, q.kind) for q in quotes(text)]
    assert got == [("Chancellor,", "Nora Blake", "direct"), ("I", "Ruth Ames", "direct"),
                   ("But", "Nora Blake", "direct"), ("We", "Ruth Ames", "direct")]
    assert set(rules(text)) == {"transcript"}


@pytest.mark.parametrize("text", [
    # a list of who is who names each person once: no transcript
    "Who is who in the cabinet\n\nRuth Ames: Chancellor of the Exchequer since July, in "
    "charge of the budget.\n\nNora Blake: Home Secretary, responsible for policing and "
    "borders.",
    # headings and notes in Title Case are no speakers
    "Storm latest\n\nUpdate: The road has reopened after the crash this morning.\n\n"
    "Photo: Firefighters at the scene of the blaze on Monday night.\n\n"
    "Update: Police say two people were taken to hospital.",
])
def test_title_case_labels_that_are_no_transcript(text):
    assert quotes(text) == []


def test_a_transcript_quoted_paragraph_by_paragraph_gives_its_turns():
    # Some sites quote a whole transcript: every paragraph opens with a mark, the last closes.
    text = ("Senator Ruth Ames defended the bill on a Sunday programme.\n\n"
            "Partial transcript as follows:\n\n"
            '"BAKER: Senator, will the bill pass this week?\n\n'
            '"AMES: I believe it will. We have the votes, and we have the \u201cright\u201d plan.\n\n'
            '"(CROSSTALK.)\n\n'
            '"BAKER: Thank you, Senator."')
    got = [(q.text, q.speaker_text, q.speaker_name) for q in quotes(text)]
    assert got == [
        ("Senator, will the bill pass this week?", "BAKER", "Baker"),
        ("I believe it will. We have the votes, and we have the \u201cright\u201d plan.", "AMES",
         "Ruth Ames"),
        ("Thank you, Senator.", "BAKER", "Baker")]


def test_question_and_answer_interview_answers_belong_to_the_interviewee():
    text = ("The chef Ana Gomez opened her first restaurant at 23. We asked her about it.\n\n"
            "Q: Where did the idea come from?\n\n"
            "A: My grandmother's kitchen, honestly. She cooked for twelve every Sunday.\n\n"
            "Q: Will you open a second one in London?\n\n"
            "A: Not yet. I want to get this one right first.")
    got = [(q.text[:20], q.speaker_name, q.speaker_kind) for q in quotes(text)]
    assert [g[1:] for g in got] == [(None, A), ("Ana Gomez", P), (None, A), ("Ana Gomez", P)]


def test_news_channel_transcript_surnames_name_the_people():
    text = ("BLITZER: Joining us from the White House is our correspondent Dana Reyes. Dana, what "
            "are you hearing?\n\n"
            "REYES: Wolf, officials here say the president will sign the order tonight.\n\n"
            "Wolf Blitzer anchors the evening programme.")
    assert [(q.speaker_name, q.speaker_kind) for q in quotes(text)] == [
        ("Wolf Blitzer", P), ("Dana Reyes", P)]


def test_cable_news_labels_with_a_role_name_the_people_and_their_later_surnames():
    # The full label carries the role after a comma; later turns give the surname only.
    text = ("EVENING NEWSROOM\n\n"
            "MARIA OKAFOR, NEWS ANCHOR: Welcome back. Flooding has closed the main road. Our "
            "correspondent is there.\n\n"
            "TOM REDFERN, SENIOR CORRESPONDENT (voice-over): Maria, the water rose a metre in "
            "an hour and the bridge is shut.\n\n"
            "OKAFOR: What are residents telling you?\n\n"
            "REDFERN: They say they had no warning at all.\n\n"
            "UNIDENTIFIED MALE: We got the children out first.")
    got = [(q.speaker_text, q.speaker_name, q.speaker_kind) for q in quotes(text)]
    assert got == [("MARIA OKAFOR", "Maria Okafor", P), ("TOM REDFERN", "Tom Redfern", P),
                   ("OKAFOR", "Maria Okafor", P), ("REDFERN", "Tom Redfern", P),
                   ("UNIDENTIFIED MALE", None, A)]
    assert quotes(text)[1].text.startswith("Maria, the water rose")


def test_radio_labels_alone_on_their_line_open_the_paragraph_after():
    # Public radio transcripts put the label on a line of its own for the hosts; a surname
    # label is a turn even when the word is a heading elsewhere ("PRICE: £29.99").
    text = ("ANNA PRICE, HOST:\n\n"
            "This is the evening programme. I'm Anna Price.\n\n"
            "UNIDENTIFIED PERSON #1: The water came in through the floor in minutes.\n\n"
            "PRICE: Our reporter Sam Idris is in the town. Sam, what are you seeing?\n\n"
            "SAM IDRIS, BYLINE: Anna, the river crested overnight and the roads are shut.")
    got = [(q.text[:24], q.speaker_name, q.speaker_kind) for q in quotes(text)]
    assert got == [("This is the evening prog", "Anna Price", P),
                   ("The water came in throug", None, A),
                   ("Our reporter Sam Idris i", "Anna Price", P),
                   ("Anna, the river crested ", "Sam Idris", P)]


def test_a_turn_in_quote_marks_is_left_to_the_marks():
    text = ('Lester Holt moderated.\n\nHOLT: "Will you accept the result?"\n\nREED: I will, '
            'Lester, as I always have.')
    assert speakers(text) == [("Will you accept the result?", "Lester Holt", P),
                              ("I will, Lester, as I always have.", "Reed", P)]


@pytest.mark.parametrize("text", [
    # notes, updates and corrections
    "The Senate passed the bill on Tuesday.\n\nNOTE: An earlier version of this story misstated "
    "the vote count.\n\nUPDATE: The House will vote on the bill on Friday.",
    # datelines
    "WASHINGTON: The Senate passed the bill by 52 votes to 48 on Tuesday night.\n\nLONDON: "
    "Ministers welcomed the vote and said trade talks would resume.",
    # headings in capitals
    "The club has had a busy summer.\n\nIN NUMBERS: Twelve signings, four loans and a new "
    "stadium roof.\n\nWHAT HAPPENS NEXT: The squad flies to Spain for a training camp.",
    # line-ups
    "ROVERS: Hale, Ortiz, Vance, Platt, Reed, Moss, Kerr, Lund.\n\nASHFIELD: Mercer, Brown, "
    "Doyle, Shah, Cole, Price, Webb, Gault.",
    # one label alone in prose
    "BREAKING: A fire has closed the main road through the town centre this morning.",
    # short items
    "PRICE: £29.99\n\nVERDICT: Four stars\n\nVENUE: Leeds",
])
def test_headings_notes_datelines_and_lists_are_not_turns(text):
    assert quotes(text) == []


# --- 4. other mark styles --------------------------------------------------------------------
MARKS = [
    # two apostrophes for a double mark, as some wire copy writes them
    ("''We will not give up,'' Maria Lopez said on Tuesday.",
     [("We will not give up,", "Maria Lopez", P)]),
    ("Striker Leo Vance was in no mood to celebrate.\n\n``We threw it away,'' Vance said. "
     "``We were the better side for an hour.''",
     [("We threw it away,", "Leo Vance", P),
      ("We were the better side for an hour.", "Leo Vance", P)]),
    # two apostrophes over several paragraphs, single quotes nested inside
    ("Mayor Dana Reyes spoke at the opening.\n\n''I told them, 'build it and they will come.'"
     "\n\n''And they did,'' she said.",
     [("I told them, 'build it and they will come.'", "Dana Reyes", P),
      ("And they did,", "Dana Reyes", P)]),
    ("''I said, 'The lesson is clear,' and left,'' he recalled.",
     [("I said, 'The lesson is clear,' and left,", None, U)]),
    # single and double guillemets, German low-high marks
    ("‹We are ready›, said coach Anne Roux.", [("We are ready", "Anne Roux", P)]),
    ("« The market has turned », said analyst Jean Roux.",
     [("The market has turned", "Jean Roux", P)]),
    ("„We will win the title,“ said captain Anna Berg.",
     [("We will win the title,", "Anna Berg", P)]),
]


@pytest.mark.parametrize("text, expected", MARKS)
def test_other_mark_styles_pair_as_quotes(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text", [
    # an inch mark and a possessive are not marks
    "The striker, who is 6'2'' tall, scored twice in the second half.",
    "The boss'' decision came as a surprise to the players.",
    # scare quotes, titles and nicknames in UK copy
    "Ministers defended the so-called 'levelling up' fund in the Commons.",
    "She starred in the musical \"Mamma Mia!\" in the West End last year.",
    "The documentary \"Northern Lights\" opens in cinemas on Friday.",
    "Council calls bus plan 'a disaster'\n\nThe council voted 5-2 on Monday after a debate.",
])
def test_negatives_give_no_quotes(text):
    assert quotes(text) == []


def test_two_apostrophe_marks_keep_their_offsets():
    text = "''We will not give up,'' she said."
    marked = with_double_marks(text)
    assert len(marked) == len(text)
    assert marked == ' "We will not give up,"  she said.'
    assert with_double_marks('"We will," she said.') is None
    (q,) = quotes("Ana Cole spoke.\n\n" + text)
    assert q.text == "We will not give up," and q.speaker_text == "she"


# --- more styles: one article's worth of quotes each ------------------------------------------
ARTICLES = [
    # cricket: an open quote over two paragraphs, then "he added" after a paragraph of scores
    ('England captain Joe Barker praised his bowlers after the win at Lord\'s.\n\n"They were '
     'relentless all day," Barker said. "We knew the pitch would do a bit.\n\n"To bowl them out '
     'for 160 was a huge effort."\n\nEngland lead the series 2-0 with one Test to play.\n\n'
     '"We will not take anything for granted," he added.',
     ["Joe Barker"] * 4),
    # rugby: a coach, then the opposing coach by description
    ('Harlow coach Gavin Price said his side had "thrown it away".\n\nVisiting coach Niall '
     'Byrne was delighted. "The boys never gave up," the coach said.',
     ["Gavin Price", "Niall Byrne"]),
    # UK politics: the prime minister and a pronoun after a question
    ('The Prime Minister, Helen Shaw, faced questions about the strikes on Wednesday.\n\nAsked '
     'whether she would meet union leaders, she replied: "My door is always open."',
     ["Helen Shaw"]),
    # US politics: a governor, a spokesman of his, then the governor by pronoun
    ('Gov. Dan Ruiz signed the bill on Friday. "This is a good day for Ohio," Ruiz said.\n\n'
     'His spokesman, Eli Cho, said the governor would travel to Columbus next week.\n\n"He '
     'wants to thank the workers himself," Cho said.',
     ["Dan Ruiz", "Eli Cho"]),
    # business: the company by "it", then a named analyst
    ('Tesco rival Greenway Stores Ltd said sales rose 4% in the 12 weeks to January.\n\n"Our '
     'customers responded well to our price cuts," it said.\n\nAnalyst Ruth Gale, of Peel '
     'Hunt, said: "This is a solid set of numbers."',
     ["Greenway Stores Ltd", "Ruth Gale"]),
    # entertainment: the actress, her co-star, and "she" going back to the actress
    ('Actress Lily Ford said filming the series had been "exhausting but wonderful".\n\nHer '
     'co-star, Sam Okoro, said the cast had become close. "We were like a family," he said.'
     '\n\nFord added: "I will miss them all."',
     ["Lily Ford", "Sam Okoro", "Lily Ford"]),
    # a council statement by "it", then a councillor
    ('Leeds City Council said the library would close in May. "We have had to make difficult '
     'choices," it said.\n\nCllr Ann Hughes said: "This is a sad day for the area."',
     ["Leeds City Council", "Ann Hughes"]),
]


@pytest.mark.parametrize("text, names", ARTICLES)
def test_articles_in_many_styles(text, names):
    assert [q.speaker_name for q in quotes(text)] == names


@pytest.mark.parametrize("text, name", [
    ('Chelsea boss Mauro Vela was furious with the referee.\n\n"We were robbed," the Chelsea '
     'boss said.', "Mauro Vela"),
    ('Rafael Moreno beat Tom Reed in straight sets on Centre Court.\n\n"I played my best tennis '
     'today," the Spaniard said.', "Rafael Moreno"),
    ('Former England captain Kate Lowe will lead the review. "It is a great honour," the former '
     'captain said.', "Kate Lowe"),
])
def test_sports_descriptions_name_the_person(text, name):
    assert quotes(text)[-1].speaker_name == name


@pytest.mark.parametrize("text, name", [
    # a legislator's party and state in apposition is no speaker (US wire style)
    ('Sen. Tom Reed, R-Ohio, who opposed the bill, told reporters: "This is a bad deal."',
     "Tom Reed"),
    ('Sen. J.D. Vance, R-Ohio, said: "We should not send a blank cheque."', "J.D. Vance"),
    ('"It is a good day," said Rep. Ann Lee, D-Calif., who chairs the panel.', "Ann Lee"),
])
def test_party_and_state_after_a_name_is_no_speaker(text, name):
    assert [s[1] for s in speakers(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # an organization, title words, then a person's name: the person speaks
    ('But Treasury Chief Secretary Paul Boateng dismissed the claim as "scaremongering".',
     "Paul Boateng"),
    ('Then Harbor Bank Chief Ann Hale called the fine "unjust".', "Ann Hale"),
])
def test_the_person_after_an_organization_and_a_title_speaks(text, name):
    assert [s[1] for s in speakers(text)] == [name]
