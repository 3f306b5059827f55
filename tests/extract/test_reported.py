"""Reported speech: statements attributed without quote marks, as quotes of kind ``indirect``
(``newsledger/extract/quotes/reported.py``). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.article import extract_all
from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes, reported_speech, reported_with_rules
from newsledger.extract.quotes.reported import INDIRECT, PRECISION, REPORTED_RULES
from newsledger.lexicon.reliability import REPORTED_PRECISION
from newsledger.records import QUOTE_KINDS
from newsledger.text import Document


def reported(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker name or, without one, the speaker as written) of every statement."""
    doc = Document(text)
    entities = extract_entities(doc)
    return [(q.text, q.speaker_name or q.speaker_text)
            for q in reported_speech(doc, entities, extract_quotes(doc, entities))]


# --- what is reported speech -------------------------------------------------------------------
SPEECH = [
    ("The harbour board said the ferry would resume sailings on Friday.",
     [("the ferry would resume sailings on Friday", "The harbour board")]),
    ("Mayor Lena Ortiz said on Tuesday that the library would stay open all summer.",
     [("the library would stay open all summer", "Lena Ortiz")]),
    ("Coach Ben Adeyemi told reporters that his captain had a hamstring strain.",
     [("his captain had a hamstring strain", "Ben Adeyemi")]),
    ("The ferry will resume sailings on Friday, the harbour board said.",
     [("The ferry will resume sailings on Friday", "the harbour board")]),
    ("According to the fire brigade, the warehouse roof collapsed shortly after midnight.",
     [("the warehouse roof collapsed shortly after midnight", "the fire brigade")]),
    ("Norbeck Foods announced that it would close its bakery in Leeds.",
     [("it would close its bakery in Leeds", "Norbeck Foods")]),
    ("Senator Ruth Calloway denied that she had met the lobbyist.",
     [("she had met the lobbyist", "Ruth Calloway")]),
    ("The new terminal, the airport said, will open in the spring.",
     [("The new terminal, the airport said, will open in the spring", "the airport")]),
    ("As the minister told parliament on Monday, the budget will be balanced by 2027.",
     [("the budget will be balanced by 2027", "the minister")]),
    ("Priya Nair defended the tax, saying that it would pay for two new schools.",
     [("it would pay for two new schools", "Priya Nair")]),
    ("The mayor scrapped the bus lanes, which cycling groups said were badly designed.",
     [("which cycling groups said were badly designed", "cycling groups")]),
    ("Some of the residents said the water had been brown for a week.",
     [("the water had been brown for a week", "Some of the residents")]),
    ("About six in ten voters say the ferry fares are too high.",
     [("the ferry fares are too high", "About six in ten voters")]),
    # a pronoun speaker resolves to the person named before, as for direct quotes
    ("Owen Falk chairs the transport committee. He said the tram line was over budget.",
     [("the tram line was over budget", "Owen Falk")]),
    # an unnamed speaker is anonymous, with no name
    ("Two officials said the talks had stalled over fishing rights.",
     [("the talks had stalled over fishing rights", "Two officials")]),
    # any source after 'according to': a survey or records are attributed to like a person
    ("Turnout fell sharply in the north, according to the latest survey.",
     [("Turnout fell sharply in the north", "the latest survey")]),
    # requests, accusations and judgements, commitments, questions and named objects: the
    # object of the verb is what was said
    ("The union urged its members to reject the offer.",
     [("its members to reject the offer", "The union")]),
    ("Councillor Ada Brook called for a public inquiry into the flooding.",
     [("a public inquiry into the flooding", "Ada Brook")]),
    ("Ada Brook accused the water company of ignoring repeated warnings.",
     [("the water company of ignoring repeated warnings", "Ada Brook")]),
    ("The fishermen's union criticized the new quota system.",
     [("the new quota system", "The fishermen's union")]),
    ("Norbeck Foods vowed to keep its Leeds bakery open until 2030.",
     [("to keep its Leeds bakery open until 2030", "Norbeck Foods")]),
    ("Norbeck Foods announced the closure of its bakery in Leeds.",
     [("the closure of its bakery in Leeds", "Norbeck Foods")]),
    ("Ada Brook asked the minister whether the flood defences had been inspected.",
     [("whether the flood defences had been inspected", "Ada Brook")]),
    ("The mayor defended the budget, citing the rising cost of school transport.",
     [("the rising cost of school transport", "The mayor")]),
    # the object ends where the reporter's own clause starts
    ("Ada Brook called for an inquiry into the flooding, which closed the road for a week.",
     [("an inquiry into the flooding", "Ada Brook")]),
    # a question put by someone unnamed: no speaker written, the answer a statement of its own
    ("Asked whether the ferry would run on Sunday, the harbour master said it would not.",
     [("whether the ferry would run on Sunday", None),
      ("it would not", "the harbour master")]),
    # unnamed speakers written with a complement
    ("Aides to the governor say the veto is certain.",
     [("the veto is certain", "Aides to the governor")]),
    ("A person familiar with the talks said the deal was close.",
     [("the deal was close", "A person familiar with the talks")]),
    # the participle after an attribution has its speaker
    ("The ferry will run again on Friday, the harbour board said on Monday, adding that the "
     "new timetable starts in June.",
     [("The ferry will run again on Friday", "the harbour board"),
      ("the new timetable starts in June", "the harbour board")]),
    ("But the ferry is safe, the captain said.",
     [("But the ferry is safe", "the captain")]),
]


