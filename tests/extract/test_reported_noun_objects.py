"""Reported speech (issue 22): noun objects that carry a statement ('announced
his resignation', 'tweeted her thanks', 'stated his intention to'), told apart from objects
that are things ('tweeted a photograph', 'confirmed a judge'); the passive of telling with its
speaker after "by" ('were told by the manager that'); and 'When asked whether …', whose
conjunction is no speaker. Every sentence here is written for these tests, in the styles of
wire copy, UK politics and business, sport and a tabloid."""
from __future__ import annotations

import pytest

from newsledger.lexicon.speech_objects import PROPOSITION_NOUNS, PROPOSITION_OBJECT_LEMMAS

from tests.extract.reported_rows import reported, rows


@pytest.mark.parametrize("text, expected", [
    # a noun that carries a proposition heads the object: what was said
    ("After two years in the job, the chief constable announced his retirement.",
     [("his retirement", "the chief constable")]),
    ("Ms. Okoye, the trust's chair, announced her resignation on Friday.",
     [("her resignation", "Okoye")]),
    ("Councillor Tom Reyes tweeted his thanks to the volunteers who cleared the beach.",
     [("his thanks to the volunteers who cleared the beach", "Tom Reyes")]),
    ("The senator stated her intention to vote against the pipeline bill.",
     [("her intention to vote against the pipeline bill", "The senator")]),
    ("The union reiterated its opposition to the pay offer.",
     [("its opposition to the pay offer", "The union")]),
    ("The goalkeeper admitted his mistake on Saturday.", [("his mistake", "The goalkeeper")]),
    ("Mr. Haddad maintained his innocence.", [("his innocence", "Haddad")]),
    ("The regulator signaled support for a cap on card fees.",
     [("support for a cap on card fees", "The regulator")]),
    ("Both ministers declared their backing for the new runway.",
     [("their backing for the new runway", "Both ministers")]),
    ("The club denied the allegations.", [("the allegations", "The club")]),
    # the object ends before the speaker's next clause, and before the main clause after a
    # relative clause on the speaker
    ("The mayor confirmed his departure, but he is staying on until May.",
     [("his departure", "The mayor")]),
])
def test_proposition_objects(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # things, not statements
    "The keeper tweeted a photograph of the flooded pitch.",
    "The senate confirmed a judge on Tuesday.",
    "The band tweeted a link to the new video.",
    "Her lawyer acknowledged the crowd outside the court.",
    # a result, not a statement ('posted', 'claimed', 'reported' read no noun object)
    "The bank posted a loss of £2bn for the year.",
    "The challenger claimed a victory in the first round.",
    "The firm reported a profit of $3 a share.",
    # evidence revealing plans is no speaker
    "Her latest filing reveals plans for a second store.",
    # an outcome acknowledged, nothing more reported
    "The candidate conceded defeat shortly after midnight.",
])
def test_things_are_not_statements(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The players were told by the manager that nobody would be sold in January.",
     [("nobody would be sold in January", "the manager")]),
    ("Staff were told by the chief executive on Monday that the plant would close.",
     [("the plant would close", "the chief executive")]),
    ("Residents were assured by council officials that the water was safe to drink.",
     [("the water was safe to drink", "council officials")]),
    ("Ms. Lund was told by Ana Ruiz that the post had been filled.",
     [("the post had been filled", "Ana Ruiz")]),
])
def test_told_by(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # a hearer without a speaker: no row (the hearer is not the speaker)
    "Staff have been told that the plant will close.",
    # an instruction, no statement
    "He was told by doctors to rest for a month.",
])
def test_told_without_speaker_or_clause(text):
    assert reported(text) == []


def test_told_by_speaker_kinds():
    (person,) = rows("Ms. Lund was told by Ana Ruiz that the post had been filled.")
    assert (person.speaker_kind, person.speaker_name) == ("person", "Ana Ruiz")
    (unnamed,) = rows("The BBC was told by a senior source that the talks had collapsed.")
    assert (unnamed.speaker_kind, unnamed.speaker_name) == ("anonymous", None)


def test_when_asked_is_no_speaker():
    question, answer = rows("When asked whether she would stand again, Ms. Ruiz said she had "
                            "not decided.")
    assert (question.text, question.speaker_text, question.speaker_kind) == (
        "whether she would stand again", None, "anonymous")
    assert (answer.text, answer.speaker_name) == ("she had not decided", "Ruiz")


def test_proposition_lexicon():
    # the nouns are lower case, the verbs lemmas of reporting verbs read for a clause
    assert all(w == w.lower() and " " not in w for w in PROPOSITION_NOUNS)
    assert {"post", "claim", "report", "reveal"}.isdisjoint(PROPOSITION_OBJECT_LEMMAS)
    assert {"victory", "defeat"}.isdisjoint(PROPOSITION_NOUNS)


