"""Reported speech (issue 22): a statement inside a subordinate clause ends where
the main clause of its sentence goes on ('Two years after the chancellor declared the crisis
was over, the economy fell back …'). Every sentence here is written for these tests, in the
styles of wire copy, broadcast, UK politics, sport and business."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported, rows


@pytest.mark.parametrize("text, expected", [
    ("Two years after the chancellor declared the crisis was over, the economy fell back "
     "into recession.", "the crisis was over"),
    ("Some fans booed, and when the coach said the team had played well, a man in the "
     "stand shouted back.", "the team had played well"),
    ("Shares in the lender jumped because the board said the dividend would be restored, "
     "traders said.", "the dividend would be restored"),
    ("Gilts rallied while the central bank said rates would stay on hold, the pound fell "
     "and shares rose.", "rates would stay on hold"),
])
def test_statement_ends_before_the_main_clause(text, expected):
    assert expected in contents(text)


@pytest.mark.parametrize("text, expected", [
    # a comma inside the statement, before a relative or an aside, is no main clause
    ("The mayor resigned after the council said the road, which had been shut for months, "
     "would not reopen.", "the road, which had been shut for months, would not reopen"),
    # the statement's own fronted adjunct keeps its comma
    ("The club was relegated after the chairman admitted that despite the investment, the "
     "squad had been too weak.", "despite the investment, the squad had been too weak"),
    # no subordinate clause: the statement runs on as before
    ("The minister said the scheme would save money, the Treasury would gain and councils "
     "would be spared cuts.",
     "the scheme would save money, the Treasury would gain and councils would be spared "
     "cuts"),
])
def test_statement_keeps_its_own_commas(text, expected):
    assert expected in contents(text)


@pytest.mark.parametrize("text, expected", [
    # an aside set off by dashes between the verb and 'that'
    ("The chairman said — speaking by phone from Geneva — that the talks had collapsed.",
     [("the talks had collapsed", "The chairman")]),
    ("The forward argued -- to nobody's surprise -- that the penalty should have stood.",
     [("the penalty should have stood", "The forward")]),
    # court and tribunal papers as the occasion of a statement
    ("The club admitted in its submission to the tribunal that the payments had been made.",
     [("the payments had been made", "The club")]),
    ("The regulator alleged in the lawsuit that the bank had misled its customers.",
     [("the bank had misled its customers", "The regulator")]),
    ("The driver admitted in his plea that he had been using his phone.",
     [("he had been using his phone", "The driver")]),
])
def test_adjunct_before_that(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'claim' with a to-infinitive: what the speaker says of themselves
    ("Several witnesses claim to have seen the car leave the estate before midnight.",
     [("to have seen the car leave the estate before midnight", "Several witnesses")]),
    ("The firm claims to be the largest maker of bricks in Wales.",
     [("to be the largest maker of bricks in Wales", "The firm")]),
])
def test_claim_to(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # 'claim' as a noun, and claims of a standing, are no statement of this kind
    "The minister rubbished the union's claim to speak for every nurse.",
    "As for the Labour claim to have won the argument, the polls disagree.",
    "The visitors claimed victory in the cup on penalties.",
])
def test_claim_not_to(text):
    assert not any(q.text.startswith("to ") for q in rows(text))


@pytest.mark.parametrize("text, expected", [
    # a subordinate clause after a sentence-opening conjunction ('But as …', 'And while …')
    ("And while the chairman insisted the club was not for sale, fans chanted his name.",
     "the club was not for sale"),
    ("But as the minister argued the cuts were fair, protesters gathered outside.",
     "the cuts were fair"),
])
def test_conjunction_then_subordinate_clause(text, expected):
    assert expected in contents(text)


@pytest.mark.parametrize("text, expected", [
    # 'as' after a connective, and an adverb before the time ('just today')
    ("However, as the BBC has reported, talks between the two sides have stalled.",
     [("talks between the two sides have stalled", "BBC")]),
    ("As the paper's investigations team reported just today, the regulator fined three "
     "banks.", [("the regulator fined three banks", "the paper's investigations team")]),
])
def test_as_cue(text, expected):
    assert reported(text) == expected


def test_relative_that_in_the_adjunct():
    # 'that' of a relative clause on the adjunct's noun is not the statement's
    assert reported("The senator told Sky News in a story that aired this week that he would "
                    "back the bill.") == [("he would back the bill", "The senator")]


@pytest.mark.parametrize("text, expected", [
    # a stance after a particle: 'argued for/against', 'complained about', 'insisted on'
    ("The union argued against the closure of the depot.",
     [("the closure of the depot", "The union")]),
    ("The Tory backbencher argued in favour of a second referendum on the deal.",
     [("a second referendum on the deal", "The Tory backbencher")]),
    ("The minister argued for a rise in the minimum wage.",
     [("a rise in the minimum wage", "The minister")]),
    ("Residents complained about the noise from the new runway.",
     [("the noise from the new runway", "Residents")]),
    ("The manager insisted on playing the youngsters in the cup.",
     [("playing the youngsters in the cup", "The manager")]),
])
def test_particle_objects(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "The lawyers argued for hours.",
    "They argued for a long time.",
    "The keeper complained of chest pains after the match.",
    "The two barristers argued the case in court.",
    "He complained about it.",
])
def test_not_particle_objects(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # an inverted speaker with a relative clause or a place after it
    ("Transport is squarely within her brief, said a handful of MPs who point to her record "
     "on rail.", [("Transport is squarely within her brief", "a handful of MPs")]),
    ("Bollywood has more cultural pull in the region, says political scientist Dossym "
     "Satpayev in Almaty.",
     [("Bollywood has more cultural pull in the region", "Dossym Satpayev")]),
    # an apposition after a dash closes the attribution
    ("The deficit will fall this year, the Office for Budget Responsibility reported on "
     "Tuesday -- a development that surprised the markets.",
     [("The deficit will fall this year", "Office for Budget Responsibility")]),
])
def test_inverted_and_dashed_tails(text, expected):
    assert reported(text) == expected


def test_told_hearer_is_no_inverted_speaker():
    # '…, tells Sky News in an interview': the hearer, not the speaker
    found = reported('"We will win," Ms. Patel, the party chair, tells Sky News in an '
                     'interview.')
    assert all(speaker != "Sky News" for _, speaker in found)


@pytest.mark.parametrize("text, expected", [
    # verbs of inference with an unnamed group of people: people, not evidence
    ("Some Labour allies suggested that the officials were politically motivated.",
     [("the officials were politically motivated", "Some Labour allies")]),
    ("Several columnists suggested the reshuffle had been rushed.",
     [("the reshuffle had been rushed", "Several columnists")]),
])
def test_inference_with_people(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "The data suggest the scheme is working.",
    "Some studies suggest that the drug works.",
])
def test_inference_from_evidence(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # a fronted subordinate clause after the verb: the statement is its main clause (the
    # fronted clause may be the time of the saying: 'said when he resigned, he …')
    ("The coach said when the squad is fit, it can beat anyone in the league.",
     [("it can beat anyone in the league", "The coach")]),
    ("The manager explained after losing the first leg, his side had changed its tactics.",
     [("his side had changed its tactics", "The manager")]),
    # a gerund subject
    ("The minister said having a referendum now would be a mistake.",
     [("having a referendum now would be a mistake", "The minister")]),
])
def test_fronted_clause_and_gerund_subject(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "The firm announced after the merger.",
    "The club said before the match.",
])
def test_fronted_clause_needs_a_main_clause(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # a telling verb's hearer placed by a preposition, then 'that'
    ("The candidate told the audience at his fundraiser for veterans that he had raised six "
     "million dollars.", [("he had raised six million dollars", "The candidate")]),
    ("The chancellor told delegates in a speech on trade policy that tariffs would fall.",
     [("tariffs would fall", "The chancellor")]),
    # a relative clause on the hearer, then the statement's 'that'
    ("The coach told the players who had missed training that they were dropped.",
     [("they were dropped", "The coach")]),
])
def test_hearer_then_that(text, expected):
    assert reported(text) == expected


def test_hearer_then_participle_is_no_statement():
    # '…, referring to marks that …': the participle's relative clause, not what was told
    assert reported('"I am not a doctor," the coach told reporters on the bus, referring to '
                    'marks that the player showed to the physio.') == []


@pytest.mark.parametrize("text", [
    # a standing held or won, not a statement (a no-break space inside it too)
    "Rubio still maintains an\xa0overwhelming lead in endorsements, reflecting his status.",
    "The army claims more territory from the rebels and gains leverage as talks proceed.",
    "The storm claimed three lives and destroyed dozens of homes.",
])
def test_standing_objects(text):
    assert reported(text) == []


def test_standing_then_clause():
    assert reported("Organisers claimed nearly 400 delegates and alternates participated in "
                    "the call.") == [("nearly 400 delegates and alternates participated in the "
                                      "call", "Organisers")]


def test_aside_after_a_dash_is_no_statement():
    assert reported("The mayor spoke for an hour, criticizing - and even threatening to sue - "
                    "the local paper.") == []


@pytest.mark.parametrize("text, expected", [
    # the conjunction of a fronted clause is not part of its speaker
    ("Although the minister said the scheme would save money, critics remain unconvinced.",
     [("the scheme would save money", "the minister")]),
    ("When the coach said the team had played well, fans booed.",
     [("the team had played well", "the coach")]),
    # an apposition summing the statement up is the reporter's
    ("The minister said some families would pay slightly more in tax, an acknowledgment "
     "that critics quickly seized on.",
     [("some families would pay slightly more in tax", "The minister")]),
])
def test_speaker_after_conjunction_and_summary(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause on the sentence's subject holds the verb: its main verb follows
    ("Voters who say the economy is most important in their decision were evenly divided.",
     "the economy is most important in their decision"),
    ("Fans who said the team was tired were proved wrong.", "the team was tired"),
])
def test_statement_in_a_subjects_relative_clause(text, expected):
    assert contents(text) == [expected]


def test_further_opens_the_object():
    assert reported("The mayor called for further action to stem knife crime.") == [
        ("further action to stem knife crime", "The mayor")]


def test_closing_marks_are_no_part_of_the_speaker():
    # a text that writes its quote marks as two apostrophes
    found = rows("Still, the county's golf clubs are ''just scratching out a living,'' Mr. Hale "
                 "said.")
    assert found and all(not (q.speaker_text or "").startswith(("'", '"')) for q in found)


@pytest.mark.parametrize("text, expected", [
    # an inverted speaker named, then described: the name speaks, not a name inside the
    # description ('a Texas Democrat' is no speaker)
    ("The plan is dead, said Smith, a Texas Democrat.", [("The plan is dead", "Smith")]),
    ("The new rules are a burden on small firms, said Wilcox, an Orlando Republican who "
     "founded a chain of bakeries.",
     [("The new rules are a burden on small firms", "Wilcox")]),
])
def test_inverted_name_then_apposition(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partial quote holding the clause's verb: the partial quote, and the reported clause
    ('Ruth Pell said the budget "breaks promise after promise" made during the campaign.',
     [('the budget "breaks promise after promise" made during the campaign', "Ruth Pell")]),
    ('The mayor, Ian Cole, said the closure of the library "will hurt every family here."',
     [('the closure of the library "will hurt every family here."', "Ian Cole")]),
    ('Prime Minister Ada Lorne has said she "cannot magic up the money" to scrap the policy.',
     [('she "cannot magic up the money" to scrap the policy', "Ada Lorne")]),
])
def test_a_partial_quote_holding_the_verb(text: str, expected: list) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    'Ruth Pell said "we will win the vote."',  # a clause quoted whole: the direct quote's row
    'Ruth Pell called the budget "a disgrace".',  # no verb in the quote: no clause
])
def test_quoted_words_without_a_clause_around_them(text: str) -> None:
    assert reported(text) == []


def test_a_thousands_comma_is_no_end_of_the_source() -> None:
    """'According to the agency, about 440,000 households …': the statement starts after the
    source's comma, not at the number's."""
    assert reported("According to the Pensions Agency (PA), about 440,000 households were "
                    "affected in April.") == [
        ("about 440,000 households were affected in April", "Pensions Agency")]


def test_a_website_is_an_organization() -> None:
    [row] = rows("More than 2 million homes were without power early on Thursday, according "
                 "to PowerCount.us.")
    assert (row.speaker_name, row.speaker_kind) == ("PowerCount.us", "organization")