@pytest.mark.parametrize("text, expected", SPEECH)
def test_reported_speech_is_found(text, expected):
    assert reported(text) == expected


def test_a_sentence_mixing_both_gives_the_partial_quote_and_the_statement_with_one_speaker():
    text = 'Coach Mia Lund said the second half had been "a shambles" from start to finish.'
    doc = Document(text)
    rows = extract_all(text, None).quotes
    kinds = sorted((q.kind, q.text, q.speaker_name) for q in rows)
    assert kinds == [
        ("indirect", 'the second half had been "a shambles" from start to finish', "Mia Lund"),
        ("partial", "a shambles", "Mia Lund")]
    assert doc.text[rows[0].start:rows[0].end] == rows[0].text


# --- what is not reported speech: no row --------------------------------------------------------
NOT_SPEECH = [
    # beliefs and intentions
    "The mayor hopes the ferry will resume sailings on Friday.",
    "Residents fear the bakery will close before Christmas.",
    "The club wants the stadium to be finished by August.",
    "Halden Group plans to open three new branches next year.",
    "Most economists believe the recession is over.",
    # evidence
    "The latest poll shows the two parties level on 38 per cent.",
    "The inspection report found that the kitchen was dirty.",
    "The data suggest that the scheme has cut waiting times.",
    # hypotheticals and questions
    "If the minister said the road was safe, she was mistaken.",
    "Did the council say the bridge would reopen?",
    "Nobody knows whether the coach would say the team is tired.",
    # negated or refused speech
    "The minister did not say whether taxes would rise.",
    "The club refused to say how much the striker had cost.",
    "The spokesman declined to say whether the plant would close.",
    "She never said that the contract had been signed.",
    # passives with no speaker, and statements inside quote marks
    "The striker is said to be unhappy at the club.",
    'The coach added: "I told them the pitch was too wet to play on."',
    # verbs of saying with no object of words, passives, nouns and adjectives
    "The plan was criticized by residents and praised by the council.",
    "The study was cited in the report.",
    "She called for help.",
    "He asked for a glass of water.",
    "The candidate won 40 pledged delegates in the state.",
    "The promised bridge was never built.",
    "The council urged calm.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_not_speech_gives_no_row(text):
    assert reported(text) == []


def test_the_headline_is_the_outlets_voice_not_a_statement():
    text = ("Mayor says ferry will resume on Friday\n\n"
            "The harbour board met on Monday to discuss the timetable.")
    assert reported(text) == []


def test_a_caption_is_not_article_text():
    text = ("The harbour board met on Monday to discuss the timetable.\n\n"
            "Mayor Lena Ortiz says the ferry will resume sailings on Friday")
    assert reported(text) == []


def test_a_quote_is_not_reported_speech_too():
    # the clause is the quote itself: the partial quote is its row, not an indirect one
    text = 'The minister told reporters that "the deal is done and dusted."'
    doc = Document(text)
    kinds = [q.kind for q in extract_all(text, None).quotes]
    assert "indirect" not in kinds and len(doc.text) > 0


# --- rows, rules and confidence -----------------------------------------------------------------
def test_indirect_is_a_quote_kind():
    assert INDIRECT["said-that"].name == "said-that"
    assert "indirect" in QUOTE_KINDS


def test_every_row_is_measured_and_its_confidence_is_its_precision():
    assert {row.name for row in REPORTED_RULES} == set(REPORTED_PRECISION)
    text = "The harbour board said the ferry would resume sailings on Friday."
    doc = Document(text)
    entities = extract_entities(doc)
    [(quote, rule)] = reported_with_rules(doc, entities)
    assert quote.kind == "indirect" and quote.cue == "said"
    assert quote.confidence == PRECISION[rule] == round(REPORTED_PRECISION[rule], 3)


def test_reported_speech_joins_the_article_quotes_and_keeps_claims_as_before():
    from newsledger.extract.claims import extract_claims
    from newsledger.extract.dates import extract_dates

    text = ("Mayor Lena Ortiz said on Tuesday that 40 staff would lose their jobs. "
            '"It is a sad day," she said.')
    extraction = extract_all(text, None)
    assert sorted(q.kind for q in extraction.quotes) == ["direct", "indirect"]
    doc = Document(text)
    entities = extract_entities(doc)
    marked = extract_quotes(doc, entities)  # the claims read the quotes in marks only
    assert list(extraction.claims) == extract_claims(doc, extract_dates(doc, None), entities,
                                                     marked, None)


def test_the_same_statement_in_two_articles_shares_a_cluster():
    from newsledger.records import Article
    from newsledger.extract.article import extract_article
    from newsledger.reconcile.rows import build_tables

    texts = ["The harbour board said the ferry would resume sailings on Friday.",
             "Islanders were relieved. The harbour board said the ferry would resume sailings "
             "on Friday."]
    results = [extract_article(Article(f"a{i}", f"a{i}.txt", t, "utf-8"))
               for i, t in enumerate(texts)]
    quotes = build_tables(results)["quotes"].to_pylist()
    indirect = [q for q in quotes if q["quote_kind"] == "indirect"]
    assert len(indirect) == 2 and len({q["cluster_id"] for q in indirect}) == 1


# --- constructions added for recall (issue 22, third round) --------------------------------------
MORE_SPEECH = [
    # wire: a long source after 'according to', set off by its comma
    ("According to early results of a survey conducted for the county council by a polling "
     "firm, most tenants want the rent cap kept.",
     [("most tenants want the rent cap kept",
       "early results of a survey conducted for the county council by a polling firm")]),
    ("The dam held through the night, according to engineers employed by the water board.",
     [("The dam held through the night", "engineers employed by the water board")]),
    # a report names the outlet it appeared in
    ("According to a March report in the Harbour Gazette, the pier will be sold.",
     [("the pier will be sold", "Harbour Gazette")]),
    # a subject kept from its verb by a relative clause, a participle or an apposition
    ("Parents who attended the meeting said the new timetable ignored working families.",
     [("the new timetable ignored working families", "Parents")]),
    ("Officials familiar with the bid, speaking on condition of anonymity, said that the "
     "offer had been withdrawn.",
     [("the offer had been withdrawn", "Officials familiar with the bid")]),
    ("The union threatened to strike in May.", [("to strike in May", "The union")]),
    ("Junior doctors at three hospitals say the new rota is unsafe.",
     [("the new rota is unsafe", "Junior doctors at three hospitals")]),
    # UK: a curly apostrophe in the clause's verb
    ("The chancellor said councils shouldn’t expect extra money this year.",
     [("councils shouldn’t expect extra money this year", "The chancellor")]),
    # business: 'It said' for a body the article named before
    ("The regulator published its review of the water firms on Monday. It said three firms "
     "had missed their leakage targets.",
     [("three firms had missed their leakage targets", "It")]),
    ("The bank reported last quarter that its bad loans had doubled.",
     [("its bad loans had doubled", "The bank")]),
    # a telling verb followed by a subject pronoun has no hearer
    ("The growers warned they could leave the fruit to rot.",
     [("they could leave the fruit to rot", "The growers")]),
    ("Gemma Lowe in a blog post said she would vote against the merger.",
     [("she would vote against the merger", "Gemma Lowe")]),
    ("The stadium will not be ready for the opening game, a source close to the club said.",
     [("The stadium will not be ready for the opening game", "a source close to the club")]),
    ("The real test for the new manager is whether he can keep his best players, people "
     "close to him say.",
     [("The real test for the new manager is whether he can keep his best players",
       "people close to him")]),
    # sport: the verb of an inverted attribution set off inside the sentence
    ("The keeper's injury, said coach Bruno Salas, is worse than first feared.",
     [("The keeper's injury, said coach Bruno Salas, is worse than first feared",
       "Bruno Salas")]),
    ("Rather than sell the striker now, said Tom Iles, the club's chairman, the board wants "
     "to wait until summer.",
     [("Rather than sell the striker now, said Tom Iles, the club's chairman, the board wants "
       "to wait until summer", "Tom Iles")]),
    # as reported by an outlet, before or after the statement
    ("As first reported by the Coastline Herald, the ferry operator will cut 300 jobs.",
     [("the ferry operator will cut 300 jobs", "Coastline Herald")]),
    ("The ferry operator will cut 300 jobs, as the Coastline Herald reported on Monday.",
     [("The ferry operator will cut 300 jobs", "Coastline Herald")]),
    ("(As the Coastline Herald first reported, the operator has sold two ships.)",
     [("the operator has sold two ships", "Coastline Herald")]),
    # the statement stops where the main clause goes on
    ("Lawyers for the council said they would miss the deadline, and asked for another "
     "month.", [("they would miss the deadline", "Lawyers for the council")]),
    ("Hana Brook said the real culprit was the landlord, and she urged tenants to complain.",
     [("the real culprit was the landlord", "Hana Brook"),
      ("tenants to complain", "Hana Brook")]),
    ("Milo Petrov, who had said he would fight the seat again, withdrew on Friday.",
     [("he would fight the seat again", "Milo Petrov")]),
    # progressive speech, emphatic and continued verbs, an adjunct before 'that'
    ("Shopkeepers are saying the new parking rules have halved their trade.",
     [("the new parking rules have halved their trade", "Shopkeepers")]),
    ("The inspector did tell the panel that the wiring was unsafe.",
     [("the wiring was unsafe", "The inspector")]),
    ("The striker went on to say that the dressing room was united.",
     [("the dressing room was united", "The striker")]),
    ("She has said from the start that the fund will not be sold.",
     [("the fund will not be sold", "She")]),
    # an age is the subject's apposition, not an inverted attribution's
    ("Grieving father Alan Pike, 52, said his son, 23, had loved the job.",
     [("his son, 23, had loved the job", "Alan Pike")]),
    # a one-word subject before a parenthetical attribution stays in the span
    ("Patience, the manager added, was what his young side needed.",
     [("Patience, the manager added, was what his young side needed", "the manager")]),
    # transcript-like asides: the verb after the parenthetical, or a clause that goes on
    ("Olga Brandt runs the food bank. Her daughter, she says, wants to take it over.",
     [("Her daughter, she says, wants to take it over", "Olga Brandt")]),
    ("Olga Brandt runs the food bank. It is in the town's interest, she says, to keep it "
     "open.", [("It is in the town's interest, she says, to keep it open", "Olga Brandt")]),
    # a participle after 'after', 'while', 'before': the main clause's subject speaks
    ("While insisting that the club was not for sale, the owner met two bidders.",
     [("the club was not for sale", "the owner")]),
    ("The councillor resigned on Friday after telling colleagues she had lost their trust.",
     [("she had lost their trust", "The councillor")]),
    # a judgement: 'called X Y'
    ("Councillor Ada Whitlow called the parking charges a tax on shoppers.",
     [("the parking charges a tax on shoppers", "Ada Whitlow")]),
]


@pytest.mark.parametrize("text, expected", MORE_SPEECH)
def test_more_reported_speech_is_found(text, expected):
    assert reported(text) == expected


MORE_NOT_SPEECH = [
    # a noun 'reports' with its relative clause
    "That is the lesson of the freshly filed council reports that track spending.",
    # 'called' for an election, a name, a telephone call
    "The premier called a snap election for June.",
    "The ground is now called Riverside Park.",
    "She called him back an hour later.",
    # a quoted label is the partial quote's row, not reported speech
    'The coach called the pitch "a disgrace".',
    # a thing or an event that 'threatens' makes no commitment
    "The storm threatens to knock out power across the county.",
    # a statement in a question, a refused or hypothetical one
    "Did the minister say the hospital would close?",
    "The coach refused to say whether the striker would play.",
    "He went on to win the title.",
]


@pytest.mark.parametrize("text", MORE_NOT_SPEECH)
def test_more_not_speech_gives_no_indirect_row(text):
    assert reported(text) == []


# --- precision and clause starts (issue 22, fourth round) ----------------------------------------
FOURTH_SPEECH = [
    # a contraction after 'that' is a subject and its verb, not 'that' as the subject
    ("The club's physio admitted that he's worried about the captain's ankle.",
     [("he's worried about the captain's ankle", "The club's physio")]),
    ("Ministers insisted on Friday that it’s too early to lift the hosepipe ban.",
     [("it’s too early to lift the hosepipe ban", "Ministers")]),
    # a standing verb with a clause still reports it
    ("The challenger claimed the lead in the polls was an illusion.",
     [("the lead in the polls was an illusion", "The challenger")]),
    ("The unions maintain that a clear majority of members back the pay offer.",
     [("a clear majority of members back the pay offer", "The unions")]),
    # an adjunct set off after 'that'; a hearer after 'to'
    ("The pollster added that, in the northern wards, turnout had collapsed.",
     [("in the northern wards, turnout had collapsed", "The pollster")]),
    ("The residents' association wrote to the council's planning office that the new flats "
     "would block the light.", [("the new flats would block the light",
                                 "The residents' association")]),
    # a hearer ends where a new noun phrase starts: the clause's subject
    ("The agent told the BBC his client would stay at the club.",
     [("his client would stay at the club", "The agent")]),
    # a clause opened by a question word after a verb of explaining or telling
    ("The site manager explained how the crane had toppled in the gusts.",
     [("how the crane had toppled in the gusts", "The site manager")]),
    ("The chief executive told shareholders why the Leeds plant had to close.",
     [("why the Leeds plant had to close", "The chief executive")]),
    # a relative clause set off by commas that closes on a quoted word
    # (her judgement in it stops before the sentence's verb of saying)
    ("Edna Marsh, who calls the bypass a “white elephant,” said the council had wasted "
     "millions.", [("the bypass a “white elephant,”", "Edna Marsh"),
                   ("the council had wasted millions", "Edna Marsh")]),
    # a question about something put to a named hearer
    ("The presenter asked the minister about the delay to the new hospital.",
     [("the delay to the new hospital", "The presenter")]),
    # people polled with the poll they answered, or a bare count
    ("One in four voters in a recent newspaper poll said the council should resign.",
     [("the council should resign", "One in four voters in a recent newspaper poll")]),
    ("Since the appeal went out, at least 2,000 said they would volunteer.",
     [("they would volunteer", "at least 2,000")]),
    ("Many in the crowd said the mayor was the only candidate they trusted.",
     [("the mayor was the only candidate they trusted", "Many in the crowd")]),
    ("Of the twelve councillors, all but two said the depot should stay open.",
     [("the depot should stay open", "all but two")]),
    # a modified subject inside an opening subordinate clause
    ("While fans who travelled to the match said the stewards were rough, the club denied it.",
     [("the stewards were rough", "fans")]),
    # a relative clause with two verbs: the statement stops at its closing comma
    ("Dana Fox, who backed the plan in May and said she would campaign for it, arrived late.",
     [("she would campaign for it", "Dana Fox")]),
    # a noun, then the subject's next verb of saying: no clause after the first verb
    ("The challenger claimed momentum and argued she was the stronger candidate.",
     [("she was the stronger candidate", "The challenger")]),
    # 'as X noted,' after a conjunction, at the start or inside the sentence
    ("But as the coach noted, the squad will be without three starters on Saturday.",
     [("the squad will be without three starters on Saturday", "the coach")]),
    ("Staff can still get into trouble, and as the inspector noted, the rules have not changed.",
     [("the rules have not changed", "the inspector")]),
    # more nouns of people as unnamed speakers with a complement
    ("Staff for the Commons transport committee said the panel had the full report.",
     [("the panel had the full report", "Staff for the Commons transport committee")]),
    ("The mayor's biggest backers in the north insisted it was a temporary dip.",
     [("it was a temporary dip", "The mayor's biggest backers in the north")]),
    # an opening conjunction before 'according to' is no part of the statement
    ("But according to reports in the local press, the club could not pay its players in "
     "March.", [("the club could not pay its players in March", "reports in the local press")]),
    ("The blaze, according to the fire service, started in a kitchen.",
     [("The blaze, according to the fire service, started in a kitchen", "the fire service")]),
    # a passive question: asked by someone unnamed, or named after 'by'
    ("The health minister was asked about the delay to the new hospital.",
     [("the delay to the new hospital", None)]),
    ("On the phone-in, the senator was later asked by a caller why the depot had closed.",
     [("why the depot had closed", "a caller")]),
    # an aside between dashes between the speaker and the verb
    ("Harriet Moss — the club's longest-serving steward — told the Gazette that the north "
     "stand would close.", [("the north stand would close", "Harriet Moss")]),
    ("The finance director - a former auditor - said the accounts were in order.",
     [("the accounts were in order", "The finance director")]),
    # a colon does not end the statement: what follows spells it out
    ("The treasurer said the choice was simple: the club sells its ground or it folds.",
     [("the choice was simple: the club sells its ground or it folds", "The treasurer")]),
    # (but a link after the statement is no part of it)
    ("The owners said the shop would open at 10:30 on weekdays: http://example.org/hours.",
     [("the shop would open at 10:30 on weekdays", "The owners")]),
    # an object stops before the verb's own adjuncts: the channel, the occasion, the day
    ("The striker denied all of the allegations through his lawyer.",
     [("all of the allegations", "The striker")]),
    ("The former ambassador praised the president's record in an interview on Saturday.",
     [("the president's record", "The former ambassador")]),
    ("The teachers' union criticized the new exam timetable on Monday.",
     [("the new exam timetable", "The teachers' union")]),
    ("Keira Dunn, who chairs the housing board, called for more social housing in a statement.",
     [("more social housing", "Keira Dunn")]),
    # a judgement with a name and its label still is one
    ("The manager called Vance a disgrace to the club.",
     [("Vance a disgrace to the club", "The manager")]),
]


@pytest.mark.parametrize("text, expected", FOURTH_SPEECH)
def test_fourth_round_speech_is_found(text, expected):
    assert reported(text) == expected


FOURTH_NOT_SPEECH = [
    # holding, winning or counting a standing reports nothing
    "The incumbent maintains a comfortable lead over her rivals in the northern wards.",
    "Rovers claimed victory in the derby for the first time since 2009.",
    "An armed group claimed responsibility for the blast on Sunday.",
    "The firm boasts a majority of the regional bus routes.",
    "Her tally of 212 pledged delegates is twice her rival's.",
    # a passive request, or a question never put
    "The minister was asked to resign.",
    "The minister was not asked about the delay.",
    # a question word with an infinitive, or a free relative after 'said', is no statement
    "The coach explained what to do at set pieces.",
    "The coach said what he wanted to say and left.",
    # 'to' and a verb is no hearer: 'that' opens a relative clause
    "The court agreed to hear cases that business groups hoped would help them.",
    # 'called' naming a band, a group or a firm is no judgement
    "A warm-up band called Copperline got the crowd dancing before the rally.",
    "A new campaign group called Future Ports ran its first adverts on Monday.",
    "One militia, a group of exiles called Unit 9, was formed in 2008.",
]


@pytest.mark.parametrize("text", FOURTH_NOT_SPEECH)
def test_fourth_round_not_speech_gives_no_indirect_row(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # a counted subject right after the verb is the statement's, not an adjunct of the verb
    ("Halden Gas said about 20,000 customers had lost supply overnight.",
     [("about 20,000 customers had lost supply overnight", "Halden Gas")]),
    ("The council said nearly half the roads in the district were closed.",
     [("nearly half the roads in the district were closed", "The council")]),
    ("Police said at least 12 people were hurt in the crash.",
     [("at least 12 people were hurt in the crash", "Police")]),
    # a plural of people is an unnamed speaker, never a name
    ("Councillors say the new parking charges will raise £2m a year.",
     [("the new parking charges will raise £2m a year", "Councillors")]),
])
def test_counted_subjects_and_unnamed_plural_speakers(text, expected):
    assert reported(text) == expected