@pytest.mark.parametrize("text, expected", [
    # the asker or the occasion between 'asked' and 'about'
    ("Asked by a reporter on Monday about the delay to the bridge, the mayor blamed the "
     "contractor.", [("the delay to the bridge", "a reporter")]),
    ("Asked at a briefing in Leeds about the closure of the plant, the minister said talks "
     "were under way.", [("the closure of the plant", None),
                         ("talks were under way", "the minister")]),
    # a demonstrative opens what the question was about
    ("Asked about that vote last spring, the senator said she had been misled.",
     [("that vote last spring", None), ("she had been misled", "the senator")]),
])
def test_asked_about(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'her' as a possessive opens the object; as the object pronoun it needs its reason
    ("The delegate criticized her party's plans for the coalfield.",
     [("her party's plans for the coalfield", "The delegate")]),
    ("The coach praised her handling of the final set.",
     [("her handling of the final set", "The coach")]),
    ("The coach praised her for her calm under pressure.",
     [("her for her calm under pressure", "The coach")]),
    ("The coach praised her yesterday.", []),
    ("The coach criticized her again on Sunday.", []),
])
def test_her_as_possessive(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a scoop credited to the outlet that had it first: the subject is what it reported
    ("The chancellor's decision was first reported by the Financial Times.",
     [("The chancellor's decision", "Financial Times")]),
    ("News of the takeover was first reported by Bloomberg on Tuesday.",
     [("News of the takeover", "Bloomberg")]),
    # an event reported, no statement; a clause going on after the outlet
    ("The fire was reported by a neighbour.", []),
    ("The talks were first reported by Sky News and later confirmed by the BBC.", []),
])
def test_first_reported_by(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words in -ing inside a list are no participle of the reporter's
    ("She called him a kind, loving and generous neighbour.",
     [("him a kind, loving and generous neighbour", "She")]),
    ("The union accused the firm of hiding, delaying and withholding the figures.",
     [("the firm of hiding, delaying and withholding the figures", "The union")]),
    ("The union accused the firm of hiding the figures, saying it had lied.",
     [("the firm of hiding the figures", "The union"), ("it had lied", "The union")]),
    # a short aside after 'while' inside the statement; a contrast of the reporter's after it
    ("He says the row, while unfortunate, was settled within a week.",
     [("the row, while unfortunate, was settled within a week", "He")]),
    ("He said the plan was sound, while his rival called it reckless.",
     [("the plan was sound", "He")]),
])
def test_statement_ends(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gerund object is a statement, as a clause would be
    ("The campaign reported raising $9 million in March.",
     [("raising $9 million in March", "The campaign")]),
    ("The chairman acknowledged urging his board to delay the vote.",
     [("urging his board to delay the vote", "The chairman")]),
    ("The striker recalled scoring a late winner against the same keeper.",
     [("scoring a late winner against the same keeper", "The striker")]),
    # nouns in -ing, a gerund whose object came before it, a participle read as one
    ("The police reported nothing unusual.", []),
    ("The committee confirmed funding for two more years.", []),
    ("He has not repaid the fees he reported receiving in May.", []),
])
def test_gerund_objects(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause whose subject runs past three words, its auxiliary after it
    ("The coach suggested the club's new training ground is not yet ready.",
     [("the club's new training ground is not yet ready", "The coach")]),
    ("The minister acknowledged the previous government and the unions had agreed the deal.",
     [("the previous government and the unions had agreed the deal", "The minister")]),
    # a relative clause on the object, a 'that' before the verb: the main clause's verb
    ("The photos revealed a painful truth Ms. Hale should heed.", []),
    ("One retailer that posted a rise in sales was Halden, with a 3 percent gain.", []),
])
def test_long_subjects(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # a short object ends at the speaker's next verb: no row runs on into it
    "The coach criticized Moreno and challenged him to a rematch.",
    "The senator praised Ms. Ode, stating there was room for both of them on the ticket.",
])
def test_short_object_ends(text):
    assert all(not q.text.startswith(("Moreno", "Ms. Ode")) for q in rows(text))


@pytest.mark.parametrize("text, expected", [
    # the occasion of the speech after its object is the verb's, not the statement's
    ("The former mayor criticized the new parking scheme during a campaign stop in Leeds.",
     [("the new parking scheme", "The former mayor")]),
    ("The presenter denounced the ban on street musicians in an on-air tirade.",
     [("the ban on street musicians", "The presenter")]),
])
def test_occasion_after_object(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjunct set off by commas between the speaker and the verb
    ("The mayor, in a statement on Friday, said the road would reopen in May.",
     [("the road would reopen in May", "The mayor")]),
    ("The coach, speaking after the match, said his side had been unlucky.",
     [("his side had been unlucky", "The coach")]),
    ("Ms. Ruiz, asked about the delay, said the contractor was to blame.",
     [("the contractor was to blame", "Ruiz")]),
])
def test_adjunct_between_speaker_and_verb(text, expected):
    assert reported(text) == expected


def test_workplace_stays_in_speaker_words():
    (row,) = rows("Tom Lee, at Halden Capital, said rates would fall by the summer.")
    assert row.text == "rates would fall by the summer"
    assert row.speaker_text.startswith("Tom Lee")


@pytest.mark.parametrize("text, expected", [
    # a surname that is also a word: the modal 'may' of the filters is the speaker's name
    ("Mrs May said the deal was the best available.",
     [("the deal was the best available", "May")]),
    ("Mr. King said that he had not seen the final report.",
     [("he had not seen the final report", "King")]),
    # still negated, modal, or a noun after a possessive
    ("Mrs May did not say whether the deal was the best available.", []),
    ("The minister may say the deal was the best available.", []),
    ("Nobody said the deal was the best available.", []),
])
def test_names_that_are_words(text, expected):
    assert [(t, s) for t, s in reported(text)] == expected


def test_theresa_may():
    # (the entity extractor reads 'Theresa May' as 'Theresa' and a month: the row is found,
    # its speaker a person)
    (row,) = rows("Prime Minister Theresa May said the deal was the best available.")
    assert (row.text, row.speaker_kind) == ("the deal was the best available", "person")