def test_a_plural_of_people_is_an_anonymous_speaker():
    doc = Document("Councillors say the new parking charges will raise £2m a year.")
    entities = extract_entities(doc)
    (q,) = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert (q.speaker_kind, q.speaker_name) == ("anonymous", None)


# --- fifth round: held-out styles (wire, UK, business, sport, broadcast) -----------------------
FIFTH_SPEECH = [
    # 'according to X' inside the sentence: what follows the source says which clause is its
    ("Turnout in the valley fell by a third, according to the county clerk, who blamed the "
     "rain.", [("Turnout in the valley fell by a third", "the county clerk")]),
    ("The bakery on Mill Lane will shut in March, according to its owner, ending 60 years of "
     "trading.", [("The bakery on Mill Lane will shut in March", "its owner")]),
    ("The keeper missed training because, according to his agent, the club had not paid him.",
     [("the club had not paid him", "his agent")]),
    ("While most of the files were released, according to the ministry, two were withheld on "
     "security grounds.", [("two were withheld on security grounds", "the ministry")]),
    ("Other big gaps, according to the survey, include age and income.",
     [("Other big gaps, according to the survey, include age and income", "the survey")]),
    # an aside between dashes inside an object, the object going on after it
    ("The candidate has pledged to ban all car imports — electric ones included — from China.",
     [("to ban all car imports — electric ones included — from China", "The candidate")]),
    # '…, who said': the person named before the comma, past an apposition; not the body
    # named inside the apposition
    ("The motion was backed by Dana Fox, the chair of the Harbour Trust, who said the pier "
     "must be saved.", [("the pier must be saved", "Dana Fox")]),
    ("The bill was drafted by Senator Hal Moore, who has argued that the levy is unfair.",
     [("the levy is unfair", "Hal Moore")]),
    # an unnamed speaker after an inverted verb: the clause before it, not a row after it
    ("The talks broke down at noon, said one union source, and the strike will go ahead.",
     [("The talks broke down at noon", "one union source")]),
    # a set-off speaker with its name in apposition, then the verb
    ("The delay is costly, a spokeswoman, Ann Lee, said on Friday.",
     [("The delay is costly", "Ann Lee")]),
    # a parenthetical attribution after an opening adjunct, or before a prepositional phrase
    ("But in recent days, aides to the mayor say, the mayor has grown tired of the row.",
     [("But in recent days, aides to the mayor say, the mayor has grown tired of the row",
       "aides to the mayor")]),
    ("The case would be helped, Cole said, by the timing of the vote.",
     [("The case would be helped, Cole said, by the timing of the vote", "Cole")]),
    # a clause opened by 'no', and a pronoun subject with an aside
    ("A lawyer for the families, Ruth Onyango, said no decision had been made about an appeal.",
     [("no decision had been made about an appeal", "Ruth Onyango")]),
    ("Other councillors said they, too, had heard nothing from the mayor.",
     [("they, too, had heard nothing from the mayor", "Other councillors")]),
    # the speaker's own next verb after 'but' ends the statement, with a comma or without
    ("The coach said he would offer the winger a new deal but did not say when.",
     [("he would offer the winger a new deal", "The coach")]),
    ("Halden Foods said it had reviewed the site but declined to say what it found.",
     [("it had reviewed the site", "Halden Foods")]),
    # … and the speaker's next request or judgement after 'and'
    ("The union said the closure was a blow for the town and called on the firm to think again.",
     [("the closure was a blow for the town", "The union"),
      ("the firm to think again", "The union")]),
    # a hearer opened by 'this' that is no time ('told this programme')
    ("The Health Secretary told this programme he was disappointed.",
     [("he was disappointed", "The Health Secretary")]),
    # a coordinated verb's speaker: the name after the subject's title words
    ("City coach Lars Eklund admitted his side had been lucky, but said the penalty was right.",
     [("his side had been lucky", "Lars Eklund"), ("the penalty was right", "Lars Eklund")]),
    ("Kelly's co-star Dean Mott, 41, branded the trolls cowards and urged fans to report them.",
     [("fans to report them", "Dean Mott")]),
    ("Republican nominee Ann Cole met voters in Ohio and said she would win the state.",
     [("she would win the state", "Ann Cole")]),
    # the name after the title words is the phrase's head; a dated adjunct and a connective
    # after the subject are no part of the speaker
    ("United States carmaker Ford said that its new van would be delayed.",
     [("its new van would be delayed", "Ford")]),
    ("The Audit Office on June 18 called for a fresh tender for the contract.",
     [("a fresh tender for the contract", "Audit Office")]),
    ("Executives from several car firms, however, said that sales had picked up.",
     [("sales had picked up", "Executives from several car firms")]),
    # a quoted subject after 'that'; another speaker's participle after 'with' ends the
    # statement; 'recommended that' takes a clause
    ('Lund admitted that "a tiny share of buyers" had reported faults, but rejected calls for '
     'a recall.', [('"a tiny share of buyers" had reported faults', "Lund")]),
    ("Army officials said the order had been placed on merit, with one analyst saying the "
     "price was the key.", [("the order had been placed on merit", "Army"),
                            ("the price was the key", "one analyst")]),
    ("The ministry had already recommended that the old pipes be replaced.",
     [("the old pipes be replaced", "The ministry")]),
    # an adjunct set off after 'that'; an inverted unnamed speaker with a quantity; the
    # subject before a relative clause, not the quantity inside it
    ("Three aides with direct knowledge of the talks said that, during the summer, the firm "
     "had tried to sell the site.", [("during the summer, the firm had tried to sell the site",
                                      "Three aides with direct knowledge of the talks")]),
    ("Defending that ground is squarely within the mayor's strengths, said a handful of "
     "councillors.", [("Defending that ground is squarely within the mayor's strengths",
                       "a handful of councillors")]),
    ("A councillor who attended several of the meetings said he had less energy than before.",
     [("he had less energy than before", "A councillor")]),
    # a question put by someone unnamed ends at the comma before the answer: a counted
    # subject, or the comma closing 'when asked …' set off inside the sentence
    ('Asked if the mayor is "fit to serve a full term," 72 percent of residents said yes.',
     [('if the mayor is "fit to serve a full term', None)]),
    ("And when asked which club was the best in the league, the vast majority named Rovers.",
     [("which club was the best in the league", None)]),
    ("The coach, when asked about his own mistakes, often talks over the question.",
     [("his own mistakes", None)]),
    # (not the object of the subject's first verb)
    ("Ann Cole attacked Tom Reyes and said he was unfit to lead.",
     [("he was unfit to lead", "Ann Cole")]),
]


@pytest.mark.parametrize("text, expected", FIFTH_SPEECH)
def test_fifth_round_speech_is_found(text, expected):
    assert reported(text) == expected


FIFTH_NOT_SPEECH: list[str] = [
    # a subject with its relative clause is no clause before the verb; an object after an
    # inverted-looking verb is no speaker; an apposition with a participle is no speaker;
    # 'said of X' is no clause
    'Dana Fox, who chairs the board, told the Gazette, "We will not sell."',
    "Senator Ida Berg, a candidate who has made housing her theme, tweeted a warning.",
    "The buses will run every ten minutes, a plan announced earlier this year.",
    "Will Hardy, the branch chairman, said of the meeting he had last week with the minister.",
    "The fans said no to the plan.",
    "He said no.",
    '"It is a farce," Jo Reid, the chair of the Harbour Trust, the pier\'s owner, said.',
]


@pytest.mark.parametrize("text", FIFTH_NOT_SPEECH)
def test_fifth_round_not_speech_gives_no_indirect_row(text):
    assert reported(text) == []


def test_people_named_by_a_plural_noun_are_unnamed_speakers():
    doc = Document("Executives from several car firms, however, said that sales had picked up.")
    entities = extract_entities(doc)
    (q,) = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert (q.speaker_text, q.speaker_kind, q.speaker_name) == (
        "Executives from several car firms", "anonymous", None)


def test_a_wire_datelines_agency_is_no_antecedent_of_a_description():
    text = ("VIENNA (Reuters) - Floods forced thousands from their homes on Sunday.\n\n"
            "A firefighter was killed while pumping out a cellar, the regional fire service "
            "said.\n\nRiver levels were expected to peak on Monday, according to the national "
            "weather service.\n")
    doc = Document(text)
    entities = extract_entities(doc)
    rows = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert [(q.speaker_text, q.speaker_kind, q.speaker_name) for q in rows] == [
        ("the regional fire service", "organization", None),
        ("the national weather service", "organization", None)]


@pytest.mark.parametrize("dateline", ["VIENNA (Reuters) -", "VIENNA, May 3 (Reuters) -",
                                      "VIENNA, 3 May 2024 (Reuters) -"])
def test_an_organization_described_is_never_the_datelines_agency(dateline):
    """'the union said' after 'LONDON, Feb 27 (Reuters) -' is the union, not Reuters: the
    dateline's place and agency are no antecedents (``Mentions.of_document``), in reported
    speech and in quotes alike."""
    text = (f"{dateline} Floods forced thousands from their homes on Sunday.\n\n"
            "A firefighter was killed while pumping out a cellar, the regional fire service "
            "said.\n\n\"The water rose fast,\" the fire service added.\n")
    doc = Document(text)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    rows = quotes + reported_speech(doc, entities, quotes)
    assert sorted((q.kind, q.speaker_kind, q.speaker_name) for q in rows) == [
        ("direct", "organization", None), ("indirect", "organization", None)]


@pytest.mark.parametrize("text, speaker", [
    ("Train drivers in the Footplate union will walk out on 12 March, the union said.\n",
     "Footplate"),
    ("The TSSA union has called a strike. Network Rail said it was disappointed.\n\n"
     "The union said members had voted by nine to one for the walkout.\n", "TSSA"),
    # an organization named with the noun wins over a name before the noun
    ("Drivers in the Footplate union backed the deal. The Rail Workers Union said it would "
     "ballot its members.\n\nThe union said talks would go on.\n", "Rail Workers Union"),
])
def test_the_union_is_the_one_named_before_the_noun(text, speaker):
    doc = Document(text)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    rows = [q for q in reported_speech(doc, entities, quotes) if q.speaker_text.lower() == "the union"]
    assert [q.speaker_name for q in rows] == [speaker]


@pytest.mark.parametrize("text, wrong", [
    ("Volunteers for the Hallam campaign knocked on doors. Ann Hallam thanked them.\n\n"
     "The campaign said it had reached 4,000 homes.\n", "Hallam"),  # a person's campaign
    ("Shares in the Italian automaker rose.\n\nThe automaker said sales had doubled.\n",
     "Italian"),  # a nationality, and no noun of the list
])
def test_a_name_before_other_nouns_is_no_speaker(text, wrong):
    doc = Document(text)
    entities = extract_entities(doc)
    rows = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert rows and wrong not in {q.speaker_name for q in rows}


@pytest.mark.parametrize("text, speaker", [
    # a portfolio names one role: not the union's general secretary quoted before
    ("Union general secretary Nia Pryce said nurses were exhausted.\n\n"
     "The Health Secretary said the offer was fair.\n", None),
    ("Health Secretary Wes Rowe met the unions on Monday.\n\n"
     "The Health Secretary said the offer was fair.\n", "Wes Rowe"),
    ("Wes Rowe, the Health Secretary, met the unions.\n\n"
     "The Health Secretary said the offer was fair.\n", "Wes Rowe"),
])
def test_a_portfolio_names_the_person_holding_it(text, speaker):
    doc = Document(text)
    entities = extract_entities(doc)
    rows = [q for q in reported_speech(doc, entities, extract_quotes(doc, entities))
            if q.speaker_text == "The Health Secretary"]
    assert [q.speaker_name for q in rows] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("Keir Lane said the council cannot afford the repairs.", "the council cannot afford the repairs"),
    ("Keir Lane rejected the bid, saying the club cannot afford the fee.",
     "the club cannot afford the fee"),
    ("Keir Lane said the firm hasn’t paid its staff.", "the firm hasn’t paid its staff"),
    ("Keir Lane said members mustn't give up.", "members mustn't give up"),
])
def test_negated_modals_make_a_clause(text, content):
    doc = Document(text)
    entities = extract_entities(doc)
    rows = reported_speech(doc, entities, extract_quotes(doc, entities))
    assert [q.text for q in rows] == [content]
